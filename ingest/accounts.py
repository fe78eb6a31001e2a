"""The mailboxes one watcher serves: the `DVK_IMAP_URL` ones and each commune's own accounts
(`mail_accounts`), and the state of each written back after every pass.

An account is one IMAP folder: `imaps://user@host/INBOX`. Its password lives in the
`mail_accounts` row (or, for the `DVK_IMAP_URL` ones, in the settings), never in its URL, and is
only read to log in: every text shown or logged names the account by its password-free URL.
Accounts are added and changed by `documents.mail_accounts` (the command and the web page).
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.models import Commune, MailAccount
from documents.settings import url_without_password
from ingest.imap_auth import ImapTarget, check_settings, parse_imap_url
from ingest.settings import IngestSettings

ERROR_LIMIT = 500


def watched_targets(
    settings: IngestSettings, sessions: sessionmaker[Session] | None = None
) -> list[ImapTarget]:
    """Every folder to watch: the `DVK_IMAP_URL` ones, then the enabled `mail_accounts`, each
    tied to its row (the `DVK_IMAP_URL` ones get a row of origin `env`, without secret)."""
    targets = check_settings(settings)
    if sessions is None:
        return targets
    with sessions() as session:
        rows = {row.url: row for row in session.scalars(select(MailAccount))}
        tied: list[ImapTarget] = []
        for target in targets:
            public, _ = url_without_password(target.url)
            row = rows.get(public)
            if row is None:
                row = rows[public] = MailAccount(
                    url=public, origin="env", commune_id=_only(session)
                )
                session.add(row)
                session.flush()
            tied.append(_tied(target, row))
        env = {url_without_password(t.url)[0] for t in targets}
        for row in sorted(rows.values(), key=lambda r: r.id):
            if row.origin == "db" and row.enabled and row.url not in env:
                tied.append(_tied(parse_imap_url(row.url), row, secret=row.password))
        session.commit()
    return tied


def _tied(target: ImapTarget, row: MailAccount, secret: str | None = None) -> ImapTarget:
    """`target` with what its row says: its state's row, its commune or routing, its secret."""
    return replace(
        target,
        account_id=row.id,
        secret=secret,
        commune_id=row.commune_id,
        routes_by_recipient=row.routes_by_recipient,
    )


def has_accounts(sessions: sessionmaker[Session]) -> bool:
    """Whether any commune's own account is to be watched (then IMAP is the mail source)."""
    try:
        with sessions() as session:
            found = session.scalar(
                select(MailAccount.id).where(MailAccount.origin == "db", MailAccount.enabled)
            )
    except SQLAlchemyError:  # an older schema, or no database yet: only the settings count
        return False
    return found is not None


def _only(session: Session) -> int | None:
    """The commune of a one-commune deployment (the `DVK_IMAP_URL` default belongs to it)."""
    ids = session.scalars(select(Commune.id).limit(2)).all()
    return ids[0] if len(ids) == 1 else None


class AccountState:
    """Writes one account's state to its row: at once when it changes, else at most every
    `every` seconds (150 idling accounts re-check every 30 s; their rows need not)."""

    def __init__(
        self, sessions: sessionmaker[Session], account_id: int | None, *, every: float = 30.0
    ) -> None:
        self.sessions = sessions
        self.account_id = account_id
        self.every = every
        self._written: tuple[object, ...] | None = None
        self._written_at = 0.0

    def _write(self, **values: object) -> None:
        if self.account_id is None:
            return
        with self.sessions() as session:
            session.execute(
                update(MailAccount).where(MailAccount.id == self.account_id).values(**values)
            )
            session.commit()

    def ok(self, *, uidvalidity: int, last_uid: int | None, lag: float | None, idle: bool) -> None:
        changed = (uidvalidity, last_uid, lag, idle)
        if changed == self._written and time.monotonic() - self._written_at < self.every:
            return
        values: dict[str, object] = {
            "uidvalidity": uidvalidity,
            "last_success_at": clock.now(),
            "failures": 0,
            "next_attempt_at": None,
            "idle": idle,
        }
        if last_uid is not None:
            values["last_uid"] = last_uid
        if lag is not None:
            values["lag_seconds"] = round(lag, 3)
        self._write(**values)
        self._written, self._written_at = changed, time.monotonic()

    def failed(self, error: str, failures: int, retry_in: float) -> None:
        now = clock.now()
        self._written = None  # the next success is written at once
        self._write(
            last_error=error[:ERROR_LIMIT],
            last_error_at=now,
            failures=failures,
            next_attempt_at=now + timedelta(seconds=retry_in),
        )


def lag_of(received: list[datetime | None], now: datetime) -> float | None:
    """The worst delay between a server's arrival time and our commit, in seconds."""
    delays = [(now - clock.utc(r)).total_seconds() for r in received if r is not None]
    return max(0.0, max(delays)) if delays else None
