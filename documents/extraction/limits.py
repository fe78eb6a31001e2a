"""Limits that keep a hostile or broken attachment from eating the machine.

Anyone can mail the office, so every file is untrusted. The checks here run on cheap
metadata (a zip's central directory, an image header, a PDF's page count) before a parser
inflates anything. A refusal is an `UnsafeFile` whose message goes back to the sender, so it
is in Vietnamese and says what to do.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import IO

#: Forms are 1–5 pages; beyond this only the first pages are read (with a warning).
MAX_PDF_PAGES = 50
#: Pages OCR'd at most (a scan costs ~1 s a page).
MAX_OCR_PAGES = 10
#: An attachment larger than this is not parsed at all.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Decoded pixels of one image (a 200-megapixel phone photo is ~200e6; A4 at 600 dpi ~35e6).
MAX_IMAGE_PIXELS = 120_000_000

MAX_ZIP_ENTRIES = 1_000
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024
#: One XML part (word/document.xml of a 300-page book is ~10 MB).
MAX_ZIP_XML_BYTES = 40 * 1024 * 1024
#: Deflate tops out near 1:1000; text XML compresses 1:5–1:30. Only big members are judged.
MAX_ZIP_RATIO = 200
_RATIO_FLOOR_BYTES = 2 * 1024 * 1024

_DTD_RE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_COMMENT_RE = re.compile(rb"<!--.*?-->", re.DOTALL)
_ROOT_RE = re.compile(rb"<[^?!]")  # the first tag that is not <?…?> or <!…>: the root element
_MAX_PROLOG = 1024 * 1024


class UnsafeFile(Exception):  # noqa: N818 (the name H1 and the pipeline use)
    """A file refused before parsing; `message` is for the sender, in Vietnamese."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message if not detail else f"{message} ({detail})")
        self.message = message
        self.detail = detail


ZIP_BOMB = "Tệp nén quá lớn hoặc có dấu hiệu bom nén (zip bomb); xin gửi lại tệp Word thông thường."
XML_ENTITIES = (
    "Tệp chứa khai báo XML không hợp lệ (DOCTYPE/ENTITY); xin lưu lại bằng Word rồi gửi lại."
)
TOO_BIG = "Tệp quá lớn (trên 50 MB); xin gửi bản rút gọn hoặc bản PDF của phiếu."
IMAGE_TOO_BIG = "Ảnh có kích thước quá lớn; xin chụp hoặc quét lại ở độ phân giải thấp hơn."


def check_size(data: bytes) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise UnsafeFile(TOO_BIG, f"{len(data)} bytes")


def check_zip_container(data: bytes, *, scan_xml: bool = True) -> None:
    """Refuse a zip-based document (docx, odt) that would inflate beyond the limits.

    Only the central directory is read, plus the first bytes of each XML part: Word and
    LibreOffice never write a DOCTYPE, so one there is an entity-expansion attack (python-docx
    parses with resolve_entities=False, but other readers and tools may not).
    """
    check_size(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise UnsafeFile(ZIP_BOMB, f"{len(infos)} entries")
            total = 0
            for info in infos:
                total += info.file_size
                if total > MAX_ZIP_TOTAL_BYTES:
                    raise UnsafeFile(ZIP_BOMB, f"over {MAX_ZIP_TOTAL_BYTES} bytes uncompressed")
                is_xml = info.filename.endswith((".xml", ".rels"))
                if is_xml and info.file_size > MAX_ZIP_XML_BYTES:
                    raise UnsafeFile(ZIP_BOMB, f"{info.filename}: {info.file_size} bytes")
                if info.file_size > _RATIO_FLOOR_BYTES and info.file_size > MAX_ZIP_RATIO * max(
                    info.compress_size, 1
                ):
                    raise UnsafeFile(ZIP_BOMB, f"{info.filename}: ratio")
            if scan_xml:
                for info in infos:
                    if info.filename.endswith((".xml", ".rels")) and info.file_size:
                        with archive.open(info) as member:
                            if _declares_dtd(member):
                                raise UnsafeFile(XML_ENTITIES, info.filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError):
        # Not our job to judge a broken zip: the reader reports it as unreadable.
        return
    except RuntimeError:  # an encrypted member
        return


def _declares_dtd(member: IO[bytes]) -> bool:
    """Does the XML prolog (before the root element) hold a DOCTYPE? Reads only the prolog,
    so a 400 KB styles.xml costs one 8 KB chunk; comments cannot hide a DOCTYPE after them."""
    head = b""
    while len(head) < _MAX_PROLOG:
        chunk = member.read(8192)
        if not chunk:
            break
        head += chunk
        prolog = _COMMENT_RE.sub(b"", head)
        if b"<!--" in prolog:
            continue  # a comment still open: read on
        if _DTD_RE.search(prolog):
            return True
        if _ROOT_RE.search(prolog):
            return False
    return bool(_DTD_RE.search(head))


def image_pixels(width: int, height: int) -> None:
    """Refuse an image whose decoded size would be too large (checked from the header)."""
    if width * height > MAX_IMAGE_PIXELS:
        raise UnsafeFile(IMAGE_TOO_BIG, f"{width}x{height}")


def pages_to_read(page_count: int, limit: int = MAX_PDF_PAGES) -> tuple[int, str | None]:
    """How many pages to read, and the warning for the sender when the file is cut short."""
    if page_count <= limit:
        return page_count, None
    return limit, (
        f"Tệp có {page_count} trang; hệ thống chỉ đọc {limit} trang đầu. "
        "Xin gửi riêng phiếu đăng ký hoặc báo cáo."
    )
