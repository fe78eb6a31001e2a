"""The province administrator's page: the communes of the deployment and their office logins,
and adding either on the web instead of with `dvk communes add` / `dvk user add` (the communes'
mailboxes are on the next page, `web.province_mailboxes`, of the same blueprint).

Only a login of role `province_admin` reaches it (`web.province.guard`). A commune is added to
the directory of communes (as the operator's command does); a login is written in a transaction
of its own commune (row-level security, as the commune's own `dvk user add`). Both are recorded
in the province's history. The administrator never writes into a commune's register.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response

from documents.db import for_commune
from documents.models import AuditEntry, User
from documents.operations.mailboxes import held_messages
from documents.province import communes, create_commune, read_commune
from web.auth import current_user
from web.state import db, state
from web.users import add_user, commune_of_user

bp = Blueprint("province_admin", __name__)

#: The roles a commune's office login may have.
OFFICE_ROLES = {"viewer": "chỉ xem", "editor": "biên tập"}


@dataclass(frozen=True)
class Login:
    username: str
    display_name: str | None
    role: str
    active: bool


def audit(action: str, entity: str, entity_id: str, after: dict[str, str]) -> None:
    user = current_user()
    db().add(
        AuditEntry(
            actor=user.username if user else "?",
            action=action,
            entity=entity,
            entity_id=entity_id[:64],
            after=after,
        )
    )
    db().commit()


@bp.get("/tinh/quan-tri")
def page() -> str:
    sessions = state().sessions
    rows = []
    for commune in communes(sessions):
        with read_commune(sessions, commune.id)() as session:
            users = session.scalars(select(User).order_by(User.username)).all()
            logins = [Login(u.username, u.display_name, u.role, u.active) for u in users]
        rows.append((commune, logins))
    # The shared mailbox's mail no commune could be found for waits in the province's row.
    held = held_messages(db())
    return render_template(
        "province_admin.html",
        rows=rows,
        roles=OFFICE_ROLES,
        held=held,
        can_route=state().route_held is not None,
    )


@bp.post("/tinh/quan-tri/thu-cho/<int:message_id>")
def route_held_message(message_id: int) -> Response:
    """Send one held message to the commune the administrator chose: stored there as if it had
    arrived so, then read like any mailed form (at once when this process can, otherwise by the
    workers' next sweep). `ingest.routing.route_held` records it in the province's history."""
    route, slug = state().route_held, request.form.get("commune", "")
    if route is None:
        flash("Trang này chưa chuyển được thư; dùng `dvk mailboxes route`.", "error")
        return redirect(url_for("province_admin.page"))
    user = current_user()
    try:
        routed = route(message_id, slug, f"web:{user.username if user else '?'}")
    except ValueError as exc:
        flash(f"Chưa chuyển thư #{message_id}: {exc}.", "error")
        return redirect(url_for("province_admin.page"))
    _read_now(routed)
    flash(f"Đã chuyển thư #{message_id} về xã mã “{slug}” (thư #{routed} của xã).", "ok")
    return redirect(url_for("province_admin.page"))


def _read_now(message_id: int) -> None:
    """Read the routed form at once when this process runs the pipeline; a failure is kept on
    the message by the step itself and retried by the workers, so it does not undo the route."""
    process = state().process_message
    if process is None:
        return
    try:
        process(message_id)
    except Exception:  # recorded on the message; retried as usual
        flash(f"Thư #{message_id} chưa đọc được ngay; dvk sẽ đọc lại tự động.", "error")


@bp.post("/tinh/quan-tri/xa")
def add_commune() -> Response:
    slug, name = request.form.get("slug", ""), request.form.get("name", "")
    try:
        commune = create_commune(state().sessions, slug, name)
    except ValueError as exc:
        flash(f"Chưa thêm xã: {exc}.", "error")
    else:
        audit(
            "create_commune", "commune", commune.slug, {"slug": commune.slug, "name": commune.name}
        )
        flash(f"Đã thêm {commune.name} (mã {commune.slug}).", "ok")
    return redirect(url_for("province_admin.page"))


@bp.post("/tinh/quan-tri/tai-khoan")
def add_login() -> Response:
    form = request.form
    slug, username = form.get("commune", ""), form.get("username", "").strip()
    role, display_name = form.get("role", ""), form.get("display_name", "").strip()
    commune = next((c for c in communes(state().sessions) if c.slug == slug), None)
    if commune is None or role not in OFFICE_ROLES:
        flash("Chưa thêm tài khoản: chọn xã và vai trò.", "error")
        return redirect(url_for("province_admin.page"))
    if username and commune_of_user(state().sessions, username) is not None:
        flash(f"Chưa thêm tài khoản: tên đăng nhập “{username}” đã có.", "error")
        return redirect(url_for("province_admin.page"))
    try:
        with for_commune(state().sessions, commune.id).begin() as session:
            add_user(
                session,
                username,
                form.get("password", ""),
                role,
                display_name=display_name or None,
            )
    except ValueError as exc:
        flash(f"Chưa thêm tài khoản: {exc}.", "error")
        return redirect(url_for("province_admin.page"))
    audit(
        "add_office_login",
        "user",
        username,
        {"commune": commune.slug, "username": username, "role": role},
    )
    flash(f"Đã thêm tài khoản {username} ({OFFICE_ROLES[role]}) cho {commune.name}.", "ok")
    return redirect(url_for("province_admin.page"))
