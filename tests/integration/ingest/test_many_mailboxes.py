"""One watcher, many communes' mailboxes (issue 15 §2): a bad password or a dead server on one
account never delays another, each account's state is written where the province sees it,
and passwords are shown nowhere."""

from __future__ import annotations

import itertools
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner, Result

from documents.db import all_communes, transaction
from documents.mail_accounts import MailAccountError, add_account
from documents.models import Commune, MailAccount, Message
from documents.operations.health import check_health
from documents.operations.metrics import render_metrics
from ingest import imap_auth
from ingest.imap import FolderWatcher, ImapWatcher
from ingest.source import open_mail_source, watch_mail
from tests.integration.ingest.conftest import count, locations, wait_until
from tests.integration.ingest.test_imap_watcher import KEYWORD
from tests.servers.dovecot import Dovecot
from tests.servers.mails import make_mail
from workers import cli
from workers.settings import Settings

_users = itertools.count(1)
WRONG = "not-the-password-42"
DEAD_SECRET = "dead-secret-77"
#: The silent servers' listening sockets, by port, so a test can reset their hung connections.
_LISTENERS: dict[int, list[socket.socket]] = {}


def _user(dovecot: Dovecot) -> tuple[str, str]:
    user = f"commune{next(_users)}"
    password = f"pw-{user}-s3cret"
    dovecot.add_user(user, password)
    dovecot.append(user, "INBOX", b"Subject: warm-up\r\n\r\n")
    client = dovecot.client(user)
    try:
        client.select_folder("INBOX")
        client.delete_messages(client.search(["ALL"]))
        client.expunge()
    finally:
        client.logout()
    return user, password


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never says a word: a hung IMAP server. Logging in
    there waits for the socket timeout (20 s and more), so a watcher that served accounts one
    after another would hold every account behind it that long."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        port = int(listener.getsockname()[1])
        _LISTENERS[port] = [listener]
        yield port
        _LISTENERS.pop(port, None)


@dataclass(frozen=True)
class Accounts:
    good: str  # commune A's user, right password
    bad: str  # commune B's user, registered with a wrong password


@pytest.fixture
def accounts(dovecot: Dovecot, sessions: sessionmaker[Session], silent_server: int) -> Accounts:
    """Commune A's good account, commune B's account with a wrong password, commune C's
    account on a dead server."""
    good, good_pw = _user(dovecot)
    bad, _ = _user(dovecot)
    with transaction(all_communes(sessions)) as session:  # as `dvk communes add` would
        for slug in ("xa-a", "xa-b", "xa-c"):
            session.add(Commune(slug=slug, name=f"xã {slug}"))
        session.flush()
        add_account(session, dovecot.url(good), commune_slug="xa-a", password=good_pw)
        add_account(session, dovecot.url(bad), commune_slug="xa-b", password=WRONG)
        dead = f"imap://dead:{DEAD_SECRET}@127.0.0.1:{silent_server}/INBOX"
        add_account(session, dead, commune_slug="xa-c")  # its password given in the URL
    return Accounts(good, bad)


def _end_hung_logins(port: int) -> None:
    """Reset the connections the silent server holds, then wait for every folder thread to end,
    so that none writes its state while the next test empties the tables."""
    for listener in _LISTENERS.pop(port, []):
        listener.close()  # the pending connections are reset: the hung logins fail at once
    for folder in [t for t in threading.enumerate() if t.name.startswith("imap:")]:
        folder.join(30)
        assert not folder.is_alive(), f"{folder.name} still running"


def _row(sessions: sessionmaker[Session], user: str) -> MailAccount:
    with sessions() as session:
        row = session.scalar(select(MailAccount).where(MailAccount.url.contains(f"//{user}@")))
        assert row is not None
        session.expunge(row)
        return row


def test_a_bad_password_or_a_dead_server_never_delays_a_good_account(
    dovecot: Dovecot,
    settings: Settings,
    sessions: sessionmaker[Session],
    accounts: Accounts,
    silent_server: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(FolderWatcher, "backoff_start", 0.3)
    # The dead server holds a login this long: far longer than the good account may take.
    monkeypatch.setattr(imap_auth, "CONNECT_TIMEOUT", 120.0)
    watcher = open_mail_source(settings, sessions)  # no DVK_IMAP_URL: the accounts decide
    assert isinstance(watcher, ImapWatcher)
    assert len(watcher.targets) == 3
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    thread.start()
    try:
        uids = [dovecot.append(accounts.good, "INBOX", make_mail(700 + n)) for n in range(3)]
        wait_until(lambda: count(all_communes(sessions)) == 3, "the good account's mail stored")
        # The dead server still holds its own thread at the login: nothing about it has been
        # recorded yet, so the good account did not wait for it.
        dead = _row(sessions, "dead")
        assert dead.failures == 0 and dead.last_error is None
        wait_until(lambda: _row(sessions, accounts.good).last_uid == uids[-1], "the good state")
        uids.append(dovecot.append(accounts.good, "INBOX", make_mail(703)))
        wait_until(lambda: count(all_communes(sessions)) == 4, "mail arriving while watched")
        # The wrong password: refused, recorded, retried later and later (backoff).
        wait_until(lambda: _row(sessions, accounts.bad).failures >= 2, "the bad login retried")
        bad = _row(sessions, accounts.bad)
    finally:
        stop.set()
        thread.join(10)
        _end_hung_logins(silent_server)
    assert bad.last_success_at is None and bad.last_error is not None
    assert "AUTHENTICATIONFAILED" in bad.last_error or "LoginError" in bad.last_error
    assert bad.next_attempt_at is not None and bad.last_error_at is not None
    assert bad.next_attempt_at > bad.last_error_at  # waits before the next try
    good = _row(sessions, accounts.good)
    assert good.failures == 0 and good.idle is True and good.uidvalidity
    assert good.last_uid == uids[-1] and good.lag_seconds is not None and good.lag_seconds >= 0
    # Exactly once: four messages, four locations, all flagged on the server.
    assert count(all_communes(sessions)) == 4
    assert len(locations(all_communes(sessions))) == 4
    flags = dovecot.flags(accounts.good, "INBOX")
    assert len(flags) == 4 and all(KEYWORD in f for f in flags.values())
    with all_communes(sessions)() as session:
        assert {m.sender for m in session.scalars(select(Message))} == {"chibo1@nghiathai.test"}
    monkeypatch.setattr(imap_auth, "CONNECT_TIMEOUT", 2.0)  # the dead server: fail fast now
    with pytest.raises(RuntimeError) as failed:
        watcher.drain_once()
    assert (
        accounts.bad in str(failed.value) and count(all_communes(sessions)) == 4
    )  # nothing doubled


def test_every_account_state_is_visible_and_no_password_is(
    dovecot: Dovecot,
    settings: Settings,
    sessions: sessionmaker[Session],
    engine: Engine,
    accounts: Accounts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uid = dovecot.append(accounts.good, "INBOX", make_mail(710))
    monkeypatch.setattr(imap_auth, "CONNECT_TIMEOUT", 2.0)
    with pytest.raises(RuntimeError):
        ImapWatcher(settings, sessions).drain_once()  # the bad and the dead ones fail
    assert count(all_communes(sessions)) == 1
    monkeypatch.setattr(cli, "_state", {})
    env = {
        "DVK_DATABASE_URL": settings.effective_database_url,
        "DVK_DATA_DIR": str(settings.data_dir),
        "DVK_IMAP_URL": "",
    }
    listed = CliRunner().invoke(cli.app, ["mailboxes", "--json"], env=env)
    if "ctx" in cli._state:
        cli._state["ctx"].dispose()
    assert listed.exit_code == 0, listed.output
    states = {s["commune"]: s for s in json.loads(listed.stdout)}
    assert set(states) == {"xa-a", "xa-b", "xa-c"}
    assert states["xa-a"]["status"] == "ok" and states["xa-a"]["last_uid"] == uid
    assert states["xa-b"]["status"] == "backing off" and states["xa-b"]["last_error"]
    assert states["xa-c"]["status"] == "backing off" and states["xa-c"]["next_attempt_at"]
    report = check_health(all_communes(sessions), settings).components["watcher"]
    mailboxes = report.detail["mailboxes"]
    assert len(mailboxes) == 3
    assert {m["account"]["commune"] for m in mailboxes.values()} == {"xa-a", "xa-b", "xa-c"}
    metrics = render_metrics(all_communes(sessions), settings).decode()
    assert 'dvk_mailbox_retry_timestamp_seconds{commune="xa-b"' in metrics
    shown = listed.stdout + json.dumps(report.detail, default=str) + metrics
    for secret in (WRONG, DEAD_SECRET, f"pw-{accounts.good}-s3cret"):
        assert secret not in shown
    with sessions() as session:
        assert all(":" not in u.split("//")[1].split("@")[0] for u in
                   session.scalars(select(MailAccount.url)))  # fmt: skip


def test_adding_an_account_refuses_what_cannot_work(
    sessions: sessionmaker[Session], engine: Engine
) -> None:
    with transaction(all_communes(sessions)) as session:
        session.add(Commune(slug="xa-a", name="xã A"))
    with transaction(all_communes(sessions)) as session:
        with pytest.raises(MailAccountError, match="không có xã mã “xa-z”"):
            add_account(session, "imaps://u@mail.test/INBOX", commune_slug="xa-z", password="p")
        with pytest.raises(MailAccountError, match="chưa có mật khẩu"):
            add_account(session, "imaps://u@mail.test/INBOX", commune_slug="xa-a")
        with pytest.raises(MailAccountError, match="phải bắt đầu bằng imaps://"):
            add_account(session, "https://u@mail.test/", commune_slug="xa-a", password="p")
        add_account(session, "imaps://u:pw@mail.test/INBOX", commune_slug="xa-a")
        with pytest.raises(MailAccountError, match="đã được theo dõi"):
            add_account(session, "imaps://u@mail.test/INBOX", commune_slug="xa-a", password="p")


def test_the_drop_folder_gives_way_to_the_first_account_without_a_restart(
    dovecot: Dovecot, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    user, password = _user(dovecot)
    dovecot.append(user, "INBOX", make_mail(720))
    quick = settings.model_copy(update={"imap_refresh_seconds": 0.2})
    assert not isinstance(open_mail_source(quick, sessions), ImapWatcher)
    stop = threading.Event()
    thread = threading.Thread(target=watch_mail, args=(quick, sessions, None, stop), daemon=True)
    thread.start()
    try:
        with transaction(all_communes(sessions)) as session:
            session.add(Commune(slug="xa-moi", name="xã Mới"))
            session.flush()
            add_account(session, dovecot.url(user), commune_slug="xa-moi", password=password)
        wait_until(lambda: count(all_communes(sessions)) == 1, "the new account's mail stored")
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()


def test_the_office_adds_and_disables_an_account_from_the_command_line(
    settings: Settings,
    sessions: sessionmaker[Session],
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    with transaction(all_communes(sessions)) as session:
        session.add(Commune(slug="xa-a", name="xã A"))
    secret = tmp_path / "pw"
    secret.write_text("s3cret-from-file\n", encoding="utf-8")
    env = {"DVK_DATABASE_URL": settings.effective_database_url, "DVK_IMAP_URL": ""}

    def dvk(*args: str, stdin: str | None = None) -> Result:
        monkeypatch.setattr(cli, "_state", {})
        try:
            return CliRunner().invoke(cli.app, ["mailboxes", *args], env=env, input=stdin)
        finally:
            if "ctx" in cli._state:
                cli._state["ctx"].dispose()

    url = "imaps://danvan%40xa.gov.vn@mail.tinh.test/INBOX"
    added = dvk("add", url, "--commune", "xa-a", "--password-file", str(secret))
    assert added.exit_code == 0, added.output
    typed = dvk("add", "imaps://b@mail.tinh.test/INBOX", "--commune", "xa-a", stdin="typed\n")
    assert typed.exit_code == 0, typed.output
    assert "typed" not in typed.stdout  # the prompt hides what is typed
    again = dvk("add", url, "--commune", "xa-a", "--password-file", str(secret))
    assert again.exit_code == 2 and "đã được theo dõi" in " ".join(again.output.split())
    with sessions() as session:
        rows = {r.url: r for r in session.scalars(select(MailAccount))}
    assert rows[url].password == "s3cret-from-file"
    assert rows["imaps://b@mail.tinh.test/INBOX"].password == "typed"
    assert dvk("disable", str(rows[url].id)).exit_code == 0
    assert dvk("disable", "999").exit_code == 1
    listed = json.loads(dvk("--json").stdout)
    assert [s["status"] for s in listed] == ["disabled", "waiting"]
    assert "s3cret" not in json.dumps(listed)
    settings_only = settings.model_copy(update={"imap_url": None})
    assert [t.url for t in ImapWatcher(settings_only, sessions).targets] == [
        "imaps://b@mail.tinh.test/INBOX"
    ]  # the disabled one is not watched
    # The same functions as the web page change the folder and the password, and remove.
    other = str(rows["imaps://b@mail.tinh.test/INBOX"].id)
    moved = dvk("edit", other, "--folder", "Thư đến", "--password", stdin="doi-moi\n")
    assert moved.exit_code == 0, moved.output
    assert "doi-moi" not in moved.stdout
    with sessions() as session:
        row = session.get(MailAccount, int(other))
        assert row is not None and row.password == "doi-moi"
        assert row.url == "imaps://b@mail.tinh.test/Th%C6%B0%20%C4%91%E1%BA%BFn"
    assert dvk("remove", other).exit_code == 0
    assert dvk("remove", other).exit_code == 1
    with sessions() as session:
        assert list(session.scalars(select(MailAccount.url))) == [url]
