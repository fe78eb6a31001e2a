"""The cells of a table's rows, and what a single cell says: shared by the readers of header
rows (`table_header.py`), of forms one per row (`table_forms.py`) and of label | value rows
(`table_pairs.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.fields.found import Where
from documents.extraction.fields.labels import LabelMatch, label_key, match_label
from documents.extraction.fields.lines import SEP

_HONORIFIC_HEAD = re.compile(r"^(?:ong|ba|ong ba|ong ba anh chi|danh xung|gioi tinh)$")
HONORIFIC = "_honorific"
TICK = re.compile(r"^\s*(?:[xX✓✔☒☑]|\(x\)|\[x\])\s*$")


@dataclass(frozen=True)
class Row:
    block: int
    cells: tuple[str, ...]

    def where(self, col: int) -> Where:
        return Where(self.block, col)


def cell_label(text: str) -> LabelMatch | None:
    bare = text.replace("\n", " ").strip().rstrip(": ")
    if not bare or len(bare) > 90 or SEP.search(bare):
        return None
    if _HONORIFIC_HEAD.match(label_key(bare)):
        return LabelMatch(HONORIFIC, 1.0, None)
    return match_label(bare, prefix=False)
