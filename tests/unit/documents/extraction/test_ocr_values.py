"""Values OCR garbles on scans and photos, each class on a small text of our own (invented
units, people and places), through the whole reader or the stage that mends it."""

from __future__ import annotations

import pytest

from documents.extraction import read_fields
from documents.extraction.fields.validate import check_unit
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _scan(*lines: str) -> DocumentText:
    doc = DocumentText(source="pdf-ocr")
    doc.ocr_confidence = 0.95
    doc.row(["HỘI CỰU CHIẾN BINH XÃ LŨNG VÂN", MOTTO], table=1)
    for line in lines:
        doc.paragraph(line)
    return doc


@pytest.mark.parametrize(
    ("heading", "columns"),
    [
        ("CÁC CHỈ TIÊU ĐĂNG KÝ", ["TT", "Nội dung các chỉ tiêu", "Đơn vị\ntính", "Kế hoạch"]),
        ("Chỉ tiêu năm 2025", ["TT", "Các chỉ tiêu", "Đơn vị\ntính", "Mức đăng ký", "Ghi chú"]),
    ],
)
def test_a_unit_of_measure_header_split_over_two_lines_is_not_the_unit(
    heading: str, columns: list[str]
) -> None:
    """'Đơn vị tính' read as 'Đơn vị' / 'tính' in a header cell of a table of targets: the
    unit comes from the header, never 'tính Kế hoạch …'."""
    doc = _scan("BẢNG ĐĂNG KÝ GIAO ƯỚC THI ĐUA", "Tên mô hình: Vườn cây nghĩa tình", heading)
    doc.row(columns, table=2)
    doc.row(["1", "Số cây giống trồng mới", "cây", "350", ""][: len(columns)], table=2)
    result = read_fields(doc)
    assert result.fields["unit_name"] == "HỘI CỰU CHIẾN BINH XÃ LŨNG VÂN"


def test_only_a_value_starting_with_the_word_tinh_is_refused_as_a_unit() -> None:
    assert check_unit("tính Kế hoạch Thực hiện").value is None
    assert check_unit("TÍNH KẾT QUẢ").value is None
    # "Tỉnh" (province) and names that merely contain "tính" stay units
    assert check_unit("Tỉnh đoàn Lạng Sơn").value == "Tỉnh đoàn Lạng Sơn"
    assert check_unit("Chi hội Tính Mỹ").value == "Chi hội Tính Mỹ"
