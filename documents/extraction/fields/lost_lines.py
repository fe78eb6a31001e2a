"""Scans: a line OCR lost right under a value that filled its line.

A value written to the right margin ("… UBND xã Nghĩa") runs on into the next line ("Thái……").
When OCR drops that line (ink over a dotted leader, a faint pen), the value looks whole but is
cut: the gap under its line, about one line high, is the only trace left. Such a value stays
below 0.9 with a reason for the office.
"""

from __future__ import annotations

from documents.extraction.fields.found import Where
from documents.extraction.text import BlockKind, Box, DocumentText

#: A line reaches the margin when it ends within this share of the text's width from it.
_FULL = 0.1
#: The gap under a line, in line heights, that only a missing line explains.
_MISSING = 1.1


def runs_into_a_lost_line(doc: DocumentText, places: tuple[Where, ...]) -> bool:
    """Does the value end on a paragraph line that fills the text's width, with a gap of a
    whole line under it before the next line of the page?"""
    if not places or not 0 <= places[-1].block < len(doc.blocks) - 1:
        return False
    index = places[-1].block
    block = doc.blocks[index]
    box = block.boxes[0] if block.kind is BlockKind.PARAGRAPH and block.boxes else None
    below = doc.blocks[index + 1].boxes
    nxt = min((b for b in below if b is not None), key=lambda b: b.top, default=None)
    if box is None or nxt is None or nxt.page != box.page:
        return False
    left, right = _text_edges(doc, box.page)
    height = box.bottom - box.top
    full = box.x1 >= right - _FULL * (right - left)
    return full and height > 0 and nxt.top - box.bottom > _MISSING * height


def _text_edges(doc: DocumentText, page: int) -> tuple[float, float]:
    boxes: list[Box] = [
        b for blk in doc.blocks for b in blk.boxes if b is not None and b.page == page
    ]
    return min(b.x0 for b in boxes), max(b.x1 for b in boxes)
