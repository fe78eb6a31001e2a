"""Session-wide fixtures: real databases (PostgreSQL and SQLite, fresh per test session), the
shared development material, and the rule that a layer of the suite never skips silently.

A test that cannot run because a service, tool, package or folder is missing FAILS: a run that
skipped its PostgreSQL, Dovecot, Chromium, LibreOffice or fault layers proves nothing about them.
`unavailable()` says what is missing; any other skip (a `pytest.skip`, `skipif` or
`importorskip` added later) is turned into a failure by `pytest_runtest_makereport` below,
unless it is declared `not_applicable()` (the test does not concern this configuration, e.g. a
PostgreSQL-only behaviour under its SQLite parameter). A developer who wants a subset without the
services sets DVK_TEST_ALLOW_SKIPS=1; `scripts/test.sh` never does. Either way the run ends with
a summary of every skip and its reason."""

from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from documents.db import make_engine, make_session_factory
from documents.models import Base
from workers.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DVK_SHARED_DIR", ROOT.parent / "shared"))
#: Only an explicit opt-in lets a missing dependency skip instead of fail.
ALLOW_SKIPS = os.environ.get("DVK_TEST_ALLOW_SKIPS", "") == "1"
NOT_APPLICABLE = "not applicable: "
MISSING = "missing: "
PG_ADMIN_URL = os.environ.get(
    "DVK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
#: The test database's default session TimeZone: not UTC, so that a datetime written without
#: its zone (which PostgreSQL would read in the session's zone) cannot pass unnoticed.
PG_SESSION_TIMEZONE = "America/Los_Angeles"


def unavailable(reason: str) -> NoReturn:
    """A service, tool or folder this test needs is missing: a failure, never a silent skip
    (a skip only with DVK_TEST_ALLOW_SKIPS=1, for a local subset)."""
    if not ALLOW_SKIPS:
        pytest.fail(
            f"{reason}. This layer of the suite cannot run: scripts/test.sh sets up what the "
            "tests need; set DVK_TEST_ALLOW_SKIPS=1 only to run a subset without it.",
            pytrace=False,
        )
    pytest.skip(MISSING + reason)


def not_applicable(reason: str) -> NoReturn:
    """This test does not concern the current configuration (not a missing dependency)."""
    pytest.skip(NOT_APPLICABLE + reason)


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr)


SKIPS_KEY = pytest.StashKey[list[tuple[str, str, bool]]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[SKIPS_KEY] = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Every skip that is not declared `not_applicable` fails the test unless skips are
    allowed: whatever its source (skipif, importorskip, a bare pytest.skip)."""
    report = yield
    if not report.skipped or hasattr(report, "wasxfail"):
        return report
    reason = _skip_reason(report)
    failing = not ALLOW_SKIPS and not reason.startswith(NOT_APPLICABLE)
    item.config.stash[SKIPS_KEY].append((item.nodeid, reason, failing))
    if failing:
        report.outcome = "failed"
        report.longrepr = (
            f"skipped ({reason}): a skip for a missing dependency is an error. Install what it "
            "needs (scripts/test.sh does), declare it not_applicable() if the test does not "
            "concern this configuration, or set DVK_TEST_ALLOW_SKIPS=1 for a local subset."
        )
    return report


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Every skip with its reason, at the end of every run, so none goes unnoticed."""
    skips = config.stash.get(SKIPS_KEY, [])
    terminalreporter.section("skip summary")
    if not skips:
        terminalreporter.write_line("no test was skipped")
        return
    reasons = Counter((reason, failing) for _, reason, failing in skips)
    for (reason, failing), count in sorted(reasons.items(), key=lambda kv: -kv[1]):
        verdict = "FAILED (missing dependency)" if failing else "skipped"
        terminalreporter.write_line(f"{count:4d} × {verdict}: {reason}")
    allowed = "DVK_TEST_ALLOW_SKIPS=1" if ALLOW_SKIPS else "skips are errors"
    terminalreporter.write_line(f"{len(skips)} skipped in all ({allowed})")


def migrate(url: str) -> None:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = url
    config.attributes["configure_logging"] = False
    command.upgrade(config, "head")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "samples").is_dir():
        unavailable(f"development material not found at {SHARED} (set DVK_SHARED_DIR)")
    return SHARED


@pytest.fixture(scope="session")
def samples_dir(shared_dir: Path) -> Path:
    return shared_dir / "samples"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, migrated to head, dropped at the end;
    its sessions run in `PG_SESSION_TIMEZONE`."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"dvk_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            conn.execute(text(f"ALTER DATABASE \"{name}\" SET timezone TO '{PG_SESSION_TIMEZONE}'"))
    except Exception as exc:  # any connection failure: "not available"
        admin.dispose()
        unavailable(f"PostgreSQL is not reachable at 127.0.0.1:5432: {exc.__class__.__name__}")
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    migrate(url)
    yield url
    with admin.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :name AND pid <> pg_backend_pid()"
            ),
            {"name": name},
        )
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'dvk.sqlite3'}"
    migrate(url)
    return url


@pytest.fixture(scope="session", params=["postgres", "sqlite"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Every database test runs on both backends: the same schema, the same behaviour."""
    return str(request.getfixturevalue(f"{request.param}_url"))


def _empty_all_tables(engine: Engine) -> None:
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " CASCADE"))
        else:
            for table in tables:
                conn.execute(text(f'DELETE FROM "{table}"'))


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Engine]:
    """An engine on the PostgreSQL test database, every table emptied: the tenancy tests need
    PostgreSQL itself (row-level security), whatever `database_url` the run is parametrised with."""
    engine = make_engine(postgres_url)
    _empty_all_tables(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on an empty, migrated database (tables emptied before each test)."""
    eng = make_engine(database_url)
    _empty_all_tables(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as s:
        yield s


@pytest.fixture
def settings(tmp_path: Path, database_url: str, engine: Engine) -> Settings:
    """Settings on the (emptied) test database, with the embedded folders under a temporary
    directory."""
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "var",
        database_url=database_url,
        office_email="danvan@nghiathai.test",
    )
