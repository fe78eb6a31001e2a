"""Loop and flood protection: what we never answer, and how many automatic mails one address gets.

An autoresponder that answers autoresponders can fill two mailboxes in minutes, so every rule
here errs towards silence (RFC 3834 §2): the office reads what we do not answer.

Limits count outbox rows by recipient, through `OutboundRecipient` (one normalised, indexed row
per recipient): per mailbox (`documents.addresses.mailbox_key`: case, `+tag` and Gmail's dots
folded) per local day; per domain per local day, and for all domains per rolling hour, counting
only mail to addresses no unit lists. Rows held for the office or dropped do not count.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import Message as EmailHeaders

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from documents import clock
from documents.addresses import bare_address, domain_of, mailbox_key
from documents.lifecycle import UNCOUNTED
from documents.models import OutboundMail, OutboundRecipient

#: Every purpose the outbox knows; all of them are automatic mail.
AUTO_PURPOSES = ("ack", "reminder", "overdue", "digest")
#: Outbox states that never reached (nor will reach) anyone by themselves: not counted.
UNCOUNTED_STATES = UNCOUNTED

# Control characters, line and paragraph separators, and the invisible characters that reorder
# or hide text (bidi embeddings, overrides and isolates, marks, zero-width characters): a quoted
# subject must read the same in our mail as in the register.
_CONTROL = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+"
)
_BULK_PRECEDENCE = {"bulk", "list", "junk", "auto_reply"}


def clean_text(value: object, limit: int = 300) -> str:
    """One line of NFC text with no control characters, safe in a header or a subject.

    Extracted fields come from files anyone can send; a CR/LF in a model name must never start
    a new header (a Bcc: line) in our mail.
    """
    text = unicodedata.normalize("NFC", "" if value is None else str(value))
    text = " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def norm_address(address: str | None) -> str:
    """The canonical address (documents.addresses), or the lower-cased text when it is none."""
    text = clean_text(address or "", limit=1000)
    return bare_address(text) or text.strip("<>").strip().lower()


def message_id_tokens(*headers: str | None) -> set[str]:
    """The `<…>` ids found in In-Reply-To / References values."""
    found: set[str] = set()
    for header in headers:
        found.update(m.lower() for m in re.findall(r"<[^<>\s]+>", header or ""))
    return found


def bulk_or_auto_reason(headers: EmailHeaders) -> str | None:
    """Why a received message must not be answered automatically, judged by its headers alone."""
    auto = (headers.get("Auto-Submitted") or "").strip().lower()
    if auto and auto != "no":
        return f"Auto-Submitted: {auto}"
    precedence = (headers.get("Precedence") or "").strip().lower()
    if precedence in _BULK_PRECEDENCE:
        return f"Precedence: {precedence}"
    for name in ("List-Id", "List-Unsubscribe", "List-Post", "X-Dvk-Outbound"):
        if headers.get(name):
            return f"{name} present"
    suppress = (headers.get("X-Auto-Response-Suppress") or "").lower()
    if any(word in suppress for word in ("all", "autoreply", "oof")):
        return f"X-Auto-Response-Suppress: {suppress}"
    return None


def day_window(now: datetime, timezone: str) -> tuple[datetime, datetime]:
    """The local calendar day around `now`, as UTC bounds: the rate limit's "per day"."""
    return clock.day_bounds(now, timezone)


def _counted(since: datetime, until: datetime | None = None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        OutboundRecipient.created_at >= since,
        OutboundMail.state.not_in(UNCOUNTED_STATES),
    ]
    if until is not None:
        conditions.append(OutboundRecipient.created_at < until)
    return conditions


def mailbox_counts(keys: Iterable[str], since: datetime, until: datetime) -> Select[str, int]:
    """Counted mails per mailbox key in [since, until): read through the recipients index."""
    return (
        select(OutboundRecipient.mailbox_key, func.count())
        .join(OutboundMail, OutboundMail.id == OutboundRecipient.outbound_id)
        .where(OutboundRecipient.mailbox_key.in_(set(keys)), *_counted(since, until))
        .group_by(OutboundRecipient.mailbox_key)
    )


def mails_today(
    session: Session, addresses: Iterable[str], now: datetime, timezone: str
) -> dict[str, int]:
    """How many automatic mails each address's mailbox got (planned or sent) on `now`'s local
    day, keyed by `norm_address` of each given address; one indexed query."""
    wanted = {norm_address(a): mailbox_key(a) for a in addresses}
    if not wanted:
        return {}
    start, end = day_window(now, timezone)
    rows = session.execute(mailbox_counts(set(wanted.values()), start, end))
    counts = {key: int(count) for key, count in rows}
    return {address: counts.get(key, 0) for address, key in wanted.items()}


@dataclass(frozen=True)
class Limits:
    """The automatic-mail limits, from settings (see README, "Mail dvk sends")."""

    per_mailbox_per_day: int
    unlisted_per_domain_per_day: int
    unlisted_per_hour: int


@dataclass(frozen=True)
class Refusal:
    """A limit reached: a stable code and what the office reads."""

    code: str
    reason: str


def _unlisted_to_domain_today(session: Session, domain: str, now: datetime, timezone: str) -> int:
    start, end = day_window(now, timezone)
    return int(
        session.scalar(
            select(func.count())
            .select_from(OutboundRecipient)
            .join(OutboundMail, OutboundMail.id == OutboundRecipient.outbound_id)
            .where(
                OutboundRecipient.domain == domain,
                OutboundRecipient.listed.is_(False),
                *_counted(start, end),
            )
        )
        or 0
    )


def _unlisted_last_hour(session: Session, now: datetime) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(OutboundRecipient)
            .join(OutboundMail, OutboundMail.id == OutboundRecipient.outbound_id)
            .where(
                OutboundRecipient.listed.is_(False),
                *_counted(
                    clock.utc(now) - timedelta(hours=1), clock.utc(now) + timedelta(seconds=1)
                ),
            )
        )
        or 0
    )


def limit_refusal(
    session: Session,
    recipient: str,
    *,
    listed: bool,
    now: datetime,
    timezone: str,
    limits: Limits,
) -> Refusal | None:
    """Why one more automatic mail to `recipient` now would break a limit, or None."""
    key = mailbox_key(recipient)
    sent = mails_today(session, [recipient], now, timezone).get(norm_address(recipient), 0)
    if sent >= limits.per_mailbox_per_day:
        return Refusal(
            "limit_mailbox",
            f"Hộp thư {key} đã nhận {sent} thư tự động hôm nay "
            f"(giới hạn {limits.per_mailbox_per_day} thư mỗi ngày).",
        )
    if listed:
        return None
    domain = domain_of(recipient) or ""
    to_domain = _unlisted_to_domain_today(session, domain, now, timezone)
    if to_domain >= limits.unlisted_per_domain_per_day:
        return Refusal(
            "limit_domain",
            f"Tên miền {domain} đã nhận {to_domain} thư tự động hôm nay gửi tới địa chỉ ngoài "
            f"danh sách đơn vị (giới hạn {limits.unlisted_per_domain_per_day} thư mỗi ngày).",
        )
    last_hour = _unlisted_last_hour(session, now)
    if last_hour >= limits.unlisted_per_hour:
        return Refusal(
            "limit_global",
            f"Trong một giờ qua đã có {last_hour} thư tự động gửi tới địa chỉ ngoài danh sách "
            f"đơn vị (giới hạn {limits.unlisted_per_hour} thư mỗi giờ).",
        )
    return None
