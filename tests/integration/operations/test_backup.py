"""`dvk backup` and `dvk restore`: a register filled through the real paths comes back whole into
an empty database, on each backend and across backends; newer archives and non-empty targets
are refused; a damaged archive restores nothing."""

from __future__ import annotations

import gzip
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import (
    Attachment,
    AuditEntry,
    Message,
    OutboundMail,
    Submission,
    User,
)
from tests.integration.operations.filling import (
    blobs_intact,
    empty_database,
    every_row,
    fill,
    sessions_for,
)
from tests.integration.workers.cli_harness import dvk
from workers.settings import Settings


def _env(url: str, settings: Settings) -> dict[str, str]:
    return {"DVK_DATABASE_URL": url, "DVK_DATA_DIR": str(settings.data_dir)}


@pytest.mark.parametrize("target", ["sqlite", "postgres"])
def test_a_filled_register_comes_back_whole_into_an_empty_database(
    target: str, sessions: sessionmaker[Session], settings: Settings, tmp_path: Path
) -> None:
    fill(settings)
    source = every_row(sessions)
    with sessions() as session:
        counts = {model.__name__: session.scalar(select(func.count()).select_from(model))
                  for model in (Message, Attachment, Submission, OutboundMail, User, AuditEntry)}  # fmt: skip
        superseded = session.scalar(select(func.count()).select_from(Submission)
                                    .where(Submission.superseded_by_id.is_not(None)))  # fmt: skip
    assert counts == {"Message": 7, "Attachment": 6, "Submission": 6, "OutboundMail": 7,
                      "User": 1, "AuditEntry": 1}  # fmt: skip
    assert superseded == 1  # a row pointing at a later row of its own table
    archive = tmp_path / "dvk.backup.gz"
    made = dvk(["backup", str(archive)], _env(settings.effective_database_url, settings))
    assert made.exit_code == 0, made.stderr
    assert "Backed up" in made.stderr and "messages: 7 rows" in made.stderr
    with empty_database(target, tmp_path) as url:
        restored = dvk(["restore", str(archive)], _env(url, settings))
        assert restored.exit_code == 0, restored.stderr + restored.stdout
        copy = sessions_for(url)
        try:
            assert every_row(copy) == source  # every row of every table, value for value
            assert blobs_intact(copy) == blobs_intact(sessions) > 6
            with copy() as session:
                times = session.scalars(select(Message.received_at)).all()
                assert times and all(t.utcoffset() == timedelta(0) for t in times)
                # New rows continue after the restored ids (PostgreSQL sequences reset).
                session.add(User(username="moi", password_hash="x"))
                session.commit()
            again = dvk(["restore", str(archive)], _env(url, settings))
            assert again.exit_code == 1 and "already holds data" in again.stderr
            assert "Traceback" not in again.stderr
            forced = dvk(["restore", "--force", str(archive)], _env(url, settings))
            assert forced.exit_code == 0, forced.stderr
            assert every_row(copy) == source
        finally:
            copy.kw["bind"].dispose()


def _rewrite(archive: Path, target: Path, change: dict[str, object]) -> None:
    with gzip.open(archive, "rt", encoding="utf-8") as src, gzip.open(target, "wt") as out:
        header = json.loads(src.readline())
        header.update(change)
        out.write(json.dumps(header) + "\n")
        for line in src:
            out.write(line)


def test_a_newer_or_damaged_archive_is_refused_and_restores_nothing(
    settings: Settings, tmp_path: Path
) -> None:
    env = _env(settings.effective_database_url, settings)
    archive = tmp_path / "a.gz"
    assert dvk(["backup", str(archive)], env).exit_code == 0
    newer = tmp_path / "newer.gz"
    _rewrite(archive, newer, {"schema_revision": "9999"})
    with empty_database("sqlite", tmp_path) as url:
        refused = dvk(["restore", str(newer)], _env(url, settings))
        assert refused.exit_code == 1
        assert "newer than this dvk knows" in refused.stderr and "Traceback" not in refused.stderr
        assert not Path(url.removeprefix("sqlite:///")).exists()
        cut = tmp_path / "cut.gz"
        with gzip.open(archive, "rt") as src, gzip.open(cut, "wt") as out:
            lines = src.readlines()
            out.writelines(lines[:-1])  # no trailer
        damaged = dvk(["restore", str(cut)], _env(url, settings))
        assert damaged.exit_code == 1 and "incomplete" in damaged.stderr
        not_one = tmp_path / "other.gz"
        not_one.write_bytes(b"not a backup")
        assert "not a dvk backup" in dvk(["restore", str(not_one)], _env(url, settings)).stderr
