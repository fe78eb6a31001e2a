"""Fixtures of the web tests: the app on the test database, users, a seeded register, and a
helper that logs in through the real form (CSRF token included)."""

from __future__ import annotations

import re

import flask
import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.test import TestResponse

from documents.settings import Settings
from tests.integration.web.factory import PASSWORD, Seeded, seed, seed_users
from workers.web_app import build_web_app

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "the page carries a CSRF token"
    return match.group(1)


@pytest.fixture
def app(settings: Settings, sessions: sessionmaker[Session]) -> flask.Flask:
    with sessions() as session:
        seed_users(session)
    return build_web_app(settings, sessions)


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> Seeded:
    with sessions() as session:
        return seed(session)


def login(
    client: FlaskClient,
    username: str,
    password: str = PASSWORD,
    *,
    remote_addr: str = "127.0.0.1",
) -> TestResponse:
    page = client.get("/login")
    token = csrf_token(page.get_data(as_text=True))
    return client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token},
        environ_base={"REMOTE_ADDR": remote_addr},
    )


def page_token(client: FlaskClient, path: str = "/") -> str:
    return csrf_token(client.get(path).get_data(as_text=True))


@pytest.fixture
def editor(app: flask.Flask) -> FlaskClient:
    client = app.test_client()
    assert login(client, "bientap").status_code == 302
    return client


@pytest.fixture
def viewer(app: flask.Flask) -> FlaskClient:
    client = app.test_client()
    assert login(client, "xem").status_code == 302
    return client
