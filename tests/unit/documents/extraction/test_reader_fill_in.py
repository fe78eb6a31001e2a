"""Printed fill-in templates (a label, the value written in the blank, the rest of the dotted
leader), as a text layer or OCR reads them, on small layouts of our own through the reader."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.lines import find_labels
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _doc(*lines: str) -> DocumentText:
    doc = DocumentText(source="pdf-ocr")
    doc.row(["BAN CHỈ ĐẠO PHONG TRÀO XÃ HÒA LẠC", MOTTO], table=1)
    for line in lines:
        doc.paragraph(line)
    return doc


def test_a_value_ends_at_its_dotted_leader() -> None:
    (hit,) = find_labels("3. Địa bàn: Thôn Đông Hà và thôn Tây Hà.................------ Nn..Ô")
    assert hit.value == "Thôn Đông Hà và thôn Tây Hà" and hit.filled


def test_a_label_glued_after_a_leader_is_still_a_label() -> None:
    hits = find_labels("4. Người phụ trách: Đinh Văn Tú.....Chức vụ: Phó Bí thư Chi đoàn.........")
    assert [(h.match.field, h.value) for h in hits] == [
        ("leader_name", "Đinh Văn Tú"),
        ("leader_position", "Phó Bí thư Chi đoàn"),
    ]


def test_the_line_under_a_filled_blank_is_not_its_value() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ",
        "1. Tên sáng kiến: Thắp sáng ngõ quê........................ 2 ại hìnhh)",
        'ri nh vực: Kĩ" P cu',
        "3. Địa bàn: Thôn Đông Hà...........................",
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Thắp sáng ngõ quê"
    assert f["location"] == "Thôn Đông Hà"


def test_a_year_filled_in_after_a_printed_20_makes_a_date_line() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ",
        "1. Tên sáng kiến: Thắp sáng ngõ quê........................",
        "3. Địa bàn: Thôn Đông Hà...........................",
        "Hòa Lạc, ngày ..5.. tháng ..04.. năm 20..25..",
        "NGƯỜI ĐĂNG KÝ",
        "Đinh Văn Tú",
    )
    assert read_fields(doc).fields["signed_date"] == "2025-04-05"


def test_a_label_after_the_letters_ocr_made_of_its_leader_is_found() -> None:
    (hit,) = find_labels("k1 0v Xông 6c Chức vụ: Phó Bí thư Chi đoàn..............")
    assert (hit.match.field, hit.value) == ("leader_position", "Phó Bí thư Chi đoàn")
    assert find_labels("Đồng chí Lê Văn Ba, nguyên Bí thư. Chức vụ: Bí thư") == []
