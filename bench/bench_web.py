"""Benchmark of the web register on a large register: the overview's server time and the exports.

Creates a fresh PostgreSQL database, fills it in bulk with 10,000 submissions (500 units, each
with 5 registered models and 5 reports, every document sent twice so half are history), then
prints p50/p95 of the overview (50 units a page) over 50 requests through Flask's test client
(target p95 ≤ 300 ms), of a later page, of a filtered view and of the printable register
and the time of the xlsx export (target ≤ 5 s) and of the Word report.

    .venv/bin/python -m bench.bench_web [--units 500] [--requests 50]

DVK_BENCH_PG_URL names the PostgreSQL server (default postgres@127.0.0.1:5432, trust).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import statistics
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, insert, text

from documents.db import make_engine, make_session_factory, see_all_communes
from documents.models import (
    Attachment,
    Blob,
    Campaign,
    Commune,
    Deadline,
    ExtractionRecord,
    Message,
    Submission,
    Unit,
)
from documents.register import unit_statuses
from web.app import create_app
from web.exports.report_docx import export_report_docx
from web.exports.xlsx import export_xlsx
from web.users import add_user
from web.views import OVERVIEW_FIELDS
from workers.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = os.environ.get(
    "DVK_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
DOMAINS = ["economy", "culture_society", "security_defense", "political_system"]
KINDS = ["chi_bo", "mttq", "doan_the", "cong_an", "quan_su"]
ROW_MARK = '<td class="stt">'  # one per unit row of the register table


@contextmanager
def fresh_database() -> Iterator[str]:
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"dvk_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        config = Config(str(ROOT / "alembic.ini"))
        config.set_main_option("script_location", str(ROOT / "migrations"))
        config.attributes["database_url"] = url
        config.attributes["configure_logging"] = False
        command.upgrade(config, "head")
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def fill(url: str, units: int) -> int:
    """Insert the register in bulk; returns the number of submissions."""
    engine = make_engine(url)
    rows: dict[type[Any], list[dict[str, Any]]] = {
        m: [] for m in (Unit, Blob, Message, Attachment, ExtractionRecord, Submission)
    }
    start = datetime(2024, 3, 20, 2, tzinfo=UTC)
    due = {"registration": date(2024, 4, 7), "report": date(2024, 9, 5)}
    deadline_ids = {"registration": 1, "report": 2}
    n = 0
    for u in range(units):
        unit_id = f"unit-{u:04d}"
        rows[Unit].append(
            {"id": unit_id, "name": f"Chi bộ xóm {u + 1}", "kind": KINDS[u % 5], "aliases": []}
        )
        for kind in ("registration", "report"):
            base = start if kind == "registration" else start + timedelta(days=160)
            for model in range(5):
                for attempt in range(2):
                    n += 1
                    received = base + timedelta(days=(u + model) % 25, hours=attempt)
                    digest = hashlib.sha256(f"raw-{n}".encode()).hexdigest()
                    rows[Blob].append({"sha256": digest, "size": 8, "data": b"raw mail"})
                    rows[Message].append(
                        {
                            "id": n,
                            "source": "drop",
                            "raw_sha256": digest,
                            "raw_size": 8,
                            "sender": f"{unit_id}@bench.test",
                            "subject": "Gửi văn bản",
                            "received_at": received,
                            "body_text": "Kính gửi.",
                            "state": "processed",
                        }
                    )
                    rows[Attachment].append(
                        {
                            "id": n,
                            "message_id": n,
                            "part": "2",
                            "filename": f"mo-hinh-{model}.docx",
                            "media_type": "application/octet-stream",
                            "size": 8,
                            "sha256": digest,
                        }
                    )
                    fields: dict[str, Any] = {
                        "unit_name": f"Chi bộ xóm {u + 1}",
                        "model_name": f"Mô hình số {model + 1} của xóm {u + 1}",
                        "model_type": "collective" if model % 2 else "individual",
                        "domain": DOMAINS[model % 4],
                        "leader_name": "Nguyễn Văn An",
                        "signed_date": received.date().isoformat(),
                    }
                    if kind == "report":
                        fields |= {"participants": 100 + model, "funds_vnd": 5_000_000 * model}
                    rows[ExtractionRecord].append(
                        {
                            "id": n,
                            "attachment_id": n,
                            "kind": kind,
                            "fields": fields,
                            "confidence": {k: 0.9 for k in fields},
                            "warnings": [],
                            "source": "docx",
                        }
                    )
                    late = max(0, (received.date() - due[kind]).days)
                    rows[Submission].append(
                        {
                            "id": n,
                            "extraction_id": n,
                            "message_id": n,
                            "unit_id": unit_id,
                            "deadline_id": deadline_ids[kind],
                            "model_key": f"m:{model}",
                            "received_at": received,
                            "late_days": late,
                            "is_current": attempt == 1,
                            "superseded_by_id": n + 1 if attempt == 0 else None,
                            "review_state": "needs_review" if (u + model) % 97 == 0 else "accepted",
                            "review_reasons": [],
                            "candidates": [],
                            "flags": [],
                        }
                    )
    with engine.begin() as conn:
        # One commune owns the register (communes are tenants: every row names its commune).
        see_all_communes(conn)
        commune = conn.execute(
            insert(Commune)
            .values(
                slug="bench",
                name="xã Nghĩa Thái",
                place="Nghĩa Thái",
                party_committee="Đảng ủy xã Nghĩa Thái",
                office_name="Văn phòng Đảng ủy",
                signer_on_behalf="T/M ĐẢNG ỦY",
                signer_title="Phó Bí thư",
                signer_name="Nguyễn Văn An",
                superior_level="province",
                superior_party="Đảng bộ tỉnh Nam Định",
                superior_report_to="Ban Dân vận Tỉnh ủy",
            )
            .returning(Commune.id)
        ).scalar_one()
        owned = {"commune_id": commune}
        conn.execute(
            insert(Campaign),
            [{"id": 1, "slug": "dvk-2024", "name": "Dân vận khéo 2024", "year": 2024, **owned}],
        )
        conn.execute(
            insert(Deadline),
            [
                {
                    "id": 1,
                    "campaign_id": 1,
                    "kind": "registration",
                    "due_date": due["registration"],
                    **owned,
                },
                {"id": 2, "campaign_id": 1, "kind": "report", "due_date": due["report"], **owned},
            ],
        )
        for table in (Unit, Blob, Message, Attachment, ExtractionRecord):
            tenant = "commune_id" in table.__table__.c
            conn.execute(insert(table), [{**r, **owned} if tenant else r for r in rows[table]])
        # Superseded rows point at their successor: insert the successors' rows first.
        subs = [{**s, **owned} for s in rows[Submission]]
        conn.execute(insert(Submission), [s for s in subs if s["superseded_by_id"] is None])
        conn.execute(insert(Submission), [s for s in subs if s["superseded_by_id"] is not None])
        conn.execute(text("ANALYZE"))
    engine.dispose()
    return n


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    with fresh_database() as url:
        began = time.perf_counter()
        count = fill(url, args.units)
        print(
            f"filled {count:,} submissions, {args.units} units in {time.perf_counter() - began:.1f} s"
        )
        engine = make_engine(url)
        sessions = make_session_factory(engine)
        with sessions() as session:
            add_user(session, "bench", "bench-password", "viewer")
            session.commit()
        settings = Settings(_env_file=None, database_url=url, secret_key="bench-" * 8)
        app = create_app(settings, sessions)
        client = app.test_client()
        page = client.get("/login").get_data(as_text=True)
        match = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert match is not None
        reply = client.post(
            "/login",
            data={"username": "bench", "password": "bench-password", "csrf_token": match[1]},
        )
        assert reply.status_code == 302, reply.status_code
        with sessions() as session:
            reads = (
                ("unit_statuses", None, "documents.register, all fields: the exports' read"),
                ("  names only", OVERVIEW_FIELDS, "the overview's read: its floor"),
            )
            for name, keys, meaning in reads:
                times: list[float] = []
                for _ in range(args.requests):
                    t0 = time.perf_counter()
                    unit_statuses(session, field_keys=keys)
                    times.append((time.perf_counter() - t0) * 1000)
                print(
                    f"{name:18} {args.requests} calls: p50 {statistics.median(times):.0f} ms, "
                    f"p95 {percentile(times, 0.95):.0f} ms ({meaning})"
                )
        pages = (
            ("/", "overview"),
            ("/?page=5", "overview page 5"),
            ("/?kind=chi_bo&status=late", "overview filtered"),
            ("/in", "printable register"),
        )
        # Round-robin over the pages, so that a busy moment of the machine weighs on all alike;
        # CPU time of this process (rendering, filters, rows) is printed beside the wall time.
        walls: dict[str, list[float]] = {path: [] for path, _ in pages}
        cpus: dict[str, list[float]] = {path: [] for path, _ in pages}
        last: dict[str, Any] = {}
        for _ in range(args.requests):
            for path, _label in pages:
                t0, c0 = time.perf_counter(), time.process_time()
                response = client.get(path)
                walls[path].append((time.perf_counter() - t0) * 1000)
                cpus[path].append((time.process_time() - c0) * 1000)
                assert response.status_code == 200
                last[path] = response
        for path, label in pages:
            times = walls[path]
            p50, p95 = statistics.median(times), percentile(times, 0.95)
            verdict = "OK" if p95 <= 300 else "OVER TARGET"
            target = f"(target p95 ≤ 300 ms: {verdict})" if path != "/in" else "(all units)"
            html = last[path].get_data(as_text=True)
            rows = html.count(ROW_MARK)
            print(
                f"{label:18} {args.requests} requests: p50 {p50:.0f} ms, p95 {p95:.0f} ms "
                f"{target}; CPU p50 {statistics.median(cpus[path]):.0f} ms; "
                f"{rows} rows, page {len(html) / 1024:.0f} KiB"
            )
        with sessions() as session:
            buffer = io.BytesIO()
            t0 = time.perf_counter()
            export_xlsx(session, buffer)
            xlsx_s = time.perf_counter() - t0
            verdict = "OK" if xlsx_s <= 5 else "OVER TARGET"
            print(
                f"xlsx export: {xlsx_s:.2f} s (target ≤ 5 s: {verdict}); {len(buffer.getvalue()) / 1024:.0f} KiB"
            )
            buffer = io.BytesIO()
            t0 = time.perf_counter()
            export_report_docx(session, buffer)
            print(
                f"docx report: {time.perf_counter() - t0:.2f} s; {len(buffer.getvalue()) / 1024:.0f} KiB"
            )
        engine.dispose()


if __name__ == "__main__":
    main()
