"""Migration 0003 on a database that already holds mail: today's outbox rows keep counting
against the rate limits (backfilled recipients), on SQLite and PostgreSQL, and it goes back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from tests.conftest import PG_ADMIN_URL, ROOT, unavailable

pytestmark = [pytest.mark.integration]


def _config(url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = url
    config.attributes["configure_logging"] = False
    return config


@pytest.fixture(params=["sqlite", "postgres"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'm.sqlite3'}"
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


def test_existing_outbox_rows_are_backfilled_and_the_migration_goes_back(empty_url: str) -> None:
    config = _config(empty_url)
    command.upgrade(config, "0001")
    engine = create_engine(empty_url)
    sent = datetime(2024, 4, 2, 3, 0, tzinfo=UTC)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO units (id, name, kind, aliases, active) VALUES ('u1', 'U', 'other', '[]', true)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO unit_emails (unit_id, address, origin) "
                    "VALUES ('u1', 'chi.bo@gmail.com', 'units_file')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO outbound_mail (purpose, idempotency_key, to_addrs, subject, "
                    "message_id_header, raw, state, attempts, created_at) VALUES "
                    "('reminder', 'k1', :to1, 's', '<1@x>', :raw, 'sent', 1, :at), "
                    "('ack', 'k2', :to2, 's', '<2@x>', :raw, 'sent', 1, :at)"
                ),
                {
                    "to1": '["Chi.Bo+x@gmail.com", "other@unit.vn"]',
                    "to2": '["stranger@evil.example", "CHI.BO@Gmail.com"]',
                    "raw": b"x",
                    "at": sent,
                },
            )
        command.upgrade(config, "0003")
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT mailbox_key, domain, listed FROM outbound_recipients "
                    "ORDER BY outbound_id, mailbox_key, listed"
                )
            ).all()
        assert [(k, d, bool(listed)) for k, d, listed in rows] == [
            ("chibo@gmail.com", "gmail.com", False),  # the +x spelling is not the listed one
            ("other@unit.vn", "unit.vn", False),
            ("chibo@gmail.com", "gmail.com", True),  # the listed address, in capitals
            ("stranger@evil.example", "evil.example", False),
        ]
        command.downgrade(config, "0001")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM outbound_mail")).scalar() == 2
    finally:
        engine.dispose()
