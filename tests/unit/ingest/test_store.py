"""store_message / store_messages on both databases: exactly once by bytes and by location."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from documents.models import Attachment, Blob, MailLocation, Message
from ingest.store import (
    IncomingMail,
    MailboxLocation,
    StoreResult,
    store_message,
    store_messages,
)
from tests.servers.mails import make_mail
from tests.threads import Worker
from workers.settings import Settings

WHEN = datetime(2024, 4, 5, 9, 30, tzinfo=UTC)


def _count(session: Session, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _loc(uid: int, uidvalidity: int = 7, folder: str = "INBOX") -> MailboxLocation:
    return MailboxLocation("dvk@mail.test", folder, uidvalidity, uid)


def test_stores_message_attachments_blobs_and_location(
    session: Session, settings: Settings
) -> None:
    raw = make_mail(1, date=datetime(2024, 4, 4, 20, 0, tzinfo=UTC))
    result = store_message(
        session, raw, source="imap", received_at=WHEN, settings=settings, location=_loc(3)
    )
    session.commit()
    assert result.created
    message = session.get(Message, result.message_id)
    assert message is not None
    assert message.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert message.raw_size == len(raw)
    assert message.source == "imap"
    assert message.state == "received"
    assert message.sender == "chibo1@nghiathai.test"
    assert message.subject == "Đăng ký mô hình Dân vận khéo số 1"
    assert (
        message.message_id_header is not None and "m1@nghiathai.test" in message.message_id_header
    )
    session.expire_all()  # read back what the database kept
    assert message.received_at == WHEN  # INTERNALDATE, not the Date header
    assert message.date_header is not None
    assert message.date_header == datetime(2024, 4, 4, 20, 0, tzinfo=UTC)
    assert [a.filename for a in message.attachments] == ["Đăng ký mô hình.docx"]
    assert message.attachments[0].media_type == "application/pdf"
    assert [(loc.uid, loc.server_action_done) for loc in message.locations] == [(3, False)]
    blob = session.get(Blob, message.raw_sha256)
    assert blob is not None and blob.data == raw
    attachment_blob = session.get(Blob, message.attachments[0].sha256)
    assert attachment_blob is not None and attachment_blob.data.startswith(b"%PDF-1.4")


def test_same_bytes_twice_is_one_message_with_two_locations(
    session: Session, settings: Settings
) -> None:
    raw = make_mail(2)
    first = store_message(
        session, raw, source="imap", received_at=WHEN, settings=settings, location=_loc(1)
    )
    session.commit()
    second = store_message(
        session, raw, source="imap", received_at=WHEN, settings=settings, location=_loc(2)
    )
    again = store_message(
        session, raw, source="imap", received_at=WHEN, settings=settings, location=_loc(2)
    )
    session.commit()
    assert first.created and not second.created and not again.created
    assert first.message_id == second.message_id == again.message_id
    assert _count(session, Message) == 1
    assert sorted(session.scalars(select(MailLocation.uid))) == [1, 2]
    assert _count(session, Blob) == 2  # the raw message and its one attachment


def test_known_location_is_not_parsed_again(session: Session, settings: Settings) -> None:
    store_message(
        session, make_mail(3), source="imap", received_at=WHEN, settings=settings, location=_loc(9)
    )
    session.commit()
    # Other bytes at a location already seen: the location decides (the server said so).
    result = store_message(
        session, make_mail(4), source="imap", received_at=WHEN, settings=settings, location=_loc(9)
    )
    assert not result.created
    assert _count(session, Message) == 1


def test_uidvalidity_change_adds_locations_only(session: Session, settings: Settings) -> None:
    mails = [IncomingMail(make_mail(n), WHEN, _loc(n, uidvalidity=1)) for n in range(1, 4)]
    store_messages(session, mails, source="imap", settings=settings)
    session.commit()
    rescan = [IncomingMail(make_mail(n), WHEN, _loc(n + 10, uidvalidity=2)) for n in range(1, 4)]
    results = store_messages(session, rescan, source="imap", settings=settings)
    session.commit()
    assert all(r is not None and not r.created for r in results)
    assert _count(session, Message) == 3
    assert _count(session, MailLocation) == 6


def test_batch_with_duplicates_inside_and_shared_attachment(
    session: Session, settings: Settings
) -> None:
    shared = b"%PDF-1.7 the same form sent by two units"
    a = make_mail(5, attachment=shared)
    b = make_mail(6, attachment=shared)
    batch = [
        IncomingMail(a, WHEN, _loc(1)),
        IncomingMail(b, WHEN, _loc(2)),
        IncomingMail(a, WHEN, _loc(3)),  # the same message delivered twice in one batch
    ]
    results = store_messages(session, batch, source="imap", settings=settings)
    session.commit()
    assert [r.created for r in results if r is not None] == [True, True, False]
    assert results[0] is not None and results[2] is not None
    assert results[0].message_id == results[2].message_id
    assert _count(session, Message) == 2
    assert _count(session, Attachment) == 2
    assert _count(session, Blob) == 3  # two raw messages, one shared attachment
    assert _count(session, MailLocation) == 3


def test_batch_falls_back_when_another_writer_stored_first(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    raw = make_mail(7)
    with sessions() as first:
        first.add_all([])
        store_message(first, raw, source="imap", received_at=WHEN, settings=settings)
        first.commit()
    # A second writer that looked before the first committed: simulated by storing a batch
    # whose message is already there; the result must still be a clean duplicate.
    with sessions() as second:
        results = store_messages(
            second,
            [IncomingMail(raw, WHEN, _loc(4)), IncomingMail(make_mail(8), WHEN, _loc(5))],
            source="imap",
            settings=settings,
        )
        second.commit()
    assert [r.created for r in results if r is not None] == [False, True]
    with sessions() as check:
        assert _count(check, Message) == 2


def test_drop_source_uses_date_header_then_mtime(session: Session, settings: Settings) -> None:
    dated = make_mail(10, date=datetime(2024, 4, 6, 23, 0, tzinfo=UTC))
    mtime = datetime(2024, 9, 1, tzinfo=UTC)
    r1 = store_message(
        session,
        dated,
        source="drop",
        received_at=None,
        settings=settings,
        fallback_received_at=mtime,
    )
    undated = make_mail(11)
    r2 = store_message(
        session,
        undated,
        source="drop",
        received_at=None,
        settings=settings,
        fallback_received_at=mtime,
    )
    future = make_mail(12, date=datetime(2031, 1, 1, tzinfo=UTC))
    r3 = store_message(
        session,
        future,
        source="drop",
        received_at=None,
        settings=settings,
        fallback_received_at=mtime,
    )
    session.commit()
    got = {m.id: m.received_at for m in session.scalars(select(Message))}
    assert got[r1.message_id] == datetime(2024, 4, 6, 23, 0, tzinfo=UTC)
    assert got[r2.message_id] == mtime
    assert got[r3.message_id] == mtime  # a Date from a wrong clock is not believed


@pytest.mark.parametrize(
    "raw", [b"\x00\x01\x02 not a mail \xff", b"Subject: a\x00b\r\n\r\nbody\x00"]
)
def test_hostile_bytes_are_stored(session: Session, settings: Settings, raw: bytes) -> None:
    result = store_message(session, raw, source="drop", received_at=WHEN, settings=settings)
    session.commit()
    message = session.get(Message, result.message_id)
    assert message is not None and message.raw_size == len(raw)
    blob = session.get(Blob, message.raw_sha256)
    assert blob is not None and blob.data == raw


def test_nothing_is_committed_by_store(sessions: sessionmaker[Session], settings: Settings) -> None:
    with sessions() as session:
        store_message(session, make_mail(13), source="imap", received_at=WHEN, settings=settings)
        session.rollback()
    with sessions() as check:
        assert _count(check, Message) == 0
        assert _count(check, Blob) == 0


def test_two_writers_storing_the_same_message_at_once(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    raw = make_mail(20)

    def second_writer() -> StoreResult:
        with sessions() as other:
            result = store_message(
                other,
                raw,
                source="imap",
                received_at=WHEN,
                settings=settings,
                location=_loc(2, folder="Archive"),
            )
            other.commit()
            return result

    with sessions() as first:
        mine = store_message(
            first, raw, source="imap", received_at=WHEN, settings=settings, location=_loc(1)
        )
        thread = Worker(second_writer)
        thread.start()
        if first.get_bind().dialect.name == "postgresql":
            # Let the second writer reach our uncommitted row and wait on its lock.
            for _ in range(2000):
                with sessions() as probe:
                    waiting = probe.scalar(text("SELECT count(*) FROM pg_locks WHERE NOT granted"))
                if waiting:
                    break
                thread.join(0.01)
            assert waiting, "the second writer never waited on the first one's row"
        first.commit()
    theirs = thread.result(60)  # raises what the second writer raised
    assert theirs.message_id == mine.message_id and not theirs.created
    with sessions() as check:
        assert _count(check, Message) == 1
        assert sorted(check.scalars(select(MailLocation.folder))) == ["Archive", "INBOX"]


# --- copies: the same Message-ID and sender with other bytes ----------------------------------


def _copy_of(raw: bytes, hop: str = "list.mail.test") -> bytes:
    """The same message after one more hop: other bytes, same Message-ID, sender and files."""
    return (
        f"Received: from {hop} by mx.nghiathai.test; Fri, 5 Apr 2024 09:31:00 +0000\r\n".encode()
        + raw
    )


def test_other_bytes_with_the_same_message_id_and_sender_are_a_copy(
    session: Session, settings: Settings
) -> None:
    raw = make_mail(30)
    first = store_message(session, raw, source="imap", received_at=WHEN, settings=settings)
    copy = store_message(session, _copy_of(raw), source="imap", received_at=WHEN, settings=settings)
    again = store_message(
        session, _copy_of(raw), source="imap", received_at=WHEN, settings=settings
    )
    session.commit()
    assert copy.created and copy.message_id != first.message_id
    assert not again.created and again.message_id == copy.message_id  # same bytes: deduplicated
    first_row, copy_row = (
        session.get(Message, first.message_id),
        session.get(Message, copy.message_id),
    )
    assert first_row is not None and copy_row is not None
    assert copy_row.duplicate_of_id == first_row.id and first_row.duplicate_of_id is None
    assert first_row.copy_key is not None and copy_row.copy_key is None
    assert [a.sha256 for a in copy_row.attachments] == [a.sha256 for a in first_row.attachments]
    assert _count(session, Message) == 2  # the copy is kept as evidence


def test_a_new_file_or_another_sender_is_not_a_copy(session: Session, settings: Settings) -> None:
    raw = make_mail(31)
    first = store_message(session, raw, source="imap", received_at=WHEN, settings=settings)
    new_file = make_mail(31, attachment=b"%PDF-1.4 another form")  # a client reusing the id
    other = store_message(session, new_file, source="imap", received_at=WHEN, settings=settings)
    spoof = make_mail(31, sender="attacker@evil.test")
    third = store_message(session, spoof, source="imap", received_at=WHEN, settings=settings)
    session.commit()
    for result in (other, third):
        row = session.get(Message, result.message_id)
        assert row is not None and result.message_id != first.message_id
        assert row.duplicate_of_id is None
    spoof_row = session.get(Message, third.message_id)
    assert spoof_row is not None and spoof_row.copy_key is not None  # first of its own pair


def test_copies_in_one_batch_link_to_the_first(session: Session, settings: Settings) -> None:
    raw = make_mail(32)
    results = store_messages(
        session,
        [
            IncomingMail(raw, WHEN),
            IncomingMail(_copy_of(raw), WHEN),
            IncomingMail(_copy_of(raw, "b.test"), WHEN),
        ],
        source="imap",
        settings=settings,
    )
    session.commit()
    ids = [r.message_id for r in results if r is not None]
    rows = [session.get(Message, i) for i in ids]
    assert [r.duplicate_of_id if r else -1 for r in rows] == [None, ids[0], ids[0]]


def test_two_writers_storing_two_copies_at_once_make_one_first(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    """Two watchers (the same mail sent to two watched addresses) store at the same moment:
    the copy_key of the first is unique, so the second writer's copy links to it."""
    raw = make_mail(33)

    def second_writer() -> StoreResult:
        with sessions() as other:
            result = store_message(
                other, _copy_of(raw), source="imap", received_at=WHEN, settings=settings
            )
            other.commit()
            return result

    with sessions() as first:
        mine = store_message(first, raw, source="imap", received_at=WHEN, settings=settings)
        thread = Worker(second_writer)
        thread.start()
        if first.get_bind().dialect.name == "postgresql":
            waiting = 0
            for _ in range(2000):
                with sessions() as probe:
                    waiting = probe.scalar(text("SELECT count(*) FROM pg_locks WHERE NOT granted"))
                if waiting:
                    break
                thread.join(0.01)
            assert waiting, "the second writer never waited on the first one's copy_key"
        first.commit()
    theirs = thread.result()
    assert isinstance(theirs, StoreResult) and theirs.created
    with sessions() as check:
        copy = check.get(Message, theirs.message_id)
        assert copy is not None and copy.duplicate_of_id == mine.message_id
