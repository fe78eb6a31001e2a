"""Turn a draft (who, what, which templates) into the exact bytes we send, once and for all.

The bytes are stored in the outbox, so a retry sends the very same message: same Message-ID
(derived from the idempotency key), same Date, same body. Headers are RFC 3834 automatic-mail
headers plus `X-Dvk-Outbound`, which our own ingest uses to recognise mail that came from us.
"""

from __future__ import annotations

import email.policy
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from documents import clock
from notifier.safety import clean_text, norm_address


@dataclass(frozen=True)
class Draft:
    """One automatic mail before it has bytes: everything `build` needs, nothing more."""

    purpose: str  # ack | reminder | overdue | digest
    idempotency_key: str
    mail_from: str
    to: tuple[str, ...]
    subject: str
    template: str  # base name: "ack" renders ack.txt.j2 and ack.html.j2
    context: Mapping[str, Any]
    in_reply_to: str | None = None
    references: str | None = None

    @property
    def auto_submitted(self) -> str:
        return "auto-replied" if self.purpose == "ack" else "auto-generated"


@lru_cache(maxsize=8)
def template_environment(templates_dir: Path | None) -> jinja2.Environment:
    """Our templates, each overridable by a file of the same name in `templates_dir`."""
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    loaders.append(jinja2.PackageLoader("notifier", "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2", "html"), default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.ChainableUndefined,
    )
    env.filters["vn_date"] = lambda d: d.strftime("%d/%m/%Y") if d else ""
    return env


def render(templates_dir: Path | None, name: str, context: Mapping[str, Any]) -> tuple[str, str]:
    """The plain-text and HTML bodies of template `name`."""
    env = template_environment(templates_dir)
    text = env.get_template(f"{name}.txt.j2").render(context)
    html = env.get_template(f"{name}.html.j2").render(context)
    return text, html


def domain_of(address: str) -> str:
    domain = norm_address(address).rpartition("@")[2]
    return re.sub(r"[^a-z0-9.-]", "", domain) or "dvk.invalid"


def make_message_id(idempotency_key: str, domain: str) -> str:
    """A Message-ID fixed by the idempotency key: a resend, even a re-plan, carries the same id."""
    readable = re.sub(r"[^A-Za-z0-9-]+", ".", idempotency_key).strip(".")[:120]
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:16]
    return f"<{readable}.{digest}@{domain}>"


def build(draft: Draft, *, now: datetime, templates_dir: Path | None) -> tuple[bytes, str]:
    """The message's bytes and its Message-ID."""
    text, html = render(templates_dir, draft.template, draft.context)
    message_id = make_message_id(draft.idempotency_key, domain_of(draft.mail_from))
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = clean_text(draft.mail_from)
    msg["To"] = ", ".join(clean_text(a) for a in draft.to)
    msg["Subject"] = clean_text(draft.subject, limit=250)
    msg["Date"] = format_datetime(clock.utc(now))
    msg["Message-ID"] = message_id
    if draft.in_reply_to:
        msg["In-Reply-To"] = clean_text(draft.in_reply_to, limit=998)
    if draft.references:
        msg["References"] = clean_text(draft.references, limit=4000)
    msg["Auto-Submitted"] = draft.auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    if draft.purpose == "ack":
        msg["Precedence"] = "auto_reply"
    msg["X-Dvk-Outbound"] = draft.purpose
    msg.set_content(text, charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    # A boundary from the key, not random: the same draft always gives the same bytes.
    msg.set_boundary("dvk-" + message_id.strip("<>").partition("@")[0][-16:] + "-alt")
    # Bodies are built with \n line ends; SMTP policy writes every line end as CRLF.
    return msg.as_bytes(policy=email.policy.SMTP), message_id
