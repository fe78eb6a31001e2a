"""The audit trail as the office reads it: one Vietnamese sentence per change.

"Nguyễn Thị Hà sửa Tên mô hình từ “Đường hoa” thành “Đường hoa xanh” lúc 09:12 ngày 05/04/2024".
Each action the office can take has its sentence here; an action this module does not know yet
still reads as a sentence naming it, never as raw JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from documents import clock
from documents.models import (
    Attachment,
    AuditEntry,
    ExtractionRecord,
    ModelAssessment,
    Submission,
    Unit,
    UnitEmail,
)
from web.form_input import format_date, format_integer
from web.labels import DEADLINE, DOC_KIND, DOMAIN, FIELD, MODEL_TYPE, UNIT_KIND, label
from web.people import display_names

QUOTE_MAX = 80


@dataclass(frozen=True)
class HistoryLine:
    """One change: when (campaign time), the whole sentence, and the document it concerns."""

    entry_id: int
    at: datetime | None
    actor: str
    sentence: str
    attachment_id: int | None
    subject: str  # "văn bản “dang-ky.docx” (Chi bộ xóm 1)", for pages that mix documents


@dataclass
class _Context:
    units: dict[str, str]
    attachment_of: dict[tuple[str, str], tuple[int, str]]  # (entity, id) → attachment, file
    unit_of_submission: dict[str, str | None]


def _quote(value: str) -> str:
    text = " ".join(value.split())
    if len(text) > QUOTE_MAX:
        text = text[: QUOTE_MAX - 1].rstrip() + "…"
    return f"“{text}”"


def _value(key: str, value: Any) -> str:
    """A field's value as the page shows it."""
    if key == "domain":
        return _quote(label(DOMAIN, value))
    if key == "model_type":
        return _quote(label(MODEL_TYPE, value))
    if key == "kind":
        return _quote(label(DOC_KIND, value))
    if key in ("participants", "funds_vnd"):
        return _quote(format_integer(value))
    if key == "signed_date":
        return _quote(format_date(value))
    return _quote(str(value))


def _field_name(key: str) -> str:
    return "Loại văn bản" if key == "kind" else label(FIELD, key)


def _corrected(entry: AuditEntry, _ctx: _Context) -> str:
    before, after = entry.before or {}, entry.after or {}
    parts = []
    for key in after:
        old, new = before.get(key), after.get(key)
        if old in (None, "") and new not in (None, ""):
            parts.append(f"điền {_field_name(key)} {_value(key, new)}")
        elif new in (None, ""):
            parts.append(f"xóa {_field_name(key)} (trước là {_value(key, old)})")
        else:
            parts.append(f"sửa {_field_name(key)} từ {_value(key, old)} thành {_value(key, new)}")
    return "; ".join(parts) or "lưu các trường mà không đổi giá trị nào"


def _unit_name(ctx: _Context, unit_id: object) -> str:
    return ctx.units.get(str(unit_id), str(unit_id)) if unit_id else "(chưa rõ đơn vị)"


def _confirmed(entry: AuditEntry, ctx: _Context) -> str:
    old = (entry.before or {}).get("unit_id")
    new = (entry.after or {}).get("unit_id")
    if old and old != new:
        return f"chuyển văn bản từ {_unit_name(ctx, old)} sang {_unit_name(ctx, new)}"
    return f"xác nhận văn bản thuộc {_unit_name(ctx, new)}"


def _resolved(entry: AuditEntry, _ctx: _Context) -> str:
    if (entry.after or {}).get("accept"):
        return "chấp nhận văn bản sau khi kiểm tra"
    return "loại văn bản (giữ lại nhưng không tính vào sổ)"


def _learned(entry: AuditEntry, ctx: _Context) -> str:
    after = entry.after or {}
    text = (
        f"ghi nhớ địa chỉ {after.get('address', entry.entity_id)} là địa chỉ gửi của "
        f"{_unit_name(ctx, after.get('unit_id'))}"
    )
    old = (entry.before or {}).get("unit_id")
    return text + (f" (trước là của {_unit_name(ctx, old)})" if old else "")


def _assessed(entry: AuditEntry, ctx: _Context) -> str:
    after = entry.after or {}
    criteria = after.get("criteria") or {}
    met = sum(1 for v in criteria.values() if isinstance(v, dict) and v.get("met"))
    verdict = "công nhận" if after.get("recognised") else "không công nhận"
    if after.get("commendation_proposed"):
        verdict += ", đề nghị biểu dương, nhân rộng"
    verb = "đánh giá lại" if entry.before else "đánh giá"
    return (
        f"{verb} mô hình {_quote(str(after.get('model_name') or ''))} của "
        f"{_unit_name(ctx, after.get('unit_id'))}: đạt {met}/{len(criteria)} tiêu chí, {verdict}"
    )


def _released(entry: AuditEntry, _ctx: _Context) -> str:
    return f"duyệt gửi thư trả lời tự động #{entry.entity_id} đang chờ duyệt"


def _dropped(entry: AuditEntry, _ctx: _Context) -> str:
    return f"bỏ thư trả lời tự động #{entry.entity_id} đang chờ duyệt (không gửi)"


def _retried(entry: AuditEntry, _ctx: _Context) -> str:
    return f"đưa thư đến #{entry.entity_id} vào hàng chờ xử lý lại (sau lỗi)"


def _resent(entry: AuditEntry, _ctx: _Context) -> str:
    return f"cho gửi lại thư #{entry.entity_id} (trước đó gửi không được)"


def _memory(entry: AuditEntry, ctx: _Context) -> str:
    """A layout memory: its field, and whose it is (a unit's or every unit's)."""
    side = entry.after or entry.before or {}
    scope = side.get("scope")
    whose = f"của {_unit_name(ctx, scope)}" if scope else "chung cho mọi đơn vị"
    return f"vị trí {_field_name(str(side.get('field')))} trên mẫu phiếu {str(side.get('layout_digest') or '')[:12]} ({whose})"


def _memory_learned(entry: AuditEntry, ctx: _Context) -> str:
    example = (entry.after or {}).get("example_value") or ""
    verb = "dạy lại" if entry.before else "dạy dvk"
    return f"{verb} {_memory(entry, ctx)}, ví dụ {_quote(str(example))}"


def _memory_weakened(entry: AuditEntry, ctx: _Context) -> str:
    after = entry.after or {}
    if after.get("dropped"):
        return (
            f"sửa lại giá trị đọc theo ghi nhớ lần thứ hai nên dvk bỏ ghi nhớ {_memory(entry, ctx)}"
        )
    return f"sửa lại giá trị đọc theo ghi nhớ nên dvk giảm tin cậy ghi nhớ {_memory(entry, ctx)}"


def _memory_forgotten(entry: AuditEntry, ctx: _Context) -> str:
    return f"xóa ghi nhớ {_memory(entry, ctx)}"


def _deadline_of(entry: AuditEntry) -> str:
    side = entry.after or entry.before or {}
    return label(DEADLINE, side.get("deadline"))


def _exempted(entry: AuditEntry, ctx: _Context) -> str:
    reason = str((entry.after or {}).get("reason") or "")
    return (
        f"miễn cho {_unit_name(ctx, entry.entity_id)} hạn nộp {_deadline_of(entry)}, "
        f"lý do {_quote(reason)}"
    )


def _unexempted(entry: AuditEntry, ctx: _Context) -> str:
    reason = str((entry.before or {}).get("reason") or "")
    return (
        f"hủy miễn nộp {_deadline_of(entry)} cho {_unit_name(ctx, entry.entity_id)} "
        f"(lý do miễn trước đó: {_quote(reason)})"
    )


def _reminded(entry: AuditEntry, ctx: _Context) -> str:
    after = entry.after or {}
    to = ", ".join(str(a) for a in after.get("to") or [])
    return (
        f"gửi ngay thư nhắc nộp {_deadline_of(entry)} cho {_unit_name(ctx, entry.entity_id)}"
        f" (thư #{after.get('outbox_id')} tới {to})"
    )


_UNIT_FACTS = {
    "name": "tên",
    "kind": "loại",
    "aliases": "tên gọi khác",
    "emails": "địa chỉ thư",
    "contact": "người liên hệ",
}


def _unit_fact(key: str, value: Any) -> str:
    if isinstance(value, list):
        return _quote("; ".join(str(v) for v in value)) if value else "(trống)"
    if key == "kind":
        return _quote(label(UNIT_KIND, value))
    return _quote(str(value)) if value not in (None, "") else "(trống)"


def _unit_added(entry: AuditEntry, _ctx: _Context) -> str:
    after = entry.after or {}
    emails = after.get("emails") or []
    return (
        f"thêm đơn vị {_quote(str(after.get('name')))} ({entry.entity_id}), "
        f"địa chỉ thư {_unit_fact('emails', emails)}"
    )


def _unit_edited(entry: AuditEntry, _ctx: _Context) -> str:
    before, after = entry.before or {}, entry.after or {}
    changes = [
        f"{text} từ {_unit_fact(key, before.get(key))} thành {_unit_fact(key, after.get(key))}"
        for key, text in _UNIT_FACTS.items()
        if before.get(key) != after.get(key)
    ]
    name = _quote(str(after.get("name") or entry.entity_id))
    return f"sửa đơn vị {name}: " + ("; ".join(changes) or "không đổi gì")


#: How a form reached the office (`documents.office_upload.CHANNELS`, short).
_CHANNELS = {"paper": "bản giấy", "zalo": "Zalo", "other": "kênh khác"}


def _uploaded(entry: AuditEntry, ctx: _Context) -> str:
    after = entry.after or {}
    channel = _CHANNELS.get(str(after.get("channel")), str(after.get("channel")))
    text = (
        f"nhập phiếu {_quote(str(after.get('filename') or ''))} của "
        f"{_unit_name(ctx, after.get('unit_id'))} nhận qua {channel}"
        f" ngày {format_date(after.get('received_on'))}"
    )
    return text + (f", ghi chú {_quote(str(after['note']))}" if after.get("note") else "")


def _replaced(entry: AuditEntry, _ctx: _Context) -> str:
    after = entry.after or {}
    if str(after.get("replaced_by")) == entry.entity_id:
        return f"đánh dấu văn bản là bản gửi lại, thay thế văn bản #{after.get('replaces')}"
    return (
        f"gộp văn bản vào mô hình của văn bản #{after.get('replaces')} "
        f"(cùng bản thay thế #{after.get('replaced_by')})"
    )


def _adopted(entry: AuditEntry, _ctx: _Context) -> str:
    after = entry.after or {}
    return f"áp dụng đợt thi đua {_quote(str(after.get('name') or ''))} theo mẫu của tỉnh"


def _commune_created(entry: AuditEntry, _ctx: _Context) -> str:
    return f"thêm {(entry.after or {}).get('name', '')} (mã {entry.entity_id})"


def _login_added(entry: AuditEntry, _ctx: _Context) -> str:
    after = entry.after or {}
    return f"thêm tài khoản {entry.entity_id} cho xã mã {after.get('commune', '')}"


def _mailbox_sentence(verb: str) -> Callable[[AuditEntry, _Context], str]:
    """A change to a commune's mailbox: what was done, to which account of which commune."""

    def sentence(entry: AuditEntry, _ctx: _Context) -> str:
        after = entry.after or {}
        text = f"{verb} hộp thư {after.get('url', entry.entity_id)} của xã mã {after.get('commune', '')}"
        changed = [MAILBOX_CHANGES.get(c, c) for c in after.get("changed", "").split(",") if c]
        return text + (f" (đổi {' và '.join(changed)})" if changed else "")

    return sentence


MAILBOX_CHANGES = {"folder": "thư mục", "password": "mật khẩu"}


#: The sentence of each action (what follows the person's name).
SENTENCES: dict[str, Callable[[AuditEntry, _Context], str]] = {
    "correct_fields": _corrected,
    "confirm_unit": _confirmed,
    "resolve_review": _resolved,
    "learn_address": _learned,
    "assess_model": _assessed,
    "outbox.release": _released,  # documents.held_replies
    "outbox.drop": _dropped,
    "message.retry": _retried,  # documents.mailroom
    "outbox.resend": _resent,
    "learn_layout_memory": _memory_learned,  # documents.layout_memory
    "weaken_layout_memory": _memory_weakened,
    "forget_layout_memory": _memory_forgotten,
    "exempt_unit": _exempted,  # documents.exemptions
    "unexempt_unit": _unexempted,
    "remind_unit": _reminded,  # notifier.reminders.remind_unit_now
    "add_unit": _unit_added,  # documents.units_admin
    "edit_unit": _unit_edited,
    "upload_form": _uploaded,  # documents.office_upload
    "replace_submission": _replaced,  # documents.replacement
    "adopt_template": _adopted,  # documents.campaign_template
    "create_commune": _commune_created,  # web.province_admin
    "add_office_login": _login_added,
    "add_mailbox": _mailbox_sentence("thêm"),
    "edit_mailbox": _mailbox_sentence("sửa"),
    "enable_mailbox": _mailbox_sentence("bật lại"),
    "disable_mailbox": _mailbox_sentence("tắt"),
    "remove_mailbox": _mailbox_sentence("xóa"),
}


def _when(at: datetime | None) -> str:
    return f" lúc {at:%H:%M} ngày {at:%d/%m/%Y}" if at is not None else ""


def _context(session: Session, entries: Sequence[AuditEntry]) -> _Context:
    """Names and documents the sentences need, read in a few queries."""
    ids: dict[str, set[int]] = {"attachment": set(), "extraction": set(), "submission": set()}
    for entry in entries:
        if entry.entity in ids and entry.entity_id.isdigit():
            ids[entry.entity].add(int(entry.entity_id))
    attachment_of: dict[tuple[str, str], tuple[int, str]] = {}
    unit_of_submission: dict[str, str | None] = {}
    joined = select(
        Attachment.id, Attachment.filename, ExtractionRecord.id, Submission.id, Submission.unit_id
    ).join(ExtractionRecord, ExtractionRecord.attachment_id == Attachment.id, isouter=True)
    joined = joined.join(Submission, Submission.extraction_id == ExtractionRecord.id, isouter=True)
    wanted = [
        Attachment.id.in_(ids["attachment"]),
        ExtractionRecord.id.in_(ids["extraction"]),
        Submission.id.in_(ids["submission"]),
    ]
    if any(ids.values()):
        for att_id, filename, ext_id, sub_id, unit_id in session.execute(
            joined.where(or_(*wanted))
        ):
            attachment_of[("attachment", str(att_id))] = (att_id, filename)
            if ext_id is not None:
                attachment_of[("extraction", str(ext_id))] = (att_id, filename)
            if sub_id is not None:
                attachment_of[("submission", str(sub_id))] = (att_id, filename)
                unit_of_submission[str(sub_id)] = unit_id
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    return _Context(units, attachment_of, unit_of_submission)


def describe_entries(session: Session, entries: Sequence[AuditEntry], tz: str) -> list[HistoryLine]:
    """The entries as sentences, in the order given."""
    ctx = _context(session, entries)
    names = display_names(session, (e.actor for e in entries))
    lines = []
    for entry in entries:
        who = names.get(entry.actor, entry.actor)
        at = clock.local_naive(entry.at, tz)
        sentence_of = SENTENCES.get(entry.action)
        what = (
            sentence_of(entry, ctx)
            if sentence_of is not None
            else f"thực hiện thao tác “{entry.action}” trên {entry.entity} {entry.entity_id}"
        )
        document = ctx.attachment_of.get((entry.entity, entry.entity_id))
        subject = ""
        if document is not None:
            unit = (
                ctx.unit_of_submission.get(entry.entity_id)
                if entry.entity == "submission"
                else None
            )
            subject = f"văn bản {_quote(document[1])}" + (
                f" ({_unit_name(ctx, unit)})" if unit else ""
            )
        lines.append(
            HistoryLine(
                entry_id=entry.id,
                at=at,
                actor=who,
                sentence=f"{who} {what}{_when(at)}",
                attachment_id=document[0] if document else None,
                subject=subject,
            )
        )
    return lines


def _keys(entity: str, ids: Iterable[object]) -> Any:
    values = [str(i) for i in ids]
    return and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_(values)) if values else None


def unit_entries(session: Session, unit_id: str) -> list[AuditEntry]:
    """Every change that concerns one unit: its documents, its addresses, its models' assessment,
    and documents moved to or from it; oldest first."""
    documents = session.execute(
        select(Submission.id, Submission.extraction_id, ExtractionRecord.attachment_id)
        .join(ExtractionRecord, ExtractionRecord.id == Submission.extraction_id)
        .where(Submission.unit_id == unit_id)
    ).all()
    assessments = session.scalars(
        select(ModelAssessment.id).where(ModelAssessment.unit_id == unit_id)
    ).all()
    addresses = session.scalars(select(UnitEmail.address).where(UnitEmail.unit_id == unit_id)).all()
    conditions = [
        _keys("submission", [d[0] for d in documents]),
        _keys("extraction", [d[1] for d in documents]),
        _keys("attachment", [d[2] for d in documents]),
        _keys("model_assessment", assessments),
        _keys("unit_email", addresses),
        _keys("unit", [unit_id]),
    ]
    found = {
        e.id: e
        for e in session.scalars(
            select(AuditEntry).where(or_(*(c for c in conditions if c is not None)))
        )
    }
    # Moves and addresses that point at the unit from their JSON (a document moved away, an
    # address given to another unit since): few rows, read in Python on every database.
    for entry in session.scalars(
        select(AuditEntry).where(AuditEntry.action.in_(("confirm_unit", "learn_address")))
    ):
        sides = (entry.before or {}, entry.after or {})
        if any(side.get("unit_id") == unit_id for side in sides):
            found[entry.id] = entry
    return sorted(found.values(), key=lambda e: (e.at, e.id))
