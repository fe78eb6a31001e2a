"""The mail room ("Thư đến"): every message received, those needing a person first, each with
its reason and one action. The query and the two actions of its own (retry a message, send a
reply again) are `documents.mailroom`'s; releasing or dropping a held reply and assigning a unit
post to the routes the review page uses (`web.views`), which come back here."""

from __future__ import annotations

from datetime import date
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response

from documents import clock, mailroom, preview, register
from documents.lifecycle import ATTENTION_ORDER, MessageState
from documents.models import Message, OutboundMail, Unit
from web.actions import confirmation
from web.auth import current_user
from web.form_input import FieldInputError, format_date, parse_date_input
from web.labels import RECEIVED_AT_SOURCE, label
from web.state import db

bp = Blueprint("mailroom", __name__)

#: Where the actions of the page send the browser back to (the page with its filters).
RETURN_PATH = "/thu-den"


def _actor() -> str:
    user = current_user()
    return user.username if user else "?"


def _day(name: str, errors: dict[str, str]) -> date | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    try:
        return parse_date_input(raw)
    except FieldInputError as exc:
        errors[name] = str(exc)
        return None


def back_to_mailroom() -> str | None:
    """The mail room address a form asked to return to (`return_to`), if any. Only the page
    itself (/thu-den with its filters) is followed: the field cannot send anyone elsewhere."""
    target = request.form.get("return_to", "")
    path = target.split("?", 1)[0]
    if path == RETURN_PATH and "\\" not in target:
        return target
    return None


@bp.get("/thu-den")
def mailroom_page() -> str:
    session = db()
    campaign = register.active_campaign(session)
    errors: dict[str, str] = {}
    asked = request.args.get("trang_thai", "")
    shown_state = asked if asked in {*MessageState, mailroom.NEEDS_PERSON} else None
    units = list(session.scalars(select(Unit).order_by(Unit.name)))
    unit_id = request.args.get("don_vi", "")
    if unit_id not in {u.id for u in units}:
        unit_id = ""
    filters = mailroom.Filters(
        state=shown_state,
        unit_id=unit_id or None,
        since=_day("tu", errors),
        until=_day("den", errors),
    )
    try:
        number = int(request.args.get("page", "1"))
    except ValueError:
        number = 1
    page = mailroom.mailroom_page(session, filters, page=number, campaign=campaign)
    tz = clock.zone(campaign).key
    args: dict[str, Any] = {
        "trang_thai": shown_state,
        "don_vi": unit_id or None,
        "tu": format_date(filters.since) if filters.since else None,
        "den": format_date(filters.until) if filters.until else None,
    }
    return render_template(
        "mailroom.html",
        page=page,
        unsent=mailroom.unsent_other_mail(session),
        filters=filters,
        args=args,
        typed={k: request.args.get(k, "") for k in ("tu", "den")},
        errors=errors,
        units=[u for u in units if u.active],
        unit_names={u.id: u.name for u in units},
        states=list(MessageState),
        attention_kinds=ATTENTION_ORDER,
        needs_person=mailroom.NEEDS_PERSON,
        here=request.full_path.rstrip("?"),
        local=lambda value: clock.local_naive(value, tz),
        source_label=lambda code: label(RECEIVED_AT_SOURCE, code),
        can_preview=preview.can_render,
    )


def _back() -> Response:
    return redirect(back_to_mailroom() or url_for("mailroom.mailroom_page"))


@bp.post("/thu-den/<int:message_id>/xu-ly-lai")
def retry(message_id: int) -> Response | str:
    """Put a failed or quarantined message back in line (editors only, confirmed first,
    audited)."""
    session = db()
    message = session.get(Message, message_id)
    asked = confirmation(
        f"Xử lý lại thư #{message_id}"
        + (f" của {message.sender}?" if message is not None and message.sender else "?"),
        [
            f"Tiêu đề: {message.subject or '(không có tiêu đề)'}" if message else "",
            f"Lỗi lần trước: {message.error or 'không rõ'}" if message else "",
        ],
        back_to_mailroom() or url_for("mailroom.mailroom_page"),
        "Xác nhận xử lý lại",
    )
    if asked is not None:
        return asked
    try:
        mailroom.retry_message(session, message_id, actor=_actor())
    except mailroom.MailroomError as exc:
        session.rollback()
        flash(str(exc), "error")
        return _back()
    session.commit()
    flash(f"Đã đưa thư #{message_id} vào hàng chờ xử lý lại; dvk sẽ xử lý trong ít phút.", "ok")
    return _back()


@bp.post("/thu-di/<int:outbox_id>/gui-lai")
def resend(outbox_id: int) -> Response | str:
    """Send a mail that could not be sent once more (editors only, confirmed first, audited)."""
    session = db()
    row = session.get(OutboundMail, outbox_id)
    asked = confirmation(
        f"Gửi lại thư #{outbox_id}"
        + (f" tới {', '.join(row.to_addrs or [])}?" if row is not None else "?"),
        [
            f"Tiêu đề: {row.subject}" if row is not None else "",
            f"Lỗi lần trước: {row.last_error or 'không rõ'}" if row is not None else "",
        ],
        back_to_mailroom() or url_for("mailroom.mailroom_page"),
        "Xác nhận gửi lại",
    )
    if asked is not None:
        return asked
    try:
        mailroom.resend_mail(session, outbox_id, actor=_actor())
    except mailroom.MailroomError as exc:
        session.rollback()
        flash(str(exc), "error")
        return _back()
    session.commit()
    flash(f"Thư #{outbox_id} sẽ được gửi lại trong lần gửi tới.", "ok")
    return _back()
