"""A watcher process that stops dead right after its commit, before the server is touched.

Run by test_crash.py as `python -m tests.integration.ingest.watcher_child MARKER` with DVK_*
variables in its environment: it drains the mailbox once, and after the first commit writes
MARKER and sleeps, so the test can SIGKILL it exactly between "stored" and "flagged".
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from documents.db import make_engine, make_session_factory
from ingest.imap import ImapWatcher
from workers.settings import Settings


def main(marker: Path) -> None:
    settings = Settings(_env_file=None)
    engine = make_engine(settings.effective_database_url)

    def stop_dead(created: list[int]) -> None:
        marker.write_text(",".join(str(i) for i in created), encoding="utf-8")
        time.sleep(3600)

    ImapWatcher(settings, make_session_factory(engine), after_commit=stop_dead).drain_once()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
