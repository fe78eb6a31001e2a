"""Money by source: which sum of a table is the money the unit mobilised.

The contract's `funds_vnd` is the money mobilised (people, businesses, sponsors: "nhân dân đóng
góp", "xã hội hóa"), not the state's budget. Reports list it by source ("Ngân sách nhà nước |
Nhân dân đóng góp | Doanh nghiệp, nhà hảo tâm | Cộng nguồn vận động | Tổng cộng"), in a table of
its own or as rows of an indicator table. A subtotal of the mobilised sources is the value; a
grand total is the value only when no budget is in it; anything worked out (a total less the
budget, parts added up) is a guess for the office to check, never confident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from documents.extraction.fields.found import Item, Method, Where
from documents.extraction.fields.outline import BULLET
from documents.extraction.normalise import fold, parse_amount

if TYPE_CHECKING:
    from documents.extraction.fields.flow import Reader
    from documents.extraction.fields.tables import Row


class Role(StrEnum):
    MOBILISED_TOTAL = "mobilised_total"  # "Cộng nguồn vận động", "Tổng kinh phí huy động"
    TOTAL = "total"  # "Tổng cộng", "Tổng kinh phí"
    BUDGET = "budget"  # "Ngân sách nhà nước", "UBND xã hỗ trợ"
    MOBILISED = "mobilised"  # "Nhân dân đóng góp", "Doanh nghiệp, nhà hảo tâm"
    OTHER = "other"  # "Kinh phí thực hiện": money, whose source is not said


#: "Cộng", "Tổng cộng" open a total; "Cộng đồng" (the community) is a source.
_TOTAL = re.compile(
    r"^(?:tong cong|tong so|tong|cong)\b(?! dong\b)|\btong (?:cong|so|kinh phi|gia tri)\b"
)


def is_total(text: str) -> bool:
    """'Cộng', 'Tổng cộng', 'Tổng số': a total row's or line's heading."""
    return bool(_TOTAL.search(fold(text).strip()))


#: The commune's authorities pay from the budget ("Ủy ban nhân dân xã hỗ trợ"): not "nhân dân".
_PUBLIC_BODY = re.compile(r"\b(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd|chinh quyen)\b")
#: The budget, and a commune's or province's support ("xã hỗ trợ …", "Hỗ trợ của tỉnh").
_BUDGET = re.compile(
    r"\bngan sach\b|\bnha nuoc\b|\bcap tren\b|\bpublic_body\b|\bchuong trinh muc tieu\b|"
    r"^(?:tinh|huyen|xa|phuong|thi tran) (?:ho tro|cap|dau tu)\b|"
    r"\bho tro cua (?:tinh|huyen|xa|phuong|thi tran)\b"
)
_MOBILISED = re.compile(
    r"\bxa hoi hoa\b|\bvan dong\b|\bhuy dong\b|\bdong gop\b|\bnhan dan\b|\bnguoi dan\b|"
    r"\bdoanh nghiep\b|\bnha hao tam\b|\bmanh thuong quan\b|\btai tro\b|\bung ho\b|\bcon em\b|"
    r"\bcac ho\b|\bho dan\b|\bhoi vien\b|\bdoan vien\b|\bdan gop\b|\bgop\b"
)


def role(label: str) -> Role:
    """What a row or clause's words say its sum is."""
    words = _PUBLIC_BODY.sub(" public_body ", fold(label))
    words = re.sub(r"^\s*(?:\d+|[ivx]+|[a-z])\s*[.)/-]\s*|\([^)]*\)", " ", words)
    words = re.sub(r"^\s*trong do\s*:?\s*", "", words.strip())
    mobilised = bool(_MOBILISED.search(words))
    budget = bool(_BUDGET.search(words))
    if _TOTAL.search(words):
        return Role.MOBILISED_TOTAL if mobilised and not budget else Role.TOTAL
    if budget and not mobilised:
        return Role.BUDGET
    return Role.MOBILISED if mobilised and not budget else Role.OTHER


@dataclass(frozen=True)
class Sum:
    """One sum of money with what its row says it is."""

    role: Role
    value: int
    where: Where | None = None
    label: str = ""
    spread: bool = False  # its words came from cells beside the source column's blank cell


@dataclass(frozen=True)
class Mobilised:
    """The money mobilised, how sure (1.0: written as such) and why not sure."""

    value: int
    strength: float
    doubt: str
    places: tuple[Where, ...]
    label: str = ""  # the words of the row the value was read from (or the first one used)


_WORKED_OUT = 0.8
_TOTAL_LESS_BUDGET = (
    "kinh phí huy động tính bằng tổng cộng trừ phần ngân sách, văn bản không ghi riêng"
)
_ADDED_UP = "kinh phí huy động là tổng các nguồn cộng lại, văn bản không ghi tổng"
_SEVERAL = "có nhiều khoản kinh phí, không rõ khoản nào là kinh phí huy động"


def mobilised(sums: list[Sum]) -> Mobilised | None:
    """The money mobilised of a list of sums by source; None when only the budget is given."""
    by = {r: [s for s in sums if s.role is r] for r in Role}
    subtotal, total = by[Role.MOBILISED_TOTAL], by[Role.TOTAL][-1:]
    parts, others, budget = by[Role.MOBILISED], by[Role.OTHER], by[Role.BUDGET]
    if subtotal:
        return _result(subtotal, subtotal[0].value, _several(subtotal))
    if total and not budget and not (parts and others):
        return _result(total, total[0].value, "")
    if len(parts) == 1 and not others:
        return _result(parts, parts[0].value, "")  # beside the budget, written on its own
    if total and not (parts and others):  # sources of money not said are in the total too
        less = total[0].value - sum(s.value for s in budget)
        return _result(total + budget, less, _TOTAL_LESS_BUDGET) if less > 0 else None
    if parts:
        return _result(parts, sum(s.value for s in parts), _ADDED_UP)
    if others:
        doubt = _SEVERAL if budget or len(others) > 1 else ""
        return _result(others[:1], others[0].value, doubt)
    return None


def _several(sums: list[Sum]) -> str:
    return "" if len({s.value for s in sums}) == 1 else _SEVERAL


def _result(used: list[Sum], value: int, doubt: str) -> Mobilised:
    places = tuple(dict.fromkeys(s.where for s in used if s.where is not None))
    return Mobilised(value, _WORKED_OUT if doubt else 1.0, doubt, places, used[0].label)


def add_item(reader: Reader, found: Mobilised) -> None:
    """The money mobilised as a labelled value of the reader (read in a table's cells)."""
    item = Item("funds_vnd", found.strength, None, method=Method.CELL, label=found.label,
                label_where=found.places[0] if found.places else None, doubt=found.doubt)  # fmt: skip
    item.add(
        f"{found.value:,}".replace(",", ".") + " đồng", found.places[0] if found.places else None
    )
    reader.items.append(item)


# ------------------------------------------------------------------ a table of sources

_SOURCE_HEAD = re.compile(r"^(?:nguon|noi dung|khoan|hang muc|cac nguon|dien giai)\b")
_AMOUNT_HEAD = re.compile(r"\b(?:so tien|kinh phi|thanh tien|gia tri|dong|trieu dong)\b")
_HEAD_UNIT = re.compile(r"\((?:[^()]*:\s*)?((?:ty|trieu|nghin|ngan)\s+dong|tr\.?\s?d|dong|vnd)\)")


def money_in(cell: str, unit: str = "") -> int | None:
    """A sum of money in a cell, a bare figure in the unit of its column ("(triệu đồng)")."""
    text = cell.strip()
    if not text or not re.search(r"\d", text):
        return None
    if unit and not re.search(r"[^\d\s.,]", text):
        text = f"{_first_figure(text)} {unit}"
    found = parse_amount(text)
    return found.value if found is not None and not found.approximate else None


def _first_figure(text: str) -> str:
    """ "61 122,0": a scan ran the next column ("So với KH (%)") into the figure; "1 200 000"
    is one figure grouped by spaces."""
    first, *rest = text.split()
    return first + "".join(rest) if all(re.fullmatch(r"\d{3}", t) for t in rest) else first


def head_unit(cell: str) -> str:
    """The unit a column header gives its figures: "Số tiền (triệu đồng)" → "triệu đồng"."""
    match = _HEAD_UNIT.search(fold(cell))
    return match.group(1) if match else ""


def _lines(label: str, amount: str) -> list[tuple[str, str]] | None:
    """A row's label and sum; rows run together in one (a scan's table read with its lines
    merged: "Doanh nghiệp\nTổng cộng | 12.000.000\n60.500.000") paired line by line, and
    None when the lines do not pair up."""
    sums = [line for line in amount.split("\n") if line.strip()]
    if len(sums) <= 1:
        return [(" ".join(label.split()), amount)]
    labels = [line for line in label.split("\n") if line.strip()]
    return list(zip(labels, sums, strict=True)) if len(labels) == len(sums) else None


def read_sources(reader: Reader, rows: list[Row]) -> bool:
    """A table of the sources of money ("Nguồn kinh phí | Số tiền (đồng)"): the money mobilised
    as one value; False when the table is not one."""
    if len(rows) < 3:
        return False
    head = [fold(c).strip() for c in rows[0].cells]
    source = next((k for k, c in enumerate(head) if _SOURCE_HEAD.match(c)), None)
    amount = next((k for k, c in enumerate(head) if k != source and _AMOUNT_HEAD.search(c)), None)
    if source is None or amount is None:
        return False
    # the header's unit, or the one a line above the table gives ("(Đơn vị tính: nghìn đồng)")
    unit = head_unit(rows[0].cells[amount]) or reader.money_unit or "đồng"
    sums: list[Sum] = []
    for row in rows[1:]:
        if max(source, amount) < len(row.cells) and not _left_out(row, amount):
            spread = not row.cells[source].strip()
            pairs = _lines(_row_label(row, source, amount), row.cells[amount])
            if pairs is None:
                return False
            for label, cell in pairs:
                value = money_in(cell, unit)
                if value is not None:
                    sums.append(Sum(role(label), value, row.where(amount), label, spread))
    sums = _without_breakdowns(sums)
    if len(sums) < 2 or all(s.role is Role.OTHER or s.spread for s in sums):
        return False  # (a total across merged cells makes no table of sources by itself)
    reader.close()
    found = mobilised(sums)
    if found is not None:
        add_item(reader, found)
    givers = next((k for k, c in enumerate(head) if _GIVERS_HEAD.match(c)), None)
    if givers is not None:
        _givers(reader, rows, givers)
    else:
        _givers_in_labels(reader, rows, source)
    return True


def _row_label(row: Row, source: int, amount: int) -> str:
    """A row's words: its source cell, or when that is blank the words of the cells before the
    sum ("Tổng cộng (1 + 2)" written across the merged number and source cells)."""
    if row.cells[source].strip():
        return row.cells[source]
    return " ".join(c for k, c in enumerate(row.cells[:amount]) if k != source and c.strip())


#: A note that a row is not counted in the total ("không cộng vào tổng"): land or work days
#: valued in money, shown beside the sources, are no money mobilised.
_LEFT_OUT = re.compile(r"\bkhong (?:cong|tinh) (?:vao|trong) (?:tong|kinh phi)\b")


def _left_out(row: Row, amount: int) -> bool:
    return any(k != amount and _LEFT_OUT.search(fold(c)) for k, c in enumerate(row.cells))


#: A row breaking down the row above ("– 146 hộ dân đóng góp" under "1 | Vận động xã hội hóa"):
#: a dash or plus opens it, or "trong đó".
_BREAKDOWN = re.compile(rf"^\s*(?:{BULLET}\s|trong do\b)")


def _without_breakdowns(sums: list[Sum]) -> list[Sum]:
    """The sums without the rows that break down a sum above them, when they add up to no more
    than it: counted once, in the row they make up."""
    kept: list[Sum] = []
    parts: list[Sum] = []
    for item in [*sums, None]:
        if item is not None and kept and _BREAKDOWN.match(fold(item.label)):
            parts.append(item)
            continue
        if parts and sum(p.value for p in parts) > kept[-1].value:
            kept.extend(parts)  # more than the row above: sums of their own
        parts = []
        if item is not None:
            kept.append(item)
    return kept


#: A column of the sources table counting who gave ("Số hộ / người", "Số người đóng góp").
_GIVERS_HEAD = re.compile(r"^so\s+(?:ho|nguoi|luot|ho\s*/\s*nguoi)\b")
#: "486 hộ", "23 người": a count of households or people in a cell.
_GIVERS = re.compile(r"^(\d{1,3}(?:\.\d{3})*|\d+)\s+(?:ho|nguoi|luot|ho dan|ho gia dinh)\b")
_GIVERS_DOUBT = "số hộ/người đóng góp đọc từ bảng nguồn kinh phí, không có nhãn số người tham gia"


def _givers(reader: Reader, rows: list[Row], col: int) -> None:
    """The households or people who gave, counted on the sources table's first row that counts
    them ("Các hộ dân 4 thôn | 486 hộ | 214.600"): those taking part in a model funded by the
    people, never surely (the table counts givers, not the model's participants)."""
    if any(i.name == "participants" and i.has_value for i in reader.items):
        return
    for row in rows[1:]:
        cell = row.cells[col].strip() if col < len(row.cells) else ""
        if _GIVERS.match(fold(cell)):
            _add_givers(reader, rows[0].cells[col], rows[0].where(col), cell, row.where(col))
            return


#: Givers counted inside a source's words ("146 hộ dân trong ấp đóng góp", "Hội viên góp (118
#: hội viên)").
_GIVERS_INSIDE = re.compile(
    r"(?:^|[(\s])(\d{1,3}(?:\.\d{3})+|\d+)\s+(?:ho|nguoi|hoi vien|doan vien|thanh vien)\b"
)


def _givers_in_labels(reader: Reader, rows: list[Row], source: int) -> None:
    """The givers counted in the words of the first source of mobilised money that counts them,
    when the table has no column for them: as surely as a column of givers."""
    if any(i.name == "participants" and i.has_value for i in reader.items):
        return
    for row in rows[1:]:
        label = row.cells[source] if source < len(row.cells) else ""
        found = _GIVERS_INSIDE.search(fold(label))
        if found and role(label) is Role.MOBILISED:
            count = label[found.start(1) : found.end()]
            _add_givers(reader, label, row.where(source), count, row.where(source))
            return


def _add_givers(reader: Reader, label: str, label_at: Where, value: str, at: Where) -> None:
    item = Item("participants", 0.8, None, method=Method.CELL, label=label,
                label_where=label_at, doubt=_GIVERS_DOUBT)  # fmt: skip
    item.add(value, at)
    reader.items.append(item)
