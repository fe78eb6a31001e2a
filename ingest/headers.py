"""Lenient decoding of header values and MIME parameters.

Mail is parsed with the stdlib's fast `compat32` policy, which leaves header values raw: RFC 2047
encoded words undecoded and 8-bit bytes as surrogate escapes. The stdlib's own decoders give up
on what real clients send (encoded words inside quoted parameters or with no quotes at all,
RFC 2231 values whose declared charset is wrong, raw UTF-8 or windows-1258 bytes), so this module
decodes such values itself and never raises.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
import unicodedata
from urllib.parse import unquote_to_bytes

# Charsets that senders declare for bytes that are really in a sibling charset.
_SIBLINGS: dict[str, tuple[str, ...]] = {
    "iso2022_jp": ("cp932", "euc_jp"),
    "shift_jis": ("cp932",),
    "euc_jp": ("cp932",),
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "euc_kr": ("cp949",),
    "iso8859_1": ("cp1252",),
    "ascii": ("cp1252",),
}
# What is tried after the declared charset: UTF-8 is by far the most common truth, then the
# Vietnamese Windows code page; latin-1 never fails, so decoding always ends somewhere.
_SINGLE_BYTE = frozenset(
    {"ascii", "iso8859_1", "iso8859_2", "iso8859_15", "cp1250", "cp1251", "cp1252", "cp1258"}
)
_FALLBACKS = ("utf-8", "cp1258", "latin-1")

_ENCODED_WORD = re.compile(
    r"=\?(?P<charset>[^?*\s]+)(?:\*[^?\s]*)?\?(?P<enc>[bBqQ])\?(?P<text>[^?\s]*)\?="
)
_BASE64_TEXT = re.compile(r"[A-Za-z0-9+/]*=*")
_BETWEEN_WORDS = re.compile(r"(\?=)\s+(=\?)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def codec_name(charset: str | None) -> str | None:
    """Python's codec for a MIME charset label, or None when Python does not know it."""
    if not charset:
        return None
    label = charset.strip().strip("\"'").lower()
    if not label.isascii() or "\x00" in label:
        return None
    candidates = [label]
    if label.startswith("x-"):
        candidates.append(label[2:])  # x-mac-cyrillic → mac-cyrillic
    candidates.append(label.replace("-", "_"))
    if label.endswith(("-i", "-e")):
        candidates.append(label[:-2])  # iso-8859-8-i (logical Hebrew) → iso-8859-8
    for candidate in candidates:
        try:
            return codecs.lookup(candidate).name.replace("-", "_")
        except (LookupError, ValueError):
            continue
    return None


def decode_bytes(data: bytes, charset: str | None = None) -> tuple[str, bool]:
    """Decode `data`, trusting `charset` only if the bytes agree; returns (text, used_fallback)."""
    declared = codec_name(charset)
    if declared in _SINGLE_BYTE and not data.isascii():
        # Valid multi-byte UTF-8 almost never happens by chance in single-byte text, while
        # clients that label UTF-8 as latin-1 or windows-1258 are common.
        try:
            return data.decode("utf-8"), True
        except UnicodeDecodeError:
            pass
    order: list[str] = []
    if declared:
        order.append(declared)
        order.extend(_SIBLINGS.get(declared, ()))
    for name in order:
        try:
            return data.decode(name), False
        except (UnicodeDecodeError, LookupError):
            continue
    fallbacks: tuple[str, ...] = _FALLBACKS
    if declared and declared not in _SINGLE_BYTE:
        # A known multi-byte charset with a few bad bytes: its own reading with U+FFFD for the
        # bad ones beats reading the whole thing as Vietnamese.
        fallbacks = ("utf-8", f"{declared}:replace")
    for name in fallbacks:
        codec, _, errors = name.partition(":")
        try:
            return data.decode(codec, errors or "strict"), bool(charset) or name != "utf-8"
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1"), True  # pragma: no cover - latin-1 decodes every byte


def fix_8bit(value: str, charset: str | None = None) -> str:
    """Decode raw 8-bit bytes left in a header string (UTF-8 first, then `charset`, …)."""
    if value.isascii():
        return value
    try:
        data = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # pragma: no cover - only surrogates outside the escape range
        return value.encode("utf-8", "replace").decode("utf-8")
    if charset is None:
        return decode_bytes(data, None)[0]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(data, charset)[0]


def _word_bytes(enc: str, text: str) -> bytes | None:
    try:
        if enc in "bB":
            if not _BASE64_TEXT.fullmatch(text):
                return None
            text = text.rstrip("=")
            return base64.b64decode(text + "=" * (-len(text) % 4), validate=False)
        return quopri.decodestring(text.replace("_", " ").encode("ascii"), header=False)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


def decode_words(value: str, fallback_charset: str | None = None) -> str:
    """Decode every RFC 2047 encoded word in `value`, wherever it sits (even inside quotes).

    White space between two adjacent encoded words is dropped, as the RFC says, and adjacent
    words in one charset are decoded together: many clients split a long name in the middle of
    a UTF-8 character. A word that does not decode is left as it was sent.
    """
    value = fix_8bit(value, fallback_charset)
    if "=?" not in value:
        return value
    value = _BETWEEN_WORDS.sub(r"\1\2", value)
    out: list[str] = []
    position = 0
    run: bytearray | None = None
    run_charset = ""
    run_end = -1

    def flush() -> None:
        nonlocal run
        if run is not None:
            out.append(decode_bytes(bytes(run), run_charset)[0])
            run = None

    for match in _ENCODED_WORD.finditer(value):
        data = _word_bytes(match["enc"], match["text"])
        charset = match["charset"].lower()
        if data is None or match.start() != run_end or charset != run_charset:
            flush()
            out.append(value[position : match.start()])
        if data is None:
            out.append(match.group(0))
        else:
            if run is None:
                run, run_charset = bytearray(), charset
            run += data
        position = run_end = match.end()
    flush()
    out.append(value[position:])
    return "".join(out)


def clean_text(value: str) -> str:
    """NFC, control characters removed, runs of white space (folding included) made one space."""
    value = _CONTROL.sub(" ", value.replace("\r", " ").replace("\n", " ").replace("\t", " "))
    return unicodedata.normalize("NFC", " ".join(value.split()))


def decode_header_text(value: str | None, fallback_charset: str | None = None) -> str | None:
    """A free-text header (Subject, a display name) as readable NFC text; None stays None."""
    if value is None:
        return None
    return clean_text(decode_words(value, fallback_charset))


def _split_params(value: str) -> list[str]:
    """Split a structured header at top-level semicolons, honouring quoted strings."""
    items: list[str] = []
    current: list[str] = []
    quoted = False
    escaped = False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\" and quoted:
            current.append(char)
            escaped = True
        elif char == '"':
            quoted = not quoted
            current.append(char)
        elif char == ";" and not quoted:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    if value.startswith('"'):  # an unterminated quote: keep what is there
        return value[1:]
    return value


def parse_params(value: str | None) -> tuple[str, dict[str, str]]:
    """(lower-cased main value, {param name: raw value}) of a Content-Type/-Disposition header.

    Values are unquoted but not decoded; RFC 2231 pieces keep their `name*0*` keys so that
    `param_value` can reassemble them. Later duplicates do not override the first.
    """
    if not value:
        return "", {}
    items = _split_params(value.replace("\r", "").replace("\n", ""))
    main = items[0].strip().lower()
    params: dict[str, str] = {}
    for item in items[1:]:
        name, sep, raw = item.partition("=")
        if not sep:
            continue
        key = name.strip().lower()
        if key and key not in params:
            params[key] = _unquote(raw)
    return main, params


_RFC2231_KEY = re.compile(r"^(?P<name>[^*]+)\*(?:(?P<index>\d+)\*?|)$")


def param_value(
    params: dict[str, str], name: str, fallback_charset: str | None = None
) -> str | None:
    """The decoded value of parameter `name` (RFC 2231 pieces, RFC 2047 words, raw 8-bit)."""
    pieces: list[tuple[int, bool, str]] = []
    for key, raw in params.items():
        match = _RFC2231_KEY.match(key)
        if match is None or match["name"] != name:
            continue
        index = int(match["index"]) if match["index"] is not None else 0
        pieces.append((index, key.endswith("*"), raw))
    if pieces:
        pieces.sort(key=lambda piece: piece[0])
        charset: str | None = None
        data = bytearray()
        for position, (_, encoded, raw) in enumerate(pieces):
            if encoded:
                if position == 0 and raw.count("'") >= 2:
                    charset, _, raw = raw.split("'", 2)
                data += unquote_to_bytes(raw.encode("utf-8", "surrogateescape"))
            else:
                data += raw.encode("utf-8", "surrogateescape")
        return decode_words(decode_bytes(bytes(data), charset or fallback_charset)[0])
    if name in params:
        return decode_words(params[name], fallback_charset)
    return None
