"""The settings every part shares (database, data folder, units, limits, operations), and the
helpers the parts' own settings use.

Each part keeps its settings beside its code: `ingest.settings` (IMAP, the drop folder),
`notifier.settings` (SMTP, the outbox, sending limits), `web.settings` (the web register). The
composition root (`workers.settings.Settings`) is all of them in one object, read once from
`DVK_` environment variables and an optional `.env`; no module reads the environment at import
time. A part's code is typed with its own settings class, so it cannot reach another part's.
Secrets are `SecretStr` and URLs are shown through `redact_url`, so a password never reaches a
log line or an error message.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated
from urllib.parse import unquote, urlsplit, urlunsplit

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


def url_without_password(url: str) -> tuple[str, str | None]:
    """`url` with its password taken out, and that password (None when it had none)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    netloc = (parts.username or "") + "@" + (parts.hostname or "")
    netloc += f":{parts.port}" if parts.port else ""
    public = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return public, unquote(parts.password)


def split_csv(value: object) -> object:
    """A comma-separated environment value as a list of its non-empty items."""
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


def canonical_networks(value: list[str]) -> list[str]:
    """Each entry an address or a network, written canonically (`10.0.0.0/8`)."""
    networks = []
    for item in value:
        try:
            networks.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError:
            raise ValueError(f"'{item}' is not an IP address or network (CIDR)") from None
    return networks


class CoreSettings(BaseSettings):
    """What every part needs; every field maps to a `DVK_<NAME>` environment variable."""

    model_config = SettingsConfigDict(
        env_prefix="DVK_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(Path("var"), description="Working folder for the embedded defaults.")
    database_url: str | None = Field(None, description="SQLAlchemy URL; default SQLite.")
    broker_url: str | None = Field(None, description="Celery broker; unset: in-process.")

    units_file: Path | None = None
    campaign_file: Path | None = None
    office_email: str | None = Field(None, description="The office's address: From of our mail.")
    max_attempts: int = Field(5, description="Attempts before a message is quarantined.")
    reconcile_after_seconds: float = Field(
        120.0, description="A message still unprocessed this long after storing is re-queued."
    )

    extract_timeout: float = Field(60.0, description="Seconds one file may take to parse.")
    extract_memory_mb: int = Field(1024, description="Address-space limit of the parsing child.")

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

    @field_validator("metrics_allow", mode="before")
    @classmethod
    def _split_networks(cls, value: object) -> object:
        return split_csv(value)

    @field_validator("metrics_allow")
    @classmethod
    def _valid_networks(cls, value: list[str]) -> list[str]:
        return canonical_networks(value)

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'dvk.sqlite3').resolve()}"

    @property
    def inbox_dir(self) -> Path:
        return self.data_dir / "inbox"

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"

    def watched_mailboxes(self) -> list[str]:
        """The configured mail sources, redacted, as the watcher names its heartbeats; the
        ingest settings know them (none here: the drop folder)."""
        return []

    def mail_out_target(self) -> str:
        """Where our mail goes, redacted; the notifier settings know (here: the outbox folder)."""
        return f"folder {self.outbox_dir}"

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
