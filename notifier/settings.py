"""The settings of mail going out: the SMTP server (`notifier.senders`), the outbox's retries
(`notifier.outbox`), the templates and the limits on automatic mail (`notifier.ack`)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr

from documents.settings import CoreSettings, redact_url


class NotifierSettings(CoreSettings):
    """`DVK_SMTP_*`, `DVK_OUTBOX_*`, `DVK_TEMPLATES_DIR` and `DVK_MAX_*_MAILS_*`."""

    smtp_url: str | None = Field(
        None, description="smtp://user@host:587 (STARTTLS), smtps://…:465; unset writes .eml files."
    )
    smtp_password: SecretStr | None = None
    smtp_password_file: Path | None = None
    smtp_verify_tls: bool = True

    templates_dir: Path | None = Field(None, description="Folder of overriding mail templates.")
    max_auto_mails_per_day: int = Field(
        10, ge=0, description="Automatic mails per mailbox (+tag, case, Gmail dots folded) a day."
    )
    max_unlisted_mails_per_domain_per_day: int = Field(
        20, ge=0, description="Automatic mails a day to one domain's addresses no unit lists."
    )
    max_unlisted_mails_per_hour: int = Field(
        30, ge=0, description="Automatic mails per rolling hour to addresses no unit lists."
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

    def mail_out_target(self) -> str:
        return redact_url(self.smtp_url) or super().mail_out_target()
