"""Ruled tables of a scan, rebuilt from the rules themselves.

Before OCR the table borders are taken off the page (Tesseract misreads them); without them
the words of a ruled table are only a loose grid, and a header cell on two lines ("Đơn vị /
tính") reads as a label followed by the next cells' words. Here the rules found on the page
become edges, pdfplumber's own table finder turns them into cells (merged cells included),
and the PDF reader's `_tables` puts every OCR word into its cell: the scan gets the same
table rows as the PDF it was printed from.
"""

from __future__ import annotations

from typing import Any

from PIL import Image

#: Rules are traced on a copy this many times smaller (a rule is ≥ 80 px long at 300 dpi).
_REDUCE = 4
#: pdfplumber's tolerances, in points: a rule's thickness and the gaps where cells meet.
_SNAP = 3.0

Edge = dict[str, Any]


def _runs(row: bytes) -> list[tuple[int, int]]:
    """(start, end) of the runs of white (255) in one row of a mask."""
    runs: list[tuple[int, int]] = []
    start = row.find(255)
    while start >= 0:
        end = row.find(0, start)
        end = len(row) if end < 0 else end
        runs.append((start, end))
        start = row.find(255, end)
    return runs


def trace_rules(mask: Image.Image, horizontal: bool) -> list[tuple[int, int, int]]:
    """Segments (across-position, start, end) in pixels of a rule mask (white = rule)."""
    small = mask.reduce(_REDUCE) if min(mask.size) >= _REDUCE else mask
    if not horizontal:
        small = small.transpose(Image.Transpose.TRANSPOSE)
    width, data = small.width, small.point(lambda p: 255 if p > 0 else 0).tobytes()
    segments: list[tuple[int, int, int]] = []
    for y in range(small.height):
        for start, end in _runs(data[y * width : (y + 1) * width]):
            segments.append((y * _REDUCE, start * _REDUCE, end * _REDUCE))
    return segments


def edges(
    horizontal: list[tuple[int, int, int]], vertical: list[tuple[int, int, int]], scale: float
) -> list[Edge]:
    """pdfplumber edges (points, top-down) from traced segments in pixels × `scale`."""
    out: list[Edge] = []
    for y, x0, x1 in horizontal:
        top = y * scale
        out.append({"orientation": "h", "x0": x0 * scale, "x1": x1 * scale, "top": top,
                    "bottom": top, "width": (x1 - x0) * scale, "height": 0.0})  # fmt: skip
    for x, y0, y1 in vertical:
        left = x * scale
        out.append({"orientation": "v", "x0": left, "x1": left, "top": y0 * scale,
                    "bottom": y1 * scale, "width": 0.0, "height": (y1 - y0) * scale})  # fmt: skip
    return out


class RuledPage:
    """Stands in for a pdfplumber page in `pdf_reader._tables`: its tables come from edges."""

    def __init__(self, page_edges: list[Edge]) -> None:
        self.page_edges = page_edges

    def find_tables(self) -> list[Any]:
        from pdfplumber.table import (
            Table,
            cells_to_tables,
            edges_to_intersections,
            intersections_to_cells,
            merge_edges,
        )

        if not self.page_edges:
            return []
        merged = merge_edges(self.page_edges, _SNAP, _SNAP, _SNAP, _SNAP)
        points = edges_to_intersections(merged, _SNAP, _SNAP)
        cells = intersections_to_cells(points)
        # Two rules crossing make no table: a table has at least two cells.
        return [Table(None, group) for group in cells_to_tables(cells) if len(group) >= 2]  # type: ignore[arg-type]
