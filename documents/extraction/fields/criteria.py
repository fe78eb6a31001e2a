"""Tables of criteria with points: a model scored criterion by criterion ("Phiếu tự đánh giá,
chấm điểm": "TT | Tiêu chí | Điểm tối đa | Điểm tự chấm | Minh chứng, kết quả").

The points are no fields. The evidence cell of a criterion about what was achieved is the
results; the evidence of a criterion about the people taking part holds their count, that of a
criterion about the resources mobilised the money raised (read as in a results text, with the
criterion's words in front: "Huy động nguồn lực: phụ huynh góp 23.600.000 đồng").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from documents.extraction.fields.candidates import figure
from documents.extraction.fields.found import Item, Method
from documents.extraction.normalise import fold

if TYPE_CHECKING:
    from documents.extraction.fields.flow import Reader
    from documents.extraction.fields.tables import Row

_NAME_HEAD = re.compile(r"^(?:noi dung |ten )?tieu chi\b|^noi dung (?:danh gia|cham diem)\b")
_POINTS_HEAD = re.compile(r"^(?:so |thang |khung )?diem\b")
_PROOF_HEAD = re.compile(
    r"^(?:minh chung|ket qua|giai trinh|thuyet minh|dien giai|tai lieu minh chung)\b"
)
#: What a criterion is about, in the order tried (one field per criterion).
_ABOUT = (
    ("participants", re.compile(r"\btham gia\b|\bso (?:luot )?nguoi\b|\bhuong loi\b|\bthu huong\b")),
    ("funds_vnd", re.compile(r"\bnguon luc\b|\bkinh phi\b|\bhuy dong\b|\bdong gop\b|\bxa hoi hoa\b")),
    ("results", re.compile(r"\bket qua\b|\bhieu qua\b")),
)  # fmt: skip
_BENEFICIARIES = re.compile(r"\bhuong loi\b|\bthu huong\b")
_SAYS_TAKING_PART = re.compile(r"\btham gia\b")
_SEVERAL_ROWS = "bảng chấm điểm có nhiều tiêu chí cùng nói về trường này; đã lấy tiêu chí đầu"
_BENEFIT = "tiêu chí gộp người tham gia với người hưởng lợi; minh chứng không nói rõ tham gia"


def _column(head: tuple[str, ...], pattern: re.Pattern[str], skip: set[int]) -> int | None:
    return next(
        (k for k, c in enumerate(head) if k not in skip and pattern.match(fold(c).strip())), None
    )


def read_criteria(reader: Reader, rows: list[Row]) -> bool:
    """Read a table of criteria with points into the reader's items; False when the table is
    not one (it needs a criterion column, a points column and an evidence column)."""
    if len(rows) < 2:
        return False
    head = rows[0].cells
    name = _column(head, _NAME_HEAD, set())
    points = _column(head, _POINTS_HEAD, {name} if name is not None else set())
    if name is None or points is None:
        return False
    proof = _column(head, _PROOF_HEAD, {name, points})
    if proof is None:
        return False
    reader.close()
    reader.scored = True
    found: dict[str, list[tuple[Row, str, str]]] = {}
    for row in rows[1:]:
        if max(name, proof) >= len(row.cells) or not row.cells[proof].strip():
            continue
        words = " ".join(row.cells[name].split())
        field = next((f for f, p in _ABOUT if p.search(fold(words))), None)
        if field is not None:
            found.setdefault(field, []).append((row, words, row.cells[proof].strip()))
    for field, criteria in found.items():
        _add(reader, field, criteria, (name, proof))
    return True


def _add(
    reader: Reader, field: str, criteria: list[tuple[Row, str, str]], cols: tuple[int, int]
) -> None:
    """The first criterion about a field: its evidence (results) or the figure in it."""
    row, words, evidence = criteria[0]
    strength, doubt = (0.8, _SEVERAL_ROWS) if len(criteria) > 1 else (1.0, "")
    text = evidence
    if field != "results":
        read = figure(field, f"{words}: {evidence}")
        if read is None:
            return
        text, sure, why = read
        strength, doubt = min(strength, sure), doubt or why
        if field == "participants" and _BENEFICIARIES.search(fold(words)) \
                and not _SAYS_TAKING_PART.search(fold(evidence)):  # fmt: skip
            strength, doubt = min(strength, 0.8), doubt or _BENEFIT
    item = Item(field, strength, None, method=Method.CELL, label=words,
                label_where=row.where(cols[0]), doubt=doubt)  # fmt: skip
    for line in text.split("\n"):
        item.add(line, row.where(cols[1]))
    reader.items.append(item)
