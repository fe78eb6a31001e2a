"""Small helpers that build test messages as bytes, the way the IMAP watcher hands them over."""

from __future__ import annotations

import base64
import io
import struct
import unicodedata
import zipfile

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPEG_BYTES = b"\xff\xd8\xff\xe0" + b"\x00" * 40


def docx_bytes(text: str = "form") -> bytes:
    """A minimal zip that documents.sniff recognises as a .docx."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f"<w:document>{text}</w:document>")
    return buffer.getvalue()


def b64(data: bytes) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return "\r\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


def mail(headers: str, body: str) -> bytes:
    """Join literal header lines and a body with CRLF line ends, as they come off the wire."""
    text = headers.strip("\n") + "\n\n" + body.lstrip("\n")
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8", "surrogateescape")


BASE_HEADERS = """From: =?UTF-8?B?Q2hpIGLhu5kgeMOzbSAz?= <CBXom3@Gmail.test>
To: danvan@nghiathai.test
Subject: test
Date: Tue, 2 Apr 2024 11:31:25 +0700
Message-ID: <abc@mail.test>
MIME-Version: 1.0"""


def multipart(parts: list[str], subtype: str = "mixed", boundary: str = "b1") -> str:
    """A multipart body (without the top headers) from already formatted parts."""
    body = "".join(f"--{boundary}\n{part.strip(chr(10))}\n" for part in parts)
    return f"{body}--{boundary}--\n"


def attachment_part(
    data: bytes, content_type: str, *, filename_params: str = "", disposition: str = ""
) -> str:
    lines = [f"Content-Type: {content_type}{filename_params}", "Content-Transfer-Encoding: base64"]
    if disposition:
        lines.append(f"Content-Disposition: {disposition}")
    return "\n".join(lines) + "\n\n" + b64(data).replace("\r\n", "\n")


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Encode as Windows does for Vietnamese: base letters precomposed, tones as combining marks."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        tones = "".join(c for c in decomposed if c in _TONES)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def make_zip(members: dict[str, bytes], *, utf8_names: bool = True) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
            if not utf8_names:
                info.flag_bits &= ~0x800
    return buffer.getvalue()


def tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)


def make_tnef(files: dict[bytes, bytes]) -> bytes:
    blob = struct.pack("<IH", 0x223E9F78, 0x1234)
    blob += tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000))  # TNEF version
    for name, data in files.items():
        blob += tnef_object(2, 0x9002, 0x0006, b"\x01\x00" + b"\x00" * 12)  # starts an attachment
        blob += tnef_object(2, 0x8010, 0x0001, name + b"\x00")  # title
        blob += tnef_object(2, 0x800F, 0x0006, data)  # data
    return blob
