"""The register's pages: overview, document, review queue, downloads and exports.

Handlers stay thin: read through `documents.register`, change through `documents.review`
(which writes the audit log), render a template. Permissions are enforced in `web.app`.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import datetime
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from sqlalchemy import and_, func, or_, select
from werkzeug.wrappers import Response

from documents import clock, held_replies, layout_memory, register, review
from documents.commune import CommuneNamesMissingError, commune_names, heading_name
from documents.contract import FIELD_KEYS, REGISTRATION_ONLY, REPORT_ONLY
from documents.db import get_unit
from documents.models import (
    Attachment,
    AuditEntry,
    Blob,
    Campaign,
    ExtractionRecord,
    Message,
    OutboundMail,
    Submission,
    Unit,
)
from documents.sniff import sniff_media_type
from web.actions import confirmation
from web.auth import current_user
from web.exports.report_docx import export_report_docx
from web.exports.xlsx import export_xlsx
from web.form_input import (
    FieldInputError,
    format_date,
    format_integer,
    parse_date_input,
    parse_integer_input,
    parse_money_input,
)
from web.history import describe_entries, unit_entries
from web.labels import (
    CLASSIFICATION,
    DEADLINE,
    DOC_KIND,
    DOMAIN,
    FIELD,
    MESSAGE_STATE,
    MODEL_TYPE,
    RECEIVED_AT_SOURCE,
    STATUS,
    UNIT_KIND,
    label,
    vn_date,
    vn_datetime,
)
from web.mailroom import back_to_mailroom
from web.overview import Filters, apply_filters, charts, paginate, summarise
from web.people import display_names
from web.regions import regions
from web.state import db

bp = Blueprint("views", __name__)

INLINE_TYPES = frozenset({"application/pdf", "image/png", "image/jpeg", "image/gif"})
INT_FIELDS = frozenset({"participants", "funds_vnd"})
DATE_FIELDS = frozenset({"signed_date"})
LONG_FIELDS = frozenset({"content", "results"})
#: What the overview reads of each form: names for the table and search, domain and type for
#: the filters and charts (not the long texts).
OVERVIEW_FIELDS = ("model_name", "domain", "model_type")

FILTERS: dict[str, Any] = {
    "status_label": lambda code: label(STATUS, code),
    "deadline_label": lambda code: label(DEADLINE, code),
    "doc_kind_label": lambda code: label(DOC_KIND, code),
    "domain_label": lambda code: label(DOMAIN, code),
    "model_type_label": lambda code: label(MODEL_TYPE, code),
    "unit_kind_label": lambda code: label(UNIT_KIND, code),
    "classification_label": lambda code: label(CLASSIFICATION, code),
    "message_state_label": lambda code: label(MESSAGE_STATE, code),
    "field_label": lambda code: label(FIELD, code),
    "vn_date": vn_date,
    "vn_number": lambda value: str(value).replace(".", ","),
    "field_input": lambda value, key: (
        format_integer(value)
        if key in INT_FIELDS
        else format_date(value)
        if key in DATE_FIELDS
        else ("" if value is None else value)
    ),
    "vn_datetime": vn_datetime,
}


def _timezone() -> str:
    return clock.zone(register.active_campaign(db())).key


def _commune(campaign: Campaign | None) -> str:
    """Whose register it is, for printed headings: "Đảng ủy xã Nghĩa Thái" (from the database;
    empty until the units file's commune is imported, and the page prints without it)."""
    return heading_name(commune_names(db(), campaign))


def _register_context(*, paged: bool) -> dict[str, Any]:
    """What the overview and its printable version share: the filtered units and the labels."""
    session = db()
    campaign = register.active_campaign(session)
    statuses = register.unit_statuses(
        session, campaign.id if campaign else None, field_keys=OVERVIEW_FIELDS
    )
    kinds = sorted({u.unit_kind for u in statuses})
    filters = Filters.from_args(request.args, kinds)
    shown = apply_filters(statuses, filters)
    tz = clock.zone(campaign).key
    page = (
        paginate(shown, request.args.get("page", 1))
        if paged
        else paginate(shown, 1, len(shown) or 1)
    )
    return {
        "campaign": campaign,
        "shown": shown,
        "page": page,
        "units": page.units,
        "total_units": len(statuses),
        "summary": summarise(shown),
        "filters": filters,
        "unit_kinds": kinds,
        "deadline_kinds": list(DEADLINE),
        "statuses": STATUS,
        "domains": DOMAIN,
        "model_types": MODEL_TYPE,
        "tz": tz,
        "commune": _commune(campaign),
        "printed_on": clock.today(campaign),
    }


@bp.get("/")
def overview() -> str:
    context = _register_context(paged=True)
    lines, bars = charts(context["shown"], context["tz"])
    return render_template("overview.html", line_charts=lines, bar_charts=bars, **context)


@bp.get("/in")
def print_register() -> str:
    """Every unit that matches the filters on one page, laid out for A4 landscape paper."""
    return render_template("print.html", **_register_context(paged=False))


def _load_document(
    attachment_id: int,
) -> tuple[Attachment, Message, ExtractionRecord | None, Submission | None]:
    session = db()
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        abort(404)
    extraction = attachment.extraction
    submission = (
        session.scalar(select(Submission).where(Submission.extraction_id == extraction.id))
        if extraction is not None
        else None
    )
    return attachment, attachment.message, extraction, submission


@bp.get("/documents/<int:attachment_id>")
def document(attachment_id: int) -> str:
    return _render_document(attachment_id)


def _corrections(audit: list[AuditEntry], tz: str) -> dict[str, tuple[str, datetime | None]]:
    """Per field, who corrected it last and when (the page shows that instead of a confidence)."""
    names = display_names(db(), (e.actor for e in audit if e.action == "correct_fields"))
    out: dict[str, tuple[str, datetime | None]] = {}
    for entry in audit:
        if entry.action == "correct_fields" and entry.entity == "extraction":
            for key in entry.after or {}:
                out[key] = (names.get(entry.actor, entry.actor), clock.local_naive(entry.at, tz))
    return out


def _render_document(
    attachment_id: int,
    errors: dict[str, str] | None = None,
    typed: dict[str, str] | None = None,
) -> str:
    """The document page; after a save with mistakes, `errors` and what was `typed` per field."""
    session = db()
    attachment, message, extraction, submission = _load_document(attachment_id)
    history: list[Submission] = []
    if submission is not None and submission.unit_id and submission.deadline_id:
        # The same model sent again: the earlier copies are its history.
        history = list(
            session.scalars(
                select(Submission)
                .where(
                    Submission.unit_id == submission.unit_id,
                    Submission.deadline_id == submission.deadline_id,
                    Submission.model_key == submission.model_key,
                )
                .order_by(Submission.received_at)
            )
        )
    history_attachments = {
        s.id: session.scalar(
            select(ExtractionRecord.attachment_id).where(ExtractionRecord.id == s.extraction_id)
        )
        for s in history
    }
    keys: list[tuple[str, str]] = [("attachment", str(attachment.id))]
    if extraction is not None:
        keys.append(("extraction", str(extraction.id)))
    if submission is not None:
        keys.append(("submission", str(submission.id)))
    audit = list(
        session.scalars(
            select(AuditEntry)
            .where(or_(*(and_(AuditEntry.entity == e, AuditEntry.entity_id == i) for e, i in keys)))
            .order_by(AuditEntry.at, AuditEntry.id)
        )
    )
    units = list(session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.name)))
    tz = _timezone()
    kind = extraction.kind if extraction else "unknown"
    field_keys = [
        k
        for k in FIELD_KEYS
        if not (kind == "registration" and k in REPORT_ONLY)
        and not (kind == "report" and k in REGISTRATION_ONLY)
    ]
    return render_template(
        "document.html",
        attachment=attachment,
        message=message,
        extraction=extraction,
        submission=submission,
        unit=session.get(Unit, (submission.commune_id, submission.unit_id))
        if submission and submission.unit_id
        else None,
        history=history,
        history_attachments=history_attachments,
        audit=audit,
        units=units,
        field_keys=field_keys,
        long_fields=LONG_FIELDS,
        received_at=clock.local_naive(message.received_at, tz),
        received_at_source=label(RECEIVED_AT_SOURCE, message.received_at_source),
        local=lambda value: clock.local_naive(value, tz),
        can_preview=_sniffed(attachment) in INLINE_TYPES,
        corrections=_corrections(audit, tz),
        errors=errors or {},
        typed=typed or {},
        history_lines=describe_entries(session, audit, tz),
        regions=regions(extraction, field_keys),
        attachment_id=attachment.id,
    )


def _blob(attachment: Attachment) -> bytes:
    blob = db().get(Blob, attachment.sha256)
    if blob is None:
        abort(404)
    return blob.data


def _sniffed(attachment: Attachment) -> str:
    """The type to serve under: re-checked from the bytes, never the sender's claim."""
    return (
        attachment.media_type
        if attachment.media_type in INLINE_TYPES
        else "application/octet-stream"
    )


def safe_filename(name: str, fallback: str = "tai-lieu") -> str:
    """A download name without paths, control characters or quotes; Unicode kept (NFC)."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r'["<>:|?*;]', "_", name).strip(" .")
    return name[:150] or fallback


@bp.get("/documents/<int:attachment_id>/file")
def download(attachment_id: int) -> Response:
    attachment = db().get(Attachment, attachment_id)
    if attachment is None:
        abort(404)
    response = send_file(
        io.BytesIO(_blob(attachment)),
        mimetype="application/octet-stream",
        as_attachment=True,
        download_name=safe_filename(attachment.filename),
    )
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@bp.get("/documents/<int:attachment_id>/preview")
def preview(attachment_id: int) -> Response:
    attachment = db().get(Attachment, attachment_id)
    if attachment is None:
        abort(404)
    data = _blob(attachment)
    media_type = sniff_media_type(data)
    if media_type not in INLINE_TYPES:
        abort(404)  # HTML, SVG and everything else: download only, never rendered by us
    response = send_file(
        io.BytesIO(data),
        mimetype=media_type,
        as_attachment=False,
        download_name=safe_filename(attachment.filename),
    )
    if media_type != "application/pdf":
        response.headers["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    return response


def _parse_field(key: str, raw: str) -> object:
    """Form text as a field value, read the Vietnamese way (`web.form_input`); `documents.review`
    then checks it against the contract."""
    value = unicodedata.normalize("NFC", raw).strip()
    if value == "":
        return None
    if key == "funds_vnd":
        return parse_money_input(value)
    if key in INT_FIELDS:
        return parse_integer_input(value)
    if key in DATE_FIELDS:
        return parse_date_input(value).isoformat()
    return value


def _actor() -> str:
    user = current_user()
    return user.username if user else "?"


@bp.post("/documents/<int:attachment_id>/fields")
def correct(attachment_id: int) -> Response | tuple[str, int]:
    """Save every valid field; a field that is not valid is shown again beside its error, with
    what was typed, and the others are saved all the same."""
    session = db()
    attachment, _message, extraction, _submission = _load_document(attachment_id)
    if extraction is None:
        abort(404)
    current = extraction.fields or {}
    changes: dict[str, object] = {}
    errors: dict[str, str] = {}
    typed: dict[str, str] = {}
    for key in FIELD_KEYS:
        name = f"f_{key}"
        if name not in request.form:
            continue
        try:
            value = review.validate_field(key, _parse_field(key, request.form[name]))
        except (FieldInputError, review.CorrectionError) as exc:
            errors[key] = _field_message(key, exc)
            typed[key] = request.form[name]
            continue
        if value != current.get(key):
            changes[key] = value
    learned: list[layout_memory.Lesson] = []
    if changes:
        try:
            review.correct_fields(session, extraction.id, changes, actor=_actor(), learned=learned)
        except ValueError as exc:
            session.rollback()
            flash(str(exc), "error")
            return redirect(url_for("views.document", attachment_id=attachment.id))
        session.commit()
    for lesson in learned:
        if lesson.learned:
            flash(f"dvk đã ghi nhớ vị trí của {label(FIELD, lesson.field)} trên mẫu phiếu này "
                  f"({lesson.note}); phiếu sau cùng mẫu sẽ được đọc theo đó.", "ok")  # fmt: skip
    if errors:
        saved = f"Đã lưu {len(changes)} trường. " if changes else "Chưa lưu trường nào. "
        flash(f"{saved}{len(errors)} trường chưa hợp lệ, xem bên dưới.", "error")
        return _render_document(attachment.id, errors, typed), 422
    flash(f"Đã lưu {len(changes)} trường." if changes else "Không có thay đổi.", "ok")
    return redirect(url_for("views.document", attachment_id=attachment.id))


def _field_message(key: str, exc: Exception) -> str:
    """The error beside the field: without the field's name, which the row already shows."""
    text = str(exc)
    prefix = f"{review.LABELS.get(key, key)}: "
    return text[len(prefix) :] if text.startswith(prefix) else text


@bp.post("/submissions/<int:submission_id>/unit")
def confirm_unit(submission_id: int) -> Response:
    session = db()
    submission = session.get(Submission, submission_id)
    if submission is None:
        abort(404)
    unit_id = request.form.get("unit_id", "")
    if session.get(Unit, (submission.commune_id, unit_id)) is None:
        flash("Đơn vị không hợp lệ.", "error")
    else:
        try:
            review.confirm_unit(
                session,
                submission_id,
                unit_id,
                actor=_actor(),
                learn_address=request.form.get("learn_address") == "1",
            )
        except ValueError as exc:
            session.rollback()
            flash(str(exc), "error")
            return _back(submission)
        session.commit()
        flash("Đã xác nhận đơn vị.", "ok")
    return _back(submission)


@bp.post("/submissions/<int:submission_id>/review")
def resolve(submission_id: int) -> Response:
    session = db()
    submission = session.get(Submission, submission_id)
    if submission is None:
        abort(404)
    decision = request.form.get("decision")
    if decision not in {"accept", "reject"}:
        abort(400)
    try:
        review.resolve_review(session, submission_id, actor=_actor(), accept=decision == "accept")
    except ValueError as exc:
        session.rollback()
        flash(str(exc), "error")
        return _back(submission)
    session.commit()
    flash("Đã chấp nhận văn bản." if decision == "accept" else "Đã loại văn bản.", "ok")
    return _back(submission)


def _back(submission: Submission) -> Response:
    if (target := back_to_mailroom()) is not None:
        return redirect(target)
    if request.form.get("back") == "review":
        return redirect(url_for("views.review_queue"))
    attachment_id = db().scalar(
        select(ExtractionRecord.attachment_id).where(
            ExtractionRecord.id == submission.extraction_id
        )
    )
    return redirect(url_for("views.document", attachment_id=attachment_id))


@bp.get("/review")
def review_queue() -> str:
    session = db()
    items = register.review_queue(session)
    units = list(session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.name)))
    names = {u.id: u.name for u in units}
    extraction_ids = [s.extraction_id for s in items]
    extractions = {
        e.id: e
        for e in session.scalars(
            select(ExtractionRecord).where(ExtractionRecord.id.in_(extraction_ids))
        )
    }
    attachments = {e.id: e.attachment_id for e in extractions.values()}
    return render_template(
        "review.html",
        items=items,
        units=units,
        unit_names=names,
        attachments={s.id: attachments.get(s.extraction_id) for s in items},
        regions_of={
            s.id: regions(extractions.get(s.extraction_id), list(FIELD_KEYS)) for s in items
        },
        held=held_replies.held_replies(session),
        unanswered=held_replies.unanswered_for_the_office(session),
    )


HISTORY_PER_PAGE = 100


@bp.get("/don-vi/<unit_id>/lich-su")
def unit_history(unit_id: str) -> str:
    """Every change that concerns one unit, as sentences, newest first."""
    session = db()
    unit = get_unit(session, unit_id)
    if unit is None:
        abort(404)
    entries = list(reversed(unit_entries(session, unit.id)))
    return render_template(
        "history.html",
        title=f"Lịch sử: {unit.name}",
        lines=describe_entries(session, entries, _timezone()),
        unit=unit,
        page=None,
        actors=[],
        actor="",
    )


@bp.get("/lich-su")
def office_history() -> str:
    """The whole office's history, newest first, a hundred changes a page, by person if asked."""
    session = db()
    actors = list(session.scalars(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor)))
    actor = request.args.get("nguoi", "")[:64]
    query = select(AuditEntry)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    count = max(1, -(-total // HISTORY_PER_PAGE))
    try:
        number = min(max(int(request.args.get("page", "1")), 1), count)
    except ValueError:
        number = 1
    entries = list(
        session.scalars(
            query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .offset((number - 1) * HISTORY_PER_PAGE)
            .limit(HISTORY_PER_PAGE)
        )
    )
    return render_template(
        "history.html",
        title="Lịch sử thay đổi của văn phòng",
        lines=describe_entries(session, entries, _timezone()),
        unit=None,
        page={"number": number, "count": count, "total": total},
        actors=[(a, n) for a, n in sorted(display_names(session, actors).items())],
        actor=actor,
    )


@bp.post("/outbox/<int:outbox_id>/<any(release, drop):decision>")
def decide_held(outbox_id: int, decision: str) -> Response | str:
    """Release or drop a held automatic reply (editors only, CSRF-checked, confirmed first,
    audited)."""
    session = db()
    row = session.get(OutboundMail, outbox_id)
    to = ", ".join(row.to_addrs or []) if row is not None else "?"
    release = decision == "release"
    asked = confirmation(
        f"Duyệt gửi thư #{outbox_id} tới {to}?"
        if release
        else f"Bỏ thư #{outbox_id} tới {to}, không bao giờ gửi?",
        [
            f"Tiêu đề: {row.subject}" if row is not None else "",
            f"Lý do chờ duyệt: {row.hold_reason or '—'}" if row is not None else "",
        ],
        back_to_mailroom() or url_for("views.review_queue"),
        "Xác nhận duyệt gửi" if release else "Xác nhận bỏ thư",
    )
    if asked is not None:
        return asked
    decide = held_replies.release if release else held_replies.drop
    try:
        decide(session, outbox_id, actor=_actor())
    except held_replies.HeldReplyError as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(back_to_mailroom() or url_for("views.review_queue"))
    session.commit()
    if decision == "release":
        flash(f"Đã duyệt thư #{outbox_id}; thư sẽ được gửi trong lần gửi tới.", "ok")
    else:
        flash(f"Đã bỏ thư #{outbox_id}; thư sẽ không được gửi.", "ok")
    return redirect(back_to_mailroom() or url_for("views.review_queue"))


def _stamp() -> str:
    return clock.today(_timezone()).strftime("%Y%m%d")


@bp.get("/export/so-theo-doi.xlsx")
def export_workbook() -> Response:
    buffer = io.BytesIO()
    export_xlsx(db(), buffer)
    buffer.seek(0)
    return send_file(
        buffer,
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=f"so-theo-doi-dan-van-kheo-{_stamp()}.xlsx",
    )


#: What `CommuneNamesMissingError` lists, as the office reads it.
MISSING_NAMES = {
    "name": "tên xã",
    "party committee": "tên Đảng ủy",
    "office name": "tên Văn phòng",
    "signer": "chức danh người ký",
    "superior body": "cơ quan cấp trên nhận báo cáo",
}


@bp.get("/export/bao-cao.docx")
def export_report() -> Response:
    buffer = io.BytesIO()
    try:
        export_report_docx(db(), buffer)
    except CommuneNamesMissingError as exc:
        message = (
            "Chưa đủ thông tin để lập báo cáo (thiếu: "
            + ", ".join(MISSING_NAMES.get(m, m) for m in exc.missing)
            + "). Bổ sung khối «commune:» trong tệp danh sách đơn vị rồi nạp lại "
            "(dvk units import)."
        )
        return Response(render_template("error.html", code=409, message=message), 409)
    buffer.seek(0)
    return send_file(
        buffer,
        mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        as_attachment=True,
        download_name=f"bao-cao-dan-van-kheo-{_stamp()}.docx",
    )
