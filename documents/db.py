"""Engine and session factory built from settings; nothing is connected at import time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final, Literal

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from documents.models import COMMUNE_OF_TRANSACTION, UNNAMED_COMMUNE, Commune, Unit


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`, with SQLite tuned for many small commits from several threads."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits on success and rolls back on any exception."""
    with factory() as session, session.begin():
        yield session


# --- Communes: every transaction belongs to one commune, or (admin only) to all of them ------

#: `Session.info` key saying whose register a session reads and writes.
COMMUNE = "dvk.commune"
#: Its value for the operators' commands that need every commune (backup, metrics, the
#: scheduler's scans, finding the commune of a task's row). Never for a user's request.
ALL_COMMUNES: Final = "all"
#: Its value for a session that must see nothing (a web request before login).
NO_COMMUNE: Final = "none"
#: `Session.info` key: True makes every transaction of the session read-only (the province's
#: reading of a commune: PostgreSQL refuses any write, whatever the code above tries).
READ_ONLY = "dvk.read_only"
#: The PostgreSQL role a commune's transactions run as: bound by row-level security
#: (migration 0014), whatever role the deployment logs in with.
TENANT_ROLE: Final = "dvk_commune"

CommuneChoice = int | Literal["all", "none"] | None


class SeveralCommunesError(LookupError):
    """No commune was chosen and the database holds several."""


def make_session_factory(engine: Engine, commune: CommuneChoice = None) -> sessionmaker[Session]:
    """Sessions on `engine` for one commune (an id), `ALL_COMMUNES`, `NO_COMMUNE`, or by default
    the database's only commune (created, unnamed, on an empty database)."""
    info = {} if commune is None else {COMMUNE: commune}
    return sessionmaker(bind=engine, expire_on_commit=False, info=info)


def for_commune(
    factory: sessionmaker[Session], commune: CommuneChoice, *, read_only: bool = False
) -> sessionmaker[Session]:
    """The same sessions, for `commune` instead (read-only on PostgreSQL with `read_only`)."""
    kw = dict(factory.kw)
    kw["info"] = {**kw.get("info", {}), COMMUNE: commune, READ_ONLY: read_only}
    return sessionmaker(**kw)


def all_communes(factory: sessionmaker[Session]) -> sessionmaker[Session]:
    """Sessions that see every commune: for operators' commands only (see README, "Communes
    on one deployment")."""
    return for_commune(factory, ALL_COMMUNES)


def commune_of_row(factory: sessionmaker[Session], model: type[Any], row_id: Any) -> int | None:
    """The commune a row belongs to, looked up across communes: a worker's task names a row
    (a message, an outbox mail) and runs in that row's commune."""
    with all_communes(factory)() as session:
        found = session.execute(
            select(model.commune_id).where(model.__mapper__.primary_key[0] == row_id)
        ).scalar()
        return int(found) if found is not None else None


def commune_id_by_slug(factory: sessionmaker[Session], slug: str) -> int | None:
    with all_communes(factory)() as session:
        found = session.scalar(select(Commune.id).where(Commune.slug == slug))
        return int(found) if found is not None else None


def session_commune(session: Session) -> int | None:
    """The commune the session's current transaction belongs to (None: all or none)."""
    value = session.connection().info.get(COMMUNE_OF_TRANSACTION)
    return value if isinstance(value, int) else None


def get_unit(session: Session, unit_id: str) -> Unit | None:
    """The unit `unit_id` of the session's commune (units are known by commune and id)."""
    commune_id = session_commune(session)
    return session.get(Unit, (commune_id, unit_id)) if commune_id is not None else None


def _only_commune(connection: Connection) -> int | None:
    """The database's only commune, created unnamed when there is none (the embedded
    single-commune case; the units file names it later). None when there are several."""
    for _ in range(2):
        ids = connection.execute(select(Commune.id).order_by(Commune.id).limit(2)).scalars().all()
        if len(ids) == 1:
            return int(ids[0])
        if ids:
            return None
        create = text(
            "INSERT INTO communes (slug, name) VALUES (:slug, '') ON CONFLICT (slug) DO NOTHING"
        )
        if connection.dialect.name == "postgresql":
            # Committed at once on a connection of its own: left uncommitted in this
            # transaction, the new row would make every other transaction wait for this one.
            with connection.engine.connect() as own:
                own.execute(create, {"slug": UNNAMED_COMMUNE})
                own.commit()
        else:
            connection.execute(create, {"slug": UNNAMED_COMMUNE})
    return None


def _tenant_role_usable(connection: Connection) -> bool:
    """Whether this login may become `TENANT_ROLE` (checked once per connection)."""
    key = "dvk.tenant_role_usable"
    if key not in connection.info:
        connection.info[key] = bool(
            connection.execute(
                text(
                    "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :role) "
                    "THEN pg_has_role(current_user, :role, 'MEMBER') ELSE false END"
                ),
                {"role": TENANT_ROLE},
            ).scalar()
        )
    return bool(connection.info[key])


@event.listens_for(Session, "after_begin")
def _enter_commune(session: Session, _transaction: Any, connection: Connection) -> None:
    """The one place where a transaction is given its commune. On PostgreSQL it also becomes
    `TENANT_ROLE`, so row-level security binds it even when dvk logs in as the tables' owner
    or a superuser: a query that forgets to filter by commune still sees only its commune."""
    wanted = session.info.get(COMMUNE)
    if session.info.get(READ_ONLY) and connection.dialect.name == "postgresql":
        connection.execute(text("SET TRANSACTION READ ONLY"))  # before any other statement
    if wanted == ALL_COMMUNES:
        commune_id: int | None = None
    elif wanted == NO_COMMUNE:
        commune_id = None
    elif isinstance(wanted, int):
        commune_id = wanted
    else:
        commune_id = _only_commune(connection)
    connection.info[COMMUNE_OF_TRANSACTION] = commune_id
    if connection.dialect.name != "postgresql":
        return  # SQLite: the embedded single-commune register, no row-level security
    setting = ALL_COMMUNES if wanted == ALL_COMMUNES else str(commune_id or "")
    if wanted != ALL_COMMUNES and _tenant_role_usable(connection):
        connection.execute(
            text("SELECT set_config(:key, :value, true), set_config('role', :role, true)"),
            {"key": COMMUNE_OF_TRANSACTION, "value": setting, "role": TENANT_ROLE},
        )
    else:
        connection.execute(
            text("SELECT set_config(:key, :value, true)"),
            {"key": COMMUNE_OF_TRANSACTION, "value": setting},
        )


def see_all_communes(connection: Connection) -> None:
    """Let an operator's plain connection (migrations, backup, restore) see every commune, for
    its current transaction: on PostgreSQL row-level security binds the tables' owner too."""
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT set_config(:key, :value, true)"),
            {"key": COMMUNE_OF_TRANSACTION, "value": ALL_COMMUNES},
        )
