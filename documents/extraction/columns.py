"""Newspaper columns: a block of lines whose text runs in two columns side by side.

Read line by line across the page, two columns interleave ("Mỗi ngày công, góp vật liệu …
khó khó khăn"): every visual line holds the end of one sentence and the middle of another.
A column block is found from the word boxes alone, so the PDF text layer and OCR share it:
a vertical gutter (an x range in the middle of the text that no word crosses) over a run of
consecutive lines, with running prose on both sides. Prose is what tells columns from the
things that also leave a gutter and must stay rows: the two-cell header block ("ĐẢNG BỘ XÃ …
| ĐẢNG CỘNG SẢN VIỆT NAM"), a signature block, two labels on one line ("Họ và tên: … Chức vụ:
…"). Each side of a column block must wrap sentences: a line reaching its column's right edge
followed by one that goes on in lower case.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

#: The gutter lies in the middle half of the text's width.
_BAND = 0.25
_MIN_GUTTER = 8.0
#: A column is at least this share of the text's width.
_MIN_COLUMN = 0.25
#: Lines on each side, and wrapped sentences on each side, a column block has at least.
_MIN_LINES = 3
_MIN_WRAPS = 2
#: A line this close (share of the column's width) to its column's right edge is full.
_FULL = 0.2
#: A vertical gap wider than this many line heights ends a block (a blank line).
_BLANK = 2.2
#: … and one side's line this far below that side's previous line ends it too.
_SIDE_BLANK = 3.0
#: A gap this many font sizes wide splits a line into cells; a column side has few such lines.
_WIDE_GAP = 1.5
_SPLIT_LINES = 0.2

Interval = tuple[float, float]


class LineLike(Protocol):
    """A visual line: its words (x0, x1, text), global top and font size."""

    words: list[dict[str, Any]]
    top: float
    size: float
    page: int


@dataclass(frozen=True)
class ColumnBlock:
    """Lines `start` to `end` (exclusive) of a page run in two columns split at `gutter`."""

    start: int
    end: int
    gutter: Interval

    def side(self, word: dict[str, Any]) -> int:
        """0 for a word of the left column, 1 for the right."""
        return 0 if (word["x0"] + word["x1"]) / 2 < sum(self.gutter) / 2 else 1


def find_blocks(lines: Sequence[LineLike], left: float, right: float) -> list[ColumnBlock]:
    """The column blocks among `lines` (in reading order), none overlapping."""
    width = right - left
    if width <= 0:
        return []
    band = (left + _BAND * width, right - _BAND * width)
    blocks: list[ColumnBlock] = []
    i = 0
    while i < len(lines):
        end, free = _grow(lines, i, band)
        gutter = max(free, key=lambda g: g[1] - g[0]) if free else None
        end = _trim(lines, i, end, gutter) if gutter else end
        if gutter is not None and _is_prose(lines[i:end], gutter, width):
            blocks.append(ColumnBlock(i, end, gutter))
            i = end
        else:
            i += 1
    return blocks


def _grow(lines: Sequence[LineLike], start: int, band: Interval) -> tuple[int, list[Interval]]:
    """The end of the run from `start` over which some gutter stays free, and its gutters."""
    free = _subtract([band], lines[start].words)
    end = start + 1
    while end < len(lines) and free:
        prev, line = lines[end - 1], lines[end]
        if line.page != prev.page or line.top - prev.top > _BLANK * max(prev.size, 8.0):
            break
        narrowed = _subtract(free, line.words)
        if not narrowed:
            break
        free = narrowed
        end += 1
    return end, free


def _trim(lines: Sequence[LineLike], start: int, end: int, gutter: Interval) -> int:
    """The block's end once a side breaks off: a line far below the last one on its own side
    is no longer that column's (the left column ended early and a signature block's "Nơi
    nhận:" sits below the right one)."""
    middle = sum(gutter) / 2
    last: dict[int, float] = {}
    for k in range(start, end):
        line = lines[k]
        for side in {0 if (w["x0"] + w["x1"]) / 2 < middle else 1 for w in line.words}:
            if side in last and line.top - last[side] > _SIDE_BLANK * max(line.size, 8.0):
                return k
            last[side] = line.top
    return end


def _subtract(free: list[Interval], words: Sequence[dict[str, Any]]) -> list[Interval]:
    """The free intervals with the words' extents taken out; slivers are dropped."""
    out = free
    for word in words:
        x0, x1 = float(word["x0"]), float(word["x1"])
        nxt: list[Interval] = []
        for g0, g1 in out:
            if x1 <= g0 or x0 >= g1:
                nxt.append((g0, g1))
                continue
            nxt.extend(g for g in ((g0, x0), (x1, g1)) if g[1] - g[0] >= _MIN_GUTTER)
        out = nxt
    return out


def _is_prose(lines: Sequence[LineLike], gutter: Interval, width: float) -> bool:
    """Both sides hold enough lines, are wide enough, and wrap sentences."""
    middle = sum(gutter) / 2
    sides: tuple[list[list[dict[str, Any]]], list[list[dict[str, Any]]]] = ([], [])
    for line in lines:
        left = [w for w in line.words if (w["x0"] + w["x1"]) / 2 < middle]
        right = [w for w in line.words if (w["x0"] + w["x1"]) / 2 >= middle]
        for side, words in zip(sides, (left, right), strict=True):
            if words:
                side.append(words)
    return all(_wraps_sentences(side, width) for side in sides)


def _wraps_sentences(side: list[list[dict[str, Any]]], width: float) -> bool:
    if len(side) < _MIN_LINES:
        return False
    split = sum(1 for words in side if _has_gap(words))
    if split > _SPLIT_LINES * len(side):
        return False  # cells of a table side by side, wrapped in each cell: not one column
    x0 = min(ws[0]["x0"] for ws in side)
    x1 = max(ws[-1]["x1"] for ws in side)
    if x1 - x0 < _MIN_COLUMN * width:
        return False
    full = x1 - _FULL * (x1 - x0)
    wraps = 0
    for above, below in itertools.pairwise(side):
        first = str(below[0]["text"])[:1]
        if above[-1]["x1"] >= full and first.isalpha() and first.islower():
            wraps += 1
    return wraps >= _MIN_WRAPS


def _has_gap(words: list[dict[str, Any]]) -> bool:
    """A gap between two words of a line far wider than a space, even a justified one."""
    return any(
        b["x0"] - a["x1"] > _WIDE_GAP * float(a.get("size", 12.0))
        for a, b in itertools.pairwise(words)
    )
