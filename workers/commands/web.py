"""`dvk web`, `dvk user add|passwd|remove` and `dvk export xlsx|report`: the office's register
from the shell."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.db import transaction
from documents.models import Campaign
from documents.register import active_campaign
from web.app import serve
from web.exports.report_docx import export_report_docx
from web.exports.xlsx import export_xlsx
from web.users import ROLES, add_user, remove_user, set_password
from workers.commands import ContextGetter
from workers.steps import handle_message
from workers.web_app import build_web_app


def _emit(data: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def register(app: typer.Typer, ctx: ContextGetter) -> None:
    console = Console()
    err = Console(stderr=True)
    user_app = typer.Typer(help="Office accounts of the web register.", no_args_is_help=True)
    export_app = typer.Typer(help="Exports of the register.", no_args_is_help=True)
    app.add_typer(user_app, name="user")
    app.add_typer(export_app, name="export")

    @app.command("web")
    def web(
        host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
        port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    ) -> None:
        """Serve only the web register (waitress), without the mail loop."""
        context = ctx()
        settings = context.settings
        flask_app = build_web_app(
            settings, context.sessions, process_message=partial(handle_message, context)
        )
        chosen_host = host or settings.web_host
        chosen_port = port or settings.web_port
        console.print(f"Sổ theo dõi: http://{chosen_host}:{chosen_port}/")
        serve(flask_app, chosen_host, chosen_port)

    @user_app.command("add")
    def user_add(
        username: Annotated[str, typer.Argument(help="Login name.")],
        role: Annotated[
            str,
            typer.Option(help="viewer (read only), editor, or province (the province's row only)."),
        ] = "viewer",
        display_name: Annotated[
            str | None,
            typer.Option("--display-name", help="Full name shown in the history."),
        ] = None,
        password_stdin: Annotated[
            bool, typer.Option("--password-stdin", help="Read the password from standard input.")
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    ) -> None:
        """Create an office account, or set a new password and role for an existing one."""
        if role not in ROLES:
            err.print(f"[red]Vai trò phải là một trong: {', '.join(ROLES)}[/red]")
            raise typer.Exit(2)
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = typer.prompt("Mật khẩu", hide_input=True, confirmation_prompt=True)
        try:
            with transaction(ctx().sessions) as session:
                user = add_user(session, username, password, role, display_name=display_name)
                result = {
                    "username": user.username,
                    "role": user.role,
                    "id": user.id,
                    "display_name": user.display_name,
                }
        except ValueError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
        if as_json:
            _emit(result)
        else:
            console.print(f"Đã lưu tài khoản [bold]{result['username']}[/bold] ({result['role']}).")

    def _read_password(from_stdin: bool) -> str:
        if from_stdin:
            return sys.stdin.readline().rstrip("\r\n")
        return str(typer.prompt("Mật khẩu mới", hide_input=True, confirmation_prompt=True))

    @user_app.command("passwd")
    def user_passwd(
        username: Annotated[str, typer.Argument(help="Login name.")],
        password_stdin: Annotated[
            bool, typer.Option("--password-stdin", help="Read the password from standard input.")
        ] = False,
    ) -> None:
        """Set a new password; the user's open sessions end in every browser."""
        password = _read_password(password_stdin)
        try:
            with transaction(ctx().sessions) as session:
                set_password(session, username, password)
        except (ValueError, LookupError) as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
        console.print(
            f"Đã đổi mật khẩu của [bold]{username.strip()}[/bold]; "
            "mọi phiên đăng nhập cũ đã kết thúc."
        )

    @user_app.command("remove")
    def user_remove(
        username: Annotated[str, typer.Argument(help="Login name.")],
        yes: Annotated[
            bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")
        ] = False,
    ) -> None:
        """Remove an office account; its open sessions end at once."""
        if not yes and not typer.confirm(f"Xóa tài khoản {username.strip()}?"):
            err.print("Không xóa gì.")
            raise typer.Exit(1)
        try:
            with transaction(ctx().sessions) as session:
                remove_user(session, username)
        except LookupError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
        console.print(f"Đã xóa tài khoản [bold]{username.strip()}[/bold].")

    def _campaign_id(campaign: str | None) -> int | None:
        if campaign is None:
            return None
        with ctx().sessions() as session:
            found = session.scalar(select(Campaign.id).where(Campaign.slug == campaign))
            if found is None:
                err.print(f"[red]Không có đợt thi đua '{campaign}'.[/red]")
                raise typer.Exit(2)
            return found

    @export_app.command("xlsx")
    def export_workbook(
        output: Annotated[
            Path | None, typer.Option("-o", "--output", help="File to write.")
        ] = None,
        campaign: Annotated[
            str | None, typer.Option(help="Campaign slug; the active one by default.")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    ) -> None:
        """The register as an Excel workbook (a sheet per deadline and a sheet of models)."""
        campaign_id = _campaign_id(campaign)
        with ctx().sessions() as session:
            slug = _slug(session, campaign_id)
            target = output or Path(f"so-theo-doi-{slug}.xlsx")
            export_xlsx(session, target, campaign_id)
        _done(target, as_json)

    @export_app.command("report")
    def export_report(
        output: Annotated[
            Path | None, typer.Option("-o", "--output", help="File to write.")
        ] = None,
        campaign: Annotated[
            str | None, typer.Option(help="Campaign slug; the active one by default.")
        ] = None,
        number: Annotated[str, typer.Option(help="The report's number, e.g. 45.")] = "",
        as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    ) -> None:
        """The Word report to the commune's superior body, ready to number and sign.

        The names it prints come from the database (the units file's `commune:` block)."""
        campaign_id = _campaign_id(campaign)
        with ctx().sessions() as session:
            slug = _slug(session, campaign_id)
            target = output or Path(f"bao-cao-{slug}-{date.today():%Y%m%d}.docx")
            buffer = io.BytesIO()
            export_report_docx(session, buffer, campaign_id, number=number)
        target.write_bytes(buffer.getvalue())
        _done(target, as_json)

    def _slug(session: Session, campaign_id: int | None) -> str:
        found = session.get(Campaign, campaign_id) if campaign_id else active_campaign(session)
        return found.slug if found else "dvk"

    def _done(target: Path, as_json: bool) -> None:
        if as_json:
            _emit({"file": str(target), "bytes": target.stat().st_size})
        else:
            console.print(f"Đã ghi {target} ({target.stat().st_size:,} byte).")
