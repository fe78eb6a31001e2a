"""The settings of mail coming in: the IMAP mailboxes (see `ingest.imap`), the drop folder
(`ingest.dropfolder`) and whose Authentication-Results are trusted (`ingest.authenticity`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode

from documents.settings import CoreSettings, split_csv, url_without_password


class IngestSettings(CoreSettings):
    """`DVK_IMAP_*`, `DVK_DROP_FOLDER_POLL_INTERVAL` and `DVK_TRUSTED_AUTHSERV_IDS`."""

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
    imap_parallel_drains: int = Field(
        4,
        ge=1,
        description="Folders storing at once (two database connections each, from a pool of "
        "15); every folder keeps its own connection and IDLE, the others wait their turn.",
    )
    imap_refresh_seconds: float = Field(
        60.0, gt=0, description="How often the watcher looks for added or removed accounts."
    )
    drop_folder_poll_interval: float = Field(
        1.0, gt=0, description="Seconds between looks into the drop folder (no IMAP URL)."
    )

    trusted_authserv_ids: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Authentication-Results authserv-ids written by our own receiving server.",
    )

    @field_validator("trusted_authserv_ids", mode="before")
    @classmethod
    def _split_csv(cls, value: object) -> object:
        return split_csv(value)

    @property
    def imap_urls(self) -> list[str]:
        return [u.strip() for u in (self.imap_url or "").split(",") if u.strip()]

    def watched_mailboxes(self) -> list[str]:
        return [url_without_password(url)[0] for url in self.imap_urls]
