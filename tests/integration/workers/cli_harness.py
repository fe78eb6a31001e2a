"""Run the real `dvk` command (the typer app behind the console script) and check a refusal:
the exit code, the words of the one-line message, and that no traceback was printed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from documents.models import Base
from workers import cli

ROOT = Path(__file__).resolve().parents[3]
LINE = re.compile(r"\bline \d+\b")


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    stdout: str
    stderr: str
    crashed: BaseException | None  # an exception the command let escape (not a clean exit)


def dvk(args: Sequence[str], env: Mapping[str, str]) -> Outcome:
    """`dvk ARGS` in this process through typer's runner, with a fresh context per call."""
    from typer.testing import CliRunner

    cli._state.clear()  # the context is cached per invocation: rebuild it from `env`
    try:
        result = CliRunner(env=dict(env)).invoke(cli.app, list(args))
    finally:
        context = cli._state.pop("ctx", None)
        if context is not None:
            context.dispose()
    crashed = result.exception if not isinstance(result.exception, SystemExit) else None
    return Outcome(result.exit_code, result.stdout, result.stderr, crashed)


def dvk_process(
    args: Sequence[str], env: Mapping[str, str], cwd: Path, timeout: float = 120
) -> Outcome:
    """`dvk ARGS` as a user runs it: a new process, in `cwd`, with exactly `env`'s DVK_ settings."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DVK_")}
    clean.update(env)
    clean["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "workers.cli", *args],
        cwd=cwd,
        env=clean,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    return Outcome(done.returncode, done.stdout, done.stderr, None)


def assert_refused(outcome: Outcome, code: int, *words: str) -> str:
    """A clean refusal: exit `code`, every one of `words` in the message, no traceback."""
    everything = outcome.stdout + outcome.stderr
    assert outcome.crashed is None, f"the command crashed: {outcome.crashed!r}\n{everything}"
    assert "Traceback" not in everything and 'File "' not in everything, everything
    assert outcome.exit_code == code, (outcome.exit_code, everything)
    for word in words:
        assert word in everything, (word, everything)
    return everything


def fingerprint(session: Session) -> dict[str, object]:
    """Every table's rows, in a comparable form: "changes nothing" is checked against this."""
    state: dict[str, object] = {}
    for table in Base.metadata.sorted_tables:
        count = session.scalar(select(func.count()).select_from(table)) or 0
        if table.name in ("blobs", "messages", "outbound_mail"):
            state[table.name] = count  # large rows: their number is enough here
            continue
        rows = session.execute(text(f'SELECT * FROM "{table.name}"')).all()
        state[table.name] = sorted(repr(tuple(row)) for row in rows)
    return state
