"""The office's decisions on automatic replies dvk would not send by itself.

An acknowledgement to an unverified sender, or one over a rate limit, waits in the outbox as
"held" with its reason (see `notifier.ack`). The office releases it (it goes out with the next
send) or drops it (it never goes out). Both are one conditional update, so two people deciding
at once cannot both win, and both write the audit log. The CLI (`dvk outbox release|drop`) and
the web register call these same functions.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from documents.lifecycle import OutboxState
from documents.models import AuditEntry, Message, OutboundMail

HELD = OutboxState.HELD
DROPPED = OutboxState.DROPPED
PLANNED = OutboxState.PLANNED
#: Messages left unanswered that the office should read (see `notifier.ack.refusal`).
FOR_THE_OFFICE = ("own_thread", "stranger_no_form", "no_sender", "auth_fail")


class HeldReplyError(ValueError):
    """A decision that cannot be applied; the message is Vietnamese, shown to the office."""


@dataclass(frozen=True)
class HeldReply:
    """A held outbox row with the message it answers, as the office reads it."""

    id: int
    to: tuple[str, ...]
    subject: str
    hold_code: str | None
    hold_reason: str | None
    message_id: int | None
    sender: str | None
    sender_name: str | None
    message_subject: str | None


def held_replies(session: Session, limit: int = 200) -> list[HeldReply]:
    """The held rows, oldest first."""
    rows = session.execute(
        select(OutboundMail, Message)
        .outerjoin(Message, Message.id == OutboundMail.related_message_id)
        .where(OutboundMail.state == HELD)
        .order_by(OutboundMail.id)
        .limit(limit)
    )
    return [
        HeldReply(
            id=mail.id,
            to=tuple(str(a) for a in mail.to_addrs or ()),
            subject=mail.subject,
            hold_code=mail.hold_code,
            hold_reason=mail.hold_reason,
            message_id=message.id if message else None,
            sender=message.sender if message else None,
            sender_name=message.sender_name if message else None,
            message_subject=message.subject if message else None,
        )
        for mail, message in rows
    ]


def unanswered_for_the_office(session: Session, limit: int = 50) -> list[Message]:
    """The latest messages dvk chose not to answer and the office should read."""
    return list(
        session.scalars(
            select(Message)
            .where(Message.reply_code.in_(FOR_THE_OFFICE))
            .order_by(Message.id.desc())
            .limit(limit)
        )
    )


def _decide(session: Session, outbox_id: int, actor: str, new_state: str) -> OutboundMail:
    row = session.get(OutboundMail, outbox_id)
    if row is None:
        raise HeldReplyError(f"Không có thư #{outbox_id} trong hộp thư đi.")
    before = {"state": row.state, "hold_code": row.hold_code, "hold_reason": row.hold_reason}
    changed = session.execute(
        update(OutboundMail)
        .where(OutboundMail.id == outbox_id, OutboundMail.state == HELD)
        .values(state=new_state, next_attempt_at=None)
        .execution_options(synchronize_session=False)
    )
    if getattr(changed, "rowcount", 0) != 1:
        session.refresh(row)
        raise HeldReplyError(
            f"Thư #{outbox_id} không ở trạng thái chờ duyệt (đang là «{row.state}»)."
        )
    session.refresh(row)
    action = "outbox.release" if new_state == PLANNED else "outbox.drop"
    session.add(
        AuditEntry(
            actor=actor[:64],
            action=action,
            entity="outbound_mail",
            entity_id=str(outbox_id),
            before=before,
            after={"state": new_state},
        )
    )
    message = session.get(Message, row.related_message_id) if row.related_message_id else None
    if message is not None:
        verb = "đã duyệt gửi" if new_state == PLANNED else "đã bỏ, không gửi"
        message.reply_code = "released" if new_state == PLANNED else "dropped"
        message.reply_note = f"Thư xác nhận #{outbox_id}: {actor[:64]} {verb}."
    session.flush()
    return row


def release(session: Session, outbox_id: int, *, actor: str) -> OutboundMail:
    """Let a held reply go out with the next send; the caller commits."""
    return _decide(session, outbox_id, actor, PLANNED)


def drop(session: Session, outbox_id: int, *, actor: str) -> OutboundMail:
    """Decide that a held reply never goes out; the caller commits."""
    return _decide(session, outbox_id, actor, DROPPED)
