"""The embedded mail source: `*.eml` files dropped into `<data_dir>/inbox`.

For a commune without an IMAP account (or for a backlog exported from a mail client): save each
message as a `.eml` file in the inbox folder. Write it under another name (or elsewhere) and
rename it into place, so that a half-copied file is never read.

Each file is stored and committed, then moved to `inbox/processed`. A crash between the commit
and the move leaves the file in place; the next drain stores nothing new (same SHA-256) and moves
it then. A file that cannot be read goes to `inbox/failed` with a `.error.txt` beside it saying
why, so nothing is ever dropped silently. A database error leaves the file where it is, to be
tried again on the next drain.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.operations.heartbeats import DROP_FOLDER, WATCHER, HeartbeatWriter
from ingest.accounts import has_accounts
from ingest.settings import IngestSettings
from ingest.store import store_message

log = logging.getLogger(__name__)

PROCESSED = "processed"
FAILED = "failed"


def drain_drop_folder(
    sessions: sessionmaker[Session],
    settings: IngestSettings,
    on_stored: Callable[[int], None] | None = None,
) -> list[int]:
    """Store every `*.eml` of the inbox folder; return the ids of newly created messages."""
    inbox = settings.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    created: list[int] = []
    for path in pending_files(inbox):
        message_id = _ingest_file(sessions, settings, path)
        if message_id is not None:
            created.append(message_id)
            if on_stored is not None:
                on_stored(message_id)
    return created


def pending_files(inbox: Path) -> list[Path]:
    """The inbox's `.eml` entries (any case), oldest name first; hidden files are still being
    written by someone and are left alone."""
    return sorted(
        entry
        for entry in inbox.iterdir()
        if entry.suffix.lower() == ".eml" and not entry.name.startswith(".")
    )


def _ingest_file(
    sessions: sessionmaker[Session], settings: IngestSettings, path: Path
) -> int | None:
    try:
        if not path.is_file():
            raise OSError("không phải là tệp thông thường (not a regular file)")
        raw = path.read_bytes()
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        if not raw.strip():
            raise OSError("tệp rỗng (empty file)")
    except OSError as exc:
        _fail(path, exc)
        return None
    try:
        with sessions() as session:
            result = store_message(
                session,
                raw,
                source="drop",
                received_at=None,
                settings=settings,
                fallback_received_at=mtime,
            )
            session.commit()
    except SQLAlchemyError as exc:
        log.error("%s could not be stored, will retry on the next drain: %s", path.name, exc)
        return None
    _move_aside(path, path.parent / PROCESSED, raw)
    return result.message_id if result.created else None


def _fail(path: Path, exc: OSError) -> None:
    failed = path.parent / FAILED
    failed.mkdir(exist_ok=True)
    reason = exc.strerror or str(exc) or exc.__class__.__name__
    log.warning("%s cannot be read, moved to %s/: %s", path.name, FAILED, reason)
    target = _free_name(failed / path.name)
    os.replace(path, target)
    target.with_name(target.name + ".error.txt").write_text(
        f"Không đọc được tệp thư {path.name}.\nLý do: {reason}\n"
        f"Thời điểm: {clock.now().isoformat(timespec='seconds')}\n",
        encoding="utf-8",
    )


def _move_aside(path: Path, folder: Path, raw: bytes) -> None:
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    if target.exists():
        try:
            same = target.read_bytes() == raw
        except OSError:
            same = False
        if same:
            path.unlink()
            return
        target = folder / f"{path.stem}-{hashlib.sha256(raw).hexdigest()[:12]}{path.suffix}"
    os.replace(path, _free_name(target))


def _free_name(target: Path) -> Path:
    """`target`, or `name-2.eml`, `name-3.eml`, … when taken: never overwrite a kept file."""
    candidate, n = target, 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
    return candidate


class DropFolderWatcher:
    """The drop folder as a mail source: drained once, or looked into every
    `DVK_DROP_FOLDER_POLL_INTERVAL` seconds; each look is the watcher's heartbeat."""

    def __init__(
        self,
        settings: IngestSettings,
        sessions: sessionmaker[Session],
        on_stored: Callable[[int], None] | None = None,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.on_stored = on_stored
        self.heartbeat = HeartbeatWriter(
            sessions, WATCHER, DROP_FOLDER, every=settings.heartbeat_seconds
        )

    def drain_once(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Store everything waiting; the number of new messages."""
        try:
            created = drain_drop_folder(self.sessions, self.settings, self.on_stored)
        except Exception as exc:
            self.heartbeat.failed(f"{type(exc).__name__}: {exc}")
            raise
        self.heartbeat.ok()
        if progress is not None:
            progress(len(created), len(created))
        return len(created)

    def run(self, stop: threading.Event) -> None:
        """Look into the folder until `stop` is set; a failed look is logged and retried.
        Returns early when a commune's IMAP account has been added (`dvk mailboxes add`), so
        that `ingest.source.watch_mail` turns to the mailboxes without a restart."""
        checked = time.monotonic()
        while not stop.is_set():
            try:
                self.drain_once()
            except Exception:
                log.exception("drop folder poll failed; retrying")
            if time.monotonic() - checked >= self.settings.imap_refresh_seconds:
                checked = time.monotonic()
                if has_accounts(self.sessions):
                    log.info("a mailbox account was added: watching IMAP from now on")
                    return
            stop.wait(self.settings.drop_folder_poll_interval)
