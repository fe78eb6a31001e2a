"""Acknowledgements: a reply in the sender's thread saying what was read from each attachment.

The point is that a unit learns at once whether its form arrived readable, instead of at the
deadline. Silence is chosen whenever answering could start a mail loop or reach someone who did
not write to the register (see `refusal`); the office still sees every such message, with the
reason in `Message.reply_code` / `reply_note`.

Whom an acknowledgement may reach (the reply policy, README "Mail dvk sends"):

* only the From address, read strictly (`documents.addresses`); Reply-To only when it is itself
  an address a unit lists;
* by itself only when that address is listed for a unit (units file or confirmed by the office),
  or is the From and its domain passed the trusted Authentication-Results aligned with the From
  (`Message.authenticity == "pass"`, see `ingest.authenticity`);
* and within the limits of `notifier.safety`.

Anything else is still planned, as "held" in the outbox with the reason, for the office to
release or drop. The subject is dvk's own; the sender's subject appears only quoted in the body,
cleaned of control and bidi characters and cut short.
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
from documents.addresses import domain_of
from documents.lifecycle import MessageState, OutboxState, ReviewState
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
from documents.office_upload import is_upload
from documents.register import active_campaign
from notifier import labels
from notifier.compose import Draft
from notifier.outbox import plan
from notifier.safety import (
    Limits,
    bulk_or_auto_reason,
    clean_text,
    limit_refusal,
    message_id_tokens,
    norm_address,
)
from notifier.settings import NotifierSettings

log = logging.getLogger(__name__)

FORM_KINDS = ("registration", "report")
#: The sender's subject is quoted in our body at most this long.
QUOTED_SUBJECT_CHARS = 120
SUBJECT = "[Dân vận khéo] Xác nhận tiếp nhận hồ sơ"
CLASSIFICATIONS = {
    "auto_reply": "thư trả lời tự động",
    "bounce": "thư báo lỗi gửi thư",
    "own": "thư do chính hệ thống gửi",
}


@dataclass(frozen=True)
class Silence:
    """Why a message gets no acknowledgement: a stable code and what the office reads."""

    code: str
    note: str


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


def office_address(settings: NotifierSettings, campaign: Campaign | None) -> str | None:
    return settings.office_email or (campaign.office_email if campaign else None)


def _own_thread(session: Session, message: Message, office_domain: str | None) -> bool:
    """Whether the message answers mail of ours: it names a Message-ID we sent, or any
    Message-ID on the office's domain (mail the staff wrote by hand, or a guess)."""
    tokens = message_id_tokens(message.in_reply_to, message.references)
    if not tokens:
        return False
    if office_domain and any(domain_of(token.strip("<>")) == office_domain for token in tokens):
        return True
    hit = session.scalar(
        select(OutboundMail.id).where(func.lower(OutboundMail.message_id_header).in_(tokens))
    )
    return hit is not None


def _has_new_attachment(session: Session, message: Message, files: Message) -> bool:
    """An attachment of `files` whose bytes no other message brought (a copy and its first
    count as one message)."""
    group = {message.id, files.id}
    for attachment in files.attachments:
        seen = session.scalar(
            select(Attachment.id).where(
                Attachment.sha256 == attachment.sha256, Attachment.message_id.not_in(group)
            )
        )
        if seen is None:
            return True
    return False


def _listed(session: Session, address: str | None) -> bool:
    """Whether a unit lists this exact (canonical) address: units file or confirmed."""
    if not address:
        return False
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


def _sender_problem(message: Message) -> str:
    for defect in message.parse_defects or ():
        if str(defect).startswith("From header"):
            return str(defect)
    return "thư không có dòng From"


def refusal(
    session: Session,
    message: Message,
    own: set[str],
    office_domain: str | None = None,
    files: Message | None = None,
) -> Silence | None:
    """Why no acknowledgement may be planned for `message`, or None when one is due.

    `files` is the message whose attachments were read: the first one, for a copy.
    """
    files = files or message
    if is_upload(message):
        return Silence(
            "office_upload",
            "Phiếu do Văn phòng nhập (nhận ngoài thư điện tử): không gửi thư xác nhận.",
        )
    if message.classification != "normal":
        label = CLASSIFICATIONS.get(message.classification, message.classification)
        return Silence("machine_mail", f"Đây là {label}: không trả lời tự động.")
    if message.authenticity == "fail":
        return Silence(
            "auth_fail",
            "Thư không vượt qua kiểm tra xác thực người gửi (DMARC/DKIM/SPF): "
            "không trả lời tự động.",
        )
    sender = norm_address(message.sender)
    if not sender:
        return Silence(
            "no_sender",
            "Không đọc được một địa chỉ người gửi duy nhất, rõ ràng "
            f"({clean_text(_sender_problem(message), limit=200)}): không trả lời tự động.",
        )
    if message.return_path is not None and norm_address(message.return_path) == "":
        return Silence("null_sender", "Địa chỉ trả về rỗng (thư hệ thống): không trả lời tự động.")
    if sender in own or norm_address(message.reply_to) in own:
        return Silence("own_address", "Thư gửi từ (hoặc nhờ trả lời về) chính địa chỉ văn phòng.")
    header_reason = _raw_headers_reason(session, message)
    if header_reason:
        return Silence(
            "list_or_auto",
            f"Thư tự động hoặc thư gửi qua danh sách ({clean_text(header_reason, limit=120)}): "
            "không trả lời tự động.",
        )
    new_form = _carries_form(files) and _has_new_attachment(session, message, files)
    if not new_form and _own_thread(session, message, office_domain):
        return Silence(
            "own_thread",
            "Thư trả lời trong chuỗi thư của văn phòng, không kèm phiếu mới: "
            "không trả lời tự động; văn phòng xem thư này.",
        )
    if not _listed(session, sender) and not _carries_form(files):
        return Silence(
            "stranger_no_form",
            "Người gửi không có trong danh sách đơn vị và thư không kèm phiếu: "
            "không trả lời tự động; văn phòng xem thư này.",
        )
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
        unit = session.get(Unit, (submission.commune_id, submission.unit_id))
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
        in_review=bool(submission and submission.review_state == ReviewState.NEEDS_REVIEW),
        problems=tuple(problems),
        notes=tuple(notes),
    )


def _sender_unit(session: Session, message: Message) -> Unit | None:
    if message.unit_id:
        return session.get(Unit, (message.commune_id, message.unit_id))
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


def _files_of(session: Session, message: Message) -> Message | None:
    """The message whose attachments an acknowledgement describes: the message itself, or for
    a copy (not read again) its first. None while the first still has its own answer to make;
    a copy speaks only when its first was processed and got none (e.g. the first came through
    a mailing list and this copy straight from the unit)."""
    if message.duplicate_of_id is None:
        return message
    first = session.get(Message, message.duplicate_of_id)
    if first is None or first.state != MessageState.PROCESSED or first.reply_code is None:
        return None
    return first


def ack_key(message: Message) -> str:
    """One acknowledgement per message, and one for a message and all its copies."""
    return f"ack:{message.duplicate_of_id or message.id}"


def _note(message: Message, code: str, note: str | None) -> None:
    message.reply_code = code
    message.reply_note = note


def choose_recipient(session: Session, message: Message) -> tuple[str, bool, str | None]:
    """(recipient, whether a unit lists it, why dvk may not mail it by itself or None).

    Only the From, or a Reply-To that a unit lists; by itself only to a listed address or to a
    From whose domain passed the trusted, aligned Authentication-Results.
    """
    sender = norm_address(message.sender)
    reply_to = norm_address(message.reply_to)
    if reply_to and reply_to != sender and _listed(session, reply_to):
        return reply_to, True, None
    if _listed(session, sender):
        return sender, True, None
    if message.authenticity == "pass":
        return sender, False, None
    ignored = (
        f" Địa chỉ nhờ trả lời (Reply-To) {clean_text(reply_to, limit=120)} không được dùng."
        if reply_to and reply_to != sender
        else ""
    )
    return (
        sender,
        False,
        f"Địa chỉ {clean_text(sender, limit=120)} không có trong danh sách đơn vị và tên miền "
        "của nó chưa được máy chủ thư tin cậy xác thực (DMARC/DKIM/SPF khớp với dòng From): "
        f"thư xác nhận chờ văn phòng duyệt.{ignored}",
    )


def limits_of(settings: NotifierSettings) -> Limits:
    return Limits(
        per_mailbox_per_day=settings.max_auto_mails_per_day,
        unlisted_per_domain_per_day=settings.max_unlisted_mails_per_domain_per_day,
        unlisted_per_hour=settings.max_unlisted_mails_per_hour,
    )


def ack_subject(unit: Unit | None, received: datetime) -> str:
    """Our own subject: nothing of the sender's, only the unit we know and the time we saw."""
    when = received.strftime("%H:%M ngày %d/%m/%Y")
    who = f" – {clean_text(unit.name, limit=80)}" if unit is not None else ""
    return f"{SUBJECT}{who} (thư nhận lúc {when})"


def plan_acknowledgement(
    session: Session, message_id: int, settings: NotifierSettings, *, now: datetime | None = None
) -> OutboundMail | None:
    """Plan the acknowledgement of a processed message, once (held when the policy says so);
    None when none is due, with the reason on the message."""
    message = session.get(Message, message_id)
    if message is None:
        raise LookupError(f"no message {message_id}")
    key = ack_key(message)
    existing = session.scalar(select(OutboundMail).where(OutboundMail.idempotency_key == key))
    if existing is not None:
        if existing.related_message_id not in (None, message.id):
            _note(
                message,
                "copy",
                f"Cùng một thư (cùng Message-ID và người gửi) với thư "
                f"#{existing.related_message_id}: thư xác nhận #{existing.id} đã lập cho thư đó.",
            )
        return existing
    files = _files_of(session, message)
    if files is None:
        _note(
            message,
            "copy",
            f"Bản sao của thư #{message.duplicate_of_id} (cùng Message-ID và người gửi): "
            "thư đầu tiên được trả lời.",
        )
        return None
    campaign = active_campaign(session)
    office = office_address(settings, campaign)
    if not office:
        log.warning("no acknowledgement for message %d: no office address configured", message_id)
        _note(message, "no_office", "Chưa cấu hình địa chỉ thư của văn phòng (DVK_OFFICE_EMAIL).")
        return None
    silence = refusal(session, message, {norm_address(office)}, domain_of(office), files)
    if silence is not None:
        log.info("no acknowledgement for message %d: %s", message_id, silence.code)
        _note(message, silence.code, silence.note)
        return None
    now = clock.utc(now) if now is not None else clock.now()
    timezone = clock.zone(campaign).key
    recipient, listed, unverified = choose_recipient(session, message)
    hold: tuple[str, str] | None = ("unverified_sender", unverified) if unverified else None
    if hold is None:
        limited = limit_refusal(
            session,
            recipient,
            listed=listed,
            now=now,
            timezone=timezone,
            limits=limits_of(settings),
        )
        hold = (limited.code, limited.reason) if limited else None
    documents = [_document_line(session, a) for a in files.attachments]
    usable = [d for d in documents if d.usable]
    received = clock.local(message.received_at, campaign)
    context = {
        "greeting": _greeting(session, message),
        "subject": clean_text(message.subject, limit=QUOTED_SUBJECT_CHARS),
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
        subject=ack_subject(_sender_unit(session, message), received),
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
        hold=hold,
    )
    if row.state == OutboxState.HELD:
        log.warning(
            "acknowledgement of message %d held as outbox %d: %s", message_id, row.id, row.hold_code
        )
        _note(message, "held", f"Thư xác nhận #{row.id} chờ văn phòng duyệt: {row.hold_reason}")
    else:
        log.info("acknowledgement planned for message %d as outbox %d", message_id, row.id)
        _note(message, "ack", f"Thư xác nhận #{row.id}.")
    return row
