"""Find values in tables by their geometry: stage two of the reader, for table rows.

Three shapes occur. A label column: the value is the cell to the right (several cells for a
check-box group), or the cell below when the label's row has nothing after it. A header row
(or two, with merged cells: "Đăng ký mô hình" over "Tên mô hình | Lĩnh vực") naming the
fields over rows that are the forms, one model per row, with no label column at all. And
rows whose cells hold whole labelled lines ("Lĩnh vực: Kinh tế"), read like paragraphs.

This module tells the shapes apart; `table_header.py` finds a header, `table_forms.py` reads
the rows under it (and a logbook's total row), `table_pairs.py` reads label | value rows.
"""

from __future__ import annotations

import re

from documents.extraction.fields.criteria import read_criteria
from documents.extraction.fields.flow import Reader
from documents.extraction.fields.funds import read_sources
from documents.extraction.fields.indicators import (
    read_big_figures,
    read_by_year,
    read_indicators,
)
from documents.extraction.fields.table_cells import HONORIFIC, Row
from documents.extraction.fields.table_forms import dated_entries_total, form_rows, list_kind
from documents.extraction.fields.table_header import Header, column_headers, head_parts
from documents.extraction.fields.table_pairs import label_row
from documents.extraction.fields.table_years import mark_doubts, pick_cells, value_columns
from documents.extraction.text import Block

__all__ = ["HONORIFIC", "Header", "Row", "column_headers", "head_parts", "read_table"]

_ROW_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[IVXiv]{1,4}|[a-wyzđ])\s*[.)]?\s*$")  # "x" is a tick


def read_table(reader: Reader, blocks: list[tuple[int, Block]]) -> None:
    """All rows of one table, in order."""
    if read_big_figures(reader, [Row(i, tuple(c.strip() for c in b.cells)) for i, b in blocks]):
        return
    rows = [Row(i, tuple("" if k == 0 and _ROW_NUMBER.match(c) else c.strip()
                         for k, c in enumerate(b.cells)),
                bool(b.cells) and bool(_ROW_NUMBER.match(b.cells[0]))) for i, b in blocks]  # fmt: skip
    if read_by_year(reader, rows) or read_indicators(reader, rows):
        return
    if read_sources(reader, rows) or read_criteria(reader, rows):
        return
    if dated_entries_total(reader, rows):
        return
    header = column_headers(rows)
    if header is not None:
        reader.close()
        form_rows(reader, rows[header.depth :], header)
        list_kind(reader, header.columns, rows[0].where(0))
        return
    below: set[tuple[int, int]] = set()  # cells already taken as the value of the label above
    cols = value_columns(rows)
    if cols is not None and cols.chosen is not None:  # "Nội dung | Năm 2025 | Năm 2026"
        reader.close()  # the header row is no label | value pair
        picked = [rows[0]] + [pick_cells(row, cols)[0] for row in rows[1:]]
        for number in range(1, len(rows)):
            since = len(reader.items)
            label_row(reader, picked, number, below, first=False)
            mark_doubts(reader, since, picked[number], cols, pick_cells(rows[number], cols)[1])
        return
    for number in range(len(rows)):
        since = len(reader.items)
        label_row(reader, rows, number, below, first=number == 0)
        if cols is not None and number > 0:  # "Kế hoạch | Thực hiện": no column counts
            mark_doubts(reader, since, rows[number], cols, [])
