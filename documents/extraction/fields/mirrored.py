"""A label | value table written the other way round: the values left, the labels right.

Some units type the registration into a grid headed "Nội dung đăng ký | Mục", the answer first
and the item it answers in the last column. Read left to right, every value would take the
label of the row above as its own and the labels would be values ("Tập thể" as the model's
name). When most rows of a two-column table hold a known label on the right and hardly any on
the left (a heading row such as "Nội dung đăng ký | Mục" may), the table is mirrored back
before anything reads it.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from documents.extraction.fields.labels import OTHER, match_label
from documents.extraction.text import Block, BlockKind

#: Rows with a label on the right (and none on the left) a table needs before it is mirrored.
MIN_ROWS = 3


def _is_label(text: str) -> bool:
    found = match_label(text.strip().rstrip(":*").strip(), prefix=False)
    return found is not None and found.confidence >= 1.0 and found.field != OTHER


def _mirrored(rows: list[Block]) -> bool:
    pairs = [r for r in rows if r.kind is BlockKind.TABLE_ROW and len(r.cells) == 2]
    if len(pairs) != len(rows):
        return False
    right = sum(1 for r in pairs if _is_label(r.cells[1]) and not _is_label(r.cells[0]))
    left = sum(1 for r in pairs if _is_label(r.cells[0]))
    return right >= max(MIN_ROWS, 3 * left) and right >= 0.6 * len(pairs)


def unmirror(blocks: list[Block]) -> list[Block]:
    """The blocks with each mirrored label | value table turned the right way round."""
    out: list[Block] = []
    for table, group in groupby(blocks, key=lambda b: b.table):
        rows = list(group)
        if table is None or not _mirrored(rows):
            out += rows
            continue
        out += [
            replace(r, cells=r.cells[::-1], boxes=r.boxes[::-1], quality=r.quality[::-1])
            for r in rows
        ]
    return out
