"""The web register's application factory and its WSGI server.

Security lives here, in one place, so no view can forget it: a session is required on every
route but the login page, static files and the monitoring endpoints (`web.monitoring`, which
guard themselves); only editors may POST; the province's logins read and never write
(`web.province`), and only they reach the province's pages; every form carries a CSRF token; every response
carries the security headers.
"""

from __future__ import annotations

import logging
import os
import secrets
import threading
from datetime import timedelta
from typing import Any

import flask
from flask import g, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy.orm import Session, sessionmaker
from waitress import wasyncore
from waitress.server import create_server
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from documents import lifecycle
from documents.province import PROVINCE_ROLES
from web import (
    actions,
    auth,
    campaign_templates,
    layouts,
    mailroom,
    monitoring,
    province,
    province_admin,
    province_mailboxes,  # noqa: F401  # its routes join province_admin's blueprint
    regions,
    reminder_calendar,
    units_admin,
    upload,
    views,
    year_end,
)
from web.proxy import TrustedProxies
from web.settings import WebSettings
from web.state import ProcessMessage, ReminderSource, RemindNow, RouteHeld, WebState, close_db

log = logging.getLogger(__name__)

PUBLIC_ENDPOINTS = frozenset({"auth.login", "static"}) | monitoring.PUBLIC_ENDPOINTS
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def secret_key(settings: WebSettings) -> str:
    """The session signing key: from settings, else kept in data_dir so restarts keep sessions."""
    if settings.secret_key is not None and settings.secret_key.get_secret_value():
        return settings.secret_key.get_secret_value()
    path = settings.data_dir / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_urlsafe(48))
    return path.read_text(encoding="ascii").strip()


def create_app(
    settings: WebSettings,
    sessions: sessionmaker[Session],
    *,
    reminders: ReminderSource | None = None,
    remind_now: RemindNow | None = None,
    process_message: ProcessMessage | None = None,
    route_held: RouteHeld | None = None,
) -> flask.Flask:
    """The register, with what only the composition root may import handed in: `reminders`
    (the module `notifier.preview`) powers the reminder calendar page, `remind_now` lets editors
    send a reminder at once, `process_message` registers a form received outside e-mail and
    `route_held` sends mail the shared mailbox held to the commune it was meant for;
    each page says so when its part is missing."""
    app = flask.Flask(__name__)
    app.config.update(
        SECRET_KEY=secret_key(settings),
        SESSION_COOKIE_NAME="dvk_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.behind_tls,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.session_hours),
        SESSION_REFRESH_EACH_REQUEST=False,
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session that holds it
        WTF_CSRF_SSL_STRICT=settings.behind_tls,
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    app.extensions["dvk"] = WebState(
        settings,
        sessions,
        reminders=reminders,
        remind_now=remind_now,
        process_message=process_message,
        route_held=route_held,
    )
    app.before_request(upload.allow_large_upload)  # before the CSRF check reads the form
    CSRFProtect(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(views.bp)
    app.register_blueprint(year_end.bp)
    app.register_blueprint(actions.bp)
    app.register_blueprint(units_admin.bp)
    app.register_blueprint(upload.bp)
    app.register_blueprint(monitoring.bp)
    app.register_blueprint(layouts.bp)
    app.register_blueprint(regions.bp)
    app.register_blueprint(mailroom.bp)
    app.register_blueprint(reminder_calendar.bp)
    app.register_blueprint(province.bp)
    app.register_blueprint(campaign_templates.bp)
    app.register_blueprint(province_admin.bp)
    app.before_request(_guard)
    app.after_request(_security_headers)
    app.teardown_appcontext(close_db)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    # Forwarded headers count only from the proxies named in DVK_TRUSTED_PROXIES (web.proxy).
    app.wsgi_app = TrustedProxies(app.wsgi_app, settings.trusted_proxies)  # type: ignore[method-assign]
    app.jinja_env.globals["current_user"] = auth.current_user
    # The lifecycle's names (`documents.lifecycle`), so templates compare and label by them.
    app.jinja_env.globals.update(
        MessageState=lifecycle.MessageState,
        DocumentState=lifecycle.DocumentState,
        ReviewState=lifecycle.ReviewState,
        Attention=lifecycle.Attention,
        RegisterStatus=lifecycle.RegisterStatus,
        OutboxState=lifecycle.OutboxState,
        PIPELINE=lifecycle.PIPELINE,
    )
    app.jinja_env.globals["viewed_commune"] = province.viewed_commune
    app.jinja_env.filters.update(views.FILTERS)
    return app


def _guard() -> Response | None:
    """Require a session everywhere but the public endpoints, and the editor role to change."""
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    user = auth.current_user()
    if user is None:
        return flask.redirect(flask.url_for("auth.login", next=request.full_path.rstrip("?")))
    if user.role in PROVINCE_ROLES:
        return province.guard(user.role)  # reads every commune, one at a time
    if request.blueprint in ("province", "province_admin"):
        flask.abort(403)  # a commune's office never sees the other communes
    editing = request.method not in SAFE_METHODS and request.endpoint != "auth.logout"
    if editing and user.role != "editor":
        flask.abort(403)
    return None


def _security_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "same-origin"
    headers.setdefault("Cache-Control", "no-store")
    if flask.current_app.config["SESSION_COOKIE_SECURE"]:
        headers["Strict-Transport-Security"] = "max-age=31536000"
    return response


def _csrf_error(_exc: CSRFError) -> tuple[str, int]:
    return render_template(
        "error.html",
        code=400,
        message="Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. "
        "Vui lòng tải lại trang và thử lại.",
    ), 400


_MESSAGES = {
    403: "Bạn không có quyền thực hiện thao tác này.",
    404: "Không tìm thấy trang hoặc tài liệu.",
    405: "Phương thức không được hỗ trợ.",
    413: "Dữ liệu gửi lên quá lớn.",
}


def _http_error(exc: HTTPException) -> Any:
    code = exc.code or 500
    if code < 400:
        return exc
    message = _MESSAGES.get(code, "Đã có lỗi xảy ra.")
    g.setdefault("error", True)
    return render_template("error.html", code=code, message=message), code


def serve(app: flask.Flask, host: str, port: int, stop: threading.Event | None = None) -> None:
    """Serve `app` with waitress until `stop` is set (or forever when there is none)."""
    socket_map: dict[int, Any] = {}
    # waitress hands REMOTE_ADDR (its TCP peer) and the headers through untouched: its own proxy
    # handling trusts one exact address, so the app's TrustedProxies (networks from
    # DVK_TRUSTED_PROXIES) decides alone, and strips forwarding headers from anyone else.
    server = create_server(
        app,
        map=socket_map,
        host=host,
        port=port,
        threads=4,
        ident="dvk",
        clear_untrusted_proxy_headers=False,
    )
    log.info("web register listening on http://%s:%s", host, port)
    if stop is None:
        server.run()
        return
    try:
        while not stop.is_set():
            wasyncore.loop(timeout=0.2, map=socket_map, use_poll=True, count=1)
    finally:
        server.task_dispatcher.shutdown()
        wasyncore.close_all(socket_map)
