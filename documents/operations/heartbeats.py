"""Heartbeats: each long-running role says in the database that it lives and how its last
attempt went (a mailbox poll, a task, a tick, a sandbox probe).

Writes are cheap by design: a writer updates its one row at most once every `every` seconds,
sooner only when the outcome changes (a first failure, a recovery), so a busy worker or a
watcher polling every second costs one small UPDATE per interval. A heartbeat that cannot be
written (the database is down) is logged and forgotten: it must never stop the role itself.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.models import Heartbeat

log = logging.getLogger(__name__)

#: The roles that write heartbeats, and the instance naming each uses.
WATCHER = "watcher"  # instance: the watched IMAP URL (password hidden), or DROP_FOLDER
WORKER = "worker"  # instance: the Celery node name (celery@host)
TICK = "tick"  # instance: SCHEDULER; written by the periodic tick (beat, or `dvk run`)
SANDBOX = "sandbox"  # instance: the node that probed its extraction sandbox
DROP_FOLDER = "drop folder"
SCHEDULER = "scheduler"
ERROR_LIMIT = 1000


def node_name() -> str:
    """This machine and process, for roles without a name of their own."""
    return f"{socket.gethostname()}:{os.getpid()}"


class HeartbeatWriter:
    """The heartbeat of one role instance, written at most once every `every` seconds."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        role: str,
        instance: str,
        *,
        every: float = 30.0,
    ) -> None:
        self.sessions = sessions
        self.role = role
        self.instance = instance[:255]
        self.every = every
        self.started_at = clock.now()
        self._lock = threading.Lock()
        self._written_at: float | None = None  # monotonic
        self._written_failing: bool | None = None
        self._failures = 0

    def alive(self, detail: dict[str, Any] | None = None) -> bool:
        """A sign of life without an outcome (a worker's idle heartbeat)."""
        return self._write({}, failing=None, detail=detail)

    def ok(self, detail: dict[str, Any] | None = None) -> bool:
        """The last attempt succeeded."""
        with self._lock:
            self._failures = 0
        return self._write({"ok_at": True, "failures": 0}, failing=False, detail=detail)

    def failed(self, error: str, detail: dict[str, Any] | None = None) -> bool:
        """The last attempt failed with `error` (never a secret: callers pass redacted text)."""
        with self._lock:
            self._failures += 1
            failures = self._failures
        values = {"error_at": True, "error": error[:ERROR_LIMIT], "failures": failures}
        return self._write(values, failing=True, detail=detail)

    def _due(self, failing: bool | None) -> bool:
        if self._written_at is None:
            return True
        if failing is not None and failing != self._written_failing:
            return True  # an outcome changed: say so at once
        return time.monotonic() - self._written_at >= self.every

    def _write(
        self, values: dict[str, Any], *, failing: bool | None, detail: dict[str, Any] | None
    ) -> bool:
        """Whether a row was written now (False: rate-limited, or the database failed)."""
        with self._lock:
            if not self._due(failing):
                return False
            now = clock.now()
            row = {k: (now if v is True else v) for k, v in values.items()}
            row["seen_at"] = now
            if detail is not None:
                row["detail"] = detail
            try:
                with self.sessions.begin() as session:
                    upsert(session, self.role, self.instance, self.started_at, row)
            except Exception as exc:
                log.warning(
                    "heartbeat %s/%s not written: %s", self.role, self.instance, type(exc).__name__
                )
                return False
            self._written_at = time.monotonic()
            if failing is not None:
                self._written_failing = failing
            return True


def upsert(
    session: Session, role: str, instance: str, started_at: datetime, values: dict[str, Any]
) -> None:
    """Update the row of (role, instance), creating it first when it is missing."""
    key = (Heartbeat.role == role, Heartbeat.instance == instance)
    done = session.execute(
        update(Heartbeat).where(*key).values(**values).execution_options(synchronize_session=False)
    )
    if getattr(done, "rowcount", 0) == 1:
        return
    dialect = session.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    first = {
        "role": role,
        "instance": instance,
        "started_at": started_at,
        "seen_at": values["seen_at"],
        "failures": 0,
        "detail": {},
        **values,
    }
    session.execute(module.insert(Heartbeat).values(**first).on_conflict_do_nothing())
    # A writer of the same key may have inserted in between: our values win either way.
    session.execute(
        update(Heartbeat).where(*key).values(**values).execution_options(synchronize_session=False)
    )


def forget(sessions: sessionmaker[Session], role: str, instance: str) -> None:
    """Remove a role instance's row when it stops on purpose (a worker scaled down)."""
    try:
        with sessions.begin() as session:
            row = session.get(Heartbeat, (role, instance))
            if row is not None:
                session.delete(row)
    except Exception as exc:
        log.warning("heartbeat %s/%s not removed: %s", role, instance, type(exc).__name__)


def heartbeats(session: Session, role: str | None = None) -> list[Heartbeat]:
    """Every heartbeat (of `role`), oldest role first; a small table, one row per instance."""
    query = select(Heartbeat).order_by(Heartbeat.role, Heartbeat.instance)
    if role is not None:
        query = query.where(Heartbeat.role == role)
    return list(session.scalars(query))
