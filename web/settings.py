"""The settings of the web register (`web.app`): where it listens, its sessions and the
proxies in front of it."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode

from documents.settings import CoreSettings, canonical_networks, split_csv


class WebSettings(CoreSettings):
    """`DVK_WEB_*`, `DVK_SECRET_KEY`, `DVK_SESSION_HOURS`, `DVK_BEHIND_TLS`, `DVK_TRUSTED_PROXIES`."""

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

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: object) -> object:
        return split_csv(value)

    @field_validator("trusted_proxies")
    @classmethod
    def _valid_proxies(cls, value: list[str]) -> list[str]:
        return canonical_networks(value)
