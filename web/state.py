"""What the request handlers share: settings, the session factory and a per-request session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from flask import current_app, g
from sqlalchemy.orm import Session, sessionmaker

from documents.models import OutboundMail
from documents.settings import Settings


class ReminderOutcome(Protocol):
    @property
    def mail(self) -> OutboundMail: ...
    @property
    def planned(self) -> bool: ...


class RemindNow(Protocol):
    """Plans a reminder to one unit now (`notifier.reminders.remind_unit_now`, passed in by the
    composition root: the web does not import the notifier); raises ValueError to refuse."""

    def __call__(
        self, session: Session, settings: Settings, unit_id: str, deadline_id: int, /, *, actor: str
    ) -> ReminderOutcome: ...


#: Runs the pipeline's step on one stored message, in its own transaction (the composition
#: root's `workers.steps.handle_message`): what a form the office uploaded goes through.
ProcessMessage = Callable[[int], object]


@dataclass(frozen=True)
class WebState:
    settings: Settings
    sessions: sessionmaker[Session]
    remind_now: RemindNow | None = None
    process_message: ProcessMessage | None = None


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
