"""Changing a commune's mailbox (`documents.mail_accounts`, behind both the web page and
`dvk mailboxes`), on SQLite and PostgreSQL: a new folder clears the old folder's state, a URL
already watched is refused, and the `DVK_IMAP_URL` accounts are left to the settings."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from documents.db import all_communes, transaction
from documents.mail_accounts import (
    MailAccountError,
    add_account,
    remove_account,
    set_enabled,
    update_account,
)
from documents.models import Commune, MailAccount


def _commune(sessions: sessionmaker[Session]) -> None:
    with transaction(all_communes(sessions)) as session:
        session.add(Commune(slug="xa-a", name="xã A"))


def test_a_new_folder_clears_the_state_and_a_new_password_the_backoff(
    sessions: sessionmaker[Session],
) -> None:
    _commune(sessions)
    with transaction(all_communes(sessions)) as session:
        first = add_account(session, "imaps://a@mail.test/INBOX", commune_slug="xa-a", password="1")
        other = add_account(session, "imaps://a@mail.test/Khac", commune_slug="xa-a", password="2")
        first.last_uid, first.uidvalidity, first.failures, first.last_error = 9, 3, 4, "lỗi"
        first_id, other_id = first.id, other.id
    with transaction(all_communes(sessions)) as session:
        with pytest.raises(MailAccountError, match=r"imaps://a@mail\.test/Khac đã được theo dõi"):
            update_account(session, first_id, folder="Khac")
        account, changed = update_account(session, first_id, password="moi")
        assert changed == ["password"] and account.failures == 0 and account.last_uid == 9
        account, changed = update_account(session, first_id, folder="Lưu trữ", password="moi")
        assert changed == ["folder"]
        assert (account.last_uid, account.uidvalidity, account.last_error) == (None, None, None)
        assert account.url == "imaps://a@mail.test/L%C6%B0u%20tr%E1%BB%AF"
        assert not set_enabled(session, other_id, False).enabled
        assert remove_account(session, other_id) == "imaps://a@mail.test/Khac"
    with all_communes(sessions)() as session:
        assert [a.url for a in session.query(MailAccount)] == [
            "imaps://a@mail.test/L%C6%B0u%20tr%E1%BB%AF"
        ]


def test_the_settings_accounts_are_not_changed_here(sessions: sessionmaker[Session]) -> None:
    _commune(sessions)
    with transaction(all_communes(sessions)) as session:
        env = MailAccount(url="imaps://env@mail.test/INBOX", origin="env")
        session.add(env)
        session.flush()
        for change in (
            lambda: update_account(session, env.id, password="x"),
            lambda: set_enabled(session, env.id, False),
            lambda: remove_account(session, env.id),
        ):
            with pytest.raises(MailAccountError, match="đặt bằng biến DVK_IMAP_URL"):
                change()
        with pytest.raises(MailAccountError, match="không có hộp thư số 424242"):
            update_account(session, 424242, password="x")
