"""Every received message stored exactly once, raw, before anything else happens to it.

A message is the same message when its raw bytes are the same (SHA-256) or when it sits at a
location already seen (mailbox, folder, UIDVALIDITY, UID). A duplicate returns the stored id and
only gains the new location, so a message delivered twice, moved by staff into another watched
folder, or found again after a UIDVALIDITY change is one row with several locations.

Nothing here commits: the caller commits and only then acts on the mail server (flag, move) or
the drop folder (move the file), so a crash in between finds the message again and deduplicates
it. Two watchers storing the same message at once are settled by the database's unique keys: the
loser rolls back to a savepoint and returns the winner's row.

Bytes live in `Blob` rows keyed by their SHA-256 and are inserted with "on conflict do nothing",
so the same attachment sent by many units is one blob and concurrent inserts never collide.

Copies: a message with other bytes but the Message-ID and sender of one stored earlier, and no
file the earlier one lacks (a mailing-list copy, the same mail reaching two watched addresses),
is stored in full as evidence and linked to the first (`duplicate_of_id`); the notifier answers
the first only. The first of each (Message-ID, sender) pair claims a unique `copy_key`, so two
copies stored at the same moment by two watchers cannot both become "the first": the loser's
insert conflicts, and its retry finds the winner and links to it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from documents import clock
from documents.lifecycle import MessageState
from documents.models import Attachment, Blob, MailLocation, Message
from ingest.mime import ParsedAttachment, ParsedMail, parse_message
from ingest.settings import IngestSettings

log = logging.getLogger(__name__)

#: A Date header is believed within these bounds around the arrival: no mail is written more
#: than a day after it arrived (a sender's clock running ahead), and one written more than ten
#: years before is a reset clock (1970, 1980, 2000). The past bound is wide on purpose: the drop
#: folder also takes backlogs exported from a mail client, whose file times are the export's.
DATE_AHEAD_LIMIT = timedelta(days=1)
DATE_BEHIND_LIMIT = timedelta(days=3653)

#: Where `Message.received_at` came from.
FROM_INTERNALDATE = "internaldate"  # the IMAP server's arrival time
FROM_HEADER = "header"  # the sender's Date header
FROM_ARRIVAL = "arrival"  # when dvk got it: the drop folder file's time, else the time of storing


@dataclass(frozen=True)
class MailboxLocation:
    """Where a message sits on a server; `mailbox` is the account as `user@host`."""

    mailbox: str
    folder: str
    uidvalidity: int
    uid: int


@dataclass(frozen=True)
class StoreResult:
    message_id: int
    created: bool  # False for a duplicate


@dataclass(frozen=True)
class IncomingMail:
    """One message of a batch. `received_at` is the server's INTERNALDATE (aware, in the server's
    offset); without it, `fallback_received_at` (a file's mtime) or else the current time is the
    arrival, and the Date header is used when plausible around it (see `received_time`)."""

    raw: bytes
    received_at: datetime | None = None
    location: MailboxLocation | None = None
    fallback_received_at: datetime | None = None
    parsed: ParsedMail | None = None  # `parse_for(settings, raw)` done ahead, e.g. in a thread


def parse_for(settings: IngestSettings, raw: bytes) -> ParsedMail:
    """`parse_message` with this installation's own address and trusted authentication ids."""
    own = (settings.office_email or "").strip().lower()
    return parse_message(
        raw,
        own_addresses=frozenset([own]) if own else frozenset(),
        trusted_authserv_ids=frozenset(settings.trusted_authserv_ids),
    )


def store_message(
    session: Session,
    raw: bytes,
    *,
    source: str,
    received_at: datetime | None,
    settings: IngestSettings,
    location: MailboxLocation | None = None,
    fallback_received_at: datetime | None = None,
) -> StoreResult:
    """Store one message (or find it stored); does not commit. Raises on a database error."""
    mail = IncomingMail(raw, received_at, location, fallback_received_at)
    return _store_one_retrying(session, mail, hashlib.sha256(raw).hexdigest(), source, settings)


def store_messages(
    session: Session, mails: Sequence[IncomingMail], *, source: str, settings: IngestSettings
) -> list[StoreResult | None]:
    """Store a batch in one flush (one commit for the caller); does not commit.

    The result is aligned with `mails`; None marks a message that could not be stored (logged),
    which the caller must leave untouched on the server so that the next pass tries it again.
    A conflict or error in the batch falls back to storing message by message.
    """
    if not mails:
        return []
    digests = [hashlib.sha256(mail.raw).hexdigest() for mail in mails]
    _begin(session)
    try:
        with session.begin_nested():
            return list(_store_batch(session, mails, digests, source, settings))
    except SQLAlchemyError as exc:
        log.info("batch store fell back to one by one: %s", exc.__class__.__name__)
    results: list[StoreResult | None] = []
    for mail, digest in zip(mails, digests, strict=True):
        try:
            results.append(_store_one_retrying(session, mail, digest, source, settings))
        except SQLAlchemyError as exc:
            log.error("message %s could not be stored: %s", _describe(mail, digest), exc)
            results.append(None)
    return results


def _begin(session: Session) -> None:
    """Open a real transaction before a savepoint. Python's sqlite3 driver begins one only
    before its first write, so a savepoint opened first would be the outermost one and its
    release would commit — breaking "the caller commits". IMMEDIATE takes SQLite's write lock
    now, so a second writer waits and then sees the first one's rows instead of failing on a
    stale snapshot."""
    if session.get_bind().dialect.name != "sqlite":
        return
    connection = session.connection()
    driver = connection.connection.driver_connection
    if driver is not None and not driver.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _describe(mail: IncomingMail, digest: str) -> str:
    where = mail.location
    if where is None:
        return f"sha256={digest[:12]}"
    return f"{where.mailbox}/{where.folder} uid={where.uid} sha256={digest[:12]}"


def _store_one_retrying(
    session: Session, mail: IncomingMail, digest: str, source: str, settings: IngestSettings
) -> StoreResult:
    # A unique-key conflict means another writer stored the same message (or location) first;
    # the second attempt finds its row.
    _begin(session)
    for attempt in range(3):
        try:
            with session.begin_nested():
                return _store_batch(session, [mail], [digest], source, settings)[0]
        except IntegrityError:
            if attempt == 2:
                raise
            log.info("concurrent store of %s, looking again", _describe(mail, digest))
    raise AssertionError("unreachable")  # pragma: no cover


def _store_batch(
    session: Session,
    mails: Sequence[IncomingMail],
    digests: Sequence[str],
    source: str,
    settings: IngestSettings,
) -> list[StoreResult]:
    known_messages = _existing_messages(session, set(digests))
    known_locations = _existing_locations(
        session, [m.location for m in mails if m.location is not None]
    )
    new_locations: set[MailboxLocation] = set()
    created: dict[str, Message] = {}
    planned: list[tuple[str, int | Message]] = []  # per mail: kind, id or new row
    blobs: dict[str, bytes] = {}
    firsts = _FirstCopies(session)
    for mail, digest in zip(mails, digests, strict=True):
        where = mail.location
        if where is not None and where in known_locations:
            planned.append(("dup", known_locations[where]))
            continue
        if digest in known_messages or digest in created:
            existing: int | Message = known_messages.get(digest) or created[digest]
            if where is not None and where not in new_locations:
                new_locations.add(where)
                session.add(_location_row(where, existing))
            planned.append(("dup", existing))
            continue
        parsed = mail.parsed or parse_for(settings, mail.raw)
        row = _message_row(parsed, mail, digest, source)
        blobs.setdefault(digest, mail.raw)
        for attachment in parsed.attachments:
            sha = hashlib.sha256(attachment.data).hexdigest()
            blobs.setdefault(sha, attachment.data)
            row.attachments.append(_attachment_row(attachment, sha))
        firsts.link(row)
        if where is not None:
            new_locations.add(where)
            row.locations.append(_location_row(where, None))
        created[digest] = row
        planned.append(("new", row))

    _insert_blobs(session, blobs)
    session.add_all(created.values())
    session.flush()
    return [
        StoreResult(target.id, kind == "new")
        if isinstance(target, Message)
        else StoreResult(target, False)
        for kind, target in planned
    ]


def copy_key(message_id_header: str | None, sender: str | None) -> str | None:
    """The identity copies share: the Message-ID with the (canonical) sender; None without."""
    if not message_id_header or not sender:
        return None
    return hashlib.sha256(f"{message_id_header}\n{sender}".encode()).hexdigest()


class _FirstCopies:
    """Finds the first message of a (Message-ID, sender) pair, stored or earlier in the batch,
    and links a new row to it as a copy, or makes the row the first."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.in_batch: dict[str, Message] = {}

    def _stored_first(self, row: Message) -> tuple[int, set[str]] | None:
        # No autoflush: the batch's rows must not be written before their blobs.
        with self.session.no_autoflush:
            return self._query_first(row)

    def _query_first(self, row: Message) -> tuple[int, set[str]] | None:
        first = self.session.scalar(
            select(Message.id)
            .where(
                Message.message_id_header == row.message_id_header,
                Message.sender == row.sender,
                Message.duplicate_of_id.is_(None),
            )
            .order_by(Message.id)
            .limit(1)
        )
        if first is None:
            return None
        files = self.session.scalars(
            select(Attachment.sha256).where(Attachment.message_id == first)
        )
        return first, set(files)

    def link(self, row: Message) -> None:
        key = copy_key(row.message_id_header, row.sender)
        if key is None:
            return
        files = {attachment.sha256 for attachment in row.attachments}
        earlier = self.in_batch.get(key)
        if earlier is not None:
            if files <= {a.sha256 for a in earlier.attachments}:
                row.duplicate_of = earlier
            return
        stored = self._stored_first(row)
        if stored is None:
            row.copy_key = key
            self.in_batch[key] = row
        elif files <= stored[1]:
            row.duplicate_of_id = stored[0]
        # else: the same Message-ID bringing files the first lacked is a message of its own
        # (some clients reuse Message-IDs); it is processed and answered on its own.


def _existing_messages(session: Session, digests: set[str]) -> dict[str, int]:
    if not digests:
        return {}
    rows = session.execute(
        select(Message.raw_sha256, Message.id).where(Message.raw_sha256.in_(digests))
    )
    return {sha: mid for sha, mid in rows}


def _existing_locations(
    session: Session, locations: Sequence[MailboxLocation]
) -> dict[MailboxLocation, int]:
    found: dict[MailboxLocation, int] = {}
    groups: dict[tuple[str, str, int], set[int]] = {}
    for where in locations:
        groups.setdefault((where.mailbox, where.folder, where.uidvalidity), set()).add(where.uid)
    for (mailbox, folder, uidvalidity), uids in groups.items():
        rows = session.execute(
            select(MailLocation.uid, MailLocation.message_id).where(
                MailLocation.mailbox == mailbox,
                MailLocation.folder == folder,
                MailLocation.uidvalidity == uidvalidity,
                MailLocation.uid.in_(uids),
            )
        )
        for uid, message_id in rows:
            found[MailboxLocation(mailbox, folder, uidvalidity, uid)] = message_id
    return found


def _insert_blobs(session: Session, blobs: dict[str, bytes]) -> None:
    if not blobs:
        return
    present = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(blobs))))
    rows = [
        {"sha256": sha, "size": len(data), "data": data}
        for sha, data in blobs.items()
        if sha not in present
    ]
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    statement: Any
    if dialect == "postgresql":
        statement = postgresql.insert(Blob).on_conflict_do_nothing(index_elements=["sha256"])
    elif dialect == "sqlite":
        statement = sqlite.insert(Blob).on_conflict_do_nothing(index_elements=["sha256"])
    else:
        statement = insert(Blob)  # a conflict is then retried by the caller
    session.execute(statement, rows)


def _text(value: str | None, limit: int | None = None) -> str | None:
    """A string the database accepts: no NUL (PostgreSQL refuses it), no lone surrogate, and
    cut to the column's length."""
    if value is None:
        return None
    cleaned = value.replace("\x00", "")
    if not cleaned.isascii():
        cleaned = cleaned.encode("utf-8", "replace").decode("utf-8")
    return cleaned[:limit] if limit is not None else cleaned


def received_time(
    internaldate: datetime | None, date_header: datetime | None, arrival: datetime | None
) -> tuple[datetime, str]:
    """The moment the register counts for a message, in UTC, and where it came from.

    INTERNALDATE is the server's own clock and wins. Otherwise the sender's Date header, with
    whatever offset it names, unless it falls outside `DATE_*_LIMIT` around the arrival (the
    file's time, or now), which is then used instead. Naive values are refused.
    """
    if internaldate is not None:
        return clock.utc(internaldate, "INTERNALDATE"), FROM_INTERNALDATE
    arrived = clock.utc(arrival, "the arrival time") if arrival is not None else clock.now()
    if date_header is not None:
        sent = clock.utc(date_header, "the Date header")
        if arrived - DATE_BEHIND_LIMIT <= sent <= arrived + DATE_AHEAD_LIMIT:
            return sent, FROM_HEADER
    return arrived, FROM_ARRIVAL


def _date_header(parsed: ParsedMail) -> datetime | None:
    """The Date header as a UTC instant; None when there is none or it names no real instant
    (year 1 at +14:00 is before the first representable UTC moment)."""
    if parsed.date is None:
        return None
    try:
        return clock.utc(parsed.date, "the Date header")
    except OverflowError:
        return None


def _message_row(parsed: ParsedMail, mail: IncomingMail, digest: str, source: str) -> Message:
    date_header = _date_header(parsed)
    received_at, received_from = received_time(
        mail.received_at, date_header, mail.fallback_received_at
    )
    return Message(
        source=source,
        raw_sha256=digest,
        raw_size=len(mail.raw),
        message_id_header=_text(parsed.message_id, 998),
        in_reply_to=_text(parsed.in_reply_to, 998),
        references=_text(" ".join(parsed.references)) or None,
        sender=_text(parsed.sender, 320),
        sender_name=_text(parsed.sender_name, 255),
        reply_to=_text(parsed.reply_to, 320),
        return_path=_text(parsed.return_path, 320),
        subject=_text(parsed.subject),
        date_header=date_header,
        received_at=received_at,
        received_at_source=received_from,
        body_text=_text(parsed.body_text),
        classification=parsed.classification,
        authenticity=parsed.authenticity,
        parse_defects=[_text(d) for d in parsed.defects],
        state=MessageState.RECEIVED,
        attempts=0,
    )


def _attachment_row(attachment: ParsedAttachment, sha: str) -> Attachment:
    return Attachment(
        part=_text(attachment.part, 64),
        filename=_text(attachment.filename, 255),
        original_filename=_text(attachment.original_filename),
        declared_type=_text(attachment.declared_type, 255),
        media_type=_text(attachment.media_type, 255),
        size=len(attachment.data),
        sha256=sha,
    )


def _location_row(where: MailboxLocation, message: int | Message | None) -> MailLocation:
    row = MailLocation(
        mailbox=where.mailbox,
        folder=where.folder,
        uidvalidity=where.uidvalidity,
        uid=where.uid,
        server_action_done=False,
    )
    if isinstance(message, Message):
        row.message = message
    elif message is not None:
        row.message_id = message
    return row
