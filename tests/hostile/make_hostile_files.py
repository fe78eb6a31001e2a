"""Hostile and broken attachments, generated (nothing is downloaded, nothing is checked in).

Run `python -m tests.hostile.make_hostile_files OUT_DIR` to write them all, or import
`make_all(out_dir)`. Each file is built from first principles (hand-written PDF objects,
zip members, PNG chunks) so the test knows exactly what is wrong with it.
"""

from __future__ import annotations

import hashlib
import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

# --- PDF ------------------------------------------------------------------------------------


def build_pdf(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF from numbered object bodies (object i+1 is objects[i]) with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        trailer_extra,
        xref,
    )
    return bytes(out)


def _stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def text_pdf(pages: int = 1, text: str = "Phieu dang ky") -> bytes:
    """`pages` pages sharing one content stream that prints `text` (a real text layer)."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    content = b"BT /F1 24 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(content),
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    )
    objects += [page] * pages
    return build_pdf(objects)


def circular_pdf() -> bytes:
    """A page tree whose /Pages node lists itself, and a page that is its own parent."""
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R 4 0 R] /Count 3 >>",
            b"<< /Type /Page /Parent 3 0 R /Contents 5 0 R /MediaBox [0 0 595 842] >>",
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources 4 0 R >>",
            b"<< /Length 5 0 R >>\nstream\nBT ET\nendstream",
        ]
    )


_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def encrypted_pdf(user_password: bytes = b"secret", owner_password: bytes = b"owner") -> bytes:
    """A correctly encrypted PDF (Standard handler, RC4 40-bit, R2) with an empty page."""
    doc_id = hashlib.md5(b"dvk-hostile", usedforsecurity=False).digest()
    owner = _rc4(
        hashlib.md5((owner_password + _PAD)[:32], usedforsecurity=False).digest()[:5],
        (user_password + _PAD)[:32],
    )
    permissions = -4
    key = hashlib.md5(
        (user_password + _PAD)[:32] + owner + struct.pack("<i", permissions) + doc_id,
        usedforsecurity=False,
    ).digest()[:5]
    user = _rc4(key, _PAD)
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        owner.hex().encode(),
        user.hex().encode(),
        permissions,
    )
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            encrypt,
        ],
        trailer_extra=b"/Encrypt 4 0 R /ID [<%s> <%s>] " % ((doc_id.hex().encode(),) * 2),
    )


# --- DOCX -----------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx_bytes(document_xml: bytes | Callable[[zipfile.ZipFile], None]) -> bytes:
    """A minimal valid .docx whose word/document.xml is given (or written by a callback)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        if callable(document_xml):
            document_xml(archive)
        else:
            archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def paragraphs_xml(texts: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


def simple_docx() -> bytes:
    return docx_bytes(paragraphs_xml(["PHIẾU ĐĂNG KÝ MÔ HÌNH", "Tên đơn vị: Chi bộ xóm 3"]))


def zip_bomb_docx(size: int = 400 * 1024 * 1024) -> bytes:
    """word/document.xml inflates to `size` bytes of blanks (~400 KB compressed)."""

    def write(archive: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            head = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'
            member.write(head.encode())
            chunk = b" " * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")

    return docx_bytes(write)


def billion_laughs_docx() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
        f"</w:body></w:document>"
    )
    return docx_bytes(xml.encode())


def huge_text_docx(paragraphs: int = 60_000) -> bytes:
    """A real, valid document with ~5 MB of varied text (not a bomb, just long)."""
    return docx_bytes(
        paragraphs_xml(
            [f"Dòng {i}: nội dung báo cáo số {i * 7919 % 100003}" for i in range(paragraphs)]
        )
    )


# --- images ---------------------------------------------------------------------------------


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A valid 1-bit white PNG of width×height (900 megapixels) that compresses to ~1 MB."""
    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    packer = zlib.compressobj(9)
    idat = bytearray()
    block = row * 256
    for _ in range(height // 256):
        idat += packer.compress(block)
    idat += packer.compress(row * (height % 256))
    idat += packer.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", bytes(idat))
        + _chunk(b"IEND", b"")
    )


def small_jpeg() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (200, 100), 255).save(buffer, format="JPEG")
    return buffer.getvalue()


# --- all of them ----------------------------------------------------------------------------


def _corrupt(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes(b ^ 0x5A for b in data[middle : middle + 64]) + data[middle + 64 :]


def hostile_files() -> dict[str, bytes]:
    """File name (as a sender might give it) → content."""
    docx, pdf = simple_docx(), text_pdf()
    plain_zip = io.BytesIO()
    with zipfile.ZipFile(plain_zip, "w") as archive:
        archive.writestr("a.txt", "x" * 1000)
    return {
        "zip-bomb.docx": zip_bomb_docx(),
        "billion-laughs.docx": billion_laughs_docx(),
        "encrypted.pdf": encrypted_pdf(),
        "thousand-pages.pdf": text_pdf(1000),
        "circular.pdf": circular_pdf(),
        "truncated.docx": docx[: len(docx) // 2],
        "corrupted.docx": _corrupt(docx),
        "truncated.pdf": pdf[: len(pdf) // 2],
        "corrupted.pdf": _corrupt(pdf),
        "truncated.zip": plain_zip.getvalue()[:60],
        "pdf-named.docx": pdf,
        "jpeg-named.pdf": small_jpeg(),
        "huge-image.png": huge_png(),
        "huge-text.docx": huge_text_docx(),
        "garbage.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00\x13" * 2000,
        "empty.pdf": b"",
    }


def make_all(out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for name, data in hostile_files().items():
        path = out_dir / name
        path.write_bytes(data)
        written[name] = path
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-files")
    for name, path in make_all(target).items():
        print(f"{path.stat().st_size:>12,d}  {name}")
