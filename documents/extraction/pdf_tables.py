"""Ruled tables of a PDF page, read from `find_tables` (edges only) and the page's words.

Each cell's words are grouped into lines with `pdf_lines`; the words outside every table go
on to the layout of blocks (`pdf_layout`), which places the tables among the lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from documents.extraction.pdf_lines import _BULLET, _group_lines, _is_upper, _Line
from documents.extraction.text import Box


@dataclass
class _TableItem:
    top: float
    page: int
    rows: list[list[str]]
    boxes: list[list[Box | None]] = field(default_factory=list)


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
