"""Slips of tab stops and dotted leaders, two or three fields a line (`fields/lines.py`,
`flow.py`, `confidence.py`): a value ends at the next label of its line, a known one with a
qualifier or one we do not know; a value wrapped at the line's end is joined or left unsure.
Small layouts of our own (invented units, people and wording; not a copy of any corpus file)."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.lines import dangling_end
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _slip(*lines: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["HỘI NÔNG DÂN XÃ PHÚ MỸ", MOTTO], 1)
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2025")
    for line in lines:
        doc.paragraph(line)
    doc.paragraph("Phú Mỹ, ngày 3 tháng 3 năm 2025")
    return doc


def test_a_value_ends_at_the_next_label_of_its_line() -> None:
    doc = _slip(
        "Đơn vị đăng ký:\tHội Nông dân xã Phú Mỹ\t Khối thi đua:\tkhối đoàn thể\t",
        "Tên mô hình:\tNông dân giúp nhau giống lúa\t",
        "Người phụ trách:\tLê Thị Hoa\t Chức vụ:\tChủ tịch Hội\t Số điện thoại cá nhân:\t0977 112 334\t",
        "Địa bàn thực hiện:\tấp Mỹ Lợi\t Số hộ tham gia dự kiến:\t45 hộ\t",
    )
    f = read_fields(doc).fields
    assert f["unit_name"] == "Hội Nông dân xã Phú Mỹ"  # a label we do not know ends it
    assert f["leader_position"] == "Chủ tịch Hội"  # a known label with more words ends it
    assert f["phone"] == "0977112334"
    assert f["location"] == "ấp Mỹ Lợi"  # a known label with a qualifier ends it
    assert f.get("participants") is None  # a planned count is no count of participants


def test_a_blank_left_empty_gives_the_next_label_its_value() -> None:
    doc = _slip("Tên mô hình: Đèn đường", "Điện thoại:      Địa bàn thực hiện: ấp Mỹ Lợi   ")
    f = read_fields(doc).fields
    assert f["location"] == "ấp Mỹ Lợi"
    assert f.get("phone") is None


def test_a_place_wrapped_at_the_lines_end_is_joined() -> None:
    doc = _slip("Tên mô hình: Đường quê sáng đèn", "Địa bàn: kênh Ba Tư, ấp", "Mỹ Hòa")
    read = read_fields(doc)
    assert read.fields["location"] == "kênh Ba Tư, ấp Mỹ Hòa"


def test_a_place_cut_at_the_lines_end_is_not_sure() -> None:
    doc = _slip("Tên mô hình: Đường quê sáng đèn", "Địa bàn: kênh Ba Tư và", "")
    read = read_fields(doc)
    assert read.fields["location"] == "kênh Ba Tư và"
    assert read.confidence["location"] < 0.9
    assert dangling_end("đê bao, thôn") and dangling_end("chợ và")
    assert not dangling_end("Bí thư Chi bộ ấp") and not dangling_end("Trung tâm hành chính xã")


def test_a_jurors_name_is_no_one_in_charge() -> None:
    doc = _slip(
        "Họ và tên người chấm điểm: Trương Văn Bé – Phó Chủ tịch UBND xã",
        "- Tên mô hình: Nông dân giúp nhau giống lúa",
        "- Người phụ trách: Lê Thị Hoa; chức vụ: Chủ tịch Hội",
    )
    f = read_fields(doc).fields
    assert f["leader_name"] == "Lê Thị Hoa"
