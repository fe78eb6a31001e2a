"""Which time a stored message counts with, and that it is stored as that instant on both databases.

INTERNALDATE keeps its offset; a Date header with any offset is honoured; a Date far in the
future or the past falls back to the arrival; the message records which one it used. Every test
runs with the process `TZ` set to UTC, Asia/Ho_Chi_Minh and America/Los_Angeles.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.models import Message
from ingest.store import (
    DATE_AHEAD_LIMIT,
    DATE_BEHIND_LIMIT,
    MailboxLocation,
    received_time,
    store_message,
)
from tests.servers.mails import make_mail
from tests.timezones import process_tz  # noqa: F401
from workers.settings import Settings

pytestmark = pytest.mark.usefixtures("process_tz")

ICT = timezone(timedelta(hours=7))
EDT = timezone(timedelta(hours=-4))
SENT = datetime(2024, 4, 7, 20, 0, tzinfo=ICT)  # 13:00 UTC, on the deadline day in Hà Nội
ARRIVED = datetime(2024, 4, 7, 13, 2, tzinfo=UTC)


@pytest.mark.parametrize("offset", [ICT, EDT, UTC, timezone(timedelta(hours=5, minutes=45))])
def test_a_date_header_with_any_offset_is_honoured(offset: timezone) -> None:
    assert received_time(None, SENT.astimezone(offset), ARRIVED) == (SENT, "header")
    at, _ = received_time(None, SENT.astimezone(offset), ARRIVED)
    assert at.utcoffset() == timedelta(0)


def test_internaldate_wins_and_keeps_its_instant() -> None:
    internal = datetime(2024, 4, 7, 23, 59, 59, tzinfo=ICT)
    at, source = received_time(internal, datetime(2024, 4, 1, 8, 0, tzinfo=ICT), ARRIVED)
    assert (at, source) == (internal, "internaldate")
    assert at.isoformat() == "2024-04-07T16:59:59+00:00"


def test_dates_beyond_the_bounds_fall_back_to_the_arrival() -> None:
    just_ahead = ARRIVED + DATE_AHEAD_LIMIT
    assert received_time(None, just_ahead, ARRIVED) == (just_ahead, "header")
    too_far = ARRIVED + DATE_AHEAD_LIMIT + timedelta(seconds=1)
    assert received_time(None, too_far, ARRIVED) == (ARRIVED, "arrival")
    epoch = datetime(1970, 1, 1, tzinfo=UTC)  # a reset clock
    assert received_time(None, epoch, ARRIVED) == (ARRIVED, "arrival")
    assert received_time(None, ARRIVED - DATE_BEHIND_LIMIT - timedelta(seconds=1), ARRIVED) == (
        ARRIVED,
        "arrival",
    )
    # A backlog exported months later keeps the time each mail was sent.
    backlog = ARRIVED + timedelta(days=500)
    assert received_time(None, SENT, backlog) == (SENT, "header")


def test_without_a_date_or_a_file_time_the_arrival_is_now() -> None:
    assert received_time(None, None, ARRIVED) == (ARRIVED, "arrival")
    before = clock.now()
    at, source = received_time(None, datetime(2099, 1, 1, tzinfo=UTC), None)
    assert source == "arrival"
    assert before <= at <= clock.now()


def test_naive_times_are_refused() -> None:
    with pytest.raises(clock.NaiveDatetimeError, match="INTERNALDATE"):
        received_time(datetime(2024, 4, 7, 20, 0), None, None)
    with pytest.raises(clock.NaiveDatetimeError, match="arrival"):
        received_time(None, SENT, datetime(2024, 4, 7, 13, 2))


def _stored_text(engine: Engine, message_id: int) -> object:
    """What the database itself holds: SQLite's text, or PostgreSQL's epoch seconds."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            query = "SELECT received_at FROM messages WHERE id = :id"
        else:
            query = "SELECT extract(epoch FROM received_at) FROM messages WHERE id = :id"
        return conn.execute(text(query), {"id": message_id}).scalar()


def _expected_text(engine: Engine, instant: datetime) -> object:
    if engine.dialect.name == "sqlite":
        return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return instant.timestamp()


def test_the_drop_folder_path_stores_the_senders_instant(
    engine: Engine, sessions: sessionmaker[Session], settings: Settings
) -> None:
    with sessions() as session:
        result = store_message(
            session,
            make_mail(1, date=SENT),
            source="drop",
            received_at=None,
            settings=settings,
            fallback_received_at=ARRIVED,
        )
        session.commit()
    with sessions() as session:
        message = session.get(Message, result.message_id)
        assert message is not None
        assert message.received_at == SENT
        assert message.received_at.utcoffset() == timedelta(0)
        assert message.date_header == SENT
        assert message.received_at_source == "header"
    stored = _stored_text(engine, result.message_id)
    assert stored == _expected_text(engine, SENT)
    if engine.dialect.name == "sqlite":
        assert stored == "2024-04-07 13:00:00.000000"  # not the sender's wall clock 20:00


def test_the_imap_path_stores_internaldate_as_its_instant(
    engine: Engine, sessions: sessionmaker[Session], settings: Settings
) -> None:
    internal = datetime(2024, 4, 8, 0, 0, 1, tzinfo=ICT)
    with sessions() as session:
        result = store_message(
            session,
            make_mail(2, date=SENT),
            source="imap",
            received_at=internal,
            settings=settings,
            location=MailboxLocation("dvk@mail.test", "INBOX", 1, 1),
        )
        session.commit()
    with sessions() as session:
        message = session.scalars(select(Message).where(Message.id == result.message_id)).one()
        assert (message.received_at, message.received_at_source) == (internal, "internaldate")
        assert message.date_header == SENT
    assert _stored_text(engine, result.message_id) == _expected_text(engine, internal)


@pytest.mark.parametrize(
    "date",
    [
        "Fri, 31 Dec 9999 23:00:00 -0500",  # after the last representable UTC instant
        "Thu, 01 Jan 1970 00:00:00 +0000",
        "Mon, 07 Apr 2031 20:00:00 +0700",
    ],
)
def test_an_impossible_date_falls_back_to_the_arrival(
    sessions: sessionmaker[Session], settings: Settings, date: str
) -> None:
    raw = f"From: a@b.test\r\nDate: {date}\r\nSubject: x\r\nMessage-ID: <{date[-10:]}@t>\r\n\r\nx"
    with sessions() as session:
        result = store_message(
            session,
            raw.encode(),
            source="drop",
            received_at=None,
            settings=settings,
            fallback_received_at=ARRIVED,
        )
        session.commit()
    with sessions() as session:
        message = session.get(Message, result.message_id)
        assert message is not None
        assert (message.received_at, message.received_at_source) == (ARRIVED, "arrival")
