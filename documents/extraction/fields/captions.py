"""Captions below their values: "Trường THCS …" over a rule, "(Tên đơn vị đăng ký)" under it.

Some forms print no label before a value: the value is written on a line (or a dotted rule)
and the printed caption, in parentheses, sits just under it, often several pairs side by side
("Bùi Văn A   Phó Hiệu trưởng   0967 …" over "(Họ và tên người phụ trách) (Chức vụ) (Điện
thoại)"). Every reader already hands such a line over as a paragraph or a table row of its
columns, so the pairs are found on the blocks: a caption that names a field of the lexicon is
the label of the text just above it in the same column (the cell of the row above, the
paragraph above, or for a long field the run of paragraphs above). The pair is rewritten as
"Caption: value" in the value's place and the caption is blanked, so block indices, and with
them provenance, stay as they were, and the ordinary label reading takes it from there.

A caption under a signature ("(ký, ghi rõ họ tên)") has the same geometry but belongs to the
signature block (`zones.py`), which reads it already: it is left alone here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from documents.extraction.fields.labels import OTHER, match_label
from documents.extraction.fields.lines import LONG_FIELDS, find_labels
from documents.extraction.fields.zones import is_decoration, is_signature_text
from documents.extraction.text import Block, BlockKind, Box

#: A whole line in parentheses, short enough to be a caption.
_CAPTION = re.compile(r"^\s*\(([^()]{3,60})\)\s*$")
_ONE_CAPTION = re.compile(r"\([^()]{3,60}\)")
#: A cell of captions only: one, or several whose values were left blank.
_ALL_CAPTIONS = re.compile(r"^\s*(?:\([^()]{3,60}\)\s*)+$")
#: How many paragraphs above a long field's caption may still be its value.
_LONG_RUN = 12


def caption_label(text: str) -> tuple[str, str] | None:
    """The field and label of a printed caption "(Tên mô hình)", or None when the text is no
    caption, names no field of the contract, or is a signature's caption."""
    match = _CAPTION.match(text)
    if match is None or is_signature_text(text):
        return None
    inner = match.group(1).strip()
    found = match_label(inner)
    if found is None or found.field == OTHER:
        return None
    if found.confidence < (0.85 if found.field in LONG_FIELDS else 1.0):
        return None  # "(Đơn vị điền thông tin vào chỗ trống)": an instruction, not a caption
    return found.field, _label_of(inner)


def relabel(blocks: Sequence[Block]) -> tuple[list[Block], set[int]]:
    """The blocks with every value-over-caption pair made "Caption: value" (same length), and
    the blocks of the blanked captions under paragraphs: a value running on ends there."""
    out = list(blocks)
    ends: set[int] = set()
    for i in range(1, len(out)):
        block = out[i]
        if block.kind is BlockKind.TABLE_ROW:
            _table_pair(out, i)
        elif (found := caption_label(block.text)) is not None and _paragraph_pair(out, i, *found):
            ends.add(i)
    return out, ends


@dataclass(frozen=True)
class _Caption:
    """One caption of a row of captions; a cell may hold several when the value between them
    was left blank ("(Chức vụ) (Điện thoại)"), each with its share of the cell's width."""

    col: int
    text: str
    span: tuple[float, float] | None


def _captions_row(row: Block) -> list[_Caption] | None:
    """The captions of a row whose every filled cell is captions, one of a field at least."""
    units: list[_Caption] = []
    for col, cell in enumerate(row.cells):
        text = " ".join(cell.split())
        if not text:
            continue
        if not _ALL_CAPTIONS.match(text):
            return None
        box = row.box(col)
        for match in _ONE_CAPTION.finditer(text):
            span = None
            if box is not None:
                width = box.x1 - box.x0
                span = (box.x0 + width * match.start() / len(text),
                        box.x0 + width * match.end() / len(text))  # fmt: skip
            units.append(_Caption(col, match.group(0), span))
    if not any(caption_label(u.text) for u in units):
        return None
    return units


def _table_pair(out: list[Block], i: int) -> None:
    """A row of captions under the values they name: column by column under a row of the same
    table, else by geometry (the caption nearest under each value's box)."""
    row, above = out[i], out[i - 1]
    units = _captions_row(row)
    if units is None:
        return
    same = (
        above.kind is BlockKind.TABLE_ROW
        and above.table == row.table
        and len(above.cells) == len(row.cells)
        and len({u.col for u in units}) == len(units)
    )
    pairs = {u.col: u for u in units} if same else _by_geometry(above, units)
    values = list(above.cells)
    for col, unit in pairs.items():
        value = values[col].strip()
        if not value or _ALL_CAPTIONS.match(value) or is_decoration(value) or find_labels(value):
            continue
        found = caption_label(unit.text)
        values[col] = f"{found[1] if found else _label_of(unit.text)}: {value}"
    if values != list(above.cells):
        out[i - 1] = replace(above, cells=tuple(values))
        out[i] = replace(row, cells=tuple("" for _ in row.cells))  # blank captions name nothing


def _by_geometry(above: Block, units: list[_Caption]) -> dict[int, _Caption]:
    """Each cell above with the caption whose middle is nearest its own, when the two overlap
    across (PDF and OCR boxes); nothing where boxes are unknown."""
    pairs: dict[int, _Caption] = {}
    for col in range(len(above.cells)):
        box = above.box(col)
        if box is None:
            continue
        middle = (box.x0 + box.x1) / 2
        near = [
            (abs((u.span[0] + u.span[1]) / 2 - middle), u)
            for u in units
            if u.span is not None and min(box.x1, u.span[1]) > max(box.x0, u.span[0]) - 20
        ]
        if near:
            pairs[col] = min(near, key=lambda d: d[0])[1]
    return pairs


def _label_of(caption: str) -> str:
    """A caption's words as a label ("(Loại: tập thể hay cá nhân)" → "Loại tập thể hay cá
    nhân"), its own colons gone so that the value's colon is the only one."""
    return re.sub(r"\s*[:：]\s*", " ", caption.strip().strip("()").strip())


def _paragraph_pair(out: list[Block], i: int, field: str, label: str) -> bool:
    """A caption paragraph under the paragraph (or, for a long field, the paragraphs) of its
    value: the first of them takes the label, the caption goes blank."""
    caption = out[i]
    first = None
    limit = _LONG_RUN if field in LONG_FIELDS else 1
    j = i - 1
    while j >= 0 and i - j <= limit and _is_value(out[j], caption.box()):
        first = j
        j -= 1
    if first is None:
        return False
    value = out[first]
    out[first] = replace(value, cells=(f"{label}: {value.cells[0].strip()}",))
    out[i] = replace(caption, cells=("",))
    return True


def _is_value(block: Block, under: Box | None) -> bool:
    """A paragraph that may be the value of the caption `under` it: written text, not a
    caption or a labelled line itself, and in the caption's column where boxes are known."""
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or not text or is_decoration(text):
        return False
    if _CAPTION.match(text) or find_labels(text):
        return False
    box = block.box()
    if box is None or under is None or box.page != under.page:
        return True
    return min(box.x1, under.x1) > max(box.x0, under.x0)
