"""Lines and tables laid out into blocks: paragraphs joined from wrapped lines, borderless
column regions (found from gutters) as table rows, ruled tables as rows.

Used by the PDF text-layer reader and, with OCR word boxes, by the OCR reader
(`ocr.layout_like_pdf`), so a scan yields the same blocks as the PDF it was printed from.
"""

from __future__ import annotations

import re

from documents.extraction.pdf_lines import (
    _BULLET,
    _LABEL_START,
    _is_upper,
    _Line,
    _quality,
    _union,
)
from documents.extraction.pdf_order import in_columns, in_panels
from documents.extraction.pdf_tables import _TableItem
from documents.extraction.text import Block, BlockKind, Box, DocumentText

#: A segment opening with a label and its colon ("Đơn vị: …", "Điện thoại NR: …").
_LABELLED = re.compile(r"^[^:,;–-]{2,25}:\s")
#: A line of check boxes ("☒ Tập thể    ☐ Cá nhân"): every segment opens with a box.
_BOX = re.compile(r"^\s*(?:[☐☒☑□■▢❑❏✓✔]|\[\s*[xX✓]?\s*\]|\(\s*[xX✓]?\s*\))")
_MIN_GUTTER = 6.0
#: A table row's number with the next column's words glued on ("1 Bà H'Ngơn Mlô", "2. Ông …"):
#: with the rules gone, OCR reads a narrow "TT" column and the names beside it as one column.
#: (A number alone in its own column keeps the usual rule: a line with that column empty
#: continues the row.)
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s+\S")
#: A column's number in a header ("(3)", "3)", OCR's "(3"), not a figure.
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)$|^\(\d{1,2}\)?$")
#: A row number alone in its column ("1", "2.").
_LONE_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s*$")
#: A first cell opening with a figure, maybe misread ("7;", "3_", "(4)"): never a continuation.
_FIGURE_START = re.compile(r"^\s*\W?\d")
#: A total row under the numbered rows ("Tổng cộng", "Cộng"): a row of its own.
_TOTAL_ROW = re.compile(r"^\s*(?:t[ổô]ng|c[ộô]ng)\b", re.IGNORECASE)

#: A numbered item whose stop OCR read as "," ";" ":" ("3, Chức vụ …", "4: Số điện thoại"):
#: still a new item, never the wrapped end of the line above (a form's dotted leaders run to
#: the margin, so that line looks full).
_SLIPPED_NUMBER = re.compile(r"^\s*\d{1,2}[,;:]\s+[A-ZĐÀ-Ỹ]")
#: A printed caption alone on its line under the value it names ("(Tên mô hình)"): never the
#: wrapped end of that value (`fields/captions.py` pairs them).
_CAPTION_LINE = re.compile(r"^\s*\([^()]{3,60}\)\s*$")


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
        # OCR reads a table one visual line at a time: numbered rows gather their lines
        self.numbered_rows = False
        #: the last borderless region laid out: its lines, first block and end of its blocks
        self.last_region: tuple[list[_Line], int, int] | None = None

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
        if self.numbered_rows:
            lines = self._with_header(lines, gutters)
            lines, gutters = _numbered_columns(lines, gutters)
        start = len(self.doc.blocks)
        self.tables += 1
        ncols = len(gutters) + 1
        rows: list[list[list[str]]] = []
        row_boxes: list[list[list[Box]]] = []
        row_lines: list[list[_Line]] = []
        numbered = False  # the row being built opens with its row number ("1", "2.")
        expected = 1  # rows are numbered 1, 2, 3 …: a lone "8" is no list's row
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
            if starts_row and numbered and self.numbered_rows:
                starts_row = not _continues_numbered_row(lines[k - 1], line, first)
            if not rows or starts_row:
                numbered = bool(_ROW_NUMBER.match(first)) and _number(first) == expected
                expected += numbered
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
        self.last_region = (lines, start, len(self.doc.blocks))

    def _with_header(self, lines: list[_Line], gutters: list[tuple[float, float]]) -> list[_Line]:
        """The region's lines, with the header laid out just above them when the region opens
        with a numbered row: OCR reads a two-row header with merged cells as lines whose gaps
        match no column ("Mô hình … cá nhân Số người"), so the header became a table of its
        own; cut by the numbered rows' columns it is the first row of their table again."""
        last, self.last_region = self.last_region, None
        opening = _first_column(lines[0], gutters)
        if last is None or not _ROW_NUMBER.match(opening) or _number(opening) != 1:
            return lines
        head, start, end = last
        if (
            end != len(self.doc.blocks)
            or head[-1].page != lines[0].page
            or lines[0].top - head[-1].top > 2.2 * max(head[-1].size, 8.0)
            or _ROW_NUMBER.match(_first_column(head[0], gutters))
        ):
            return lines
        del self.doc.blocks[start:]
        self.tables -= 1
        return [*head, *lines]

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


def _numbers_columns(line: _Line) -> bool:
    """A header's line numbering its columns ("(1) (2) (3) …", OCR may misread a few marks):
    it says nothing, and cut by other columns it would read as a first row of figures."""
    tokens = line.text.split()
    numbers = sum(1 for t in tokens if _COLUMN_NUMBER.match(t))
    return len(tokens) >= 3 and all(len(t) <= 5 for t in tokens) and 2 * numbers > len(tokens)


def _numbered_columns(
    lines: list[_Line], gutters: list[tuple[float, float]]
) -> tuple[list[_Line], list[tuple[float, float]]]:
    """A header over numbered rows, as OCR reads it: its lines without the one numbering the
    columns, and the gutters every line leaves free. The gutters of a region come from its
    first line, and a header's first line has merged cells ("Kết quả thực hiện mô hình" over
    two columns), so a column set apart only in the header's second line and the rows would
    be lost."""
    numbered = [
        k for k, line in enumerate(lines)
        if k and (_LONE_NUMBER.match(line.segments[0][2])
                  or _ROW_NUMBER.match(_first_column(line, gutters)))
    ]  # fmt: skip
    if not numbered:
        return lines, gutters
    first = numbered[0]
    if _number(lines[first].segments[0][2]) != 1:
        return lines, gutters  # the first row is numbered 1 ("8" alone: numbers misread)
    kept = [ln for ln in lines[:first] if not _numbers_columns(ln)] + lines[first:]
    spans = sorted((x0, x1) for line in kept for x0, x1, _ in line.segments)
    free: list[tuple[float, float]] = []
    covered = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - covered >= _MIN_GUTTER:
            free.append((covered, x0))
        covered = max(covered, x1)
    every = all(any(f0 < g1 and g0 < f1 for f0, f1 in free) for g0, g1 in gutters)
    # the header opens in the first column ("TT"), as the rows do
    every = every and bool(free) and kept[0].segments[0][0] < free[0][0]
    return kept, free if every and len(free) > len(gutters) else gutters


def _number(text: str) -> int | None:
    """The row number opening a cell ("12. Bà …" gives 12)."""
    found = re.match(r"\s*(\d{1,3})", text)
    return int(found.group(1)) if found else None


def _first_column(line: _Line, gutters: list[tuple[float, float]]) -> str:
    """The text of a line left of the first gutter."""
    return " ".join(text for x0, _, text in line.segments if x0 < gutters[0][0])


def _continues_numbered_row(prev: _Line, line: _Line, first: str) -> bool:
    """OCR reads a table whose rows are people or models one visual line at a time: a line
    under a numbered row ("1 | Bà … | “Hũ gạo …") with no number of its own ("Sinh năm: 1979 |
    giúp chị em …") is the rest of that row's cells, when it follows at line spacing. A line
    in capitals (the signatures' heading under the table) or a total row starts its own row.
    Only for OCR (`_Builder.numbered_rows`): a text layer's borderless rows stay as they are."""
    return (
        not _FIGURE_START.match(first)
        and not _TOTAL_ROW.match(first)
        and not _is_upper(line.text)
        and line.page == prev.page
        and 0 < line.top - prev.top <= 1.8 * max(prev.size, 8.0)
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
        and not _own_label_line(nxt)
    )


def _own_label_line(line: _Line) -> bool:
    """A line opening with a label of its own ("Chức vụ, nghề nghiệp: …"): a new line of the
    form, not the wrapped end of the cell above."""
    return line.text[:1].isupper() and bool(_LABEL_START.match(line.text))


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
