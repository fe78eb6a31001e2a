"""The cells of a table's rows, and what a single cell says: shared by the readers of header
rows (`table_header.py`), of forms one per row (`table_forms.py`) and of label | value rows
(`table_pairs.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.fields.found import Where
from documents.extraction.fields.gloss import strip_english
from documents.extraction.fields.labels import OTHER, LabelMatch, label_key, match_label
from documents.extraction.fields.lines import SEP

_HONORIFIC_HEAD = re.compile(r"^(?:ong|ba|ong ba|ong ba anh chi|danh xung|gioi tinh)$")
HONORIFIC = "_honorific"
TICK = re.compile(r"^\s*(?:[xX✓✔☒☑]|\(x\)|\[x\])\s*$")


@dataclass(frozen=True)
class Row:
    block: int
    cells: tuple[str, ...]
    numbered: bool = False  # its first cell held the row's number (blanked in `cells`)

    def where(self, col: int) -> Where:
        return Where(self.block, col)


def cell_label(text: str) -> LabelMatch | None:
    bare = text.replace("\n", " ").strip().rstrip(": ")
    if not bare or len(bare) > 90 or SEP.search(bare):
        return None
    if _HONORIFIC_HEAD.match(label_key(bare)):
        return LabelMatch(HONORIFIC, 1.0, None)
    found = match_label(bare, prefix=False)
    if found is None and strip_english(bare) != bare:
        return LabelMatch(OTHER, 0.8, None)  # "Mã dự án / Project code": a label all the same
    return found


_NUMBER_HEADS = frozenset({"tt", "stt", "so tt", "thu tu", "so thu tu"})


def group_caption(texts: list[str] | tuple[str, ...], i: int) -> bool:
    """'ĐƠN VỊ / UNIT' | 'Tên đơn vị' | value: a merged first cell naming the group of rows
    it spans, before a label cell of its own: no label of the value after that label."""
    rest = [t for t in texts[i + 1 :] if t]
    if len(rest) < 2 or label_key(texts[i]) in _NUMBER_HEADS:
        return False  # "TT | Nội dung | Thông tin": the header of a numbering column
    inner = cell_label(rest[0])
    return inner is not None and inner.confidence >= 0.8 and cell_label(rest[1]) is None
