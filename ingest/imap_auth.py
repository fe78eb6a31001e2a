"""Connecting to a mailbox: IMAP URLs, TLS (implicit or STARTTLS) and password or XOAUTH2 login.

Certificates are verified unless the settings say otherwise; plain IMAP without TLS is accepted
only towards a loopback address (tests, or a local proxy), so a password never crosses a network
in clear text. See `ingest.imap` for the settings.
"""

from __future__ import annotations

import ipaddress
import logging
import ssl
from dataclasses import dataclass, field

from imapclient import IMAPClient
from imapclient.imapclient import SocketTimeout

from documents.mail_accounts import MailAccountError, parse_mailbox_url
from documents.settings import url_without_password
from ingest.settings import IngestSettings

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 20.0
READ_TIMEOUT = 120.0  # a dead server is noticed within this long, outside IDLE


class ImapConfigError(ValueError):
    """The IMAP settings cannot work (bad URL, no secret, no TLS to a remote host)."""


@dataclass(frozen=True)
class ImapTarget:
    """One watched folder, parsed from one IMAP URL."""

    url: str
    tls: bool  # imaps:// (TLS from the start); imap:// uses STARTTLS where offered
    user: str
    password: str | None = field(repr=False)  # from the URL itself, the least preferred place
    host: str
    port: int
    folder: str
    account_id: int | None = None  # its `mail_accounts` row, where its state is written
    secret: str | None = field(default=None, repr=False)  # the account's own password (its row)
    commune_id: int | None = None  # the commune its mail belongs to (its row's), if it names one
    routes_by_recipient: bool = False  # a province's shared mailbox (`ingest.routing`)

    @property
    def mailbox(self) -> str:
        return f"{self.user}@{self.host}"

    @property
    def loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    def __str__(self) -> str:
        """The URL without its password: how logs, heartbeats and `mail_accounts` name it."""
        return url_without_password(self.url)[0]


def parse_imap_url(url: str) -> ImapTarget:
    """The folder `url` names (read by `documents.mail_accounts`, which the web's and the
    command's account checks use too), or ImapConfigError."""
    try:
        parts = parse_mailbox_url(url)
    except MailAccountError as exc:
        raise ImapConfigError(str(exc)) from None
    return ImapTarget(
        url=url,
        tls=parts.tls,
        user=parts.user,
        password=parts.password,
        host=parts.host,
        port=parts.port,
        folder=parts.folder,
    )


def check_settings(settings: IngestSettings) -> list[ImapTarget]:
    """The watched folders, or ImapConfigError naming what cannot work."""
    if settings.imap_action not in ("keyword", "move"):
        raise ImapConfigError("DVK_IMAP_ACTION must be 'keyword' or 'move'")
    keyword = settings.imap_keyword
    if not keyword or not keyword.isascii() or any(c in keyword for c in ' ()"\\{%*]'):
        raise ImapConfigError("DVK_IMAP_KEYWORD must be an ASCII IMAP atom like $DvkProcessed")
    targets = [parse_imap_url(url) for url in settings.imap_urls]
    if settings.imap_action == "move":
        for target in targets:
            if target.folder == settings.imap_processed_folder:
                raise ImapConfigError(f"{target} watches the folder processed mail is moved to")
    return targets


def tls_context(settings: IngestSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if not settings.imap_verify_tls:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def connect(target: ImapTarget, settings: IngestSettings) -> IMAPClient:
    """A logged-in client for `target`: TLS (or STARTTLS), then password or XOAUTH2."""
    timeout = SocketTimeout(connect=CONNECT_TIMEOUT, read=READ_TIMEOUT)
    context = tls_context(settings)
    client = IMAPClient(
        target.host, port=target.port, ssl=target.tls, ssl_context=context, timeout=timeout
    )
    try:
        if not target.tls:
            if client.has_capability("STARTTLS"):
                client.starttls(context)
            elif not target.loopback:
                raise ImapConfigError(
                    f"{target} offers no STARTTLS; use imaps:// (plain IMAP only on loopback)"
                )
        if settings.imap_oauth2_token_file is not None and target.secret is None:
            token = settings.imap_oauth2_token_file.read_text(encoding="utf-8").strip()
            client.oauth2_login(target.user, token)
        else:
            password = target.secret
            if password is None:
                password = settings.read_secret(settings.imap_password, settings.imap_password_file)
            password = password if password is not None else target.password
            if password is None:
                raise ImapConfigError(
                    "no IMAP secret: set DVK_IMAP_PASSWORD(_FILE) or DVK_IMAP_OAUTH2_TOKEN_FILE"
                )
            client.login(target.user, password)
    except BaseException:
        close(client)
        raise
    client.normalise_times = False  # INTERNALDATE as an aware datetime
    return client


def close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # the connection may already be gone
        try:
            client.shutdown()
        except Exception:
            log.debug("closing a dead IMAP connection failed", exc_info=True)
