"""`dvk backup FILE`, `dvk restore FILE [--force]` and `dvk metrics`: the operator's commands."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from documents.db import make_engine
from documents.operations.metrics import render_metrics
from documents.settings import redact_url
from workers import backup as archive
from workers.commands import ContextGetter


@contextmanager
def _progress(console: Console) -> Iterator[archive.Progress | None]:
    """Rich progress bars, one per table, on a terminal; a line per table otherwise."""
    if not console.is_terminal:
        finished: set[str] = set()

        def plain(table: str, done: int, total: int) -> None:
            if done >= total and table not in finished:
                finished.add(table)
                console.print(f"{table}: {done} rows", highlight=False)

        yield plain
        return
    columns = (
        TextColumn("{task.description:<20}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bars:
        tasks: dict[str, TaskID] = {}

        def show(table: str, done: int, total: int) -> None:
            if table not in tasks:
                tasks[table] = bars.add_task(table, total=max(total, 1))
            bars.update(tasks[table], completed=done if total else 1)

        yield show


def _size(count: int) -> str:
    return f"{count / 1024 / 1024:.1f} MiB" if count >= 1024 * 1024 else f"{count / 1024:.0f} KiB"


def register(app: typer.Typer, ctx: ContextGetter) -> None:
    err = Console(stderr=True)

    def _refuse(message: str, code: int = 1) -> None:
        Console(stderr=True, soft_wrap=True).print(message, style="red", markup=False,
                                                   highlight=False)  # fmt: skip
        raise typer.Exit(code)

    @app.command("backup")
    def backup(
        file: Annotated[Path, typer.Argument(help="The archive to write (e.g. dvk.backup.gz).")],
    ) -> None:
        """Write every table of the register — messages, files, outbox, users, audit — to a
        portable archive that `dvk restore` reads on SQLite or PostgreSQL."""
        if not file.parent.is_dir():
            _refuse(f"no folder {file.parent} to write {file.name} in")
        with _progress(err) as progress:
            try:
                summary = archive.backup(ctx().engine, file, progress)
            except archive.BackupError as exc:
                _refuse(str(exc))
        rows = sum(summary.rows.values())
        err.print(
            f"Backed up {rows:,} rows of {len(summary.rows)} tables (schema {summary.revision}) "
            f"to {file}: {_size(summary.bytes)} in {summary.seconds:.1f} s.",
            highlight=False,
        )

    @app.command("restore")
    def restore(
        file: Annotated[Path, typer.Argument(help="An archive written by `dvk backup`.")],
        force: Annotated[
            bool, typer.Option("--force", help="Replace everything in a database that has data.")
        ] = False,
    ) -> None:
        """Load an archive into an empty database (SQLite or PostgreSQL) and migrate it to this
        dvk's schema; an archive from a newer dvk is refused."""
        if not file.is_file():
            _refuse(f"no backup file {file}", 2)
        url = ctx().settings.effective_database_url
        engine = make_engine(url)
        try:
            with _progress(err) as progress:
                summary = archive.restore(engine, file, force=force, progress=progress)
        except archive.BackupError as exc:
            _refuse(str(exc))
        finally:
            engine.dispose()
        rows = sum(summary.rows.values())
        err.print(
            f"Restored {rows:,} rows of {len(summary.rows)} tables (schema {summary.revision}, "
            f"now migrated to the latest) into {redact_url(url)} in {summary.seconds:.1f} s.",
            highlight=False,
        )

    @app.command("metrics")
    def metrics() -> None:
        """Print the Prometheus metrics once (what /metrics serves), e.g. for a textfile
        collector or to look at them by hand."""
        context = ctx()
        sys.stdout.write(render_metrics(context.sessions, context.settings).decode())
