"""Mail addresses, read one way everywhere: who sent a message, and whether two spellings are one
mailbox.

The address dvk reads from a From header decides who gets an automatic reply and which unit a
form counts for, so it must be the address the receiving server, DMARC and an SMTP server would
all read, and nothing else. A parser that takes "the first thing that looks like an address" can
be steered by the display name (`"unit@known.vn" <attacker@evil.example>`), a comment, an
encoded word or a second From header. Here:

* the header is parsed by the standard library's RFC 5322 parser (`email.headerregistry`) and,
  as a cross-check, by `email.utils.getaddresses` (strict where this Python has it); a header
  the two read differently, or that either finds broken, gives no address at all (a parser
  differential is how spoofs get in, so "unsure" is "no sender");
* exactly one mailbox: two From headers, a group, several addresses or none give no address;
* the address must be plain: a dot-atom local part (a quoted one only when quoting changes
  nothing), a host name of at least two labels (no address literal, no encoded word), written
  in canonical form: lower case, an internationalised domain in its ASCII (`xn--`) form.

`mailbox_key` is a second, looser reading used only for counting (rate limits): it folds the
spellings a provider delivers to one mailbox (`+tag`, and dots at Gmail). It is never used to
decide that an address belongs to a unit.
"""

from __future__ import annotations

import inspect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from email import errors
from email.headerregistry import AddressHeader
from email.utils import getaddresses

#: Longer one-mailbox headers are not parsed: the longest From of the mail corpus has 129
#: characters, and the stdlib's RFC 5322 parser is quadratic (and recursive) on hostile input:
#: 500 characters cost it at most about 20 ms, 1,000 about 70 ms, 2,000 about 230 ms.
MAX_HEADER_CHARS = 500
#: Providers known to ignore dots in the local part, and the domain their aliases fold into.
DOTLESS_DOMAINS: dict[str, str] = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_DOT_ATOM = re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*")
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_ADDRESS_LIKE = re.compile(r"[^\s<>,;:\"()@]+@[^\s<>,;:\"()@]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
# Strict mode (CVE-2023-27043) exists from Python 3.11.10/3.12.6 on; older ones cross-check the
# lenient reading, which the RFC 5322 parser's verdict still bounds.
_GETADDRESSES_OPTIONS: dict[str, bool] = (
    {"strict": True} if "strict" in inspect.signature(getaddresses).parameters else {}
)
# Defects of the display name only, seen on ordinary mail: "J. Smith <j@x>" is obs-phrase, and
# many clients quote encoded words or glue them to other text. Everything else is refused.
_HARMLESS_DEFECTS = (
    "period in 'phrase'",
    "comment found without atom",
    "encoded word inside quoted string",
    "missing trailing whitespace after encoded-word",
    "missing whitespace before encoded word",
)
_HARMLESS_TYPES: tuple[type[errors.MessageDefect], ...] = (
    errors.NonASCIILocalPartDefect,  # RFC 6532 allows it; `canonical_address` checks characters
    errors.InvalidBase64PaddingDefect,
    errors.InvalidBase64CharactersDefect,
    errors.InvalidBase64LengthDefect,
    errors.UndecodableBytesDefect,
)


@dataclass(frozen=True)
class Mailbox:
    """One address, canonical, with the display name as written (encoded words not decoded)."""

    address: str
    display_name: str


@dataclass(frozen=True)
class SenderReading:
    """The one mailbox of a From-like header, or why there is none to trust; `warning` notes
    what is legal but deceptive (a display name holding another address)."""

    mailbox: Mailbox | None
    problem: str | None = None
    warning: str | None = None


def _local_part(local: str) -> str | None:
    """The local part as the office would write it, or None when it needs quoting."""
    if local.startswith('"') and local.endswith('"') and len(local) >= 2:
        local = local[1:-1]  # a quoted local part is fine only when quoting changes nothing
    local = unicodedata.normalize("NFC", local)
    if not local or len(local.encode("utf-8")) > 64:
        return None
    # RFC 6532 allows UTF-8 letters, marks and digits; the specials stay forbidden.
    view = []
    for char in local:
        if char.isascii():
            view.append(char)
        elif unicodedata.category(char)[0] in "LMN":
            view.append("a")
        else:
            return None
    return local.lower() if _DOT_ATOM.fullmatch("".join(view)) else None


def canonical_domain(domain: str) -> str | None:
    """A host name in lower-case ASCII (IDNA for Unicode labels), or None when it is none."""
    domain = unicodedata.normalize("NFC", domain.strip()).lower().rstrip(".")
    if not domain or domain.startswith("[") or "=?" in domain:
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or len(ascii_domain) > 253 or labels[-1].isdigit():
        return None
    return ascii_domain if all(_LABEL.fullmatch(label) for label in labels) else None


def canonical_address(text: str | None) -> str | None:
    """A bare address (`local@domain`, no display name) in canonical form, or None."""
    if not text:
        return None
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    local, at, domain = text.rpartition("@")
    if not at or "=?" in local:
        return None
    local_part = _local_part(local)
    host = canonical_domain(domain)
    if local_part is None or host is None:
        return None
    return f"{local_part}@{host}"


def domain_of(address: str | None) -> str | None:
    """The canonical domain of an address (or of a bare domain), None when there is none."""
    if not address:
        return None
    return canonical_domain(address.rpartition("@")[2])


def mailbox_key(address: str | None) -> str:
    """One key per mailbox for counting: case folded, `+tag` removed, Gmail's dots removed.

    Deliberately looser than `canonical_address`: two spellings folded together here only share
    a rate limit, which errs on the safe side.
    """
    canonical = canonical_address(address) or (address or "").strip().strip("<>").lower()
    local, _, domain = canonical.rpartition("@")
    if not local:
        return canonical
    local = local.split("+", 1)[0] or local
    if domain in DOTLESS_DOMAINS:
        local, domain = local.replace(".", "") or local, DOTLESS_DOMAINS[domain]
    return f"{local}@{domain}"


def _unfold(value: str) -> str:
    return value.replace("\r", "").replace("\n", "")


def _spec(mailbox: object) -> str:
    return f"{getattr(mailbox, 'local_part', '') or ''}@{getattr(mailbox, 'domain', '') or ''}"


def _rfc5322_reading(value: str) -> tuple[list[tuple[str, str]], str | None]:
    """(display name, addr-spec) pairs by the stdlib's RFC 5322 parser (the parse tree that
    `email.headerregistry.AddressHeader` builds its addresses from, read directly so that a
    display name decoding to a line break is not an error), and its first serious defect."""
    tree = AddressHeader.value_parser(value)
    pairs: list[tuple[str, str]] = []
    for entry in tree.addresses:
        if entry.display_name is not None:
            return [], "a group, not a mailbox"
        for mailbox in entry.all_mailboxes:
            pairs.append((str(getattr(mailbox, "display_name", "") or ""), _spec(mailbox)))
    printable = not _CONTROL.search(value)
    for defect in tree.all_defects:
        if isinstance(defect, _HARMLESS_TYPES):
            continue
        if isinstance(defect, errors.NonPrintableDefect) and printable:
            continue  # from a decoded encoded word, i.e. a display name: text, not structure
        if not any(harmless in str(defect) for harmless in _HARMLESS_DEFECTS):
            return [], str(defect) or defect.__class__.__name__
    return pairs, None


def _legacy_reading(value: str) -> list[tuple[str, str]]:
    found = getaddresses([value], **_GETADDRESSES_OPTIONS)
    return [(name, addr) for name, addr in found if name or addr]


def read_mailbox(value: str) -> SenderReading:
    """The single mailbox of one header value (From, Reply-To, Return-Path), strictly."""
    value = _unfold(value)
    if not value.strip():
        return SenderReading(None, "empty")
    if len(value) > MAX_HEADER_CHARS:
        return SenderReading(None, f"longer than {MAX_HEADER_CHARS} characters")
    try:
        pairs, defect = _rfc5322_reading(value)
        legacy = _legacy_reading(value)
    except Exception as exc:  # the stdlib's parsers raise many kinds on hostile input
        return SenderReading(None, f"cannot be parsed ({exc.__class__.__name__})")
    if defect:
        return SenderReading(None, defect)
    if len(pairs) != 1:
        return SenderReading(None, f"{len(pairs)} addresses, not one")
    name, spec = pairs[0]
    address = canonical_address(spec)
    if address is None:
        return SenderReading(None, f"not a plain address: {spec[:80]!r}")
    if len(legacy) != 1 or canonical_address(legacy[0][1]) != address:
        # Two standard parsers disagree about who this is: trust neither.
        return SenderReading(None, "parsers disagree on the address")
    display = legacy[0][0] or name
    warning = None
    shown = {canonical_address(t) for t in _ADDRESS_LIKE.findall(name)} - {None, address}
    if shown:
        warning = f"the display name shows another address ({sorted(map(str, shown))[0]})"
    return SenderReading(Mailbox(address, display), None, warning)


def bare_address(text: str | None) -> str | None:
    """The canonical address of `a@b` or of a one-mailbox value such as `Name <a@b>`."""
    if not text:
        return None
    found = canonical_address(text)
    if found is None:
        mailbox = read_mailbox(text).mailbox
        found = mailbox.address if mailbox is not None else None
    return found


def read_sender(values: Sequence[str]) -> SenderReading:
    """The sender of a message from all its From header values: exactly one header, one mailbox."""
    if not values:
        return SenderReading(None, "no From header")
    if len(values) > 1:
        return SenderReading(None, f"{len(values)} From headers")
    return read_mailbox(values[0])


def read_address_list(values: Sequence[str], limit: int) -> tuple[str, ...]:
    """Every readable address of To-like headers, canonical, at most `limit`.

    These headers only inform (they never decide a reply), and may be huge, so they are read
    by the fast `getaddresses` alone; unreadable entries are skipped.
    """
    found: list[str] = []
    for value in values:
        value = _unfold(value)
        try:
            specs = [addr for _, addr in getaddresses([value])]
        except Exception:  # the stdlib's parser raises many kinds on hostile input
            specs = _ADDRESS_LIKE.findall(value)
        for spec in specs:
            address = canonical_address(spec)
            if address is not None:
                found.append(address)
            if len(found) >= limit:
                return tuple(found)
    return tuple(found)
