"""The outbox: every automatic mail is planned once under an idempotency key, then sent.

States: planned → sending → sent, or → failed (5xx, or too many attempts), visible with its
`last_error`. A transient failure puts the row back to planned with `next_attempt_at` moved by
an exponential backoff. An acknowledgement dvk may not send by itself (an unverified sender, a
limit reached) is planned as `held`, with `hold_code`/`hold_reason`; it is never claimed until
the office releases it (→ planned) or drops it (→ dropped): see `documents.held_replies`.

Exactly-once, and its one exception
-----------------------------------
* Planning is idempotent: the key (`ack:<message>`, `reminder:<deadline>:<unit>:<slot>`,
  `digest:<deadline>:<slot>`) is unique, inserted with ON CONFLICT DO NOTHING, so a second plan
  returns the first row and never a second mail.
* Sending claims the row with one conditional UPDATE (`… WHERE id = ? AND state = 'planned'`);
  the database lets exactly one of two concurrent schedulers see rowcount 1, and only that one
  talks to the server. While a row is in "sending", `next_attempt_at` is the claim's lease expiry.
* The window: if the process dies after the server accepted the mail but before "sent" is
  committed, the row stays in "sending"; once the lease (`RetryPolicy.lease`, five minutes by
  default, `DVK_OUTBOX_LEASE_SECONDS`) has passed it is claimed again and the same bytes, with
  the same Message-ID, go out a second time. SMTP offers no way to ask whether a message was
  accepted, so this repeat (rare, and recognisable by the identical Message-ID that most
  clients fold) is the price of never losing a mail.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from documents import clock
from documents.addresses import bare_address, canonical_address, domain_of, mailbox_key
from documents.lifecycle import OutboxState
from documents.models import OutboundMail, OutboundRecipient, UnitEmail
from notifier.compose import Draft, build
from notifier.safety import clean_text
from notifier.senders import MailSender, PermanentSendError
from notifier.settings import NotifierSettings

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 8
FIRST_BACKOFF = timedelta(minutes=1)
MAX_BACKOFF = timedelta(hours=6)


@dataclass(frozen=True)
class RetryPolicy:
    """How long a claim holds and how retries spread out; from settings (`DVK_OUTBOX_*`), so an
    operator (or a fault test that cannot wait minutes) can change them without code.

    The lease must outlast the slowest send (the SMTP timeout), or a live sender's row could be
    claimed a second time."""

    lease: timedelta = LEASE
    first_backoff: timedelta = FIRST_BACKOFF
    max_backoff: timedelta = MAX_BACKOFF
    max_attempts: int = MAX_ATTEMPTS

    @classmethod
    def from_settings(cls, settings: NotifierSettings) -> RetryPolicy:
        return cls(
            lease=timedelta(seconds=settings.outbox_lease_seconds),
            first_backoff=timedelta(seconds=settings.outbox_first_backoff_seconds),
            max_backoff=timedelta(seconds=settings.outbox_max_backoff_seconds),
            max_attempts=settings.outbox_max_attempts,
        )

    def backoff(self, attempts: int) -> timedelta:
        """The wait after the `attempts`-th failed attempt: doubling, capped."""
        delay: timedelta = self.first_backoff * (2 ** max(attempts - 1, 0))
        return min(delay, self.max_backoff)


DEFAULT_POLICY = RetryPolicy()


def insert_ignore(session: Session, model: type[Any], values: Mapping[str, Any]) -> bool:
    """INSERT … ON CONFLICT (key) DO NOTHING, on PostgreSQL and SQLite alike; whether it
    inserted."""
    dialect = session.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    key = model.__table__.primary_key.columns.values()[0]
    statement = module.insert(model).values(**values).on_conflict_do_nothing().returning(key)
    # RETURNING, not rowcount: SQLAlchemy reports no rowcount for it on PostgreSQL.
    return session.execute(statement).first() is not None


def _recipient_rows(
    session: Session, outbound_id: int, to: tuple[str, ...], now: datetime
) -> list[OutboundRecipient]:
    """One normalised row per recipient: what the rate limits count (notifier.safety)."""
    canonical = {a: canonical_address(a) for a in to}
    known = set(
        session.scalars(
            select(UnitEmail.address).where(
                UnitEmail.address.in_({c for c in canonical.values() if c})
            )
        )
    )
    return [
        OutboundRecipient(
            outbound_id=outbound_id,
            mailbox_key=mailbox_key(address)[:320],
            domain=(domain_of(address) or "")[:255],
            listed=canonical[address] in known,
            created_at=now,
        )
        for address in to
    ]


def plan(
    session: Session,
    draft: Draft,
    *,
    now: datetime,
    templates_dir: Path | None,
    related_message_id: int | None = None,
    unit_id: str | None = None,
    deadline_id: int | None = None,
    hold: tuple[str, str] | None = None,
) -> OutboundMail:
    """The outbox row for `draft`: inserted now, or the one an earlier plan already made.

    `hold` (code, reason for the office) plans the row as "held" instead of "planned".
    """
    existing = session.scalar(
        select(OutboundMail).where(OutboundMail.idempotency_key == draft.idempotency_key)
    )
    if existing is not None:
        return existing
    raw, message_id = build(draft, now=now, templates_dir=templates_dir)
    values = {
        "purpose": draft.purpose,
        "idempotency_key": draft.idempotency_key,
        "to_addrs": list(draft.to),
        "subject": clean_text(draft.subject, limit=250),
        "message_id_header": message_id,
        "in_reply_to": draft.in_reply_to,
        "raw": raw,
        "state": OutboxState.HELD if hold else OutboxState.PLANNED,
        "attempts": 0,
        "created_at": clock.utc(now),
        "related_message_id": related_message_id,
        "unit_id": unit_id,
        "deadline_id": deadline_id,
        "hold_code": hold[0] if hold else None,
        "hold_reason": clean_text(hold[1], limit=1000) if hold else None,
    }
    inserted = insert_ignore(session, OutboundMail, values)
    row = session.scalar(
        select(OutboundMail)
        .where(OutboundMail.idempotency_key == draft.idempotency_key)
        .execution_options(populate_existing=True)
    )
    assert row is not None
    if inserted:
        session.add_all(_recipient_rows(session, row.id, draft.to, clock.utc(now)))
        session.flush()
    return row


def _claimable(now: datetime) -> ColumnElement[bool]:
    due = or_(OutboundMail.next_attempt_at.is_(None), OutboundMail.next_attempt_at <= now)
    stale = and_(OutboundMail.state == OutboxState.SENDING, OutboundMail.next_attempt_at <= now)
    return or_(and_(OutboundMail.state == OutboxState.PLANNED, due), stale)


def _envelope_from(raw: bytes) -> str:
    """The envelope sender: our own From, read by the one address parser."""
    return bare_address(str(BytesHeaderParser().parsebytes(raw).get("From") or "")) or ""


def send_one(
    sessions: sessionmaker[Session],
    outbox_id: int,
    sender: MailSender,
    *,
    now: datetime | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> str:
    """Claim one row, send it, record the outcome; returns the row's new (or current) state."""
    return _attempt(sessions, outbox_id, sender, clock.utc(now) if now else clock.now(), policy)[1]


def _attempt(
    sessions: sessionmaker[Session],
    outbox_id: int,
    sender: MailSender,
    now: datetime,
    policy: RetryPolicy,
) -> tuple[bool, str]:
    """(whether this call made the attempt, the row's state afterwards)."""
    with sessions.begin() as session:
        claimed = session.execute(
            update(OutboundMail)
            .where(OutboundMail.id == outbox_id, _claimable(now))
            .values(
                state=OutboxState.SENDING,
                attempts=OutboundMail.attempts + 1,
                next_attempt_at=now + policy.lease,
                last_attempt_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        row = session.get(OutboundMail, outbox_id, populate_existing=True)
        if row is None:
            raise LookupError(f"no outbox row {outbox_id}")
        if getattr(claimed, "rowcount", 0) != 1:
            return False, row.state
        raw, recipients, attempts = row.raw, [str(a) for a in row.to_addrs], row.attempts
    outcome: dict[str, Any]
    try:
        sender.send(raw, _envelope_from(raw), recipients)
    except PermanentSendError as exc:
        outcome = {"state": OutboxState.FAILED, "last_error": str(exc), "next_attempt_at": None}
    except Exception as exc:  # anything else is worth another try later
        error = str(exc) or exc.__class__.__name__
        if attempts >= policy.max_attempts:
            outcome = {
                "state": OutboxState.FAILED,
                "last_error": f"{error} (after {attempts} attempts)",
            }
        else:
            retry_at = now + policy.backoff(attempts)
            outcome = {
                "state": OutboxState.PLANNED,
                "last_error": error,
                "next_attempt_at": retry_at,
            }
    else:
        outcome = {
            "state": OutboxState.SENT,
            "sent_at": now,
            "last_error": None,
            "next_attempt_at": None,
        }
    with sessions.begin() as session:
        # Only our own claim may be closed: a row re-claimed after its lease is someone else's.
        session.execute(
            update(OutboundMail)
            .where(
                OutboundMail.id == outbox_id,
                OutboundMail.state == OutboxState.SENDING,
                OutboundMail.attempts == attempts,
            )
            .values(**outcome)
            .execution_options(synchronize_session=False)
        )
    level = logging.DEBUG if outcome["state"] == OutboxState.SENT else logging.WARNING
    log.log(level, "outbox %d: %s %s", outbox_id, outcome["state"], outcome.get("last_error") or "")
    return True, str(outcome["state"])


def send_due(
    sessions: sessionmaker[Session],
    sender: MailSender,
    *,
    now: datetime | None = None,
    limit: int = 100,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> int:
    """Send every row that is due (oldest first, at most `limit`); returns how many were sent."""
    now = clock.utc(now) if now else clock.now()
    with sessions() as session:
        ids = list(
            session.scalars(
                select(OutboundMail.id)
                .where(_claimable(now))
                .order_by(OutboundMail.id)
                .limit(limit)
            )
        )
    attempts = (_attempt(sessions, outbox_id, sender, now, policy) for outbox_id in ids)
    return sum(1 for mine, state in attempts if mine and state == OutboxState.SENT)
