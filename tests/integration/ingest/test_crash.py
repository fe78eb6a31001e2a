"""A watcher killed (SIGKILL) between its commit and the flag loses nothing and doubles nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from documents.models import MailLocation
from ingest.imap import ImapWatcher
from tests.integration.ingest.conftest import Mailbox, count, locations, wait_until
from tests.servers.mails import make_mail

ROOT = Path(__file__).resolve().parents[3]


def test_sigkill_between_commit_and_flag(
    mailbox: Mailbox, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    for n in (21, 22):
        mailbox.append(make_mail(n))
    marker = tmp_path / "committed"
    env = {
        **os.environ,
        "DVK_DATABASE_URL": mailbox.settings.effective_database_url,
        "DVK_IMAP_URL": mailbox.server.url(mailbox.user),
        "DVK_IMAP_PASSWORD": mailbox.password,
        "DVK_DATA_DIR": str(tmp_path / "var"),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.ingest.watcher_child", str(marker)],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until(lambda: marker.exists() or child.poll() is not None, "the child commits")
        assert marker.exists(), f"the watcher child exited early ({child.returncode})"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    # Killed after the commit: both stored, nothing flagged, the server action still owed.
    assert count(sessions) == 2
    assert all("$DvkProcessed" not in f for f in mailbox.flags().values())
    assert [done for *_, done in locations(sessions)] == [False, False]

    assert ImapWatcher(mailbox.settings, sessions).drain_once() == 0  # nothing new
    assert count(sessions) == 2
    assert count(sessions, MailLocation) == 2
    assert all("$DvkProcessed" in f for f in mailbox.flags().values())
    assert [done for *_, done in locations(sessions)] == [True, True]
