"""The web register's defences, through Flask's test client on both databases."""

from __future__ import annotations

import os
import re
import stat
from datetime import UTC, datetime, timedelta

import flask
import pytest
import time_machine
from flask.testing import FlaskClient
from markupsafe import escape
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.test import TestResponse

from documents.models import AuditEntry, LoginAttempt
from tests.integration.web.conftest import csrf_token, login, page_token
from tests.integration.web.factory import Seeded
from web.app import create_app
from workers.settings import Settings

PUBLIC = {
    "auth.login",
    "static",
    "monitoring.healthz",
    "monitoring.healthz_component",
    "monitoring.metrics",
}


def _sample_path(rule: str) -> str:
    return re.sub(r"<(?:int:)?[^>]+>", "1", rule)


def test_every_route_but_login_health_and_static_needs_a_session(
    app: flask.Flask, seeded: Seeded
) -> None:
    client = app.test_client()
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC:
            continue
        path = _sample_path(rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            response = client.open(path, method=method)
            if method == "POST":
                # No session and no token: refused either way, never performed.
                assert response.status_code in (302, 400), (method, path)
            else:
                assert response.status_code == 302, (method, path)
                assert response.headers["Location"].startswith("/login"), path
            checked += 1
    assert checked >= 10


def test_login_page_and_health_are_public_and_health_leaks_nothing(app: flask.Flask) -> None:
    client = app.test_client()
    assert client.get("/login").status_code == 200
    health = client.get("/healthz")
    assert health.status_code == 200
    # Statuses only: nothing has reported yet in this test (so `degraded`), and no details.
    assert health.get_json() == {
        "status": "degraded",
        "components": {
            "database": {"status": "ok"},
            "broker": {"status": "off"},
            "watcher": {"status": "unknown"},
            "workers": {"status": "off"},
            "beat": {"status": "unknown"},
            "smtp": {"status": "unknown"},
            "sandbox": {"status": "unknown"},
        },
    }
    assert client.get("/static/style.css").status_code == 200


def test_health_reports_the_queue(settings: Settings, sessions: sessionmaker[Session]) -> None:
    redis_url = "redis://127.0.0.1:6379/15"
    app = create_app(settings.model_copy(update={"broker_url": redis_url}), sessions)
    answer = app.test_client().get("/healthz/broker")
    assert answer.get_json()["components"]["broker"] == {"status": "ok"}
    dead = settings.model_copy(update={"broker_url": "redis://:secret@127.0.0.1:1/0"})
    response = create_app(dead, sessions).test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["components"]["broker"] == {"status": "down"}
    assert b"secret" not in response.data


def test_wrong_password_is_refused_in_vietnamese(app: flask.Flask) -> None:
    response = login(app.test_client(), "bientap", "sai-mat-khau")
    assert response.status_code == 401
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in response.get_data(as_text=True)


def test_login_redirects_only_to_local_paths(app: flask.Flask) -> None:
    client = app.test_client()
    token = csrf_token(client.get("/login").get_data(as_text=True))
    for target, expected in (
        ("/review", "/review"),
        ("https://evil.test/", "/"),
        ("//evil.test", "/"),
    ):
        client.post("/logout", data={"csrf_token": token})
        token = csrf_token(client.get("/login").get_data(as_text=True))
        response = client.post(
            f"/login?next={target}",
            data={"username": "xem", "password": "mat-khau-thu-nghiem", "csrf_token": token},
        )
        assert response.headers["Location"] == expected


def test_wrong_passwords_slow_the_guesser_and_never_lock_out_the_owner(
    app: flask.Flask, sessions: sessionmaker[Session]
) -> None:
    attacker = app.test_client()
    for _ in range(3):
        assert login(attacker, "bientap", "sai").status_code == 401
    slowed = login(attacker, "bientap", "sai")
    assert slowed.status_code == 429
    assert slowed.headers["Retry-After"] == "2"
    assert "vui lòng chờ 2 giây rồi thử lại" in slowed.get_data(as_text=True)
    assert login(attacker, "bientap").status_code == 429  # not even checked yet
    # The owner, from another address, gets in at once with the right password.
    owner = app.test_client()
    response = login(owner, "bientap", remote_addr="10.0.0.9")
    assert response.status_code == 302
    assert owner.get("/").status_code == 200
    with sessions() as session:
        failures = session.scalar(
            select(func.count()).select_from(LoginAttempt).where(LoginAttempt.succeeded.is_(False))
        )
    assert failures == 3  # the refused attempts were not counted


def test_many_accounts_from_one_address_are_slowed_too(app: flask.Flask) -> None:
    client = app.test_client()
    for i in range(10):
        assert login(client, f"khong-co-{i}", "sai").status_code == 401
    refused = login(client, "khong-co-10", "sai")
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert login(app.test_client(), "xem", remote_addr="10.0.0.9").status_code == 302


def test_post_without_csrf_token_is_rejected(editor: FlaskClient, seeded: Seeded) -> None:
    response = editor.post(
        f"/documents/{seeded.on_time.attachment_id}/fields",
        data={"f_model_name": "Đổi tên"},
    )
    assert response.status_code == 400
    assert "biểu mẫu không hợp lệ" in response.get_data(as_text=True)
    bad = editor.post(
        f"/documents/{seeded.on_time.attachment_id}/fields",
        data={"f_model_name": "Đổi tên", "csrf_token": "forged"},
    )
    assert bad.status_code == 400


def test_login_itself_needs_the_csrf_token(app: flask.Flask) -> None:
    response = app.test_client().post(
        "/login", data={"username": "bientap", "password": "mat-khau-thu-nghiem"}
    )
    assert response.status_code == 400


def test_viewer_cannot_change_anything(
    viewer: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    token = page_token(viewer)
    attempts = [
        (f"/documents/{seeded.on_time.attachment_id}/fields", {"f_model_name": "X"}),
        (f"/submissions/{seeded.review.submission_id}/unit", {"unit_id": "mttq"}),
        (f"/submissions/{seeded.review.submission_id}/review", {"decision": "accept"}),
    ]
    for path, data in attempts:
        response = viewer.post(path, data={**data, "csrf_token": token})
        assert response.status_code == 403, path
    page = viewer.get(f"/documents/{seeded.on_time.attachment_id}").get_data(as_text=True)
    assert "Lưu sửa đổi" not in page  # no forms shown to a viewer either
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_security_headers_on_every_kind_of_response(editor: FlaskClient, seeded: Seeded) -> None:
    responses = [
        editor.get("/"),
        editor.get("/login"),
        editor.get("/healthz"),
        editor.get("/nowhere"),
        editor.get(f"/documents/{seeded.on_time.attachment_id}/file"),
    ]
    for response in responses:
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp or "default-src 'none'" in csp
        assert "unsafe-inline" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"]
    assert "frame-ancestors 'none'" in responses[0].headers["Content-Security-Policy"]
    assert "<script" not in responses[0].get_data(as_text=True)


def _set_cookies(response: TestResponse) -> dict[str, str]:
    return {header.split("=", 1)[0]: header for header in response.headers.getlist("Set-Cookie")}


def test_session_cookie_flags(app: flask.Flask, settings: Settings, sessions) -> None:  # type: ignore[no-untyped-def]
    cookies = _set_cookies(login(app.test_client(), "xem"))
    assert set(cookies) == {"dvk_session", "dvk_device"}
    for cookie in cookies.values():
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
        assert "Secure" not in cookie
        assert "Expires=" in cookie
    tls = create_app(settings.model_copy(update={"behind_tls": True}), sessions)
    secure = _set_cookies(login(tls.test_client(), "xem"))
    assert all("Secure" in cookie for cookie in secure.values()) and len(secure) == 2


def test_session_expires(app: flask.Flask, settings: Settings, sessions) -> None:  # type: ignore[no-untyped-def]
    short = create_app(settings.model_copy(update={"session_hours": 1 / 3600}), sessions)
    client = short.test_client()
    assert login(client, "xem").status_code == 302
    assert client.get("/").status_code == 200
    with time_machine.travel(datetime.now(UTC) + timedelta(seconds=30), tick=False):
        assert client.get("/").status_code == 302


def test_secret_key_is_generated_once_with_private_mode(
    settings: Settings, sessions: sessionmaker[Session]
) -> None:
    first = create_app(settings, sessions)
    path = settings.data_dir / "secret_key"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    second = create_app(settings, sessions)
    assert first.secret_key == second.secret_key and len(str(first.secret_key)) >= 32


@pytest.mark.parametrize(
    "payload",
    ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "a\r\nSet-Cookie: x=1"],
)
def test_hostile_text_is_escaped_everywhere(
    editor: FlaskClient, sessions: sessionmaker[Session], payload: str
) -> None:
    from tests.integration.web.factory import add_document, at, seed

    with sessions() as session:
        seed(session)
        doc = add_document(
            session,
            None,
            "registration",
            {"model_name": payload, "unit_name": payload, "leader_name": payload},
            at("2024-04-04"),
            filename="x.docx",
            subject=payload,
            body=f"<b>{payload}</b>",
            warnings=[payload],
        )
        doc2 = add_document(
            session,
            "cong-an",
            "registration",
            {"model_name": payload, "domain": "economy"},
            at("2024-04-04"),
            filename="y.docx",
        )
        session.commit()
    pages = [
        "/",
        f"/?q={payload}",
        "/review",
        f"/documents/{doc.attachment_id}",
        f"/documents/{doc2.attachment_id}",
    ]
    for path in pages:
        response = editor.get(path)
        assert response.status_code == 200, path
        html = response.get_data(as_text=True)
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
        assert "<b>" not in html, path
        assert "Set-Cookie: x=1" not in str(response.headers), path
    html = editor.get(f"/documents/{doc.attachment_id}").get_data(as_text=True)
    assert str(escape(payload)) in html  # shown, as text


def test_download_is_an_attachment_with_a_safe_name(
    editor: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    from tests.integration.web.factory import add_document, at, seed

    with sessions() as session:
        seed(session)
        doc = add_document(
            session,
            "cong-an",
            "unknown",
            {},
            at("2024-04-04"),
            filename='..\\x\r\nSet-Cookie: a=1 "đăng ký".html',
            data=b"<html><script>alert(1)</script></html>",
            media_type="text/html",
        )
        session.commit()
    response = editor.get(f"/documents/{doc.attachment_id}/file")
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert (
        "\r" not in disposition
        and "\n" not in disposition
        and "Set-Cookie" not in str([k for k, _ in response.headers])
    )
    assert "%C4%91%C4%83ng" in disposition  # the Vietnamese name kept (RFC 5987)
    assert response.mimetype == "application/octet-stream"
    assert response.data.startswith(b"<html>")
    # HTML is never shown inline: no preview.
    assert editor.get(f"/documents/{doc.attachment_id}/preview").status_code == 404


def test_preview_serves_pdf_inline_with_the_sniffed_type(
    editor: FlaskClient, seeded: Seeded
) -> None:
    response = editor.get(f"/documents/{seeded.late.attachment_id}/preview")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("inline")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    # A docx claimed by nobody: not previewable.
    assert editor.get(f"/documents/{seeded.on_time.attachment_id}/preview").status_code == 404


def test_old_attempts_are_forgotten_on_a_successful_login(
    app: flask.Flask, sessions: sessionmaker[Session]
) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=40)
    with sessions() as session:
        session.add(
            LoginAttempt(username="xem", remote_addr="1.2.3.4", succeeded=False, at=long_ago)
        )
        session.commit()
    assert login(app.test_client(), "xem").status_code == 302
    with sessions() as session:
        ats = list(session.scalars(select(LoginAttempt.at)))
    assert len(ats) == 1  # only today's success remains


def test_forwarded_headers_count_only_from_a_trusted_proxy(
    settings: Settings, sessions: sessionmaker[Session]
) -> None:
    from tests.integration.web.factory import seed_users

    with sessions() as session:
        seed_users(session)
    forwarded = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}
    for proxies, peer, expected in (
        ([], "10.1.2.3", "10.1.2.3"),  # no proxy named: the headers are ignored
        (["10.1.0.0/16"], "10.1.2.3", "203.0.113.7"),
        (["10.1.0.0/16"], "10.9.9.9", "10.9.9.9"),  # a peer outside the named networks
    ):
        tuned = settings.model_copy(update={"trusted_proxies": proxies})
        client = create_app(tuned, sessions).test_client()
        page = client.get("/login")
        client.post(
            "/login",
            data={"username": "xem", "password": "sai", "csrf_token": csrf_token(page.text)},
            headers=forwarded,
            environ_base={"REMOTE_ADDR": peer},
        )
        with sessions() as session:
            latest = session.scalars(select(LoginAttempt).order_by(LoginAttempt.id.desc())).first()
            assert latest is not None and latest.remote_addr == expected, (proxies, peer)


def test_passwords_use_owasp_argon2_parameters_and_old_hashes_are_rehashed(
    app: flask.Flask, sessions: sessionmaker[Session]
) -> None:
    from argon2 import PasswordHasher, extract_parameters

    from documents.models import User
    from tests.integration.web.factory import PASSWORD

    def stored() -> str:
        with sessions() as session:
            found = session.scalar(select(User.password_hash).where(User.username == "xem"))
            assert found is not None
            return found

    current = extract_parameters(stored())
    assert (current.memory_cost, current.time_cost, current.parallelism) == (19 * 1024, 2, 1)
    old_hash = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash(PASSWORD)
    with sessions() as session:
        user = session.scalar(select(User).where(User.username == "xem"))
        assert user is not None
        user.password_hash = old_hash
        session.commit()
    assert login(app.test_client(), "xem").status_code == 302  # the old hash still logs in
    rehashed = stored()
    assert rehashed != old_hash
    assert extract_parameters(rehashed).memory_cost == 19 * 1024
    assert login(app.test_client(), "xem").status_code == 302
    assert stored() == rehashed  # only once
