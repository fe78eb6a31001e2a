"""Office accounts: argon2 password hashes, roles, sessions that end together, and the login
check under the backoff of `web.login_backoff`."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from documents.db import all_communes, session_commune
from documents.models import PROVINCE_KIND, Commune, LoginAttempt, User, new_session_epoch
from documents.province import PROVINCE_ADMIN_ROLE, PROVINCE_ROLE, PROVINCE_ROLES
from web.login_backoff import known_device, network_key, required_wait

ROLES = ("viewer", "editor", PROVINCE_ROLE, PROVINCE_ADMIN_ROLE)

#: Argon2id as OWASP's Password Storage Cheat Sheet recommends (m = 19 MiB, t = 2, p = 1): a
#: check costs about 50 ms here instead of the library default's 64 MiB × 3 × 4 lanes. Hashes
#: made with other parameters are replaced at the next successful login.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so the answer takes as long as for a real
    user and its timing does not reveal which usernames exist."""
    return _hasher.hash("dvk-no-such-user")


@dataclass(frozen=True)
class LoginResult:
    """The outcome of a login attempt: `user` on success; `retry_after` (seconds) when the
    attempt came too soon after earlier failures and its password was not even checked."""

    user: User | None
    retry_after: int = 0


def _validate_password(password: str) -> None:
    if len(password) < 8:
        raise ValueError("mật khẩu phải có ít nhất 8 ký tự")


def _check_role_fits_tenant(session: Session, role: str) -> None:
    """A province login lives in the province's row, and only province logins live there: a
    commune's office cannot give itself the province's reach."""
    commune_id = session_commune(session)
    tenant = session.get(Commune, commune_id) if commune_id is not None else None
    in_province = tenant is not None and tenant.kind == PROVINCE_KIND
    if role in PROVINCE_ROLES and not in_province:
        raise ValueError(
            "vai trò province, province_admin chỉ dành cho tài khoản của tỉnh (dvk --commune <tỉnh>)"
        )
    if role not in PROVINCE_ROLES and in_province:
        raise ValueError("tài khoản của tỉnh có vai trò province hoặc province_admin")


def add_user(
    session: Session,
    username: str,
    password: str,
    role: str = "viewer",
    *,
    display_name: str | None = None,
) -> User:
    """Create the user, or set a new password and role if the username exists (which ends the
    user's open sessions).

    `display_name` ("Nguyễn Thị Hà") is how the history names the person; None keeps the one
    already stored.
    """
    username = username.strip()
    if not username or len(username) > 64:
        raise ValueError("tên đăng nhập phải có từ 1 đến 64 ký tự")
    if role not in ROLES:
        raise ValueError(f"vai trò phải là một trong {', '.join(ROLES)}")
    _check_role_fits_tenant(session, role)
    _validate_password(password)
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        user = User(username=username, password_hash="", role=role, active=True)
        session.add(user)
    user.password_hash = _hasher.hash(password)
    user.role = role
    user.active = True
    user.session_epoch = new_session_epoch()
    if display_name is not None:
        name = " ".join(unicodedata.normalize("NFC", display_name).split())
        if len(name) > 255:
            raise ValueError("tên hiển thị dài quá 255 ký tự")
        user.display_name = name or None
    session.flush()
    return user


def _existing(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise LookupError(f"không có tài khoản '{username.strip()}'")
    return user


def set_password(session: Session, username: str, password: str) -> User:
    """A new password for an existing user; every session of the user ends."""
    _validate_password(password)
    user = _existing(session, username)
    user.password_hash = _hasher.hash(password)
    user.session_epoch = new_session_epoch()
    session.flush()
    return user


def remove_user(session: Session, username: str) -> None:
    """Delete the account; its sessions end with it (the audit log keeps the name as text)."""
    session.delete(_existing(session, username))
    session.flush()


def end_sessions(session: Session, user_id: int) -> None:
    """End every session of the user, in every browser (logout does this)."""
    user = session.get(User, user_id)
    if user is not None:
        user.session_epoch = new_session_epoch()
        session.flush()


def commune_of_user(sessions: sessionmaker[Session], username: str) -> int | None:
    """The commune a login name belongs to (names are unique across the deployment): the
    login is then checked inside that commune."""
    with all_communes(sessions)() as session:
        name = username.strip()[:64]
        found = session.scalar(select(User.commune_id).where(User.username == name))
        return int(found) if found is not None else None


def authenticate(
    session: Session,
    username: str,
    password: str,
    remote_addr: str | None,
    *,
    device: str | None = None,
    now: datetime | None = None,
) -> LoginResult:
    """Check a password under the login backoff; commits the attempt it records.

    `device` is the browser's device id (from its cookie); it is recorded with the attempt, and
    a successful login makes it known for this account."""
    username = username.strip()[:64]
    now = now or datetime.now(UTC)
    known = known_device(session, username, device, now)
    attempt = LoginAttempt(
        username=username,
        remote_addr=(remote_addr or "")[:64] or None,
        client=f"device:{device}" if known else network_key(remote_addr),
        device=device,
        succeeded=False,  # until the password is checked: parallel guesses count it already
        at=now,
    )
    session.add(attempt)
    session.commit()
    wait = required_wait(session, attempt, known, now)
    if wait:
        session.delete(attempt)  # a refused attempt neither counts nor lengthens the wait
        session.commit()
        return LoginResult(user=None, retry_after=wait)
    user = session.scalar(select(User).where(User.username == username))
    ok: bool
    try:
        ok = _hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        ok = False
    ok = ok and user is not None and user.active
    if ok and user is not None:
        attempt.succeeded = True
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
    session.commit()
    return LoginResult(user=user if ok else None)


def prune_attempts(session: Session, older_than: timedelta = timedelta(days=30)) -> int:
    """Forget old attempts so the table stays small; returns how many were removed."""
    cutoff = datetime.now(UTC) - older_than
    result = session.execute(delete(LoginAttempt).where(LoginAttempt.at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
