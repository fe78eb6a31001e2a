"""The whole chain on private servers, with every dvk role a subprocess we may kill.

Dovecot (IMAP) → `dvk watch` → Redis → `dvk worker` (Celery prefork) → PostgreSQL → SMTP sink,
with `dvk beat` ticking (re-queue what the database says is unfinished, re-send due mail). The
servers are private (tests/servers/*) so that restarting them never touches the machine's shared
PostgreSQL and Redis, which other test runs use at the same moment.

The test watches from outside, as an operator would: the register's tables (read-only queries)
and the SMTP sink's spool (what the server accepted). It only breaks and heals servers and
processes; it never sends, claims or re-times a mail itself. Every acknowledgement is sent by
dvk's own roles: the worker right after processing, or the tick that `dvk beat` schedules once a
row's retry backoff or a killed sender's lease has passed. So that a test can afford to wait for
those, the chain runs with short outbox timings (`OUTBOX_ENV`), set the way an operator would
set them: through `DVK_OUTBOX_*` settings.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from tests.faults.mailgen import CAMPAIGN_FILE, OFFICE, UNITS_FILE, FormMail
from tests.faults.procs import descendants, peak_rss_kib
from tests.servers.dovecot import Dovecot
from tests.servers.postgres_server import PostgresServer
from tests.servers.redis_server import RedisServer
from tests.servers.smtp_sink import SmtpSink

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "results"
IMAP_USER = "dvk"
IMAP_PASSWORD = "mat-khau-thu-nghiem"
KEYWORD = "$DvkProcessed"
#: Outbox timings for the chain: a retry after 1 s doubling up to 10 s, and a killed sender's
#: claim given up after 45 s (longer than the SMTP client's 30 s timeout, as it must be).
OUTBOX_ENV = {
    "DVK_OUTBOX_FIRST_BACKOFF_SECONDS": "1",
    "DVK_OUTBOX_MAX_BACKOFF_SECONDS": "10",
    "DVK_OUTBOX_LEASE_SECONDS": "45",
}
#: No progress this long means the chain is stuck: longer than a lease plus a tick (15 s).
GIVE_UP_SECONDS = 90.0


@dataclass
class Progress:
    stored: int = 0
    processed: int = 0
    unfinished: int = 0  # received or failed
    quarantined: int = 0
    acks_open: int = 0  # ack rows planned or sending
    acks_sent: int = 0
    acknowledged: int = 0  # expected mails the sink holds at least one reply to

    def key(self) -> tuple[int, ...]:
        return tuple(asdict(self).values())


@dataclass
class Verdict:
    mails: int
    seconds: float
    duplicated_messages: dict[str, int] = field(default_factory=dict)
    missing_messages: list[str] = field(default_factory=list)
    not_processed: dict[str, str] = field(default_factory=dict)
    missing_acks: list[str] = field(default_factory=list)
    repeated_acks: dict[str, int] = field(default_factory=dict)
    open_outbox: dict[str, int] = field(default_factory=dict)
    restarts: dict[str, int] = field(default_factory=dict)
    peak_rss_mib: dict[str, float] = field(default_factory=dict)

    @property
    def repeats(self) -> int:
        return sum(count - 1 for count in self.repeated_acks.values())

    def problems(self) -> list[str]:
        found = []
        if self.duplicated_messages:
            found.append(f"stored more than once: {self.duplicated_messages}")
        if self.missing_messages:
            found.append(f"never stored: {self.missing_messages[:10]}")
        if self.not_processed:
            found.append(f"not processed: {dict(list(self.not_processed.items())[:10])}")
        if self.missing_acks:
            found.append(f"{len(self.missing_acks)} never acknowledged: {self.missing_acks[:10]}")
        if self.open_outbox:
            found.append(f"outbox rows left open: {self.open_outbox}")
        return found

    def figures(self, scenario: str) -> dict[str, Any]:
        return {
            "scenario": scenario,
            "mails": self.mails,
            "seconds": round(self.seconds, 1),
            "mails_per_second": round(self.mails / self.seconds, 1) if self.seconds else None,
            "repeated_acks": self.repeats,
            "restarts": self.restarts,
            "problems": self.problems(),
        }


def record(scenario: str, figures: dict[str, Any], file: str = "faults.json") -> None:
    """Print the figures (visible with -s) and keep them in bench/results/ for the README."""
    print(f"\n[{scenario}] " + json.dumps(figures, ensure_ascii=False), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / file
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    data[scenario] = figures
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


class Chain:
    """See the module docstring. Use as a context manager; `stop()` leaves nothing running."""

    def __init__(
        self,
        root: Path,
        *,
        workers: int = 1,
        concurrency: int = 2,
        reconcile_after: float = 8.0,
        extra_env: dict[str, str] | None = None,
        single_commune: bool = True,
        dovecot_config: str = "",
    ) -> None:
        """`single_commune=False` starts an empty province: no commune, units, campaign or
        `DVK_IMAP_URL`; the caller adds its communes and their `mail_accounts` before
        `spawn_roles()`. `dovecot_config` is appended to the private Dovecot's configuration
        (e.g. higher process limits for a hundred mailboxes)."""
        self.root = root
        self.workers = workers
        self.concurrency = concurrency
        self.reconcile_after = reconcile_after
        self.extra_env = extra_env or {}
        self.single_commune = single_commune
        self.dovecot_config = dovecot_config
        self.procs: dict[str, list[subprocess.Popen[bytes]]] = {}
        self.restarts: Counter[str] = Counter()
        self.peaks_kib: dict[str, int] = {}
        self._peak_by_pid: dict[int, tuple[str, int]] = {}
        self._replies: dict[str, str] = {}  # spool file -> In-Reply-To
        self.dovecot: Dovecot | None = None
        self.redis: RedisServer | None = None
        self.postgres: PostgresServer | None = None
        self.smtp: SmtpSink | None = None
        self.engine: Engine | None = None
        self.env: dict[str, str] = {}

    # -- lifecycle -----------------------------------------------------------------------

    def __enter__(self) -> Chain:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def start(self, roles: bool = True) -> None:
        (self.root / "logs").mkdir(parents=True, exist_ok=True)
        (self.root / "run").mkdir(exist_ok=True)
        # Its own temporary folder: Dovecot's auth process (another user) must reach it, and
        # pytest's tmp_path is private to root.
        self.dovecot = Dovecot.create(extra_config=self.dovecot_config)
        self.dovecot.start()
        self.dovecot.add_user(IMAP_USER, IMAP_PASSWORD)
        self.redis = RedisServer.create()
        self.redis.start()
        self.postgres = PostgresServer.create()
        self.postgres.start()
        database_url = self.postgres.create_database("dvk")
        self.smtp = SmtpSink.create()
        self.smtp.start()
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DVK_")},
            "PYTHONPATH": str(ROOT),
            "PYTHONUNBUFFERED": "1",
            "DVK_DATA_DIR": str(self.root / "var"),
            "DVK_DATABASE_URL": database_url,
            "DVK_BROKER_URL": self.redis.url,
            # With several communes, each commune's own `mail_accounts` rows are the mailboxes.
            "DVK_IMAP_URL": self.dovecot.url(IMAP_USER) if self.single_commune else "",
            "DVK_IMAP_PASSWORD": IMAP_PASSWORD,
            "DVK_IMAP_POLL_INTERVAL": "2",
            "DVK_IMAP_KEYWORD": KEYWORD,
            "DVK_SMTP_URL": self.smtp.url,
            **(
                {
                    "DVK_UNITS_FILE": str(UNITS_FILE),
                    "DVK_CAMPAIGN_FILE": str(CAMPAIGN_FILE),
                    "DVK_OFFICE_EMAIL": OFFICE,
                }
                if self.single_commune
                else {}
            ),
            "DVK_MAX_AUTO_MAILS_PER_DAY": "100000",
            "DVK_RECONCILE_AFTER_SECONDS": str(self.reconcile_after),
            "DVK_LOG_LEVEL": "INFO",
            **OUTBOX_ENV,
            **self.extra_env,
        }
        self.dvk("db", "upgrade")
        if self.single_commune:
            self.dvk("units", "import", str(UNITS_FILE))
            self.dvk("campaign", "load", str(CAMPAIGN_FILE))
        self.engine = create_engine(database_url, pool_pre_ping=True)
        if roles:
            self.spawn_roles()

    def spawn_roles(self) -> None:
        """The deployment's dvk processes: N workers, beat and one watcher."""
        for _ in range(self.workers):
            self.spawn("worker")
        self.spawn("beat")
        self.spawn("watch")

    def stop(self) -> None:
        for role, processes in self.procs.items():
            for process in processes:
                self._sample_peak(role, process.pid)
                self._end(process, signal.SIGTERM)
        self.procs.clear()
        if self.engine is not None:
            self.engine.dispose()
        for server in (self.dovecot, self.redis, self.postgres, self.smtp):
            if server is not None:
                try:
                    server.destroy()
                except Exception as exc:  # keep tearing down the others
                    print(f"teardown of {type(server).__name__} failed: {exc}", file=sys.stderr)

    @staticmethod
    def _end(process: subprocess.Popen[bytes], sig: int) -> None:
        if process.poll() is not None:
            return
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    # -- the dvk roles -------------------------------------------------------------------

    def dvk(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "workers.cli", *args],
            env=self.env,
            cwd=self.root / "run",
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        if result.returncode != 0:
            raise RuntimeError(f"dvk {' '.join(args)} failed: {result.stderr[-3000:]}")
        return result.stdout

    def spawn(self, role: str) -> subprocess.Popen[bytes]:
        args = {
            "worker": ["worker", "--concurrency", str(self.concurrency)],
            "beat": ["beat"],
            "watch": ["watch"],
        }[role]
        processes = self.procs.setdefault(role, [])
        log = (self.root / "logs" / f"{role}-{len(processes) + self.restarts[role]}.log").open("ab")
        process = subprocess.Popen(
            [sys.executable, "-m", "workers.cli", *args],
            env=self.env,
            cwd=self.root / "run",
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: a kill takes its children too
        )
        log.close()
        processes.append(process)
        return process

    def kill(self, role: str, index: int = 0, sig: int = signal.SIGKILL) -> None:
        """Kill one role's whole process group (a machine losing the process), no restart."""
        process = self.procs[role].pop(index)
        self._sample_peak(role, process.pid)
        self._end(process, sig)

    def restart(self, role: str, index: int = 0, sig: int = signal.SIGKILL) -> None:
        self.kill(role, index, sig)
        self.spawn(role)
        self.restarts[role] += 1

    def pause(self, role: str, index: int = 0) -> None:
        """SIGSTOP a role's process group: its state holds still while the test looks at it."""
        os.killpg(self.procs[role][index].pid, signal.SIGSTOP)

    def resume(self, role: str, index: int = 0) -> None:
        os.killpg(self.procs[role][index].pid, signal.SIGCONT)

    def exited(self) -> list[str]:
        """The dvk processes that stopped on their own (a fault must never take a role down)."""
        return [
            f"{role}[{index}] exited with {process.returncode}"
            for role, processes in self.procs.items()
            for index, process in enumerate(processes)
            if process.poll() is not None
        ]

    def kill_pool_child(self, index: int = 0) -> int | None:
        """SIGKILL one prefork child of a worker (the parent starts a new one)."""
        parent = self.procs["worker"][index].pid
        self._sample_peak("worker", parent)
        children = descendants(parent)
        if not children:
            return None
        victim = children[len(self.restarts) % len(children)]
        try:
            os.kill(victim, signal.SIGKILL)
        except ProcessLookupError:
            return None
        self.restarts["worker child"] += 1
        return victim

    def _sample_peak(self, role: str, pid: int) -> None:
        for each in (pid, *descendants(pid)):
            self._peak_by_pid[each] = (
                role,
                max(peak_rss_kib(each), self._peak_by_pid.get(each, ("", 0))[1]),
            )

    def sample_peaks(self) -> None:
        for role, processes in self.procs.items():
            for process in processes:
                self._sample_peak(role, process.pid)

    def peak_rss_mib(self) -> dict[str, float]:
        """Per role, the largest single-process peak seen (VmHWM) among it and its children."""
        self.sample_peaks()
        peaks: dict[str, float] = {}
        for role, kib in self._peak_by_pid.values():
            peaks[role] = max(peaks.get(role, 0.0), round(kib / 1024, 1))
        return peaks

    # -- mail ----------------------------------------------------------------------------

    def append(self, mails: Iterable[FormMail]) -> None:
        assert self.dovecot is not None
        self.dovecot.append_many(IMAP_USER, "INBOX", [mail.raw for mail in mails])

    def replies(self) -> Counter[str]:
        """Accepted messages per In-Reply-To, read incrementally from the sink's spool."""
        assert self.smtp is not None
        parser = BytesHeaderParser()
        for path in self.smtp.files():
            if path.name not in self._replies:
                with path.open("rb") as handle:
                    headers = parser.parse(handle)
                self._replies[path.name] = str(headers["In-Reply-To"] or "").strip()
        return Counter(v for v in self._replies.values() if v)

    def reply_times_ns(self) -> dict[str, int]:
        """In-Reply-To → when the sink accepted the first reply to it (ns since the epoch)."""
        self.replies()
        first: dict[str, int] = {}
        for name, in_reply_to in self._replies.items():
            when = int(name.split("-", 1)[0])
            if in_reply_to and (in_reply_to not in first or when < first[in_reply_to]):
                first[in_reply_to] = when
        return first

    # -- observing the register ----------------------------------------------------------

    def _query(self, statement: Any, params: dict[str, Any] | None = None) -> list[Any]:
        assert self.engine is not None
        with self.engine.connect() as conn:
            return list(conn.execute(statement, params or {}))

    def progress(self, message_ids: Sequence[str]) -> Progress:
        rows = self._query(
            text(
                "SELECT message_id_header, state FROM messages WHERE message_id_header = ANY(:ids)"
            ),
            {"ids": list(message_ids)},
        )
        states = Counter(state for _, state in rows)
        acks = dict(
            self._query(
                text("SELECT state, count(*) FROM outbound_mail WHERE purpose = 'ack' GROUP BY 1")
            )
        )
        replies = self.replies()
        return Progress(
            stored=len(rows),
            processed=states["processed"],
            unfinished=states["received"] + states["failed"],
            quarantined=states["quarantined"],
            acks_open=acks.get("planned", 0) + acks.get("sending", 0),
            acks_sent=acks.get("sent", 0),
            acknowledged=sum(1 for m in message_ids if replies[m] > 0),
        )

    def drained(self, p: Progress, total: int) -> bool:
        return p.processed == total and p.acknowledged == total and p.acks_open == 0

    def wait_drained(
        self,
        mails: Sequence[FormMail],
        timeout: float,
        *,
        during: Any = None,
    ) -> Progress:
        """Poll until every mail is processed and acknowledged; `during(progress)` runs at every
        poll (the scenario's fault injector). Returns the last progress seen."""
        ids = [mail.message_id for mail in mails]
        deadline = time.monotonic() + timeout
        last_key: tuple[int, ...] = ()
        last_change = time.monotonic()
        progress = Progress()
        while time.monotonic() < deadline:
            try:
                progress = self.progress(ids)
            except SQLAlchemyError:
                time.sleep(0.5)  # the database is restarting
                continue
            if during is not None:
                during(progress)
            if self.drained(progress, len(ids)):
                return progress
            if progress.key() != last_key:
                last_key, last_change = progress.key(), time.monotonic()
            elif time.monotonic() - last_change > GIVE_UP_SECONDS:
                return progress  # stuck for good: let the verdict say what is missing
            self.sample_peaks()
            time.sleep(0.5)
        return progress

    def verify(self, mails: Sequence[FormMail], seconds: float) -> Verdict:
        ids = [mail.message_id for mail in mails]
        rows = self._query(
            text(
                "SELECT message_id_header, state, coalesce(error, '') FROM messages "
                "WHERE message_id_header = ANY(:ids)"
            ),
            {"ids": ids},
        )
        counts = Counter(row[0] for row in rows)
        open_rows = dict(
            self._query(
                text(
                    "SELECT state, count(*) FROM outbound_mail "
                    "WHERE purpose = 'ack' AND state IN ('planned', 'sending', 'failed') "
                    "GROUP BY 1"
                )
            )
        )
        replies = self.replies()
        return Verdict(
            mails=len(ids),
            seconds=seconds,
            duplicated_messages={m: c for m, c in counts.items() if c > 1},
            missing_messages=[m for m in ids if counts[m] == 0],
            not_processed={r[0]: f"{r[1]} {r[2][:200]}" for r in rows if r[1] != "processed"},
            missing_acks=[m for m in ids if replies[m] == 0],
            repeated_acks={m: replies[m] for m in ids if replies[m] > 1},
            open_outbox=open_rows,
            restarts={
                **dict(self.restarts),
                **{
                    name: server.restarts
                    for name, server in (
                        ("redis", self.redis),
                        ("postgresql", self.postgres),
                        ("smtp", self.smtp),
                    )
                    if server is not None and server.restarts
                },
            },
            peak_rss_mib=self.peak_rss_mib(),
        )

    def unmarked_locations(self) -> int:
        """Stored messages whose flag on the server is not yet recorded as done."""
        rows = self._query(text("SELECT count(*) FROM mail_locations WHERE NOT server_action_done"))
        return int(rows[0][0])

    def unflagged(self) -> list[int]:
        """UIDs in INBOX that the watcher has not marked as stored."""
        assert self.dovecot is not None
        return [
            uid
            for uid, flags in self.dovecot.flags(IMAP_USER).items()
            if KEYWORD.lower() not in {f.lower() for f in flags}
        ]

    def log_tail(self, role: str, chars: int = 3000) -> str:
        text_ = ""
        for path in sorted((self.root / "logs").glob(f"{role}-*.log")):
            text_ += f"--- {path.name}\n" + path.read_text(errors="replace")[-chars:]
        return text_
