"""The mail source is chosen in one place, and the drop folder is watched at its one pace."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from documents.operations.heartbeats import DROP_FOLDER, WATCHER, heartbeats
from ingest.dropfolder import DropFolderWatcher
from ingest.imap import ImapConfigError, ImapWatcher
from ingest.source import open_mail_source
from tests.polling import poll_until
from tests.servers.mails import make_mail
from workers.settings import Settings


def _drop(inbox: Path, name: str, raw: bytes) -> None:
    """As the drop folder asks: written under a hidden name, then renamed into place."""
    hidden = inbox / f".{name}"
    hidden.write_bytes(raw)
    hidden.rename(inbox / name)


def test_no_imap_url_means_the_drop_folder(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    assert isinstance(open_mail_source(settings, sessions), DropFolderWatcher)


def test_an_imap_url_means_the_mailbox(sessions: sessionmaker[Session], settings: Settings) -> None:
    imap = settings.model_copy(update={"imap_url": "imap://dvk:pw@127.0.0.1:1/INBOX"})
    assert isinstance(open_mail_source(imap, sessions), ImapWatcher)
    broken = settings.model_copy(update={"imap_url": "http://example.test/"})
    with pytest.raises(ImapConfigError):
        open_mail_source(broken, sessions)


def test_drop_folder_watcher_stores_dropped_mail_and_beats(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    fast = settings.model_copy(update={"drop_folder_poll_interval": 0.05})
    seen: list[int] = []
    source = open_mail_source(fast, sessions, seen.append)
    stop = threading.Event()
    thread = threading.Thread(target=source.run, args=(stop,), daemon=True)
    thread.start()
    try:
        fast.inbox_dir.mkdir(parents=True, exist_ok=True)
        _drop(fast.inbox_dir, "a.eml", make_mail(1))
        assert poll_until(lambda: len(seen) == 1, 30, interval=0.05), "not stored"
        _drop(fast.inbox_dir, "b.eml", make_mail(2))
        assert poll_until(lambda: len(seen) == 2, 30, interval=0.05), "second not stored"
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()
    with sessions() as session:
        beats = [b for b in heartbeats(session) if b.role == WATCHER]
    assert [(b.instance, b.failures) for b in beats] == [(DROP_FOLDER, 0)]
    assert source.drain_once() == 0
