"""The one place that turns settings into live objects: engine, sessions, extractor and sender."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from documents.config_files import (
    import_units,
    load_campaign,
    load_campaign_file,
    load_units_file,
)
from documents.db import make_engine, make_session_factory, transaction
from documents.pipeline import Extractor
from documents.settings import Settings
from notifier.senders import MailSender, make_sender

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger(__name__)


@dataclass
class Context:
    """Live objects built lazily from settings, shared by the CLI, the runner and the tasks."""

    settings: Settings = field(default_factory=Settings)

    @cached_property
    def engine(self) -> Engine:
        return make_engine(self.settings.effective_database_url)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        return make_session_factory(self.engine)

    @cached_property
    def extractor(self) -> Extractor:
        from documents.extraction.sandbox import extract_in_sandbox

        return partial(
            extract_in_sandbox,
            timeout=self.settings.extract_timeout,
            memory_mb=self.settings.extract_memory_mb,
        )

    @cached_property
    def sender(self) -> MailSender:
        return make_sender(self.settings)

    def dispose(self) -> None:
        """Drop pooled connections (after a fork, and at exit)."""
        if "engine" in self.__dict__:
            self.engine.dispose()


def alembic_config(url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = url
    config.attributes["configure_logging"] = False
    return config


def upgrade_database(settings: Settings) -> None:
    command.upgrade(alembic_config(settings.effective_database_url), "head")


def load_configured_files(ctx: Context) -> None:
    """Upsert the units and campaign files named in the settings, if any (idempotent)."""
    settings = ctx.settings
    if settings.units_file is not None:
        units = load_units_file(settings.units_file)
        with transaction(ctx.sessions) as session:
            counts = import_units(session, units)
        log.info("units file %s loaded: %s", settings.units_file, counts)
    if settings.campaign_file is not None:
        campaign = load_campaign_file(settings.campaign_file)
        with transaction(ctx.sessions) as session:
            load_campaign(session, campaign)
        log.info("campaign file %s loaded", settings.campaign_file)
