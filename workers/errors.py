"""What the `dvk` command says when the user (not dvk) is at fault: one line, what to do next.

Exit codes, the same for every command:

* 2 — what was given is wrong: an argument, a units or campaign file, a `DVK_` setting;
* 1 — dvk cannot do it here: no database yet, a server that does not answer, names missing for
  the report, a file that cannot be written.

Anything else is a bug in dvk and keeps its traceback, so it can be reported and fixed.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass
from typing import Any

import typer
from pydantic import ValidationError
from sqlalchemy import exc as sa_exc
from typer.core import TyperGroup
from typer.exceptions import TyperException

from documents.commune import CommuneNamesMissingError
from documents.config_files import ConfigFileError
from documents.models import NoCommuneError
from documents.settings import redact_url
from workers.bootstrap import NoDatabaseError, UnknownCommuneError

BAD_INPUT = 2
CANNOT_RUN = 1
#: The broker's "cannot connect" errors, by name: importing redis and kombu costs every command.
BROKER_ERRORS = frozenset(
    {
        "redis.exceptions.ConnectionError",
        "redis.exceptions.TimeoutError",
        "kombu.exceptions.OperationalError",
    }
)


@dataclass(frozen=True)
class Refusal:
    message: str
    exit_code: int


def _first_line(value: object) -> str:
    text = str(value).strip()
    return text.splitlines()[0].strip() if text else ""


def _database_problem(exc: sa_exc.DBAPIError, url: str | None) -> Refusal | None:
    where = f" at {redact_url(url)}" if url else ""
    detail = _first_line(exc.orig) or _first_line(exc)
    lowered = detail.lower()
    if "no such table" in lowered or ("relation" in lowered and "does not exist" in lowered):
        return Refusal(
            f"the database{where} has no dvk tables yet (or older ones): run `dvk db upgrade`",
            CANNOT_RUN,
        )
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError):
        return Refusal(
            f"cannot use the database{where}: {detail}. Check DVK_DATABASE_URL and that the "
            "database server is running",
            CANNOT_RUN,
        )
    return None


def _settings_problem(exc: ValidationError) -> Refusal:
    problems = [
        f"DVK_{'_'.join(str(p) for p in error['loc']).upper()}: {error['msg']}"
        for error in exc.errors()
    ]
    return Refusal("bad setting " + "; ".join(problems), BAD_INPUT)


def explain(exc: BaseException, database_url: str | None = None) -> Refusal | None:
    """The refusal for a user-caused failure, or None for a bug (which keeps its traceback)."""
    if isinstance(exc, ConfigFileError):
        return Refusal(str(exc), BAD_INPUT)
    if isinstance(exc, sa_exc.StatementError) and isinstance(exc.orig, NoCommuneError):
        return Refusal(str(exc.orig), BAD_INPUT)
    if isinstance(exc, NoDatabaseError | CommuneNamesMissingError | UnknownCommuneError):
        return Refusal(str(exc), CANNOT_RUN)
    if isinstance(exc, ValidationError) and exc.title == "Settings":
        return _settings_problem(exc)
    if isinstance(exc, sa_exc.DBAPIError):
        return _database_problem(exc, database_url)
    names = {f"{cls.__module__}.{cls.__name__}" for cls in type(exc).__mro__}
    if "alembic.util.exc.CommandError" in names:
        return Refusal(
            f"cannot migrate the database: {_first_line(exc)} (was it upgraded by a newer dvk?)",
            CANNOT_RUN,
        )
    if names & BROKER_ERRORS:
        return Refusal(
            f"cannot reach the broker: {_first_line(exc)}. Check DVK_BROKER_URL and that Redis "
            "is running",
            CANNOT_RUN,
        )
    if isinstance(exc, OSError):
        subject = f"{exc.filename}: " if exc.filename else ""
        return Refusal(f"{subject}{exc.strerror or _first_line(exc)}", CANNOT_RUN)
    return None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # a test runner's captured stdout
        pass


class RefusingGroup(TyperGroup):
    """The `dvk` group: a user error inside any command becomes one line on stderr and an exit
    code (see the module), instead of a traceback."""

    def database_url(self) -> str | None:
        """The database this run uses, to name in database errors (the CLI knows it)."""
        return None

    def invoke(self, ctx: Any) -> Any:  # typer's own (vendored) click Context
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, TyperException):  # typer's own: usage errors and exits
            raise
        except BrokenPipeError:
            # The reader went away (`dvk remind --calendar | head`): nobody is left to tell.
            _silence_stdout()
            raise typer.Exit(CANNOT_RUN) from None
        except Exception as exc:
            refusal = explain(exc, self.database_url())
            if refusal is None:
                raise
            typer.echo(f"Error: {refusal.message}", err=True)
            raise typer.Exit(refusal.exit_code) from None
