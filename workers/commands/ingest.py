"""`dvk ingest` brings mail in (IMAP, or the drop folder when no IMAP URL is set) without
processing it; `dvk messages` lists what was received."""

from __future__ import annotations

import json
import signal
import sys
import threading
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from documents import clock
from documents.labels import MESSAGE_STATE, RECEIVED_AT_SOURCE
from documents.lifecycle import MessageState
from documents.models import Message
from documents.register import active_campaign
from ingest.dropfolder import DropFolderWatcher
from ingest.imap import ImapConfigError
from ingest.source import MailSource, open_mail_source, watch_mail
from workers.bootstrap import Context
from workers.commands import ContextGetter


def register(app: typer.Typer, ctx: ContextGetter) -> None:
    @app.command("ingest")
    def ingest(
        once: Annotated[
            bool, typer.Option("--once", help="Drain the mailboxes once and exit.")
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    ) -> None:
        """Store new mail (IMAP or drop folder) without processing it; --once drains and exits."""
        context = ctx()
        settings = context.settings
        err = Console(stderr=True)
        try:
            source = open_mail_source(settings, context.sessions)
        except ImapConfigError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc
        if not once:
            _watch_until_interrupted(context, err)
            return
        try:
            created = _drain_with_progress(source, err, quiet=as_json)
        except Exception as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from exc
        kind = "drop" if isinstance(source, DropFolderWatcher) else "imap"
        if as_json:
            sys.stdout.write(json.dumps({"source": kind, "new_messages": created}) + "\n")
        else:
            Console().print(f"{created} thư mới đã lưu ({kind}).")

    @app.command("messages")
    def messages(
        as_json: Annotated[
            bool, typer.Option("--json", help="One JSON object per message.")
        ] = False,
        state: Annotated[
            str | None,
            typer.Option(
                "--state", help=f"Only messages in this state ({', '.join(MessageState)})."
            ),
        ] = None,
        limit: Annotated[int, typer.Option("--limit", help="At most this many (0: all).")] = 0,
    ) -> None:
        """List received messages with their attachments."""
        rows = _list_messages(ctx, state, limit)
        if as_json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, default=str) + "\n")
            return
        table = Table(title="Thư đã nhận")
        columns = (
            "id",
            "nhận lúc",
            "người gửi",
            "tiêu đề",
            "loại",
            "trạng thái",
            "đơn vị",
            "tệp",
            "trả lời",
        )
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            files = ", ".join(
                f"{a['filename']} ({a['media_type']}, {a['size']} B)" for a in row["attachments"]
            )
            received = datetime.fromisoformat(row["received_at_local"])
            source = RECEIVED_AT_SOURCE.get(row["received_at_source"], row["received_at_source"])
            table.add_row(
                str(row["id"]),
                f"{received:%d/%m/%Y %H:%M} ({source})",
                row["sender"] or "",
                row["subject"] or "",
                row["classification"],
                MESSAGE_STATE.get(row["state"], row["state"]),
                row["unit_id"] or "",
                files,
                row["reply_note"] or "",
            )
        Console().print(table)


def _drain_with_progress(source: MailSource, err: Console, *, quiet: bool) -> int:
    columns = (
        TextColumn("Đang tải thư"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, disable=quiet, transient=False) as bar:
        task = bar.add_task("imap", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return source.drain_once(progress)


def _watch_until_interrupted(context: Context, err: Console) -> None:
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    err.print("Đang theo dõi hộp thư; Ctrl-C để dừng.")
    try:
        args = (context.settings, context.sessions, None, stop)
        thread = threading.Thread(target=watch_mail, args=args, daemon=True)
        thread.start()
        while thread.is_alive():
            thread.join(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        signal.signal(signal.SIGTERM, previous)


def _list_messages(ctx: ContextGetter, state: str | None, limit: int) -> list[dict[str, Any]]:
    query = select(Message).options(selectinload(Message.attachments)).order_by(Message.id)
    if state:
        query = query.where(Message.state == state)
    if limit > 0:
        query = query.limit(limit)
    with ctx().sessions() as session:
        campaign = active_campaign(session)
        return [
            {
                "id": m.id,
                "message_id": m.message_id_header,
                "sender": m.sender,
                "subject": m.subject,
                "received_at": clock.isoformat(m.received_at),
                "received_at_local": clock.local(m.received_at, campaign).isoformat(),
                "received_at_source": m.received_at_source,
                "date_header": clock.isoformat(m.date_header),
                "classification": m.classification,
                "state": m.state,
                "unit_id": m.unit_id,
                "duplicate_of": m.duplicate_of_id,
                "reply_code": m.reply_code,
                "reply_note": m.reply_note,
                "attachments": [
                    {
                        "filename": a.filename,
                        "media_type": a.media_type,
                        "size": a.size,
                        "sha256": a.sha256,
                    }
                    for a in m.attachments
                ],
            }
            for m in session.scalars(query)
        ]
