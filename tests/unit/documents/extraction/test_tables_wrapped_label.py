"""A label cell wrapped onto a second row (`table_pairs._wrapped_label`), as OCR cuts a printed web
form's grid at each line of a label; a small layout of our own."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.text import DocumentText


def _form(*rows: list[str]) -> DocumentText:
    doc = DocumentText(source="pdf")
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO")
    doc.row(["Tên đơn vị *", "Chi hội Nông dân thôn Khe Mạ"], table=1)
    doc.row(["Tên mô hình *", "Tổ liên kết trồng quế hữu cơ"], table=2)
    for k, cells in enumerate(rows):
        doc.row(cells, table=3 + k)  # OCR gives each line of the grid a table of its own
    return doc


def test_a_label_wrapped_onto_the_next_row_keeps_the_value_begun_beside_it() -> None:
    doc = _form(
        ["Nội dung, giải", "- Ươm cây quế giống cho 30 hộ, mỗi hộ được hướng dẫn bón phân"],
        ["pháp thực hiện *", "vi sinh;\n- Thu mua quế vỏ theo giá sàn."],
    )
    content = str(read_fields(doc).fields["content"])
    assert content.startswith("- Ươm cây quế giống cho 30 hộ")
    assert content.endswith("Thu mua quế vỏ theo giá sàn.")
    assert "pháp thực hiện" not in content


def test_a_label_of_its_own_on_the_next_row_is_not_a_wrapped_one() -> None:
    doc = _form(
        ["Nội dung", "Ươm cây quế giống cho 30 hộ."],
        ["Địa bàn thực hiện", "thôn Khe Mạ"],
    )
    f = read_fields(doc).fields
    assert f["content"] == "Ươm cây quế giống cho 30 hộ."
    assert f["location"] == "thôn Khe Mạ"
