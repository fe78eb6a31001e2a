"""Read a PDF's text layer into blocks, rebuilding columns and tables from word positions.

Plain `extract_text` interleaves a two-column header ("ĐẢNG BỘ XÃ …  ĐẢNG CỘNG SẢN VIỆT NAM")
line by line, and `extract_tables` re-reads every character. Here each page is read once with
`extract_words`; ruled tables come from `find_tables` (edges only, cheap once the page is parsed)
and borderless column blocks from gutters: x ranges that stay empty over consecutive lines.

This module opens the file and hands the words on: lines come from `pdf_lines`, ruled tables
from `pdf_tables`, reading order (panels, newspaper columns) from `pdf_order`, and the layout
into blocks from `pdf_layout`, which the OCR reader shares.
"""

from __future__ import annotations

import contextlib
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from documents.extraction.normalise import symbol_boxes
from documents.extraction.pdf_layout import _Builder as _Builder
from documents.extraction.pdf_layout import _centred_in as _centred_in
from documents.extraction.pdf_layout import _layout
from documents.extraction.pdf_lines import _group_lines as _group_lines
from documents.extraction.pdf_lines import _Line
from documents.extraction.pdf_lines import _unglue as _unglue
from documents.extraction.pdf_notes import attach_notes
from documents.extraction.pdf_order import _drop_running_header as _drop_running_header
from documents.extraction.pdf_order import items_lines
from documents.extraction.pdf_tables import _TableItem
from documents.extraction.pdf_tables import _tables as _tables
from documents.extraction.text import Block, DocumentText


class PdfError(ValueError):
    """The PDF cannot be read; the message is for the sender (Vietnamese)."""


def _pdf_error(exc: Exception, data: bytes) -> PdfError:
    """The reason the sender reads, with what to do about it."""
    name = type(exc).__name__.lower()
    if "password" in name or "encrypt" in name or b"/Encrypt" in data:
        return PdfError("tệp PDF có mật khẩu; xin gửi lại bản không đặt mật khẩu")
    return PdfError("tệp PDF bị hỏng; xin xuất lại tệp PDF hoặc gửi bản Word")


def read_pdf_text(data: bytes, max_pages: int | None = None,
                  repair: Callable[[str], str] | None = None) -> DocumentText:  # fmt: skip
    """Blocks of a PDF's text layer (possibly empty: the caller decides whether to OCR)."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _pdf_error(exc, data) from exc
    builder = _Builder()
    items: list[_Line | _TableItem] = []
    try:
        pages = pdf.pages
        cut_note = None
        if max_pages is not None and len(pages) > max_pages:
            cut_note = (
                f"Tệp có {len(pages)} trang; hệ thống chỉ đọc {max_pages} trang đầu. "
                "Xin gửi riêng phiếu đăng ký hoặc báo cáo."
            )
            pages = pages[:max_pages]
        rights: list[float] = []
        lefts: list[float] = []
        running: list[str] = []  # the first lines of page 1: a running header repeats them
        for page_no, page in enumerate(pages):
            words = page.extract_words(extra_attrs=["fontname", "size"])
            for word in words:
                word["text"] = symbol_boxes(word["text"])
            words = attach_notes(words)  # footnote marks are no part of a value
            tables, rest = _tables(page, words, page_no)
            lines = _group_lines(rest, page_no)
            if page_no == 0:
                running = [ln.text for ln in lines[:6]]
            else:
                lines = _drop_running_header(lines, running)
            width = float(page.width)
            builder.doc.page_sizes.append((width, float(page.height)))
            # the text block's right edge, from plain lines (headers and tables overhang)
            rights.extend(
                ln.x1 for ln in lines if len(ln.segments) == 1 and ln.x1 - ln.x0 > 0.4 * width
            )
            lefts.extend(ln.x0 for ln in lines)
            builder.page_centre = float(page.width) / 2
            page_items: list[_Line | _TableItem] = [*lines, *tables]
            page_items.sort(key=lambda it: it.top)
            items.extend(page_items)
    except PdfError:
        raise
    except Exception as exc:
        raise _pdf_error(exc, data) from exc
    finally:
        # pdfplumber's close() walks the pages again: on a broken file it fails a second
        # time, and the reason was already given above.
        with contextlib.suppress(Exception):
            pdf.close()
    if lefts:
        builder.right_edge = max(rights) if rights else max(ln.x1 for ln in items_lines(items))
        builder.left_edge = min(lefts)
        builder.text_centre = (builder.left_edge + builder.right_edge) / 2
    _layout(items, builder)
    doc = builder.doc
    doc.blocks = _repaired(doc.blocks, repair)
    if cut_note:
        doc.warnings.append(cut_note)
    return doc


def lay_out_words(
    pages: list[list[dict[str, Any]]], page_width: float, source: str = "pdf-ocr"
) -> DocumentText:
    """Blocks from positioned words of any origin (OCR boxes too), with this reader's column,
    table-row and wrapped-line logic. Each word: text, x0, x1, top, bottom, size, fontname."""
    builder = _Builder()
    builder.doc.source = source
    builder.text_layer = source == "pdf-text"
    builder.page_centre = page_width / 2
    items: list[_Line | _TableItem] = []
    for page_no, words in enumerate(pages):
        items.extend(_group_lines(words, page_no))
    lines = items_lines(items)
    solid = [ln for ln in lines if len(ln.text) >= 12] or lines
    if solid:
        builder.right_edge = max(ln.x1 for ln in solid)
        builder.left_edge = min(ln.x0 for ln in solid)
        builder.text_centre = (builder.left_edge + builder.right_edge) / 2
    _layout(items, builder)
    return builder.doc


#: Word's list bullets drawn in the Symbol or Wingdings font come out of a PDF as private-use
#: characters (U+F0B7 "", U+F0A7 "", U+F0D8 "", U+F076 ""): the bullet they show.
_SYMBOL_BULLETS = {0xF0B7: "•", 0xF0A7: "•", 0xF0D8: "•", 0xF076: "•"}


def _repaired(blocks: list[Block], repair: Callable[[str], str] | None) -> list[Block]:
    """Repair the whole text at once: encoding detection needs more than one cell's letters."""
    cells = [c for b in blocks for c in b.cells]
    counts = [c.count("\n") + 1 for c in cells]
    fixed_lines: list[str] | None = None
    if repair is not None:
        joined = repair("\n".join(cells)).split("\n")
        if len(joined) == sum(counts):
            fixed_lines = joined
    if fixed_lines is None:
        fixed_lines = unicodedata.normalize("NFC", "\n".join(cells)).split("\n")
    invisible = {0xAD: None, 0x200B: None, 0xFEFF: None}  # only after legacy decoding
    fixed_lines = [line.translate(invisible).translate(_SYMBOL_BULLETS) for line in fixed_lines]
    out: list[Block] = []
    pos = 0
    for b in blocks:
        new_cells = []
        for c in b.cells:
            n = c.count("\n") + 1
            new_cells.append("\n".join(fixed_lines[pos : pos + n]))
            pos += n
        out.append(replace(b, cells=tuple(new_cells)))
    return out


def text_layer_chars(doc: DocumentText) -> int:
    """Letters in the text layer; (cid:NN) glyphs without a Unicode map do not count."""
    text = re.sub(r"\(cid:\d+\)", "", doc.plain_text)
    return sum(1 for ch in text if ch.isalpha())
