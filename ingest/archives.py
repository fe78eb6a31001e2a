"""Files hidden inside other files: zip archives and Outlook's winmail.dat (TNEF).

Units zip a folder of forms or send from Outlook with rich text, and the forms are then only
visible after unpacking. Unpacking untrusted archives invites zip bombs, so every limit is
checked from the central directory before a byte is inflated, and again while reading (the
directory can lie). Nothing here raises: what cannot be unpacked is reported as a defect and the
container itself stays an attachment.
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
import unicodedata
import zipfile
from dataclasses import dataclass, field
from typing import Any

from documents.sniff import DOC, OCTET, PDF, TNEF, ZIP, sniff_media_type
from ingest.headers import decode_bytes

MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 100 * 1024 * 1024
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100
MAX_ZIP_DEPTH = 2  # the archive and one archive inside it

_FORM_EXTENSIONS = frozenset(
    {
        "pdf", "doc", "docx", "docm", "dot", "dotx", "odt", "rtf", "xls", "xlsx", "ods", "txt",
        "jpg", "jpeg", "png", "tif", "tiff", "gif", "bmp", "webp", "heic", "heif", "zip",
    }
)  # fmt: skip
_TNEF_MAGIC = b"\x78\x9f\x3e\x22"
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1


@dataclass(frozen=True)
class InnerFile:
    """A file found inside a container: its path below the container, name and bytes."""

    path: str
    name: str | None
    data: bytes


@dataclass
class Unpacked:
    files: list[InnerFile] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)


def _is_form_type(media_type: str) -> bool:
    return (
        media_type.startswith("image/")
        or media_type in {PDF, DOC, ZIP, "application/rtf"}
        or (
            media_type.startswith("application/vnd.")
            and (
                "officedocument" in media_type
                or "opendocument" in media_type
                or "ms-" in media_type
            )
        )
    )


def safe_sniff(data: bytes) -> str:
    """documents.sniff with two corrections: a TNEF signature wins over a "%PDF-" found in the
    first kilobyte (a winmail.dat holding a small PDF would otherwise pass for a PDF), and a
    damaged archive that makes the sniffer raise (zlib.error) is still named."""
    if data.startswith(_TNEF_MAGIC):
        return TNEF
    try:
        return sniff_media_type(data)
    except Exception:
        return ZIP if data.startswith(b"PK") else OCTET


def _member_name(info: zipfile.ZipInfo) -> str:
    """Member names not flagged UTF-8 were decoded as cp437 by zipfile; most are really UTF-8
    (macOS, 7-Zip) or the Windows code page, so decode the original bytes again."""
    name = info.filename
    if not info.flag_bits & _UTF8_FLAG:
        with contextlib.suppress(UnicodeEncodeError):
            name = decode_bytes(name.encode("cp437"), None)[0]
    return unicodedata.normalize("NFC", name)


def _wanted(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    if not base or base.startswith("._") or name.startswith("__MACOSX/"):
        return False
    stem, dot, extension = base.rpartition(".")
    return not dot or not stem or extension.lower() in _FORM_EXTENSIONS


def unpack_zip(data: bytes, *, depth: int = 1, budget: list[int] | None = None) -> Unpacked:
    """The document and image members of a zip archive, within the zip-bomb limits.

    `budget` holds the bytes still allowed across nested archives (one shared list so an inner
    archive spends the outer one's allowance).
    """
    result = Unpacked()
    budget = budget if budget is not None else [MAX_TOTAL_BYTES]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # zipfile raises many kinds (zlib.error, struct.error…) on damage
        result.defects.append(f"zip archive cannot be read: {exc}")
        return result
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos[:MAX_MEMBERS]}
        if "[Content_Types].xml" in names or "mimetype" in names:
            # An office document the sniffer could not name (damaged): its parts are no forms.
            result.defects.append("zip archive is a damaged office document, not unpacked")
            return result
        if len(infos) > MAX_MEMBERS:
            result.defects.append(f"zip archive has {len(infos)} entries (limit {MAX_MEMBERS})")
            return result
        declared = sum(info.file_size for info in infos)
        packed = sum(info.compress_size for info in infos)
        if declared > budget[0]:
            result.defects.append(f"zip archive would unpack to {declared} bytes (too large)")
            return result
        if declared > MAX_RATIO * max(packed, 1) and declared > 1024 * 1024:
            result.defects.append("zip archive compression ratio is too high (zip bomb?)")
            return result
        for info in infos:
            _read_member(archive, info, depth, budget, result)
    return result


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, depth: int, budget: list[int], out: Unpacked
) -> None:
    name = _member_name(info)
    if info.is_dir() or not _wanted(name):
        return
    if info.flag_bits & _ENCRYPTED_FLAG:
        out.defects.append(f"zip member {name!r} is encrypted")
        return
    ratio_ok = info.file_size <= MAX_RATIO * max(info.compress_size, 1) or info.file_size < 1 << 20
    if info.file_size > MAX_MEMBER_BYTES or not ratio_ok or info.file_size > budget[0]:
        out.defects.append(f"zip member {name!r} skipped: too large or too compressed")
        return
    try:
        with archive.open(info) as stream:
            content = stream.read(info.file_size + 1)
    except Exception as exc:  # zipfile raises many kinds (zlib.error, struct.error…) on damage
        out.defects.append(f"zip member {name!r} cannot be read: {exc}")
        return
    if len(content) > info.file_size:
        out.defects.append(f"zip member {name!r} is larger than its directory entry says")
        return
    budget[0] -= len(content)
    media_type = safe_sniff(content)
    if not _is_form_type(media_type) and "." not in name.rsplit("/", 1)[-1]:
        return
    base = name.rsplit("/", 1)[-1]
    out.files.append(InnerFile(path=f"zip:{name}", name=base, data=content))
    if media_type == ZIP:
        if depth >= MAX_ZIP_DEPTH:
            out.defects.append(f"zip member {name!r} is a nested archive too deep to unpack")
            return
        inner = unpack_zip(content, depth=depth + 1, budget=budget)
        out.defects.extend(inner.defects)
        out.files.extend(
            InnerFile(path=f"zip:{name}/{f.path}", name=f.name, data=f.data) for f in inner.files
        )


_TNEF_BUDGET = threading.local()


def _guarded_range(*bounds: int) -> range:
    """`range` for tnefparse's loops: their counts come from the file, and a damaged count
    (4 billion properties) made it build objects until memory ran out. While we unpack, the
    loops may run at most as many rounds as the file has bytes."""
    rounds = range(*bounds)
    left: int | None = getattr(_TNEF_BUDGET, "left", None)
    if left is not None:
        _TNEF_BUDGET.left = left - len(rounds)
        if _TNEF_BUDGET.left < 0:
            raise ValueError("TNEF counts exceed its size (damaged)")
    return rounds


def _tnef_reader() -> Any:
    import tnefparse.mapi
    import tnefparse.tnef

    for module in (tnefparse.mapi, tnefparse.tnef):
        module.range = _guarded_range
    logging.getLogger("tnefparse").setLevel(logging.CRITICAL)
    return tnefparse.tnef.TNEF


def unpack_tnef(data: bytes) -> Unpacked:
    """The files inside an Outlook winmail.dat (the container itself stays an attachment)."""
    result = Unpacked()
    _TNEF_BUDGET.left = len(data) + 10_000
    try:
        tnef = _tnef_reader()(data, do_checksum=False)
        attachments = list(tnef.attachments)
    except Exception as exc:  # tnefparse raises anything on damaged input
        result.defects.append(f"TNEF (winmail.dat) cannot be decoded: {exc}")
        return result
    finally:
        del _TNEF_BUDGET.left
    seen: dict[str, int] = {}
    for attachment in attachments:
        name = _tnef_name(attachment)
        content = attachment.data if isinstance(attachment.data, bytes) else b""
        if not content:
            continue
        key = name or "file"
        seen[key] = seen.get(key, 0) + 1
        suffix = "" if seen[key] == 1 else f"#{seen[key]}"
        result.files.append(InnerFile(path=f"tnef:{key}{suffix}", name=name, data=content))
    return result


def _tnef_name(attachment: object) -> str | None:
    """tnefparse decodes short names as UTF-8 and raises on anything else; fall back to the
    raw bytes in the message's code page."""
    try:
        name = attachment.long_filename()  # type: ignore[attr-defined]
    except Exception:  # tnefparse's decoding of a non-UTF-8 name
        name = getattr(attachment, "_name", None)
    if isinstance(name, bytes):
        name = decode_bytes(name.rstrip(b"\x00"), getattr(attachment, "codepage", None))[0]
    if not isinstance(name, str):
        return None
    name = unicodedata.normalize("NFC", name.rstrip("\x00"))
    return name or None


def is_tnef(media_type: str, declared_type: str | None, filename: str | None) -> bool:
    return (
        media_type == TNEF
        or declared_type in ("application/ms-tnef", "application/vnd.ms-tnef")
        or (filename or "").lower() == "winmail.dat"
    )
