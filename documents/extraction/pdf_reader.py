"""Read a PDF's text layer into blocks, rebuilding columns and tables from word positions.

Plain `extract_text` interleaves a two-column header ("ĐẢNG BỘ XÃ …  ĐẢNG CỘNG SẢN VIỆT NAM")
line by line, and `extract_tables` re-reads every character. Here each page is read once with
`extract_words`; ruled tables come from `find_tables` (edges only, cheap once the page is parsed)
and borderless column blocks from gutters: x ranges that stay empty over consecutive lines.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import re
import statistics
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from documents.extraction.columns import ColumnBlock, find_blocks
from documents.extraction.normalise import symbol_boxes
from documents.extraction.panels import cover_first, find_panels
from documents.extraction.text import Block, BlockKind, Box, DocumentText

_LINE_TOL = 3.0
#: A line opening with a short capitalised label and its colon ("Địa bàn thực hiện: …").
_LABEL_START = re.compile(r"^(?=[^\W\d_])[^:.;!?]{2,40}:\s")
#: A segment opening with a label and its colon ("Đơn vị: …", "Điện thoại NR: …").
_LABELLED = re.compile(r"^[^:,;–-]{2,25}:\s")
#: A line of check boxes ("☒ Tập thể    ☐ Cá nhân"): every segment opens with a box.
_BOX = re.compile(r"^\s*(?:[☐☒☑□■▢❑❏✓✔]|\[\s*[xX✓]?\s*\]|\(\s*[xX✓]?\s*\))")
_MIN_GUTTER = 6.0
#: A new item: a bullet, "1.", "a)", "II." (also as OCR reads it: "HI.", "Il.").
_BULLET = re.compile(
    r"^\s*(?:[-+•*–]|\d{1,2}[.)]|(?:[IVX]{1,4}|H[Il1]{1,3}|[Il1]{2,3})[.)]|[a-zđ][.)])\s"
)

#: A numbered item whose stop OCR read as "," ";" ":" ("3, Chức vụ …", "4: Số điện thoại"):
#: still a new item, never the wrapped end of the line above (a form's dotted leaders run to
#: the margin, so that line looks full).
_SLIPPED_NUMBER = re.compile(r"^\s*\d{1,2}[,;:]\s+[A-ZĐÀ-Ỹ]")
#: A printed caption alone on its line under the value it names ("(Tên mô hình)"): never the
#: wrapped end of that value (`fields/captions.py` pairs them).
_CAPTION_LINE = re.compile(r"^\s*\([^()]{3,60}\)\s*$")


class PdfError(ValueError):
    """The PDF cannot be read; the message is for the sender (Vietnamese)."""


@dataclass
class _Line:
    words: list[dict[str, Any]]
    top: float  # global: page * 10000 + top
    page: int
    size: float
    segments: list[tuple[float, float, str]] = field(default_factory=list)
    bold: bool = False
    #: The x range of the newspaper column the line belongs to (None: the page's text width).
    bounds: tuple[float, float] | None = None

    @property
    def x0(self) -> float:
        return self.segments[0][0]

    @property
    def x1(self) -> float:
        return self.segments[-1][1]

    @property
    def text(self) -> str:
        return " ".join(s[2] for s in self.segments)

    def box(self, x0: float | None = None, x1: float | None = None) -> Box:
        """The line's region (or the part of it between x0 and x1), 1-based page."""
        top = min(w["top"] for w in self.words)
        bottom = max(w.get("bottom", w["top"] + self.size) for w in self.words)
        left = self.x0 if x0 is None else x0
        right = self.x1 if x1 is None else x1
        return Box(self.page + 1, left, top, right, bottom)


def _union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    out = boxes[0]
    for box in boxes[1:]:
        out = out.union(box)
    return out


@dataclass
class _TableItem:
    top: float
    page: int
    rows: list[list[str]]
    boxes: list[list[Box | None]] = field(default_factory=list)


def _group_lines(words: list[dict[str, Any]], page: int) -> list[_Line]:
    words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    lines: list[_Line] = []
    for word in words:
        if lines and abs(word["top"] - lines[-1].words[0]["top"]) <= _LINE_TOL:
            lines[-1].words.append(word)
        else:
            lines.append(_Line([word], page * 10000 + word["top"], page, word.get("size", 12.0)))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
        sizes = [w.get("size", 12.0) for w in line.words]
        line.size = statistics.median(sizes)
        gap_limit = max(8.0, 0.8 * line.size)
        segs: list[tuple[float, float, str]] = []
        lead: int | None = 0  # characters of the bold words the line opens with
        for w in line.words:
            is_bold = "bold" in str(w.get("fontname", "")).lower()
            joint = " "
            if lead is not None and not is_bold:
                if 0 < lead <= 60 and segs and segs[-1][2][-1:] not in (":", "："):
                    joint = "\t"  # a bold lead-in is a label even without a colon
                lead = None
            elif lead is not None:
                lead += len(w["text"])
            if segs and w["x0"] - segs[-1][1] <= gap_limit:
                x0, _, text = segs[-1]
                segs[-1] = (x0, w["x1"], text + joint + w["text"])
            else:
                segs.append((w["x0"], w["x1"], w["text"]))
        line.segments = [(a, b, _unglue(t)) for a, b, t in segs]
        bold = sum(
            len(w["text"]) for w in line.words if "bold" in str(w.get("fontname", "")).lower()
        )
        line.bold = bold >= 0.8 * sum(len(w["text"]) for w in line.words)
    lines.sort(key=lambda ln: ln.top)
    return lines


_LOWER = "a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_UPPER = _LOWER.upper().replace("A-Z", "A-Z")
_GLUED = re.compile(f"(?<=[{_LOWER}])(?=[{_UPPER}][{_LOWER}])")


def _unglue(text: str) -> str:
    """'Chức vụBí thư' → 'Chức vụ Bí thư': a tab narrower than x_tolerance glues two words."""
    return _GLUED.sub(" ", text)


def _cell_text(words: list[dict[str, Any]], right: float | None = None) -> str:
    """A cell's lines; a line wrapped at the cell's right edge is joined to the one before."""
    out: list[str] = []
    prev: _Line | None = None
    for line in _group_lines(words, 0):
        if prev is not None and right is not None:
            first = line.words[0]
            width = first["x1"] - first["x0"]
            stacked = _is_upper(prev.text) and _is_upper(line.text)  # header lines, one per unit
            wraps = prev.x1 + 0.3 * prev.size + width > right - 6
            if wraps and not stacked and not _BULLET.match(line.text) and prev.bold == line.bold:
                out[-1] += " " + line.text
                prev = line
                continue
        out.append(line.text)
        prev = line
    return "\n".join(out)


def _tables(
    page: Any, words: list[dict[str, Any]], page_no: int
) -> tuple[list[_TableItem], list[dict[str, Any]]]:
    """Ruled tables of a page and the words outside them."""
    try:
        found = page.find_tables()
    except Exception:
        return [], words
    if not found:
        return [], words
    items: list[_TableItem] = []
    rest: list[dict[str, Any]] = []
    buckets: list[list[list[list[dict[str, Any]]]]] = []
    for table in found:
        buckets.append([[[] for _ in row.cells] for row in table.rows])
    for w in words:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        placed = False
        for t_idx, table in enumerate(found):
            x0, top, x1, bottom = table.bbox
            if not (x0 <= cx <= x1 and top <= cy <= bottom):
                continue
            for r_idx, row in enumerate(table.rows):
                for c_idx, cell in enumerate(row.cells):
                    if cell and cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]:
                        buckets[t_idx][r_idx][c_idx].append(w)
                        placed = True
                        break
                if placed:
                    break
            placed = True  # inside the table's box: never loose text
            break
        if not placed:
            rest.append(w)
    for t_idx, table in enumerate(found):
        rows: list[list[str]] = []
        boxes: list[list[Box | None]] = []
        for r_idx, row in enumerate(buckets[t_idx]):
            cells = table.rows[r_idx].cells
            texts = [
                _cell_text(cell, bbox[2] if bbox else None)
                for cell, bbox in zip(row, cells, strict=False)
            ]
            if any(c.strip() for c in texts):
                rows.append(texts)
                boxes.append([Box(page_no + 1, *bbox) if bbox else None for bbox in cells])
        if rows:
            items.append(_TableItem(page_no * 10000 + table.bbox[1], page_no, rows, boxes))
    return items, rest


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _gaps(line: _Line) -> list[tuple[float, float]]:
    return [(a[1], b[0]) for a, b in zip(line.segments, line.segments[1:], strict=False)]


def _narrow(
    gutters: list[tuple[float, float]], line: _Line, centre: float
) -> list[tuple[float, float]] | None:
    """The gutters once `line` joins the block, or None when its text crosses one.

    A gutter runs from the right edge of the widest text on its left to the left edge of the
    leftmost text on its right, so centred lines of different widths (signature blocks) fit.
    """
    out = list(gutters)
    centred = abs((line.x0 + line.x1) / 2 - centre) < 15
    if len(line.segments) == 1 and centred and (line.bold or _is_upper(line.text)):
        return None  # a title centred on the page, not a column's line
    for x0, x1, _ in line.segments:
        for k, (g0, g1) in enumerate(out):
            left = x1 < g1 - _MIN_GUTTER
            right = x0 > g0 + _MIN_GUTTER
            if left and right:
                left = (x0 + x1) / 2 < (g0 + g1) / 2
                right = not left
            if left:
                out[k] = (max(g0, x1), g1)
            elif right:
                out[k] = (g0, min(g1, x0))
            else:
                return None
            if out[k][1] - out[k][0] < _MIN_GUTTER:
                return None
    return out


class _Builder:
    def __init__(self) -> None:
        self.doc = DocumentText(source="pdf-text")
        self.tables = 0
        self.para: list[_Line] = []
        self.right_edge = 0.0
        self.left_edge = 0.0
        self.page_centre = 300.0
        self.text_centre = 300.0
        # a text layer's lines are exact; OCR's ruled tables come as lines too, so a row
        # starting at the margin is never taken there for a wrapped line
        self.text_layer = True

    def flush_para(self) -> None:
        if not self.para:
            return
        text = " ".join(ln.text for ln in self.para)
        first = self.para[0]
        centre = (first.x0 + first.x1) / 2
        left, right = first.bounds or (self.left_edge, self.right_edge)
        text_centre = (left + right) / 2 if first.bounds else self.text_centre
        centered = abs(centre - text_centre) < 25 and first.x0 > left + 30
        bold = all(ln.bold for ln in self.para)
        box = _union([ln.box() for ln in self.para])
        self.doc.blocks.append(
            Block(
                BlockKind.PARAGRAPH,
                (text,),
                bold=bold,
                centered=centered,
                page=first.page + 1,
                boxes=(box,),
                quality=(_quality(self.para, joined=True),),
            )
        )
        self.para = []

    def add_line(self, line: _Line) -> None:
        if self.para:
            prev = self.para[-1]
            first = line.words[0]
            # wrapped: the next line's first word would not have fitted after the previous line
            right = prev.bounds[1] if prev.bounds else self.right_edge
            fits = prev.x1 + 0.3 * prev.size + (first["x1"] - first["x0"]) <= right - 2
            full = prev.x1 >= right - 2.5 * prev.size or not fits
            close = 0 < line.top - prev.top <= 2.0 * max(prev.size, 8.0)
            open_end = prev.text[-1:] not in ".;:!?"
            bullet = bool(_BULLET.match(line.text)) and not (open_end and line.text[:1] in "-+–")
            bullet = bullet or bool(_SLIPPED_NUMBER.match(line.text))
            labelled = (
                not open_end and line.text[:1].isupper() and _LABEL_START.match(line.text)
            )  # "…2024." then "Địa bàn: …"
            if _centred_in(prev):  # a centred line is full when the next word would not fit
                full = prev.x1 - prev.x0 + 0.3 * prev.size + first["x1"] - first["x0"] > (
                    right - (prev.bounds[0] if prev.bounds else self.left_edge) - 2
                )
            caption = bool(_CAPTION_LINE.match(line.text))
            joins = (
                full and close and not bullet and not labelled and not caption
                and line.bold == prev.bold
            )  # fmt: skip
            if not joins or self._set_right(line):
                self.flush_para()
        self.para.append(line)

    def _set_right(self, line: _Line) -> bool:
        """A line set to the right ("…, ngày 12 tháng 3 năm 2026" under a value whose dotted
        leader fills the line above) starts its own paragraph: a wrapped line starts at the
        paragraph's left, a centred one around the centre."""
        left, right = line.bounds or (self.left_edge, self.right_edge)
        width = right - left
        start = min(ln.x0 for ln in self.para)
        centre = (line.x0 + line.x1) / 2
        return line.x0 > start + 0.25 * width and centre > (left + right) / 2 + 0.15 * width

    def add_region(self, lines: list[_Line], gutters: list[tuple[float, float]]) -> None:
        self.flush_para()
        self.tables += 1
        ncols = len(gutters) + 1
        rows: list[list[list[str]]] = []
        row_boxes: list[list[list[Box]]] = []
        row_lines: list[list[_Line]] = []
        for k, line in enumerate(lines):
            if k and self.text_layer and _wraps(lines[k - 1], line, lines[:k], self.right_edge):
                last = max(i for i, c in enumerate(rows[-1]) if c)
                rows[-1][last][-1] += " " + "\t".join(t for _, _, t in line.segments)
                row_boxes[-1][last].append(line.box())
                row_lines[-1].append(line)
                continue
            cols: list[list[str]] = [[] for _ in range(ncols)]
            spans: list[list[Box]] = [[] for _ in range(ncols)]
            for x0, x1, text in line.segments:
                col = min(sum(1 for g0, _ in gutters if g0 <= x0), ncols - 1)
                cols[col].append(text)
                spans[col].append(line.box(x0, x1))
            first = " ".join(cols[0])
            starts_row = bool(first) and not first[:1].islower()
            if not rows or starts_row:
                rows.append([[] for _ in range(ncols)])
                row_boxes.append([[] for _ in range(ncols)])
                row_lines.append([])
            row_lines[-1].append(line)
            for i, parts in enumerate(cols):
                if parts:
                    rows[-1][i].append(" ".join(parts))
                    row_boxes[-1][i].extend(spans[i])
        for number, (row, boxes) in enumerate(zip(rows, row_boxes, strict=True)):
            self.doc.blocks.append(
                Block(
                    BlockKind.TABLE_ROW,
                    tuple("\n".join(c) for c in row),
                    table=self.tables,
                    page=lines[0].page + 1,
                    row=number,
                    boxes=tuple(_union(b) for b in boxes),
                    quality=tuple(_quality(row_lines[number], joined=True) for _ in boxes),
                )
            )

    def add_table(self, item: _TableItem) -> None:
        self.flush_para()
        self.tables += 1
        for number, row in enumerate(item.rows):
            boxes = tuple(item.boxes[number]) if number < len(item.boxes) else ()
            if len(row) == 1 or sum(1 for c in row if c.strip()) == 0:
                for text in row[0].split("\n") if row else []:
                    if text.strip():
                        self.doc.blocks.append(
                            Block(BlockKind.PARAGRAPH, (text,), page=item.page + 1, boxes=boxes[:1])
                        )
                continue
            self.doc.blocks.append(
                Block(
                    BlockKind.TABLE_ROW,
                    tuple(row),
                    table=self.tables,
                    page=item.page + 1,
                    row=number,
                    boxes=boxes,
                )
            )


def _centred_in(line: _Line) -> bool:
    """A line centred in its panel or column (a leaflet's cover), set in from both edges."""
    if line.bounds is None:
        return False
    left, right = line.bounds
    inset = 1.5 * line.size
    middle = abs((line.x0 + line.x1) / 2 - (left + right) / 2)
    return line.x0 > left + inset and line.x1 < right - inset and middle < 0.05 * (right - left)


def _wraps(last: _Line, nxt: _Line, region: list[_Line], right_edge: float) -> bool:
    """`nxt` is the wrapped end of `last`, a line of labels set apart by a wide tab
    ("2. Người đăng ký: …      Đơn vị: Chi bộ Trường Tiểu học Nghĩa" / "Thái"): `last`
    reaches the right margin with a labelled value (a table's cell would wrap inside its
    column, and a row starting at the margin is the next row), `nxt` starts at the block's left
    edge, and its first word would not have fitted after `last`."""
    if not _LABELLED.match(last.segments[-1][2]):
        return False
    first = nxt.words[0]
    fits = last.x1 + 0.3 * last.size + (first["x1"] - first["x0"]) <= right_edge - 2
    return (
        last.x1 >= right_edge - 2.5 * last.size
        and not fits
        and nxt.x0 <= min(ln.x0 for ln in region) + 3
        and nxt.page == last.page
        and nxt.bold == last.bold
        and not _BULLET.match(nxt.text)
        and not _is_upper(last.segments[-1][2])
    )


def _is_box_line(line: _Line) -> bool:
    return all(_BOX.match(text) for _, _, text in line.segments)


def _layout(items: list[_Line | _TableItem], builder: _Builder) -> None:
    items = in_columns(in_panels(items), builder.left_edge, builder.right_edge)
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, _TableItem):
            builder.add_table(item)
            i += 1
            continue
        if len(item.segments) >= 2 and _is_box_line(item):
            builder.flush_para()  # options spread over the line, not columns of a table
            builder.add_line(item)
            builder.flush_para()
            i += 1
            continue
        if len(item.segments) >= 2:
            gutters = _gaps(item)
            region = [item]
            j = i + 1
            while j < len(items):
                nxt = items[j]
                if isinstance(nxt, _TableItem):
                    break
                last = region[-1]
                if nxt.page == last.page and nxt.top - last.top > 2.2 * max(last.size, 8.0):
                    break  # a blank line: the block of columns has ended
                if (
                    last.x1 >= builder.right_edge - 2.5 * last.size
                    and nxt.x0 <= min(ln.x0 for ln in region) + 3
                    and nxt.text[:1].islower()
                ):
                    break  # the wrapped end of a line with a wide tab, not a column
                if builder.text_layer and _wraps(last, nxt, region, builder.right_edge):
                    region.append(nxt)  # its text runs on in the last cell of `last`'s row
                    j += 1
                    continue
                narrowed = _narrow(gutters, nxt, builder.text_centre)
                if narrowed is None:
                    break
                gutters = narrowed
                region.append(nxt)
                j += 1
            widest = max(g1 - g0 for g0, g1 in gutters)
            if len(region) > 1 or widest >= 25:
                builder.add_region(region, gutters)
                i = j
                continue
        builder.add_line(item)
        i += 1
    builder.flush_para()


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


def in_panels(items: list[_Line | _TableItem]) -> list[_Line | _TableItem]:
    """The items in reading order, a page printed in panels (a leaflet, `panels.py`) read
    panel by panel: each panel's lines follow the previous panel's last line."""
    out: list[_Line | _TableItem] = []
    pages: dict[int, list[_Line | _TableItem]] = {}
    for item in items:
        pages.setdefault(item.page, []).append(item)
    for page_items in pages.values():
        lines = items_lines(page_items)
        panels = find_panels([ln.words for ln in lines]) if len(lines) == len(page_items) else None
        out.extend(page_items if panels is None else _read_panels(lines, panels))
    return out


def _read_panels(lines: list[_Line], panels: list[tuple[float, float]]) -> list[_Line]:
    cuts = [(panels[k][1] + panels[k + 1][0]) / 2 for k in range(len(panels) - 1)]
    words: list[list[dict[str, Any]]] = [[] for _ in panels]
    for line in lines:
        for w in line.words:
            words[sum(1 for c in cuts if (w["x0"] + w["x1"]) / 2 > c)].append(w)
    columns: list[list[_Line]] = []
    for (x0, x1), panel in zip(panels, words, strict=True):
        columns.append(_group_lines(panel, lines[0].page) if panel else [])
        for line in columns[-1]:
            line.bounds = (x0, x1)
    out: list[_Line] = []
    for column in cover_first(columns, lambda c: c[0].text if c else ""):
        if out and column:
            shift = out[-1].top + 3 * out[-1].size - column[0].top  # a new paragraph
            for line in column:
                line.top += shift
        out.extend(column)
    return out


def in_columns(
    items: list[_Line | _TableItem], left: float, right: float
) -> list[_Line | _TableItem]:
    """The items in reading order, each newspaper column block read column by column.

    A column's lines keep their page positions (boxes) but get reading positions (`top`):
    the right column follows the left one a line's pitch below its last line, and what follows
    the block on the page moves down by as much, so the layout's spacing tests still hold."""
    out: list[_Line | _TableItem] = []
    run: list[_Line] = []
    shift = 0.0
    for item in [*items, None]:
        if isinstance(item, _Line):
            run.append(item)
            continue
        for block_or_line in _column_runs(run, left, right):
            if isinstance(block_or_line, _Line):
                block_or_line.top += shift
                out.append(block_or_line)
                continue
            read, moved = block_or_line
            for line in read:
                line.top += shift
            shift += moved
            out.extend(read)
        run = []
        if item is not None:
            item.top += shift
            out.append(item)
    return out


def _column_runs(
    run: list[_Line], left: float, right: float
) -> list[_Line | tuple[list[_Line], float]]:
    """The lines of a run of lines, each column block replaced by (its lines column by column,
    how far its reading order reaches below its last line on the page)."""
    out: list[_Line | tuple[list[_Line], float]] = []
    pages: dict[int, list[_Line]] = {}
    for line in run:
        pages.setdefault(line.page, []).append(line)
    for lines in pages.values():
        done = 0
        for block in find_blocks(lines, left, right):
            out.extend(lines[done : block.start])
            out.append(_read_block(lines[block.start : block.end], block))
            done = block.end
        out.extend(lines[done:])
    return out


def _read_block(lines: list[_Line], block: ColumnBlock) -> tuple[list[_Line], float]:
    columns: tuple[list[_Line], list[_Line]] = ([], [])
    for line in lines:
        for k, column in enumerate(columns):
            words = [w for w in line.words if block.side(w) == k]
            column.extend(_group_lines(words, line.page) if words else [])
    for column in columns:
        x0 = min(ln.x0 for ln in column)
        x1 = max(ln.x1 for ln in column)
        for line in column:
            texts = [t for _, _, t in line.segments]
            line.segments = [(line.x0, line.x1, " ".join(texts))]
            line.bounds = (x0, x1)
    left, right = columns
    steps = [b.top - a.top for a, b in itertools.pairwise(left) if b.top > a.top]
    pitch = statistics.median(steps) if steps else 1.2 * left[-1].size
    bottom = max(ln.top for ln in lines)
    offset = left[-1].top + pitch - right[0].top
    for line in right:
        line.top += offset
    return [*left, *right], right[-1].top - bottom


def items_lines(items: list[_Line | _TableItem]) -> list[_Line]:
    return [it for it in items if isinstance(it, _Line)]


def _drop_running_header(lines: list[_Line], running: list[str]) -> list[_Line]:
    """Lines at the top of a page that repeat the first page's top lines, in order."""
    k = 0
    while k < len(lines) and k < len(running) and lines[k].text == running[k]:
        k += 1
    return lines[k:] if k >= 2 else lines


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


def _quality(lines: list[_Line], joined: bool = False) -> float | None:
    """The lowest OCR confidence (0..1) of the lines' words (one misread word spoils a name);
    None for a real text layer. Marks without a letter or digit do not count. `joined`: the
    lines' pieces are read as one text (a paragraph), so a gap where a mark was dropped
    (`_dropped_mark`) makes it unsure too."""
    confs = [float(w["conf"]) for ln in lines for w in ln.words
             if "conf" in w and any(c.isalnum() for c in w["text"])]  # fmt: skip
    if not confs:
        return None
    quality = round(min(confs) / 100, 3)
    if joined and any(_dropped_mark(line) for line in lines):
        return min(quality, DROPPED_MARK_QUALITY)
    return quality


#: Two pieces of one OCR line joined into one text, this close (in font sizes), had something
#: between them Tesseract did not keep: a dash ("người nghèo   mái ấm" for "người nghèo –
#: mái ấm"); farther apart they are columns. A space is ~0.3; such a gap measured 0.9–1.1.
DROPPED_MARK_GAP = 1.5
#: The quality such a text gets: below the confident band, "chữ quét không thật rõ".
DROPPED_MARK_QUALITY = 0.8


def _dropped_mark(line: _Line) -> bool:
    """An OCR line whose pieces are closer than a column gap, between two words."""
    if not any("conf" in w for w in line.words):
        return False
    for (_, right, left_text), (x0, _, right_text) in itertools.pairwise(line.segments):
        close = x0 - right <= DROPPED_MARK_GAP * line.size
        words = left_text[-1:].isalnum() and right_text[:1].isalnum()
        if close and words and not _LABEL_START.match(right_text):
            return True
    return False


#: A piece of a line that opens with a label ("Chức vụ: …"): the gap before it parts fields.
_LABEL_START = re.compile(r"^[^:\d]{1,30}:")


def text_layer_chars(doc: DocumentText) -> int:
    """Letters in the text layer; (cid:NN) glyphs without a Unicode map do not count."""
    text = re.sub(r"\(cid:\d+\)", "", doc.plain_text)
    return sum(1 for ch in text if ch.isalpha())
