"""Session-wide fixtures: real databases (PostgreSQL and SQLite, fresh per test session), the
shared development material, and the rule that a missing service fails the run on CI."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from documents.db import make_engine, make_session_factory
from documents.models import Base
from documents.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DVK_SHARED_DIR", ROOT.parent / "shared"))
ON_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
PG_ADMIN_URL = os.environ.get(
    "DVK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
#: The test database's default session TimeZone: not UTC, so that a datetime written without
#: its zone (which PostgreSQL would read in the session's zone) cannot pass unnoticed.
PG_SESSION_TIMEZONE = "America/Los_Angeles"


def unavailable(reason: str) -> None:
    """Skip locally when a service or folder is missing; on CI that is a failure, never a skip."""
    if ON_CI:
        pytest.fail(f"{reason} (CI=true: a missing service or folder fails the run)")
    pytest.skip(reason)


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
