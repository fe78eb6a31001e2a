"""`dvk remind` and `dvk outbox`: the reminder run, its preview and calendar, a look into the
outbox, and the office's decisions on held replies (`dvk outbox release|drop ID…`)."""

from __future__ import annotations

import getpass
import json
import sys
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from documents import clock
from documents.db import transaction
from documents.held_replies import HeldReplyError, drop, release
from documents.labels import REMINDER_KIND, REMINDER_STATE
from documents.models import OutboundMail
from documents.register import active_campaign
from notifier.outbox import send_due, send_one
from notifier.preview import CalendarEntry, preview_reminders, reminder_calendar
from notifier.reminders import run_due_reminders
from workers.commands import ContextGetter

# Module level: typer reads the annotations of the commands below from the module's globals.
BY_OPTION = typer.Option("--by", help="Who decides (audit log); default cli:<login>.")


def _parse_at(value: str | None, timezone: str) -> datetime:
    """`--at` is local time in the campaign's zone unless it names its own offset."""
    if not value:
        return clock.now()
    try:
        return clock.parse_local(value, timezone)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a time like 2024-04-04 08:00") from None


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


def _calendar_table(entries: list[CalendarEntry]) -> Table:
    table = Table("Lúc", "Hạn", "Lần", "Loại", "Trạng thái", "Thư", title="Lịch nhắc hạn")
    for entry in entries:
        if entry.mails:
            who = f"{len(entry.mails)} thư đã lập"
        elif entry.recipients:
            names = [r.name for r in entry.recipients]
            shown = ", ".join(names[:3]) + (
                f" và {len(names) - 3} nơi khác" if len(names) > 3 else ""
            )
            who = f"{len(names)}: {shown}"
        else:
            who = ""
        if entry.unreachable:
            who += f" ({len(entry.unreachable)} đơn vị không có địa chỉ)"
        table.add_row(
            entry.local_time,
            f"{entry.deadline} {entry.due_date:%d/%m/%Y}",
            entry.slot,
            REMINDER_KIND.get(entry.kind, entry.kind).lower(),
            REMINDER_STATE.get(entry.state, entry.state).lower(),
            who,
        )
    return table


def register(app: typer.Typer, ctx: ContextGetter) -> None:
    console = Console()

    @app.command("remind")
    def remind(
        at: Annotated[
            str | None,
            typer.Option(help="Local time in the campaign's zone, e.g. 2024-04-04 08:00"),
        ] = None,
        dry_run: Annotated[
            bool,
            typer.Option(
                "--dry-run", help="Show what a run at --at would send (a what-if); send nothing."
            ),
        ] = False,
        calendar: Annotated[
            bool,
            typer.Option(
                "--calendar", help="List every reminder slot: when, sent or not, who (as of --at)."
            ),
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    ) -> None:
        """Send the reminders due now (or at --at); --dry-run shows exactly what a run at that
        moment would send, --calendar the campaign's whole reminder calendar."""
        context = ctx()
        with context.sessions() as session:
            campaign = active_campaign(session)
            timezone = clock.zone(campaign).key
        moment = _parse_at(at, timezone)
        if calendar:
            with context.sessions() as session:
                entries = reminder_calendar(session, context.settings, at=moment)
            if as_json:
                _print_json([e.as_json() for e in entries])
            else:
                console.print(_calendar_table(entries))
            return
        if dry_run:
            with context.sessions() as session:
                mails = preview_reminders(session, context.settings, at=moment)
            if as_json:
                _print_json([m.as_json() for m in mails])
                return
            local = clock.local(moment, timezone).strftime("%d/%m/%Y %H:%M")
            table = Table(
                "Loại", "Lần", "Đơn vị", "Hạn", "Gửi tới", "Tiêu đề", title=f"Lúc {local}"
            )
            for m in mails:
                table.add_row(
                    m.purpose,
                    m.slot,
                    m.unit_name or "(văn phòng)",
                    m.deadline,
                    ", ".join(m.to),
                    m.subject,
                )
            console.print(table)
            console.print(f"{len(mails)} thư sẽ được gửi.")
            return
        with transaction(context.sessions) as session:
            planned = [
                {"id": r.id, "purpose": r.purpose, "unit_id": r.unit_id, "to": r.to_addrs}
                for r in run_due_reminders(session, context.settings, now=moment)
            ]
        sent = send_due(context.sessions, context.sender, now=moment, policy=context.outbox_policy)
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
                    "created_at": clock.isoformat(r.created_at),
                    "sent_at": clock.isoformat(r.sent_at),
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
