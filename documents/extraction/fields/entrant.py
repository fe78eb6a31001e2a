"""An entrant's or author's particulars: no value of the model.

A writing-contest entry ("Bài dự thi") puts its author's particulars on the cover, under a
heading "THÔNG TIN TÁC GIẢ" / "THÔNG TIN NGƯỜI DỰ THI" ("Họ và tên:", "Năm sinh:", "Đơn vị công
tác:", "Địa chỉ liên hệ:", "Điện thoại:"), and signs the essay "Tác giả" over the author's name.
The author writes about a model; the author is not its person in charge, and the author's
phone, address and workplace are not the model's: the model's people are told in the essay.

The particulars are blanked (same number of blocks and cells, so indices, and with them
provenance, hold), as `captions.py` blanks a caption it has read; the ordinary reading then
never sees them. The author's name under "Tác giả" at the end of the essay is blanked too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from documents.extraction.fields.labels import match_label
from documents.extraction.fields.zones import looks_like_name
from documents.extraction.normalise import fold
from documents.extraction.text import Block, BlockKind

#: The heading of the author's block, or the author's line over their name at the essay's end.
_AUTHOR_HEAD = re.compile(
    r"^(?:[ivx\d]{1,4}\s*[.)/-]\s*)?(?:thong tin|ly lich|so yeu ly lich)?\s*(?:ve\s+|cua\s+)?"
    r"(?:tac gia|nguoi du thi|thi sinh|nguoi viet bai|nguoi viet)(?: du thi)?\s*:?$"
)
#: A label line of the particulars ("Họ và tên: …", "Năm sinh 1993").
_LABELLED = re.compile(r"^([^:]{2,40}):\s*(.*)$")
#: How many lines of particulars an author's block holds at most.
_MOST = 10


def is_author_head(text: str) -> bool:
    """ "THÔNG TIN TÁC GIẢ", "Thông tin người dự thi:", "Tác giả": an entrant's block starts."""
    return _AUTHOR_HEAD.match(" ".join(fold(text).split())) is not None


def without_entrant(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the author's or entrant's particulars blanked (see the module)."""
    out = list(blocks)
    for i, block in enumerate(blocks):
        if len(block.cells) == 1 and "\n" not in block.text and is_author_head(block.text):
            _blank_particulars(out, i + 1)
    return out


def _blank_particulars(out: list[Block], start: int) -> None:
    """Blank the label lines from `start` on, or the one bare name (the essay's signature)."""
    end = start
    while end < len(out) and end - start < _MOST and _particular(out[end]):
        end += 1
    if end == start and start < len(out) and _a_name_alone(out[start]):
        end = start + 1
    for k in range(start, end):
        out[k] = replace(out[k], cells=tuple("" for _ in out[k].cells))


def _particular(block: Block) -> bool:
    """A line of particulars: a row whose first cell is a label, or a "Label: value" line."""
    if block.kind is BlockKind.TABLE_ROW and len(block.cells) >= 2:
        label = block.cells[0].strip().rstrip(":")
        return bool(label) and match_label(label) is not None
    match = _LABELLED.match(block.text.strip())
    return match is not None and match_label(match.group(1)) is not None


def _a_name_alone(block: Block) -> bool:
    text = block.text.strip()
    return len(block.cells) == 1 and "\n" not in text and looks_like_name(text)
