"""Tables of indicators: "Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện" (a report's figures).

Each row names a figure in words ("Số hộ tham gia đóng góp", "Kinh phí Nhân dân đóng góp"); the
figure achieved sits under the "Thực hiện" column (never the plan's), in the unit of the row's
"ĐVT" cell. Rows naming the people who took part or the money raised give those fields.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from documents.extraction.fields.found import Item, Method
from documents.extraction.normalise import fold

if TYPE_CHECKING:
    from documents.extraction.fields.flow import Reader
    from documents.extraction.fields.tables import Row

_NAME_HEAD = re.compile(r"^(?:ten |noi dung )?chi tieu\b")
_DONE_HEAD = re.compile(r"^(?:ket qua )?(?:thuc hien|dat duoc)\b")
_UNIT_HEAD = re.compile(r"^(?:dvt|don vi tinh)\b")
#: What a row's words say it counts.
_FIELDS = (
    ("participants", re.compile(r"\btham gia\b|\bso (?:luot )?nguoi\b|\bluot nguoi\b")),
    ("funds_vnd", re.compile(r"\bkinh phi\b|\bso tien\b")),
)


def _column(head: tuple[str, ...], pattern: re.Pattern[str]) -> int | None:
    return next((k for k, c in enumerate(head) if pattern.match(fold(c).strip())), None)


def read_indicators(reader: Reader, rows: list[Row]) -> bool:
    """Read an indicator table into the reader's items; False when the table is not one."""
    if not rows:
        return False
    head = rows[0].cells
    name, done = _column(head, _NAME_HEAD), _column(head, _DONE_HEAD)
    if name is None or done is None:
        return False
    unit = _column(head, _UNIT_HEAD)
    reader.close()
    for row in rows[1:]:
        _indicator(reader, row, name, done, unit)
    return True


def _indicator(reader: Reader, row: Row, name: int, done: int, unit: int | None) -> None:
    cells = row.cells
    if max(name, done) >= len(cells) or not cells[done]:
        return
    words = fold(cells[name])
    field = next((f for f, pattern in _FIELDS if pattern.search(words)), None)
    if field is None or any(i.name == field for i in reader.items):
        return
    measure = cells[unit] if unit is not None and unit < len(cells) else ""
    item = Item(field, 1.0, None, method=Method.CELL, label=cells[name],
                label_where=row.where(name))  # fmt: skip
    item.add(f"{cells[done]} {measure}".strip(), row.where(done))
    reader.items.append(item)
