"""The mailbox watcher: every message of the watched IMAP folders stored once, never twice.

Configuration (see `documents.settings.Settings`):

- `DVK_IMAP_URL`: `imaps://user@host:993/INBOX` (TLS from the first byte) or
  `imap://user@host:143/INBOX` (STARTTLS, required unless the host is loopback, which is only
  for tests). A user name holding `@` is written `%40`. Several comma-separated URLs watch
  several mailboxes or folders, one thread each.
- `DVK_IMAP_PASSWORD` or `DVK_IMAP_PASSWORD_FILE` (first line). Certificates are verified
  unless `DVK_IMAP_VERIFY_TLS=false`.
- XOAUTH2 (Gmail, Microsoft 365, where basic passwords are refused): put a current OAuth2
  access token in a file and set `DVK_IMAP_OAUTH2_TOKEN_FILE`; it is read again at every
  connection, so a token-refreshing job (e.g. a cron job using Google's `oauth2l` or
  Microsoft's MSAL with the `https://mail.google.com/` or
  `https://outlook.office365.com/IMAP.AccessAsUser.All` scope) may rewrite it at any time. The
  user in the URL is the mailbox address, e.g. `imaps://danvan%40gmail.com@imap.gmail.com/INBOX`
  or `imaps://danvan%40xa.gov.vn@outlook.office365.com/INBOX`.
- After a message is committed: `DVK_IMAP_ACTION=keyword` (default) adds the keyword
  `DVK_IMAP_KEYWORD` (`$DvkProcessed`); `move` moves it to `DVK_IMAP_PROCESSED_FOLDER`
  (created if missing; MOVE, else COPY + \\Deleted + UID EXPUNGE). \\Seen is never touched:
  messages are fetched with BODY.PEEK[], so staff still see new mail as unread.

How "never misses, never doubles" holds:

- The database is the truth. Each message is stored with the location key
  (mailbox, folder, UIDVALIDITY, UID) and the SHA-256 of its bytes (`ingest.store`), committed,
  and only then flagged or moved on the server, and the location marked `server_action_done`.
- Every (re)connection starts with a catch-up: `UID <last seen + 1>:*` plus, in keyword mode,
  `UNKEYWORD $DvkProcessed` (in move mode every message still in the folder). UIDs already in
  the database are not fetched again; only their server action is repeated. IDLE (re-issued
  every `DVK_IMAP_IDLE_TIMEOUT` seconds) is only a hint to catch up now; without IDLE the
  folder is polled every `DVK_IMAP_POLL_INTERVAL` seconds.
- A crash between commit and flag: the message is found again, deduplicated by its location
  and flagged then. A UIDVALIDITY change: the folder is read again and deduplicated by content
  (new locations, no new messages). A message moved by staff into another watched folder has
  the same bytes: one message, two locations. A UID expunged between SEARCH and FETCH is
  skipped. A message that cannot be stored is not flagged and is tried again on the next pass.
- Messages are fetched in batches of at most `DVK_IMAP_BATCH_SIZE` messages and about 16 MB
  (one commit per batch; the next batch is fetched and parsed while one is stored), so a
  backlog of thousands is read with bounded memory. Server SEARCH stays ASCII-only.
- Dropped connections reconnect with exponential backoff and jitter; socket timeouts notice a
  dead server.
"""

from __future__ import annotations

import logging
import random
import select
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from sqlalchemy import func, update
from sqlalchemy import select as sql_select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.db import all_communes, for_commune
from documents.models import MailLocation
from documents.operations.heartbeats import WATCHER, HeartbeatWriter
from ingest.accounts import AccountState, lag_of, watched_targets
from ingest.imap_auth import (
    ImapConfigError,
    ImapTarget,
    check_settings,
    close,
    connect,
    parse_imap_url,
)
from ingest.routing import holding_commune, mark_held, route_all
from ingest.settings import IngestSettings
from ingest.store import IncomingMail, MailboxLocation, StoreResult, parse_for, store_messages

log = logging.getLogger(__name__)

#: IDLE is only a hint: a catch-up search runs at least this often while idling.
IDLE_RECHECK_SECONDS = 30.0

__all__ = [
    "DrainError",
    "FolderWatcher",
    "ImapConfigError",
    "ImapTarget",
    "ImapWatcher",
    "check_settings",
    "parse_imap_url",
]

Progress = Callable[[int, int], None]
_IN_CHUNK = 500  # UIDs per SQL IN (...) list
# Bytes of raw mail per fetched batch: scanned forms make 20 MB messages, and two batches (one
# being stored, the next being fetched) are in memory at once.
BATCH_BYTES = 16 * 1024 * 1024
STORE_WRITERS = 2  # batches written at once, each on its own database connection


#: A stored batch: (UIDs safely stored, new message ids to process, how many are new).
_Stored = tuple[list[int], list[int], int]


class DrainError(RuntimeError):
    """`drain_once` could not catch up one or more folders (the others were caught up)."""


class StoreFailedError(RuntimeError):
    """No message of a batch could be stored (the database is down?): back off and retry."""


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class _Plan:
    uidvalidity: int
    last: int  # the highest UID stored before this pass
    fetch: list[int]  # not yet in the database
    act: list[int]  # stored, but the server action is still to do
    settle: list[int]  # marked undone, but already done (or gone): just record it


class FolderWatcher:
    """Catch-up and IDLE for one folder of one mailbox, on one connection at a time."""

    backoff_start = 1.0
    backoff_max = 120.0
    # A refused login is retried far less often: the password will not fix itself, and a
    # server may lock an account (or ban our address) that fails every two minutes.
    login_backoff_max = 900.0

    def __init__(
        self,
        target: ImapTarget,
        settings: IngestSettings,
        sessions: sessionmaker[Session],
        on_stored: Callable[[int], None] | None = None,
        after_commit: Callable[[list[int]], None] | None = None,
        gate: threading.Semaphore | None = None,
    ) -> None:
        self.target = target
        self.settings = settings
        self.base_sessions = sessions
        # Mail of a commune's own account is stored in that commune (row-level security on
        # PostgreSQL binds every transaction to one): one watcher serves every commune. A
        # shared account's mail lands in many communes, so its locations are looked up across
        # them; each message is still written in its own commune's transaction (`_store`).
        if target.routes_by_recipient:
            self.sessions = all_communes(sessions)
        elif target.commune_id is not None:
            self.sessions = for_commune(sessions, target.commune_id)
        else:
            self.sessions = sessions
        self.on_stored = on_stored
        self.after_commit = after_commit
        # Each pass's outcome, for the health report and metrics (written at most every
        # DVK_HEARTBEAT_SECONDS, at once when it changes).
        self.heartbeat = HeartbeatWriter(
            sessions, WATCHER, str(target), every=settings.heartbeat_seconds
        )
        # The account's own row (`mail_accounts`): last UID, UIDVALIDITY, lag, errors, backoff.
        self.state = AccountState(sessions, target.account_id, every=settings.heartbeat_seconds)
        # Storing is bounded across the watcher's folders (database connections); connecting
        # and idling are not, so a slow or dead server never holds another account back.
        self.gate = gate or threading.Semaphore(1)
        self._stored_uids: list[int] = []
        self._arrivals: list[datetime | None] = []

    # -- one pass ------------------------------------------------------------------------

    def drain(self, client: IMAPClient, progress: Progress | None = None) -> int:
        """Catch up the folder on an open connection; return the number of new messages.
        `progress(fetched, to_fetch)` follows the fetching."""
        self._stored_uids, self._arrivals = [], []
        plan = self._plan(client)
        with self.gate:
            created = self._fetch_new(client, plan, progress)
        # Messages stored earlier whose flag or move did not happen (a crash, a dropped
        # connection): after the new ones, so a stubborn server cannot hold new mail back.
        self._server_action(client, plan.act)
        self._mark_done(plan.uidvalidity, [*plan.act, *plan.settle])
        self.heartbeat.ok()
        self.state.ok(
            uidvalidity=plan.uidvalidity,
            last_uid=max([plan.last, *self._stored_uids]) or None,
            lag=lag_of(self._arrivals, clock.now()),
            idle=client.has_capability("IDLE"),
        )
        return created

    def _fetch_new(self, client: IMAPClient, plan: _Plan, progress: Progress | None) -> int:
        total = len(plan.fetch)
        if progress is not None:
            progress(0, total)
        batches = self._batches(client, plan.fetch)
        if not batches:
            return 0
        created = done = 0
        # Batch k+1 is fetched and parsed in a helper thread while earlier batches are written
        # by up to STORE_WRITERS database connections (parsing holds the GIL, database waits do
        # not; each connection keeps a PostgreSQL backend busy). Batches are flagged in order,
        # each only after its own commit, and never while the helper is using the connection.
        in_flight: deque[tuple[int, Future[_Stored]]] = deque()
        with (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="imap-fetch") as helper,
            ThreadPoolExecutor(max_workers=STORE_WRITERS, thread_name_prefix="store") as writers,
        ):
            upcoming = helper.submit(self._fetch, client, plan.uidvalidity, batches[0])
            index = 0
            while index < len(batches) or in_flight:
                if index < len(batches) and len(in_flight) < STORE_WRITERS:
                    mails = upcoming.result()
                    in_flight.append((len(batches[index]), writers.submit(self._store, mails)))
                    index += 1
                    if index < len(batches):
                        upcoming = helper.submit(
                            self._fetch, client, plan.uidvalidity, batches[index]
                        )
                    continue
                size, oldest = in_flight.popleft()
                stored, new_ids, new_count = oldest.result()
                wait([upcoming])
                self._announce(new_ids)
                self._server_action(client, stored)
                self._mark_done(plan.uidvalidity, stored)
                created += new_count
                done += size
                if progress is not None:
                    progress(done, total)
        return created

    def _batches(self, client: IMAPClient, uids: list[int]) -> list[list[int]]:
        """`uids` cut into fetch batches of at most `imap_batch_size` messages and about
        BATCH_BYTES (a bigger message is a batch of its own), from the sizes the server says."""
        limit = max(1, self.settings.imap_batch_size)
        batches: list[list[int]] = []
        current: list[int] = []
        size = 0
        for chunk in _chunks(uids, 1000):
            sizes = client.fetch(list(chunk), ["RFC822.SIZE"])
            for uid in chunk:
                message_size = int((sizes.get(uid) or {}).get(b"RFC822.SIZE") or 0)
                if current and (len(current) >= limit or size + message_size > BATCH_BYTES):
                    batches.append(current)
                    current, size = [], 0
                current.append(uid)
                size += message_size
        if current:
            batches.append(current)
        return batches

    def _plan(self, client: IMAPClient) -> _Plan:
        if self.settings.imap_action == "move":
            self._ensure_folder(client, self.settings.imap_processed_folder)
        selected = client.select_folder(self.target.folder)
        _take_notices(client)  # the counts our own SELECT reported are not news
        uidvalidity = int(selected[b"UIDVALIDITY"])
        if self.settings.imap_action == "keyword":
            self._check_keywords_allowed(selected)
        last, pending = self._database_state(uidvalidity)
        fresh = {uid for uid in client.search(["UID", f"{last + 1}:*"]) if uid > last}
        if self.settings.imap_action == "keyword":
            waiting = set(client.search(["UNKEYWORD", self.settings.imap_keyword]))
        else:
            waiting = set(client.search(["ALL"]))
        candidates = sorted(fresh | waiting)
        known = self._known(uidvalidity, candidates)
        return _Plan(
            uidvalidity=uidvalidity,
            last=last,
            fetch=[uid for uid in candidates if uid not in known],
            act=[uid for uid in candidates if uid in known and uid in waiting],
            settle=[uid for uid in pending if uid not in waiting],
        )

    def _key(self, uidvalidity: int) -> Any:
        return (
            (MailLocation.mailbox == self.target.mailbox)
            & (MailLocation.folder == self.target.folder)
            & (MailLocation.uidvalidity == uidvalidity)
        )

    def _database_state(self, uidvalidity: int) -> tuple[int, list[int]]:
        with self.sessions() as session:
            last = session.scalar(
                sql_select(func.max(MailLocation.uid)).where(self._key(uidvalidity))
            )
            pending = session.scalars(
                sql_select(MailLocation.uid).where(
                    self._key(uidvalidity), MailLocation.server_action_done.is_(False)
                )
            ).all()
        return int(last or 0), list(pending)

    def _known(self, uidvalidity: int, uids: Sequence[int]) -> set[int]:
        known: set[int] = set()
        with self.sessions() as session:
            for chunk in _chunks(uids, _IN_CHUNK):
                known.update(
                    session.scalars(
                        sql_select(MailLocation.uid).where(
                            self._key(uidvalidity), MailLocation.uid.in_(chunk)
                        )
                    )
                )
        return known

    def _fetch(self, client: IMAPClient, uidvalidity: int, uids: list[int]) -> list[IncomingMail]:
        fetched = client.fetch(uids, ["BODY.PEEK[]", "INTERNALDATE"])
        mails: list[IncomingMail] = []
        for uid in uids:
            data = fetched.get(uid) or {}
            raw = data.get(b"BODY[]")  # Dovecot answers NIL for a message expunged meanwhile
            if not isinstance(raw, bytes):
                log.info("%s uid %s vanished before it was fetched", self.target, uid)
                continue
            where = MailboxLocation(self.target.mailbox, self.target.folder, uidvalidity, uid)
            mails.append(
                IncomingMail(
                    raw, data.get(b"INTERNALDATE"), where, parsed=parse_for(self.settings, raw)
                )
            )
        return mails

    def _store(self, mails: list[IncomingMail]) -> _Stored:
        """Store and commit a batch: (UIDs now safely stored, ids of the new messages to
        process, how many messages are new — held ones too)."""
        if not mails:
            return [], [], 0
        if self.target.routes_by_recipient:
            results, to_process = self._store_routed(mails)
        else:
            results = self._store_in(self.sessions, mails)
            to_process = [r.message_id for r in results if r is not None and r.created]
        stored = [m.location.uid for m, r in zip(mails, results, strict=True) if r and m.location]
        if not stored:
            raise StoreFailedError(f"{self.target}: no message of a batch could be stored")
        self._stored_uids.extend(stored)
        self._arrivals.extend(
            m.received_at for m, r in zip(mails, results, strict=True) if r and r.created
        )
        return stored, to_process, sum(1 for r in results if r is not None and r.created)

    def _store_in(
        self, sessions: sessionmaker[Session], mails: Sequence[IncomingMail]
    ) -> list[StoreResult | None]:
        with sessions() as session:
            results = store_messages(session, mails, source="imap", settings=self.settings)
            session.commit()
        return results

    def _store_routed(
        self, mails: list[IncomingMail]
    ) -> tuple[list[StoreResult | None], list[int]]:
        """A shared account's batch, each message in the commune it was sent to, or held in
        the province's row (`ingest.routing`): (results aligned with `mails`, the ids of the
        new messages to process — never a held one)."""
        routes = route_all(self.base_sessions, [m.raw for m in mails])
        # Asked before anything is stored: without a province to hold in, no batch is stored.
        province = holding_commune(self.base_sessions) if any(r.held for r in routes) else 0
        groups: dict[int, list[int]] = {}
        for index, route in enumerate(routes):
            commune_id = province if route.commune_id is None else route.commune_id
            groups.setdefault(commune_id, []).append(index)
        results: list[StoreResult | None] = [None] * len(mails)
        for commune_id, indexes in groups.items():
            with for_commune(self.base_sessions, commune_id)() as session:
                found = store_messages(
                    session, [mails[i] for i in indexes], source="imap", settings=self.settings
                )
                for index, result in zip(indexes, found, strict=True):
                    results[index] = result
                    reason = routes[index].reason
                    if result is not None and result.created and reason is not None:
                        mark_held(session, result.message_id, reason)
                session.commit()
        to_process = [
            r.message_id
            for r, route in zip(results, routes, strict=True)
            if r is not None and r.created and not route.held
        ]
        return results, to_process

    def _announce(self, created: list[int]) -> None:
        if self.after_commit is not None:
            self.after_commit(created)
        if self.on_stored is not None:
            for message_id in created:
                self.on_stored(message_id)

    def _server_action(self, client: IMAPClient, uids: list[int]) -> None:
        if not uids:
            return
        if self.settings.imap_action == "keyword":
            client.add_flags(uids, [self.settings.imap_keyword], silent=True)
            return
        destination = self.settings.imap_processed_folder
        if client.has_capability("MOVE"):
            client.move(uids, destination)
            return
        client.copy(uids, destination)
        client.add_flags(uids, [b"\\Deleted"], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            client.expunge()

    def _mark_done(self, uidvalidity: int, uids: Sequence[int]) -> None:
        if not uids:
            return
        with self.sessions() as session:
            for chunk in _chunks(uids, _IN_CHUNK):
                session.execute(
                    update(MailLocation)
                    .where(self._key(uidvalidity), MailLocation.uid.in_(chunk))
                    .values(server_action_done=True)
                )
            session.commit()

    def _check_keywords_allowed(self, selected: dict[bytes, Any]) -> None:
        permanent = [bytes(f).lower() for f in selected.get(b"PERMANENTFLAGS", ())]
        keyword = self.settings.imap_keyword.encode("ascii").lower()
        if permanent and b"\\*" not in permanent and keyword not in permanent:
            raise ImapConfigError(
                f"{self.target} keeps no keywords of ours (PERMANENTFLAGS); "
                "set DVK_IMAP_ACTION=move"
            )

    @staticmethod
    def _ensure_folder(client: IMAPClient, folder: str) -> None:
        if client.folder_exists(folder):
            return
        try:
            client.create_folder(folder)
        except IMAPClient.Error:
            if not client.folder_exists(folder):  # another thread may have made it meanwhile
                raise

    # -- watching ------------------------------------------------------------------------

    def run(self, stop: threading.Event) -> None:
        """Watch until `stop` is set, reconnecting after any failure."""
        failures = 0
        delay = 0.0
        while not stop.is_set():
            client: IMAPClient | None = None
            try:
                client = connect(self.target, self.settings)
                self.drain(client)
                failures = 0
                self._watch(client, stop)
            except ImapConfigError as exc:
                log.error("%s: %s", self.target, exc)
                failures += 1
                delay = self.record_failure(str(exc), failures)
            except LoginError as exc:
                failures += 1
                log.warning("%s: login refused: %s", self.target, exc)
                error = f"LoginError: {exc}"
                delay = self.record_failure(error, failures, ceiling=self.login_backoff_max)
            except Exception as exc:  # any failure: reconnect later
                failures += 1
                log.warning("%s: %s: %s", self.target, exc.__class__.__name__, exc)
                delay = self.record_failure(f"{exc.__class__.__name__}: {exc}", failures)
            finally:
                if client is not None:
                    close(client)
            if failures and not stop.is_set():
                stop.wait(delay)

    def record_failure(self, error: str, failures: int, *, ceiling: float | None = None) -> float:
        """Record a failed pass (heartbeat and account row); the wait before the next one."""
        delay = self._delay(failures, ceiling)
        self.heartbeat.failed(error)
        try:
            self.state.failed(error, failures, delay)
        except Exception:  # the database may be what failed; the heartbeat says so too
            log.debug("%s: the account's state could not be written", self.target, exc_info=True)
        return delay

    def _delay(self, failures: int, longest: float | None = None) -> float:
        ceiling = min(
            longest or self.backoff_max, self.backoff_start * 2.0 ** min(failures - 1, 30)
        )
        return ceiling / 2 + random.uniform(0, ceiling / 2)  # jitter: watchers do not stampede

    def _watch(self, client: IMAPClient, stop: threading.Event) -> None:
        if not client.has_capability("IDLE"):
            while not stop.wait(self.settings.imap_poll_interval):
                self.drain(client)
            return
        while not stop.is_set():
            with _idling(client):
                self._wait_for_news(client, stop)
            self.drain(client)

    def _wait_for_news(self, client: IMAPClient, stop: threading.Event) -> None:
        """Return when the server says something, when it is time to re-issue IDLE, or on
        stop. A socket that is readable without a whole line may be a closed connection:
        leaving IDLE then proves it either way."""
        # RFC 2177: servers may drop an IDLE after 30 minutes; we re-issue within 10. A notice
        # can also slip past us — sent between our last SEARCH and the IDLE command, or read
        # into imaplib's buffer with the IDLE continuation, where poll() cannot see it — so
        # IDLE is left for a catch-up at least every IDLE_RECHECK_SECONDS.
        timeout = min(max(1.0, self.settings.imap_idle_timeout), 600.0, IDLE_RECHECK_SECONDS)
        deadline = time.monotonic() + timeout
        if _take_notices(client):  # arrived after this drain's SELECT
            return
        sock = client.socket()
        poller = select.poll()
        poller.register(sock.fileno(), select.POLLIN | select.POLLPRI)
        while not stop.is_set() and time.monotonic() < deadline:
            if not poller.poll(1000):
                continue
            responses = client.idle_check(timeout=0)
            for response in responses:
                if len(response) > 0 and response[0] == b"BYE":
                    raise ConnectionError(f"{self.target}: server said BYE")
            if not responses or any(not _is_keepalive(r) for r in responses):
                return


def _take_notices(client: IMAPClient) -> bool:
    """Take the EXISTS/RECENT notices imaplib has read and kept; whether there were any.

    A notice read while entering IDLE (or with a command's reply) is never reported by poll().
    SELECT reports the folder's counts the same way, so the drain takes those right after its
    SELECT; whatever is left afterwards is mail that arrived since. imapclient keeps no public
    handle on these, hence the private attribute."""
    untagged = getattr(getattr(client, "_imap", None), "untagged_responses", None)
    if not isinstance(untagged, dict):
        return False
    taken = [untagged.pop(key, None) for key in ("EXISTS", "RECENT")]  # both, always
    return any(taken)


def _is_keepalive(response: tuple[Any, ...]) -> bool:
    return len(response) > 0 and response[0] == b"OK"


@contextmanager
def _idling(client: IMAPClient) -> Iterator[None]:
    client.idle()
    try:
        yield
    finally:
        client.idle_done()


class ImapWatcher:
    """All watched folders (`DVK_IMAP_URL` and the communes' `mail_accounts`): drained once
    (`drain_once`) or watched (`run`), a thread each, so one account's bad password or dead
    server never delays another; at most `DVK_IMAP_PARALLEL_DRAINS` store at the same time."""

    def __init__(
        self,
        settings: IngestSettings,
        sessions: sessionmaker[Session],
        on_stored: Callable[[int], None] | None = None,
        *,
        after_commit: Callable[[list[int]], None] | None = None,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.on_stored = on_stored
        self.after_commit = after_commit
        self.gate = threading.BoundedSemaphore(settings.imap_parallel_drains)
        self.targets = self._targets()
        self.folders = [self._folder(target) for target in self.targets]

    def _targets(self) -> list[ImapTarget]:
        try:
            return watched_targets(self.settings, self.sessions)
        except SQLAlchemyError as exc:  # no database yet: the settings' folders, untied
            log.warning("mail accounts not readable (%s); watching DVK_IMAP_URL only", exc)
            return check_settings(self.settings)

    def _folder(self, target: ImapTarget) -> FolderWatcher:
        return FolderWatcher(
            target, self.settings, self.sessions, self.on_stored, self.after_commit, self.gate
        )

    def drain_once(self, progress: Progress | None = None) -> int:
        """Connect, catch up every watched folder (several at once), return the number of new
        messages. A folder that fails does not stop the others; the failure is raised at the
        end."""
        counts: dict[int, tuple[int, int]] = {}
        lock = threading.Lock()

        def drain(index: int, folder: FolderWatcher) -> int:
            def tracked(current: int, total: int) -> None:
                with lock:
                    counts[index] = (current, total)
                    done = sum(c for c, _ in counts.values())
                    whole = sum(t for _, t in counts.values())
                if progress is not None:
                    progress(done, whole)

            client = connect(folder.target, self.settings)
            try:
                return folder.drain(client, tracked)
            finally:
                close(client)

        created = 0
        failures: list[str] = []
        workers = max(1, min(len(self.folders), self.settings.imap_parallel_drains))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="imap-drain") as pool:
            futures = [pool.submit(drain, i, f) for i, f in enumerate(self.folders)]
            for folder, future in zip(self.folders, futures, strict=True):
                try:
                    created += future.result()
                except Exception as exc:  # reported after the other folders
                    error = f"{exc.__class__.__name__}: {exc}"
                    log.error("%s: %s", folder.target, error)
                    folder.record_failure(error, 1)
                    failures.append(f"{folder.target}: {error}")
        if failures:
            raise DrainError("; ".join(failures))
        return created

    def run(self, stop: threading.Event) -> None:
        """Watch every folder, one thread each, until `stop` is set; accounts added or removed
        meanwhile are picked up every `DVK_IMAP_REFRESH_SECONDS`."""
        running: dict[tuple[str, int | None], tuple[threading.Thread, threading.Event]] = {}

        def start(folder: FolderWatcher) -> None:
            halt = threading.Event()
            thread = threading.Thread(
                target=folder.run, args=(halt,), name=f"imap:{folder.target}", daemon=True
            )
            running[_key(folder.target)] = (thread, halt)
            thread.start()

        for folder in self.folders:
            start(folder)
        while not stop.wait(self.settings.imap_refresh_seconds):
            try:
                wanted = {_key(t): t for t in watched_targets(self.settings, self.sessions)}
            except Exception as exc:  # the database is away: keep watching what we watch
                log.warning("mail accounts not refreshed: %s", exc)
                continue
            for key in set(running) - set(wanted):
                thread, halt = running.pop(key)
                log.info("%s is no longer watched", thread.name)
                halt.set()
            for key in set(wanted) - set(running):
                log.info("%s is now watched", wanted[key])
                start(self._folder(wanted[key]))
        for _, halt in running.values():
            halt.set()
        for thread, _ in running.values():
            thread.join(timeout=5)


def _key(target: ImapTarget) -> tuple[str, int | None]:
    """An account as the watcher knows it: the URL it watches (with its secret) and its row."""
    return (f"{target.url}\0{target.secret or ''}", target.account_id)
