"""`dvk memory list|forget`: what dvk learned from the office's corrections about layouts, and
forgetting it (the same as the web page "Mẫu đã học")."""

from __future__ import annotations

import getpass
import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from documents import clock, layout_memory
from documents.db import transaction
from documents.models import Unit
from workers.commands import ContextGetter
from workers.errors import BAD_INPUT


def _actor() -> str:
    """Who forgets from the shell: the operating-system user, as the history names them."""
    try:
        return f"shell:{getpass.getuser()}"[:64]
    except (KeyError, OSError):
        return "shell"


def _rows(groups: list[layout_memory.LayoutGroup], units: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "layout": group.digest,
            "labels": group.labels,
            "memories": [
                {
                    "id": row.id,
                    "field": row.field,
                    "unit_id": row.scope or None,
                    "unit_name": units.get(row.scope) if row.scope else None,
                    "example_value": row.example_value,
                    "example_attachment_id": row.example_attachment_id,
                    "places": layout_memory.describe(row),
                    "uses": row.uses,
                    "misses": row.misses,
                    "learned_by": row.learned_by,
                    "updated_at": clock.isoformat(row.updated_at),
                }
                for row in group.memories
            ],
        }
        for group in groups
    ]


def register(app: typer.Typer, ctx: ContextGetter) -> None:
    console = Console()
    err = Console(stderr=True, soft_wrap=True)
    memory_app = typer.Typer(help="Layout memory learned from the office's corrections.",
                             no_args_is_help=True)  # fmt: skip
    app.add_typer(memory_app, name="memory")

    @memory_app.command("list")
    def memory_list(
        as_json: Annotated[
            bool, typer.Option("--json", help="One JSON object per layout.")
        ] = False,
    ) -> None:
        """Every memory, per layout: the field, the unit (or all), the example value, the place."""
        with ctx().sessions() as session:
            units = {str(i): str(n) for i, n in session.execute(select(Unit.id, Unit.name))}
            rows = _rows(layout_memory.memories(session), units)
        if as_json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
            return
        if not rows:
            console.print("Chưa ghi nhớ mẫu phiếu nào.")
            return
        for group in rows:
            table = Table(title=f"Mẫu phiếu {group['layout'][:12]}", show_lines=False)
            for column in ("id", "trường", "đơn vị", "ví dụ", "vị trí", "dùng", "sai"):
                table.add_column(column, overflow="fold")
            for m in group["memories"]:
                table.add_row(str(m["id"]), m["field"], m["unit_name"] or m["unit_id"] or "mọi đơn vị",
                              m["example_value"], "; ".join(m["places"]), str(m["uses"]),
                              str(m["misses"]))  # fmt: skip
            console.print(table)

    @memory_app.command("forget")
    def memory_forget(
        ids: Annotated[
            list[int] | None, typer.Argument(help="Memory ids (see dvk memory list).")
        ] = None,
        layout: Annotated[
            str | None, typer.Option(help="Forget every memory of this layout.")
        ] = None,
    ) -> None:
        """Forget memories (audited); the next forms of their layout are read as before."""
        if not ids and not layout:
            err.print("Cho biết số ghi nhớ (dvk memory list) hoặc --layout.", style="red",
                      markup=False)  # fmt: skip
            raise typer.Exit(BAD_INPUT)
        try:
            with transaction(ctx().sessions) as session:
                count = 0
                for ident in ids or []:
                    layout_memory.forget(session, ident, actor=_actor())
                    count += 1
                if layout:
                    count += layout_memory.forget_layout(session, layout, actor=_actor())
        except layout_memory.UnknownMemoryError as exc:
            err.print(str(exc), style="red", markup=False)
            raise typer.Exit(BAD_INPUT) from None
        console.print(f"Đã xóa {count} ghi nhớ.")
