"""Login and logout. The session cookie is signed by Flask and expires after settings.session_hours;
the user is re-read on every request so a deactivated account or a changed role takes effect at
once, and the session must carry the user's current session epoch: logout, a new password or
removing the account replace (or drop) it, which ends every session of that user at once."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from flask import Blueprint, current_app, g, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from documents.models import User
from web.login_backoff import valid_device
from web.state import db, state
from web.users import authenticate, commune_of_user, end_sessions, prune_attempts

bp = Blueprint("auth", __name__)


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    role: str
    display_name: str | None = None

    @property
    def can_edit(self) -> bool:
        return self.role == "editor"


def current_user() -> CurrentUser | None:
    if "user" in g:
        cached: CurrentUser | None = g.user
        return cached
    found: CurrentUser | None = None
    user_id = session.get("uid")
    if isinstance(user_id, int):
        user = db().get(User, user_id)
        epoch = session.get("epoch")
        if (
            user is not None
            and user.active
            and isinstance(epoch, str)
            and hmac.compare_digest(epoch, user.session_epoch)
        ):
            found = CurrentUser(user.id, user.username, user.role, user.display_name)
    g.user = found
    return found


def _safe_next(target: str | None) -> str:
    """Only a local path may follow the login, never another site."""
    if not target:
        return url_for("views.overview")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("views.overview")
    if "\\" in target or "\r" in target or "\n" in target:
        return url_for("views.overview")
    return target


#: The browser's device id: on an account it logged in to before, the login backoff counts it by
#: this id instead of its network (see web.login_backoff).
DEVICE_COOKIE = "dvk_device"
DEVICE_COOKIE_DAYS = 365


def _retry_message(seconds: int) -> str:
    wait = f"{seconds} giây" if seconds < 120 else f"{(seconds + 59) // 60} phút"
    return f"Đã nhập sai mật khẩu nhiều lần. Để bảo vệ tài khoản, vui lòng chờ {wait} rồi thử lại."


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | tuple[str, int, dict[str, str]] | tuple[str, int] | str:
    error = None
    status = 200
    username = ""
    if request.method == "POST":
        username = request.form.get("username", "")
        password = request.form.get("password", "")
        device = valid_device(request.cookies.get(DEVICE_COOKIE)) or secrets.token_hex(16)
        g.commune_id = commune_of_user(state().sessions, username)  # before db() opens
        session_db = db()
        result = authenticate(session_db, username, password, request.remote_addr, device=device)
        if result.retry_after:
            page = render_template(
                "login.html", error=_retry_message(result.retry_after), username=username
            )
            return page, 429, {"Retry-After": str(result.retry_after)}
        if result.user is None:
            error = "Tên đăng nhập hoặc mật khẩu không đúng."
            status = 401
        else:
            prune_attempts(session_db)  # old attempts serve no limit any more
            session_db.commit()
            session.clear()  # a fresh session on login: no fixation
            session.permanent = True
            session["uid"] = result.user.id
            session["cid"] = result.user.commune_id
            session["epoch"] = result.user.session_epoch
            session["at"] = datetime.now(UTC).isoformat(timespec="seconds")
            response = redirect(_safe_next(request.args.get("next")))
            response.set_cookie(
                DEVICE_COOKIE,
                device,
                max_age=DEVICE_COOKIE_DAYS * 86400,
                secure=bool(current_app.config["SESSION_COOKIE_SECURE"]),
                httponly=True,
                samesite="Lax",
            )
            return response
    return render_template("login.html", error=error, username=username), status


@bp.route("/logout", methods=["POST"])
def logout() -> Response:
    """Log out everywhere: the user's sessions in every other browser end too."""
    user = current_user()
    if user is not None:
        session_db = db()
        end_sessions(session_db, user.id)
        session_db.commit()
    session.clear()
    return redirect(url_for("auth.login"))
