"""Which mail source this deployment reads, decided in one place.

The IMAP mailboxes when any is configured (`DVK_IMAP_URL`, or a commune's account added with
`dvk mailboxes add`), else the drop folder (`<data_dir>/inbox`). `dvk run`, `dvk watch` and
`dvk ingest` all take their source from here (`open_mail_source`, `watch_mail`), so they read
the same mail the same way and at the same pace.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from ingest.accounts import has_accounts
from ingest.dropfolder import DropFolderWatcher
from ingest.imap import ImapWatcher
from ingest.settings import IngestSettings

Progress = Callable[[int, int], None]


class MailSource(Protocol):
    """Where new mail comes from; each new message id is handed to `on_stored` after commit."""

    def drain_once(self, progress: Progress | None = None) -> int:
        """Store everything waiting now; the number of new messages."""
        ...

    def run(self, stop: threading.Event) -> None:
        """Keep storing new mail until `stop` is set."""
        ...


def open_mail_source(
    settings: IngestSettings,
    sessions: sessionmaker[Session],
    on_stored: Callable[[int], None] | None = None,
) -> MailSource:
    """The configured source; `ImapConfigError` when the IMAP settings cannot work."""
    if settings.imap_urls or has_accounts(sessions):
        return ImapWatcher(settings, sessions, on_stored)
    return DropFolderWatcher(settings, sessions, on_stored)


def watch_mail(
    settings: IngestSettings,
    sessions: sessionmaker[Session],
    on_stored: Callable[[int], None] | None,
    stop: threading.Event,
) -> None:
    """Run the configured source until `stop` is set. The drop folder gives way to the
    mailboxes as soon as a commune's account is added, so a province's watcher started
    before its first `dvk mailboxes add` needs no restart."""
    while not stop.is_set():
        open_mail_source(settings, sessions, on_stored).run(stop)
