"""How fast the register answers: `unit_statuses()` over 10,000 submissions on PostgreSQL.

Run: .venv/bin/python -m bench.bench_register [--submissions 10000] [--calls 50]
Creates a temporary database (dropped at the end) on DVK_BENCH_PG_URL's server (default:
postgres@127.0.0.1:5432), fills it with the example units and campaign and submissions spread
over 34 units, 2 deadlines and 5 models per unit (most of them superseded resubmissions, as in a
season of resends), and prints p50/p95 of unit_statuses() now and with `as_of`.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.orm import Session

from documents.config_files import import_units, load_campaign, load_campaign_file, load_units_file
from documents.db import make_engine
from documents.models import Attachment, Blob, Deadline, ExtractionRecord, Message, Submission, Unit
from documents.register import unit_statuses

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = os.environ.get(
    "DVK_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def migrate(url: str) -> None:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = url
    config.attributes["configure_logging"] = False
    command.upgrade(config, "head")


def fill(session: Session, count: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    import_units(session, load_units_file(ROOT / "examples" / "units.yaml"))
    campaign = load_campaign(session, load_campaign_file(ROOT / "examples" / "campaign.yaml"))
    session.commit()
    units = list(session.scalars(select(Unit.id)))
    deadlines = list(session.scalars(select(Deadline).where(Deadline.campaign_id == campaign.id)))
    start = datetime(2024, 3, 1, tzinfo=UTC)
    blobs: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = []
    attachments: list[dict[str, Any]] = []
    extractions: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    groups: dict[tuple[str, int, str], list[tuple[datetime, int]]] = {}
    for n in range(1, count + 1):
        raw = f"message {n}".encode()
        digest = hashlib.sha256(raw).hexdigest()
        blobs.append({"sha256": digest, "size": len(raw), "data": raw})
        deadline = rng.choice(deadlines)
        unit = rng.choice(units)
        model = f"m:mo hinh {rng.randrange(5)}"
        received = start + timedelta(minutes=rng.randrange(60 * 24 * 200))
        messages.append(
            {
                "id": n,
                "source": "drop",
                "raw_sha256": digest,
                "raw_size": len(raw),
                "message_id_header": f"<b{n}@bench>",
                "received_at": received,
                "sender": "bench@example.test",
            }
        )
        attachments.append(
            {
                "id": n,
                "message_id": n,
                "part": "2",
                "filename": f"dk_{n}.docx",
                "media_type": "application/octet-stream",
                "size": len(raw),
                "sha256": digest,
            }
        )
        extractions.append(
            {
                "id": n,
                "attachment_id": n,
                "kind": deadline.kind,
                "fields": {"model_name": model[2:], "unit_name": unit, "content": "x" * 400},
                "source": "docx",
            }
        )
        late = max(0, (received.date() - deadline.due_date).days)
        review = "needs_review" if rng.random() < 0.02 else "accepted"
        rows.append(
            {
                "id": n,
                "extraction_id": n,
                "message_id": n,
                "unit_id": unit,
                "deadline_id": deadline.id,
                "model_key": model,
                "received_at": received,
                "late_days": late,
                "review_state": review,
                "is_current": False,
            }
        )
        groups.setdefault((unit, deadline.id, model), []).append((received, n))
    for members in groups.values():
        members.sort()
        for (_, older), (_, newer) in pairwise(members):
            rows[older - 1]["superseded_by_id"] = newer
        rows[members[-1][1] - 1]["is_current"] = True
    for row in rows:
        row.setdefault("superseded_by_id", None)
    for model_class, data in (
        (Blob, blobs),
        (Message, messages),
        (Attachment, attachments),
        (ExtractionRecord, extractions),
    ):
        session.execute(insert(model_class), data)
    without_links = [{**r, "superseded_by_id": None} for r in rows]
    session.execute(insert(Submission), without_links)
    session.commit()
    session.execute(
        text("UPDATE submissions SET superseded_by_id = :s WHERE id = :i"),
        [{"s": r["superseded_by_id"], "i": r["id"]} for r in rows if r["superseded_by_id"]],
    )
    session.commit()


def measure(label: str, calls: int, run: Callable[[], object]) -> None:
    run()  # warm the connection pool and caches
    timings = []
    for _ in range(calls):
        began = time.perf_counter()
        run()
        timings.append((time.perf_counter() - began) * 1000)
    timings.sort()
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    print(
        f"{label:<32} p50 {statistics.median(timings):7.1f} ms   p95 {p95:7.1f} ms   "
        f"max {timings[-1]:7.1f} ms   ({calls} calls)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--submissions", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=50)
    args = parser.parse_args()
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"dvk_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    engine = make_engine(url)
    try:
        migrate(url)
        with Session(engine) as session:
            began = time.perf_counter()
            fill(session, args.submissions)
            print(f"filled {args.submissions} submissions in {time.perf_counter() - began:.1f} s")
            current = session.scalar(
                select(func.count()).select_from(Submission).where(Submission.is_current)
            )
            print(f"current submissions: {current}")
        as_of = datetime(2024, 6, 1, tzinfo=UTC)
        with Session(engine) as session:
            measure("unit_statuses()", args.calls, lambda: unit_statuses(session))
            measure(
                "unit_statuses(as_of=2024-06-01)",
                args.calls,
                lambda: unit_statuses(session, as_of=as_of),
            )
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
