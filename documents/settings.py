"""Every setting of dvk in one place, read from `DVK_` environment variables and an optional `.env`.

Settings are built once by the composition root (`workers`) and passed in; no module reads the
environment at import time. Secrets are `SecretStr` and URLs are shown through `redact_url`, so a
password never reaches a log line or an error message.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit, urlunsplit

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def redact_url(url: str | None) -> str:
    """Return `url` with any password replaced by `***`, safe to log."""
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    netloc = f"{user}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class Settings(BaseSettings):
    """dvk's configuration; every field maps to a `DVK_<NAME>` environment variable."""

    model_config = SettingsConfigDict(
        env_prefix="DVK_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(Path("var"), description="Working folder for the embedded defaults.")
    database_url: str | None = Field(None, description="SQLAlchemy URL; default SQLite.")
    broker_url: str | None = Field(None, description="Celery broker; unset: in-process.")

    imap_url: str | None = Field(
        None,
        description="imaps://user@host:993/INBOX, comma-separated; unset: drop folder.",
    )
    imap_password: SecretStr | None = None
    imap_password_file: Path | None = None
    imap_oauth2_token_file: Path | None = Field(
        None, description="File holding an OAuth2 access token (XOAUTH2) instead of a password."
    )
    imap_verify_tls: bool = True
    imap_action: str = Field("keyword", description="After commit: 'keyword' or 'move'.")
    imap_keyword: str = "$DvkProcessed"
    imap_processed_folder: str = "Processed"
    imap_poll_interval: float = Field(30.0, description="Seconds between polls without IDLE.")
    imap_idle_timeout: float = Field(300.0, description="Re-issue IDLE after this many seconds.")
    imap_batch_size: int = 100

    smtp_url: str | None = Field(
        None, description="smtp://user@host:587 (STARTTLS), smtps://…:465; unset writes .eml files."
    )
    smtp_password: SecretStr | None = None
    smtp_password_file: Path | None = None
    smtp_verify_tls: bool = True

    units_file: Path | None = None
    campaign_file: Path | None = None
    office_email: str | None = Field(None, description="The office's address: From of our mail.")
    templates_dir: Path | None = Field(None, description="Folder of overriding mail templates.")
    trusted_authserv_ids: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Authentication-Results authserv-ids written by our own receiving server.",
    )
    max_auto_mails_per_day: int = Field(
        10, ge=0, description="Automatic mails per mailbox (+tag, case, Gmail dots folded) a day."
    )
    max_unlisted_mails_per_domain_per_day: int = Field(
        20, ge=0, description="Automatic mails a day to one domain's addresses no unit lists."
    )
    max_unlisted_mails_per_hour: int = Field(
        30, ge=0, description="Automatic mails per rolling hour to addresses no unit lists."
    )
    max_attempts: int = Field(5, description="Attempts before a message is quarantined.")
    reconcile_after_seconds: float = Field(
        120.0, description="A message still unprocessed this long after storing is re-queued."
    )

    outbox_lease_seconds: float = Field(
        300.0, gt=0, description="A mail being sent is claimed this long; must outlast a send."
    )
    outbox_first_backoff_seconds: float = Field(
        60.0, gt=0, description="Wait before the first retry of a mail; doubles each time."
    )
    outbox_max_backoff_seconds: float = Field(
        6 * 3600.0, gt=0, description="The longest wait between two attempts of a mail."
    )
    outbox_max_attempts: int = Field(8, ge=1, description="Attempts before a mail is failed.")

    extract_timeout: float = Field(60.0, description="Seconds one file may take to parse.")
    extract_memory_mb: int = Field(1024, description="Address-space limit of the parsing child.")

    web_host: str = "127.0.0.1"
    web_port: int = 8000
    secret_key: SecretStr | None = Field(
        None, description="Signs web sessions; generated if unset."
    )
    session_hours: float = 8.0
    behind_tls: bool = Field(False, description="Set when a TLS proxy fronts the web register.")
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Proxies (IPs or CIDRs, comma-separated) whose X-Forwarded-For/-Proto count.",
    )

    metrics_allow: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Addresses or networks (CIDR, comma-separated) that may read /metrics.",
    )
    metrics_token: SecretStr | None = Field(
        None, description="A bearer token that may read /metrics and the health details."
    )
    heartbeat_seconds: float = Field(
        30.0, gt=0, description="A role writes its heartbeat at most this often."
    )
    health_stale_seconds: float = Field(
        300.0, gt=0, description="A heartbeat older than this counts as a stopped role."
    )

    log_level: str = "INFO"

    @field_validator("trusted_authserv_ids", mode="before")
    @classmethod
    def _split_csv(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("trusted_proxies", "metrics_allow", mode="before")
    @classmethod
    def _split_networks(cls, value: object) -> object:
        if isinstance(value, str):
            value = [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("trusted_proxies", "metrics_allow")
    @classmethod
    def _valid_networks(cls, value: list[str]) -> list[str]:
        """Each entry an address or a network, written canonically (`10.0.0.0/8`)."""
        networks = []
        for item in value:
            try:
                networks.append(str(ipaddress.ip_network(item, strict=False)))
            except ValueError:
                raise ValueError(f"'{item}' is not an IP address or network (CIDR)") from None
        return networks

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'dvk.sqlite3').resolve()}"

    @property
    def inbox_dir(self) -> Path:
        return self.data_dir / "inbox"

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"

    @property
    def imap_urls(self) -> list[str]:
        return [u.strip() for u in (self.imap_url or "").split(",") if u.strip()]

    def read_secret(self, value: SecretStr | None, file: Path | None) -> str | None:
        """A secret from its variable, else from its file (first line), else None."""
        if value is not None:
            return value.get_secret_value()
        if file is not None:
            return file.read_text(encoding="utf-8").strip()
        return None

    def describe(self) -> dict[str, str]:
        """The settings as strings for `dvk config`, with every secret redacted."""
        shown: dict[str, str] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr):
                shown[name] = "***" if value.get_secret_value() else ""
            elif name.endswith("_url"):
                shown[name] = redact_url(value)
            else:
                shown[name] = "" if value is None else str(value)
        return shown
