"""A table of the sources of money (`fields/funds.py`) whose unit a line above it gives, as a
public notice prints it. Units, people and sums are invented."""

from __future__ import annotations

import pytest

from documents.extraction import read_fields
from documents.extraction.text import DocumentText


def _notice(unit_line: str | None) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.paragraph("BẢNG CÔNG KHAI")
    doc.paragraph("Kết quả vận động mô hình “Dân vận khéo” “Cầu dân sinh bản Phiêng”")
    doc.paragraph("I. NGUỒN KINH PHÍ HUY ĐỘNG")
    if unit_line:
        doc.paragraph(unit_line)
    for row in (
        ["TT", "Nguồn", "Số tiền"],
        ["1", "Các hộ dân trong bản", "84.500"],
        ["2", "Con em xa quê", "20.000"],
        ["", "Cộng nhân dân đóng góp", "104.500"],
        ["3", "Ngân sách xã hỗ trợ", "50.000"],
        ["", "TỔNG CỘNG", "154.500"],
    ):
        doc.row(row, table=2)
    doc.paragraph("II. KẾT QUẢ THỰC HIỆN")
    doc.paragraph("Làm xong cầu dài 18 m cho 70 hộ qua suối.")
    return doc


@pytest.mark.parametrize(
    ("unit_line", "want"),
    [
        ("(Đơn vị tính: nghìn đồng)", 104_500_000),
        ("ĐVT: nghìn đồng", 104_500_000),
        ("(Đơn vị tính: đồng)", 104_500),
        (None, 104_500),
    ],
)
def test_the_unit_line_above_a_table_of_sources_counts_its_sums(
    unit_line: str | None, want: int
) -> None:
    """'(Đơn vị tính: nghìn đồng)' over the table: '104.500' is 104.500.000 đồng."""
    assert read_fields(_notice(unit_line)).fields.get("funds_vnd") == want


def test_the_households_who_gave_on_the_sources_table_are_the_participants_unsure() -> None:
    """'Số hộ / người' beside the sources: the first row's count of households, below 0.9."""
    doc = DocumentText(source="docx")
    doc.paragraph("BẢNG CÔNG KHAI")
    doc.paragraph("Kết quả vận động mô hình “Dân vận khéo” “Cầu dân sinh bản Phiêng”")
    for row in (
        ["TT", "Nguồn", "Số hộ / người", "Số tiền"],
        ["1", "Các hộ dân trong bản", "70 hộ", "84.500.000"],
        ["2", "Con em xa quê", "12 người", "20.000.000"],
        ["", "Cộng nhân dân đóng góp", "", "104.500.000"],
    ):
        doc.row(row, table=2)
    doc.paragraph("II. KẾT QUẢ THỰC HIỆN")
    doc.paragraph("Làm xong cầu dài 18 m qua suối.")
    found = read_fields(doc)
    assert found.fields.get("participants") == 70
    assert found.confidence["participants"] < 0.9


def test_a_trades_takings_and_a_bracketed_state_sum_are_no_money_raised() -> None:
    from documents.extraction.fields import prose

    text = (
        "Bà con đã góp 85 triệu đồng mua máy sấy; doanh thu của tổ năm nay đạt 1,4 tỷ đồng.\n"
        "Phần hỗ trợ của Nhà nước (300 triệu đồng) chi riêng, không tính vào quỹ."
    )
    numbers, with_verb = prose.sums(text)
    assert [n.value for n in numbers] == [85_000_000]
    assert with_verb == 1
    # its own clause, when the sum is not in brackets, still decides
    assert (
        prose.sums("Quỹ của Nhà nước cấp, hội viên góp (40 triệu đồng).")[0][0].value == 40_000_000
    )
