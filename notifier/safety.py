"""Loop and flood protection: what we never answer, and how many automatic mails one address gets.

An autoresponder that answers autoresponders can fill two mailboxes in minutes, so every rule
here errs towards silence (RFC 3834 §2): the office reads what we do not answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from email.message import Message as EmailHeaders

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents import clock
from documents.models import OutboundMail

#: Every purpose the outbox knows; all of them are automatic mail.
AUTO_PURPOSES = ("ack", "reminder", "overdue", "digest")

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
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
    return clean_text(address or "").strip("<>").strip().lower()


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


def mails_today(
    session: Session, addresses: Iterable[str], now: datetime, timezone: str
) -> dict[str, int]:
    """How many automatic mails each address got (planned or sent) on `now`'s local day."""
    wanted = {norm_address(a) for a in addresses}
    counts = dict.fromkeys(wanted, 0)
    start, end = day_window(now, timezone)
    rows = session.scalars(
        select(OutboundMail.to_addrs).where(
            OutboundMail.created_at >= start,
            OutboundMail.created_at < end,
            OutboundMail.state != "cancelled",
        )
    )
    for to_addrs in rows:
        for address in to_addrs or ():
            key = norm_address(str(address))
            if key in counts:
                counts[key] += 1
    return counts


def within_limit(
    session: Session, addresses: Sequence[str], now: datetime, timezone: str, limit: int
) -> list[str]:
    """The addresses that may still receive one more automatic mail today."""
    counts = mails_today(session, addresses, now, timezone)
    return [a for a in addresses if counts.get(norm_address(a), 0) < limit]
