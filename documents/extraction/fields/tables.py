"""Find values in tables by their geometry: stage two of the reader, for table rows.

Three shapes occur. A label column: the value is the cell to the right (several cells for a
check-box group), or the cell below when the label's row has nothing after it. A header row
(or two, with merged cells: "Đăng ký mô hình" over "Tên mô hình | Lĩnh vực") naming the
fields over rows that are the forms, one model per row, with no label column at all. And
rows whose cells hold whole labelled lines ("Lĩnh vực: Kinh tế"), read like paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.fields.criteria import read_criteria
from documents.extraction.fields.flow import Reader
from documents.extraction.fields.found import Item, Method, Where
from documents.extraction.fields.funds import is_total, read_sources
from documents.extraction.fields.indicators import (
    read_big_figures,
    read_by_year,
    read_indicators,
)
from documents.extraction.fields.labels import (
    AFFILIATION,
    OTHER,
    LabelMatch,
    label_key,
    match_label,
)
from documents.extraction.fields.lines import (
    CHOICE_FIELDS,
    SEP,
    find_labels,
    is_choice_line,
    next_label,
)
from documents.extraction.fields.zones import looks_like_name
from documents.extraction.normalise import parse_domain, parse_model_type, strip_honorific
from documents.extraction.text import Block

_ROW_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[IVXiv]{1,4}|[a-wyzđ])\s*[.)]?\s*$")  # "x" is a tick
#: A cell opening with a label of its own, known or not ("Năm: 2026"): never the run-on of
#: the value of the cell before it.
_OWN_LABEL = re.compile(r"^[^\W\d_][^:.;!?\n]{1,30}:\s*\S")
_HONORIFIC_HEAD = re.compile(r"^(?:ong|ba|ong ba|ong ba anh chi|danh xung|gioi tinh)$")
HONORIFIC = "_honorific"
_MAX_HEADER_ROWS = 3


@dataclass(frozen=True)
class Row:
    block: int
    cells: tuple[str, ...]

    def where(self, col: int) -> Where:
        return Where(self.block, col)


def read_table(reader: Reader, blocks: list[tuple[int, Block]]) -> None:
    """All rows of one table, in order."""
    if read_big_figures(reader, [Row(i, tuple(c.strip() for c in b.cells)) for i, b in blocks]):
        return
    rows = [Row(i, tuple("" if k == 0 and _ROW_NUMBER.match(c) else c.strip()
                         for k, c in enumerate(b.cells))) for i, b in blocks]  # fmt: skip
    if read_by_year(reader, rows) or read_indicators(reader, rows):
        return
    if read_sources(reader, rows) or read_criteria(reader, rows):
        return
    if _dated_entries_total(reader, rows):
        return
    header = column_headers(rows)
    if header is not None:
        reader.close()
        _form_rows(reader, rows[header.depth :], header)
        _list_kind(reader, header.columns, rows[0].where(0))
        return
    below: set[tuple[int, int]] = set()  # cells already taken as the value of the label above
    for number in range(len(rows)):
        _label_row(reader, rows, number, below, first=number == 0)


# ------------------------------------------------------------------ a logbook's total row

#: Figures a total row sums up: the model's own, whatever its entries are.
_SUMMED = frozenset({"participants", "funds_vnd"})
_DATE_CELL = re.compile(r"^\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*$")


def _dated_entries_total(reader: Reader, rows: list[Row]) -> bool:
    """Dated entries of one model (a logbook of its activities) closed by a total row ("Cộng",
    "Tổng cộng"): the total's figures under "Số người tham gia", "Kinh phí …" are the model's,
    the entries' are not."""
    if len(rows) < 4 or not is_total(next((c for c in rows[-1].cells if c), "")[:20]):
        return False
    dated = sum(any(_DATE_CELL.match(c) for c in r.cells) for r in rows[1:-1])
    heads = [_cell_label(c) if c else None for c in rows[0].cells]
    columns = [k for k, f in enumerate(heads) if f is not None and f.field in _SUMMED]
    if dated < 2 or not columns:
        return False
    reader.close()
    for k in columns:
        value = rows[-1].cells[k] if k < len(rows[-1].cells) else ""
        if not value:
            continue
        name = heads[k].field  # type: ignore[union-attr]
        item = Item(name, 1.0, None, method=Method.COLUMN, label=name, label_where=None,
                    heading_words=rows[0].cells[k], group=f"row{rows[-1].block}")  # fmt: skip
        item.add(_in_unit(value, rows[0].cells[k]) if name == "funds_vnd" else value,
                 rows[-1].where(k))  # fmt: skip
        reader.items.append(item)
    reader.close()
    return True


# ------------------------------------------------------------------ header rows


def _cell_label(text: str) -> LabelMatch | None:
    bare = text.replace("\n", " ").strip().rstrip(": ")
    if not bare or len(bare) > 90 or SEP.search(bare):
        return None
    if _HONORIFIC_HEAD.match(label_key(bare)):
        return LabelMatch(HONORIFIC, 1.0, None)
    return match_label(bare, prefix=False)


def _labels_a_value(text: str) -> bool:
    """A cell that is a label of another field, not an option of a choice ("Lĩnh vực *")."""
    found = _cell_label(text)
    options = is_choice_line(text) or _RADIO.search(text) is not None
    return found is not None and found.confidence >= 1.0 and not options


#: A web form's radio buttons, "◉ Tập thể ○ Cá nhân", "(•) Tập thể ( ) Cá nhân".
_RADIO = re.compile(r"[◉○◯⦿]|\(\s*[•xX]?\s*\)")


def _head_label(text: str) -> LabelMatch | None:
    """A column's heading: a label, the labels of one cell listed with commas ("Họ và tên,
    năm sinh, chức vụ"), or the model's column named with its kind ("Mô hình … cá nhân")."""
    found = _cell_label(text)
    if found is not None:
        return found
    parts = head_parts(text)
    if len(parts) >= 2:
        return LabelMatch(parts[0], 1.0, None)
    bare = _KIND_TAIL.sub("", text.replace("\n", " ").strip())
    if bare != text.strip() and (named := match_label(bare)) and named.field == "model_name":
        return LabelMatch("model_name", 1.0, None)
    return None


_KIND_TAIL = re.compile(r"\s+(?:cá nhân|tập thể)\s*$", re.I)


def head_parts(text: str) -> list[str]:
    """The fields a heading lists with commas, each a label of its own; [] otherwise."""
    pieces = [p for p in re.split(r"\s*[,;]\s*", text.replace("\n", " ").strip()) if p]
    found = [_cell_label(p) for p in pieces]
    if len(pieces) < 2 or any(f is None for f in found):
        return []
    return [f.field for f in found if f is not None]


def _header_row(row: Row) -> list[LabelMatch | None] | None:
    """The labels of a row whose every filled cell is a label, or None."""
    found = [_head_label(c) if c else None for c in row.cells]
    filled = [f for f, c in zip(found, row.cells, strict=True) if c]
    unknown = sum(1 for f in filled if f is None)
    if not filled or unknown > (1 if len(filled) >= 4 else 0):
        return None
    return found


@dataclass
class Header:
    """The field of each column, from up to three header rows; `options` holds the option a
    column stands for under a merged choice header ("Lĩnh vực" over "Kinh tế | Văn hóa …")."""

    columns: list[LabelMatch | None]
    options: list[str | None]
    depth: int
    texts: tuple[str, ...] = ()  # each column's header words, all header rows together


def _spread(labels: list[LabelMatch | None], row: Row) -> list[LabelMatch | None]:
    """A merged header cell covers the empty cells to its right."""
    out: list[LabelMatch | None] = []
    for k, found in enumerate(labels):
        empty = not (row.cells[k] if k < len(row.cells) else "")
        out.append(out[-1] if found is None and empty and out else found)
    return out


def _sub_header(row: Row, above: list[LabelMatch | None]) -> tuple[list[LabelMatch | None], list[str | None]] | None:  # fmt: skip
    """A row under the header: sub-labels, or the options of a choice field merged above."""
    labels: list[LabelMatch | None] = []
    options: list[str | None] = []
    for k, cell in enumerate(row.cells):
        upper = above[k] if k < len(above) else None
        option = _option(upper, cell) if cell else None
        found = _head_label(cell) if cell and option is None else None
        if cell and found is None and option is None and upper is not None \
                and upper.field not in (OTHER, HONORIFIC):  # fmt: skip
            return None  # a value under a named column: a data row
        labels.append(found)
        options.append(option)
    if not any(c for c in row.cells) or any(_TICK.match(c) for c in row.cells if c):
        return None
    return labels, options


def _option(upper: LabelMatch | None, cell: str) -> str | None:
    if upper is None or upper.field not in CHOICE_FIELDS:
        return None
    parser = parse_model_type if upper.field == "model_type" else parse_domain
    return cell if parser(cell)[0] is not None else None


def column_headers(rows: list[Row]) -> Header | None:
    """The header of a table whose rows are the forms, or None."""
    first = _header_row(rows[0]) if rows else None
    if first is None:
        return None
    merged = _spread(first, rows[0])
    options: list[str | None] = [None] * len(merged)
    depth = 1
    for row in rows[1:_MAX_HEADER_ROWS]:
        if _column_codes(row):
            depth += 1  # "A | B | 1 | 2 | …": the columns' codes, under the header
            continue
        sub = _sub_header(row, merged)
        if sub is None:
            break
        labels, row_options = sub
        merged += [None] * (len(labels) - len(merged))
        options += [None] * (len(labels) - len(options))
        merged = [
            new or old for new, old in zip(labels + [None] * len(merged), merged, strict=False)
        ]
        options = [
            new or old
            for new, old in zip(row_options + [None] * len(options), options, strict=False)
        ]
        depth += 1
    if depth >= len(rows):
        return None
    named = [f for f, o in zip(merged, options, strict=False)
             if f is not None and f.field not in (OTHER, HONORIFIC) and o is None]  # fmt: skip
    if len(named) < 2 or len({f.field for f in named}) < len(named):
        return None  # a header names each field once; repeats mean label | value pairs
    if depth == 1 and len(named) < 3 and not _values_under(rows[1], merged):
        return None  # "Nội dung | Thông tin đăng ký" over label | value rows
    heads = [r for r in rows[:depth] if not _column_codes(r)]
    texts = tuple(" ".join(r.cells[k] for r in heads if k < len(r.cells) and r.cells[k])
                  for k in range(len(merged)))  # fmt: skip
    return Header(merged, options, depth, texts)


_CODE = re.compile(r"^\s*(?:[A-Z]|\d{1,2}|\((?:[A-Z]|\d{1,2})\))\s*$")


def _column_codes(row: Row) -> bool:
    """A row of column codes (statistical returns number their columns A, B, 1, 2 …)."""
    filled = [c for c in row.cells if c]
    return len(filled) >= 3 and all(_CODE.match(c) for c in filled)


_TICK = re.compile(r"^\s*(?:[xX✓✔☒☑]|\(x\)|\[x\])\s*$")


def _values_under(row: Row, columns: list[LabelMatch | None]) -> bool:
    """A row of plain values (no label among them) under every named column."""
    named = [
        k for k, f in enumerate(columns) if f is not None and f.field not in (OTHER, HONORIFIC)
    ]
    cells = [row.cells[k] if k < len(row.cells) else "" for k in named]
    return all(cells) and not any(_cell_label(c) or find_labels(c.split("\n")[0]) for c in cells)


def _form_rows(reader: Reader, rows: list[Row], header: Header) -> None:
    """A table whose rows are the forms: the first row with a value is the model."""
    data = [r for r in rows if any(c for c in r.cells if c)]
    if not data:
        return
    if len(data) > 1:
        reader.notes.append("Bảng có nhiều mô hình; hệ thống chỉ đọc mô hình ở dòng đầu tiên")
    first = data[0]
    confidence = 1.0 if len(data) == 1 else 0.8
    for col, value in enumerate(first.cells):
        found = header.columns[col] if col < len(header.columns) else None
        if found is None or not value or found.field in (OTHER, HONORIFIC):
            continue
        option = header.options[col] if col < len(header.options) else None
        if option is not None and not _TICK.match(value):
            continue
        words = header.texts[col] if col < len(header.texts) else ""
        if found.field == "funds_vnd":
            value = _in_unit(value, words)
        for field, lines in _cell_fields(found.field, words, option or value):
            item = Item(field, confidence, None, method=Method.COLUMN, label=field,
                        label_where=None, heading_words=words, group=f"row{first.block}")  # fmt: skip
            for line in lines:
                item.add(line, first.where(col))
            reader.items.append(item)
    reader.close()


_YEAR = re.compile(r"^\D{0,12}(?:19|20)\d\d\D{0,3}$")


def _cell_fields(field: str, words: str, value: str) -> list[tuple[str, list[str]]]:
    """The values of one cell: its lines; under "Mô hình … cá nhân" also the model's kind;
    under a heading that lists several fields ("Họ và tên, năm sinh, chức vụ") the person's
    lines, each to its field."""
    kind = _KIND_TAIL.search(words) if field == "model_name" else None
    if kind is not None:  # every row of the column is a model of that kind
        return [(field, value.split("\n")), ("model_type", [kind.group(0).strip()])]
    parts = head_parts(words)
    if len(parts) < 2 or parts[0] != "leader_name":
        return [(field, value.split("\n"))]
    return _person_lines(parts, value)


def _person_lines(parts: list[str], value: str) -> list[tuple[str, list[str]]]:
    """A line with its own label ("ĐT: …", also glued after the text) to that label's field,
    the others in the heading's order, the name first; nothing of the person when the first
    line is no name (a year of birth alone is skipped)."""
    out: list[tuple[str, list[str]]] = []
    wanted = [p for p in parts if p not in (OTHER, AFFILIATION)]
    for line in (ln.strip() for ln in value.split("\n")):
        hits = find_labels(line) if line else []
        if not hits and line and wanted and not _YEAR.match(line):
            field = wanted.pop(0)
            glued = next_label(line, field)
            if glued is not None:  # "Tổ trưởng Tổ sản xuất số 3 ĐT: 0978 350 426"
                line, hits = line[: glued[0]].rstrip(" ;,-–—"), [glued[1]]
            out.append((field, [line]))
        out += [(h.match.field, [h.value]) for h in hits if h.match.field not in _NO_FIELD]
    names = [lines[0] for f, lines in out if f == "leader_name"]
    if not names or not looks_like_name(strip_honorific(names[0])):
        return [(f, lines) for f, lines in out if f not in ("leader_name", "leader_position")]
    return out


_NO_FIELD = (OTHER, AFFILIATION)


_MONEY_UNIT = re.compile(r"\((?:[^()]*:\s*)?((?:triệu|nghìn|ngàn)\s+đồng|tr\.?\s?đ|đồng)\)", re.I)


def _in_unit(value: str, head: str) -> str:
    """A bare figure under "Kinh phí (triệu đồng)" is in the column's unit."""
    unit = _MONEY_UNIT.search(head)
    if unit is None or re.search(r"[^\d\s.,]", value):
        return value
    return f"{value} {unit.group(1)}"


def _list_kind(reader: Reader, columns: list[LabelMatch | None], where: Where) -> None:
    """A list headed "1. Cá nhân:" holds individuals' models: the heading gives the kind."""
    if any(c is not None and c.field == "model_type" for c in columns):
        return
    heads = [m for m in reader.mentions if m.name == "model_type" and m.heading]
    if not heads:
        return
    item = Item("model_type", 1.0, None, method=Method.SECTION, label=heads[-1].value,
                label_where=heads[-1].where, inferred=True)  # fmt: skip
    item.add(heads[-1].value, heads[-1].where)
    reader.items.append(item)
    reader.mentions.remove(heads[-1])


# ------------------------------------------------------------------ label | value rows


def _label_row(
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
    alone = _cell_label(texts[0])
    joined = _cell_label(f"{cur.label} {texts[0]}")
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
        found = _cell_label(cell) if cell else None
        if found is not None and found.field != HONORIFIC:
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
            reader.cur.add(cell, row.where(i))  # "Loại mô hình: ☐ Tập thể" | "☒ Cá nhân"
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
    header = _cell_label(value) if 0 < len(value) < 40 else None
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
        labels_only = _labels_a_value(texts[rest[0]])
        ends = [k for k in rest if k > rest[0] and not labels_only and _labels_a_value(texts[k])]
        rest = [k for k in rest if not ends or k < ends[0]]
        return (ends[0] if ends else len(texts)), [(texts[k], row.where(k)) for k in rest]
    return rest[0] + 1, [(texts[rest[0]], row.where(rest[0]))]


def _value_below(rows: list[Row], number: int, col: int, below: set[tuple[int, int]]) -> Parts:
    """The cell under a label whose row has nothing after it, when that cell is no label."""
    if number + 1 >= len(rows) or col >= len(rows[number + 1].cells):
        return []
    under = rows[number + 1].cells[col]
    if not under or _cell_label(under) is not None or find_labels(under.split("\n")[0]):
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
    if cur is not None and (not texts[0] or texts[0][:1].islower()):
        # a value running on below its label, or a wrapped line split into two columns
        for col, text in enumerate(texts):
            for line in text.split("\n") if text else ():
                cur.add(line, row.where(col))
        return
    labelled = any(find_labels(t.split("\n")[0]) for t in filled[1:])  # "Đơn vị báo cáo: X"
    if len(filled) >= 2 and len(filled[0]) < 40 and not re.search(r"[.;]$", filled[0]) \
            and not labelled:  # fmt: skip
        first = texts.index(filled[0])
        item = Item(OTHER, 0.5, None, method=Method.CELL, label=filled[0],
                    label_where=row.where(first))  # fmt: skip
        item.add(" ".join(filled[1:]), row.where(first + 1))
        reader.open(item)
        return
    for col, text in enumerate(texts):
        for line in text.split("\n") if text else ():
            reader.line(line, row.where(col))
