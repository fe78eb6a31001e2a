"""A real browser against the real server: Debian's Chromium driven by Playwright, the app served
by waitress in a thread on a free loopback port."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from documents.config_files import import_commune, load_units_file
from documents.settings import Settings
from tests.conftest import unavailable
from tests.integration.web.factory import Seeded, seed, seed_users
from tests.integration.web.served import serving
from workers.web_app import build_web_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
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


@pytest.fixture
def seeded_register(sessions: sessionmaker[Session]) -> Seeded:
    """The seeded register, with the example commune's names that the Word report prints (the
    report is refused without them)."""
    with sessions() as session:
        seed_users(session)
        import_commune(session, load_units_file(EXAMPLES / "units.yaml"))
        return seed(session)


@pytest.fixture
def base_url(
    settings: Settings, sessions: sessionmaker[Session], seeded_register: Seeded
) -> Iterator[str]:
    with serving(build_web_app(settings, sessions)) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(accept_downloads=True, base_url=base_url, locale="vi-VN")
    tab = context.new_page()
    yield tab
    context.close()
