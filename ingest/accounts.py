"""The mailboxes one watcher serves: the `DVK_IMAP_URL` ones and each commune's own accounts
(`mail_accounts`), and the state of each written back after every pass.

An account is one IMAP folder: `imaps://user@host/INBOX`. Its password lives in the
`mail_accounts` row (or, for the `DVK_IMAP_URL` ones, in the settings), never in its URL, and is
only read to log in: every text shown or logged names the account by its password-free URL.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.models import COMMUNE_KIND, PROVINCE_KIND, Commune, CommuneAddress, MailAccount
from documents.settings import url_without_password
from ingest.imap_auth import ImapConfigError, ImapTarget, check_settings, parse_imap_url
from ingest.routing import normalise
from ingest.settings import IngestSettings

ERROR_LIMIT = 500


def add_account(
    session: Session,
    url: str,
    *,
    commune_slug: str | None = None,
    password: str | None = None,
    shared: bool = False,
) -> MailAccount:
    """A new watched folder: the commune `commune_slug`'s, or with `shared` the province's
    mailbox for every commune, routed by recipient (`ingest.routing`). A password written in
    the URL is moved out of it; `password` wins over it. ImapConfigError when it cannot work.
    `session` is an operator's (`all_communes`)."""
    public, in_url = url_without_password(url.strip())
    parse_imap_url(public)  # raises ImapConfigError for a bad URL
    secret = password if password is not None else in_url
    if not secret:
        raise ImapConfigError(f"{public}: no password (give --password-file, or type it)")
    if session.scalar(select(MailAccount.id).where(MailAccount.url == public)) is not None:
        raise ImapConfigError(f"{public} is already watched")
    account = MailAccount(url=public, password=secret, origin="db", routes_by_recipient=shared)
    if shared:
        _check_shared(session, commune_slug)
    else:
        account.commune_id = _commune(session, commune_slug).id
    session.add(account)
    session.flush()
    return account


def _commune(session: Session, slug: str | None) -> Commune:
    if not slug:
        raise ImapConfigError(
            "name the commune (--commune SLUG), or --shared for a mailbox routed by recipient"
        )
    commune = session.scalar(select(Commune).where(Commune.slug == slug))
    if commune is None or commune.kind != COMMUNE_KIND:
        raise ImapConfigError(f"no commune '{slug}' (see `dvk communes list`)")
    return commune


def _check_shared(session: Session, commune_slug: str | None) -> None:
    """A shared mailbox belongs to no commune, and needs the province to hold unrouted mail."""
    if commune_slug:
        raise ImapConfigError("a shared mailbox belongs to no commune: drop --commune")
    if session.scalar(select(Commune.id).where(Commune.kind == PROVINCE_KIND)) is None:
        raise ImapConfigError(
            "mail a shared mailbox cannot route waits for the province: add it first with "
            "`dvk communes add SLUG NAME --province`"
        )


def add_address(session: Session, text: str, *, commune_slug: str) -> CommuneAddress:
    """Route mail sent to `text` on a shared mailbox to the commune `commune_slug`. Stored in
    canonical form; one commune per address. `session` is an operator's (`all_communes`)."""
    address = normalise(text)
    if address is None:
        raise ImapConfigError(f"'{text}' is not a mail address (write it as name@domain)")
    commune = _commune(session, commune_slug)
    owner = session.scalar(select(Commune.slug).join(CommuneAddress).where(
        CommuneAddress.address == address))  # fmt: skip
    if owner is not None:
        raise ImapConfigError(
            f"{address} already routes to '{owner}': remove it there first "
            f"(`dvk mailboxes address remove {address}`)"
        )
    row = CommuneAddress(address=address, commune_id=commune.id)
    session.add(row)
    session.flush()
    return row


def remove_address(session: Session, text: str) -> str:
    """Stop routing `text`; the slug of the commune it routed to. `session`: `all_communes`."""
    address = normalise(text) or text.strip().lower()
    row = session.scalar(select(CommuneAddress).where(CommuneAddress.address == address))
    if row is None:
        raise ImapConfigError(f"{address} routes nowhere (see `dvk mailboxes address list`)")
    slug = session.scalar(select(Commune.slug).where(Commune.id == row.commune_id)) or ""
    session.delete(row)
    session.flush()
    return slug


def address_book(session: Session, commune_slug: str | None = None) -> list[tuple[str, str]]:
    """(address, commune slug) of every routed address, or one commune's, by commune."""
    query = select(CommuneAddress.address, Commune.slug).join(Commune)
    if commune_slug:
        query = query.where(Commune.slug == commune_slug)
    return [
        (a, s) for a, s in session.execute(query.order_by(Commune.slug, CommuneAddress.address))
    ]


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
