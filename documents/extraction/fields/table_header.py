"""The header rows of a table whose rows are the forms: the field each column holds, from up
to three rows (merged cells, choice options, column codes), or no header at all."""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.fields.labels import OTHER, LabelMatch, match_label
from documents.extraction.fields.lines import CHOICE_FIELDS, find_labels, is_choice_line
from documents.extraction.fields.table_cells import HONORIFIC, TICK, Row, cell_label
from documents.extraction.normalise import parse_domain, parse_model_type

_MAX_HEADER_ROWS = 3


def labels_a_value(text: str) -> bool:
    """A cell that is a label of another field, not an option of a choice ("Lĩnh vực *")."""
    found = cell_label(text)
    options = is_choice_line(text) or _RADIO.search(text) is not None
    return found is not None and found.confidence >= 1.0 and not options


#: A web form's radio buttons, "◉ Tập thể ○ Cá nhân", "(•) Tập thể ( ) Cá nhân".
_RADIO = re.compile(r"[◉○◯⦿]|\(\s*[•xX]?\s*\)")


def _head_label(text: str) -> LabelMatch | None:
    """A column's heading: a label, the labels of one cell listed with commas ("Họ và tên,
    năm sinh, chức vụ"), or the model's column named with its kind ("Mô hình … cá nhân")."""
    found = cell_label(text)
    if found is not None:
        return found
    parts = head_parts(text)
    if len(parts) >= 2:
        return LabelMatch(parts[0], 1.0, None)
    bare = KIND_TAIL.sub("", text.replace("\n", " ").strip())
    if bare != text.strip() and (named := match_label(bare)) and named.field == "model_name":
        return LabelMatch("model_name", 1.0, None)
    return None


KIND_TAIL = re.compile(r"\s+(?:cá nhân|tập thể)\s*$", re.I)


def head_parts(text: str) -> list[str]:
    """The fields a heading lists with commas, each a label of its own; [] otherwise."""
    pieces = [p for p in re.split(r"\s*[,;]\s*", text.replace("\n", " ").strip()) if p]
    found = [cell_label(p) for p in pieces]
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
    if not any(c for c in row.cells) or any(TICK.match(c) for c in row.cells if c):
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


def _values_under(row: Row, columns: list[LabelMatch | None]) -> bool:
    """A row of plain values (no label among them) under every named column."""
    named = [
        k for k, f in enumerate(columns) if f is not None and f.field not in (OTHER, HONORIFIC)
    ]
    cells = [row.cells[k] if k < len(row.cells) else "" for k in named]
    return all(cells) and not any(cell_label(c) or find_labels(c.split("\n")[0]) for c in cells)
