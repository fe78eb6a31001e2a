"""A private Dovecot for the whole session, a fresh mailbox (user) per test, and settings that
point the watcher at it."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from pydantic import SecretStr
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import MailLocation, Message
from ingest.imap import FolderWatcher
from tests.polling import poll_until
from tests.servers.dovecot import Dovecot, start_required
from workers.settings import Settings

_users = itertools.count(1)
WAIT = 60.0  # generous upper bound for "eventually"; never a latency assertion


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    server = start_required()
    yield server
    server.destroy()


@dataclass
class Mailbox:
    server: Dovecot
    user: str
    password: str
    settings: Settings

    def append(self, raw: bytes, folder: str = "INBOX", **kwargs: object) -> int:
        return self.server.append(self.user, folder, raw, **kwargs)  # type: ignore[arg-type]

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[str, ...]]:
        return self.server.flags(self.user, folder)


@pytest.fixture
def mailbox(dovecot: Dovecot, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Mailbox:
    """A new user with an empty INBOX, and settings watching it (keyword mode)."""
    user = f"unit{next(_users)}"
    password = f"pw-{user}"
    dovecot.add_user(user, password)
    dovecot.append(user, "INBOX", b"Subject: warm-up\r\n\r\n")  # creates the maildir
    client = dovecot.client(user)
    try:
        client.select_folder("INBOX")
        client.delete_messages(client.search(["ALL"]))
        client.expunge()
    finally:
        client.logout()
    monkeypatch.setattr(FolderWatcher, "backoff_start", 0.2)
    watched = settings.model_copy(
        update={
            "imap_url": dovecot.url(user),
            "imap_password": SecretStr(password),
            "imap_idle_timeout": 300,
        }
    )
    return Mailbox(dovecot, user, password, watched)


def count(sessions: sessionmaker[Session], model: type = Message) -> int:
    with sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def locations(sessions: sessionmaker[Session]) -> list[tuple[str, int, int, bool]]:
    with sessions() as s:
        rows = s.execute(
            select(
                MailLocation.folder,
                MailLocation.uidvalidity,
                MailLocation.uid,
                MailLocation.server_action_done,
            ).order_by(MailLocation.folder, MailLocation.uidvalidity, MailLocation.uid)
        )
        return [(f, int(v), int(u), bool(d)) for f, v, u, d in rows]


def wait_until(condition: Callable[[], bool], what: str, limit: float = WAIT) -> None:
    if not poll_until(condition, limit, interval=0.05):
        raise AssertionError(f"not within {limit:.0f} s: {what}")
