"""Every migration after the first, on an SQLite database that holds mail: a batch migration that
rebuilds `messages` must not take its attachments and locations with it (SQLite's DROP TABLE
deletes the rows first, and dvk's connections enforce ON DELETE CASCADE)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from documents.db import make_engine
from tests.conftest import ROOT

ROWS = {
    "blobs": "INSERT INTO blobs (sha256, size, data) VALUES ('{h}', 3, x'616263')",
    "messages": (
        "INSERT INTO messages (id, source, raw_sha256, raw_size, received_at, classification, "
        "authenticity, parse_defects, state, attempts) VALUES (1, 'dropfolder', '{h}', 3, "
        "'2024-04-02 01:00:00.000000', 'normal', 'unknown', '[]', 'processed', 1)"
    ),
    "attachments": (
        "INSERT INTO attachments (id, message_id, part, filename, media_type, size, sha256) "
        "VALUES (1, 1, '2', 'a.docx', 'application/octet-stream', 3, '{h}')"
    ),
    "mail_locations": (
        "INSERT INTO mail_locations (message_id, mailbox, folder, uidvalidity, uid, "
        "server_action_done) VALUES (1, 'drop', 'inbox', 1, 1, true)"
    ),
}


def test_upgrading_an_sqlite_database_keeps_every_attachment(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = url
    config.attributes["configure_logging"] = False
    command.upgrade(config, "0001")
    engine = make_engine(url)  # foreign keys on, as dvk runs
    try:
        with engine.begin() as conn:
            for sql in ROWS.values():
                conn.execute(text(sql.format(h="a" * 64)))
        command.upgrade(config, "head")
        with engine.connect() as conn:
            counts = {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in ROWS}
            enforced = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    finally:
        engine.dispose()
    assert counts == dict.fromkeys(ROWS, 1)
    assert enforced == 1
