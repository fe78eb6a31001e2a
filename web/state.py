"""What the request handlers share: settings, the session factory and a per-request session."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app, g, session
from sqlalchemy.orm import Session, sessionmaker

from documents.db import COMMUNE, READ_ONLY
from documents.settings import Settings


@dataclass(frozen=True)
class WebState:
    settings: Settings
    sessions: sessionmaker[Session]


def state() -> WebState:
    result: WebState = current_app.extensions["dvk"]
    return result


def request_commune() -> int | None:
    """The commune of the request: the one the user logged in to (kept in the signed session
    cookie), or the one a login is checking; None: the database's only commune. The session
    still checks that the user belongs to it: a user is read under the commune's row-level
    security, so another commune's user is simply not found."""
    chosen = g.get("commune_id", session.get("cid"))
    return chosen if isinstance(chosen, int) else None


def db() -> Session:
    """The request's database session, opened on first use and closed when the request ends;
    it sees the request's commune only (`documents.db`)."""
    if "db" not in g:
        commune = request_commune()
        info: dict[str, object] = {} if commune is None else {COMMUNE: commune}
        if g.get("read_only"):  # the province reading a commune (web.province)
            info[READ_ONLY] = True
        g.db = state().sessions(**({"info": info} if info else {}))
    session: Session = g.db
    return session


def close_db(_exc: BaseException | None = None) -> None:
    session: Session | None = g.pop("db", None)
    if session is not None:
        session.close()
