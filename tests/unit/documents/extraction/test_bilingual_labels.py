"""Bilingual labels (`fields/gloss.py`, through `labels.py`, `table_cells.py`, `found.py`): a
label printed with its English half ("Tên mô hình / Model name", "Chức vụ" over "Position") is
one label; the English words are never a value. Small layouts of our own (invented units,
people and wording; not a copy of any sample or corpus layout)."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.gloss import drop_english_head, is_english_label, strip_english
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _table_form() -> DocumentText:
    """Labels in a cell with the English on the next line, rows grouped by a caption cell."""
    doc = DocumentText(source="docx")
    doc.row(["HỘI CỰU CHIẾN BINH XÃ AN THẠNH", MOTTO + "\nAn Thạnh, ngày 9 tháng 4 năm 2025"], 1)
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” / REGISTRATION FORM")
    doc.row(["TẬP THỂ / GROUP", "Tên tập thể\nName of group", "Hội CCB xã An Thạnh"], 2)
    doc.row(["", "Mã chương trình\nProgramme code", "GV-25/117"], 2)
    doc.row(["MÔ HÌNH / MODEL", "Tên mô hình\nModel name", "Cựu chiến binh giữ bờ kè"], 2)
    doc.row(["", "Nơi thực hiện\nPlace", "bờ kè xóm Chài"], 2)
    doc.row(["NGƯỜI / PERSON", "Người phụ trách\nPerson in charge", "Phan Văn Rớt"], 2)
    doc.row(["", "Chức vụ\nPosition", "Chủ tịch Hội CCB xã"], 2)
    doc.row(["", "Nội dung\nContents", "Hội viên trồng 800 cây bần giữ đất bờ kè."], 2)
    doc.row(["", "Số người hưởng lợi dự kiến\nExpected beneficiaries", "90 hộ"], 2)
    doc.paragraph("Ghi chú / Notes: Kinh phí của chương trình 40.000.000 đồng.")
    doc.row(["", "CHỦ TỊCH\n(Ký tên / Signature)\n\n\nPhan Văn Rớt"], 3)
    return doc


def test_a_labels_english_half_is_never_its_value() -> None:
    read = read_fields(_table_form())
    f = read.fields
    assert f["unit_name"] == "Hội CCB xã An Thạnh"
    assert f["model_name"] == "Cựu chiến binh giữ bờ kè"
    assert f["location"] == "bờ kè xóm Chài"
    assert f["leader_name"] == "Phan Văn Rớt"
    assert f["leader_position"] == "Chủ tịch Hội CCB xã"
    assert f["content"] == "Hội viên trồng 800 cây bần giữ đất bờ kè."  # beneficiaries end it
    assert f.get("participants") is None  # who is to benefit is no count of participants
    assert read.confidence["model_name"] >= 0.9


def test_bilingual_labels_on_lines() -> None:
    """'Tên mô hình / Model name: X', and an English line under a label alone on its line."""
    doc = DocumentText(source="docx")
    doc.row(["ĐOÀN XÃ BÌNH LỘC", MOTTO], 1)
    doc.paragraph("BẢN ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”")
    doc.paragraph("Tên mô hình / Model name: Thắp sáng đường quê")
    doc.paragraph("Địa bàn thực hiện")
    doc.paragraph("Location")
    doc.paragraph("ấp Tân Hòa")
    doc.paragraph("Nội dung (Activities):")
    doc.paragraph("Đoàn viên lắp 120 bóng đèn năng lượng mặt trời.")
    doc.paragraph("Ghi chú / Remarks: đèn do các hộ góp.")
    f = read_fields(doc).fields
    assert f["model_name"] == "Thắp sáng đường quê"
    assert f["location"] == "ấp Tân Hòa"
    assert f["content"] == "Đoàn viên lắp 120 bóng đèn năng lượng mặt trời."


def test_the_english_half_is_told_apart() -> None:
    assert strip_english("Tên mô hình / Model name") == "Tên mô hình"
    assert strip_english("Chức vụ\nPosition") == "Chức vụ"
    assert strip_english("Họ và tên Full name") == "Họ và tên"
    assert strip_english("Điện thoại (Tel.)") == "Điện thoại"
    assert strip_english("Địa chỉ email") == "Địa chỉ email"  # a loanword is the label
    assert strip_english("Ten mo hinh Model name") == "Ten mo hinh Model name"
    assert is_english_label("Person in charge:") and is_english_label("(Signature)")
    assert not is_english_label("Green Coast") and not is_english_label("Culture - society")
    assert drop_english_head("Position Bí thư Chi bộ") == "Bí thư Chi bộ"
    assert drop_english_head("Activities - Trồng cây") == "- Trồng cây"
    assert drop_english_head("Green Coast") == "Green Coast"
