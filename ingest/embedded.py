"""Files pasted into a text body: uuencode (old Outlook Express, mail from scripts) and yEnc.

No MIME part announces them, so a parser that only walks parts loses them. Each block found is
cut out of the text, so the body shown in the register does not carry kilobytes of encoded noise.
"""

from __future__ import annotations

import binascii
import re
import zlib
from dataclasses import dataclass, field

from ingest.archives import InnerFile
from ingest.headers import decode_bytes

_UU_BEGIN = re.compile(rb"^begin [0-7]{3,4} ([^\r\n]+)\r?$", re.MULTILINE)
_UU_END = re.compile(rb"^end\r?$", re.MULTILINE)
_Y_BEGIN = re.compile(rb"^=ybegin (?P<params>[^\r\n]*)\r?$", re.MULTILINE)
_Y_END = re.compile(rb"^=yend(?P<params>[^\r\n]*)\r?$", re.MULTILINE)
_Y_NAME = re.compile(rb"\bname=([^\r\n]*)")
_Y_CRC = re.compile(rb"\b(?:pcrc32|crc32)=([0-9a-fA-F]{1,8})")


@dataclass
class Embedded:
    """The files found, the text with their blocks removed, and what went wrong."""

    files: list[InnerFile] = field(default_factory=list)
    text: bytes = b""
    defects: list[str] = field(default_factory=list)


def extract_embedded(data: bytes) -> Embedded:
    """Find uuencode and yEnc blocks in a text body; cheap when there are none."""
    result = Embedded(text=data)
    spans: list[tuple[int, int]] = []
    if b"begin " in data:
        spans += _uudecode_blocks(data, result)
    if b"=ybegin " in data:
        spans += _ydecode_blocks(data, result)
    for start, end in sorted(spans, reverse=True):
        result.text = result.text[:start] + result.text[end:]
    return result


def _uudecode_blocks(data: bytes, out: Embedded) -> list[tuple[int, int]]:
    spans = []
    position = 0
    while match := _UU_BEGIN.search(data, position):
        end = _UU_END.search(data, match.end())
        if end is None:
            break
        decoded = bytearray()
        try:
            for line in data[match.end() : end.start()].splitlines():
                if line.strip():
                    decoded += _uu_line(line)
        except binascii.Error as exc:
            out.defects.append(f"uuencoded block cannot be decoded: {exc}")
        else:
            name = decode_bytes(match[1].strip(), None)[0]
            out.files.append(InnerFile(path=f"uu:{name}", name=name, data=bytes(decoded)))
            spans.append((match.start(), end.end()))
        position = end.end()
    return spans


def _uu_line(line: bytes) -> bytes:
    try:
        return binascii.a2b_uu(line)
    except binascii.Error:
        # Some encoders pad lines wrongly; decode the length the first byte announces.
        length = ((line[0] - 32) & 63) * 4 + 5
        return binascii.a2b_uu(line[: length // 3])


def _ydecode_blocks(data: bytes, out: Embedded) -> list[tuple[int, int]]:
    spans = []
    position = 0
    while match := _Y_BEGIN.search(data, position):
        end = _Y_END.search(data, match.end())
        if end is None:
            break
        decoded = bytearray()
        for line in data[match.end() : end.start()].splitlines():
            if not line.startswith(b"=ypart "):
                decoded += _y_line(line)
        name_match = _Y_NAME.search(match["params"])
        name = decode_bytes(name_match[1].strip(), None)[0] if name_match else None
        crc = _Y_CRC.search(end["params"])
        if crc and int(crc[1], 16) != zlib.crc32(decoded):
            out.defects.append(f"yEnc block {name!r} fails its CRC check")
        out.files.append(InnerFile(path=f"yenc:{name or 'file'}", name=name, data=bytes(decoded)))
        spans.append((match.start(), end.end()))
        position = end.end()
    return spans


_Y_TABLE = bytes((value - 42) & 0xFF for value in range(256))


def _y_line(line: bytes) -> bytes:
    """One yEnc line: every byte is shifted by 42; "=" escapes a critical byte (shifted by 64
    more). Done with bytes.translate, as a byte loop in Python costs a second per megabyte."""
    head, *escaped = line.split(b"=")
    out = bytearray(head.translate(_Y_TABLE))
    for chunk in escaped:
        if chunk:
            out.append((chunk[0] - 64 - 42) & 0xFF)
            out += chunk[1:].translate(_Y_TABLE)
    return bytes(out)


_DATA_URI = re.compile(
    rb"""data:(?P<type>image/[a-z0-9.+-]+|application/pdf)(?:;[a-z0-9=._-]+)*;base64,"""
    rb"""(?P<data>[A-Za-z0-9+/=\s]+)""",
    re.IGNORECASE,
)
MAX_DATA_URIS = 50


def extract_data_uris(html: bytes) -> list[InnerFile]:
    """Images pasted into an HTML body as `data:` URIs (some webmails do this with photos)."""
    files: list[InnerFile] = []
    if b"data:" not in html:
        return files
    for number, match in enumerate(_DATA_URI.finditer(html), 1):
        if number > MAX_DATA_URIS:
            break
        encoded = b"".join(match["data"].split()).rstrip(b"=")
        try:
            data = binascii.a2b_base64(encoded + b"=" * (-len(encoded) % 4))
        except binascii.Error:
            continue
        if data:
            files.append(InnerFile(path=f"data:{number}", name=None, data=data))
    return files
