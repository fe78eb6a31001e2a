"""An individual's application names the unit the applicant belongs to ("Sinh hoạt tại: Chi bộ
…"); a body signing "TM. BAN CHẤP HÀNH" names no unit with a place. Small layouts of our own."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _application(signature: str) -> DocumentText:
    doc = DocumentText(source="docx")
    for line in (
        MOTTO,
        "ĐƠN ĐĂNG KÝ",
        "XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” CÁ NHÂN",
        "Kính gửi: Ban Chỉ đạo xã Sông Mây",
        "Tôi tên là: Đào Thị Lụa",
        "Chức vụ: Tổ trưởng tổ phụ nữ",
        "Điện thoại: 0912 334 556",
        "Sinh hoạt tại: Hội Phụ nữ thôn Gò Đá",
        "1. Tên mô hình: Bếp ấm cho trẻ mồ côi",
        "2. Nội dung: nấu cơm trưa cho 12 cháu mỗi tuần.",
    ):
        doc.paragraph(line)
    doc.row(["", signature], table=2)
    return doc


def test_the_applicant_belongs_to_the_unit_where_they_take_part() -> None:
    result = read_fields(
        _application("Sông Mây, ngày 02 tháng 3 năm 2026\nNGƯỜI LÀM ĐƠN\n\nĐào Thị Lụa")
    )
    assert result.fields["unit_name"] == "Hội Phụ nữ thôn Gò Đá"


def test_a_board_signing_for_itself_names_no_unit() -> None:
    signature = "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\n\nĐào Thị Lụa"
    result = read_fields(_application(signature))
    assert result.fields["unit_name"] == "Hội Phụ nữ thôn Gò Đá"
