"""utc instants: received_at_source, and SQLite's stored wall-clock times made UTC

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06

Adds `messages.received_at_source` ("internaldate" | "header" | "arrival"): which time the
register counts for a message.

Existing rows. From now on every datetime column holds UTC (`models.UTCDateTime`). PostgreSQL
already did: `timestamptz` kept the offset of every aware value written, so only the new column
is filled in. SQLite did not: SQLAlchemy's SQLite DATETIME writes the wall-clock fields of the
value *as given* and drops its offset, and the old code read them back as UTC. What was stored:

- `messages.date_header`: the Date header's wall clock in the sender's offset. The raw message
  is in `blobs`, so the offset is read again from the header: exact.
- `messages.received_at`, drop folder: either that same Date (recognised because the wall clocks
  are equal: exact) or the file time / current time, which were UTC already.
- `messages.received_at`, IMAP: INTERNALDATE in the mail server's own offset, which was not kept.
  The topmost Received header (stamped by the receiving server moments before delivery) or else
  the Date header shows it: of the offsets UTC, the Received header's and the Date header's, the
  one that puts INTERNALDATE within two hours of that stamp is taken (Dovecot uses its local
  zone, Gmail +00:00); with no such evidence the value is kept as UTC.
- `submissions.received_at` is the message's time by definition and is copied from it;
  `late_days` is computed again in the campaign's zone, and each (unit, deadline, model) group
  re-elects its current submission, since corrected times can change which one is the latest.
- Every other column (`ingested_at`, `processed_at`, outbox, reminder slots, logins, audit) was
  written from UTC values or by CURRENT_TIMESTAMP, which is UTC: unchanged.

Downgrade drops the column and keeps the UTC values, which the old code also reads as UTC.
"""

from __future__ import annotations

import email.utils
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HEADER_BYTES = 262144  # headers of a message are read from at most this many first bytes
_EVIDENCE_TOLERANCE = timedelta(hours=2)


def upgrade() -> None:
    # A plain ADD COLUMN on both backends: a batch "move and copy" of `messages` would drop
    # the table, and with SQLite's foreign keys on that deletes every attachment (cascade).
    op.add_column(
        "messages",
        sa.Column("received_at_source", sa.String(length=16), server_default="arrival", nullable=False),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _convert_sqlite(bind)
    else:
        bind.execute(
            sa.text(
                "UPDATE messages SET received_at_source = CASE"
                " WHEN source = 'imap' THEN 'internaldate'"
                " WHEN date_header IS NOT NULL AND received_at = date_header THEN 'header'"
                " ELSE 'arrival' END"
            )
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Native DROP COLUMN (SQLite 3.35+), for the same reason as in `upgrade`.
        op.execute("ALTER TABLE messages DROP COLUMN received_at_source")
    else:
        op.drop_column("messages", "received_at_source")


# --- SQLite: wall-clock values of many offsets → UTC ------------------------------------------


def _stored(value: Any) -> datetime | None:
    """A value as SQLite holds it ("2024-04-07 20:00:00.000000"), naive."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _sqlite_text(instant: datetime) -> str:
    """The value as SQLAlchemy's SQLite DATETIME writes it, in UTC."""
    d = instant.astimezone(UTC)
    return (
        f"{d.year:04d}-{d.month:02d}-{d.day:02d} "
        f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}.{d.microsecond:06d}"
    )


def _parse_date(value: object) -> datetime | None:
    """A header date as the old envelope reader parsed it: aware, no zone taken as UTC."""
    try:
        parsed = email.utils.parsedate_to_datetime(" ".join(str(value).split()))
        aware = parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
        aware.astimezone(UTC)  # year 9999 at -05:00 is no representable instant
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return aware


def _headers(head: bytes | None) -> Message:
    data = bytes(head or b"")
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = data.find(separator)
        if end >= 0:
            data = data[: end + len(separator)]
            break
    return BytesHeaderParser(policy=compat32).parsebytes(data)


def _received_stamp(headers: Message) -> datetime | None:
    """The date of the topmost readable Received header: the receiving server's clock."""
    for value in headers.get_all("received") or []:
        stamp = _parse_date(str(value).rpartition(";")[2])
        if stamp is not None:
            return stamp
    return None


def _internaldate(stored: datetime, headers: Message, date: datetime | None) -> datetime:
    """INTERNALDATE stored as wall clock in an offset that was not kept (see the docstring)."""
    reference = _received_stamp(headers) or date
    if reference is None:
        return stored.replace(tzinfo=UTC)
    offsets = [timedelta(0)]
    for evidence in (reference, date):
        offset = evidence.utcoffset() if evidence is not None else None
        if offset is not None and offset not in offsets:
            offsets.append(offset)

    def residual(offset: timedelta) -> timedelta:
        return abs((stored - offset).replace(tzinfo=UTC) - reference)

    best = min(offsets, key=residual)
    if residual(best) > _EVIDENCE_TOLERANCE:
        return stored.replace(tzinfo=UTC)
    return (stored - best).replace(tzinfo=UTC)


def _message_times(
    source: str, received: datetime, date_stored: datetime | None, head: bytes | None
) -> tuple[datetime, datetime | None, str]:
    """(received_at, date_header, received_at_source) of one message, as UTC instants."""
    headers = _headers(head)
    date = _parse_date(headers["date"]) if headers["date"] is not None else None
    date_utc: datetime | None = None
    if date_stored is not None:
        same = date is not None and date.replace(tzinfo=None) == date_stored
        date_utc = date if same and date is not None else date_stored.replace(tzinfo=UTC)
    # The old writer stored the header's own wall clock; a database upgraded before (then
    # downgraded) holds its UTC wall clock: both mean the header was used.
    header_used = date is not None and received in (
        date.replace(tzinfo=None),
        date.astimezone(UTC).replace(tzinfo=None),
    )
    if source == "imap":
        instant = date if header_used and date is not None else _internaldate(received, headers, date)
        return instant, date_utc, "internaldate"
    if header_used and date is not None:
        return date, date_utc, "header"
    return received.replace(tzinfo=UTC), date_utc, "arrival"


def _convert_sqlite(bind: sa.Connection) -> None:
    rows = bind.execute(
        sa.text(
            "SELECT m.id, m.source, m.received_at, m.date_header, substr(b.data, 1, :n) "
            "FROM messages m JOIN blobs b ON b.sha256 = m.raw_sha256"
        ),
        {"n": _HEADER_BYTES},
    ).all()
    for message_id, source, received, date_header, head in rows:
        received_at = _stored(received)
        if received_at is None:
            continue
        try:
            instant, date_utc, how = _message_times(
                source, received_at, _stored(date_header), head
            )
        except OverflowError:  # a value at the edge of the calendar: keep it as it is
            continue
        bind.execute(
            sa.text(
                "UPDATE messages SET received_at = :received, date_header = :date, "
                "received_at_source = :how WHERE id = :id"
            ),
            {
                "received": _sqlite_text(instant),
                "date": _sqlite_text(date_utc) if date_utc is not None else None,
                "how": how,
                "id": message_id,
            },
        )
    bind.execute(
        sa.text(
            "UPDATE submissions SET received_at = "
            "(SELECT m.received_at FROM messages m WHERE m.id = submissions.message_id)"
        )
    )
    _recount_late_days(bind)
    _reelect_current(bind)


def _recount_late_days(bind: sa.Connection) -> None:
    rows = bind.execute(
        sa.text(
            "SELECT s.id, s.received_at, d.due_date, c.timezone FROM submissions s "
            "JOIN deadlines d ON d.id = s.deadline_id JOIN campaigns c ON c.id = d.campaign_id"
        )
    ).all()
    for submission_id, received, due, timezone in rows:
        instant = _stored(received)
        if instant is None:
            continue
        local = instant.replace(tzinfo=UTC).astimezone(ZoneInfo(timezone)).date()
        due_date = due if not isinstance(due, str) else datetime.fromisoformat(due).date()
        bind.execute(
            sa.text("UPDATE submissions SET late_days = :late WHERE id = :id"),
            {"late": max(0, (local - due_date).days), "id": submission_id},
        )


def _reelect_current(bind: sa.Connection) -> None:
    """The register's rule (documents.register.refresh_group): the latest submission of each
    (unit, deadline, model) that the office did not reject is current, older ones point on."""
    rows = bind.execute(
        sa.text(
            "SELECT id, unit_id, deadline_id, model_key, received_at, review_state "
            "FROM submissions WHERE unit_id IS NOT NULL AND deadline_id IS NOT NULL"
        )
    ).all()
    groups: dict[tuple[Any, Any, Any], list[tuple[datetime, int, str]]] = defaultdict(list)
    for sid, unit_id, deadline_id, model_key, received, review_state in rows:
        stamp = _stored(received) or datetime.min
        groups[(unit_id, deadline_id, model_key)].append((stamp, sid, review_state))
    update = sa.text(
        "UPDATE submissions SET is_current = :current, superseded_by_id = :next WHERE id = :id"
    )
    for members in groups.values():
        members.sort()
        live = [sid for _, sid, state in members if state != "rejected"]
        for _, sid, state in members:
            if state == "rejected":
                bind.execute(update, {"current": False, "next": None, "id": sid})
        for older, newer in pairwise(live):
            bind.execute(update, {"current": False, "next": newer, "id": older})
        if live:
            bind.execute(update, {"current": True, "next": None, "id": live[-1]})
