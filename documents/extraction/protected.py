"""Tell a password-protected file from a damaged one before any reader parses it.

A unit that sends a form with a password needs to hear "send it without the password", not "the
file is damaged"; and a reader fed an encrypted file fails in its own, misleading way. The
signs are in the containers, not in the content:

* a Word 2007+ file with a password is no zip at all but an OLE compound file holding the
  streams `EncryptionInfo` and `EncryptedPackage` (MS-OFFCRYPTO);
* a Word 97–2003 file sets `fEncrypted` in the FIB at the head of its `WordDocument` stream
  (MS-DOC 2.5.2: bit 8 of the flags at offset 0x0A);
* a PDF with an open password has an `/Encrypt` dictionary and cannot be opened without it (a
  PDF with only an owner password, which restricts printing or editing, opens and is read).
"""

from __future__ import annotations

import io
import struct

from documents import sniff

#: MS-DOC FibBase: the flags word at offset 0x0A; fEncrypted is its bit 8.
FIB_FLAGS_OFFSET = 0x0A
FIB_ENCRYPTED = 0x0100
WORD_FIB_MAGIC = 0xA5EC

WORD_REASON = "tệp Word có mật khẩu; xin gửi lại bản không đặt mật khẩu"
PDF_REASON = "tệp PDF có mật khẩu; xin gửi lại bản không đặt mật khẩu"


def password_reason(data: bytes, media_type: str) -> str | None:
    """The sentence for the sender when the file needs a password to open; None otherwise
    (also when the container is too broken to tell: the reader then says it is damaged)."""
    if media_type == sniff.DOC:
        return WORD_REASON if _ole_encrypted(data) else None
    if media_type == sniff.PDF:
        return PDF_REASON if _pdf_needs_password(data) else None
    return None


def _ole_encrypted(data: bytes) -> bool:
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
                return True
            if not ole.exists("WordDocument"):
                return False
            with ole.openstream("WordDocument") as stream:
                head = stream.read(FIB_FLAGS_OFFSET + 2)
    except Exception:  # a broken container: not ours to judge
        return False
    if len(head) < FIB_FLAGS_OFFSET + 2 or struct.unpack_from("<H", head, 0)[0] != WORD_FIB_MAGIC:
        return False
    flags = struct.unpack_from("<H", head, FIB_FLAGS_OFFSET)[0]
    return bool(flags & FIB_ENCRYPTED)


def _pdf_needs_password(data: bytes) -> bool:
    if b"/Encrypt" not in data:
        return False
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        return "password" in str(exc).lower()
    document.close()
    return False
