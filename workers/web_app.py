"""The web register as the composition root wires it: the app with the reminder calendar
(`notifier.preview`), "remind this unit now" (`notifier.reminders`) and the pipeline for forms
the office uploads (`workers.steps`), which the web adapter may not import itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flask
from sqlalchemy.orm import Session, sessionmaker

from documents.settings import Settings
from notifier import preview
from notifier.reminders import remind_unit_now
from web.app import create_app


def build_web_app(
    settings: Settings,
    sessions: sessionmaker[Session],
    *,
    process_message: Callable[..., Any] | None = None,
) -> flask.Flask:
    return create_app(
        settings,
        sessions,
        reminders=preview,
        remind_now=remind_unit_now,
        process_message=process_message,
    )
