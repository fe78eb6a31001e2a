"""`dvk mailboxes`: the IMAP accounts the watcher serves, each commune's own, and their state;
a province's shared mailbox, the commune addresses it routes by (`address`), and the mail it
could not route (`held`, `route`).

An operator's command: it sees every commune's accounts (see README, "Communes on one
deployment")."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.orm import Session

from documents.db import all_communes, for_commune, transaction
from documents.mail_accounts import (
    MailAccountError,
    add_account,
    add_address,
    address_book,
    remove_account,
    remove_address,
    set_enabled,
    update_account,
)
from documents.operations.mailboxes import held_messages, mailbox_states
from ingest.routing import RoutingError, holding_commune, route_held
from workers.commands import ContextGetter


def register(app: typer.Typer, ctx: ContextGetter) -> None:
    mailboxes_app = typer.Typer(
        help="The IMAP accounts watched for the communes, and the state of each.",
        invoke_without_command=True,
    )
    app.add_typer(mailboxes_app, name="mailboxes")

    @mailboxes_app.callback()
    def show(
        typer_ctx: typer.Context,
        as_json: Annotated[bool, typer.Option("--json", help="Print the state as JSON.")] = False,
    ) -> None:
        """Every account: commune, URL (never a password), last UID, last success, lag, errors."""
        if typer_ctx.invoked_subcommand is not None:
            return
        with all_communes(ctx().sessions)() as session:
            states = mailbox_states(session)
        if as_json:
            sys.stdout.write(json.dumps(states, ensure_ascii=False) + "\n")
            return
        table = Table(title="Hộp thư đang theo dõi")
        for column in ("id", "xã", "hộp thư", "trạng thái", "UID cuối", "lần tốt cuối", "độ trễ",
                       "lỗi gần nhất", "thử lại lúc"):  # fmt: skip
            table.add_column(column, overflow="fold")
        for s in states:
            table.add_row(
                str(s["id"]),
                s["commune"] or ("(chung: theo địa chỉ)" if s["routes_by_recipient"] else ""),
                s["url"],
                s["status"]
                + (f" ({s['consecutive_failures']})" if s["consecutive_failures"] else ""),
                "" if s["last_uid"] is None else f"{s['last_uid']} / {s['uidvalidity']}",
                s["last_success_at"] or "",
                "" if s["lag_seconds"] is None else f"{s['lag_seconds']:.0f} s",
                s["last_error"] or "",
                s["next_attempt_at"] or "",
            )
        Console().print(table)

    @mailboxes_app.command("add")
    def add(
        url: Annotated[str, typer.Argument(help="imaps://user@host:993/INBOX")],
        commune: Annotated[
            str | None, typer.Option("--commune", help="The commune's slug.")
        ] = None,
        shared: Annotated[
            bool,
            typer.Option(
                "--shared",
                help="The province's mailbox for every commune: each mail goes to the commune "
                "whose address it was sent to (`dvk mailboxes address add`).",
            ),
        ] = False,
        password_file: Annotated[
            Path | None,
            typer.Option("--password-file", help="A file holding the password (first line)."),
        ] = None,
    ) -> None:
        """Watch a commune's mailbox, or with --shared the province's shared one; the password
        is asked for (hidden) unless in a file."""
        if password_file is not None:
            password = password_file.read_text(encoding="utf-8").strip()
        else:
            password = typer.prompt("Mật khẩu hộp thư", hide_input=True)
        try:
            with transaction(all_communes(ctx().sessions)) as session:
                account = add_account(
                    session, url, commune_slug=commune, password=password, shared=shared
                )
                shown = f"{account.id}: {account.url}"
        except MailAccountError as exc:
            Console(stderr=True).print(f"[red]Chưa thêm hộp thư: {exc}.[/red]")
            raise typer.Exit(2) from exc
        Console().print(f"Đã thêm hộp thư {shown}; watcher nhận trong vòng một phút.")
        if shared:
            Console().print(
                "Thêm địa chỉ của từng xã: dvk mailboxes address add ĐỊA_CHỈ --commune MÃ"
            )

    @contextmanager
    def _operator_step() -> Iterator[Session]:
        """An operator's transaction (every commune); a refusal is printed, exit code 2."""
        try:
            with transaction(all_communes(ctx().sessions)) as session:
                yield session
        except (MailAccountError, RoutingError) as exc:
            Console(stderr=True).print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc

    address_app = typer.Typer(
        help="The addresses of each commune on the shared mailbox (routing by recipient)."
    )
    mailboxes_app.add_typer(address_app, name="address")

    @address_app.command("add")
    def address_add(
        address: Annotated[str, typer.Argument(help="xa-lac-hung@dvk.tinh.gov.vn")],
        commune: Annotated[str, typer.Option("--commune", help="The commune's slug.")],
    ) -> None:
        """Route mail sent to ADDRESS (and ADDRESS with a +tag) to the commune."""
        with _operator_step() as session:
            shown = add_address(session, address, commune_slug=commune).address
        Console().print(f"Thư gửi {shown} sẽ vào sổ của xã “{commune}”.")

    @address_app.command("remove")
    def address_remove(address: str) -> None:
        """Stop routing ADDRESS; mail sent to it is then held for the province."""
        with _operator_step() as session:
            slug = remove_address(session, address)
        Console().print(f"Đã bỏ địa chỉ {address} của xã “{slug}”.")

    @address_app.command("list")
    def address_list(
        commune: Annotated[
            str | None, typer.Option("--commune", help="Only this commune's.")
        ] = None,
    ) -> None:
        """Every routed address and its commune."""
        with all_communes(ctx().sessions)() as session:
            rows = address_book(session, commune)
        table = Table("địa chỉ", "xã")
        for address, slug in rows:
            table.add_row(address, slug)
        Console().print(table)

    @mailboxes_app.command("held")
    def held(
        as_json: Annotated[bool, typer.Option("--json", help="Print them as JSON.")] = False,
    ) -> None:
        """Mail of the shared mailbox sent to no known commune, or to several: held for the
        province, never processed nor acknowledged, until routed (`dvk mailboxes route`)."""
        with _operator_step():
            province = holding_commune(ctx().sessions)
        with for_commune(ctx().sessions, province, read_only=True)() as session:
            rows = held_messages(session)
        if as_json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
            return
        table = Table(
            "id", "nhận lúc", "người gửi", "tiêu đề", "lý do", title="Thư chờ chuyển về xã"
        )
        for r in rows:
            table.add_row(str(r["id"]), r["received_at"], r["sender"] or "", r["subject"] or "",
                          r["reason"] or "")  # fmt: skip
        Console().print(table)

    @mailboxes_app.command("route")
    def route(
        message_id: int,
        commune: Annotated[str, typer.Option("--commune", help="The commune it is meant for.")],
    ) -> None:
        """Send a held message to its commune: stored and processed there as if it had arrived
        so (the held copy stays with the province, marked routed)."""
        with _operator_step():
            routed = route_held(
                ctx().sessions, message_id, commune, settings=ctx().settings, actor="cli"
            )
        Console().print(f"Thư #{message_id} đã chuyển về xã “{commune}” (thư #{routed} của xã).")

    def _change(account_id: int, change: Callable[[Session], object]) -> None:
        try:
            with transaction(all_communes(ctx().sessions)) as session:
                change(session)
        except MailAccountError as exc:
            Console(stderr=True).print(f"[red]{exc}.[/red]")
            raise typer.Exit(1) from exc

    def _enable(account_id: int, enabled: bool) -> None:
        _change(account_id, lambda session: set_enabled(session, account_id, enabled))

    @mailboxes_app.command("disable")
    def disable(account_id: int) -> None:
        """Stop watching an account (its state and its mail stay)."""
        _enable(account_id, False)

    @mailboxes_app.command("enable")
    def enable(account_id: int) -> None:
        """Watch a disabled account again."""
        _enable(account_id, True)

    @mailboxes_app.command("edit")
    def edit(
        account_id: int,
        folder: Annotated[
            str | None, typer.Option("--folder", help="Watch this folder instead.")
        ] = None,
        password_file: Annotated[
            Path | None,
            typer.Option("--password-file", help="A file holding the new password."),
        ] = None,
        new_password: Annotated[
            bool, typer.Option("--password", help="Ask for the new password (hidden).")
        ] = False,
    ) -> None:
        """Change an account's folder or password; the watcher restarts it within a minute."""
        password = None
        if password_file is not None:
            password = password_file.read_text(encoding="utf-8").strip()
        elif new_password:
            password = typer.prompt("Mật khẩu mới của hộp thư", hide_input=True)
        _change(
            account_id,
            lambda session: update_account(session, account_id, password=password, folder=folder),
        )
        Console().print(f"Đã cập nhật hộp thư số {account_id}.")

    @mailboxes_app.command("remove")
    def remove(account_id: int) -> None:
        """Forget an account (the mail it brought stays in the register)."""
        _change(account_id, lambda session: remove_account(session, account_id))
        Console().print(f"Đã xóa hộp thư số {account_id}.")
