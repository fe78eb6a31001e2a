"""The web register as the composition root wires it: the app with the reminder calendar
(`notifier.preview`), which the web adapter may not import itself."""

from __future__ import annotations

import flask
from sqlalchemy.orm import Session, sessionmaker

from documents.settings import Settings
from notifier import preview
from web.app import create_app


def build_web_app(settings: Settings, sessions: sessionmaker[Session]) -> flask.Flask:
    return create_app(settings, sessions, reminders=preview)
