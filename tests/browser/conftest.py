"""A real browser against the real server: Debian's Chromium driven by Playwright, the app served
by waitress in a thread on a free loopback port."""

from __future__ import annotations

import shutil
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from documents.settings import Settings
from tests.conftest import unavailable
from tests.integration.web.factory import Seeded, seed, seed_users
from web.app import create_app, serve

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM):
        unavailable(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def seeded_register(sessions: sessionmaker[Session]) -> Seeded:
    with sessions() as session:
        seed_users(session)
        return seed(session)


@pytest.fixture
def base_url(
    settings: Settings, sessions: sessionmaker[Session], seeded_register: Seeded
) -> Iterator[str]:
    app = create_app(settings, sessions)
    port = _free_port()
    stop = threading.Event()
    thread = threading.Thread(target=serve, args=(app, "127.0.0.1", port, stop), daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):  # wait until it answers
        try:
            urllib.request.urlopen(url + "/healthz", timeout=2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield url
    stop.set()
    thread.join(timeout=10)


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(accept_downloads=True, base_url=base_url, locale="vi-VN")
    tab = context.new_page()
    yield tab
    context.close()
