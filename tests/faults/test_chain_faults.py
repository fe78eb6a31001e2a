"""The whole chain under faults: a backlog of form mails flows through Dovecot, the watcher,
Redis, the Celery workers, PostgreSQL and SMTP while one part is killed or restarted.

After each scenario: every mail is in the register exactly once and processed, every mail has
an acknowledgement the SMTP server accepted, nothing is left in received/failed or in the
outbox as planned/sending. A repeated acknowledgement is allowed only where a process or a
server can die between the SMTP server's acceptance and the "sent" commit (the window that
notifier/outbox.py documents); those repeats are counted, bounded and reported.

Figures go to stdout (-s) and to bench/results/faults.json.
"""

from __future__ import annotations

import random
import signal
import threading
import time
from collections.abc import Callable

import pytest

from tests.faults.harness import IMAP_USER, Chain, Progress, Verdict, record
from tests.faults.mailgen import FormMail, backlog
from tests.polling import poll_until

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(420)]

BACKLOG = 300
#: How long each watcher kill may wait to catch the watcher between commit and flag.
WINDOW_SEARCH_SECONDS = 5.0
DRAIN_TIMEOUT = 240.0


def run_scenario(
    chain: Chain,
    scenario: str,
    inject: Callable[[Progress], None] | None = None,
    *,
    mails: list[FormMail] | None = None,
) -> Verdict:
    """Append the backlog while the chain runs, inject the faults, wait, then check."""
    mails = mails if mails is not None else backlog(BACKLOG, run=scenario)
    started = time.monotonic()
    failures: list[BaseException] = []

    def append() -> None:
        try:
            chain.append(mails)
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    appender = threading.Thread(target=append, daemon=True)
    appender.start()
    progress = chain.wait_drained(mails, DRAIN_TIMEOUT, during=inject)
    appender.join(timeout=60)
    assert not failures, f"appending the backlog failed: {failures[0]!r}"
    verdict = chain.verify(mails, time.monotonic() - started)
    figures = verdict.figures(scenario)
    figures["last_progress"] = progress.__dict__
    figures["peak_rss_mib"] = verdict.peak_rss_mib
    record(scenario, figures)
    return verdict


def assert_clean(chain: Chain, verdict: Verdict, *, max_repeats: int = 0) -> None:
    problems = verdict.problems()
    assert not problems, "\n".join(problems) + "\n" + chain.log_tail("worker", 2000)
    stopped = chain.exited()
    assert not stopped, ", ".join(stopped) + "\n" + chain.log_tail("worker", 2000)
    worker_logs = chain.log_tail("worker", 10**9)
    assert "Unrecoverable error" not in worker_logs, chain.log_tail("worker", 6000)
    assert verdict.repeats <= max_repeats, (
        f"{verdict.repeats} repeated acknowledgements where at most {max_repeats} may happen: "
        f"{verdict.repeated_acks}"
    )


class AtFractions:
    """Calls `action(n)` once as processing passes each fraction of the backlog."""

    def __init__(
        self,
        total: int,
        fractions: tuple[float, ...],
        action: Callable[[int], None],
        measure: Callable[[Progress], int] = lambda p: p.processed,
    ) -> None:
        self.marks = [int(total * f) for f in fractions]
        self.action = action
        self.measure = measure
        self.done = 0

    def __call__(self, progress: Progress) -> None:
        while self.done < len(self.marks) and self.measure(progress) >= self.marks[self.done]:
            self.action(self.done)
            self.done += 1


def test_worker_killed_mid_task(chain: Chain) -> None:
    """Prefork children SIGKILLed mid-task, and twice the whole worker (its process group)."""

    def kill(n: int) -> None:
        if n % 2 == 0:
            chain.kill_pool_child()
        else:
            chain.restart("worker", sig=signal.SIGKILL)

    injector = AtFractions(BACKLOG, (0.1, 0.25, 0.4, 0.55, 0.7), kill)
    verdict = run_scenario(chain, "worker-sigkill", injector)
    assert injector.done == 5, "the backlog drained before every kill happened"
    # Each kill can interrupt at most one send per pool process.
    assert_clean(chain, verdict, max_repeats=injector.done * chain.concurrency)


def test_watcher_killed_between_store_and_flag(chain: Chain) -> None:
    """The watcher SIGKILLed over and over while it stores the backlog, restarted at once."""
    kills = in_window = 0

    def kill(_: int) -> None:
        """Freeze the watcher until it is caught between commit and flag (committed mail whose
        flag is not yet set or not yet marked), then kill it there; give up after a while."""
        nonlocal kills, in_window
        deadline = time.monotonic() + WINDOW_SEARCH_SECONDS
        landed = False
        while not landed and time.monotonic() < deadline:
            chain.pause("watch")
            landed = chain.unmarked_locations() > 0
            if not landed:
                chain.resume("watch")
                time.sleep(random.uniform(0.001, 0.02))
        chain.restart("watch", sig=signal.SIGKILL)
        kills += 1
        in_window += landed

    fractions = tuple(i / 10 for i in range(1, 9))
    injector = AtFractions(BACKLOG, fractions, kill, measure=lambda p: p.stored)
    verdict = run_scenario(chain, "watcher-sigkill", injector)
    assert kills >= 6, f"only {kills} watcher kills happened before the backlog was stored"
    print(f"watcher kills: {kills}, {in_window} of them between commit and flag")
    assert in_window >= 3, "too few kills landed between commit and flag"
    assert_clean(chain, verdict)
    poll_until(lambda: not chain.unflagged(), 30, interval=0.5)
    assert chain.unflagged() == [], "messages stored but never marked on the server"


def test_redis_restarted(chain: Chain) -> None:
    """Redis keeps nothing on disk: queued tasks vanish; the tick re-queues from the database.

    Tasks are in flight at each restart, so this also covers the consumer closing a broken
    connection with unacknowledged deliveries (see `workers.redis_transport`)."""
    assert chain.redis is not None
    redis = chain.redis
    injector = AtFractions(BACKLOG, (0.2, 0.5), lambda _: redis.restart())
    verdict = run_scenario(chain, "redis-restart", injector)
    assert redis.restarts == 2
    assert_clean(chain, verdict)


def test_dovecot_restarted_under_idling_watcher(chain: Chain) -> None:
    """The watcher idles on an empty INBOX and Dovecot restarts under it; mail then arrives.
    Twice: the second time after the first half of the backlog went through."""
    assert chain.dovecot is not None
    dovecot = chain.dovecot
    mails = backlog(BACKLOG, run="dovecot-restart")
    started = time.monotonic()
    for part in (mails[: BACKLOG // 2], mails):
        idle = poll_until(lambda: dovecot.idling(IMAP_USER) >= 1, 60)
        assert idle, "the watcher never settled in IDLE"
        dovecot.restart()
        chain.restarts["dovecot"] += 1
        chain.append(part[BACKLOG // 2 :] if len(part) == BACKLOG else part)
        progress = chain.wait_drained(part, DRAIN_TIMEOUT)
    verdict = chain.verify(mails, time.monotonic() - started)
    record("dovecot-restart", verdict.figures("dovecot-restart") | {"last": progress.__dict__})
    assert_clean(chain, verdict)


def test_smtp_down_for_a_while(chain: Chain) -> None:
    """The SMTP server goes away for 15 s, later refuses with 451 for 5 s; all mail still goes."""
    assert chain.smtp is not None
    smtp = chain.smtp
    stops = 0

    def fault(n: int) -> None:
        nonlocal stops
        if n == 0:
            smtp.stop()
            stops += 1
            time.sleep(15)  # the fault's duration, not a wait for an event
            smtp.start()
            smtp.restarts += 1
        else:
            smtp.refuse(True)
            time.sleep(5)
            smtp.refuse(False)

    injector = AtFractions(BACKLOG, (0.2, 0.6), fault)
    verdict = run_scenario(chain, "smtp-down", injector)
    assert injector.done == 2
    # Stopping the server can cut a session after it kept the message, before the client read
    # the 250: the sender retries, as it must. At most one per stop and sending process.
    assert_clean(chain, verdict, max_repeats=stops * chain.concurrency)


def test_postgres_restarted(chain: Chain) -> None:
    """PostgreSQL restarted twice mid-drain: once cleanly (fast), once as a crash (immediate)."""
    assert chain.postgres is not None
    postgres = chain.postgres
    injector = AtFractions(
        BACKLOG, (0.25, 0.6), lambda n: postgres.restart("fast" if n == 0 else "immediate")
    )
    verdict = run_scenario(chain, "postgres-restart", injector)
    assert postgres.restarts == 2
    # A mail accepted by SMTP while the database went away cannot be marked sent: the
    # documented window, at most one per restart and sending process.
    assert_clean(chain, verdict, max_repeats=postgres.restarts * chain.concurrency)
