"""The header fields dvk keeps about a message: who, to whom, when, about what, in reply to what.

Each field is read on its own and a broken one costs only itself: the stdlib's address parser
recurses once per address and overflows the stack on a few thousand of them, and dates come in
every invented format, so every step here falls back instead of failing the whole message.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ingest.headers import decode_header_text, fix_8bit

_ANGLE_ID = re.compile(r"<[^<>]*>")
_BARE_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+")
_NULL_PATH = re.compile(r"\s*<\s*>\s*")
MAX_RECIPIENTS = 500


@dataclass
class Envelope:
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    sender: str | None = None
    sender_name: str | None = None
    reply_to: str | None = None
    return_path: str | None = None
    to: tuple[str, ...] = ()
    subject: str | None = None
    date: datetime | None = None
    defects: list[str] = field(default_factory=list)


def message_id(value: str | None) -> str | None:
    """The first <…> token with white space removed; a bare id gets its angle brackets."""
    if value is None:
        return None
    compact = "".join(fix_8bit(value).split())
    match = _ANGLE_ID.search(compact)
    if match:
        return match.group(0) if len(match.group(0)) > 2 else None
    return f"<{compact}>" if compact else None


def references(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    text = fix_8bit(value)
    found = ["".join(token.split()) for token in _ANGLE_ID.findall(text)]
    if not found:
        found = [f"<{token}>" for token in text.split()]
    return tuple(token for token in found if len(token) > 2)


def _one_line(value: str) -> str:
    return fix_8bit(value).replace("\r", "").replace("\n", " ")


def address(value: str | None) -> tuple[str | None, str | None]:
    """(lower-cased address, decoded display name) of a one-address header such as From."""
    if value is None:
        return None, None
    line = _one_line(value)
    try:
        name, addr = email.utils.parseaddr(line)
    except (RecursionError, ValueError, IndexError):
        name, addr = "", ""
    compact = "".join(addr.split()).lower()
    if not compact or (" " in addr.strip()):
        bare = _BARE_ADDRESS.search(line)  # e.g. two addresses in one From without a comma
        compact = bare.group(0).lower() if bare else compact
    return compact or None, decode_header_text(name) or None


def addresses(values: Sequence[str]) -> tuple[str, ...]:
    """Every address of To-like headers, lower-cased, at most MAX_RECIPIENTS."""
    lines = [_one_line(value) for value in values]
    try:
        found = [addr for _, addr in email.utils.getaddresses(lines)]
    except (RecursionError, ValueError, IndexError):
        found = [match.group(0) for line in lines for match in _BARE_ADDRESS.finditer(line)]
    cleaned = ("".join(addr.split()).lower() for addr in found)
    return tuple(addr for addr in cleaned if addr)[:MAX_RECIPIENTS]


def return_path(value: str | None) -> str | None:
    """ "" for the null return path `<>`, the address otherwise, None when the header is absent."""
    if value is None:
        return None
    if _NULL_PATH.fullmatch(value) or not value.strip():
        return ""
    return address(value)[0] or ""


def date(value: str | None) -> datetime | None:
    """Timezone-aware; a date without a zone (`-0000`) is taken as UTC. Raises ValueError."""
    if value is None:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(" ".join(fix_8bit(value).split()))
    except (TypeError, ValueError, IndexError, OverflowError) as exc:
        raise ValueError(str(exc)) from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def read_envelope(headers: Sequence[tuple[str, str]], *, charset: object = None) -> Envelope:
    """The envelope fields from raw (name, value) header pairs, top first; never raises.

    `charset` (the top Content-Type's) helps decode raw 8-bit bytes in the Subject.
    """
    first: dict[str, str] = {}
    for name, value in headers:
        first.setdefault(name.strip().lower(), value)
    envelope = Envelope()
    fallback = charset if isinstance(charset, str) else None
    envelope.message_id = message_id(first.get("message-id"))
    envelope.in_reply_to = message_id(first.get("in-reply-to"))
    envelope.references = references(first.get("references"))
    envelope.sender, envelope.sender_name = address(first.get("from"))
    if first.get("from") is not None and envelope.sender is None:
        envelope.defects.append("From header has no readable address")
    envelope.reply_to = address(first.get("reply-to"))[0]
    envelope.return_path = return_path(first.get("return-path"))
    envelope.to = addresses([value for name, value in headers if name.strip().lower() == "to"])
    raw_subject = first.get("subject")
    if raw_subject is not None:
        envelope.subject = decode_header_text(raw_subject, fallback)
    try:
        envelope.date = date(first.get("date"))
    except ValueError:
        envelope.defects.append(f"Date header cannot be read: {first['date'].strip()[:80]!r}")
    return envelope
