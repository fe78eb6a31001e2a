"""The drop folder: store + commit, then move; crash-safe; unreadable files kept with a reason."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.db import make_engine, make_session_factory
from documents.models import Message
from ingest.dropfolder import drain_drop_folder
from ingest.store import store_message
from tests.servers.mails import make_mail
from workers.settings import Settings


def _messages(sessions: sessionmaker[Session]) -> int:
    with sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Message)) or 0)


def test_drains_files_and_moves_them(sessions: sessionmaker[Session], settings: Settings) -> None:
    inbox = settings.inbox_dir
    inbox.mkdir(parents=True)
    (inbox / "a.eml").write_bytes(make_mail(1))
    (inbox / "B.EML").write_bytes(make_mail(2))
    (inbox / "notes.txt").write_text("not a message")
    (inbox / ".c.eml").write_bytes(make_mail(3))  # still being written by someone
    seen: list[int] = []
    created = drain_drop_folder(sessions, settings, seen.append)
    assert len(created) == 2 and seen == created
    assert sorted(p.name for p in (inbox / "processed").iterdir()) == ["B.EML", "a.eml"]
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == [".c.eml", "notes.txt"]
    assert drain_drop_folder(sessions, settings) == []
    assert _messages(sessions) == 2


def test_inbox_is_created_when_missing(sessions: sessionmaker[Session], settings: Settings) -> None:
    assert drain_drop_folder(sessions, settings) == []
    assert settings.inbox_dir.is_dir()


def test_crash_between_commit_and_move(sessions: sessionmaker[Session], settings: Settings) -> None:
    inbox = settings.inbox_dir
    inbox.mkdir(parents=True)
    raw = make_mail(4)
    (inbox / "late.eml").write_bytes(raw)
    # What a crash after the commit leaves: the message stored, the file still in the inbox.
    with sessions() as s:
        first = store_message(s, raw, source="drop", received_at=None, settings=settings)
        s.commit()
    seen: list[int] = []
    assert drain_drop_folder(sessions, settings, seen.append) == []
    assert seen == []  # not new: whoever stored it announced it
    assert not (inbox / "late.eml").exists()
    assert (inbox / "processed" / "late.eml").read_bytes() == raw
    assert _messages(sessions) == 1
    with sessions() as s:
        assert s.scalar(select(Message.id)) == first.message_id


def test_same_name_again_keeps_both_files(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    inbox = settings.inbox_dir
    inbox.mkdir(parents=True)
    (inbox / "thu.eml").write_bytes(make_mail(5))
    drain_drop_folder(sessions, settings)
    (inbox / "thu.eml").write_bytes(make_mail(6))
    drain_drop_folder(sessions, settings)
    kept = sorted((inbox / "processed").iterdir())
    assert len(kept) == 2
    assert {p.read_bytes() for p in kept} == {make_mail(5), make_mail(6)}


def test_unreadable_entries_go_to_failed_with_reason(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    inbox = settings.inbox_dir
    inbox.mkdir(parents=True)
    (inbox / "folder.eml").mkdir()
    (inbox / "dangling.eml").symlink_to(inbox / "nowhere")
    (inbox / "empty.eml").write_bytes(b"")
    (inbox / "good.eml").write_bytes(make_mail(7))
    created = drain_drop_folder(sessions, settings)
    assert len(created) == 1
    failed = inbox / "failed"
    for name in ("folder.eml", "dangling.eml", "empty.eml"):
        assert (failed / name).exists() or (failed / name).is_symlink()
        reason = (failed / f"{name}.error.txt").read_text(encoding="utf-8")
        assert reason.startswith(f"Không đọc được tệp thư {name}.")
    assert "rỗng" in (failed / "empty.eml.error.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in inbox.iterdir()) == ["failed", "processed"]


def test_received_at_is_the_date_header_not_processing_time(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    inbox = settings.inbox_dir
    inbox.mkdir(parents=True)
    sent = datetime(2024, 4, 6, 16, 45, tzinfo=UTC)
    dated = inbox / "dated.eml"
    dated.write_bytes(make_mail(8, date=sent))
    undated = inbox / "undated.eml"
    undated.write_bytes(make_mail(9))
    mtime = datetime(2024, 4, 7, 1, 0, tzinfo=UTC).timestamp()
    os.utime(undated, (mtime, mtime))
    os.utime(dated, (mtime, mtime))
    drain_drop_folder(sessions, settings)
    with sessions() as s:
        got = {m.message_id_header: m.received_at for m in s.scalars(select(Message))}
    assert got["<m8@nghiathai.test>"] == sent
    assert got["<m9@nghiathai.test>"] == datetime.fromtimestamp(mtime, UTC)


def test_database_error_leaves_the_file_for_the_next_drain(
    settings: Settings, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    inbox = settings.inbox_dir
    inbox.mkdir(parents=True)
    (inbox / "a.eml").write_bytes(make_mail(10))
    broken = Settings(
        _env_file=None,
        data_dir=settings.data_dir,
        database_url=f"sqlite:///{tmp_path / 'unmigrated.sqlite3'}",
    )
    engine = make_engine(broken.effective_database_url)
    try:
        assert drain_drop_folder(make_session_factory(engine), broken) == []
    finally:
        engine.dispose()
    assert (inbox / "a.eml").exists()
    assert not (inbox / "failed").exists()
    assert len(drain_drop_folder(sessions, settings)) == 1
    assert not (inbox / "a.eml").exists()
