"""Schema upgrades proven against databases filled by the previous release (268fdbe, head 0001).

`tests/fixtures/previous_release/` holds an SQLite database and a PostgreSQL dump that the
previous release filled through its own real paths (its example mails by its `dvk run --once`,
an office login, a correction) and the manifest of what its register held; rebuild them with
`scripts/make_previous_release_fixtures.sh`. Each is upgraded with today's `dvk db upgrade`,
then read with today's models: every row is there, times are the same aware UTC instants,
submissions still current, blobs byte-equal, the correction and the login intact — and the
schema is exactly today's (`dvk db check`). On SQLite this guards against a batch table rebuild
that cascades deletes (attachments lost with their messages).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import (
    Attachment,
    AuditEntry,
    Base,
    Blob,
    ExtractionRecord,
    Message,
    Submission,
    User,
)
from tests.conftest import ROOT
from tests.integration.operations.filling import empty_database, sessions_for
from tests.integration.workers.cli_harness import dvk
from tests.timezones import process_tz  # noqa: F401

FIXTURES = ROOT / "tests" / "fixtures" / "previous_release"
MANIFEST: dict[str, Any] = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))


def _upgrade(url: str, data_dir: Path) -> None:
    env = {"DVK_DATABASE_URL": url, "DVK_DATA_DIR": str(data_dir)}
    upgraded = dvk(["db", "upgrade"], env)
    assert upgraded.exit_code == 0, upgraded.stderr + str(upgraded.crashed)
    checked = dvk(["db", "check"], env)
    assert checked.exit_code == 0, checked.stderr + checked.stdout
    register = dvk(["register", "--json"], env)
    assert register.exit_code == 0, register.stderr
    documents = [d for unit in json.loads(register.stdout) for kind in ("registration", "report")
                 for d in unit[kind]["documents"]]  # fmt: skip
    assert len(documents) == len(MANIFEST["submissions"])


def _check_everything_survived(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in MANIFEST["counts"]:
                count = session.scalar(select(func.count()).select_from(table))
                assert count == MANIFEST["counts"][table.name], table.name
        messages = {m.raw_sha256: m for m in session.scalars(select(Message))}
        assert set(messages) == set(MANIFEST["messages"])
        for sha, expected in MANIFEST["messages"].items():
            message = messages[sha]
            assert message.received_at.utcoffset() == timedelta(0)
            assert message.received_at == datetime.fromisoformat(expected["received_at"]), sha
            assert message.state == expected["state"] and message.unit_id == expected["unit_id"]
            assert sorted(a.sha256 for a in message.attachments) == expected["attachments"]
        submissions = [
            {
                "message": session.get_one(Message, s.message_id).raw_sha256,
                "unit_id": s.unit_id,
                "is_current": s.is_current,
                "late_days": s.late_days,
                "received_at": s.received_at,
            }
            for s in session.scalars(select(Submission).order_by(Submission.id))
        ]
        for got, expected in zip(submissions, MANIFEST["submissions"], strict=True):
            assert got["received_at"] == datetime.fromisoformat(expected["received_at"])
            got["received_at"] = expected["received_at"]
            assert got == expected
        assert all(s["is_current"] for s in submissions)
        blobs = list(session.scalars(select(Blob)))
        assert sorted(b.sha256 for b in blobs) == MANIFEST["blobs"]
        for blob in blobs:
            assert hashlib.sha256(blob.data).hexdigest() == blob.sha256
        assert session.scalar(select(func.count()).select_from(Attachment)) == sum(
            len(m["attachments"]) for m in MANIFEST["messages"].values()
        )
        corrected = MANIFEST["corrected"]
        extraction = session.scalars(
            select(ExtractionRecord)
            .join(Attachment)
            .where(Attachment.sha256 == corrected["attachment"])
        ).one()
        assert extraction.corrected
        assert {k: extraction.fields.get(k) for k in corrected["fields"]} == corrected["fields"]
        audit = session.scalars(select(AuditEntry)).one()
        assert audit.actor == "vanphong" and audit.at.utcoffset() == timedelta(0)
        user = session.scalars(select(User)).one()
        assert user.username == "vanphong" and user.session_epoch
        assert PasswordHasher().verify(user.password_hash, "mat-khau-du-dai-1")


def test_the_previous_releases_sqlite_database_upgrades_whole(
    process_tz: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    copy = tmp_path / "dvk.sqlite3"
    shutil.copy(FIXTURES / "sqlite.sqlite3", copy)
    url = f"sqlite:///{copy}"
    _upgrade(url, tmp_path / "var")
    sessions = sessions_for(url)
    try:
        _check_everything_survived(sessions)
    finally:
        sessions.kw["bind"].dispose()


def test_the_previous_releases_postgresql_dump_upgrades_whole(tmp_path: Path) -> None:
    with empty_database("postgres", tmp_path) as url:
        sql = gzip.decompress((FIXTURES / "postgres.sql.gz").read_bytes())
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        loaded = subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", plain], input=sql,
                                capture_output=True, timeout=120)  # fmt: skip
        assert loaded.returncode == 0, loaded.stderr.decode()
        _upgrade(url, tmp_path / "var")
        sessions = sessions_for(url)
        try:
            _check_everything_survived(sessions)
        finally:
            sessions.kw["bind"].dispose()
