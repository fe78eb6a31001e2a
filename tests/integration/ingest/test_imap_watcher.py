"""The IMAP watcher against a real Dovecot: catch-up, IDLE, restarts, UIDVALIDITY, staff, crashes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from imapclient import IMAPClient
from pydantic import SecretStr
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.db import make_engine, make_session_factory
from documents.models import MailLocation, Message
from ingest import imap as imap_module
from ingest.imap import FolderWatcher, ImapWatcher, _Plan
from tests.integration.ingest.conftest import Mailbox, count, locations, wait_until
from tests.servers.dovecot import Dovecot
from tests.servers.mails import make_mail
from tests.threads import Worker
from workers.settings import Settings

KEYWORD = "$DvkProcessed"


@contextmanager
def watching(settings: Settings, sessions: sessionmaker[Session]) -> Iterator[ImapWatcher]:
    watcher = ImapWatcher(settings, sessions)
    stop = threading.Event()
    thread = Worker(watcher.run, stop, name="watcher")
    thread.start()
    try:
        yield watcher
    finally:
        stop.set()
        thread.result(60)  # the watcher stopped, and raised nothing on the way


def test_drain_once_stores_then_flags_without_marking_seen(
    mailbox: Mailbox, sessions: sessionmaker[Session]
) -> None:
    arrived = datetime(2024, 4, 6, 15, 30, tzinfo=UTC)
    first = mailbox.append(make_mail(1), internaldate=arrived)
    mailbox.append(make_mail(2), flags=["\\Seen"])  # a member of staff read this one already
    mailbox.append(make_mail(3))
    assert ImapWatcher(mailbox.settings, sessions).drain_once() == 3
    assert count(sessions) == 3
    flags = mailbox.flags()
    assert all(KEYWORD in f for f in flags.values())
    assert sorted("\\Seen" in f for f in flags.values()) == [False, False, True]
    assert all(done for *_, done in locations(sessions))
    with sessions() as s:
        row = s.scalars(select(Message).join(MailLocation).where(MailLocation.uid == first)).one()
        kept = row.received_at
        assert (kept if kept.tzinfo else kept.replace(tzinfo=UTC)) == arrived
    assert ImapWatcher(mailbox.settings, sessions).drain_once() == 0
    assert count(sessions) == 3


def test_same_message_delivered_twice_is_one_message(
    mailbox: Mailbox, sessions: sessionmaker[Session]
) -> None:
    raw = make_mail(4)
    mailbox.append(raw)
    mailbox.append(raw)
    assert ImapWatcher(mailbox.settings, sessions).drain_once() == 1
    assert count(sessions) == 1
    assert count(sessions, MailLocation) == 2
    assert all(KEYWORD in f for f in mailbox.flags().values())


def test_message_arriving_during_idle(mailbox: Mailbox, sessions: sessionmaker[Session]) -> None:
    mailbox.append(make_mail(5))
    with watching(mailbox.settings, sessions):
        wait_until(lambda: count(sessions) == 1, "the first message is caught up")
        # Only an IDLE notice brings this one in before the 300 s IDLE timeout.
        mailbox.append(make_mail(6))
        wait_until(lambda: count(sessions) == 2, "the message appended during IDLE is stored")
        wait_until(lambda: all(KEYWORD in f for f in mailbox.flags().values()), "both are flagged")


def test_a_quiet_mailbox_is_not_polled_in_a_loop(
    mailbox: Mailbox, sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Idling must stay idle: our own SELECT's message count is not news (once it was taken
    for a notice, and the watcher drained the folder without pause, burning a core)."""
    drains = 0
    original = FolderWatcher.drain

    def counting(self: FolderWatcher, client: IMAPClient, progress: object = None) -> int:
        nonlocal drains
        drains += 1
        return original(self, client)

    monkeypatch.setattr(FolderWatcher, "drain", counting)
    mailbox.append(make_mail(7))
    with watching(mailbox.settings, sessions):
        wait_until(lambda: count(sessions) == 1, "the first message is caught up")
        wait_until(lambda: mailbox.server.idling(mailbox.user) == 1, "the watcher is in IDLE")
        quiet = drains
        mailbox.append(make_mail(8))  # and IDLE still brings news
        wait_until(lambda: count(sessions) == 2, "the second message arrives through IDLE")
        news = drains - quiet
    assert quiet <= 2, f"{quiet} drains before the watcher settled in IDLE"
    # A watcher that drains without pause does dozens between entering IDLE and the news.
    assert news <= 2, f"{news} drains for one new message: the watcher is polling, not idling"


def test_server_restart_under_the_watcher(
    mailbox: Mailbox, sessions: sessionmaker[Session]
) -> None:
    with watching(mailbox.settings, sessions):
        mailbox.append(make_mail(7))
        wait_until(lambda: count(sessions) == 1, "the first message is stored")
        mailbox.server.restart()
        mailbox.append(make_mail(8))  # arrives while the watcher reconnects
        wait_until(lambda: count(sessions) == 2, "the watcher reconnected and caught up")
    assert "BYE" not in str(mailbox.flags())  # the server is healthy again
    assert all(KEYWORD in f for f in mailbox.flags().values())


def test_uidvalidity_change_rescans_without_duplicates(
    mailbox: Mailbox, sessions: sessionmaker[Session]
) -> None:
    for n in (9, 10):
        mailbox.append(make_mail(n))
    watcher = ImapWatcher(mailbox.settings, sessions)
    assert watcher.drain_once() == 2
    before = mailbox.server.uidvalidity(mailbox.user)
    mailbox.server.set_uidvalidity(mailbox.user, "INBOX", before + 1000)
    mailbox.append(make_mail(11))
    assert ImapWatcher(mailbox.settings, sessions).drain_once() == 1
    assert count(sessions) == 3
    validities = sorted({v for _, v, _, _ in locations(sessions)})
    assert validities == [before, before + 1000]
    assert len([row for row in locations(sessions) if row[1] == before + 1000]) == 3


def test_staff_moving_and_deleting_mail_mid_run(
    mailbox: Mailbox, sessions: sessionmaker[Session]
) -> None:
    a, b = mailbox.append(make_mail(12)), mailbox.append(make_mail(13))
    mailbox.append(b"Subject: setup\r\n\r\n", folder="Staff")  # makes the folder
    settings = mailbox.settings.model_copy(
        update={
            "imap_url": ",".join(
                [mailbox.server.url(mailbox.user), mailbox.server.url(mailbox.user, "Staff")]
            )
        }
    )
    assert ImapWatcher(settings, sessions).drain_once() == 3
    client = mailbox.server.client(mailbox.user)
    try:
        client.select_folder("INBOX")
        client.move([a], "Staff")  # keeps its flags, gets a new UID there
        client.delete_messages([b])
        client.expunge()
    finally:
        client.logout()
    mailbox.append(make_mail(14))
    assert ImapWatcher(settings, sessions).drain_once() == 1
    assert count(sessions) == 4
    staff_rows = [row for row in locations(sessions) if row[0] == "Staff"]
    assert len(staff_rows) == 2  # the setup message and the moved one (same bytes, new place)


def test_uid_expunged_between_search_and_fetch_is_skipped(
    mailbox: Mailbox, sessions: sessionmaker[Session]
) -> None:
    doomed = mailbox.append(make_mail(15))
    mailbox.append(make_mail(16))

    class StaffDeletesAfterSearch(FolderWatcher):
        def _plan(self, client: IMAPClient) -> _Plan:
            plan = super()._plan(client)
            staff = mailbox.server.client(mailbox.user)
            try:
                staff.select_folder("INBOX")
                staff.delete_messages([doomed])
                staff.expunge()
            finally:
                staff.logout()
            return plan

    watcher = ImapWatcher(mailbox.settings, sessions)
    folder = watcher.folders[0]
    watcher.folders = [StaffDeletesAfterSearch(folder.target, folder.settings, folder.sessions)]
    assert watcher.drain_once() == 1
    assert count(sessions) == 1


def test_move_mode_moves_after_commit(mailbox: Mailbox, sessions: sessionmaker[Session]) -> None:
    settings = mailbox.settings.model_copy(update={"imap_action": "move"})
    for n in (17, 18):
        mailbox.append(make_mail(n))
    assert ImapWatcher(settings, sessions).drain_once() == 2
    assert mailbox.flags("INBOX") == {}
    moved = mailbox.flags("Processed")
    assert len(moved) == 2
    assert not any("\\Seen" in f for f in moved.values())
    assert all(done for *_, done in locations(sessions))


def test_database_failure_leaves_mail_unflagged_for_the_next_pass(
    mailbox: Mailbox, sessions: sessionmaker[Session], tmp_path: object
) -> None:
    mailbox.append(make_mail(19))
    broken = make_engine(f"sqlite:///{tmp_path}/not-migrated.sqlite3")
    try:
        watcher = ImapWatcher(mailbox.settings, make_session_factory(broken))
        try:
            watcher.drain_once()
        except RuntimeError as exc:
            assert "OperationalError" in str(exc)
        else:
            raise AssertionError("a database failure must be reported")
    finally:
        broken.dispose()
    assert all(KEYWORD not in f for f in mailbox.flags().values())
    assert ImapWatcher(mailbox.settings, sessions).drain_once() == 1
    assert all(KEYWORD in f for f in mailbox.flags().values())


def test_server_without_idle_or_move_is_polled(
    dovecot: Dovecot, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    # `dovecot` only makes sure Dovecot is here (skip, or fail on CI); this test needs its own.
    server = Dovecot.create(extra_config="imap_capability = IMAP4rev1 UIDPLUS\n")
    try:
        server.start()
        server.add_user("plain", "pw-plain")
        server.append("plain", "INBOX", make_mail(40))
        client = server.client("plain")
        try:
            assert not client.has_capability("IDLE") and not client.has_capability("MOVE")
        finally:
            client.logout()
        polled = settings.model_copy(
            update={
                "imap_url": server.url("plain"),
                "imap_password": SecretStr("pw-plain"),
                "imap_poll_interval": 0.2,
                "imap_idle_timeout": 300,
                "imap_action": "move",  # COPY + \\Deleted + UID EXPUNGE without MOVE
            }
        )
        with watching(polled, sessions):
            wait_until(lambda: count(sessions) == 1, "the first message is caught up")
            server.append("plain", "INBOX", make_mail(41))
            wait_until(lambda: count(sessions) == 2, "the next poll finds the second one")
            wait_until(lambda: server.flags("plain") == {}, "both moved out of INBOX")
        assert len(server.flags("plain", "Processed")) == 2
    finally:
        server.destroy()


def test_tls_starttls_and_certificate_verification(
    dovecot: Dovecot,
    settings: Settings,
    sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = Dovecot.create(tls=True)
    try:
        server.start()
        server.add_user("tls", "pw-tls")
        server.append("tls", "INBOX", make_mail(42))
        assert server.tls_port is not None

        def watching_url(url: str, verify: bool = True) -> ImapWatcher:
            return ImapWatcher(
                settings.model_copy(
                    update={
                        "imap_url": url,
                        "imap_password": SecretStr("pw-tls"),
                        "imap_verify_tls": verify,
                    }
                ),
                sessions,
            )

        imaps = f"imaps://tls@127.0.0.1:{server.tls_port}/INBOX"
        with pytest.raises(RuntimeError, match="CERTIFICATE_VERIFY_FAILED"):
            watching_url(imaps).drain_once()  # verified by default; self-signed is refused
        assert count(sessions) == 0
        assert watching_url(server.url("tls"), verify=False).drain_once() == 1  # STARTTLS
        monkeypatch.setenv("SSL_CERT_FILE", str(server.cert_path))  # now a trusted issuer
        assert watching_url(imaps).drain_once() == 0
        logins = [
            line for line in server.log_path.read_text().splitlines() if "Login: user=<tls>" in line
        ]
        # The helper's APPEND, then STARTTLS and imaps logins by the watcher: all over TLS.
        assert len(logins) >= 3
        assert all("TLS" in line for line in logins)
    finally:
        server.destroy()


def test_batches_are_bounded_by_count_and_by_bytes(
    mailbox: Mailbox, sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    big = [make_mail(n, padding=6000) for n in range(50, 55)]  # about 7 KB each
    for raw in big:
        mailbox.append(raw)
    monkeypatch.setattr(imap_module, "BATCH_BYTES", len(big[0]) * 5 // 2)  # room for two
    sizes: list[int] = []
    watcher = ImapWatcher(
        mailbox.settings, sessions, after_commit=lambda created: sizes.append(len(created))
    )
    assert watcher.drain_once() == 5
    assert sizes == [2, 2, 1]
    for n in range(55, 58):
        mailbox.append(make_mail(n))
    monkeypatch.setattr(imap_module, "BATCH_BYTES", 10**9)
    sizes.clear()
    by_count = mailbox.settings.model_copy(update={"imap_batch_size": 2})
    assert (
        ImapWatcher(by_count, sessions, after_commit=lambda c: sizes.append(len(c))).drain_once()
        == 3
    )
    assert sizes == [2, 1]
