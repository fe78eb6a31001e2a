"""Managing the communes' own mailboxes (`mail_accounts`): add, change the password or the
folder, enable or disable, remove. One implementation for `dvk mailboxes` and the province
administrator's web page (`web.province_admin`), so both accept and refuse the same things.

The IMAP URL is checked here (`parse_mailbox_url`), not in `ingest`, because the web may not
import the ingest adapter; `ingest.imap_auth.parse_imap_url` reads URLs with the same function.
A password is never kept in a URL: one typed into it is moved to the row's `password` column,
and no message raised here ever contains it. Only accounts of origin `db` are managed here; the
`DVK_IMAP_URL` ones (origin `env`) belong to the settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.addresses import canonical_address
from documents.models import COMMUNE_KIND, PROVINCE_KIND, Commune, CommuneAddress, MailAccount
from documents.settings import redact_url, url_without_password

SCHEMES = ("imap", "imaps")
#: The state columns the watcher writes; cleared when the account watches another folder.
STATE_COLUMNS = (
    "idle",
    "uidvalidity",
    "last_uid",
    "last_success_at",
    "last_error",
    "last_error_at",
    "next_attempt_at",
    "lag_seconds",
)


class MailAccountError(ValueError):
    """A mailbox setting that cannot work; the message is for the user (Vietnamese) and never
    holds a password."""


@dataclass(frozen=True)
class MailboxUrl:
    """The pieces of one IMAP URL (`imaps://user@host:993/INBOX`)."""

    tls: bool  # imaps://: TLS from the start; imap://: STARTTLS where offered
    user: str
    password: str | None  # the one typed into the URL, if any
    host: str
    port: int
    folder: str


def parse_mailbox_url(url: str) -> MailboxUrl:
    """The pieces of `url`, or MailAccountError saying what is wrong with it."""
    try:
        parts = urlsplit(url)
        port = parts.port
        shown = redact_url(url)
    except ValueError:  # a port that is not a number: nothing of it is shown (a password?)
        raise MailAccountError("địa chỉ hộp thư không hợp lệ (cổng phải là một số)") from None
    if parts.scheme not in SCHEMES:
        raise MailAccountError(
            f"địa chỉ hộp thư phải bắt đầu bằng imaps:// hoặc imap:// (không phải “{shown}”)"
        )
    if not parts.hostname or not parts.username:
        raise MailAccountError(
            f"địa chỉ hộp thư cần có tên đăng nhập và máy chủ, dạng "
            f"imaps://ten%40xa.gov.vn@mail.tinh.gov.vn/INBOX (không phải “{shown}”)"
        )
    if parts.query or parts.fragment:
        raise MailAccountError(f"địa chỉ hộp thư không được có phần ? hoặc #: {shown}")
    tls = parts.scheme == "imaps"
    return MailboxUrl(
        tls=tls,
        user=unquote(parts.username),
        password=unquote(parts.password) if parts.password else None,
        host=parts.hostname,
        port=port or (993 if tls else 143),
        folder=unquote(parts.path.lstrip("/")) or "INBOX",
    )


def public_url(url: str) -> tuple[str, str | None]:
    """`url` checked, without its password (and that password, if one was typed in it)."""
    parse_mailbox_url(url.strip())
    public, in_url = url_without_password(url.strip())
    return public, in_url


def with_folder(url: str, folder: str) -> str:
    """`url` watching `folder` instead (the same account, another folder)."""
    folder = folder.strip()
    if not folder or any(c in folder for c in "\r\n\0*%"):
        raise MailAccountError("tên thư mục không hợp lệ (vd. INBOX)")
    parts = urlsplit(url)
    path = "/" + quote(folder, safe="/")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _commune(session: Session, slug: str) -> Commune:
    slug = slug.strip()
    commune = session.scalar(
        select(Commune).where(Commune.slug == slug, Commune.kind == COMMUNE_KIND)
    )
    if commune is None or not slug:
        raise MailAccountError(f"không có xã mã “{slug}”")
    return commune


def _refuse_taken(session: Session, url: str, but: int | None = None) -> None:
    query = select(MailAccount.id).where(MailAccount.url == url)
    if but is not None:
        query = query.where(MailAccount.id != but)
    if session.scalar(query) is not None:
        raise MailAccountError(f"hộp thư {url} đã được theo dõi")


def add_account(
    session: Session,
    url: str,
    *,
    commune_slug: str | None = None,
    password: str | None = None,
    shared: bool = False,
) -> MailAccount:
    """A new watched folder for the commune `commune_slug`, or with `shared` the province's
    mailbox for every commune, routed by recipient (`ingest.routing`). A password written in
    the URL is moved out of it; `password` (when not empty) wins over it."""
    public, in_url = public_url(url)
    secret = password or in_url
    if not secret:
        raise MailAccountError(f"chưa có mật khẩu cho hộp thư {public}")
    account = MailAccount(url=public, password=secret, origin="db", routes_by_recipient=shared)
    if shared:
        _check_shared(session, commune_slug)
    elif commune_slug is None:
        raise MailAccountError(
            "chưa chọn xã (--commune MÃ), hoặc --shared cho hộp thư chung chia theo địa chỉ"
        )
    else:
        account.commune_id = _commune(session, commune_slug).id
    _refuse_taken(session, public)
    session.add(account)
    session.flush()
    return account


def _check_shared(session: Session, commune_slug: str | None) -> None:
    """A shared mailbox belongs to no commune, and needs the province to hold unrouted mail."""
    if commune_slug:
        raise MailAccountError("hộp thư chung không thuộc xã nào: bỏ --commune")
    if session.scalar(select(Commune.id).where(Commune.kind == PROVINCE_KIND)) is None:
        raise MailAccountError(
            "thư không chia được về xã nào phải chờ ở hàng của tỉnh: thêm tỉnh trước bằng "
            "`dvk communes add MÃ TÊN --province`"
        )


# --- The addresses a shared mailbox routes by (`commune_addresses`) ----------------------


def add_address(session: Session, text: str, *, commune_slug: str) -> CommuneAddress:
    """Route mail sent to `text` on a shared mailbox to the commune `commune_slug`. Kept in
    canonical form; one commune per address. `session` is an operator's (`all_communes`)."""
    address = canonical_address(text)
    if address is None:
        raise MailAccountError(f"“{text}” không phải địa chỉ thư (dạng ten@ten-mien)")
    commune = _commune(session, commune_slug)
    owner = session.scalar(
        select(Commune.slug).join(CommuneAddress).where(CommuneAddress.address == address)
    )
    if owner is not None:
        raise MailAccountError(
            f"{address} đang chia về xã “{owner}”: bỏ ở đó trước "
            f"(`dvk mailboxes address remove {address}`)"
        )
    row = CommuneAddress(address=address, commune_id=commune.id)
    session.add(row)
    session.flush()
    return row


def remove_address(session: Session, text: str) -> str:
    """Stop routing `text`; the slug of the commune it routed to. `session`: `all_communes`."""
    address = canonical_address(text) or text.strip().lower()
    row = session.scalar(select(CommuneAddress).where(CommuneAddress.address == address))
    if row is None:
        raise MailAccountError(f"{address} không chia về xã nào (xem `dvk mailboxes address list`)")
    slug = session.scalar(select(Commune.slug).where(Commune.id == row.commune_id)) or ""
    session.delete(row)
    session.flush()
    return slug


def address_book(session: Session, commune_slug: str | None = None) -> list[tuple[str, str]]:
    """(address, commune slug) of every routed address, or one commune's, by commune."""
    query = select(CommuneAddress.address, Commune.slug).join(Commune)
    if commune_slug:
        query = query.where(Commune.slug == commune_slug)
    ordered = query.order_by(Commune.slug, CommuneAddress.address)
    return [(address, slug) for address, slug in session.execute(ordered)]


def managed_account(session: Session, account_id: int) -> MailAccount:
    """A commune's own account (origin `db`), or MailAccountError."""
    account = session.get(MailAccount, account_id)
    if account is None:
        raise MailAccountError(f"không có hộp thư số {account_id}")
    if account.origin != "db":
        raise MailAccountError(
            f"hộp thư {account.url} đặt bằng biến DVK_IMAP_URL, chỉ sửa được ở cấu hình máy chủ"
        )
    return account


def update_account(
    session: Session,
    account_id: int,
    *,
    password: str | None = None,
    folder: str | None = None,
) -> tuple[MailAccount, list[str]]:
    """Change an account's password and/or folder; the names of what changed. The watcher
    restarts the account at its next refresh (its key holds the URL and the password). A new
    folder clears the state read from the old one."""
    account = managed_account(session, account_id)
    changed: list[str] = []
    if folder is not None and folder.strip():
        url = with_folder(account.url, folder)
        if url != account.url:
            parse_mailbox_url(url)
            _refuse_taken(session, url, but=account.id)
            account.url = url
            for column in STATE_COLUMNS:
                setattr(account, column, None)
            account.failures = 0
            changed.append("folder")
    if password and password != account.password:
        account.password = password
        account.failures = 0
        account.next_attempt_at = None
        changed.append("password")
    session.flush()
    return account, changed


def set_enabled(session: Session, account_id: int, enabled: bool) -> MailAccount:
    """Watch an account again, or stop watching it (its state and its mail stay)."""
    account = managed_account(session, account_id)
    account.enabled = enabled
    session.flush()
    return account


def remove_account(session: Session, account_id: int) -> str:
    """Forget an account (the mail already received stays); its URL, for the record."""
    account = managed_account(session, account_id)
    url = account.url
    session.delete(account)
    session.flush()
    return url
