"""Tables with several value columns under one label column ("Năm 2024 | Năm 2025", "năm
trước | năm nay"): the latest column's cell, never the cells joined confidently."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.table_cells import Row
from documents.extraction.fields.table_years import SAME, value_columns
from documents.extraction.text import DocumentText


def _form(head: list[str], rows: list[list[str]]) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO")
    doc.row(head, table=1)
    for cells in rows:
        doc.row(cells, table=1)
    doc.paragraph("Phú Lộc, ngày 4 tháng 3 năm 2025")
    return doc


ROWS = [
    ["Đơn vị", "Chi hội Phụ nữ ấp Bến Đò", "Như trên"],
    ["Tên mô hình", "Nuôi gà thả vườn", "Trồng rau an toàn bên bờ kênh"],
    ["Họ tên người phụ trách", "Trần Thị Mai", "Lâm Thị Bích"],
]


def test_the_latest_year_column_counts() -> None:
    result = read_fields(_form(["Nội dung", "Năm 2024", "Năm 2025"], ROWS))
    f, c = result.fields, result.confidence
    assert f["model_name"] == "Trồng rau an toàn bên bờ kênh"
    assert f["leader_name"] == "Lâm Thị Bích"
    assert c["leader_name"] >= 0.9
    assert f["unit_name"] == "Chi hội Phụ nữ ấp Bến Đò"  # "Như trên": the other column's
    assert c["unit_name"] < 0.9 and "unit_name" in result.doubts


def test_this_year_column_counts_whatever_its_place() -> None:
    rows = [[r[0], r[2], r[1]] for r in ROWS]
    result = read_fields(_form(["Nội dung", "Năm nay", "Năm trước"], rows))
    assert result.fields["leader_name"] == "Lâm Thị Bích"


def test_planned_and_achieved_joined_stay_unsure() -> None:
    result = read_fields(_form(["Nội dung", "Kế hoạch", "Thực hiện"], ROWS[1:]))
    assert result.confidence.get("leader_name", 0.0) < 0.9


def test_two_value_cells_without_a_header_stay_unsure() -> None:
    doc = DocumentText(source="docx")
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO")
    doc.row(["Tên mô hình", "Nuôi gà thả vườn", "Trồng rau an toàn"], table=1)
    doc.row(["Người phụ trách", "Trần Thị Mai", "Lâm Thị Bích"], table=1)
    result = read_fields(doc)
    assert result.confidence.get("leader_name", 0.0) < 0.9
    assert result.confidence.get("model_name", 0.0) < 0.9


def test_value_columns_and_repeats() -> None:
    rows = [Row(0, ("TT", "Nội dung", "Năm 2025 (đã làm)", "Năm 2026 (đăng ký)")),
            Row(1, ("", "Đơn vị", "A", "B"))]  # fmt: skip
    cols = value_columns(rows)
    assert cols is not None and cols.values == (2, 3) and cols.chosen == 3
    assert value_columns([Row(0, ("Nội dung", "Thông tin đăng ký")), rows[1]]) is None
    assert SAME.match("Như năm 2025") and SAME.match("Không thay đổi") and SAME.match("Như trên")
    assert not SAME.match("Như Thủy")
