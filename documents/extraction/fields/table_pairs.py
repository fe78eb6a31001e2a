"""Label | value rows of a table: a label cell's value to its right (several cells for a
check-box group) or below it, cells holding whole labelled lines, and rows OCR cut or wrapped."""

from __future__ import annotations

import re

from documents.extraction.fields.flow import Reader
from documents.extraction.fields.found import Item, Method, Where
from documents.extraction.fields.labels import OTHER, LabelMatch
from documents.extraction.fields.lines import (
    CHOICE_FIELDS,
    LONG_FIELDS,
    find_labels,
    is_choice_line,
    next_label,
)
from documents.extraction.fields.outline import BULLET, BULLET_MARKS
from documents.extraction.fields.table_cells import HONORIFIC, Row, cell_label, group_caption
from documents.extraction.fields.table_header import labels_a_value
from documents.extraction.fields.table_years import COLUMNS_JOINED
from documents.extraction.normalise import parse_domain, parse_model_type

#: A list item's mark ("• ", "- ", "+ ").
_BULLETED = re.compile(rf"^{BULLET}\s")
#: The wrapped end of a line: a figure or a bracket opens it ("(0912 345 678)", "64 triệu").
_WRAPPED_TAIL = re.compile(r"^[\d(]")
#: A list item's mark alone in its cell.
_MARKS = frozenset(BULLET_MARKS)
#: A cell of blank rules only: a handout's column of lines left for notes.
_RULES_ONLY = re.compile(r"^[\s_.…]+$")

#: A cell opening with a label of its own, known or not ("Năm: 2026"): never the run-on of
#: the value of the cell before it.
_OWN_LABEL = re.compile(r"^[^\W\d_][^:.;!?\n]{1,30}:\s*\S")


# ------------------------------------------------------------------ label | value rows


def label_row(
    reader: Reader, rows: list[Row], number: int, below: set[tuple[int, int]], first: bool
) -> None:
    row = rows[number]
    texts = ["" if (number, c) in below else t for c, t in enumerate(row.cells)]
    if _wrapped_label(reader, rows, number, texts):
        return
    consumed = _label_cells(reader, rows, number, texts, below, first)
    if consumed is None:
        return  # the table's own header row ("Nội dung | Thông tin đăng ký")
    if consumed:
        return
    if first and _awaited_line(reader, row, texts):
        return
    _loose_row(reader, row, texts)


def _wrapped_label(reader: Reader, rows: list[Row], number: int, texts: list[str]) -> bool:
    """'Nội dung, giải' over 'pháp thực hiện *': a label cell wrapped onto the next row (OCR
    cuts a row, even a table, at each line of its label): the words make one label with those
    above, so the row's other cells go on with the value opened there; the words are no value."""
    cur, row = reader.cur, rows[number]
    above = cur.label_where if cur is not None else None
    if cur is None or above is None or not texts[0] or above != Where(row.block - 1, 0):
        return False
    if not texts[0][:1].islower() or cur.label.rstrip().endswith((")", ":", "*", ".")):
        return False  # the words go on from those above: lower case, after an open label
    alone = cell_label(texts[0])
    joined = cell_label(f"{cur.label} {texts[0]}")
    if (alone is not None and alone.confidence >= 1.0) or joined is None:
        return False
    if joined.confidence < 1.0 or cur.name not in (joined.field, OTHER):
        return False
    cur.name, cur.confidence, cur.label = joined.field, joined.confidence, f"{cur.label} {texts[0]}"
    for col, text in enumerate(texts[1:], 1):
        for line in text.split("\n") if text else ():
            cur.add(line, row.where(col))
    return True


def _awaited_line(reader: Reader, row: Row, texts: list[str]) -> bool:
    """A label alone on its line, then a table's first row with no label in it: one line of
    text OCR cut into cells at a wide gap ("Ông Lê Văn Tư || Trưởng thôn - 0912…"), so the
    awaited value, its cells joined as the dashes a gap stands for; never a label and value."""
    cur = reader.cur
    filled = [t for t in texts if t]
    if cur is None or len(filled) < 2 or any("\n" in t for t in filled):
        return False
    if cur.name in CHOICE_FIELDS:
        return _more_options(cur, row, texts, filled)
    if not reader.awaits_text():
        return False
    joined = " – ".join(filled)
    if is_choice_line(joined) or find_labels(joined) or len(joined) > 200:
        return False
    cur.add(joined, row.where(texts.index(filled[0])))
    return True


def _more_options(cur: Item, row: Row, texts: list[str], filled: list[str]) -> bool:
    """Check boxes under "Lĩnh vực" that OCR cut into cells, or into a table of their own
    from the second line of boxes on: every such row is more of the same group."""
    parser = parse_model_type if cur.name == "model_type" else parse_domain
    joined = "   ".join(filled)
    if parser(joined) == (None, False) or find_labels(joined):
        return False
    cur.add(joined, row.where(texts.index(filled[0])))
    return True


def _label_cells(
    reader: Reader, rows: list[Row], number: int, texts: list[str],
    below: set[tuple[int, int]], first: bool,
) -> bool | None:  # fmt: skip
    """Label cells of a row and their values; None when the row is the table's header."""
    row = rows[number]
    consumed = False
    i = 0
    while i < len(texts):
        cell = texts[i]
        found = cell_label(cell) if cell else None
        if found is not None and group_caption(texts, i):
            i += 1  # "MÔ HÌNH / MODEL" spanning the rows of its labels: a caption, no label
        elif found is not None and found.field != HONORIFIC:
            end = _label_cell(reader, rows, number, texts, i, found, below, first)
            if end is None:
                return None
            consumed, i = True, end
        elif cell and (find_labels(cell.split("\n")[0]) or (consumed and _OWN_LABEL.match(cell))):
            reader.close()  # "Lĩnh vực: Kinh tế" whole in one cell: read as lines
            for line in cell.split("\n"):
                reader.line(line, row.where(i))
            consumed, i = True, i + 1
        elif cell and consumed and reader.cur is not None:
            cur = reader.cur
            if cur.name not in CHOICE_FIELDS and any(
                p.where is not None and p.where.block == row.block for p in cur.parts
            ):  # a second value cell of the label ("2025 | 2026"), no header to choose
                cur.doubt = cur.doubt or COLUMNS_JOINED
            cur.add(cell, row.where(i))  # "Loại mô hình: ☐ Tập thể" | "☒ Cá nhân"
            i += 1
        elif cell:
            break
        else:
            i += 1
    return consumed


def _label_cell(
    reader: Reader, rows: list[Row], number: int, texts: list[str], i: int,
    found: LabelMatch, below: set[tuple[int, int]], first: bool,
) -> int | None:  # fmt: skip
    """A label cell's value to the right (or below); where to go on, None for a header row."""
    row = rows[number]
    end, parts = _value_right(row, texts, i, found)
    method = Method.CELL
    if not parts:
        parts = _value_below(rows, number, i, below)
        method = Method.CELL_BELOW if parts else Method.CELL
    value = " ".join(text for text, _ in parts)
    header = cell_label(value) if 0 < len(value) < 40 else None
    if first and header is not None and header.confidence >= 1.0:
        reader.close()  # "Nội dung | Thông tin đăng ký"
        return None
    flat = " ".join(value.split())
    one_cell_name = len(parts) == 1 and found.field == "leader_name"
    after = next_label(flat, found.field) if one_cell_name else None
    if after is not None:  # "Lò Văn Pấng Chức vụ Chi hội trưởng": two cells OCR joined
        (cut, hit), place = after, parts[0][1]
        _open_cell(reader, found, texts[i], [(flat[:cut].rstrip(), place)], row.where(i), method)
        _open_cell(reader, hit.match, hit.label, [(hit.value, place)], place, method)
        return end
    _open_cell(reader, found, texts[i], parts, row.where(i), method)
    return end


Parts = list[tuple[str, Where]]


def _value_right(row: Row, texts: list[str], i: int, found: LabelMatch) -> tuple[int, Parts]:
    """(index after the value, its cells): the next filled cell, or all of them for a
    check-box group spread over cells."""
    rest = [k for k in range(i + 1, len(texts)) if texts[k]]
    if not rest:
        return len(texts), []
    if found.field in CHOICE_FIELDS:  # up to the next label cell ("Lĩnh vực *" after the type)
        # (a row of labels only, a header read as pairs, keeps its old reading: all cells)
        labels_only = labels_a_value(texts[rest[0]])
        ends = [k for k in rest if k > rest[0] and not labels_only and labels_a_value(texts[k])]
        rest = [k for k in rest if not ends or k < ends[0]]
        return (ends[0] if ends else len(texts)), [(texts[k], row.where(k)) for k in rest]
    return rest[0] + 1, [(texts[rest[0]], row.where(rest[0]))]


def _value_below(rows: list[Row], number: int, col: int, below: set[tuple[int, int]]) -> Parts:
    """The cell under a label whose row has nothing after it, when that cell is no label."""
    if number + 1 >= len(rows) or col >= len(rows[number + 1].cells):
        return []
    under = rows[number + 1].cells[col]
    if not under or cell_label(under) is not None or find_labels(under.split("\n")[0]):
        return []
    below.add((number + 1, col))
    return [(under, rows[number + 1].where(col))]


def _open_cell(
    reader: Reader, found: LabelMatch, label: str, parts: Parts, where: Where, method: Method
) -> None:
    item = Item(found.field, found.confidence, found.number, method=method,
                label=label.replace("\n", " "), label_where=where)  # fmt: skip
    lines = [(line, place) for text, place in parts for line in text.split("\n")]
    glued = next_label(lines[0][0], found.field) if lines else None
    if glued is not None:  # "Xa Văn Tòng   Chức vụ: Chi hội trưởng" in one cell
        cut, hit = glued
        item.add(lines[0][0][:cut].rstrip(" ;,-–—"), lines[0][1])
        reader.open(item)
        item = reader.open_hit(hit, lines[0][1], method)
        lines = lines[1:]
    for line, place in lines:
        item.add(line, place)
    if glued is None:
        reader.open(item)


def _loose_row(reader: Reader, row: Row, texts: list[str]) -> None:
    """A row with no label cell: a value running on, a label-like pair, or plain lines."""
    filled = [t for t in texts if t]
    cur = reader.cur
    if reader.awaits_text() and is_choice_line(" ".join(filled)):
        return  # the unit's category ticked under "Đơn vị đăng ký": not its name
    if cur is not None and ((not texts[0] and not _own_item(row, cur, filled))
                            or texts[0][:1].islower()):  # fmt: skip
        # a value running on below its label, or a wrapped line split into two columns
        for col, text in enumerate(texts):
            for line in text.split("\n") if text else ():
                cur.add(line, row.where(col))
        return
    if filled and filled[0] in _MARKS and all(_RULES_ONLY.match(t) for t in filled[1:]):
        return  # a handout's bullet whose words PDF put on the next row: no text of its own
    labelled = any(find_labels(t.split("\n")[0]) for t in filled[1:])  # "Đơn vị báo cáo: X"
    if len(filled) >= 2 and len(filled[0]) < 40 and not re.search(r"[.;]$", filled[0]) \
            and not labelled and not _list_item_by_notes(filled):  # fmt: skip
        first = texts.index(filled[0])
        item = Item(OTHER, 0.5, None, method=Method.CELL, label=filled[0],
                    label_where=row.where(first))  # fmt: skip
        item.add(" ".join(filled[1:]), row.where(first + 1))
        reader.open(item)
        return
    for col, text in enumerate(texts):
        for line in text.split("\n") if text else ():
            reader.line(line, row.where(col))


def _list_item_by_notes(filled: list[str]) -> bool:
    """'• Trẻ mượn 1.200 lượt sách | ______': a bulleted line of a slide handout beside the
    lines left for notes is one more item of the list above, and '0912 345 678 | ______' the
    wrapped end of the line above (a label never opens with a figure): never a label of a
    pair."""
    opens = bool(_BULLETED.match(filled[0]) or _WRAPPED_TAIL.match(filled[0]))
    return opens and all(_RULES_ONLY.match(t) for t in filled[1:])


def _own_item(row: Row, cur: Item, filled: list[str]) -> bool:
    """A numbered row, an item of its own rather than more of the value above: a row of a label
    and a value only ("3 | Chủ nhiệm CLB, người phụ trách | Ông A"), under any value, its label
    known or not (a row of more columns is a table's line of figures); under a short value, a
    row of one cell whose label OCR ran into its value ("7 | Nội dung, biện pháp - Mỗi …") or
    one whose first cell reads as a label the lexicon does not know."""
    if not row.numbered:
        return False
    if len(filled) == 2 and len(row.cells) == 3:
        return True
    if not filled or cur.name in LONG_FIELDS | {OTHER}:
        return False
    return len(filled) == 1 or _label_like(filled[0])


def _label_like(text: str) -> bool:
    """A cell that may be a row's label: short, one line, no sentence, not a figure."""
    return (
        len(text) <= 60 and "\n" not in text and not re.search(r"[.;]$", text)
        and bool(re.match(r"[^\W\d_]", text)) and not text[:1].islower()
    )  # fmt: skip
