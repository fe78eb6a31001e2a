"""The shared layout (`pdf_layout`) on OCR word boxes: a table whose rows are people, read
one visual line at a time, gets its rows back."""

from __future__ import annotations

from documents.extraction import ocr
from documents.extraction.text import BlockKind

#: Left edges of the columns of a small award list (pixels on a 2480-wide page). With the
#: rules taken off, OCR reads the row number and the name as one column ("1 Ông …").
COLUMNS = (150, 900, 1500, 1900)


def _row(top: int, *cells: str) -> list[ocr.Word]:
    """One visual line: each non-empty cell's words from its column's left edge."""
    words: list[ocr.Word] = []
    for left, cell in zip(COLUMNS, cells, strict=False):
        x = left
        for text in cell.split():
            width = 24 * len(text)
            words.append(ocr.Word(x, top, width, 36, 91, text))
            x += width + 18
    return words


def _table_rows(words: list[ocr.Word]) -> list[tuple[str, ...]]:
    doc = ocr.layout_like_pdf([ocr.PageText(words, 2480, 3508)], "pdf-ocr")
    assert doc is not None
    return [b.cells for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]


def test_continuation_lines_join_the_numbered_row_above() -> None:
    words = [
        *_row(400, "1 Ông Lê Văn Tâm", "Vườn cây", "12 hộ", "Giấy khen"),
        *_row(446, "Năm sinh: 1970", "kiểu mẫu", "", "của xã"),
        *_row(492, "Trưởng thôn Bình", "", "", ""),
        *_row(538, "2 Bà Đỗ Thị Hòa", "Đường hoa", "30 hộ", "Giấy khen"),
        *_row(584, "Năm sinh: 1985", "nông thôn", "", "của xã"),
    ]
    rows = _table_rows(words)
    assert len(rows) == 2
    assert rows[0][0] == "1 Ông Lê Văn Tâm\nNăm sinh: 1970\nTrưởng thôn Bình"
    assert rows[0][1] == "Vườn cây\nkiểu mẫu"
    assert rows[1][0] == "2 Bà Đỗ Thị Hòa\nNăm sinh: 1985"


def test_a_total_row_or_a_heading_in_capitals_keeps_its_own_row() -> None:
    words = [
        *_row(400, "1 Ông Lê Văn Tâm", "Vườn cây", "12 hộ", "Giấy khen"),
        *_row(446, "Năm sinh: 1970", "kiểu mẫu", "", "của xã"),
        *_row(492, "Tổng cộng", "", "12 hộ", ""),
        *_row(538, "NGƯỜI LẬP BIỂU", "", "", ""),
    ]
    rows = _table_rows(words)
    firsts = [r[0].split("\n")[0] for r in rows]
    assert firsts == ["1 Ông Lê Văn Tâm", "Tổng cộng", "NGƯỜI LẬP BIỂU"]


def test_lines_of_a_table_without_row_numbers_stay_rows() -> None:
    words = [
        *_row(400, "Họ tên", "Mô hình", "Số hộ", "Khen"),
        *_row(446, "Lê Văn Tâm", "Vườn cây", "12 hộ", "Giấy khen"),
        *_row(492, "Đỗ Thị Hòa", "Đường hoa", "30 hộ", "Bằng khen"),
    ]
    assert len(_table_rows(words)) == 3


def test_numbered_items_whose_numbers_ocr_misread_stay_rows() -> None:
    """'7;' and '3_' are row numbers misread: their lines never continue the row above."""
    words = [
        *_row(400, "6. Thời gian", "tháng 4/2024", "", ""),
        *_row(446, "7; Kinh phí", "45.000.000", "", ""),
        *_row(492, "3_ Địa điểm", "Thôn Bình", "", ""),
    ]
    assert len(_table_rows(words)) == 3


def test_a_header_laid_out_alone_is_cut_by_the_numbered_rows_columns() -> None:
    """The header's narrow "TT" column is gone below it (OCR glues each row's number to the
    name), so the header is laid out as a table of its own; cut by the numbered rows' columns
    it heads their table again, one cell per column."""
    header = [
        ocr.Word(60, 300, 48, 36, 90, "TT"),
        *_row(300, "", "Mô hình", "Số hộ", "Khen"),
        ocr.Word(200, 300, 96, 36, 90, "Họ"),
        ocr.Word(314, 300, 72, 36, 90, "tên"),
    ]
    words = [
        *header,
        *_row(400, "", "Vườn cây", "12 hộ", "Giấy khen"),
        *[
            ocr.Word(60 + 90 * k, 400, 72, 36, 91, t)
            for k, t in enumerate(["1", "Ông", "Lê", "Tâm"])
        ],
        *_row(446, "Năm sinh: 1970", "kiểu mẫu", "", "của xã"),
    ]
    doc = ocr.layout_like_pdf([ocr.PageText(words, 2480, 3508)], "pdf-ocr")
    assert doc is not None
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert len({b.table for b in rows}) == 1
    assert rows[0].cells == ("TT Họ tên", "Mô hình", "Số hộ", "Khen")
    assert rows[-1].cells[0] == "1 Ông Lê Tâm\nNăm sinh: 1970"


def _words(top: int, *cells: tuple[int, str]) -> list[ocr.Word]:
    """Words of one line, each cell's from its own left edge."""
    words: list[ocr.Word] = []
    for x, cell in cells:
        for text in cell.split():
            words.append(ocr.Word(x, top, 24 * len(text), 36, 90, text))
            x += 24 * len(text) + 18
    return words


def test_a_column_set_apart_only_below_a_merged_header_cell_is_found() -> None:
    """The header's first line has a cell over two columns; the column under its second line
    and the numbered rows is kept, and the line numbering the columns is left out."""
    words = [
        *_words(300, (60, "TT"), (200, "Họ tên"), (900, "Mô hình Dân vận"), (1900, "Khen")),
        *_words(346, (900, "cá nhân"), (1500, "Số hộ")),
        *_words(392, (60, "(1)"), (200, "(2)"), (900, "(3)"), (1500, "(4)"), (1900, "(5)")),
        *_words(438, (60, "1"), (200, "Lê Văn Tâm"), (900, "Vườn cây"), (1500, "12"),
                (1900, "Giấy khen")),
        *_words(484, (200, "Năm sinh: 1970"), (900, "kiểu mẫu")),
    ]  # fmt: skip
    rows = _table_rows(words)
    assert rows[0] == ("TT", "Họ tên", "Mô hình Dân vận\ncá nhân", "Số hộ", "Khen")
    assert rows[1] == ("1", "Lê Văn Tâm\nNăm sinh: 1970", "Vườn cây\nkiểu mẫu", "12", "Giấy khen")
    assert len(rows) == 2


def test_a_label_table_whose_numbers_ocr_lost_but_one_keeps_its_rows() -> None:
    """Numbers 1–3 of a label/value table unread, "4" read glued to its label: no list of
    numbered rows (it would start at 1), so every line stays a row."""
    words = [
        *_words(300, (200, "Tên mô hình"), (900, "Vườn cây")),
        *_words(346, (200, "Hình thức"), (900, "Tập thể")),
        *_words(392, (200, "Lĩnh vực"), (900, "Kinh tế")),
        *_words(438, (60, "4"), (120, "Thời gian"), (900, "Năm 2026")),
        *_words(484, (200, "Người phụ trách"), (900, "Lê Văn Tâm")),
    ]
    rows = _table_rows(words)
    assert len(rows) == 5
    assert all(len(r) == len(rows[0]) for r in rows)
