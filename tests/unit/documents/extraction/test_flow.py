"""The flow of lines (`fields/flow.py`): where a free-text value ends, on small layouts of our
own (invented units, people and wording; not a copy of any sample or corpus layout)."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _proposal(*sections: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["CHI ĐOÀN THÔN SUỐI ĐÁ\n───", MOTTO + "\nSuối Đá, ngày 04 tháng 5 năm 2024"], table=1)
    doc.paragraph("ĐỀ ÁN")
    doc.paragraph("Xây dựng mô hình “Dân vận khéo” “Góc đọc sách bên suối”")
    for line in sections:
        doc.paragraph(line)
    doc.row(["Nơi nhận:\n- Lưu.", "BÍ THƯ CHI ĐOÀN\n\n\nLò Văn Pấng"], table=9)
    return doc


def test_the_next_roman_part_ends_a_value_opened_under_a_numbered_item() -> None:
    """'III. NỘI DUNG, GIẢI PHÁP' after 'II. MỤC TIÊU' / '2. Mục tiêu cụ thể:' opens the content,
    though the objective's item was numbered 1, 2: the parts go on, the objective ends."""
    doc = _proposal(
        "I. SỰ CẦN THIẾT",
        "Thiếu nhi trong thôn không có chỗ đọc sách sau giờ học.",
        "II. MỤC TIÊU",
        "1. Mục tiêu chung: Mỗi em đọc ít nhất một cuốn sách mỗi tháng.",
        "2. Mục tiêu cụ thể:",
        "- 60 em thiếu nhi được mượn sách miễn phí;",
        "III. NỘI DUNG, GIẢI PHÁP",
        "- Đoàn viên quyên góp sách cũ, đóng kệ tại nhà sinh hoạt cộng đồng;",
        "- Mở góc đọc chiều thứ Bảy, đoàn viên thay phiên trông.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Chi đoàn thôn phân công đoàn viên theo tuần.",
    )
    content = read_fields(doc).fields["content"]
    assert content == (
        "- Đoàn viên quyên góp sách cũ, đóng kệ tại nhà sinh hoạt cộng đồng; "
        "- Mở góc đọc chiều thứ Bảy, đoàn viên thay phiên trông."
    )


def test_a_roman_list_inside_a_value_does_not_end_it() -> None:
    """A roman list the value numbers itself ('I.', 'II.' under the content) stays its text."""
    doc = _proposal(
        "I. SỰ CẦN THIẾT",
        "Thiếu nhi trong thôn không có chỗ đọc sách sau giờ học.",
        "II. NỘI DUNG, GIẢI PHÁP",
        "1. Nội dung:",
        "- Đoàn viên quyên góp sách cũ, đóng kệ tại nhà sinh hoạt cộng đồng;",
        "2. Cách làm:",
        "- Mở góc đọc chiều thứ Bảy.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Chi đoàn thôn phân công đoàn viên theo tuần.",
    )
    content = str(read_fields(doc).fields["content"] or "")
    assert "quyên góp sách cũ" in content
    assert "phân công đoàn viên" not in content


def test_a_telephone_sign_before_a_number_labels_the_phone() -> None:
    """'☎ 0912 …' under the person in charge, as a poster prints it: the sign is the phone's
    label; a number with no sign, or a sign before words, is none."""
    for line, phone in (
        ("☎ 0916 204 357", "0916204357"),
        ("📞: 0916.204.357", "0916204357"),
        ("☎\t0916 204 357", "0916204357"),
        ("☎ Gọi cho chúng tôi", None),
    ):
        doc = DocumentText(source="docx")
        for text in (
            "MÔ HÌNH “DÂN VẬN KHÉO” – Bếp ăn bán trú",
            "Đơn vị thực hiện: Chi hội Phụ nữ thôn Hòa Nam",
            "Phụ trách: Bà Lý Thị Dịu – Chi hội trưởng",
            line,
        ):
            doc.paragraph(text)
        assert read_fields(doc).fields.get("phone") == phone
