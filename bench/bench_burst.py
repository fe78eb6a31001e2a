"""A deadline-day burst through the whole chain, with 2 and then 4 worker processes.

    .venv/bin/python -m bench.bench_burst [--mails 6000] [--last 1000] [--hours 2]
        [--last-minutes 15] [--speedup 24] [--workers 2,4]

The day's mail arrives on the real schedule, compressed `--speedup` times: `--mails` form
mails over `--hours`, of which `--last` in the final `--last-minutes` (the default is the
province's deadline day: 6,000 over two hours, 1,000 in the last quarter of an hour; at
`--speedup 24` that is five minutes, the last 1,000 in 37.5 s). Each mail is APPENDed to the
private Dovecot at its moment; dvk's own roles (watcher, N worker processes, beat) store, read,
register and acknowledge them. Prints, per worker count, and writes to bench/results/burst.json:
* APPEND → acknowledgement accepted by SMTP: p50, p95, max, for all mails and for the last ones;
* throughput while the last ones arrive, beside the bare .docx extraction rate measured in the
  same run (one core, this process);
* that every mail was stored once, processed and acknowledged once (the chain's verdict);
* peak RSS per process role, and how much the database grew per 1,000 forms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.bench_chain import bare_extraction_rate
from tests.faults.harness import IMAP_USER, RESULTS, Chain
from tests.faults.mailgen import FormMail, backlog


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


def deliver(chain: Chain, mails: list[FormMail], at: list[float], sent_ns: dict[str, int]) -> None:
    """APPEND each mail at its moment (late rather than early when Dovecot is slow)."""
    assert chain.dovecot is not None
    started = time.monotonic()
    for mail, offset in zip(mails, at, strict=True):
        delay = started + offset - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        sent_ns[mail.message_id] = time.time_ns()
        chain.dovecot.append(IMAP_USER, "INBOX", mail.raw)


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


def run(workers: int, args: argparse.Namespace) -> dict[str, Any]:
    mails = backlog(args.mails, run=f"burst{workers}")
    at = schedule(args.mails, args.last, args.hours, args.last_minutes, args.speedup)
    sent_ns: dict[str, int] = {}
    with (
        tempfile.TemporaryDirectory(prefix="dvk-burst-") as tmp,
        Chain(Path(tmp), workers=workers, concurrency=1) as chain,
    ):
        time.sleep(3)  # the roles are up and idling
        empty = _database_bytes(chain)
        feeder = threading.Thread(target=deliver, args=(chain, mails, at, sent_ns))
        started = time.perf_counter()
        feeder.start()
        progress = chain.wait_drained(mails, timeout=at[-1] + max(900.0, args.mails / 2))
        feeder.join()
        elapsed = time.perf_counter() - started
        verdict = chain.verify(mails, elapsed)
        acked = chain.reply_times_ns()
        latency = [
            (acked[m.message_id] - sent_ns[m.message_id]) / 1e9
            for m in mails
            if m.message_id in acked and m.message_id in sent_ns
        ]
        rush = mails[-args.last :]
        rush_latency = latency[-len(rush) :] if len(latency) == len(mails) else []
        rush_span = (
            max(acked[m.message_id] for m in rush) - min(sent_ns[m.message_id] for m in rush)
        ) / 1e9
        grown = _database_bytes(chain) - empty
        figures = {
            "workers": workers,
            "mails": args.mails,
            "arrival_span_s": round(at[-1], 1),
            "elapsed_s": round(elapsed, 1),
            "latency_all": _percentiles(latency),
            "latency_last": _percentiles(rush_latency),
            "last_mails_per_second": round(len(rush) / rush_span, 1),
            "last_arrival_rate_per_second": round(
                len(rush) / (args.last_minutes * 60 / args.speedup), 1
            ),
            "problems": verdict.problems(),
            "repeated_acks": verdict.repeats,
            "peak_rss_mib": chain.peak_rss_mib(),
            "database_mib_per_1000_forms": round(grown / 2**20 / (args.mails / 1000), 1),
            "last_progress": progress.__dict__,
        }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mails", type=int, default=6000)
    parser.add_argument("--last", type=int, default=1000)
    parser.add_argument("--hours", type=float, default=2.0)
    parser.add_argument("--last-minutes", type=float, default=15.0)
    parser.add_argument("--speedup", type=float, default=24.0)
    parser.add_argument("--workers", default="2,4", help="worker process counts, comma-separated")
    args = parser.parse_args()

    results: dict[str, Any] = {"bare_extraction": bare_extraction_rate()}
    print(f"bare docx extraction (one core): {results['bare_extraction']}", flush=True)
    for count in (int(n) for n in args.workers.split(",")):
        figures = run(count, args)
        results[f"workers_{count}"] = figures
        print(json.dumps(figures, ensure_ascii=False), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "burst.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
