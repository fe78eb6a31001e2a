"""A spreadsheet printed as a page: its grid headings taken off, its rows given their roles.

Units keep registers in Excel and print them "with headings": a first row of column letters
(A, B, C …) and a first column of row numbers, over a grid in which everything, the header
block, the title, the table and the signatures, is a row of one big table. Read as it comes,
the letters look like a table's header and the title like a cell, so nothing is where the
reader expects it. Taken off and sorted back, the sheet reads like any paper: a row with one
filled cell is a line of text, a row with two filled cells far apart is a two-sided block (the
header's issuer and motto, the signatures), and the rest is the table itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from documents.extraction.text import Block, BlockKind

#: Far enough apart that two filled cells of a row are two sides, not a label and its value.
SIDES_GAP = 3
_ROW_NUMBER = re.compile(r"^\d{1,4}$")
_T = TypeVar("_T")


def _letters(n: int) -> list[str]:
    """The first `n` column headings of a spreadsheet: A … Z, AA, AB …"""
    out = []
    for i in range(n):
        name, k = "", i
        while True:
            name = chr(ord("A") + k % 26) + name
            k = k // 26 - 1
            if k < 0:
                break
        out.append(name)
    return out


def _is_letter_row(block: Block) -> bool:
    cells = [c.strip() for c in block.cells]
    letters = cells[1:] if cells and not cells[0] else cells
    return len(letters) >= 3 and letters == _letters(len(letters))


def _numbered(rows: list[Block]) -> bool:
    """Whether the rows open with the sheet's row numbers, counting up from 1."""
    numbers = [r.cells[0].strip() for r in rows if r.cells]
    counted = [int(n) for n in numbers if _ROW_NUMBER.match(n)]
    return len(counted) >= 0.8 * len(numbers) and counted == list(
        range(counted[0], counted[0] + len(counted)) if counted else []
    )


def unframe(blocks: list[Block]) -> list[Block]:
    """The blocks with each printed spreadsheet's headings off and its rows in their roles."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind is not BlockKind.TABLE_ROW or not _is_letter_row(block):
            out.append(block)
            i += 1
            continue
        end = i + 1
        while end < len(blocks) and blocks[end].table == block.table:
            end += 1
        rows = blocks[i + 1 : end]
        if rows and _numbered(rows):
            rows = [replace(r, cells=r.cells[1:], boxes=r.boxes[1:], quality=r.quality[1:])
                    for r in rows]  # fmt: skip
        out += _sorted_out(rows, block.table or 0)
        i = end
    return out


def _sorted_out(rows: list[Block], table: int) -> list[Block]:
    """Each row as a line, a two-sided row or a table row; tables renumbered apart."""
    out: list[Block] = []
    next_id = 10_000 + table * 100  # ids no reader gives: sides and data tables kept apart
    current: tuple[str, int] | None = None
    for row in rows:
        filled = [k for k, c in enumerate(row.cells) if c.strip()]
        if not filled:
            current = None
            continue
        if len(filled) == 1:
            k = filled[0]
            out.append(replace(row, kind=BlockKind.PARAGRAPH, cells=(row.cells[k],), table=None,
                               row=None, boxes=row.boxes[k : k + 1],
                               quality=row.quality[k : k + 1]))  # fmt: skip
            current = None
            continue
        sides = len(filled) == 2 and filled[1] - filled[0] >= SIDES_GAP
        role = "sides" if sides else "table"
        if current is None or current[0] != role:
            next_id += 1
            current = (role, next_id)
        if sides:
            a, b = filled
            out.append(replace(row, cells=(row.cells[a], row.cells[b]), table=current[1],
                               boxes=_pick(row.boxes, a, b), quality=_pick(row.quality, a, b)))  # fmt: skip
        else:
            out.append(replace(row, table=current[1]))
    return out


def _pick(values: tuple[_T, ...], a: int, b: int) -> tuple[_T, ...]:
    return tuple(values[k] for k in (a, b) if k < len(values))
