"""The web register as the composition root wires it. The web adapter may not import the
notifier or the workers, so what it needs from them is handed in here with the settings bound:
the reminder calendar and its preview (`notifier.preview`), "remind this unit now"
(`notifier.reminders`) and the pipeline for forms the office uploads (`workers.steps`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import flask
from sqlalchemy.orm import Session, sessionmaker

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
    )
