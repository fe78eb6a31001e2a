"""What a Prometheus scrape costs: `/metrics` (and `/healthz`) computed from a register of
10,000 messages, on PostgreSQL and on SQLite.

Run: .venv/bin/python -m bench.bench_metrics [--messages 10000] [--scrapes 30]
Creates temporary databases (the PostgreSQL one on DVK_BENCH_PG_URL's server, dropped at the
end), fills each with messages as a season leaves them — most processed over 30 days, a few
hundred in the last 15 minutes, some waiting, failed and quarantined — one attachment and
extraction each (5 % unreadable), an outbox row each (mostly sent, some planned, held, failed)
and heartbeats of a watcher, two workers and the scheduler; then prints p50/p95 of a whole scrape
(`render_metrics`) and of the health report. Every query is bounded by an index (see
documents/operations/metrics.py), so the figure should barely move with the register's size:
compare `--messages 1000` and `--messages 100000`.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, insert, text

from bench.bench_register import migrate
from documents import clock
from documents.commune import name_commune
from documents.db import make_engine, make_session_factory
from documents.models import Attachment, Blob, ExtractionRecord, Message, OutboundMail
from documents.operations import heartbeats as hb
from documents.operations.health import check_health
from documents.operations.metrics import render_metrics
from workers.settings import Settings

ADMIN_URL = os.environ.get(
    "DVK_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def fill(engine: Engine, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    now = clock.now()
    blobs: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = []
    attachments: list[dict[str, Any]] = []
    extractions: list[dict[str, Any]] = []
    outbox: list[dict[str, Any]] = []
    for n in range(1, count + 1):
        data = f"message {n} {rng.random()}".encode()
        digest = hashlib.sha256(data).hexdigest()
        blobs.append({"sha256": digest, "size": len(data), "data": data})
        roll = rng.random()
        if roll < 0.03:
            state, processed = "received", None
        elif roll < 0.04:
            state, processed = "failed", None
        elif roll < 0.05:
            state, processed = "quarantined", None
        else:
            state, processed = "processed", True
        recent = rng.random() < 0.03
        ingested = now - (timedelta(seconds=rng.uniform(0, 900)) if recent
                          else timedelta(days=rng.uniform(0, 30)))  # fmt: skip
        messages.append({
            "id": n, "source": "imap", "raw_sha256": digest, "raw_size": len(data),
            "received_at": ingested - timedelta(seconds=rng.uniform(0, 5)),
            "received_at_source": "internaldate", "ingested_at": ingested, "state": state,
            "processed_at": ingested + timedelta(seconds=rng.uniform(0.2, 4)) if processed else None,
            "classification": "normal", "authenticity": "unknown", "parse_defects": [],
            "attempts": 0,
        })  # fmt: skip
        attachments.append({"id": n, "message_id": n, "part": "2", "filename": "a.docx",
                            "media_type": "application/pdf", "size": 1, "sha256": digest})  # fmt: skip
        unreadable = rng.random() < 0.05
        extractions.append({"id": n, "attachment_id": n,
                            "kind": "unknown" if unreadable else "registration",
                            "fields": {}, "confidence": {}, "warnings": ["x"] if unreadable else [],
                            "source": "docx", "created_at": ingested, "corrected": False})  # fmt: skip
        roll = rng.random()
        out_state = ("planned" if roll < 0.01 else "held" if roll < 0.02
                     else "failed" if roll < 0.025 else "sent")  # fmt: skip
        outbox.append({"id": n, "purpose": "ack", "idempotency_key": f"ack-{n}",
                       "to_addrs": ["a@b.test"], "subject": "s", "message_id_header": f"<{n}@x>",
                       "raw": b"x", "state": out_state, "attempts": 1, "created_at": ingested,
                       "last_attempt_at": ingested + timedelta(seconds=5),
                       "related_message_id": n})  # fmt: skip
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        name_commune(session, "nghia-thai", "xã Nghĩa Thái")
        for model, rows in ((Blob, blobs), (Message, messages), (Attachment, attachments),
                            (ExtractionRecord, extractions), (OutboundMail, outbox)):  # fmt: skip
            for start in range(0, len(rows), 2000):
                session.execute(insert(model), rows[start : start + 2000])
    for role, instance in ((hb.WATCHER, "imap://danvan%40xa.test@mail.test/INBOX"),
                           (hb.WORKER, "celery@a"), (hb.WORKER, "celery@b"),
                           (hb.TICK, hb.SCHEDULER), (hb.SANDBOX, "celery@a")):  # fmt: skip
        hb.HeartbeatWriter(sessions, role, instance).ok()
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))


def timed(call: Callable[[], Any], times: int) -> tuple[float, float]:
    call()  # warm: imports, connection, plans
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, round(0.95 * len(samples)) - 1)]


def measure(url: str, count: int, scrapes: int, label: str) -> None:
    migrate(url)
    engine = make_engine(url)
    try:
        started = time.perf_counter()
        fill(engine, count)
        filled = time.perf_counter() - started
        sessions = make_session_factory(engine)
        settings = Settings(_env_file=None, database_url=url, broker_url="redis://127.0.0.1:6379/14",
                            imap_url="imap://danvan%40xa.test@mail.test/INBOX")  # fmt: skip
        body = render_metrics(sessions, settings)
        series = sum(1 for line in body.splitlines() if line and not line.startswith(b"#"))
        scrape = timed(lambda: render_metrics(sessions, settings), scrapes)
        health = timed(lambda: check_health(sessions, settings), scrapes)
        print(f"{label}: {count:,} messages (filled in {filled:.1f} s); "
              f"scrape p50 {scrape[0]:.1f} ms, p95 {scrape[1]:.1f} ms "
              f"({len(body):,} bytes, {series} series); "
              f"health p50 {health[0]:.1f} ms, p95 {health[1]:.1f} ms")  # fmt: skip
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--scrapes", type=int, default=30)
    args = parser.parse_args()
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"dvk_bench_metrics_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        measure(ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", args.messages, args.scrapes, "PostgreSQL")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    with tempfile.TemporaryDirectory() as folder:
        measure(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", args.messages, args.scrapes,
                "SQLite")  # fmt: skip


if __name__ == "__main__":
    main()
