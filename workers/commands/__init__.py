"""The `dvk` sub-commands, one module per area; `workers.cli` registers each module's commands.

Every module exposes `register(app: typer.Typer, ctx: ContextGetter) -> None`, where calling
`ctx()` returns the `workers.bootstrap.Context` built from the settings of this invocation.
"""

from __future__ import annotations

from collections.abc import Callable

from workers.bootstrap import Context

ContextGetter = Callable[[], Context]
