"""Panels: a page printed as columns of text side by side, each read top to bottom in turn.

A folded leaflet prints three panels on one landscape page; read line by line across the
page, every visual line mixes the end of one panel's sentence with another panel's heading.
Unlike newspaper columns (`columns.py`), which run inside a block of a page, panels run the
whole height of the page: a panel's gutter is an x range no word crosses (or only a stray one,
for OCR noise) from the top of the page's text to its bottom.

Forms also leave long vertical gutters (label | value grids, a header's two sides, a table
of members), so a page is in panels only when each panel holds running text of its own:
several lines of several words. A form's centred title or full-width paragraph crosses any
gutter, so it never is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from documents.extraction.fields.zones import ORG_START, mostly_upper
from documents.extraction.normalise import fold
from documents.extraction.text import Block, BlockKind

T = TypeVar("T")

#: A gutter is at least this wide (points), and only this share of the words may cross it.
_MIN_GUTTER = 10.0
_STRAY = 0.01
#: Each panel is at least this share of the text's width, with this many lines of prose.
_MIN_PANEL = 0.15
_PROSE_WORDS = 5
_PROSE_LINES = 2
#: Panels only from three on: two columns are `columns.py`'s, inside their block.
_MIN_PANELS = 3


def find_panels(lines: Sequence[Sequence[dict[str, Any]]]) -> list[tuple[float, float]] | None:
    """The panels' x ranges, left to right, of a page given as lines of words; None when the
    page does not run in panels."""
    words = [w for line in lines for w in line]
    if len(lines) < _MIN_PANELS * _PROSE_LINES or not words:
        return None
    left = min(w["x0"] for w in words)
    right = max(w["x1"] for w in words)
    width = right - left
    if width <= 0:
        return None
    gutters = _gutters(words, left, right)
    edges = [left, *[x for g in gutters for x in g], right]
    panels = [(edges[k], edges[k + 1]) for k in range(0, len(edges), 2)]
    if len(panels) < _MIN_PANELS or any(b - a < _MIN_PANEL * width for a, b in panels):
        return None
    for a, b in panels:
        prose = 0
        for line in lines:
            inside = [w for w in line if a <= (w["x0"] + w["x1"]) / 2 <= b]
            prose += len(inside) >= _PROSE_WORDS
        if prose < _PROSE_LINES:
            return None
    # the outer panels reach as wide as the inner ones: their text may stop short of the edge
    inner = sorted(b - a for a, b in panels[1:-1])[len(panels[1:-1]) // 2]
    (a0, b0), (a1, b1) = panels[0], panels[-1]
    return [(min(a0, b0 - inner), b0), *panels[1:-1], (a1, max(b1, a1 + inner))]


def _gutters(words: list[dict[str, Any]], left: float, right: float) -> list[tuple[float, float]]:
    """The x ranges between `left` and `right` that (almost) no word crosses."""
    size = int(right - left) + 1
    cover = [0] * size
    for w in words:
        for x in range(max(0, int(w["x0"] - left)), min(size, int(w["x1"] - left) + 1)):
            cover[x] += 1
    stray = max(1, int(_STRAY * len(words)))
    out: list[tuple[float, float]] = []
    start: int | None = None
    for x in range(size + 1):
        free = x < size and cover[x] <= stray
        if free and start is None:
            start = x
        elif not free and start is not None:
            if x - start >= _MIN_GUTTER and start > 0 and x < size:
                out.append((left + start, left + x))
            start = None
    return out


def unfold(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a word processor's panels (a table of one row whose cells are each a
    panel of running text, under headings) made the panels' lines in reading order, panel by
    panel, as the PDF reader reads a page in panels."""
    out: list[Block] = []
    for k, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_ROW and _alone(blocks, k) and _is_panels(block.cells):
            for cell in cover_first(list(block.cells), lambda c: c.strip().split("\n")[0]):
                out.extend(
                    Block(BlockKind.PARAGRAPH, (line.strip(),), page=block.page)
                    for line in cell.split("\n")
                    if line.strip()
                )
            continue
        out.append(block)
    return out


def _alone(blocks: Sequence[Block], k: int) -> bool:
    table = blocks[k].table
    return table is not None and sum(1 for b in blocks if b.table == table) == 1


def _is_panels(cells: Sequence[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    if len(filled) < _MIN_PANELS:
        return False
    for cell in filled:
        lines = [ln for ln in cell.split("\n") if ln.strip()]
        if sum(len(ln.split()) >= _PROSE_WORDS for ln in lines) < _PROSE_LINES:
            return False
    return True


def cover_first(panels: list[T], first_line: Callable[[T], str]) -> list[T]:
    """The panels with the cover first: a folded leaflet's front panel (the rightmost of its
    outer side) opens with the issuing body in capitals ("HỘI NÔNG DÂN XÃ …"), which a form
    puts at the top of its page: read first, it stands where the reader looks for it."""
    for k, panel in enumerate(panels):
        line = first_line(panel).strip()
        if k and mostly_upper(line) and ORG_START.match(fold(line).lower()):
            return [panel, *panels[:k], *panels[k + 1 :]]
    return panels
