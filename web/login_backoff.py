"""The login backoff: slow a password guesser down without ever locking the real user out.

A lockout per account ("five wrong passwords and the account is closed for 15 minutes") lets
anyone lock the office out by typing five wrong passwords. Instead every failure makes the
*next* attempt of the same kind wait longer (doubling, capped) before it is even checked, and
the waits are keyed so that they land on the guesser, not on the account's owner:

* per client and account: the guesser's own browser or network, against one account;
* per client, over all accounts: one network trying many accounts (password spraying);
* per account, over all clients: a looser bound on many networks guessing one account, which
  applies only to clients that have themselves failed on that account. A client with no recent
  failure on the account is always checked: the real user, elsewhere, always gets in.

A browser that logged in to an account before carries a device cookie; on that account it is
counted by its device rather than by its network, and is exempt from the two wider bounds, so
an attacker behind the same NAT as the office cannot slow the office down either.

Attempts are recorded before the (deliberately slow) password check and counted by id, so
parallel guesses see each other; a refused attempt is not recorded, so hammering during a
wait does not lengthen it. Everything is in the database: the backoff holds across web
processes and restarts.
"""

from __future__ import annotations

import ipaddress
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from documents.models import LoginAttempt

#: Failures older than this no longer count.
WINDOW = timedelta(hours=1)
#: A device is known for an account this long after its last successful login there.
DEVICE_MEMORY = timedelta(days=30)
DEVICE_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class Backoff:
    """No wait for the first `free` failures, then `base`, doubling with each failure, up to `cap`."""

    free: int
    base: timedelta
    cap: timedelta

    def wait(self, failures: int) -> timedelta:
        if failures < self.free:
            return timedelta(0)
        doublings = min(failures - self.free, 30)  # far past any cap; keeps the number small
        delay: timedelta = self.base * 2**doublings
        return min(delay, self.cap)


PER_CLIENT_AND_ACCOUNT = Backoff(free=3, base=timedelta(seconds=2), cap=timedelta(minutes=15))
PER_CLIENT = Backoff(free=10, base=timedelta(seconds=2), cap=timedelta(minutes=15))
PER_ACCOUNT = Backoff(free=10, base=timedelta(seconds=1), cap=timedelta(minutes=5))


def network_key(remote_addr: str | None) -> str:
    """What a client is counted by when it has no device cookie: its IPv4 address, or its IPv6
    /64 (one subscriber usually holds a whole /64, so single addresses would be free to rotate)."""
    if not remote_addr:
        return "unknown"
    try:
        address = ipaddress.ip_address(remote_addr)
    except ValueError:
        return "unknown"
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is None:
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else address)


def valid_device(value: str | None) -> str | None:
    return value if value is not None and DEVICE_ID.fullmatch(value) else None


def known_device(session: Session, username: str, device: str | None, now: datetime) -> bool:
    """Whether this browser logged in to this account recently."""
    if device is None:
        return False
    found = session.scalar(
        select(LoginAttempt.id)
        .where(
            LoginAttempt.username == username,
            LoginAttempt.device == device,
            LoginAttempt.succeeded.is_(True),
            LoginAttempt.at >= now - DEVICE_MEMORY,
        )
        .limit(1)
    )
    return found is not None


def required_wait(session: Session, attempt: LoginAttempt, known: bool, now: datetime) -> int:
    """Whole seconds `attempt` must still wait before its password may be checked (0: none)."""
    earlier = [
        LoginAttempt.id < attempt.id,
        LoginAttempt.succeeded.is_(False),
        LoginAttempt.at >= now - WINDOW,
    ]
    same_client = LoginAttempt.client == attempt.client
    same_account = LoginAttempt.username == attempt.username
    last_success = session.scalar(
        select(func.max(LoginAttempt.id)).where(
            same_client, same_account, LoginAttempt.succeeded.is_(True)
        )
    )
    since_success = [LoginAttempt.id > last_success] if last_success is not None else []
    waits = [_wait(session, [*earlier, same_client, same_account, *since_success],
                   PER_CLIENT_AND_ACCOUNT, now)]  # fmt: skip
    if not known:
        waits.append(_wait(session, [*earlier, same_client], PER_CLIENT, now))
        if waits[0] is not None:  # this client has failed on this account itself
            waits.append(_wait(session, [*earlier, same_account], PER_ACCOUNT, now))
    remaining = max((w for w in waits if w is not None), default=timedelta(0))
    return math.ceil(remaining.total_seconds()) if remaining > timedelta(0) else 0


def _wait(
    session: Session, where: list[ColumnElement[bool]], backoff: Backoff, now: datetime
) -> timedelta | None:
    """The wait left under one bound, or None when the bound has seen no failure."""
    count, last = session.execute(
        select(func.count(LoginAttempt.id), func.max(LoginAttempt.at)).where(*where)
    ).one()
    if not count:
        return None
    return max(_aware(last) + backoff.wait(count) - now, timedelta(0))


def _aware(moment: datetime) -> datetime:
    """SQLite hands datetimes back without their zone; they were stored in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
