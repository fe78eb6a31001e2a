"""Reading order of a PDF's lines: a leaflet read panel by panel, newspaper columns read
column by column, and a running header repeated on later pages dropped.

Lines keep their page positions (boxes) and get reading positions (`top`), so the layout
(`pdf_layout`) can treat them as one column of text.
"""

from __future__ import annotations

import itertools
import statistics
from typing import Any

from documents.extraction.columns import ColumnBlock, find_blocks
from documents.extraction.panels import cover_first, find_panels
from documents.extraction.pdf_lines import _group_lines, _Line
from documents.extraction.pdf_tables import _TableItem


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
