"""The whole chain on this machine: Dovecot → dvk watch → Redis → dvk worker → PostgreSQL → SMTP.

    .venv/bin/python -m bench.bench_chain [--mails 2000] [--latency 50] [--concurrency 2]

Prints, and writes to bench/results/chain.json:
* latency from IMAP APPEND to the acknowledgement accepted by the SMTP server, one mail at a
  time (p50, p95, max; targets p50 ≤ 2 s, p95 ≤ 4 s);
* a backlog put in the mailbox while the watcher is stopped, then drained: mails per second
  from the watcher's start to the last acknowledgement accepted (target ≥ 50/s with two worker
  processes), beside the bare extraction rate of the same kind of .docx in this process;
* peak RSS (VmHWM) of the watcher and of the worker processes (and their children).

Servers are private (tests/servers/*), so the benchmark never disturbs the shared ones.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from documents.extraction import extract
from tests.faults.harness import IMAP_USER, RESULTS, Chain
from tests.faults.mailgen import backlog, form_docx


def bare_extraction_rate(seconds: float = 5.0) -> dict[str, float]:
    """`extract` on one registration form, in this process (one core), repeated."""
    data = form_docx("Chi bộ xóm 1", 1)
    extract(data, "phieu.docx")  # imports and caches warmed
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        extract(data, "phieu.docx")
        count += 1
    elapsed = time.perf_counter() - started
    return {
        "docs": count,
        "per_second": round(count / elapsed, 1),
        "ms_each": round(1000 * elapsed / count, 2),
    }


def latency(chain: Chain, count: int) -> dict[str, Any]:
    """One mail at a time: APPEND, then wait for the sink to accept its acknowledgement."""
    assert chain.dovecot is not None
    mails = backlog(count, run="latency")
    seconds: list[float] = []
    for mail in mails:
        sent_ns = time.time_ns()
        chain.dovecot.append(IMAP_USER, "INBOX", mail.raw)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            accepted = chain.reply_times_ns().get(mail.message_id)
            if accepted is not None:
                seconds.append((accepted - sent_ns) / 1e9)
                break
            time.sleep(0.01)
        else:
            raise RuntimeError(f"no acknowledgement for {mail.message_id} within 60 s")
    ordered = sorted(seconds)
    return {
        "mails": count,
        "p50_s": round(statistics.median(ordered), 3),
        "p95_s": round(ordered[max(0, round(0.95 * len(ordered)) - 1)], 3),
        "max_s": round(ordered[-1], 3),
        "mean_s": round(statistics.fmean(ordered), 3),
    }


def drain(chain: Chain, count: int) -> dict[str, Any]:
    """The backlog waits in the mailbox; the watcher starts; time until the last ack is accepted."""
    mails = backlog(count, run="backlog")
    chain.kill("watch")
    started = time.perf_counter()
    chain.append(mails)
    append_s = time.perf_counter() - started
    started = time.perf_counter()
    chain.spawn("watch")
    progress = chain.wait_drained(mails, timeout=max(600.0, count / 2))
    elapsed = time.perf_counter() - started
    verdict = chain.verify(mails, elapsed)
    stored_s = _stored_span(chain, [m.message_id for m in mails])
    return {
        "mails": count,
        "append_s": round(append_s, 1),
        "drain_s": round(elapsed, 1),
        "mails_per_second": round(count / elapsed, 1),
        "stored_within_s": stored_s,
        "problems": verdict.problems(),
        "repeated_acks": verdict.repeats,
        "last_progress": progress.__dict__,
    }


def _stored_span(chain: Chain, ids: list[str]) -> float | None:
    """Seconds between the first and the last message stored: the watcher's own rate."""
    from sqlalchemy import text

    rows = chain._query(
        text(
            "SELECT extract(epoch FROM max(ingested_at) - min(ingested_at)) FROM messages "
            "WHERE message_id_header = ANY(:ids)"
        ),
        {"ids": ids},
    )
    value = rows[0][0] if rows else None
    return round(float(value), 1) if value is not None else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mails", type=int, default=2000)
    parser.add_argument("--latency", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()

    figures: dict[str, Any] = {"bare_extraction": bare_extraction_rate()}
    print(f"bare docx extraction: {figures['bare_extraction']}", flush=True)
    with (
        tempfile.TemporaryDirectory(prefix="dvk-bench-") as tmp,
        Chain(Path(tmp), concurrency=args.concurrency) as chain,
    ):
        time.sleep(3)  # the worker and the watcher are up and idling
        figures["latency"] = latency(chain, args.latency)
        print(f"latency APPEND → SMTP accepted: {figures['latency']}", flush=True)
        figures["backlog"] = drain(chain, args.mails)
        print(f"backlog: {figures['backlog']}", flush=True)
        figures["peak_rss_mib"] = chain.peak_rss_mib()
        print(f"peak RSS (MiB): {figures['peak_rss_mib']}", flush=True)
    figures["targets"] = {"p50_s": 2.0, "p95_s": 4.0, "mails_per_second": 50.0}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "chain.json").write_text(
        json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"written to {RESULTS / 'chain.json'}")


if __name__ == "__main__":
    main()
