"""Acknowledgements: a reply in the sender's thread saying what was read from each attachment.

The point is that a unit learns at once whether its form arrived readable, instead of at the
deadline. Silence is chosen whenever answering could start a mail loop or reach someone who did
not write to the register (see `refusal`); the office still sees every such message.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.parser import BytesHeaderParser
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from documents import clock
from documents.models import (
    Attachment,
    Blob,
    Campaign,
    Message,
    OutboundMail,
    Submission,
    Unit,
    UnitEmail,
)
from documents.register import active_campaign
from documents.settings import Settings
from notifier import labels
from notifier.compose import Draft, reply_subject
from notifier.outbox import plan
from notifier.safety import (
    bulk_or_auto_reason,
    clean_text,
    message_id_tokens,
    norm_address,
    within_limit,
)

log = logging.getLogger(__name__)

FORM_KINDS = ("registration", "report")


@dataclass(frozen=True)
class DocumentLine:
    """What the acknowledgement says about one attachment."""

    file: str
    kind: str
    usable: bool
    model_name: str = ""
    domain: str = ""
    model_type: str = ""
    leader: str = ""
    unit: str = ""
    late_days: int = 0
    in_review: bool = False
    problems: tuple[str, ...] = field(default_factory=tuple)  # the sender can fix these
    notes: tuple[str, ...] = field(default_factory=tuple)  # the office will look at these


def office_address(settings: Settings, campaign: Campaign | None) -> str | None:
    return settings.office_email or (campaign.office_email if campaign else None)


def _own_thread(session: Session, message: Message) -> bool:
    tokens = message_id_tokens(message.in_reply_to, message.references)
    if not tokens:
        return False
    hit = session.scalar(
        select(OutboundMail.id).where(func.lower(OutboundMail.message_id_header).in_(tokens))
    )
    return hit is not None


def _has_new_attachment(session: Session, message: Message) -> bool:
    """An attachment whose bytes no earlier message brought."""
    for attachment in message.attachments:
        seen = session.scalar(
            select(Attachment.id).where(
                Attachment.sha256 == attachment.sha256, Attachment.message_id != message.id
            )
        )
        if seen is None:
            return True
    return False


def _from_unit(session: Session, message: Message) -> bool:
    address = norm_address(message.sender)
    return session.scalar(select(UnitEmail.id).where(UnitEmail.address == address)) is not None


def _carries_form(message: Message) -> bool:
    return any(
        a.extraction is not None and a.extraction.kind in FORM_KINDS for a in message.attachments
    )


#: More header than any real message carries; only the head of the raw message is read, since
#: the stdlib's header parser still splits a whole message into lines (a 57 MB message cost
#: 600 MB here).
HEAD_BYTES = 256 * 1024


def _raw_headers_reason(session: Session, message: Message) -> str | None:
    head = session.scalar(
        select(func.substr(Blob.data, 1, HEAD_BYTES)).where(Blob.sha256 == message.raw_sha256)
    )
    if head is None:
        return None
    return bulk_or_auto_reason(BytesHeaderParser().parsebytes(bytes(head)))


def refusal(session: Session, message: Message, own: set[str]) -> str | None:
    """Why no acknowledgement may be sent for `message`, or None when one is due."""
    if message.classification != "normal":
        return f"classified as {message.classification}"
    if message.authenticity == "fail":
        return "authenticity check failed"
    sender = norm_address(message.sender)
    if not sender or (message.return_path is not None and norm_address(message.return_path) == ""):
        return "null sender"
    if sender in own or norm_address(message.reply_to) in own:
        return "sent from our own address"
    header_reason = _raw_headers_reason(session, message)
    if header_reason:
        return f"automatic or list mail ({header_reason})"
    if _own_thread(session, message) and not _has_new_attachment(session, message):
        return "a reply to our own mail with no new attachment"
    if not _from_unit(session, message) and not _carries_form(message):
        return "neither from a unit's address nor carrying a form (left to the office)"
    return None


def _document_line(session: Session, attachment: Attachment) -> DocumentLine:
    extraction = attachment.extraction
    file = clean_text(attachment.filename, limit=120)
    if extraction is None:
        problem = "Chưa đọc được tệp này; Văn phòng sẽ kiểm tra."
        return DocumentLine(file=file, kind=labels.kind(None), usable=False, problems=(problem,))
    fields: dict[str, Any] = extraction.fields or {}
    problems = [clean_text(w) for w in extraction.warnings or () if clean_text(w)]
    if extraction.kind not in FORM_KINDS:
        if not problems:
            problems.append("Không nhận ra phiếu đăng ký hay báo cáo kết quả trong tệp này.")
        return DocumentLine(
            file=file, kind=labels.kind(extraction.kind), usable=False, problems=tuple(problems)
        )
    for key in labels.REQUIRED[extraction.kind]:
        if fields.get(key) in (None, ""):
            problems.append(f"Thiếu hoặc không đọc được: {labels.FIELD[key]}.")
    submission = session.scalar(select(Submission).where(Submission.extraction_id == extraction.id))
    unit_name, notes = "", []
    if submission is not None and submission.unit_id:
        unit = session.get(Unit, submission.unit_id)
        unit_name = unit.name if unit else submission.unit_id
    else:
        notes.append("Chưa xác định được đơn vị gửi; Văn phòng sẽ kiểm tra và ghi nhận.")
    leader = clean_text(fields.get("leader_name"))
    position = clean_text(fields.get("leader_position"))
    return DocumentLine(
        file=file,
        kind=labels.kind(extraction.kind),
        usable=True,
        model_name=clean_text(fields.get("model_name")),
        domain=labels.enum(labels.DOMAIN, fields.get("domain")),
        model_type=labels.enum(labels.MODEL_TYPE, fields.get("model_type")),
        leader=f"{leader} ({position})" if leader and position else leader,
        unit=clean_text(unit_name),
        late_days=submission.late_days if submission else 0,
        in_review=bool(submission and submission.review_state == "needs_review"),
        problems=tuple(problems),
        notes=tuple(notes),
    )


def _sender_unit(session: Session, message: Message) -> Unit | None:
    if message.unit_id:
        return session.get(Unit, message.unit_id)
    address = session.scalar(
        select(UnitEmail).where(UnitEmail.address == norm_address(message.sender))
    )
    return address.unit if address is not None else None


def _greeting(session: Session, message: Message) -> str:
    """ "Chi bộ xóm 1 (đồng chí Nguyễn Văn Thành)": the unit, and the person when the display
    name is a person's rather than the unit's own name."""
    unit = _sender_unit(session, message)
    person = clean_text(message.sender_name, limit=80)
    if unit is not None:
        names = {unit.name.casefold(), *(str(a).casefold() for a in unit.aliases or ())}
        if person.casefold() in names:
            person = ""
        return f"{unit.name} (đồng chí {person})" if person else unit.name
    return f"đồng chí {person}" if person else "đồng chí"


def _references(message: Message) -> list[str]:
    """The parent's References (or In-Reply-To) plus its Message-ID, trimmed like mail clients
    do (the thread's root and the latest ids) so a long thread cannot grow the header forever."""
    ids = re.findall(r"<[^<>\s]+>", message.references or message.in_reply_to or "")
    if len(ids) > 10:
        ids = ids[:1] + ids[-9:]
    if message.message_id_header:
        ids.append(clean_text(message.message_id_header, 998))
    return ids


def plan_acknowledgement(
    session: Session, message_id: int, settings: Settings, *, now: datetime | None = None
) -> OutboundMail | None:
    """Plan the acknowledgement of a processed message, once; None (logged) when none is due."""
    key = f"ack:{message_id}"
    existing = session.scalar(select(OutboundMail).where(OutboundMail.idempotency_key == key))
    if existing is not None:
        return existing
    message = session.get(Message, message_id)
    if message is None:
        raise LookupError(f"no message {message_id}")
    campaign = active_campaign(session)
    office = office_address(settings, campaign)
    if not office:
        log.warning("no acknowledgement for message %d: no office address configured", message_id)
        return None
    reason = refusal(session, message, {norm_address(office)})
    if reason:
        log.info("no acknowledgement for message %d: %s", message_id, reason)
        return None
    now = clock.utc(now) if now is not None else clock.now()
    timezone = clock.zone(campaign).key
    recipient = norm_address(message.reply_to) or norm_address(message.sender)
    allowed = within_limit(session, [recipient], now, timezone, settings.max_auto_mails_per_day)
    if not allowed:
        log.warning(
            "no acknowledgement for message %d: %s reached %d automatic mails today",
            message_id,
            recipient,
            settings.max_auto_mails_per_day,
        )
        return None
    documents = [_document_line(session, a) for a in message.attachments]
    usable = [d for d in documents if d.usable]
    received = clock.local(message.received_at, campaign)
    context = {
        "greeting": _greeting(session, message),
        "subject": clean_text(message.subject),
        "received_at": received.strftime("%H:%M ngày %d/%m/%Y"),
        "documents": documents,
        "no_form": not usable,
        "needs_resend": any(d.problems for d in documents) or not usable,
        "campaign_name": clean_text(campaign.name) if campaign else "",
        "office_email": office,
    }
    references = " ".join(_references(message))
    draft = Draft(
        purpose="ack",
        idempotency_key=key,
        mail_from=office,
        to=(recipient,),
        subject=reply_subject(message.subject, "Xác nhận tiếp nhận hồ sơ “Dân vận khéo”"),
        template="ack",
        context=context,
        in_reply_to=message.message_id_header,
        references=references or None,
    )
    row = plan(
        session,
        draft,
        now=now,
        templates_dir=settings.templates_dir,
        related_message_id=message.id,
        unit_id=message.unit_id,
    )
    log.info("acknowledgement planned for message %d as outbox %d", message_id, row.id)
    return row
