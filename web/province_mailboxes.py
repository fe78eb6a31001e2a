"""The province administrator's page of the communes' mailboxes (`/tinh/quan-tri/hop-thu`):
every IMAP account with the state the watcher writes, and adding, changing (folder, password),
enabling, disabling or removing one instead of with `dvk mailboxes`, through the same functions
(`documents.mail_accounts`). The routes belong to the `province_admin` blueprint, so only the
`province_admin` role reaches them (`web.province.guard`) and each form carries the CSRF token.

A mailbox password is typed into a password field (or into the URL, whence it is moved out); it
is never shown back, written to the history or logged: the history records the password-free URL
and which settings changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from flask import flash, redirect, render_template, request, url_for
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response

from documents import clock
from documents.db import all_communes
from documents.mail_accounts import (
    MailAccountError,
    add_account,
    managed_account,
    remove_account,
    set_enabled,
    update_account,
)
from documents.models import Commune
from documents.operations.mailboxes import mailbox_states
from documents.province import communes
from web.actions import confirmation
from web.province_admin import audit, bp
from web.state import state

#: How the page names each state of a mailbox (`documents.operations.mailboxes`).
MAILBOX_STATUS = {
    "waiting": "chờ lần đọc đầu tiên",
    "ok": "bình thường",
    "backing off": "đang lỗi, chờ thử lại",
    "disabled": "đã tắt",
}


def _shown_time(iso: str | None) -> str:
    """An instant of the state (ISO, UTC) as the province reads it: local wall-clock time."""
    if not iso:
        return ""
    return clock.local(datetime.fromisoformat(iso), None).strftime("%H:%M %d/%m/%Y")


@dataclass(frozen=True)
class MailboxRow:
    """One account as the page shows it: the watcher's state, never the password."""

    state: dict[str, Any]
    commune_name: str

    @property
    def status(self) -> str:
        code = str(self.state["status"])
        return MAILBOX_STATUS.get(code, code)

    @property
    def folder(self) -> str:
        return unquote(urlsplit(self.state["url"]).path.lstrip("/")) or "INBOX"

    @property
    def last_success(self) -> str:
        return _shown_time(self.state["last_success_at"])

    @property
    def last_error_at(self) -> str:
        return _shown_time(self.state["last_error_at"])

    @property
    def next_attempt(self) -> str:
        return _shown_time(self.state["next_attempt_at"])


def _mailbox_rows() -> list[MailboxRow]:
    """Every account (the operator's directory, read across communes) with its commune's name,
    grouped by commune."""
    with all_communes(state().sessions)() as session:
        states = mailbox_states(session)
        names = {slug: name for slug, name in session.execute(select(Commune.slug, Commune.name))}
    rows = [MailboxRow(s, names.get(s["commune"] or "", "")) for s in states]
    return sorted(rows, key=lambda r: (r.commune_name.casefold(), r.state["id"]))


@bp.get("/tinh/quan-tri/hop-thu")
def mailboxes() -> str:
    return render_template(
        "province_mailboxes.html", rows=_mailbox_rows(), communes=communes(state().sessions)
    )


def _back() -> Response:
    return redirect(url_for("province_admin.mailboxes"))


def _account_id() -> int | None:
    try:
        return int(request.form.get("account_id", ""))
    except ValueError:
        return None


def _in_directory(change: Callable[[Session], dict[str, str]]) -> dict[str, str]:
    """Run `change` on the accounts (the deployment's directory, across communes) and commit."""
    with all_communes(state().sessions).begin() as session:
        return change(session)


def _commune_slug(session: Session, commune_id: int | None) -> str:
    return session.scalar(select(Commune.slug).where(Commune.id == commune_id)) or ""


@bp.post("/tinh/quan-tri/hop-thu/them")
def add_mailbox() -> Response:
    form = request.form
    slug = form.get("commune", "")

    def add(session: Session) -> dict[str, str]:
        account = add_account(
            session, form.get("url", ""), commune_slug=slug, password=form.get("password") or None
        )
        return {"id": str(account.id), "commune": slug.strip(), "url": account.url}

    try:
        record = _in_directory(add)
    except MailAccountError as exc:
        flash(f"Chưa thêm hộp thư: {exc}.", "error")
        return _back()
    audit("add_mailbox", "mail_account", record["id"], record)
    flash(
        f"Đã thêm hộp thư {record['url']} cho xã mã {record['commune']}; "
        "watcher bắt đầu đọc trong vòng một phút.",
        "ok",
    )
    return _back()


@bp.post("/tinh/quan-tri/hop-thu/sua")
def edit_mailbox() -> Response:
    account_id = _account_id()
    form = request.form

    def edit(session: Session) -> dict[str, str]:
        if account_id is None:
            raise MailAccountError("chọn một hộp thư")
        account, changed = update_account(
            session,
            account_id,
            password=form.get("password") or None,
            folder=form.get("folder") or None,
        )
        return {
            "id": str(account.id),
            "commune": _commune_slug(session, account.commune_id),
            "url": account.url,
            "changed": ",".join(changed),
        }

    try:
        record = _in_directory(edit)
    except MailAccountError as exc:
        flash(f"Chưa sửa hộp thư: {exc}.", "error")
        return _back()
    if not record["changed"]:
        flash(f"Hộp thư {record['url']} không có gì thay đổi.", "ok")
        return _back()
    audit("edit_mailbox", "mail_account", record["id"], record)
    what = {"folder": "thư mục", "password": "mật khẩu"}
    changed = " và ".join(what[c] for c in record["changed"].split(","))
    flash(f"Đã đổi {changed} của hộp thư {record['url']}.", "ok")
    return _back()


@bp.post("/tinh/quan-tri/hop-thu/bat-tat")
def toggle_mailbox() -> Response:
    account_id = _account_id()
    enabled = request.form.get("enabled") == "1"

    def toggle(session: Session) -> dict[str, str]:
        if account_id is None:
            raise MailAccountError("chọn một hộp thư")
        account = set_enabled(session, account_id, enabled)
        return {
            "id": str(account.id),
            "commune": _commune_slug(session, account.commune_id),
            "url": account.url,
        }

    try:
        record = _in_directory(toggle)
    except MailAccountError as exc:
        flash(f"Chưa {'bật' if enabled else 'tắt'} hộp thư: {exc}.", "error")
        return _back()
    audit("enable_mailbox" if enabled else "disable_mailbox", "mail_account", record["id"], record)
    if enabled:
        flash(f"Đã bật lại hộp thư {record['url']}.", "ok")
    else:
        flash(f"Đã tắt hộp thư {record['url']}: watcher ngừng đọc, thư đã nhận vẫn giữ.", "ok")
    return _back()


@bp.post("/tinh/quan-tri/hop-thu/xoa")
def remove_mailbox() -> Response | str:
    account_id = _account_id()
    if account_id is None:
        flash("Chưa xóa hộp thư: chọn một hộp thư.", "error")
        return _back()
    with all_communes(state().sessions)() as session:
        try:
            url = managed_account(session, account_id).url
        except MailAccountError as exc:
            flash(f"Chưa xóa hộp thư: {exc}.", "error")
            return _back()
    asked = confirmation(
        f"Xóa hộp thư {url}?",
        [
            "Watcher ngừng đọc hộp thư này và quên mật khẩu của nó.",
            "Thư đã nhận vẫn ở trong sổ của xã. Muốn đọc lại thì thêm lại hộp thư.",
        ],
        url_for("province_admin.mailboxes"),
        "Xóa hộp thư",
        fields=[("account_id", str(account_id))],
    )
    if asked is not None:
        return asked

    def remove(session: Session) -> dict[str, str]:
        commune = _commune_slug(session, managed_account(session, account_id).commune_id)
        return {
            "id": str(account_id),
            "commune": commune,
            "url": remove_account(session, account_id),
        }

    try:
        record = _in_directory(remove)
    except MailAccountError as exc:
        flash(f"Chưa xóa hộp thư: {exc}.", "error")
        return _back()
    audit("remove_mailbox", "mail_account", record["id"], record)
    flash(f"Đã xóa hộp thư {record['url']}.", "ok")
    return _back()
