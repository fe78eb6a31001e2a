"""Login and logout. The session cookie is signed by Flask and expires after settings.session_hours;
the user is re-read on every request so a deactivated account or a changed role takes effect at
once."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from flask import Blueprint, g, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from documents.models import User
from web.state import db
from web.users import authenticate, prune_attempts

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
        if user is not None and user.active and session.get("pw") == _stamp(user.password_hash):
            found = CurrentUser(user.id, user.username, user.role, user.display_name)
    g.user = found
    return found


def _stamp(password_hash: str) -> str:
    """A short fingerprint of the password hash: the signed cookie is readable by its holder,
    so it carries this rather than any part of the hash itself."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:20]


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


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | tuple[str, int] | str:
    error = None
    status = 200
    username = ""
    if request.method == "POST":
        username = request.form.get("username", "")
        password = request.form.get("password", "")
        session_db = db()
        result = authenticate(session_db, username, password, request.remote_addr)
        if result.user is not None:
            prune_attempts(session_db)  # old attempts serve no limit any more
        session_db.commit()
        if result.blocked:
            error = "Đăng nhập sai quá nhiều lần. Vui lòng chờ 15 phút rồi thử lại."
            status = 429
        elif result.user is None:
            error = "Tên đăng nhập hoặc mật khẩu không đúng."
            status = 401
        else:
            session.clear()  # a fresh session on login: no fixation
            session.permanent = True
            session["uid"] = result.user.id
            # Changing the password ends the sessions opened with the old one.
            session["pw"] = _stamp(result.user.password_hash)
            session["at"] = datetime.now(UTC).isoformat(timespec="seconds")
            return redirect(_safe_next(request.args.get("next")))
    return render_template("login.html", error=error, username=username), status


@bp.route("/logout", methods=["POST"])
def logout() -> Response:
    session.clear()
    return redirect(url_for("auth.login"))
