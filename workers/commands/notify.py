"""`dvk remind` and `dvk outbox`: the reminder run (or its dry run), a look into the outbox, and
the office's decisions on held replies (`dvk outbox release|drop ID…`)."""

from __future__ import annotations

import getpass
import json
import sys
from datetime import datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from documents.db import transaction
from documents.held_replies import HeldReplyError, drop, release
from documents.models import OutboundMail
from documents.register import active_campaign
from notifier.outbox import send_due, send_one
from notifier.reminders import plan_reminders_dry_run, run_due_reminders
from notifier.timeutil import utc, utcnow
from workers.commands import ContextGetter

DEFAULT_TZ = "Asia/Ho_Chi_Minh"
# Module level: typer reads the annotations of the commands below from the module's globals.
BY_OPTION = typer.Option("--by", help="Who decides (audit log); default cli:<login>.")


def _parse_at(value: str | None, timezone: str) -> datetime:
    """`--at` is local time in the campaign's zone unless it names its own offset."""
    if not value:
        return utcnow()
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a time like 2024-04-04 08:00") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(timezone))
    return utc(moment)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


def register(app: typer.Typer, ctx: ContextGetter) -> None:
    console = Console()

    @app.command("remind")
    def remind(
        at: Annotated[
            str | None,
            typer.Option(help="Local time in the campaign's zone, e.g. 2024-04-04 08:00"),
        ] = None,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Show, send nothing.")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="JSON list of mails.")] = False,
    ) -> None:
        """Send the reminders due now (or at --at); --dry-run shows exactly what would be sent."""
        context = ctx()
        with context.sessions() as session:
            campaign = active_campaign(session)
            timezone = campaign.timezone if campaign else DEFAULT_TZ
        moment = _parse_at(at, timezone)
        if dry_run:
            with context.sessions() as session:
                mails = plan_reminders_dry_run(session, context.settings, at=moment)
            if as_json:
                _print_json([m.as_json() for m in mails])
                return
            local = moment.astimezone(ZoneInfo(timezone)).strftime("%d/%m/%Y %H:%M")
            table = Table("Loại", "Đơn vị", "Hạn", "Gửi tới", "Tiêu đề", title=f"Lúc {local}")
            for m in mails:
                table.add_row(
                    m.purpose, m.unit_id or "(văn phòng)", m.deadline, ", ".join(m.to), m.subject
                )
            console.print(table)
            console.print(f"{len(mails)} thư sẽ được gửi.")
            return
        with transaction(context.sessions) as session:
            planned = [
                {"id": r.id, "purpose": r.purpose, "unit_id": r.unit_id, "to": r.to_addrs}
                for r in run_due_reminders(session, context.settings, now=moment)
            ]
        sent = send_due(context.sessions, context.sender, now=moment)
        if as_json:
            _print_json({"planned": planned, "sent": sent})
        else:
            console.print(f"{len(planned)} thư nhắc đã lập, {sent} thư đã gửi.")

    outbox_app = typer.Typer(
        help="The outbox: every automatic mail, and the held replies the office decides on.",
        invoke_without_command=True,
    )
    app.add_typer(outbox_app, name="outbox")

    @outbox_app.callback(invoke_without_command=True)
    def outbox(
        command: typer.Context,
        as_json: Annotated[bool, typer.Option("--json", help="One JSON object per mail.")] = False,
        state: Annotated[
            str | None,
            typer.Option(help="planned | sending | sent | failed | held | dropped"),
        ] = None,
    ) -> None:
        """List the outbox: every automatic mail, its state, attempts and why it is held."""
        if command.invoked_subcommand is not None:
            return
        with ctx().sessions() as session:
            query = select(OutboundMail).order_by(OutboundMail.id)
            if state:
                query = query.where(OutboundMail.state == state)
            rows: list[dict[str, Any]] = [
                {
                    "id": r.id,
                    "purpose": r.purpose,
                    "to": list(r.to_addrs or []),
                    "subject": r.subject,
                    "in_reply_to": r.in_reply_to,
                    "idempotency_key": r.idempotency_key,
                    "state": r.state,
                    "attempts": r.attempts,
                    "last_error": r.last_error,
                    "hold_code": r.hold_code,
                    "hold_reason": r.hold_reason,
                    "related_message_id": r.related_message_id,
                    "created_at": utc(r.created_at).isoformat(),
                    "sent_at": utc(r.sent_at).isoformat() if r.sent_at else None,
                }
                for r in session.scalars(query)
            ]
        if as_json:
            _print_json(rows)
            return
        table = Table("#", "Loại", "Gửi tới", "Tiêu đề", "Trạng thái", "Lần gửi", "Lỗi / lý do")
        for r in rows:
            table.add_row(
                str(r["id"]),
                r["purpose"],
                ", ".join(r["to"]),
                r["subject"],
                f"{r['state']} ({r['hold_code']})" if r["hold_code"] else r["state"],
                str(r["attempts"]),
                r["last_error"] or r["hold_reason"] or "",
            )
        console.print(table)

    def decide(ids: list[int], by: str | None, *, releasing: bool, send_now: bool) -> None:
        """Apply one decision to every id in one transaction: all or nothing."""
        context = ctx()
        actor = by or f"cli:{getpass.getuser()}"
        apply = release if releasing else drop
        try:
            with transaction(context.sessions) as session:
                for outbox_id in ids:
                    apply(session, outbox_id, actor=actor)
        except HeldReplyError as exc:
            Console(stderr=True).print(f"[red]{exc} Không có thay đổi nào.[/red]")
            raise typer.Exit(1) from None
        if not releasing:
            console.print(f"Đã bỏ {len(ids)} thư; chúng sẽ không được gửi.")
        elif not send_now:
            console.print(f"Đã duyệt {len(ids)} thư; lần gửi tới sẽ gửi đi.")
        else:
            for outbox_id in ids:
                state = send_one(context.sessions, outbox_id, context.sender)
                console.print(f"Thư #{outbox_id}: {state}")

    @outbox_app.command("release")
    def release_held(
        ids: Annotated[
            list[int], typer.Argument(help="Ids of held mails (dvk outbox --state held).")
        ],
        by: Annotated[str | None, BY_OPTION] = None,
        send: Annotated[
            bool,
            typer.Option("--send/--no-send", help="Send at once, or leave it to the scheduler."),
        ] = True,
    ) -> None:
        """Release held replies: they go out (now, or with the next send)."""
        decide(ids, by, releasing=True, send_now=send)

    @outbox_app.command("drop")
    def drop_held(
        ids: Annotated[
            list[int], typer.Argument(help="Ids of held mails (dvk outbox --state held).")
        ],
        by: Annotated[str | None, BY_OPTION] = None,
    ) -> None:
        """Drop held replies: they are never sent (kept, with the decision in the audit log)."""
        decide(ids, by, releasing=False, send_now=False)
