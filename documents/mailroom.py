"""The mail room: every message received, the ones that need a person first, and the office's
two actions on them that no other page offers (retry a message, send a reply again).

What needs a person (`lifecycle.Attention`): a message whose processing failed or was
quarantined, one whose acknowledgement is held or could not be sent, one with a form registered
without a unit. The order is computed in SQL (small derived tables of the held and failed
outbox rows and of the unit-less submissions, each read through an index), so a mailbox of any
size pages without loading it. Releasing or dropping a held reply and assigning a unit are
`documents.held_replies` and `documents.review`'s, shared with the other pages and the CLI.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select, update
from sqlalchemy.orm import Session, defer, load_only, selectinload

from documents import clock
from documents.lifecycle import (
    ATTENTION_ORDER,
    PIPELINE,
    UNROUTED,
    Attention,
    DocumentState,
    MessageState,
    OutboxState,
    ReviewState,
    Stage,
    document_state,
)
from documents.models import (
    Attachment,
    AuditEntry,
    Campaign,
    ExtractionRecord,
    Message,
    OutboundMail,
    Submission,
)
from documents.pipeline import is_form_candidate, reset_for_reprocessing

PER_PAGE = 50
#: The state filter that keeps only the messages needing a person.
NEEDS_PERSON = "can-xu-ly"
_CALM = len(ATTENTION_ORDER)  # the rank of a message that needs nobody
#: `Message.reply_code`s that mean an acknowledgement went (or goes) out (`notifier.ack`).
ACKNOWLEDGED = frozenset({"ack", "released"})
_READ = frozenset({DocumentState.UNREADABLE, DocumentState.READ, DocumentState.REGISTERED})


class MailroomError(ValueError):
    """An action that cannot be applied; the message is Vietnamese, shown to the office."""


@dataclass(frozen=True)
class Filters:
    """What the office narrows the mail room to. Dates are local days of the campaign's zone,
    both included."""

    state: str | None = None  # a MessageState, or NEEDS_PERSON
    unit_id: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class Document:
    attachment: Attachment
    state: DocumentState
    extraction_id: int | None = None  # read: the document page shows its fields


@dataclass(frozen=True)
class Row:
    """One message as the mail room shows it, with why it waits and what the action acts on."""

    message: Message
    attention: Attention | None
    reason: str | None
    outbox_id: int | None  # the held or unsent acknowledgement
    submission_id: int | None  # the form registered without a unit
    candidates: tuple[dict[str, Any], ...]  # units the matcher thought of, best first
    documents: tuple[Document, ...]

    @property
    def stages(self) -> tuple[tuple[Stage, bool], ...]:
        """Each stage of the pipeline, in order, and whether this message has been through it."""
        done = stages_done(self.message, self.documents)
        return tuple((stage, stage in done) for stage in PIPELINE)


def stages_done(message: Message, documents: Sequence[Document]) -> frozenset[Stage]:
    """The stages a message has been through, from what the database holds: stored and
    classified on arrival, its forms read, its unit known, a form counted, a reply planned."""
    states = {d.state for d in documents}
    done = {Stage.STORE, Stage.CLASSIFY}
    if states & _READ:
        done.add(Stage.EXTRACT)
    if message.unit_id is not None:
        done.add(Stage.MATCH)
    if DocumentState.REGISTERED in states:
        done.add(Stage.REGISTER)
    if message.reply_code in ACKNOWLEDGED:
        done.add(Stage.ACKNOWLEDGE)
    return frozenset(done)


@dataclass(frozen=True)
class Page:
    rows: tuple[Row, ...]
    total: int
    number: int
    count: int
    needing: int = 0  # messages needing a person among the filtered ones
    per_page: int = PER_PAGE


def _outbox_by_message(state: OutboxState) -> Any:
    """(message id, first outbox id) of the acknowledgements in `state`: few rows (indexed)."""
    return (
        select(
            OutboundMail.related_message_id.label("message_id"),
            func.min(OutboundMail.id).label("outbox_id"),
        )
        .where(OutboundMail.state == state, OutboundMail.related_message_id.is_not(None))
        .group_by(OutboundMail.related_message_id)
        .subquery()
    )


def _ranked() -> tuple[Select[Any], ColumnElement[int]]:
    """Every message with its attention rank, the held/unsent outbox id and unit-less form."""
    held = _outbox_by_message(OutboxState.HELD)
    unsent = _outbox_by_message(OutboxState.FAILED)
    no_unit = (
        select(
            Submission.message_id.label("message_id"),
            func.min(Submission.id).label("submission_id"),
        )
        .where(
            Submission.unit_id.is_(None),
            Submission.is_current.is_(True),
            Submission.review_state != ReviewState.REJECTED,
        )
        .group_by(Submission.message_id)
        .subquery()
    )
    rank = case(
        (Message.state == MessageState.QUARANTINED, ATTENTION_ORDER.index(Attention.QUARANTINED)),
        (Message.state == MessageState.FAILED, ATTENTION_ORDER.index(Attention.FAILED)),
        (held.c.outbox_id.is_not(None), ATTENTION_ORDER.index(Attention.HELD)),
        (unsent.c.outbox_id.is_not(None), ATTENTION_ORDER.index(Attention.UNSENT)),
        (no_unit.c.submission_id.is_not(None), ATTENTION_ORDER.index(Attention.NO_UNIT)),
        else_=_CALM,
    )
    query = (
        select(
            Message.id,
            rank.label("rank"),
            func.coalesce(held.c.outbox_id, unsent.c.outbox_id).label("outbox_id"),
            no_unit.c.submission_id,
        )
        .outerjoin(held, held.c.message_id == Message.id)
        .outerjoin(unsent, unsent.c.message_id == Message.id)
        .outerjoin(no_unit, no_unit.c.message_id == Message.id)
    )
    return query, rank


def _filtered(
    query: Select[Any], rank: ColumnElement[int], filters: Filters, campaign: Campaign | None
) -> Select[Any]:
    if filters.state == NEEDS_PERSON:
        query = query.where(rank < _CALM)
    elif filters.state:
        query = query.where(Message.state == filters.state)
    if filters.unit_id:
        query = query.where(Message.unit_id == filters.unit_id)
    if filters.since is not None:
        query = query.where(
            Message.received_at >= clock.local_moment(filters.since, time(0), campaign)
        )
    if filters.until is not None:
        end = clock.local_moment(filters.until + timedelta(days=1), time(0), campaign)
        query = query.where(Message.received_at < end)
    return query


def mailroom_page(
    session: Session,
    filters: Filters,
    *,
    page: int = 1,
    per_page: int = PER_PAGE,
    campaign: Campaign | None = None,
) -> Page:
    """One page of the mail room: the messages needing a person first (most urgent kind first),
    then the rest; newest first within each."""
    ranked, rank = _ranked()
    query = _filtered(ranked, rank, filters, campaign)
    inner = query.subquery()
    counted = session.execute(
        select(func.count(), func.coalesce(func.sum(case((inner.c.rank < _CALM, 1), else_=0)), 0))
    ).one()
    total, needing = int(counted[0]), int(counted[1])
    count = max(1, -(-total // per_page))
    number = min(max(page, 1), count)
    found = session.execute(
        query.order_by(rank, Message.received_at.desc(), Message.id.desc())
        .offset((number - 1) * per_page)
        .limit(per_page)
    ).all()
    return Page(
        rows=tuple(_rows(session, found)),
        total=total,
        number=number,
        count=count,
        needing=needing,
        per_page=per_page,
    )


def _rows(session: Session, found: Sequence[Any]) -> list[Row]:
    """The page's messages with their files, reasons and action targets, in a few queries."""
    ids = [r.id for r in found]
    # Only what the page shows: not the bodies, the raw mails nor the forms' lines.
    messages = {
        m.id: m
        for m in session.scalars(
            select(Message)
            .where(Message.id.in_(ids))
            .options(
                defer(Message.body_text),
                defer(Message.references),
                defer(Message.parse_defects),
                selectinload(Message.attachments),
            )
        )
    }
    attachment_ids = [a.id for m in messages.values() for a in m.attachments]
    read: dict[int, tuple[int, str]] = {
        attachment_id: (extraction_id, kind)
        for attachment_id, extraction_id, kind in session.execute(
            select(
                ExtractionRecord.attachment_id, ExtractionRecord.id, ExtractionRecord.kind
            ).where(ExtractionRecord.attachment_id.in_(attachment_ids))
        )
    }
    registered = set(
        session.scalars(
            select(Submission.extraction_id).where(
                Submission.extraction_id.in_([e for e, _ in read.values()]),
                Submission.review_state != ReviewState.REJECTED,
            )
        )
    )
    outbox = {
        o.id: o
        for o in session.scalars(
            select(OutboundMail)
            .where(OutboundMail.id.in_([r.outbox_id for r in found]))
            .options(load_only(OutboundMail.id, OutboundMail.state, OutboundMail.attempts,
                               OutboundMail.hold_reason, OutboundMail.last_error))
        )
    }  # fmt: skip
    submissions = {
        s.id: s
        for s in session.scalars(
            select(Submission)
            .where(Submission.id.in_([r.submission_id for r in found]))
            .options(load_only(Submission.id, Submission.candidates, Submission.review_reasons))
        )
    }
    rows = []
    for r in found:
        message = messages[r.id]
        attention = ATTENTION_ORDER[r.rank] if r.rank < _CALM else None
        mail = outbox.get(r.outbox_id)
        submission = submissions.get(r.submission_id)
        rows.append(
            Row(
                message=message,
                attention=attention,
                reason=_reason(attention, message, mail, submission),
                outbox_id=mail.id if mail is not None else None,
                submission_id=submission.id if submission is not None else None,
                candidates=tuple(
                    c for c in (submission.candidates if submission else []) if isinstance(c, dict)
                ),
                documents=tuple(
                    _document(a, read.get(a.id), registered) for a in message.attachments
                ),
            )
        )
    return rows


def _document(
    attachment: Attachment, read: tuple[int, str] | None, registered: set[int]
) -> Document:
    extraction_id, kind = read if read is not None else (None, None)
    state = document_state(
        form=is_form_candidate(attachment), kind=kind, registered=extraction_id in registered
    )
    return Document(attachment, state, extraction_id)


def _reason(
    attention: Attention | None,
    message: Message,
    mail: OutboundMail | None,
    submission: Submission | None,
) -> str | None:
    """Why the message waits, in words the office can act on."""
    if attention in (Attention.FAILED, Attention.QUARANTINED):
        tried = f"Đã thử {message.attempts} lần. " if message.attempts else ""
        return f"{tried}Lỗi: {message.error or 'không rõ'}"
    if attention is Attention.HELD and mail is not None:
        return mail.hold_reason or "Thư xác nhận chờ văn phòng duyệt."
    if attention is Attention.UNSENT and mail is not None:
        return f"Gửi {mail.attempts} lần không được: {mail.last_error or 'không rõ lỗi'}"
    if attention is Attention.NO_UNIT and submission is not None:
        reasons = [str(r) for r in submission.review_reasons or []]
        return "; ".join(reasons) or "Chưa xác định được đơn vị gửi văn bản."
    return None


def unsent_other_mail(session: Session, limit: int = 50) -> list[OutboundMail]:
    """Mails that answer no message (reminders, digests) and could not be sent, newest first:
    the mail room lists them above the messages, each with "send again"."""
    return list(
        session.scalars(
            select(OutboundMail)
            .where(
                OutboundMail.state == OutboxState.FAILED,
                OutboundMail.related_message_id.is_(None),
            )
            .options(defer(OutboundMail.raw))
            .order_by(OutboundMail.id.desc())
            .limit(limit)
        )
    )


def retry_message(session: Session, message_id: int, *, actor: str) -> Message:
    """Put a failed or quarantined message back in line (as `dvk reprocess` does): the periodic
    tick queues it again. Audited; the caller commits."""
    message = session.get(Message, message_id, with_for_update=True)
    if message is None:
        raise MailroomError(f"Không có thư #{message_id}.")
    if message.state not in (MessageState.FAILED, MessageState.QUARANTINED):
        raise MailroomError(
            f"Thư #{message_id} không ở trạng thái lỗi (đang là «{MessageState(message.state).label}»)."
        )
    if message.reply_code == UNROUTED:
        raise MailroomError(
            f"Thư #{message_id} chưa rõ gửi cho xã nào: chuyển nó về xã nhận "
            f"(`dvk mailboxes route {message_id} --commune SLUG`), không xử lý lại."
        )
    before = {"state": message.state, "attempts": message.attempts, "error": message.error}
    reset_for_reprocessing(session, [message_id])
    session.add(
        AuditEntry(
            actor=actor[:64],
            action="message.retry",
            entity="message",
            entity_id=str(message_id),
            before=before,
            after={"state": MessageState.RECEIVED.value},
        )
    )
    session.flush()
    return message


def resend_mail(session: Session, outbox_id: int, *, actor: str) -> OutboundMail:
    """Plan a mail that could not be sent once more, from a fresh count of attempts. One
    conditional update, so two people pressing at once send it once. Audited; the caller
    commits."""
    row = session.get(OutboundMail, outbox_id)
    if row is None:
        raise MailroomError(f"Không có thư #{outbox_id} trong hộp thư đi.")
    before = {"state": row.state, "attempts": row.attempts, "last_error": row.last_error}
    changed = session.execute(
        update(OutboundMail)
        .where(OutboundMail.id == outbox_id, OutboundMail.state == OutboxState.FAILED)
        .values(state=OutboxState.PLANNED, attempts=0, next_attempt_at=None)
        .execution_options(synchronize_session=False)
    )
    session.refresh(row)
    if getattr(changed, "rowcount", 0) != 1:
        raise MailroomError(
            f"Thư #{outbox_id} không ở trạng thái gửi lỗi (đang là «{OutboxState(row.state).label}»)."
        )
    session.add(
        AuditEntry(
            actor=actor[:64],
            action="outbox.resend",
            entity="outbound_mail",
            entity_id=str(outbox_id),
            before=before,
            after={"state": OutboxState.PLANNED.value},
        )
    )
    session.flush()
    return row
