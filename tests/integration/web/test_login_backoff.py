"""The login backoff (web.login_backoff) through `authenticate`, on both databases: the guesser
waits longer after every failure, the owner with the right password is never refused from a
client that is not the guesser's."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import LoginAttempt
from tests.integration.web.factory import PASSWORD, seed_users
from tests.threads import run_in_threads
from web.login_backoff import PER_ACCOUNT, PER_CLIENT, PER_CLIENT_AND_ACCOUNT, Backoff
from web.users import LoginResult, authenticate

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
ATTACKER = "198.51.100.66"
OWNER = "203.0.113.10"


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as s:
        seed_users(s)
        yield s


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def attempt(
    session: Session,
    clock: Clock,
    password: str,
    address: str,
    *,
    username: str = "bientap",
    device: str | None = None,
) -> LoginResult:
    return authenticate(session, username, password, address, device=device, now=clock.now)


def test_the_backoff_doubles_after_the_free_failures_and_is_capped() -> None:
    rule = Backoff(free=3, base=timedelta(seconds=2), cap=timedelta(minutes=15))
    assert [rule.wait(n).total_seconds() for n in (0, 2, 3, 4, 5, 6)] == [0, 0, 2, 4, 8, 16]
    assert rule.wait(50) == timedelta(minutes=15)
    # The wider bounds allow more before they slow anyone, and the per-account one is looser.
    assert PER_CLIENT.free > PER_CLIENT_AND_ACCOUNT.free
    assert PER_ACCOUNT.cap < PER_CLIENT_AND_ACCOUNT.cap


def test_guesser_waits_longer_after_each_failure(session: Session) -> None:
    clock = Clock()
    for _ in range(3):
        assert attempt(session, clock, "sai", ATTACKER).retry_after == 0
        clock.advance(0.1)
    waits = []
    for _ in range(4):
        refused = attempt(session, clock, "sai", ATTACKER)
        assert refused.user is None and refused.retry_after > 0
        waits.append(refused.retry_after)
        clock.advance(refused.retry_after)
        checked = attempt(session, clock, "sai", ATTACKER)  # after the wait: checked, wrong
        assert checked.retry_after == 0 and checked.user is None
    assert waits == [2, 4, 8, 16]
    # Hammering during a wait neither gets checked nor lengthens the wait.
    for _ in range(20):
        assert attempt(session, clock, PASSWORD, ATTACKER).retry_after == 32
    clock.advance(32)
    assert attempt(session, clock, PASSWORD, ATTACKER).user is not None
    failures = session.scalar(
        select(func.count()).select_from(LoginAttempt).where(LoginAttempt.succeeded.is_(False))
    )
    assert failures == 7  # 3 free + 4 checked after waiting; the 24 refused are not recorded


def test_five_wrong_passwords_never_lock_the_owner_out(session: Session) -> None:
    clock = Clock()
    for _ in range(30):  # far more than five, as fast as the backoff lets the guesser go
        result = attempt(session, clock, "sai", ATTACKER)
        clock.advance(result.retry_after or 0.5)
    if attempt(session, clock, "sai", ATTACKER).retry_after == 0:  # checked: the next waits
        assert attempt(session, clock, "sai", ATTACKER).retry_after > 0
    owner = attempt(session, clock, PASSWORD, OWNER)
    assert owner.user is not None and owner.user.username == "bientap"
    # A typo by the owner on another network costs nothing either.
    assert attempt(session, clock, "typo", "192.0.2.44").retry_after == 0
    assert attempt(session, clock, PASSWORD, "192.0.2.44").user is not None


def test_a_known_browser_gets_in_even_behind_the_guessers_address(session: Session) -> None:
    """The office and the guesser behind one NAT: the office's browser logged in before, so it
    is counted by its device cookie, not by the shared address."""
    clock = Clock()
    device = "a" * 32
    assert attempt(session, clock, PASSWORD, ATTACKER, device=device).user is not None
    clock.advance(60)
    for i in range(15):  # the guesser tries this account and others from the same address
        attempt(session, clock, "sai", ATTACKER, username="bientap" if i % 2 else f"x{i}")
        clock.advance(0.5)
    assert attempt(session, clock, PASSWORD, ATTACKER).retry_after > 0  # no cookie: slowed
    known = attempt(session, clock, PASSWORD, ATTACKER, device=device)
    assert known.retry_after == 0 and known.user is not None
    # A device id is known only for the account it logged in to.
    other = attempt(session, clock, PASSWORD, ATTACKER, username="xem", device=device)
    assert other.retry_after > 0


def test_one_address_trying_many_accounts_is_slowed(session: Session) -> None:
    clock = Clock()
    for i in range(10):
        assert attempt(session, clock, "sai", ATTACKER, username=f"ai-{i}").retry_after == 0
    assert attempt(session, clock, "sai", ATTACKER, username="ai-10").retry_after == 2
    assert attempt(session, clock, PASSWORD, OWNER).user is not None


def test_many_addresses_guessing_one_account(session: Session) -> None:
    """A botnet: each address fails once on the account, then tries again. The second tries
    wait on the account's failures; a client that has not failed there is still checked."""
    clock = Clock()
    bots = [f"198.18.0.{i}" for i in range(1, 21)]
    for bot in bots:
        assert attempt(session, clock, "sai", bot).retry_after == 0
    again = attempt(session, clock, "sai", bots[0])
    assert again.retry_after == min(2 ** (20 - PER_ACCOUNT.free), PER_ACCOUNT.cap.seconds)
    assert attempt(session, clock, PASSWORD, OWNER).user is not None


def test_ipv6_clients_are_counted_by_their_64(session: Session) -> None:
    clock = Clock()
    for i in range(3):
        attempt(session, clock, "sai", f"2001:db8:1:2::{i + 1}")
    assert attempt(session, clock, "sai", "2001:db8:1:2::ffff").retry_after == 2
    assert attempt(session, clock, PASSWORD, "2001:db8:1:3::1").user is not None


def test_parallel_guesses_see_each_other(session: Session, sessions: sessionmaker[Session]) -> None:
    """Twelve guesses at once from one address: the attempts are recorded before the slow
    password check, so at most a handful are checked, the rest are told to wait."""
    now = datetime.now(UTC)
    barrier = threading.Barrier(12)

    def guess() -> int:
        with sessions() as own:
            barrier.wait(timeout=30)
            return authenticate(own, "bientap", "sai", ATTACKER, now=now).retry_after

    waits = run_in_threads(guess, 12)
    checked = sum(1 for wait in waits if wait == 0)
    assert checked <= PER_CLIENT_AND_ACCOUNT.free + 2, waits
    assert checked >= 1
