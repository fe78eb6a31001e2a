"""Alembic environment: the URL comes from the caller (`dvk db upgrade`) or from DVK settings."""

from __future__ import annotations

from logging.config import fileConfig
from typing import Any, Literal

from alembic import context
from sqlalchemy import Connection

from documents.db import make_engine, see_all_communes
from documents.models import Base, UTCDateTime
from documents.settings import CoreSettings

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logging", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _url() -> str:
    url = config.attributes.get("database_url") or config.get_main_option("sqlalchemy.url")
    return str(url) if url else CoreSettings().effective_database_url


def _render_item(kind: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """`UTCDateTime` is a `DateTime(timezone=True)` in the database: render it so, and keep
    migrations free of application imports."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # A batch migration rebuilds a table by copying it and dropping the old one. With foreign
        # keys enforced, SQLite's DROP TABLE deletes the rows first, and ON DELETE CASCADE would
        # take every attachment and submission of `messages` with it. The pragma only works
        # outside a transaction, so it is set before Alembic opens one; integrity is checked
        # after the migrations, and the connection is handed back as it came.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    try:
        _configure_and_migrate(connection)
    finally:
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
            if broken:
                raise RuntimeError(f"migration left rows pointing nowhere: {broken[:5]}")


def _configure_and_migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        see_all_communes(connection)  # a migration rewrites every commune's rows
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
