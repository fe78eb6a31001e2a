"""Attachment file names that are safe to show, store and hand to a converter.

A sender's file name may hold anything: path components (`1234/../../1234.txt`), a newline,
NUL, a Windows device name, 400 characters, or nothing at all. The register shows the name and
the storage may write it to disk, so every name goes through `safe_filename` first; the name as
sent is kept separately by the caller for the record.
"""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 150
MAX_BYTES = 240
_MAX_EXTENSION = 10

_EXTENSIONS: dict[str, str] = {
    "application/pdf": "pdf",
    "application/msword": "doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.ms-word.document.macroEnabled.12": "docm",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/rtf": "rtf",
    "application/zip": "zip",
    "application/vnd.rar": "rar",
    "application/x-7z-compressed": "7z",
    "application/gzip": "gz",
    "application/ms-tnef": "dat",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/tiff": "tif",
    "image/gif": "gif",
    "image/bmp": "bmp",
    "image/webp": "webp",
    "text/plain": "txt",
    "text/html": "html",
    "message/rfc822": "eml",
}

# Device names Windows refuses as a file stem, whatever the extension.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{i}" for i in range(10)}
    | {f"LPT{i}" for i in range(10)}
    | {"COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"}
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_FORBIDDEN = re.compile(r'[<>:"|?*]')


def extension_for(media_type: str) -> str:
    """The usual extension of a media type; `bin` for what we do not know."""
    return _EXTENSIONS.get(media_type.lower(), "bin")


def synthesised_filename(part: str, media_type: str) -> str:
    """A name for a nameless file, e.g. `tep-dinh-kem-2.pdf` ("tệp đính kèm" = attachment)."""
    label = re.sub(r"[^0-9A-Za-z]+", "-", part).strip("-") or "1"
    return f"tep-dinh-kem-{label}.{extension_for(media_type)}"


def _fits(text: str) -> bool:
    return len(text) <= MAX_LENGTH and len(text.encode("utf-8")) <= MAX_BYTES


def _cut(text: str, characters: int, encoded: int) -> str:
    """At most `characters` characters and `encoded` UTF-8 bytes, cut on a character."""
    text = text[:characters]
    while len(text.encode("utf-8")) > encoded:
        text = text[:-1]
    return text


def _shorten(name: str) -> str:
    """Bounded in characters (for people) and in UTF-8 bytes (file systems allow 255, and a
    Vietnamese letter takes up to 3 bytes), keeping the extension."""
    if _fits(name):
        return name
    stem, dot, extension = name.rpartition(".")
    if dot and stem and 0 < len(extension) <= _MAX_EXTENSION:
        tail = "." + extension
        kept = _cut(stem, MAX_LENGTH - len(tail), MAX_BYTES - len(tail.encode("utf-8")))
        return kept.rstrip(" .") + tail
    return _cut(name, MAX_LENGTH, MAX_BYTES).rstrip(" .")


def safe_filename(name: str | None, *, part: str, media_type: str) -> str:
    """`name` made safe: NFC, last path component only, no control or Windows-forbidden
    characters, no device name or leading "-", at most 150 characters (240 UTF-8 bytes) with
    the extension kept, never empty."""
    if name:
        cleaned = unicodedata.normalize("NFC", name)
        cleaned = _CONTROL.sub(" ", cleaned)
        components = [
            c.strip() for c in re.split(r"[\\/]", cleaned) if c.strip() not in ("", ".", "..")
        ]
        cleaned = components[-1] if components else ""
        cleaned = _FORBIDDEN.sub("_", cleaned)
        cleaned = " ".join(cleaned.split()).strip(" .")
        if cleaned:
            stem = cleaned.split(".", 1)[0].strip().upper()
            if stem in _RESERVED or cleaned.startswith("-"):
                cleaned = "_" + cleaned  # a device name, or a name a converter takes for an option
            return _shorten(cleaned)
    return synthesised_filename(part, media_type)
