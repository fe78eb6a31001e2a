"""The state of every watched mailbox, as `dvk mailboxes`, /healthz and /metrics show it.

Read from `mail_accounts`, which the watcher writes after every pass; never a password (the
URLs there hold none, and the password column is not read here).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from documents import clock
from documents.db import session_commune
from documents.lifecycle import UNROUTED
from documents.models import Commune, MailAccount, Message

#: The states a mailbox can be in, worst last.
WAITING, OK, BACKING_OFF, DISABLED = "waiting", "ok", "backing off", "disabled"


def _age(now: datetime, then: datetime | None) -> float | None:
    return None if then is None else round((now - then).total_seconds(), 1)


def mailbox_state(row: MailAccount, commune: str | None, now: datetime) -> dict[str, Any]:
    """One account as JSON: what it is, how its last pass went, when it tries again."""
    if not row.enabled:
        status = DISABLED
    elif row.failures:
        status = BACKING_OFF
    elif row.last_success_at is None:
        status = WAITING
    else:
        status = OK
    return {
        "id": row.id,
        "commune": commune,
        "url": row.url,
        "origin": row.origin,
        "routes_by_recipient": row.routes_by_recipient,
        "status": status,
        "idle": row.idle,
        "uidvalidity": row.uidvalidity,
        "last_uid": row.last_uid,
        "last_success_at": clock.isoformat(row.last_success_at),
        "last_success_seconds_ago": _age(now, row.last_success_at),
        "lag_seconds": row.lag_seconds,
        "consecutive_failures": row.failures,
        "last_error": row.last_error,
        "last_error_at": clock.isoformat(row.last_error_at),
        "next_attempt_at": clock.isoformat(row.next_attempt_at) if row.failures else None,
    }


def mailbox_states(session: Session, now: datetime | None = None) -> list[dict[str, Any]]:
    """Every account, oldest first, with its commune's slug. In a commune's own transaction
    (a commune user's /healthz, `dvk --commune X mailboxes`) only that commune's accounts and
    the shared ones (no commune): `mail_accounts` is the operators' directory, outside
    row-level security, so the commune is chosen here."""
    now = now or clock.now()
    query = (
        select(MailAccount, Commune.slug)
        .outerjoin(Commune, Commune.id == MailAccount.commune_id)
        .order_by(MailAccount.id)
    )
    commune_id = session_commune(session)
    if commune_id is not None:
        query = query.where(
            or_(MailAccount.commune_id == commune_id, MailAccount.commune_id.is_(None))
        )
    rows = session.execute(query).all()
    return [mailbox_state(row, slug, now) for row, slug in rows]


def held_messages(session: Session) -> list[dict[str, Any]]:
    """The shared mailbox's messages no commune could be found for, oldest first, with why:
    what the province's administrator routes (`dvk mailboxes route`). `session` is the
    province's (they are held in its row)."""
    rows = session.scalars(
        select(Message).where(Message.reply_code == UNROUTED).order_by(Message.received_at)
    )
    return [
        {
            "id": m.id,
            "received_at": clock.isoformat(m.received_at),
            "sender": m.sender,
            "subject": m.subject,
            "reason": m.reply_note,
        }
        for m in rows
    ]
