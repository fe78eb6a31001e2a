"""Tables with several value columns under one label column: "Nội dung | Năm 2025 | Năm 2026",
"kế hoạch | thực hiện", "năm trước | năm nay", "cũ | mới". A row's value is the cell of the
latest (or current) column, never the cells joined; a cell saying "Như năm 2025", "Không thay
đổi" or "Như trên" takes the other column's value, as a doubt. When the header does not tell
which column counts, the joined value stays, as a doubt (below the confident band)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.fields.flow import Reader
from documents.extraction.fields.found import Item, Where
from documents.extraction.fields.table_cells import Row, cell_label

#: Why a value read from one of several columns is unsure (`confidence.py` keeps it below 0.9).
COLUMNS_JOINED = "nhãn có nhiều cột giá trị (các năm, kế hoạch/thực hiện), không rõ cột nào"
COPIED = "ô ghi “như cũ / không thay đổi”: lấy giá trị của cột bên cạnh"

#: A column headed by its year: "2026", "Năm 2026 (đăng ký)"; never "Từ năm 2024".
_YEAR = re.compile(r"^(?:năm\s+)?((?:19|20)\d{2})\b", re.I)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_LATER = re.compile(r"\b(?:năm nay|mới|hiện nay|năm sau)\b", re.I)
_EARLIER = re.compile(r"\b(?:năm trước|cũ|năm ngoái)\b", re.I)
_OTHER_WAY = re.compile(r"\b(?:kế hoạch|thực hiện|dự kiến|đạt được)\b", re.I)
#: A cell repeating the other column: "Như năm 2025", "Không thay đổi", "Như trên", "Như cũ".
SAME = re.compile(r"^\s*(?:như\s+(?:năm\s+(?:19|20)\d{2}|năm trước|trên|cũ)|không thay đổi"
                  r"|giữ nguyên)\s*[.;]?\s*$", re.I)  # fmt: skip


@dataclass(frozen=True)
class Columns:
    """The value columns of a header row; `chosen` is the one that counts, None when unsure."""

    values: tuple[int, ...]
    chosen: int | None


def _rank(text: str) -> tuple[int, int] | None:
    """(kind, order) of an alternative column's heading: 1 year, 2 earlier/later, 3 other."""
    flat = " ".join(text.split())
    year = _YEAR.match(flat)
    if year is not None and len(_ANY_YEAR.findall(flat)) == 1 and len(flat) <= 60:
        return 1, int(year.group(1))
    if _LATER.search(flat) and not _EARLIER.search(flat):
        return 2, 1
    if _EARLIER.search(flat) and not _LATER.search(flat):
        return 2, 0
    if _OTHER_WAY.search(flat) and len(flat) <= 40 and cell_label(flat) is None:
        return 3, 0
    return None


def value_columns(rows: list[Row]) -> Columns | None:
    """The first row as "label | alternative | alternative …", with its chosen column."""
    if len(rows) < 2:
        return None
    head = rows[0].cells
    ranks = {k: _rank(c) for k, c in enumerate(head) if c}
    alts = [k for k, r in ranks.items() if r is not None]
    labels = [k for k in ranks if k not in alts]
    if len(alts) < 2 or not labels or min(alts) < max(labels):
        return None  # the alternatives stand right of the label column
    kinds = {r[0] for k, r in ranks.items() if r is not None and k in alts}
    chosen: int | None = None
    if len(kinds) == 1 and kinds.pop() in (1, 2):
        orders = [(ranks[k] or (0, 0))[1] for k in alts]
        best = max(orders)
        if orders.count(best) == 1:
            chosen = alts[orders.index(best)]
    return Columns(tuple(alts), chosen)


def pick_cells(row: Row, cols: Columns) -> tuple[Row, list[tuple[Where, str]]]:
    """The row with only the chosen value cell left (others emptied), and the doubts of the
    cells it kept: a "Như năm 2025" cell filled from the other column."""
    if cols.chosen is None or cols.chosen >= len(row.cells):
        return row, []
    if cell_label(row.cells[cols.chosen]) is not None:
        return row, []  # a label in a value column: not a row of this shape
    cells = list(row.cells)
    doubts: list[tuple[Where, str]] = []
    kept = cells[cols.chosen]
    others = [cells[k] for k in cols.values if k != cols.chosen and k < len(cells) and cells[k]]
    if SAME.match(kept) and len(others) == 1:
        kept = others[0]
        doubts.append((row.where(cols.chosen), COPIED))
    for k in cols.values:
        if k < len(cells):
            cells[k] = ""
    cells[cols.chosen] = kept
    return Row(row.block, tuple(cells), row.numbered), doubts


def mark_doubts(reader: Reader, since: int, row: Row, cols: Columns,
                doubts: list[tuple[Where, str]]) -> None:  # fmt: skip
    """Doubts on the items opened or fed by this row: copied cells, or columns joined."""
    items: list[Item] = list(reader.items[since:])
    if reader.cur is not None and reader.cur not in items:
        items.append(reader.cur)
    for item in items:
        places = {p.where for p in item.parts if p.text.strip()}
        for where, why in doubts:
            if where in places:
                item.doubt = item.doubt or why
        joined = {w.cell for w in places if w is not None and w.block == row.block}
        if cols.chosen is None and len(joined & set(cols.values)) >= 2:
            item.doubt = item.doubt or COLUMNS_JOINED
