"""Benchmark of the mail room ("Thư đến") on a large mailbox.

Creates a fresh PostgreSQL database filled like `bench.bench_web` (500 units: 10,000 messages,
each with a registered form), marks some of them as needing a person (failed, quarantined, held
and unsent replies, a form without a unit: 1 in 50 of each), then prints p50/p95 of the page
through Flask's test client: the first page (those needing a person first), a later page, the
filters by state, unit and date, and the query alone (target p95 ≤ 300 ms for every page).

    .venv/bin/python -m bench.bench_mailroom [--units 500] [--requests 30]

DVK_BENCH_PG_URL names the PostgreSQL server (default postgres@127.0.0.1:5432, trust).
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from typing import Any

from sqlalchemy import insert, select, text, update

from bench.bench_web import fill, fresh_database, percentile
from documents import mailroom
from documents.db import make_engine, make_session_factory, see_all_communes
from documents.lifecycle import MessageState, OutboxState
from documents.models import Commune, Message, OutboundMail, Submission
from web.app import create_app
from web.users import add_user
from workers.settings import Settings

ROW_MARK = '<tr id="thu-'


def mark_some(url: str, messages: int) -> int:
    """1 in 50 messages of each kind that needs a person; returns how many need one."""
    engine = make_engine(url)
    # Even ids are the current copy of each form (`fill` sends every form twice).
    picked = {k: list(range(2 * k + 2, messages + 1, 50)) for k in range(5)}
    with engine.begin() as conn:
        see_all_communes(conn)  # the bulk fill's one commune owns every row
        commune = conn.execute(select(Commune.id)).scalar_one()
        conn.execute(
            update(Message)
            .where(Message.id.in_(picked[0]))
            .values(state=MessageState.FAILED, attempts=1, error="OperationalError: bench")
        )
        conn.execute(
            update(Message)
            .where(Message.id.in_(picked[1]))
            .values(state=MessageState.QUARANTINED, attempts=5, error="Timeout: bench")
        )
        rows: list[dict[str, Any]] = []
        for kind, state in ((2, OutboxState.HELD), (3, OutboxState.FAILED)):
            for n in picked[kind]:
                rows.append({
                    "purpose": "ack", "idempotency_key": f"ack:{n}", "to_addrs": ["x@bench.test"],
                    "subject": "Xác nhận", "message_id_header": f"<ack.{n}@bench.test>",
                    "raw": b"x", "state": state, "related_message_id": n, "commune_id": commune,
                    "hold_reason": "bench" if state == OutboxState.HELD else None,
                    "last_error": "550 bench" if state == OutboxState.FAILED else None,
                })  # fmt: skip
        conn.execute(insert(OutboundMail), rows)
        conn.execute(
            update(Submission).where(Submission.message_id.in_(picked[4])).values(unit_id=None)
        )
        # The pipeline gives each message its unit (`process_message`); the bulk fill does not.
        conn.execute(
            text(
                "UPDATE messages SET unit_id = s.unit_id FROM submissions s "
                "WHERE s.message_id = messages.id"
            )
        )
        conn.execute(text("ANALYZE"))
    engine.dispose()
    return sum(len(v) for v in picked.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--explain", action="store_true", help="PostgreSQL's plan of page 1")
    parser.add_argument("--profile", action="store_true", help="profile ten requests of a page")
    args = parser.parse_args()
    with fresh_database() as url:
        began = time.perf_counter()
        count = fill(url, args.units)
        needing = mark_some(url, count)
        print(f"filled {count:,} messages ({needing} needing a person) in "
              f"{time.perf_counter() - began:.1f} s")  # fmt: skip
        engine = make_engine(url)
        sessions = make_session_factory(engine)
        with sessions() as session:
            add_user(session, "bench", "bench-password", "editor")
            session.commit()
        settings = Settings(_env_file=None, database_url=url, secret_key="bench-" * 8)
        client = create_app(settings, sessions).test_client()
        page = client.get("/login").get_data(as_text=True)
        match = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert match is not None
        reply = client.post(
            "/login",
            data={"username": "bench", "password": "bench-password", "csrf_token": match[1]},
        )
        assert reply.status_code == 302, reply.status_code
        with sessions() as session:
            times: list[float] = []
            for _ in range(args.requests):
                t0 = time.perf_counter()
                mailroom.mailroom_page(session, mailroom.Filters())
                times.append((time.perf_counter() - t0) * 1000)
            print(f"{'query alone':22} {args.requests} calls: p50 {statistics.median(times):.0f} "
                  f"ms, p95 {percentile(times, 0.95):.0f} ms")  # fmt: skip
        pages = (
            ("/thu-den", "first page"),
            ("/thu-den?page=100", "page 100"),
            ("/thu-den?trang_thai=can-xu-ly", "needing a person"),
            ("/thu-den?trang_thai=processed&page=3", "state processed, p. 3"),
            ("/thu-den?don_vi=unit-0042", "one unit"),
            ("/thu-den?tu=01/04/2024&den=05/04/2024", "five days"),
        )
        walls: dict[str, list[float]] = {path: [] for path, _ in pages}
        cpus: dict[str, list[float]] = {path: [] for path, _ in pages}
        last: dict[str, str] = {}
        for _ in range(args.requests):  # round-robin: a busy moment weighs on all pages alike
            for path, _label in pages:
                t0, c0 = time.perf_counter(), time.process_time()
                response = client.get(path)
                walls[path].append((time.perf_counter() - t0) * 1000)
                cpus[path].append((time.process_time() - c0) * 1000)
                assert response.status_code == 200, path
                last[path] = response.get_data(as_text=True)
        for path, label in pages:
            p95 = percentile(walls[path], 0.95)
            verdict = "OK" if p95 <= 300 else "OVER TARGET"
            print(f"{label:22} {args.requests} requests: p50 {statistics.median(walls[path]):.0f} "
                  f"ms, p95 {p95:.0f} ms (target ≤ 300 ms: {verdict}); "
                  f"CPU p50 {statistics.median(cpus[path]):.0f} ms; "
                  f"{last[path].count(ROW_MARK)} rows")  # fmt: skip
        if args.explain:
            ranked, rank = mailroom._ranked()
            query = ranked.order_by(rank, Message.received_at.desc(), Message.id.desc()).limit(50)
            sql = query.compile(engine, compile_kwargs={"literal_binds": True})
            with engine.connect() as conn:
                plan = conn.execute(text(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")).scalars().all()
            print("\n".join(plan))
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(10):
                client.get("/thu-den?page=3")
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
        engine.dispose()


if __name__ == "__main__":
    main()
