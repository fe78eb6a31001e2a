"""Declarations ("Tờ khai") with item numbers in square brackets, codes under a legend and one
character to a box (`docx_reader._Walker._comb`, `labels.split_number`,
`choices._coded_option`, `normalise.unbox_digits`), on small declarations of our own (invented
people and wording; not a copy of any sample or corpus layout)."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.table import _Cell

from documents.extraction import read_fields
from documents.extraction.choices import parse_domain, parse_model_type
from documents.extraction.docx_reader import read_docx
from documents.extraction.fields.labels import match_label, split_number
from documents.extraction.normalise import parse_phone, unbox_digits
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _boxes(cell: _Cell, chars: str) -> None:
    """One box per character: a one-row table inside the cell, as declarations print them."""
    inner = cell.add_table(1, len(chars))
    for box, char in zip(inner.rows[0].cells, chars, strict=True):
        box.text = char.strip()


def _declaration() -> bytes:
    doc = Document()
    doc.add_paragraph("TỜ KHAI ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”")
    table = doc.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "[04] Họ và tên người phụ trách"
    table.cell(0, 1).text = "Lò Thị Sen"
    table.cell(1, 0).text = "[05] Số điện thoại"
    _boxes(table.cell(1, 1), "0385127604")
    table.cell(2, 0).text = "[06] Loại mô hình\n(1: Tập thể; 2: Cá nhân)"
    _boxes(table.cell(2, 1), "2")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_row_of_character_boxes_in_a_cell_is_the_cells_one_value() -> None:
    rows = [b.cells for b in read_docx(_declaration()).blocks if len(b.cells) == 2]
    assert ("[05] Số điện thoại", "0385127604") in rows
    assert ("[06] Loại mô hình\n(1: Tập thể; 2: Cá nhân)", "2") in rows
    assert not any(len(cells) == 10 for cells in rows)  # no row of ten lone digits


def test_a_table_of_words_inside_a_cell_is_still_its_own_rows() -> None:
    doc = Document()
    outer = doc.add_table(rows=1, cols=2).cell(0, 1)
    inner = outer.add_table(1, 2)
    inner.cell(0, 0).text = "Thành viên"
    inner.cell(0, 1).text = "Vàng Thị Mỷ"
    out = io.BytesIO()
    doc.save(out)
    assert ("Thành viên", "Vàng Thị Mỷ") in [b.cells for b in read_docx(out.getvalue()).blocks]


@pytest.mark.parametrize(
    ("text", "number", "rest"),
    [("[09] Chức vụ", "09", "Chức vụ"), ("[12]Địa bàn thực hiện", "12", "Địa bàn thực hiện")],
)
def test_an_item_number_in_square_brackets_is_numbering(text: str, number: str, rest: str) -> None:
    assert split_number(text) == (number, rest)
    assert match_label(text) is not None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("(1: Tập thể; 2: Cá nhân) 2", "individual"),
        ("(1: Tập thể; 2: Cá nhân)\n[1]", "collective"),
        ("(1: Tập thể; 2: Cá nhân)", None),  # the box left empty
        ("(1: Tập thể; 2: Cá nhân) 7", None),  # a code the legend does not have
    ],
)
def test_a_code_written_after_its_legend_names_the_option(text: str, want: str | None) -> None:
    assert parse_model_type(text)[0] == want


def test_a_domain_code_reads_through_a_legend_with_dashes() -> None:
    legend = "(1 - Kinh tế; 2 - Văn hóa – xã hội; 3 - Quốc phòng – an ninh; 4 - Hệ thống chính trị)"
    assert parse_domain(f"{legend} 3")[0] == "security_defense"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("0 3 8 5 1 2 7 6 0 4", "0385127604"),
        ("0|3|8|5|1|2|7|6|0|4", "0385127604"),
        ("0 2 5 8 3 8 6 1 2 4 5", "02583861245"),
    ],
)
def test_a_phone_one_digit_to_a_box_is_one_phone(text: str, want: str) -> None:
    assert parse_phone(text) == want


def test_few_lone_digits_or_grouped_digits_stay_as_written() -> None:
    assert unbox_digits("ngày 1 2 3 tháng") == "ngày 1 2 3 tháng"
    assert unbox_digits("0385 127 604") == "0385 127 604"


def test_a_declaration_read_from_pdf_rows_gives_the_boxed_fields() -> None:
    doc = DocumentText(source="pdf-text")
    doc.paragraph(MOTTO)
    doc.paragraph("TỜ KHAI ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2025")
    rows = [
        ["[03] Tên đơn vị đăng ký", "Chi đoàn thôn Nậm Pồ"],
        ["[05] Tên mô hình", "Thanh niên giữ rừng đầu nguồn"],
        ["[06] Loại mô hình\n(1: Tập thể; 2: Cá nhân)", "1"],
        ["[07] Lĩnh vực\n(1: Kinh tế; 2: Văn hóa – xã hội; 3: Quốc phòng – an ninh)", "3"],
        ["[08] Họ và tên người phụ trách", "Lò Văn Páo"],
        ["[09] Chức vụ", "Bí thư Chi đoàn"],
        ["[10] Số điện thoại di động", "", *"0385127604"],
        ["[14] Nội dung, giải pháp chủ yếu", "Tuần tra rừng mỗi tháng hai lần; trồng 2 ha cây"],
    ]
    for n, cells in enumerate(rows):
        doc.row(cells, table=2, row=n)
    doc.paragraph("Nậm Pồ, ngày 12 tháng 5 năm 2025")
    fields = read_fields(doc).fields
    assert fields["model_type"] == "collective"
    assert fields["domain"] == "security_defense"
    assert fields["leader_position"] == "Bí thư Chi đoàn"
    assert fields["phone"] == "0385127604"
    assert str(fields["content"]).startswith("Tuần tra rừng")
