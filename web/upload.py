"""Registering a form received outside e-mail (paper, Zalo) for a unit (issue 14 §3).

Step one uploads the file: it is checked and kept (`documents.office_upload.stage_file`), and
the confirmation page restates the unit, the channel, the day and the file. Step two records it
(`register_upload`, audited), commits, and runs the pipeline's own step on it (the composition
root's `process_message`: the same extraction, matching and register as a mailed form; no
acknowledgement, the notifier is silent for uploads). If reading fails, the message waits in
the normal retry, and the page says so.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response

from documents import clock, office_upload, register
from documents.db import get_unit
from documents.lifecycle import ReviewState
from documents.models import Attachment, ExtractionRecord, Message, Submission, Unit
from web.actions import actor, confirmation
from web.auth import current_user
from web.form_input import FieldInputError, parse_date_input
from web.state import db, state
from web.views import safe_filename

bp = Blueprint("upload", __name__)

ENDPOINT = "upload.upload_form"


def allow_large_upload() -> None:
    """Forms and scans are larger than the app's 1 MB body limit: on the upload route only, and
    only for a signed-in editor, the limit is the upload's own."""
    if request.endpoint == ENDPOINT and request.method == "POST":
        user = current_user()
        if user is not None and user.can_edit:
            request.max_content_length = office_upload.MAX_UPLOAD_BYTES + 64 * 1024


def _unit(unit_id: str) -> Unit:
    unit = get_unit(db(), unit_id)
    if unit is None or not unit.active:
        abort(404)
    return unit


def _page(unit: Unit, error: str | None = None, status: int = 200) -> tuple[str, int]:
    campaign = register.active_campaign(db())
    form = request.form if request.method == "POST" else {}
    return render_template(
        "upload.html",
        unit=unit,
        channels=office_upload.CHANNELS,
        error=error,
        channel=form.get("channel", "paper"),
        received_on=form.get("received_on") or clock.today(campaign).strftime("%d/%m/%Y"),
        note=form.get("note", ""),
        max_mb=office_upload.MAX_UPLOAD_BYTES // (1024 * 1024),
    ), status


@bp.get("/don-vi/<unit_id>/nhap-phieu")
def upload_page(unit_id: str) -> tuple[str, int]:
    return _page(_unit(unit_id))


@bp.post("/don-vi/<unit_id>/nhap-phieu")
def upload_form(unit_id: str) -> Response | tuple[str, int] | str:
    session = db()
    unit = _unit(unit_id)
    channel = request.form.get("channel", "")
    try:
        received_on = parse_date_input(request.form.get("received_on", ""))
    except FieldInputError as exc:
        return _page(unit, f"Ngày nhận: {exc}", 422)
    if channel not in office_upload.CHANNELS:
        return _page(unit, "Hãy chọn phiếu đến qua kênh nào.", 422)
    upload = request.files.get("file")
    sha256 = request.form.get("sha256", "")
    filename = request.form.get("filename", "")
    if upload is not None and upload.filename:
        try:
            staged = office_upload.stage_file(session, upload.read())
        except office_upload.UploadError as exc:
            session.rollback()
            return _page(unit, str(exc), 422)
        session.commit()  # the bytes are kept (content-addressed) for the confirmation step
        sha256, filename = staged.sha256, safe_filename(upload.filename, "phieu")
    if not sha256:
        return _page(unit, "Chưa chọn tệp phiếu.", 422)
    asked = confirmation(
        f"Ghi phiếu «{filename}» vào sổ cho {unit.name}?",
        [
            f"Nhận qua {office_upload.CHANNELS[channel]} ngày {received_on:%d/%m/%Y}.",
            "dvk đọc phiếu như phiếu gửi qua thư điện tử; không gửi thư xác nhận cho ai.",
        ],
        url_for("actions.unit", unit_id=unit.id),
        "Xác nhận ghi vào sổ",
        fields=[
            ("channel", channel),
            ("received_on", received_on.strftime("%d/%m/%Y")),
            ("note", request.form.get("note", "")),
            ("sha256", sha256),
            ("filename", filename),
        ],
    )
    if asked is not None:
        return asked
    try:
        message = office_upload.register_upload(
            session,
            sha256=sha256,
            filename=safe_filename(filename, "phieu"),
            unit_id=unit.id,
            channel=channel,
            received_on=received_on,
            note=request.form.get("note", ""),
            actor=actor(),
        )
    except office_upload.UploadError as exc:
        session.rollback()
        return _page(unit, str(exc), 422)
    session.commit()
    message_id = message.id
    process = state().process_message
    if process is not None:
        try:
            process(message_id)
        except Exception:  # recorded on the message by the step itself; retried as usual
            flash(
                "Đã ghi nhận phiếu nhưng chưa đọc được ngay; dvk sẽ đọc lại tự động. "
                "Xem lại trang đơn vị sau ít phút.",
                "error",
            )
            return redirect(url_for("actions.unit", unit_id=unit.id))
    return _after(unit, message_id)


def _after(unit: Unit, message_id: int) -> Response:
    """Where the office lands: the document read from the upload, with what the register made."""
    session = db()
    session.expire_all()
    row = session.execute(
        select(Attachment.id, Submission.review_state, Message.state)
        .join(Message, Message.id == Attachment.message_id)
        .outerjoin(ExtractionRecord, ExtractionRecord.attachment_id == Attachment.id)
        .outerjoin(Submission, Submission.extraction_id == ExtractionRecord.id)
        .where(Attachment.message_id == message_id)
    ).first()
    if row is None or row[2] != "processed":
        flash("Đã ghi nhận phiếu; dvk đang đọc phiếu, xem lại sau ít phút.", "ok")
        return redirect(url_for("actions.unit", unit_id=unit.id))
    attachment_id, review_state, _ = row
    if review_state is None:
        flash(
            "Đã ghi nhận tệp, nhưng dvk không nhận ra đây là bản đăng ký hay báo cáo: "
            "tệp được giữ lại, không tính vào sổ.",
            "error",
        )
    elif review_state == ReviewState.NEEDS_REVIEW:
        flash(f"Đã ghi phiếu vào sổ cho {unit.name}; phiếu cần kiểm tra, xem bên dưới.", "ok")
    else:
        flash(f"Đã ghi phiếu vào sổ cho {unit.name}.", "ok")
    return redirect(url_for("views.document", attachment_id=attachment_id))
