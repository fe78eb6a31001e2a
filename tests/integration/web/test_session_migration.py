"""Migration 0005 on a database that already has users: each gets its own session epoch, so the
sessions opened before the upgrade end, and nothing else about the users changes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from tests.conftest import PG_ADMIN_URL, ROOT, unavailable
from workers.bootstrap import alembic_config


@pytest.fixture(params=["sqlite", "postgres"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'upgrade.sqlite3'}"
        return
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"dvk_mig_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        unavailable(f"PostgreSQL is not reachable: {exc.__class__.__name__}")
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_existing_users_get_distinct_epochs(empty_url: str) -> None:
    assert (ROOT / "migrations" / "versions" / "0005_sessions_and_login_backoff.py").is_file()
    config = alembic_config(empty_url)
    command.upgrade(config, "0001")
    engine = create_engine(empty_url)
    with engine.begin() as conn:
        for name in ("an", "binh", "chi"):
            conn.execute(
                text(
                    "INSERT INTO users (username, password_hash, role, active) "
                    "VALUES (:n, 'x', 'viewer', true)"
                ),
                {"n": name},
            )
    command.upgrade(config, "0005")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT username, session_epoch, role FROM users")).all()
    assert sorted(r[0] for r in rows) == ["an", "binh", "chi"]
    epochs = [r[1] for r in rows]
    assert all(isinstance(e, str) and len(e) == 32 for e in epochs)
    assert len(set(epochs)) == 3
    command.downgrade(config, "0001")
    command.upgrade(config, "0005")
    engine.dispose()
