"""Tables whose rows are the forms, one model a row under a header, and a logbook's dated
entries closed by a total row: the figures and values each column gives the model."""

from __future__ import annotations

import re

from documents.extraction.fields.flow import Reader
from documents.extraction.fields.found import Item, Method, Where
from documents.extraction.fields.funds import is_total
from documents.extraction.fields.labels import AFFILIATION, OTHER, LabelMatch
from documents.extraction.fields.lines import find_labels, next_label
from documents.extraction.fields.table_cells import HONORIFIC, TICK, Row, cell_label
from documents.extraction.fields.table_header import KIND_TAIL, Header, head_parts
from documents.extraction.fields.zones import looks_like_name
from documents.extraction.normalise import strip_honorific

# ------------------------------------------------------------------ a logbook's total row

#: Figures a total row sums up: the model's own, whatever its entries are.
_SUMMED = frozenset({"participants", "funds_vnd"})
_DATE_CELL = re.compile(r"^\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*$")


def dated_entries_total(reader: Reader, rows: list[Row]) -> bool:
    """Dated entries of one model (a logbook of its activities) closed by a total row ("Cộng",
    "Tổng cộng"): the total's figures under "Số người tham gia", "Kinh phí …" are the model's,
    the entries' are not."""
    if len(rows) < 4 or not is_total(next((c for c in rows[-1].cells if c), "")[:20]):
        return False
    dated = sum(any(_DATE_CELL.match(c) for c in r.cells) for r in rows[1:-1])
    heads = [cell_label(c) if c else None for c in rows[0].cells]
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


def form_rows(reader: Reader, rows: list[Row], header: Header) -> None:
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
        if option is not None and not TICK.match(value):
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
    kind = KIND_TAIL.search(words) if field == "model_name" else None
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


def list_kind(reader: Reader, columns: list[LabelMatch | None], where: Where) -> None:
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
