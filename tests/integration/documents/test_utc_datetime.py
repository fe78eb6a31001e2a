"""One datetime column type on both databases: aware instants in, UTC instants out, naive refused.

Runs on SQLite and on PostgreSQL whose session TimeZone is America/Los_Angeles (see
`tests/conftest.py`), each with the process `TZ` set to UTC, Asia/Ho_Chi_Minh and
America/Los_Angeles.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import DateTime, Engine, select, text
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.db import make_engine
from documents.models import Base, LoginAttempt, User, UTCDateTime
from tests.conftest import PG_SESSION_TIMEZONE
from tests.timezones import process_tz  # noqa: F401

pytestmark = pytest.mark.usefixtures("process_tz")

ICT = timezone(timedelta(hours=7))
EDT = timezone(timedelta(hours=-4))
BOUNDARY = datetime(2024, 4, 7, 23, 59, 59, tzinfo=ICT)  # 16:59:59 UTC


def test_every_datetime_column_is_the_utc_type() -> None:
    columns = [
        column
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, DateTime | UTCDateTime)
    ]
    assert len(columns) >= 15
    assert [str(c) for c in columns if not isinstance(c.type, UTCDateTime)] == []


def test_postgres_sessions_here_are_not_in_utc(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW timezone")).scalar() == PG_SESSION_TIMEZONE
    finally:
        engine.dispose()


def test_a_naive_value_is_refused_when_written_and_when_compared(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session:
        session.add(LoginAttempt(username="x", succeeded=False, at=datetime(2024, 4, 7, 20, 0)))
        with pytest.raises(StatementError) as caught:
            session.flush()
        assert isinstance(caught.value.orig, clock.NaiveDatetimeError)
        assert "no time zone" in str(caught.value)
        session.rollback()
        with pytest.raises(StatementError) as caught:
            session.scalars(
                select(LoginAttempt).where(LoginAttempt.at <= datetime(2024, 4, 7, 20, 0))
            ).all()
        assert isinstance(caught.value.orig, clock.NaiveDatetimeError)
        session.rollback()
        assert session.scalars(select(LoginAttempt)).all() == []


def test_any_offset_reads_back_as_the_same_instant_in_utc(
    engine: Engine, sessions: sessionmaker[Session]
) -> None:
    with sessions() as session:
        session.add(LoginAttempt(username="ict", succeeded=True, at=BOUNDARY))
        session.add(LoginAttempt(username="edt", succeeded=True, at=BOUNDARY.astimezone(EDT)))
        session.add(
            LoginAttempt(username="later", succeeded=True, at=BOUNDARY + timedelta(seconds=2))
        )
        session.commit()
    with sessions() as session:
        rows = {a.username: a.at for a in session.scalars(select(LoginAttempt))}
        assert rows["ict"] == rows["edt"] == BOUNDARY
        assert all(value.utcoffset() == timedelta(0) for value in rows.values())
        # Compared in SQL against a bound in yet another offset: instants, not wall clocks.
        found = session.scalars(
            select(LoginAttempt.username).where(LoginAttempt.at <= BOUNDARY.astimezone(UTC))
        ).all()
        assert sorted(found) == ["edt", "ict"]
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            stored = conn.execute(text("SELECT at FROM login_attempts WHERE username='edt'"))
            assert stored.scalar() == "2024-04-07 16:59:59.000000"
        else:
            epoch = conn.execute(
                text("SELECT extract(epoch FROM at) FROM login_attempts WHERE username='edt'")
            ).scalar_one()
            assert float(epoch) == BOUNDARY.timestamp()


def test_database_clock_defaults_are_utc_instants(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        user = User(username="thu", password_hash="x")
        session.add(user)
        session.commit()
    with sessions() as session:
        created = session.scalars(select(User.created_at)).one()
    assert created.utcoffset() == timedelta(0)
    assert abs(created - clock.now()) < timedelta(minutes=1)
