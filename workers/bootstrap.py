"""The one place that turns settings into live objects: engine, sessions, extractor and sender."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from documents.config_files import (
    import_units,
    load_campaign,
    load_campaign_file,
    load_units_file,
)
from documents.db import (
    commune_id_by_slug,
    make_engine,
    make_session_factory,
    session_commune,
    transaction,
)
from documents.matching import UnitDirectory
from documents.models import Unit, UnitEmail
from documents.operations.heartbeats import HeartbeatWriter
from documents.pipeline import Extractor
from notifier.outbox import RetryPolicy
from notifier.senders import MailSender, make_sender
from workers.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
#: Seconds a worker keeps its unit directory when nothing visible changed (a renamed unit).
DIRECTORY_TTL = 60.0
log = logging.getLogger(__name__)


class NoDatabaseError(LookupError):
    """The embedded database does not exist; only `dvk db upgrade` creates one."""


class UnknownCommuneError(LookupError):
    """`--commune` names a commune the database does not hold."""


def require_database(url: str) -> None:
    """Refuse to go on without an existing SQLite file (SQLite would create an empty one, and
    its folder, wherever dvk happens to run). Servers' databases are checked by connecting."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    path = Path(str(parsed.database))
    if not path.is_file():
        raise NoDatabaseError(
            f"no dvk database at {path}: create it with `dvk db upgrade` (or set "
            "DVK_DATA_DIR or DVK_DATABASE_URL to where it is)"
        )


@dataclass
class Context:
    """Live objects built lazily from settings, shared by the CLI, the runner and the tasks."""

    settings: Settings = field(default_factory=Settings)
    #: The commune (slug) this process works for; None: the database's only commune, and a
    #: worker's tasks run in the commune of the row they process.
    commune: str | None = None
    _directories: dict[int | None, tuple[tuple[Any, ...], float, UnitDirectory]] = field(
        default_factory=dict, init=False, repr=False
    )
    _heartbeats: dict[tuple[str, str], HeartbeatWriter] = field(
        default_factory=dict, init=False, repr=False
    )

    @cached_property
    def engine(self) -> Engine:
        require_database(self.settings.effective_database_url)
        return make_engine(self.settings.effective_database_url)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """Sessions of this process's commune (see `documents.db` for how it is chosen)."""
        sessions = make_session_factory(self.engine)
        if self.commune is None:
            return sessions
        commune_id = commune_id_by_slug(sessions, self.commune)
        if commune_id is None:
            raise UnknownCommuneError(
                f"no commune '{self.commune}' in this database: load its units file with "
                f"`dvk communes add {self.commune} NAME`, then `dvk --commune {self.commune} units "
                "import FILE`"
            )
        return make_session_factory(self.engine, commune_id)

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

    @cached_property
    def outbox_policy(self) -> RetryPolicy:
        return RetryPolicy.from_settings(self.settings)

    def unit_directory(self, session: Session) -> UnitDirectory:
        """The units to match against, reloaded when the units or addresses change (one small
        query tells) and at least every `DIRECTORY_TTL` seconds; loading costs ~15 ms a mail."""
        stamp = tuple(
            session.execute(
                select(
                    func.count(UnitEmail.id),
                    func.max(UnitEmail.id),
                    select(func.count(Unit.id)).where(Unit.active.is_(True)).scalar_subquery(),
                )
            ).one()
        )
        commune_id = session_commune(session)  # one directory per commune, never another's
        cached = self._directories.get(commune_id)
        now = time.monotonic()
        if cached is None or cached[0] != stamp or now - cached[1] > DIRECTORY_TTL:
            cached = self._directories[commune_id] = (stamp, now, UnitDirectory.load(session))
        return cached[2]

    def heartbeat(self, role: str, instance: str) -> HeartbeatWriter:
        """This process's heartbeat writer for a role instance (one per key, so its rate
        limit holds across calls)."""
        key = (role, instance)
        if key not in self._heartbeats:
            self._heartbeats[key] = HeartbeatWriter(
                self.sessions, role, instance, every=self.settings.heartbeat_seconds
            )
        return self._heartbeats[key]

    def forget_heartbeat_writers(self) -> None:
        """After a fork: the child starts its own writers."""
        self._heartbeats = {}

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
    """Upsert the units and campaign files named in the settings, if any (idempotent).

    Both files are validated before either is applied, and both are applied in one
    transaction: a bad campaign file leaves the units as they were too."""
    settings = ctx.settings
    units = load_units_file(settings.units_file) if settings.units_file else None
    campaign = load_campaign_file(settings.campaign_file) if settings.campaign_file else None
    if units is None and campaign is None:
        return
    with transaction(ctx.sessions) as session:
        if units is not None:
            counts = import_units(session, units)
            log.info("units file %s loaded: %s", settings.units_file, counts)
        if campaign is not None:
            load_campaign(session, campaign)
            log.info("campaign file %s loaded", settings.campaign_file)
