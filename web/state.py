"""What the request handlers share: settings, the session factory and a per-request session,
and the reminder calendar that the composition root hands in (web and notifier are independent
adapters, so the web register reads the calendar through the shape declared here)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from flask import current_app, g, session
from sqlalchemy.orm import Session, sessionmaker

from documents.db import COMMUNE, READ_ONLY
from documents.models import OutboundMail
from web.settings import WebSettings


class SlotMailView(Protocol):
    """A mail a reminder run planned for a slot."""

    @property
    def unit_id(self) -> str | None: ...
    @property
    def to(self) -> tuple[str, ...]: ...
    @property
    def state(self) -> str: ...
    @property
    def sent_at(self) -> datetime | None: ...


class RecipientView(Protocol):
    @property
    def unit_id(self) -> str | None: ...
    @property
    def name(self) -> str: ...
    @property
    def to(self) -> tuple[str, ...]: ...


class SlotView(Protocol):
    """One mailing of the reminder calendar (`notifier.preview.CalendarEntry`)."""

    @property
    def campaign(self) -> str: ...
    @property
    def deadline(self) -> str: ...
    @property
    def due_date(self) -> date: ...
    @property
    def slot(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def at(self) -> datetime: ...
    @property
    def timezone(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def done_at(self) -> datetime | None: ...
    @property
    def mails(self) -> Sequence[SlotMailView]: ...
    @property
    def recipients(self) -> Sequence[RecipientView]: ...
    @property
    def unreachable(self) -> Sequence[str]: ...


class MailPreview(Protocol):
    """One mail as a reminder run would send it (`notifier.preview.PreviewMail`)."""

    @property
    def purpose(self) -> str: ...
    @property
    def deadline(self) -> str: ...
    @property
    def slot(self) -> str: ...
    @property
    def unit_id(self) -> str | None: ...
    @property
    def unit_name(self) -> str | None: ...
    @property
    def mail_from(self) -> str: ...
    @property
    def to(self) -> tuple[str, ...]: ...
    @property
    def subject(self) -> str: ...
    @property
    def text(self) -> str: ...


class ReminderSource(Protocol):
    """The reminder calendar and its what-if preview (`notifier.preview`, with the settings bound by
    the composition root, `workers.web_app`)."""

    def reminder_calendar(
        self, session: Session, *, at: datetime, campaign_id: int | None = ...
    ) -> Sequence[SlotView]: ...

    def preview_reminders(self, session: Session, *, at: datetime) -> Sequence[MailPreview]: ...


class ReminderOutcome(Protocol):
    @property
    def mail(self) -> OutboundMail: ...
    @property
    def planned(self) -> bool: ...


class RemindNow(Protocol):
    """Plans a reminder to one unit now (`notifier.reminders.remind_unit_now`, passed in by the
    composition root: the web does not import the notifier); raises ValueError to refuse."""

    def __call__(
        self, session: Session, unit_id: str, deadline_id: int, /, *, actor: str
    ) -> ReminderOutcome: ...


#: Runs the pipeline's step on one stored message, in its own transaction (the composition
#: root's `workers.steps.handle_message`): what a form the office uploaded goes through.
ProcessMessage = Callable[[int], object]

#: Stores a message the shared mailbox held (sent to no commune, or to several) in the commune
#: named by its slug, as if it had arrived there (the composition root's
#: `ingest.routing.route_held`); returns the commune's message id. A refusal is a ValueError
#: whose text says what to do instead.
RouteHeld = Callable[[int, str, str], int]


@dataclass(frozen=True)
class WebState:
    settings: WebSettings
    sessions: sessionmaker[Session]
    reminders: ReminderSource | None = None
    remind_now: RemindNow | None = None
    process_message: ProcessMessage | None = None
    route_held: RouteHeld | None = None


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
