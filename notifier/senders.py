"""Where composed bytes go: an SMTP server, or `.eml` files in the outbox folder.

A sender only says how delivery ended: `TransientSendError` (try again later: 4xx, timeouts,
a dropped connection) or `PermanentSendError` (5xx: the server will never take it). Retries,
backoff and the record of what happened belong to `notifier.outbox`.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import smtplib
import ssl
import tempfile
from collections.abc import Sequence
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

from documents.settings import redact_url
from notifier.settings import NotifierSettings

log = logging.getLogger(__name__)


class SendError(Exception):
    """Delivery did not happen."""


class TransientSendError(SendError):
    """Delivery may succeed later (4xx reply, timeout, connection lost, login refused)."""


class PermanentSendError(SendError):
    """The server refused the message for good (5xx reply)."""


class MailSender(Protocol):
    def send(self, raw: bytes, mail_from: str, recipients: Sequence[str]) -> None: ...


def _reply(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}"[:500]


def is_loopback(host: str) -> bool:
    """A password may cross the loopback interface in clear (a local relay or a test server)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SmtpSender:
    """Delivers through an SMTP submission server, one connection per mail.

    smtp:// upgrades with STARTTLS whenever the server offers it; smtps:// is TLS from the first
    byte. Certificates are verified unless `smtp_verify_tls` is off (a test server only).
    """

    def __init__(self, settings: NotifierSettings, *, timeout: float = 30.0) -> None:
        if not settings.smtp_url:
            raise ValueError("smtp_url is not set")
        parts = urlsplit(settings.smtp_url)
        if parts.scheme not in {"smtp", "smtps"} or not parts.hostname:
            raise ValueError(f"unsupported SMTP URL: {redact_url(settings.smtp_url)}")
        self.url = redact_url(settings.smtp_url)
        self.implicit_tls = parts.scheme == "smtps"
        self.host = parts.hostname
        self.port = parts.port or (465 if self.implicit_tls else 587)
        self.username = unquote(parts.username) if parts.username else None
        self._password = settings.read_secret(settings.smtp_password, settings.smtp_password_file)
        if self._password is None and parts.password:
            self._password = unquote(parts.password)
        self.timeout = timeout
        self.context = ssl.create_default_context()
        if not settings.smtp_verify_tls:
            self.context.check_hostname = False
            self.context.verify_mode = ssl.CERT_NONE

    def _connect(self) -> tuple[smtplib.SMTP, bool]:
        """A connected client, and whether the connection is encrypted."""
        if self.implicit_tls:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=self.context
            )
            return client, True
        client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        client.ehlo()
        if client.has_extn("starttls"):
            client.starttls(context=self.context)
            client.ehlo()
            return client, True
        return client, False

    def send(self, raw: bytes, mail_from: str, recipients: Sequence[str]) -> None:
        try:
            client, encrypted = self._connect()
            with client:
                if self.username:
                    if not (encrypted or is_loopback(self.host)):
                        raise TransientSendError(
                            f"{self.url} offers no STARTTLS: the password is not sent in clear"
                        )
                    client.login(self.username, self._password or "")
                refused = client.sendmail(mail_from, list(recipients), raw)
        except smtplib.SMTPAuthenticationError as exc:
            # A wrong password is fixed by a person, after which the mail should still go.
            raise TransientSendError(f"login refused by {self.url}: {exc.smtp_code}") from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            detail = "; ".join(f"{r}: {_reply(c, m)}" for r, (c, m) in exc.recipients.items())
            if all(code >= 500 for code in codes):
                raise PermanentSendError(detail) from None
            raise TransientSendError(detail) from None
        except smtplib.SMTPResponseException as exc:
            detail = _reply(exc.smtp_code, exc.smtp_error)
            if exc.smtp_code >= 500:
                raise PermanentSendError(detail) from None
            raise TransientSendError(detail) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise TransientSendError(f"{exc.__class__.__name__} talking to {self.url}") from None
        if refused:
            # Some recipients have it already; a retry would send them a second copy.
            log.warning("delivered, but %d recipient(s) refused: %s", len(refused), refused)


class FolderSender:
    """Writes each mail to `<outbox_dir>/<message-id>.eml`, atomically; a resend overwrites."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, raw: bytes) -> Path:
        headers = BytesHeaderParser().parsebytes(raw)
        message_id = "".join(str(headers.get("Message-ID") or "").split())  # may be folded
        name = re.sub(r"[^A-Za-z0-9._-]+", "_", message_id.strip("<>")) or "message"
        return self.folder / f"{name[:180]}.eml"

    def send(self, raw: bytes, mail_from: str, recipients: Sequence[str]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.path_for(raw)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".eml")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(raw)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise TransientSendError(f"cannot write to the outbox folder: {exc.strerror}") from None


def make_sender(settings: NotifierSettings) -> MailSender:
    """SMTP when `smtp_url` is set, else the outbox folder (the embedded, no-server mode)."""
    if settings.smtp_url:
        return SmtpSender(settings)
    return FolderSender(settings.outbox_dir)
