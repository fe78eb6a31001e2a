"""Which mail deserves an acknowledgement: tell people's mail from machines' mail.

Acknowledging an auto-reply or a bounce starts a mail loop, and acknowledging our own outgoing
mail (copied back into the inbox) is worse, so anything a machine wrote is recognised here from
its headers. Order of precedence: own > bounce > auto_reply > normal, with one refinement: a null
return path (`Return-Path: <>`) makes a bounce only when the message does not also mark itself as
an automatic reply, since RFC 3834 responders are told to send with exactly that return path.

Signals differ in strength. Auto-Submitted, X-Autoreply, X-Autorespond, `Precedence: auto_reply`
and an auto-reply subject are written only by responders. X-Auto-Response-Suppress, `List-*` and
`Precedence: bulk|junk|list` also sit on people's mail: Exchange stamps the first on mail sent
through a distribution list or Windows' "Send to > Mail recipient", and a unit may write through
a Google Group. Since only "normal" mail has its forms registered, these weak signals classify a
message as auto_reply only when it carries no document (PDF, Word, ODF, spreadsheet, archive):
a form must never be lost to a header, and the notifier checks these headers again before
acknowledging anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NORMAL = "normal"
AUTO_REPLY = "auto_reply"
BOUNCE = "bounce"
OWN = "own"

OUTBOUND_HEADER = "x-dvk-outbound"  # set by dvk's notifier on every mail it sends

_AUTO_HEADERS = frozenset({"x-autoreply", "x-autorespond"})
_WEAK_HEADERS = frozenset({"x-auto-response-suppress"})
_BULK_PRECEDENCE = frozenset({"bulk", "junk", "list"})
_BOUNCE_LOCAL_PARTS = frozenset({"mailer-daemon", "postmaster"})
_AUTO_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto(?:matic)?[- ]?reply|autoreply|out of office|"
    r"trả lời tự động|tự động trả lời|réponse automatique|abwesenheitsnotiz)\s*:",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(undeliverable|undelivered mail returned to sender|delivery status notification "
    r"\(failure\)|mail delivery failed|returned mail|failure notice|delivery failure)",
    re.IGNORECASE,
)
_REPORT_TYPES = frozenset({"multipart/report", "message/delivery-status"})
#: Parts that carry a message (or its headers) back to its sender.
_RETURNED_TYPES = frozenset({"message/rfc822", "text/rfc822-headers", "message/global"})
#: Local parts of addresses that say no person reads them.
_NO_REPLY = re.compile(r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply)(?:[-_.+].*)?$")
_COMMENT = re.compile(r"\([^)]*\)")


def _value(text: str) -> str:
    return _COMMENT.sub("", text).strip().strip('"').lower()


def is_auto_reply(
    headers: Iterable[tuple[str, str]], subject: str | None, *, carries_documents: bool = False
) -> bool:
    """RFC 3834 and the de-facto headers and subjects of vacation responders and lists (the weak
    signals only when the message carries no document, see the module docstring)."""
    weak = False
    for name, value in headers:
        key = name.strip().lower()
        if key == "auto-submitted" and _value(value) not in ("", "no"):
            return True
        if key in _AUTO_HEADERS:
            return True
        if key == "precedence" and _value(value) == "auto_reply":
            return True
        if key in _WEAK_HEADERS or key.startswith("list-"):
            weak = True
        if key == "precedence" and _value(value) in _BULK_PRECEDENCE:
            weak = True
    if subject and _AUTO_SUBJECT.match(subject):
        return True
    return weak and not carries_documents


def is_bounce(
    content_types: Iterable[str],
    sender: str | None,
    return_path: str | None,
    subject: str | None = None,
) -> bool:
    """A delivery report: by its MIME shape, its null return path, its daemon sender or the
    subject every common MTA gives its non-standard bounces."""
    if return_path == "" or (subject and _BOUNCE_SUBJECT.match(subject)):
        return True
    if sender and sender.split("@", 1)[0] in _BOUNCE_LOCAL_PARTS:
        return True
    return any(content_type in _REPORT_TYPES for content_type in content_types)


def classify(
    headers: Iterable[tuple[str, str]],
    *,
    content_types: Iterable[str],
    sender: str | None,
    subject: str | None,
    return_path: str | None,
    own_addresses: frozenset[str] = frozenset(),
    carries_documents: bool = False,
) -> str:
    """`own`, `bounce`, `auto_reply` or `normal` for a message.

    `headers` are the top-level (name, raw value) pairs; `content_types` the media types of the
    message's own parts (not those of forwarded messages inside it); `sender` the lower-cased
    From address; `return_path` "" for a null return path, None when absent;
    `carries_documents` whether any file is a document (not an image) by its sniffed type.
    """
    header_list = list(headers)
    own = {address.strip().lower() for address in own_addresses}
    if (sender and sender in own) or any(
        name.strip().lower() == OUTBOUND_HEADER for name, _ in header_list
    ):
        return OWN
    auto_reply = is_auto_reply(header_list, subject, carries_documents=carries_documents)
    # RFC 3834 asks responders to send with a null return path, so "<>" alone does not make a
    # vacation reply a bounce (a bounce may mark the unit's address as failing downstream).
    types = list(content_types)
    if is_bounce(types, sender, None if auto_reply else return_path, subject):
        return BOUNCE
    if not carries_documents and returned_by_machine(types, sender):
        return BOUNCE
    return AUTO_REPLY if auto_reply else NORMAL


def returned_by_machine(content_types: Iterable[str], sender: str | None) -> bool:
    """A message handed back by an address nobody reads (`no-reply@…`): a non-standard bounce,
    whatever language its subject is in (carriers send these with a plain multipart/mixed)."""
    local = sender.split("@", 1)[0] if sender else ""
    return bool(_NO_REPLY.match(local)) and any(t in _RETURNED_TYPES for t in content_types)
