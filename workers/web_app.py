"""The web register as the composition root wires it. The web adapter may not import the
notifier or the workers, so what it needs from them is handed in here with the settings bound:
the reminder calendar and its preview (`notifier.preview`), "remind this unit now"
(`notifier.reminders`), the pipeline for forms the office uploads (`workers.steps`) and the
routing of mail the shared mailbox held (`ingest.routing`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import flask
from sqlalchemy.orm import Session, sessionmaker

from ingest.routing import route_held
from notifier import preview
from notifier.reminders import ReminderNow, remind_unit_now
from web.app import create_app
from workers.settings import Settings


@dataclass(frozen=True)
class BoundReminders:
    """`notifier.preview` and `remind_unit_now` with this deployment's settings."""

    settings: Settings

    def reminder_calendar(
        self, session: Session, *, at: datetime, campaign_id: int | None = None
    ) -> list[preview.CalendarEntry]:
        return preview.reminder_calendar(session, self.settings, at=at, campaign_id=campaign_id)

    def preview_reminders(self, session: Session, *, at: datetime) -> list[preview.PreviewMail]:
        return preview.preview_reminders(session, self.settings, at=at)

    def remind_now(
        self, session: Session, unit_id: str, deadline_id: int, /, *, actor: str
    ) -> ReminderNow:
        return remind_unit_now(session, self.settings, unit_id, deadline_id, actor=actor)


@dataclass(frozen=True)
class BoundRouting:
    """`ingest.routing.route_held` with this deployment's sessions and settings."""

    settings: Settings
    sessions: sessionmaker[Session]

    def route(self, message_id: int, commune_slug: str, actor: str) -> int:
        return route_held(
            self.sessions, message_id, commune_slug, settings=self.settings, actor=actor
        )


def build_web_app(
    settings: Settings,
    sessions: sessionmaker[Session],
    *,
    process_message: Callable[..., Any] | None = None,
) -> flask.Flask:
    bound = BoundReminders(settings)
    return create_app(
        settings,
        sessions,
        reminders=bound,
        remind_now=bound.remind_now,
        process_message=process_message,
        route_held=BoundRouting(settings, sessions).route,
    )
