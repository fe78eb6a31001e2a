"""Migration 0002 on a database written by the old code: SQLite's wall clocks become UTC.

Rows are inserted at revision 0001 exactly as the old writer left them: on SQLite, SQLAlchemy
wrote the wall-clock fields of each aware value and dropped its offset (and the old code read
them back as UTC); on PostgreSQL, `timestamptz` kept every instant. After the upgrade both hold
the same UTC instants, the same lateness and the same current submissions. A downgrade and a
second upgrade change nothing.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, create_engine, select, text

from documents.db import make_engine, make_session_factory
from documents.models import Message, Submission
from tests.conftest import PG_ADMIN_URL, ROOT, unavailable
from tests.timezones import process_tz  # noqa: F401

pytestmark = pytest.mark.usefixtures("process_tz")

ICT = timezone(timedelta(hours=7))
PDT = timezone(timedelta(hours=-7))


def config(url: str) -> Config:
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(ROOT / "migrations"))
    cfg.attributes["database_url"] = url
    cfg.attributes["configure_logging"] = False
    return cfg


@pytest.fixture(params=["sqlite", "postgres"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"dvk_mig_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            conn.execute(text(f"ALTER DATABASE \"{name}\" SET timezone TO 'America/Los_Angeles'"))
    except Exception as exc:
        admin.dispose()
        unavailable(f"PostgreSQL is not reachable: {exc.__class__.__name__}")
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@dataclass(frozen=True)
class Old:
    """One message as the old code stored it, and what it must become."""

    key: str
    source: str
    headers: str  # raw header lines
    received: datetime  # the aware value the old writer was given
    date_header: datetime | None
    expected: datetime
    expected_source: str
    late_days: int | None  # None: no submission


OLD = [
    # Drop folder, Date used: the reported bug (20:00+07:00 read back as 20:00 UTC).
    Old(
        "a", "drop", "Date: Sun, 07 Apr 2024 20:00:00 +0700",
        datetime(2024, 4, 7, 20, 0, tzinfo=ICT), datetime(2024, 4, 7, 20, 0, tzinfo=ICT),
        datetime(2024, 4, 7, 13, 0, tzinfo=UTC), "header", 0,
    ),
    # Drop folder, a Date from a clock years ahead: the file time (UTC) was used.
    Old(
        "b", "drop", "Date: Mon, 07 Apr 2031 20:00:00 +0700",
        datetime(2024, 4, 8, 1, 0, tzinfo=UTC), datetime(2031, 4, 7, 20, 0, tzinfo=ICT),
        datetime(2024, 4, 8, 1, 0, tzinfo=UTC), "arrival", None,
    ),
    # IMAP, a server in Hà Nội: INTERNALDATE came with +07:00; its Received header shows it.
    Old(
        "c", "imap",
        "Received: from mx.gmail.test by mail.nghiathai.test; Sun, 07 Apr 2024 23:59:58 +0700\r\n"
        "Date: Sun, 07 Apr 2024 23:50:00 +0700",
        datetime(2024, 4, 7, 23, 59, 59, tzinfo=ICT), datetime(2024, 4, 7, 23, 50, tzinfo=ICT),
        datetime(2024, 4, 7, 16, 59, 59, tzinfo=UTC), "internaldate", 0,
    ),
    # IMAP, Gmail: INTERNALDATE in +00:00 although its Received headers say -07:00.
    Old(
        "d", "imap",
        "Received: by 2002:a05:6000::1 with SMTP id x; Sun, 7 Apr 2024 09:59:58 -0700 (PDT)\r\n"
        "Date: Sun, 07 Apr 2024 23:58:00 +0700",
        datetime(2024, 4, 7, 16, 59, 59, tzinfo=UTC), datetime(2024, 4, 7, 23, 58, tzinfo=ICT),
        datetime(2024, 4, 7, 16, 59, 59, tzinfo=UTC), "internaldate", 0,
    ),
    # IMAP without any header to tell the offset: kept as it was read, UTC.
    Old(
        "e", "imap", "Subject: no dates",
        datetime(2024, 4, 7, 10, 0, tzinfo=UTC), None,
        datetime(2024, 4, 7, 10, 0, tzinfo=UTC), "internaldate", None,
    ),
    # A resend pair whose order the wall clocks inverted: f was first, g is current.
    Old(
        "f", "drop", "Date: Mon, 08 Apr 2024 06:00:00 +0700",
        datetime(2024, 4, 8, 6, 0, tzinfo=ICT), datetime(2024, 4, 8, 6, 0, tzinfo=ICT),
        datetime(2024, 4, 7, 23, 0, tzinfo=UTC), "header", 1,
    ),
    Old(
        "g", "imap",
        "Received: by mx.google.test; Mon, 8 Apr 2024 01:59:59 +0000\r\n"
        "Date: Mon, 08 Apr 2024 08:59:00 +0700",
        datetime(2024, 4, 8, 2, 0, tzinfo=UTC), datetime(2024, 4, 8, 8, 59, tzinfo=ICT),
        datetime(2024, 4, 8, 2, 0, tzinfo=UTC), "internaldate", 1,
    ),
]  # fmt: skip


def old_value(conn: Connection, value: datetime | None) -> object:
    """What the old writer handed the database: SQLite got the value's own wall clock."""
    if value is None or conn.dialect.name != "sqlite":
        return value
    return value.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def old_late_days(conn: Connection, row: Old) -> int:
    """What the old code computed: right on PostgreSQL, wall clock taken as UTC on SQLite."""
    moment = row.received
    if conn.dialect.name == "sqlite":
        moment = row.received.replace(tzinfo=UTC)
    local = moment.astimezone(ICT).date()
    return max(0, (local - date(2024, 4, 7)).days)


def insert_old_rows(conn: Connection) -> dict[str, int]:
    ids = itertools.count(1)
    conn.execute(
        text(
            "INSERT INTO campaigns (id, slug, name, year, timezone, settings, active) "
            "VALUES (1, 'dvk-2024', 'DVK 2024', 2024, 'Asia/Ho_Chi_Minh', '{}', :t)"
        ),
        {"t": True},
    )
    conn.execute(
        text(
            "INSERT INTO deadlines (id, campaign_id, kind, due_date) "
            "VALUES (1, 1, 'registration', :due)"
        ),
        {"due": date(2024, 4, 7)},
    )
    ids_by_key: dict[str, int] = {}
    units: set[str] = set()
    for row in OLD:
        raw = f"{row.headers}\r\nMessage-ID: <{row.key}@old.test>\r\n\r\nbody {row.key}\r\n"
        sha = uuid.uuid4().hex + uuid.uuid4().hex
        conn.execute(
            text("INSERT INTO blobs (sha256, size, data) VALUES (:s, :n, :d)"),
            {"s": sha, "n": len(raw), "d": raw.encode()},
        )
        message_id = next(ids)
        ids_by_key[row.key] = message_id
        conn.execute(
            text(
                "INSERT INTO messages (id, source, raw_sha256, raw_size, received_at, date_header,"
                " classification, authenticity, parse_defects, state, attempts) VALUES (:id, :src,"
                " :sha, :n, :received, :date, 'normal', 'unknown', '[]', 'processed', 1)"
            ),
            {
                "id": message_id,
                "src": row.source,
                "sha": sha,
                "n": len(raw),
                "received": old_value(conn, row.received),
                "date": old_value(conn, row.date_header),
            },
        )
        if row.late_days is None:
            continue
        unit = "u-fg" if row.key in "fg" else f"u-{row.key}"
        if unit not in units:
            units.add(unit)
            conn.execute(
                text(
                    "INSERT INTO units (id, name, kind, aliases, active) "
                    "VALUES (:u, :u, 'chi_bo', '[]', :t)"
                ),
                {"u": unit, "t": True},
            )
        conn.execute(
            text(
                "INSERT INTO attachments (id, message_id, part, filename, media_type, size, sha256)"
                " VALUES (:id, :id, '2', 'dk.docx', 'application/pdf', 1, :sha)"
            ),
            {"id": message_id, "sha": sha},
        )
        conn.execute(
            text(
                "INSERT INTO extractions (id, attachment_id, kind, fields, confidence, warnings,"
                " source, corrected) VALUES (:id, :id, 'registration', '{}', '{}', '[]', 'docx', :f)"
            ),
            {"id": message_id, "f": False},
        )
        conn.execute(
            text(
                "INSERT INTO submissions (id, extraction_id, message_id, unit_id, deadline_id,"
                " model_key, received_at, late_days, is_current, review_state, review_reasons,"
                " candidates, flags) VALUES (:id, :id, :id, :unit, 1, 'm:x', :received, :late,"
                " :current, 'accepted', '[]', '[]', '[]')"
            ),
            {
                "id": message_id,
                "unit": unit,
                "received": old_value(conn, row.received),
                "late": old_late_days(conn, row),
                "current": True,
            },
        )
    # The current one of the resend pair, as the old order (by stored values) elected it.
    by_key = {row.key: row for row in OLD}
    if conn.dialect.name == "sqlite":
        wall_order = sorted("fg", key=lambda k: str(old_value(conn, by_key[k].received)))
    else:
        wall_order = sorted("fg", key=lambda k: by_key[k].received)
    first, last = (ids_by_key[k] for k in wall_order)
    conn.execute(
        text("UPDATE submissions SET is_current = :f, superseded_by_id = :n WHERE id = :id"),
        {"f": False, "n": last, "id": first},
    )
    return ids_by_key


def check_upgraded(url: str, ids: dict[str, int]) -> None:
    """Messages and submissions (same ids here) hold the expected instants and lateness."""
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            messages = {m.id: m for m in session.scalars(select(Message))}
            for row in OLD:
                message = messages[ids[row.key]]
                assert message.received_at == row.expected, row.key
                assert message.received_at_source == row.expected_source, row.key
                assert message.date_header == row.date_header, row.key
            subs = {s.id: s for s in session.scalars(select(Submission))}
            for row in OLD:
                if row.late_days is None:
                    continue
                sub = subs[ids[row.key]]
                assert sub.received_at == row.expected, row.key
                assert sub.late_days == row.late_days, row.key
            f, g = subs[ids["f"]], subs[ids["g"]]
            assert (f.is_current, f.superseded_by_id) == (False, g.id)
            assert (g.is_current, g.superseded_by_id) == (True, None)
    finally:
        engine.dispose()


def test_old_rows_become_utc_instants(empty_url: str) -> None:
    cfg = config(empty_url)
    command.upgrade(cfg, "0001")
    engine = create_engine(empty_url)
    try:
        with engine.begin() as conn:
            ids = insert_old_rows(conn)
    finally:
        engine.dispose()
    # Checked at head: the models the check reads with are head's, and the later migrations must
    # carry 0002's instants through unchanged.
    command.upgrade(cfg, "head")
    check_upgraded(empty_url, ids)
    command.downgrade(cfg, "0001")
    command.upgrade(cfg, "head")
    check_upgraded(empty_url, ids)
