"""Office accounts: argon2 password hashes, roles, and the login rate limit kept in the database.

The rate limit lives in `login_attempts` rather than in process memory so that it holds across
several web processes and restarts.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from documents.models import LoginAttempt, User

ROLES = ("viewer", "editor")
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_ADDRESS = 10
FAILURE_WINDOW = timedelta(minutes=15)

_hasher = PasswordHasher()
# Verifying against a fixed hash when the user does not exist keeps the answer time the same,
# so response timing does not reveal which usernames exist.
_DUMMY_HASH = _hasher.hash("dvk-no-such-user")


@dataclass(frozen=True)
class LoginResult:
    """The outcome of a login attempt; `user` is set only on success."""

    user: User | None
    blocked: bool = False


def add_user(
    session: Session,
    username: str,
    password: str,
    role: str = "viewer",
    *,
    display_name: str | None = None,
) -> User:
    """Create the user, or set a new password and role if the username exists.

    `display_name` ("Nguyễn Thị Hà") is how the history names the person; None keeps the one
    already stored.
    """
    username = username.strip()
    if not username or len(username) > 64:
        raise ValueError("tên đăng nhập phải có từ 1 đến 64 ký tự")
    if role not in ROLES:
        raise ValueError(f"vai trò phải là một trong {', '.join(ROLES)}")
    if len(password) < 8:
        raise ValueError("mật khẩu phải có ít nhất 8 ký tự")
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        user = User(username=username, password_hash="", role=role, active=True)
        session.add(user)
    user.password_hash = _hasher.hash(password)
    user.role = role
    user.active = True
    if display_name is not None:
        name = " ".join(unicodedata.normalize("NFC", display_name).split())
        if len(name) > 255:
            raise ValueError("tên hiển thị dài quá 255 ký tự")
        user.display_name = name or None
    session.flush()
    return user


def is_blocked(session: Session, username: str, remote_addr: str | None, now: datetime) -> bool:
    """Too many recent failures for this username or from this address."""
    since = now - FAILURE_WINDOW
    failures = (
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.succeeded.is_(False), LoginAttempt.at >= since)
    )
    if (session.scalar(failures.where(LoginAttempt.username == username)) or 0) >= (
        MAX_FAILURES_PER_USER
    ):
        return True
    if remote_addr is None:
        return False
    by_addr = session.scalar(failures.where(LoginAttempt.remote_addr == remote_addr)) or 0
    return by_addr >= MAX_FAILURES_PER_ADDRESS


def authenticate(
    session: Session, username: str, password: str, remote_addr: str | None
) -> LoginResult:
    """Check a password under the rate limit and record the attempt (the caller commits)."""
    username = username.strip()[:64]
    now = datetime.now(UTC)
    if is_blocked(session, username, remote_addr, now):
        return LoginResult(user=None, blocked=True)
    user = session.scalar(select(User).where(User.username == username))
    ok = False
    try:
        ok = _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        ok = False
    ok = ok and user is not None and user.active
    session.add(LoginAttempt(username=username, remote_addr=remote_addr, succeeded=ok, at=now))
    if ok and user is not None and _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    session.flush()
    return LoginResult(user=user if ok else None)


def prune_attempts(session: Session, older_than: timedelta = timedelta(days=30)) -> int:
    """Forget old attempts so the table stays small; returns how many were removed."""
    cutoff = datetime.now(UTC) - older_than
    result = session.execute(delete(LoginAttempt).where(LoginAttempt.at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
