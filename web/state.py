"""What the request handlers share: settings, the session factory and a per-request session."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app, g
from sqlalchemy.orm import Session, sessionmaker

from web.settings import WebSettings


@dataclass(frozen=True)
class WebState:
    settings: WebSettings
    sessions: sessionmaker[Session]


def state() -> WebState:
    result: WebState = current_app.extensions["dvk"]
    return result


def db() -> Session:
    """The request's database session, opened on first use and closed when the request ends."""
    if "db" not in g:
        g.db = state().sessions()
    session: Session = g.db
    return session


def close_db(_exc: BaseException | None = None) -> None:
    session: Session | None = g.pop("db", None)
    if session is not None:
        session.close()
