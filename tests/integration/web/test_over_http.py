"""Sessions, the login backoff and the proxy setting against the real server: the web register
served by waitress over HTTP, browsers with their own cookie jars connecting from different
local addresses, and the `dvk user` commands run beside it."""

from __future__ import annotations

from collections.abc import Iterator

import flask
import pytest
import typer
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from documents.models import LoginAttempt
from tests.integration.web.factory import PASSWORD, seed_users
from tests.integration.web.served import Browser, serving
from tests.refusals import assert_refused
from web.app import create_app
from workers.bootstrap import Context
from workers.commands.web import register
from workers.settings import Settings

NEW_PASSWORD = "mat-khau-moi-hoan-toan"


def dvk(settings: Settings, *args: str, input: str | None = None) -> str:
    app = typer.Typer()
    context = Context(settings)
    register(app, lambda: context)
    result = CliRunner().invoke(app, list(args), input=input)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def port(settings: Settings, sessions: sessionmaker[Session]) -> Iterator[int]:
    with sessions() as session:
        seed_users(session)
    with serving(create_app(settings, sessions)) as running:
        yield running


def two_browsers(port: int, username: str = "bientap") -> tuple[Browser, Browser]:
    first, second = Browser(port), Browser(port, source="127.0.0.2")
    for browser in (first, second):
        assert browser.login(username, PASSWORD).status == 302
        assert browser.signed_in()
    return first, second


def test_logout_ends_every_session_of_the_user(port: int) -> None:
    first, second = two_browsers(port)
    other_user = Browser(port, source="127.0.0.3")
    assert other_user.login("xem", PASSWORD).status == 302
    assert first.logout().status == 302
    assert not first.signed_in()
    assert not second.signed_in()  # the other browser's session ended with it
    assert other_user.signed_in()  # another user's session is untouched
    assert second.login("bientap", PASSWORD).status == 302 and second.signed_in()


def test_a_new_password_ends_every_session_at_once(port: int, settings: Settings) -> None:
    first, second = two_browsers(port)
    output = dvk(settings, "user", "passwd", "bientap", "--password-stdin", input=NEW_PASSWORD)
    assert "mọi phiên đăng nhập cũ đã kết thúc" in output and NEW_PASSWORD not in output
    assert not first.signed_in() and not second.signed_in()
    assert first.login("bientap", PASSWORD).status == 401
    assert second.login("bientap", NEW_PASSWORD).status == 302 and second.signed_in()


def test_removing_a_user_ends_its_sessions_for_good(port: int, settings: Settings) -> None:
    first, second = two_browsers(port)
    assert "Đã xóa tài khoản" in dvk(settings, "user", "remove", "bientap", "--yes")
    assert not first.signed_in() and not second.signed_in()
    # Created again under the same name (SQLite may even reuse the id): old cookies stay dead.
    kept = dict(first.cookies)
    dvk(settings, "user", "add", "bientap", "--password-stdin", input=PASSWORD)
    first.cookies = kept
    assert not first.signed_in()


def test_user_commands_refuse_an_unknown_account(settings: Settings) -> None:
    app = typer.Typer()
    context = Context(settings)
    register(app, lambda: context)
    for args in (
        ["user", "passwd", "khong-co", "--password-stdin"],
        ["user", "remove", "khong-co", "-y"],
    ):
        result = CliRunner().invoke(app, args, input=NEW_PASSWORD)
        assert_refused(result, "không có tài khoản 'khong-co'", code=2)
    short = CliRunner().invoke(app, ["user", "passwd", "xem", "--password-stdin"], input="ngan")
    assert_refused(short, "ít nhất 8 ký tự", code=2)


def test_the_guesser_is_slowed_and_the_owner_gets_in(
    port: int, sessions: sessionmaker[Session]
) -> None:
    guesser = Browser(port, source="127.0.0.2")
    for _ in range(3):
        assert guesser.login("bientap", "sai-roi").status == 401
    slowed = guesser.login("bientap", PASSWORD)  # even the right password waits now
    assert slowed.status == 429
    assert slowed.headers["Retry-After"] == "2"
    assert "vui lòng chờ 2 giây rồi thử lại" in slowed.text
    owner = Browser(port, source="127.0.0.3")
    assert owner.login("bientap", PASSWORD).status == 302 and owner.signed_in()
    with sessions() as session:
        peers = set(session.scalars(select(LoginAttempt.remote_addr)))
    assert peers == {"127.0.0.2", "127.0.0.3"}  # waitress passed each real peer to Flask


def attempts_by_address(sessions: sessionmaker[Session]) -> list[str | None]:
    with sessions() as session:
        return list(session.scalars(select(LoginAttempt.remote_addr).order_by(LoginAttempt.id)))


@pytest.mark.parametrize("trusted", [[], ["127.0.0.1"], ["127.0.0.0/30"]])
def test_forwarded_for_counts_only_from_a_named_proxy(
    settings: Settings, sessions: sessionmaker[Session], trusted: list[str]
) -> None:
    with sessions() as session:
        seed_users(session)
    app: flask.Flask = create_app(
        settings.model_copy(update={"trusted_proxies": trusted}), sessions
    )
    spoof = {"X-Forwarded-For": "203.0.113.9, 198.51.100.1", "X-Forwarded-Proto": "https"}
    with serving(app) as running:
        assert Browser(running).login("xem", "sai", headers=spoof).status == 401
        assert Browser(running, source="127.0.0.9").login("xem", "sai", headers=spoof).status == 401
    seen = attempts_by_address(sessions)
    if trusted:
        # The proxy's peer is believed: the client is the right-most untrusted hop.
        assert seen == ["198.51.100.1", "127.0.0.9"]
    else:
        assert seen == ["127.0.0.1", "127.0.0.9"]
