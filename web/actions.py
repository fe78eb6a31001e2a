"""The office's actions on a unit (issue 14 §3): exempt it from a deadline (and undo), send it a
reminder now. Each action asks for confirmation first, then calls the domain function, which
writes the audit trail. Only editors may act (`web.app` refuses other POSTs with 403).

Confirmation is a second step served by the same route: the first POST (validated already, so a
mistake is shown at once) answers with a page that restates what will happen and carries the
same fields plus `xac_nhan=1`; only that second POST acts. No script is needed, so it works
under the strict Content-Security-Policy and with any browser.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response

from documents import clock, exemptions, register, replacement
from documents.db import get_unit
from documents.models import Attachment, Deadline, ExtractionRecord, Submission, Unit
from web.auth import current_user
from web.labels import DEADLINE, STATUS, UNIT_KIND, label
from web.state import db, state

bp = Blueprint("actions", __name__)

CONFIRM_FIELD = "xac_nhan"


def actor() -> str:
    user = current_user()
    return user.username if user else "?"


def confirmation(
    question: str,
    details: list[str],
    cancel: str,
    button: str,
    *,
    fields: list[tuple[str, str]] | None = None,
) -> str | None:
    """None when this POST carries the confirmation; else the page that asks for it, with the
    form's fields (or `fields`) carried over."""
    if request.form.get(CONFIRM_FIELD) == "1":
        return None
    if fields is None:
        fields = [
            (key, value)
            for key, value in request.form.items(multi=True)
            if key not in ("csrf_token", CONFIRM_FIELD)
        ]
    return render_template(
        "confirm.html",
        question=question,
        details=details,
        action=request.path,
        fields=fields,
        cancel=cancel,
        button=button,
    )


def _unit(unit_id: str) -> Unit:
    unit = get_unit(db(), unit_id)
    if unit is None:
        abort(404)
    return unit


def _deadline(deadline_id: int) -> Deadline:
    deadline = db().get(Deadline, deadline_id)
    if deadline is None:
        abort(404)
    return deadline


def _unit_page(unit_id: str) -> Response:
    return redirect(url_for("actions.unit", unit_id=unit_id))


@bp.get("/don-vi/<unit_id>")
def unit(unit_id: str) -> str:
    """A unit: its names and addresses, its status per deadline, and what the office can do."""
    session = db()
    found = _unit(unit_id)
    campaign = register.active_campaign(session)
    status = next(
        (u for u in register.unit_statuses(session, campaign.id if campaign else None)
         if u.unit_id == found.id),
        None,
    )  # fmt: skip
    deadlines = list(
        session.scalars(
            select(Deadline)
            .where(Deadline.campaign_id == (campaign.id if campaign else -1))
            .order_by(Deadline.due_date)
        )
    )
    return render_template(
        "unit.html",
        unit=found,
        kind=label(UNIT_KIND, found.kind),
        deadlines=deadlines,
        statuses=status.deadlines if status else {},
        status_label=lambda code: label(STATUS, code),
        deadline_label=lambda code: label(DEADLINE, code),
        can_remind=state().remind_now is not None,
        today=clock.today(campaign),
        local=lambda value: clock.local_naive(value, clock.zone(campaign).key),
    )


@bp.post("/don-vi/<unit_id>/mien/<int:deadline_id>")
def exempt(unit_id: str, deadline_id: int) -> Response | str:
    session = db()
    found, deadline = _unit(unit_id), _deadline(deadline_id)
    kind = label(DEADLINE, deadline.kind)
    try:
        reason = exemptions.clean_reason(request.form.get("reason", ""))
    except exemptions.ExemptionError as exc:
        flash(str(exc), "error")
        return _unit_page(found.id)
    asked = confirmation(
        f"Miễn cho {found.name} hạn nộp {kind} ({deadline.due_date:%d/%m/%Y})?",
        [
            f"Lý do: {reason}",
            "Đơn vị sẽ không bị tính là chưa gửi hay nộp muộn, không nhận thư nhắc, "
            "và được ghi «Miễn» cùng lý do trong sổ, tệp Excel và báo cáo.",
        ],
        url_for("actions.unit", unit_id=found.id),
        "Xác nhận miễn nộp",
    )
    if asked is not None:
        return asked
    try:
        exemptions.exempt(session, found.id, deadline.id, reason, actor=actor())
    except exemptions.ExemptionError as exc:
        session.rollback()
        flash(str(exc), "error")
        return _unit_page(found.id)
    session.commit()
    flash(f"Đã miễn cho {found.name} hạn nộp {kind}.", "ok")
    return _unit_page(found.id)


@bp.post("/don-vi/<unit_id>/mien/<int:deadline_id>/huy")
def unexempt(unit_id: str, deadline_id: int) -> Response | str:
    session = db()
    found, deadline = _unit(unit_id), _deadline(deadline_id)
    kind = label(DEADLINE, deadline.kind)
    asked = confirmation(
        f"Hủy miễn nộp {kind} cho {found.name}?",
        ["Đơn vị lại phải nộp: nếu chưa gửi sẽ được nhắc, và có thể bị tính nộp muộn."],
        url_for("actions.unit", unit_id=found.id),
        "Xác nhận hủy miễn",
    )
    if asked is not None:
        return asked
    try:
        exemptions.revoke(session, found.id, deadline.id, actor=actor())
    except exemptions.ExemptionError as exc:
        session.rollback()
        flash(str(exc), "error")
        return _unit_page(found.id)
    session.commit()
    flash(f"Đã hủy miễn nộp {kind} cho {found.name}.", "ok")
    return _unit_page(found.id)


@bp.post("/don-vi/<unit_id>/nhac/<int:deadline_id>")
def remind(unit_id: str, deadline_id: int) -> Response | str:
    """Send the unit a reminder now, through the outbox and its safety rules."""
    session = db()
    found, deadline = _unit(unit_id), _deadline(deadline_id)
    remind_now = state().remind_now
    if remind_now is None:
        flash("Máy chủ web này chưa được cấu hình để gửi thư nhắc.", "error")
        return _unit_page(found.id)
    kind = label(DEADLINE, deadline.kind)
    addresses = ", ".join(e.address for e in found.emails) or "(chưa có địa chỉ)"
    asked = confirmation(
        f"Gửi ngay thư nhắc nộp {kind} cho {found.name}?",
        [
            f"Người nhận: {addresses}.",
            "Thư đi qua hộp thư đi như thư nhắc tự động: mỗi ngày một thư cho mỗi hạn nộp, "
            "trong giới hạn số thư tự động mỗi ngày.",
        ],
        url_for("actions.unit", unit_id=found.id),
        "Xác nhận gửi thư nhắc",
    )
    if asked is not None:
        return asked
    try:
        outcome = remind_now(session, found.id, deadline.id, actor=actor())
    except ValueError as exc:
        session.rollback()
        flash(str(exc), "error")
        return _unit_page(found.id)
    session.commit()
    mail = outcome.mail
    if outcome.planned:
        flash(
            f"Đã đưa thư nhắc #{mail.id} gửi {', '.join(mail.to_addrs)} vào hộp thư đi; "
            "thư sẽ được gửi trong lần gửi tới.",
            "ok",
        )
    else:
        flash(
            f"Hôm nay đã có thư nhắc #{mail.id} cho {found.name} (hạn {kind}); "
            "không gửi thêm thư thứ hai.",
            "error",
        )
    return _unit_page(found.id)


def _submission_id(name: str) -> int:
    try:
        return int(request.form.get(name, ""))
    except ValueError:
        abort(400)


def _document_name(submission: Submission) -> str:
    extraction = submission.extraction_id
    row = (
        db()
        .execute(
            select(ExtractionRecord.fields, Attachment.filename)
            .join(Attachment, Attachment.id == ExtractionRecord.attachment_id)
            .where(ExtractionRecord.id == extraction)
        )
        .first()
    )
    if row is None:
        return f"#{submission.id}"
    name = (row[0] or {}).get("model_name") or row[1]
    return f"«{name}» (#{submission.id})"


@bp.post("/don-vi/<unit_id>/thay-the")
def replace(unit_id: str) -> Response | str:
    """Mark one of the unit's documents as replacing another (a resend dvk took for a second
    model)."""
    session = db()
    found = _unit(unit_id)
    newer = session.get(Submission, _submission_id("newer"))
    older = session.get(Submission, _submission_id("older"))
    if newer is None or older is None or found.id not in (newer.unit_id, older.unit_id):
        abort(404)
    asked = confirmation(
        f"Văn bản {_document_name(newer)} thay thế văn bản {_document_name(older)}?",
        [
            "Hai văn bản được tính là một mô hình: văn bản sau là văn bản hiện hành, "
            "văn bản trước được giữ lại làm lịch sử."
        ],
        url_for("actions.unit", unit_id=found.id),
        "Xác nhận thay thế",
    )
    if asked is not None:
        return asked
    try:
        replacement.mark_replaces(session, newer.id, older.id, actor=actor())
    except replacement.ReplacementError as exc:
        session.rollback()
        flash(str(exc), "error")
        return _unit_page(found.id)
    session.commit()
    flash("Đã đánh dấu văn bản thay thế.", "ok")
    return _unit_page(found.id)
