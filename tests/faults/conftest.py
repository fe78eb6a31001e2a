"""A fresh chain per scenario: a fault leaves traces (killed processes, lost queues) that must
not leak into the next scenario's counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import unavailable
from tests.faults.harness import Chain
from tests.servers.dovecot import DOVECOT
from tests.servers.redis_server import REDIS_SERVER


@pytest.fixture
def chain(tmp_path: Path) -> Iterator[Chain]:
    for binary in (DOVECOT, REDIS_SERVER, "/usr/lib/postgresql"):
        if not Path(binary).exists():
            unavailable(f"{binary} is missing: the fault tests run the real chain")
    # Batches of 10 (not 100): the watcher commits and flags 30 times per backlog, so a kill
    # can be aimed between a commit and its flag, and storing interleaves with processing.
    with Chain(tmp_path / "chain", extra_env={"DVK_IMAP_BATCH_SIZE": "10"}) as running:
        yield running  # the logs stay under tmp_path for a failed run
