"""One watcher serves every commune's own mailbox, and each mail lands in its account's commune
(issue 15 §1 with §2): on PostgreSQL, where row-level security binds each transaction to one
commune, a watcher with no commune of its own stores commune A's mail in A and B's in B, and
neither commune's sessions see the other's."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.db import all_communes, for_commune, make_session_factory, transaction
from documents.mail_accounts import add_account
from documents.models import Commune, MailLocation, Message
from ingest.imap import ImapWatcher
from tests.servers.dovecot import Dovecot, start_required
from tests.servers.mails import make_mail
from workers.settings import Settings

_users = itertools.count(1)


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    server = start_required()
    yield server
    server.destroy()


def _mailbox(dovecot: Dovecot) -> tuple[str, str]:
    user = f"xa{next(_users)}-{id(dovecot) % 1000}"
    password = f"pw-{user}"
    dovecot.add_user(user, password)
    return user, password


def _count(sessions: sessionmaker[Session], model: type[Message | MailLocation]) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_one_watcher_stores_each_accounts_mail_in_its_own_commune(
    dovecot: Dovecot, pg: Engine, postgres_url: str, tmp_path: Path
) -> None:
    sessions = make_session_factory(pg)  # the watcher's own: no commune chosen, several exist
    with transaction(all_communes(sessions)) as session:
        a, b = Commune(slug="xa-a", name="xã A"), Commune(slug="xa-b", name="xã B")
        session.add_all([a, b])
    user_a, password_a = _mailbox(dovecot)
    user_b, password_b = _mailbox(dovecot)
    with transaction(all_communes(sessions)) as session:
        add_account(session, dovecot.url(user_a), commune_slug="xa-a", password=password_a)
        add_account(session, dovecot.url(user_b), commune_slug="xa-b", password=password_b)
    for n in range(2):
        dovecot.append(user_a, "INBOX", make_mail(800 + n))
    dovecot.append(user_b, "INBOX", make_mail(810))
    settings = Settings(_env_file=None, data_dir=tmp_path / "var", database_url=postgres_url)

    ImapWatcher(settings, sessions).drain_once()

    in_a, in_b = for_commune(sessions, a.id), for_commune(sessions, b.id)
    assert (_count(in_a, Message), _count(in_b, Message)) == (2, 1)
    assert (_count(in_a, MailLocation), _count(in_b, MailLocation)) == (2, 1)
    with all_communes(sessions)() as session:
        owners = dict(
            session.execute(
                select(Message.message_id_header, Message.commune_id).order_by(Message.id)
            ).all()
        )
    assert sorted(owners.values()) == [a.id, a.id, b.id]
    # A second pass finds nothing new in either mailbox: stored once, in its own commune.
    ImapWatcher(settings, sessions).drain_once()
    assert (_count(in_a, Message), _count(in_b, Message)) == (2, 1)
