"""Tables of indicators: "Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện" (a report's figures).

Each row names a figure in words ("Số hộ tham gia đóng góp", "Kinh phí Nhân dân đóng góp"); the
figure achieved sits under the "Thực hiện" or "Kết quả" column (never the plan's), in the unit
of the row's "ĐVT" cell; in a table by period ("Quý I | … | Quý IV | Cả năm") under the total
column, or, with only the periods, their sum (worked out, so never confident). Rows naming the
people who took part give the participants; rows of money, by source, give the money mobilised
(`funds.py`: the budget's share is not).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from documents.extraction.fields import funds
from documents.extraction.fields.found import Item, Method
from documents.extraction.fields.prose import PEOPLE_WORDS
from documents.extraction.fields.table_cells import Row
from documents.extraction.normalise import fold

if TYPE_CHECKING:
    from documents.extraction.fields.flow import Reader

_NAME_HEAD = re.compile(r"^(?:ten |noi dung |cac )?chi tieu\b")
#: With a unit of measure column, the words of a row may be headed otherwise.
_WORDS_HEAD = re.compile(r"^(?:noi dung|hang muc|tieu chi|dien giai|ket qua cu the)\b")
_DONE_HEAD = re.compile(r"^(?:ket qua|thuc hien|dat duoc|so lieu thuc hien)\b")
_AMOUNT_HEAD = re.compile(r"^(?:so luong|so lieu)\b")
_UNIT_HEAD = re.compile(r"^(?:dvt|don vi tinh|don vi)\b")
_TAKING_PART = re.compile(r"\btham gia\b|\bso (?:luot )?nguoi\b|\bluot nguoi\b")
_MONEY_WORDS = re.compile(r"\bkinh phi\b|\bso tien\b|\bgia tri\b|\bngan sach\b|\bdong gop\b")
_MONEY_UNIT = re.compile(r"^(?:(?:ty|trieu|nghin|ngan)\s+)?(?:dong|vnd|d)$|^tr\.?\s?d$")
_PEOPLE_UNIT = re.compile(r"^(?:luot\s+)?(?:" + PEOPLE_WORDS + r")$")
_SEVERAL_COUNTS = "bảng chỉ tiêu có nhiều dòng số người tham gia khác nhau"
#: Columns of periods ("Quý I" … "Quý IV", "6 tháng đầu năm", "Tháng 1", "Đợt 2"); a scan reads
#: "Quý II" as "Quýl" or "Quý\nIH", so a short cell opening with "Quý" is a quarter.
_PERIOD_HEAD = re.compile(
    r"^(?:quy\s*[\w|!]{0,3}$|(?:6 thang (?:dau|cuoi)(?: nam)?|thang \d{1,2}|dot [ivx\d]{1,3})\b)"
)
#: The column of the periods' total ("Cả năm", "Lũy kế", "Tổng cộng").
_TOTAL_HEAD = re.compile(r"^(?:ca nam|luy ke|tong cong|tong so|tong|cong)\b(?! dong\b)")
_FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_ADDED_UP = "con số cả năm tính bằng cộng các kỳ trong bảng, văn bản không ghi tổng"


#: A column of a year ("2021", "Năm 2022").
_YEAR_HEAD = re.compile(r"^(?:nam\s+)?(?:19|20)\d{2}$")


def read_by_year(reader: Reader, rows: list[Row]) -> bool:
    """A table by year ("Chỉ tiêu | 2021 | 2022 | … | Tổng") counts a whole movement over the
    years (models registered, households, money of every model): none of its figures is the
    one model's, so the table is taken whole and gives no value. False when not one."""
    if len(rows) < 2:
        return False
    heads = [fold(c).strip() for c in rows[0].cells[1:] if c.strip()]
    years = sum(bool(_YEAR_HEAD.match(h)) for h in heads)
    if years < 3 or years + sum(bool(_TOTAL_HEAD.match(h)) for h in heads) < len(heads):
        return False
    reader.close()
    return True


def _column(head: tuple[str, ...], pattern: re.Pattern[str]) -> int | None:
    return next((k for k, c in enumerate(head) if pattern.match(fold(c).strip())), None)


def read_indicators(reader: Reader, rows: list[Row]) -> bool:
    """Read an indicator table into the reader's items; False when the table is not one.
    The achieved column may sit in a second header row, under a merged "Năm 2025" cell."""
    if len(rows) < 2:
        return False
    head, unit = rows[0].cells, _column(rows[0].cells, _UNIT_HEAD)
    name = _column(head, _NAME_HEAD)
    if name is None and unit is not None:
        name = _column(head, _WORDS_HEAD)
    done, depth = _column(head, _DONE_HEAD), 1
    if name is not None and done is None:
        done, depth = _column(rows[1].cells, _DONE_HEAD), 2
    if name is not None and done is None and unit is not None:
        done, depth = _column(head, _AMOUNT_HEAD), 1
    periods = _periods(head) if name is not None and done is None else []
    if periods:
        done, depth = _column(head, _TOTAL_HEAD), 1  # "Cả năm", "Lũy kế" beside the periods
    if name is None or (done is None and len(periods) < 2):
        return False
    reader.close()
    col = done if done is not None else periods[-1]
    counts: list[tuple[Row, str]] = []
    sums: list[funds.Sum] = []
    for row in rows[depth:]:
        achieved = _achieved(row, done, periods)
        if name >= len(row.cells) or not achieved:
            continue
        written = row.cells[unit] if unit is not None and unit < len(row.cells) else ""
        for label, figure, measured in _lines(row.cells[name], achieved, written):
            measure, words = fold(measured).strip(" ()"), fold(label)
            if _TAKING_PART.search(words) and (not measure or _PEOPLE_UNIT.match(measure)):
                counts.append((row, f"{figure} {measured}".strip()))
            elif _MONEY_UNIT.match(measure) or (not measure and _MONEY_WORDS.search(words)):
                value = funds.money_in(figure, measured)
                if value is not None:
                    sums.append(funds.Sum(funds.role(label), value, row.where(col), label))
    worked_out = _ADDED_UP if done is None else ""
    _participants(reader, counts, name, col, worked_out)
    _funds(reader, sums, worked_out)
    return True


#: A big figure standing alone in its cell ("72", "48 triệu", "1,2 tỷ"), its caption below; a
#: tile's share or measure ("100%", "4,2 km", "1.260 m³") is one too, of no field.
_BIG_FIGURE = re.compile(
    r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?"
    r"(?:\s*(?:ty|trieu|nghin|ngan)|\s*%|\s*(?:km|ha|m|m2|m3|m²|m³|tan|kg|cay|con))?$"
)
_CAPTION_PEOPLE = re.compile(r"^(?:luot\s+)?(?:" + PEOPLE_WORDS + r")\b")


def figure_row(cells: tuple[str, ...]) -> bool:
    """A row of two or more big figures, nothing else ("72 | 48 triệu | 35 triệu")."""
    filled = [c for c in cells if c.strip()]
    return len(filled) >= 2 and all(_BIG_FIGURE.match(fold(c).strip()) for c in filled)


def read_big_figures(reader: Reader, rows: list[Row]) -> bool:
    """A row of big figures over a row of their captions ("72 | 48 triệu" over "học viên tham
    gia | đồng vận động"), as slides and leaflets show them, or rows of tiles (`_tiles`): the
    people counted and the money mobilised; False when the table is not one."""
    pairs = _tiles(rows) or ([(rows[0], rows[1])] if len(rows) == 2 else [])
    if not pairs or not all(_over_captions(figures, captions) for figures, captions in pairs):
        return False
    counts: list[tuple[Row, int, str]] = []
    sums: list[funds.Sum] = []
    for figures, captions in pairs:
        _read_figures(figures, captions, counts, sums)
    counts.sort(key=lambda ct: not _TAKING_PART.search(fold(ct[2])))
    if counts:  # of several counts of people, the first is a guess (`_participants`)
        row, col = counts[0][0], counts[0][1]
        _participants(reader, [(row, t) for _, _, t in counts], col, col, "")
    _funds(reader, sums, "")
    return True


def _over_captions(figures: Row, captions: Row) -> bool:
    """Every figure of the row has its caption in words under it."""
    if len(figures.cells) != len(captions.cells) or not figure_row(figures.cells):
        return False
    return all(
        f and re.search(r"[^\W\d_]", c)
        for f, c in zip(figures.cells, captions.cells, strict=True)
        if f or c
    )


def _read_figures(
    figures: Row, captions: Row, counts: list[tuple[Row, int, str]], sums: list[funds.Sum]
) -> None:
    """The counts of people and the sums of money of one row of figures over its captions."""
    for col, (figure, caption) in enumerate(zip(figures.cells, captions.cells, strict=True)):
        if not figure:
            continue
        words = fold(" ".join(caption.split()))
        if re.search(r"[a-z]$", fold(figure)) or words.startswith("dong"):
            value = funds.money_in(f"{figure} {caption}")
            if value is not None:
                sums.append(funds.Sum(funds.role(caption), value, figures.where(col), caption))
        elif _CAPTION_PEOPLE.match(words) or _TAKEN_PART.search(words):
            counts.append((captions, col, f"{figure} {caption}"))


#: "dân quân tham gia", "cô đỡ thôn bản, cộng tác viên tham gia": a caption of the people
#: taking part, whatever they are called.
_TAKEN_PART = re.compile(r"^[^\d]{2,60}\btham gia(?:\s+\S+){0,4}$")


def _tiles(rows: list[Row]) -> list[tuple[Row, Row]] | None:
    """Rows of tiles, each a big figure over its caption in one cell ("36\ndân quân tham gia |
    186 triệu\nđồng vận động"), as an infographic prints them: each row as its row of figures
    over its row of captions; None when a row is not one."""
    pairs = []
    for row in rows:
        cut = [[ln.strip() for ln in c.split("\n") if ln.strip()] for c in row.cells]
        filled = [lines for lines in cut if lines]
        if len(filled) < 2 or any(len(lines) < 2 for lines in filled):
            return None
        figures = tuple(lines[0] if lines else "" for lines in cut)
        captions = tuple(" ".join(lines[1:]) for lines in cut)
        pairs.append((Row(row.block, figures), Row(row.block, captions)))
    return pairs or None


def _periods(head: tuple[str, ...]) -> list[int]:
    return [k for k, c in enumerate(head) if _PERIOD_HEAD.match(fold(c).strip())]


def _achieved(row: Row, done: int | None, periods: list[int]) -> str:
    """The figure achieved: its cell, or the periods' figures added up when no column holds
    their total ("" when a period's cell is no plain figure)."""
    if done is not None:
        return row.cells[done].strip() if done < len(row.cells) else ""
    cells = [row.cells[k].strip() for k in periods if k < len(row.cells)]
    if not any(cells) or not all(_FIGURE.fullmatch(c) for c in cells if c):
        return ""
    total = sum((Decimal(c.replace(".", "").replace(",", ".")) for c in cells if c), Decimal(0))
    return format(total.normalize(), "f").replace(".", ",")


def _lines(label: str, figure: str, measure: str) -> list[tuple[str, str, str]]:
    """A row's words, figure and unit; rows a scan ran together ("Hộ tham gia\nHộ đạt tiêu
    chí | hộ\nhộ | 226\n203") line by line when their lines pair up, else as written."""
    cut = [[ln.strip() for ln in c.split("\n") if ln.strip()] for c in (label, figure, measure)]
    if len(cut[1]) > 1 and len(cut[0]) == len(cut[1]) and len(cut[2]) in (0, 1, len(cut[1])):
        units = cut[2] if len(cut[2]) > 1 else cut[2] * len(cut[1]) or [""] * len(cut[1])
        return list(zip(cut[0], cut[1], units, strict=True))
    return [(" ".join(label.split()), figure.strip(), " ".join(measure.split()))]


def _participants(
    reader: Reader, counts: list[tuple[Row, str]], name: int, done: int, worked_out: str
) -> None:
    """The row of people taking part; of several with other figures, the first, as a guess."""
    if not counts or any(i.name == "participants" and i.has_value for i in reader.items):
        return
    row, text = counts[0]
    several = len({re.sub(r"\D", "", t) for _, t in counts}) > 1
    doubt = _SEVERAL_COUNTS if several else worked_out
    item = Item("participants", 0.8 if doubt else 1.0, None, method=Method.CELL,
                label=row.cells[name], label_where=row.where(name), doubt=doubt)  # fmt: skip
    item.add(text, row.where(done))
    reader.items.append(item)


def _funds(reader: Reader, sums: list[funds.Sum], worked_out: str) -> None:
    if not sums or any(i.name == "funds_vnd" and i.has_value for i in reader.items):
        return
    found = funds.mobilised(sums)
    if found is not None and worked_out:
        found = replace(found, strength=min(found.strength, 0.8), doubt=found.doubt or worked_out)
    if found is not None:
        funds.add_item(reader, found)
