"""A province's deadline-day burst through the whole chain, with 2 and then 4 worker processes.

    .venv/bin/python -m bench.bench_burst [--communes 100] [--units 60] [--mails 6000]
        [--last 1000] [--hours 2] [--last-minutes 15] [--speedup 24] [--workers 2,4]

A province of `--communes` communes of `--units` units each (tests/faults/mailgen.py
`province`: every commune its units file, loaded into its own tenant, its campaign, and its own
mailbox on the private Dovecot, registered as that commune's `mail_accounts` row). The day's
mail arrives on the real schedule, compressed `--speedup` times: `--mails` form mails over
`--hours`, of which `--last` in the final `--last-minutes` (the default is issue 15's deadline
day: 6,000 over two hours, 1,000 in the last quarter of an hour; at `--speedup 24` that is five
minutes, the last 1,000 in 37.5 s). Each mail is a real unit's form, from that unit's address to
its commune's mailbox, the communes in turn; it is APPENDed at its moment (one logged-in
connection per mailbox, opened before the clock starts). dvk's own roles (one watcher for every
mailbox, N worker processes, beat; PostgreSQL with row-level security, Redis) store, read,
register and acknowledge them. Prints, per worker count, and writes to bench/results/burst.json:
* APPEND → acknowledgement accepted by SMTP: p50, p95, max, for all mails and for the last ones;
* throughput while the last ones arrive, beside the bare .docx extraction rate measured in the
  same run (one core, this process);
* the verdict: every mail stored once, processed and acknowledged once (the chain's), and in the
  right commune: its message, its one submission (for its own unit) and its acknowledgement
  rows belong to the commune whose mailbox it was sent to, and the acknowledgement went to the
  sender from that commune's office address (no cross-commune registration);
* peak RSS per process role, and how much the database grew per 1,000 forms;
* the load average before, during (min/max of the 1-minute figure) and after, and Dovecot's
  inotify warnings (past `fs.inotify.max_user_instances` idling folders it looks only every
  30 s, which would show as latency that is the server's, not dvk's).

The full run (`--workers 2,4`) took 46 minutes on 2 cores shared with other work (2026-12-06):
building the 6,000 .docx mails takes about 6 of them before each worker count, the province's
setup (100 tenants, 6,000 units, 100 mailboxes) 15–22 s; figures in the README, "Figures".
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import tempfile
import threading
import time
from collections import Counter
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from imapclient import IMAPClient
from sqlalchemy import select, text

from bench.bench_chain import bare_extraction_rate
from documents.config_files import (
    import_units,
    load_campaign,
    load_campaign_file,
    load_units_file,
)
from documents.db import all_communes, for_commune, make_engine, make_session_factory, transaction
from documents.mail_accounts import add_account
from documents.models import Commune
from tests.faults.harness import RESULTS, Chain
from tests.faults.mailgen import (
    CAMPAIGN_FILE,
    FormMail,
    GeneratedCommune,
    province,
    province_backlog,
)
from tests.servers.dovecot import Dovecot

#: A hundred mailboxes idling for the watcher plus a hundred appending connections: past
#: Dovecot's default of 100 processes per service.
DOVECOT_LIMITS = "default_process_limit = 1000\ndefault_client_limit = 4000\n"


def load_average() -> list[float]:
    return [float(v) for v in Path("/proc/loadavg").read_text().split()[:3]]


class LoadSampler(threading.Thread):
    """The 1-minute load average every `every` seconds while a run lasts."""

    def __init__(self, every: float = 10.0) -> None:
        super().__init__(daemon=True)
        self.every = every
        self.samples: list[float] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            self.samples.append(load_average()[0])
            self.stopping.wait(self.every)

    def summary(self) -> dict[str, float]:
        self.stopping.set()
        self.join(5)
        return {
            "min": min(self.samples),
            "max": max(self.samples),
            "mean": round(statistics.fmean(self.samples), 2),
        }


def mailbox_password(commune: GeneratedCommune) -> str:
    return f"pw-{commune.user}"


def install_province(chain: Chain, communes: list[GeneratedCommune]) -> dict[str, int]:
    """What a province's operator does (README, "Communes on one deployment"): each commune,
    its units file in its own tenant, the campaign (from the commune's office address), and its
    mailbox; done in-process, as `dvk communes add` / `units import` / `campaign load` /
    `mailboxes add` do, so that 400 command starts do not dominate the bench. Returns slug → id."""
    assert chain.dovecot is not None
    for commune in communes:
        chain.dovecot.add_user(commune.user, mailbox_password(commune))
    engine = make_engine(chain.env["DVK_DATABASE_URL"])
    sessions = make_session_factory(engine)
    campaign = load_campaign_file(CAMPAIGN_FILE)
    try:
        with transaction(all_communes(sessions)) as session:
            session.add_all(Commune(slug=c.slug, name=c.name) for c in communes)
        with all_communes(sessions)() as session:
            ids = {c.slug: c.id for c in session.scalars(select(Commune))}
        for commune in communes:
            units = load_units_file(commune.units_file)
            with transaction(for_commune(sessions, ids[commune.slug])) as session:
                import_units(session, units)
                load_campaign(
                    session, campaign.model_copy(update={"office_email": commune.address})
                )
        with transaction(all_communes(sessions)) as session:
            for commune in communes:
                add_account(
                    session,
                    chain.dovecot.url(commune.user),
                    commune_slug=commune.slug,
                    password=mailbox_password(commune),
                )
    finally:
        engine.dispose()
    return ids


def schedule(
    count: int, last: int, hours: float, last_minutes: float, speedup: float
) -> list[float]:
    """Seconds after the start at which each mail arrives: evenly spread within each period."""
    day = hours * 3600 / speedup
    rush = last_minutes * 60 / speedup
    early = count - last
    times = [i * (day - rush) / max(early, 1) for i in range(early)]
    times += [day - rush + i * rush / max(last, 1) for i in range(last)]
    return times


def deliver(
    clients: dict[str, IMAPClient], mails: list[FormMail], at: list[float], sent_ns: dict[str, int]
) -> None:
    """APPEND each mail to its commune's mailbox at its moment (late rather than early when
    Dovecot is slow), on that mailbox's logged-in connection."""
    started = time.monotonic()
    for mail, offset in zip(mails, at, strict=True):
        delay = started + offset - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        sent_ns[mail.message_id] = time.time_ns()
        Dovecot._append(clients[mail.mailbox], "INBOX", mail.raw, (), None)


def _percentiles(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    if not ordered:
        return {}
    return {
        "p50_s": round(statistics.median(ordered), 2),
        "p95_s": round(ordered[max(0, round(0.95 * len(ordered)) - 1)], 2),
        "max_s": round(ordered[-1], 2),
    }


def _database_bytes(chain: Chain) -> int:
    return int(chain._query(text("SELECT pg_database_size(current_database())"))[0][0])


def commune_problems(
    chain: Chain, mails: list[FormMail], communes: list[GeneratedCommune]
) -> dict[str, Any]:
    """Whether each mail was stored, registered and acknowledged in its own commune, for its
    own unit (read as the operator, past row-level security: the harness's superuser login)."""
    rows = chain._query(
        text(
            """
            SELECT m.message_id_header, mc.slug, m.unit_id,
                   (SELECT count(*) FROM submissions s WHERE s.message_id = m.id),
                   (SELECT string_agg(sc.slug || '/' || coalesce(s.unit_id, '-')
                                      || '/' || s.review_state, ',')
                      FROM submissions s JOIN communes sc ON sc.id = s.commune_id
                     WHERE s.message_id = m.id),
                   (SELECT string_agg(DISTINCT oc.slug, ',')
                      FROM outbound_mail o JOIN communes oc ON oc.id = o.commune_id
                     WHERE o.related_message_id = m.id AND o.purpose = 'ack')
              FROM messages m JOIN communes mc ON mc.id = m.commune_id
             WHERE m.message_id_header = ANY(:ids)
            """
        ),
        {"ids": [m.message_id for m in mails]},
    )
    expected = {m.message_id: m for m in mails}
    offices = {c.slug: c.address for c in communes}
    wrong: dict[str, list[str]] = {}
    reviews: Counter[str] = Counter()

    def problem(kind: str, message_id: str, found: object) -> None:
        wrong.setdefault(kind, []).append(f"{message_id}: {found}")

    for message_id, slug, unit_id, submissions, registered, acked_in in rows:
        mail = expected[message_id]
        if slug != mail.commune:
            problem("message_in_other_commune", message_id, slug)
        if unit_id is not None and unit_id != mail.unit_id:
            problem("message_for_other_unit", message_id, unit_id)
        if submissions != 1:
            problem("submissions_not_one", message_id, submissions)
        for entry in (registered or "").split(",") if registered else ():
            sub_commune, sub_unit, review = entry.split("/")
            reviews[review] += 1
            if (sub_commune, sub_unit) != (mail.commune, mail.unit_id):
                problem("registered_elsewhere", message_id, entry)
        if acked_in != mail.commune:
            problem("ack_row_in_other_commune", message_id, acked_in)
    assert chain.smtp is not None
    parser = BytesHeaderParser()
    for path in chain.smtp.files():
        with path.open("rb") as handle:
            headers = parser.parse(handle)
        replied = expected.get(str(headers["In-Reply-To"] or "").strip())
        if replied is None:
            continue
        to, sender = parseaddr(str(headers["To"]))[1], parseaddr(str(headers["From"]))[1]
        if to.lower() != replied.sender or sender.lower() != offices[replied.commune]:
            problem("ack_addressed_wrongly", replied.message_id, f"{sender} → {to}")
    return {
        "problems": {kind: f"{len(found)}: {found[:5]}" for kind, found in wrong.items()},
        "review_states": dict(reviews),
    }


def inotify_warnings(chain: Chain) -> int:
    assert chain.dovecot is not None
    log = chain.dovecot.log_path.read_text(errors="replace")
    return sum(1 for line in log.splitlines() if "inotify" in line.lower())


def run(workers: int, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="dvk-burst-") as tmp:
        communes = province(Path(tmp) / "units", args.communes, args.units)
        mails = province_backlog(args.mails, communes, run=f"burst{workers}")
        at = schedule(args.mails, args.last, args.hours, args.last_minutes, args.speedup)
        sent_ns: dict[str, int] = {}
        chain = Chain(
            Path(tmp),
            workers=workers,
            concurrency=1,
            single_commune=False,
            dovecot_config=DOVECOT_LIMITS,
        )
        clients: dict[str, IMAPClient] = {}
        try:
            chain.start(roles=False)
            assert chain.dovecot is not None
            setup_started = time.perf_counter()
            install_province(chain, communes)
            setup_s = time.perf_counter() - setup_started
            chain.spawn_roles()
            for commune in communes:
                clients[commune.user] = chain.dovecot.client(commune.user)
            time.sleep(max(3.0, args.communes / 10))  # every mailbox logged in and idling
            empty = _database_bytes(chain)
            load_before = load_average()
            sampler = LoadSampler()
            sampler.start()
            feeder = threading.Thread(target=deliver, args=(clients, mails, at, sent_ns))
            started = time.perf_counter()
            feeder.start()
            progress = chain.wait_drained(mails, timeout=at[-1] + max(900.0, args.mails / 2))
            feeder.join()
            elapsed = time.perf_counter() - started
            load_during = sampler.summary()
            verdict = chain.verify(mails, elapsed)
            by_commune = commune_problems(chain, mails, communes)
            acked = chain.reply_times_ns()
            latency = [
                (acked[m.message_id] - sent_ns[m.message_id]) / 1e9
                for m in mails
                if m.message_id in acked and m.message_id in sent_ns
            ]
            rush = mails[-args.last :]
            rush_latency = latency[-len(rush) :] if len(latency) == len(mails) else []
            rush_span = (
                max(acked.get(m.message_id, 0) for m in rush)
                - min(sent_ns[m.message_id] for m in rush)
            ) / 1e9
            grown = _database_bytes(chain) - empty
            figures = {
                "workers": workers,
                "communes": args.communes,
                "units_per_commune": args.units,
                "mails": args.mails,
                "province_setup_s": round(setup_s, 1),
                "arrival_span_s": round(at[-1], 1),
                "elapsed_s": round(elapsed, 1),
                "mails_per_second": round(args.mails / elapsed, 2),
                "latency_all": _percentiles(latency),
                "latency_last": _percentiles(rush_latency),
                "last_mails_per_second": round(len(rush) / rush_span, 1),
                "last_arrival_rate_per_second": round(
                    len(rush) / (args.last_minutes * 60 / args.speedup), 1
                ),
                "problems": verdict.problems()
                + [f"{kind}: {found}" for kind, found in by_commune["problems"].items()],
                "repeated_acks": verdict.repeats,
                "review_states": by_commune["review_states"],
                "peak_rss_mib": chain.peak_rss_mib(),
                "database_mib_per_1000_forms": round(grown / 2**20 / (args.mails / 1000), 1),
                "load_average": {
                    "before": load_before,
                    "during_1min": load_during,
                    "after": load_average(),
                },
                "dovecot_inotify_warnings": inotify_warnings(chain),
                "last_progress": progress.__dict__,
            }
        finally:
            for client in clients.values():
                with contextlib.suppress(Exception):  # the connection may be gone already
                    client.logout()
            chain.stop()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--communes", type=int, default=100)
    parser.add_argument("--units", type=int, default=60, help="units per commune")
    parser.add_argument("--mails", type=int, default=6000)
    parser.add_argument("--last", type=int, default=1000)
    parser.add_argument("--hours", type=float, default=2.0)
    parser.add_argument("--last-minutes", type=float, default=15.0)
    parser.add_argument("--speedup", type=float, default=24.0)
    parser.add_argument("--workers", default="2,4", help="worker process counts, comma-separated")
    args = parser.parse_args()

    results: dict[str, Any] = {
        "command": vars(args),
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "load_average_at_start": load_average(),
        "bare_extraction": bare_extraction_rate(),
    }
    print(f"load average at start: {results['load_average_at_start']}", flush=True)
    print(f"bare docx extraction (one core): {results['bare_extraction']}", flush=True)
    for count in (int(n) for n in args.workers.split(",")):
        figures = run(count, args)
        results[f"workers_{count}"] = figures
        print(json.dumps(figures, ensure_ascii=False), flush=True)
    results["bare_extraction_after"] = bare_extraction_rate()
    results["load_average_at_end"] = load_average()
    print(f"bare docx extraction after the runs: {results['bare_extraction_after']}", flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "burst.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
