"""Pick the reader for a file by what its bytes are, and say in Vietnamese why one cannot be read.

Readers for scans, old .doc and .odt are imported only when such a file arrives: they pull in
Tesseract, LibreOffice and odfpy, and a deployment without them still reads Word and PDF.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from documents import sniff
from documents.extraction.protected import password_reason
from documents.extraction.text import DocumentText

log = logging.getLogger(__name__)

PREFIX = "Không đọc được tệp: "
MIN_TEXT_LAYER_LETTERS = 40  # fewer letters than this in a PDF's text layer: it is a scan

UNSUPPORTED = {
    sniff.XLSX: "bảng tính Excel không phải mẫu phiếu",
    sniff.ZIP: "tệp nén ZIP (xin gửi trực tiếp tệp Word hoặc PDF)",
    "application/vnd.rar": "tệp nén RAR (xin gửi trực tiếp tệp Word hoặc PDF)",
    "application/x-7z-compressed": "tệp nén 7z (xin gửi trực tiếp tệp Word hoặc PDF)",
    "application/gzip": "tệp nén (xin gửi trực tiếp tệp Word hoặc PDF)",
    "application/rtf": "định dạng RTF chưa được hỗ trợ (xin lưu lại thành .docx)",
    "text/html": "trang HTML không phải mẫu phiếu",
    sniff.TNEF: "tệp winmail.dat",
}


class Unreadable(Exception):  # noqa: N818 - it is a result, not a programming error
    """The file cannot be read; `reason` is the Vietnamese sentence for the acknowledgement."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


#: Each optional reader's own error class, whose message is already a sentence for the sender.
_READER_ERRORS = {"ocr": "OcrError", "legacy_doc": "LegacyDocError", "odt_reader": "OdtError"}


def _optional(module: str, function: str) -> Callable[[bytes], DocumentText]:
    """A reader from a module that may be absent in this deployment; its own errors become
    `Unreadable` with their (Vietnamese) message, so the sender learns the real reason."""
    try:
        mod = __import__(f"documents.extraction.{module}", fromlist=[function])
        reader: Callable[[bytes], DocumentText] = getattr(mod, function)
        error: type[Exception] = getattr(mod, _READER_ERRORS[module])
    except (ImportError, AttributeError) as exc:
        log.warning("reader %s.%s unavailable: %s", module, function, exc)
        raise Unreadable(PREFIX + "hệ thống chưa có bộ đọc cho loại tệp này") from exc

    def read(data: bytes) -> DocumentText:
        try:
            return reader(data)
        except error as exc:
            raise Unreadable(PREFIX + str(exc)) from exc

    return read


def _check_zip(data: bytes) -> None:
    try:
        from documents.extraction.limits import UnsafeFile, check_zip_container
    except ImportError:
        return
    try:
        check_zip_container(data)
    except UnsafeFile as exc:
        raise Unreadable(PREFIX + exc.message) from exc


def _repair() -> Callable[[str], str] | None:
    try:
        from documents.extraction.legacy_fonts import repair_text
    except ImportError:
        return None
    return repair_text


def _max_pages() -> int | None:
    try:
        from documents.extraction.limits import MAX_PDF_PAGES
    except ImportError:
        return None
    return MAX_PDF_PAGES


def read_pdf(data: bytes) -> DocumentText:
    from documents.extraction.pdf_reader import PdfError, read_pdf_text, text_layer_chars

    try:
        doc = read_pdf_text(data, max_pages=_max_pages(), repair=_repair())
    except PdfError as exc:
        raise Unreadable(PREFIX + str(exc)) from exc
    if text_layer_chars(doc) >= MIN_TEXT_LAYER_LETTERS:
        return doc
    return _optional("ocr", "read_scanned_pdf")(data)


def read_docx_bytes(data: bytes) -> DocumentText:
    from documents.extraction.docx_reader import DocxError, read_docx

    _check_zip(data)
    try:
        doc = read_docx(data)
    except DocxError as exc:
        raise Unreadable(PREFIX + str(exc)) from exc
    letters = sum(ch.isalpha() for ch in doc.plain_text)
    if letters < MIN_TEXT_LAYER_LETTERS:
        photo = _largest_image(data)
        if photo is not None:  # a photo of the form pasted into Word
            scanned = _optional("ocr", "read_image")(photo)
            scanned.warnings.append("Tệp Word chỉ chứa ảnh chụp phiếu; nội dung được đọc bằng OCR")
            return scanned
    return doc


def _largest_image(data: bytes) -> bytes | None:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            media = [i for i in archive.infolist() if i.filename.startswith("word/media/")]
            media = [i for i in media if i.filename.lower().endswith((".png", ".jpg", ".jpeg",
                                                                      ".tif", ".tiff", ".bmp"))]  # fmt: skip
            if not media:
                return None
            return archive.read(max(media, key=lambda i: i.file_size))
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return None


def read_plain(data: bytes) -> DocumentText:
    text = data.decode("utf-8", errors="replace")
    repair = _repair()
    if repair is not None:
        text = repair(text)
    doc = DocumentText(source="text")
    for line in text.splitlines():
        if line.strip():
            doc.paragraph(line)
    return doc


def read_document(data: bytes, media_type: str | None = None) -> DocumentText:
    """The document's blocks; raises Unreadable with the reason for the sender."""
    if not data:
        raise Unreadable(PREFIX + "tệp rỗng")
    media_type = media_type or sniff.sniff_media_type(data)
    locked = password_reason(data, media_type)  # before any reader: not "damaged"
    if locked is not None:
        raise Unreadable(PREFIX + locked)
    if media_type in (sniff.DOCX, sniff.DOCM):
        return read_docx_bytes(data)
    if media_type == sniff.PDF:
        return read_pdf(data)
    if media_type.startswith("image/"):
        return _optional("ocr", "read_image")(data)
    if media_type == sniff.DOC:
        return _optional("legacy_doc", "read_doc")(data)
    if media_type == sniff.ODT:
        _check_zip(data)
        return _optional("odt_reader", "read_odt")(data)
    if media_type == "text/plain":
        return read_plain(data)
    reason = UNSUPPORTED.get(media_type, f"định dạng không được hỗ trợ ({media_type})")
    raise Unreadable(PREFIX + reason)
