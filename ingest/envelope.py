"""The header fields dvk keeps about a message: who, to whom, when, about what, in reply to what.

Each field is read on its own and a broken one costs only itself: dates come in every invented
format, so every step here falls back instead of failing the whole message. Addresses are the
exception to leniency: they are read by `documents.addresses`, strictly, and a From that is not
exactly one plain mailbox (two From headers, a group, an address the parsers disagree on) gives
no sender at all, with the reason among the defects: an unsure sender is no sender.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from documents.addresses import read_address_list, read_mailbox, read_sender
from ingest.headers import decode_header_text, fix_8bit

_ANGLE_ID = re.compile(r"<[^<>]*>")
_NULL_PATH = re.compile(r"\s*<\s*>\s*")
MAX_RECIPIENTS = 500


@dataclass
class Envelope:
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    sender: str | None = None
    sender_name: str | None = None
    # The From read leniently, for spotting machine senders (MAILER-DAEMON) only: it can only
    # make dvk quieter, never choose whom to answer.
    loose_sender: str | None = None
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


def sender(values: Sequence[str]) -> tuple[str | None, str | None, list[str]]:
    """(canonical address, decoded display name, defects) from every From header value.

    No address unless there is exactly one From header holding exactly one plain mailbox.
    """
    reading = read_sender([_one_line(value) for value in values])
    if reading.mailbox is None:
        defects = [f"From header gives no sender to trust: {reading.problem}"] if values else []
        return None, None, defects
    defects = [f"From header: {reading.warning}"] if reading.warning else []
    name = decode_header_text(reading.mailbox.display_name) or None
    return reading.mailbox.address, name, defects


def address(value: str | None) -> tuple[str | None, str | None]:
    """(canonical address, decoded display name) of a one-mailbox header such as Reply-To;
    (None, None) unless it holds exactly one plain mailbox."""
    if value is None:
        return None, None
    reading = read_mailbox(_one_line(value))
    if reading.mailbox is None:
        return None, None
    return reading.mailbox.address, decode_header_text(reading.mailbox.display_name) or None


def addresses(values: Sequence[str]) -> tuple[str, ...]:
    """Every readable address of To-like headers, canonical, at most MAX_RECIPIENTS."""
    return read_address_list([_one_line(value) for value in values], MAX_RECIPIENTS)


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
    froms: list[str] = []
    reply_tos: list[str] = []
    for name, value in headers:
        key = name.strip().lower()
        first.setdefault(key, value)
        if key == "from":
            froms.append(value)
        elif key == "reply-to":
            reply_tos.append(value)
    envelope = Envelope()
    fallback = charset if isinstance(charset, str) else None
    envelope.message_id = message_id(first.get("message-id"))
    envelope.in_reply_to = message_id(first.get("in-reply-to"))
    envelope.references = references(first.get("references"))
    envelope.sender, envelope.sender_name, sender_defects = sender(froms)
    envelope.defects.extend(sender_defects)
    if froms:
        loose = email.utils.parseaddr(_one_line(froms[0][:2000]))[1].strip().lower()
        envelope.loose_sender = envelope.sender or loose or None
    # Reply-To decides a recipient only when a unit lists it; two of them decide nothing.
    envelope.reply_to = address(reply_tos[0])[0] if len(reply_tos) == 1 else None
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
