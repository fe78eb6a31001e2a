"""`dvk backup FILE` / `dvk restore FILE`: a portable, versioned archive of the whole register.

The archive is gzip-compressed JSON lines, written and read as a stream (memory holds one batch
of rows, whatever the size of the database):

1. a header: the format and its version, the schema revision (Alembic) of the database it came
   from, the backend, the time, and the tables in dependency order with their row counts;
2. per table, a line naming it and its columns with their kind (`datetime`, `date`, `bytes`,
   `json`, `value`), then one JSON array per row — bytes in base64, datetimes in ISO 8601 with
   their offset (SQLite's UTC wall-clock values without one);
3. a trailer with the row count of each table, so a truncated archive is refused.

Tables are read from the database itself (reflected), in its foreign-key order, so a table or
column added tomorrow is carried without a change here; blobs (raw messages, attachments) are
rows like any other. One snapshot: PostgreSQL reads under REPEATABLE READ, SQLite inside one
read transaction.

Restore needs an empty database (or `--force`, which empties it), refuses an archive from a
newer schema than this dvk knows, creates the schema at the archive's revision, loads the rows
(in dependency order; a row pointing at a later row of its own table is linked afterwards),
then migrates to the latest schema — so an archive made by an older release is upgraded by the
same migrations as a live database. Either backend restores an archive from either.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import (
    JSON,
    Connection,
    Date,
    DateTime,
    Engine,
    LargeBinary,
    MetaData,
    Table,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url

from documents import clock
from documents.db import see_all_communes
from workers.bootstrap import alembic_config

FORMAT = "dvk-backup"
FORMAT_VERSION = 1
#: Rows per read and per INSERT; blobs go in smaller batches (they may be tens of MB each).
BATCH_ROWS = 500
BLOB_BATCH_BYTES = 32 * 1024 * 1024
SKIPPED_TABLES = frozenset({"alembic_version"})

Progress = Callable[[str, int, int], None]  # (table, rows done in it, its total)


class BackupError(RuntimeError):
    """The archive cannot be restored here; the message says why and what to do."""


@dataclass
class Summary:
    revision: str
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    bytes: int = 0


def _kind(column_type: Any) -> str:
    if isinstance(column_type, DateTime):
        return "datetime"
    if isinstance(column_type, Date):
        return "date"
    if isinstance(column_type, LargeBinary):
        return "bytes"
    if isinstance(column_type, JSON):
        return "json"
    return "value"


def _encode(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "datetime":
        return value.isoformat()
    if kind == "date":
        return value.isoformat()
    if kind == "bytes":
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _decode(kind: str, value: Any, sqlite: bool) -> Any:
    if value is None:
        return None
    if kind == "datetime":
        instant = datetime.fromisoformat(value)
        if sqlite:  # dvk keeps UTC wall-clock time on SQLite (documents.models.UTCDateTime)
            return instant.astimezone(UTC).replace(tzinfo=None) if instant.tzinfo else instant
        return instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "bytes":
        return base64.b64decode(value)
    return value


def _reflect(connection: Connection) -> list[Table]:
    metadata = MetaData()
    metadata.reflect(bind=connection)
    return [t for t in metadata.sorted_tables if t.name not in SKIPPED_TABLES]


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _snapshot(engine: Engine) -> Connection:
    if engine.dialect.name == "postgresql":
        connection = engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        connection.begin()
        see_all_communes(connection)
        return connection
    connection = engine.connect()
    connection.begin()
    connection.exec_driver_sql("BEGIN")  # pysqlite opens no transaction for reads by itself
    return connection


def _rows(connection: Connection, table: Table) -> Iterator[tuple[Any, ...]]:
    order = list(table.primary_key.columns) or list(table.columns)
    blobs = any(_kind(c.type) == "bytes" for c in table.columns)
    result = connection.execution_options(
        stream_results=True, yield_per=20 if blobs else BATCH_ROWS
    ).execute(select(table).order_by(*order))
    for row in result:
        yield tuple(row)


def backup(engine: Engine, path: Path, progress: Progress | None = None) -> Summary:
    """Write the archive of the database behind `engine` to `path` (atomically)."""
    started = time.perf_counter()
    partial = path.with_name(path.name + ".partial")
    connection = _snapshot(engine)
    try:
        revision = current_revision(connection)
        if revision is None:
            raise BackupError("the database has no dvk schema: nothing to back up")
        tables = _reflect(connection)
        counts = {
            t.name: int(connection.scalar(select(func.count()).select_from(t)) or 0) for t in tables
        }
        summary = Summary(revision)
        with gzip.open(partial, "wt", encoding="utf-8", compresslevel=6) as out:
            _line(out, {
                "format": FORMAT, "version": FORMAT_VERSION, "schema_revision": revision,
                "backend": engine.dialect.name, "created_at": clock.isoformat(clock.now()),
                "tables": counts,
            })  # fmt: skip
            for table in tables:
                kinds = [_kind(c.type) for c in table.columns]
                _line(out, {"table": table.name,
                            "columns": [[c.name, k] for c, k in zip(table.columns, kinds,
                                                                      strict=True)]})  # fmt: skip
                done = 0
                for row in _rows(connection, table):
                    _line(out, [_encode(k, v) for k, v in zip(kinds, row, strict=True)])
                    done += 1
                    if progress is not None and (done % 100 == 0 or done == counts[table.name]):
                        progress(table.name, done, counts[table.name])
                summary.rows[table.name] = done
                if progress is not None and done == 0:
                    progress(table.name, 0, 0)
            _line(out, {"end": True, "rows": summary.rows})
        os.replace(partial, path)
    finally:
        connection.rollback()
        connection.close()
        partial.unlink(missing_ok=True)
    summary.seconds = time.perf_counter() - started
    summary.bytes = path.stat().st_size
    return summary


def _line(out: IO[str], value: Any) -> None:
    out.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")


def read_header(path: Path) -> dict[str, Any]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as source:
            header = json.loads(source.readline())
    except (OSError, ValueError, EOFError) as exc:
        raise BackupError(f"{path} is not a dvk backup ({type(exc).__name__})") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BackupError(f"{path} is not a dvk backup")
    if header.get("version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} is a dvk backup of format {header.get('version')}; this dvk reads "
            f"format {FORMAT_VERSION}: restore it with the dvk that wrote it, then back up again"
        )
    return header


def check_revision(url: str, revision: str) -> None:
    """Refuse an archive whose schema this dvk's migrations do not know (a newer release)."""
    scripts = ScriptDirectory.from_config(alembic_config(url))
    known = {script.revision for script in scripts.walk_revisions()}
    if revision not in known:
        head = scripts.get_current_head()
        raise BackupError(
            f"the backup's schema revision {revision} is newer than this dvk knows (latest "
            f"{head}): restore it with the dvk release that made it, or a newer one"
        )


def is_empty(engine: Engine) -> bool:
    """Whether the database holds no dvk data (no tables, or every table empty)."""
    with engine.connect() as connection:
        see_all_communes(connection)
        return all(
            not connection.execute(select(table).limit(1)).first() for table in _reflect(connection)
        )


def wipe(engine: Engine) -> None:
    """Drop every table (and dvk's migration record): `restore --force`."""
    with engine.begin() as connection:
        metadata = MetaData()
        metadata.reflect(bind=connection)
        metadata.drop_all(bind=connection)


def restore(
    engine: Engine, path: Path, *, force: bool = False, progress: Progress | None = None
) -> Summary:
    """Load the archive at `path` into the (empty) database behind `engine`, then migrate it to
    the latest schema."""
    started = time.perf_counter()
    header = read_header(path)
    revision = str(header["schema_revision"])
    url = engine.url.render_as_string(hide_password=False)
    check_revision(url, revision)
    if not is_empty(engine):
        if not force:
            raise BackupError(
                f"{make_url(url).render_as_string()} already holds data: restore into an empty "
                "database, or add --force to replace everything in it"
            )
        wipe(engine)
    elif inspect(engine).get_table_names():
        wipe(engine)  # empty tables, maybe at another revision: start from nothing
    config = alembic_config(url)
    command.upgrade(config, revision)
    summary = Summary(revision)
    with engine.begin() as connection:
        see_all_communes(connection)
        _load(connection, path, summary, progress)
    command.upgrade(config, "head")
    summary.seconds = time.perf_counter() - started
    summary.bytes = path.stat().st_size
    return summary


def _load(connection: Connection, path: Path, summary: Summary, progress: Progress | None) -> None:
    sqlite = connection.dialect.name == "sqlite"
    tables = {t.name: t for t in _reflect(connection)}
    with gzip.open(path, "rt", encoding="utf-8") as source:
        header = json.loads(source.readline())
        expected: dict[str, int] = header["tables"]
        loader: _TableLoader | None = None
        trailer: dict[str, Any] | None = None
        for line in source:
            item = json.loads(line)
            if isinstance(item, list):
                if loader is None:
                    raise BackupError(f"{path} is damaged: a row before its table")
                loader.add(item)
                continue
            if loader is not None:
                summary.rows[loader.table.name] = loader.finish()
                loader = None
            if item.get("end"):
                trailer = item
                break
            name = item["table"]
            if name not in tables:
                raise BackupError(f"{path} has a table '{name}' that revision "
                                  f"{summary.revision} does not have")  # fmt: skip
            loader = _TableLoader(connection, tables[name], item["columns"], sqlite,
                                  expected.get(name, 0), progress)  # fmt: skip
    if trailer is None or trailer.get("rows") != summary.rows:
        raise BackupError(f"{path} is incomplete (cut short?): nothing was restored")
    if connection.dialect.name == "postgresql":
        _reset_sequences(connection, tables.values())


class _TableLoader:
    """Inserts one table's rows in batches; a column pointing at its own table is filled in
    after the whole table is there (a row superseded by a later one)."""

    def __init__(
        self,
        connection: Connection,
        table: Table,
        columns: list[list[str]],
        sqlite: bool,
        total: int,
        progress: Progress | None,
    ) -> None:
        self.connection = connection
        self.table = table
        self.names = [name for name, _ in columns]
        self.kinds = [kind for _, kind in columns]
        missing = set(self.names) - set(table.columns.keys())
        if missing:
            raise BackupError(f"table {table.name} has no column {sorted(missing)[0]}")
        self.sqlite = sqlite
        self.total = total
        self.progress = progress
        self.self_refs = [
            fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name
        ]
        self.pk = [c.name for c in table.primary_key.columns]
        self.links: list[dict[str, Any]] = []
        self.batch: list[dict[str, Any]] = []
        self.batch_bytes = 0
        self.done = 0

    def add(self, values: list[Any]) -> None:
        row = {
            name: _decode(kind, value, self.sqlite)
            for name, kind, value in zip(self.names, self.kinds, values, strict=True)
        }
        link = {name: row[name] for name in self.self_refs if row.get(name) is not None}
        if link:
            self.links.append({**{f"pk_{k}": row[k] for k in self.pk}, **link})
            for name in link:
                row[name] = None
        self.batch.append(row)
        self.batch_bytes += sum(len(v) for v in row.values() if isinstance(v, bytes))
        if len(self.batch) >= BATCH_ROWS or self.batch_bytes >= BLOB_BATCH_BYTES:
            self._flush()

    def _flush(self) -> None:
        if self.batch:
            self.connection.execute(self.table.insert(), self.batch)
            self.done += len(self.batch)
            self.batch, self.batch_bytes = [], 0
            if self.progress is not None:
                self.progress(self.table.name, self.done, self.total)

    def finish(self) -> int:
        self._flush()
        if self.progress is not None and self.done == 0:
            self.progress(self.table.name, 0, 0)
        for link in self.links:
            key = [self.table.c[k] == link[f"pk_{k}"] for k in self.pk]
            values = {k: v for k, v in link.items() if not k.startswith("pk_")}
            self.connection.execute(update(self.table).where(*key).values(**values))
        return self.done


def _reset_sequences(connection: Connection, tables: Any) -> None:
    """Explicit ids were inserted: each serial column's sequence continues after the largest."""
    for table in tables:
        for column in table.primary_key.columns:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"),
                {"t": table.name, "c": column.name},
            ).scalar()
            if sequence:
                connection.execute(
                    text(f'SELECT setval(:s, coalesce((SELECT max("{column.name}") '
                         f'FROM "{table.name}"), 0) + 1, false)'),
                    {"s": sequence},
                )  # fmt: skip
