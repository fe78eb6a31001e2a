"""A label | value grid written values first: on grids of our own."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.mirrored import unmirror
from documents.extraction.fields.validate import check_model
from documents.extraction.fields.zones import is_signature_text
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _grid() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["HỘI CỰU CHIẾN BINH XÃ AN BÁ", MOTTO], table=1)
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”")
    for value, label in (
        ("Trả lời", "Câu hỏi"),
        ("Hội Cựu chiến binh xã An Bá", "Tên đơn vị"),
        ("Cựu chiến binh giữ đường làng sạch", "Tên mô hình"),
        ("Tập thể", "Loại mô hình"),
        ("Đinh Văn Hòa", "Người phụ trách"),
        ("Chủ tịch Hội", "Chức vụ"),
        ("0912 345 678", "Điện thoại"),
    ):
        doc.row([value, label], table=2)
    doc.row(["", "An Bá, ngày 2 tháng 3 năm 2026\nCHỦ TỊCH\n\n\nĐinh Văn Hòa"], table=3)
    return doc


def test_a_grid_with_its_labels_on_the_right_is_turned_round() -> None:
    rows = [b.cells for b in unmirror(_grid().blocks) if b.table == 2]
    assert rows[1] == ("Tên đơn vị", "Hội Cựu chiến binh xã An Bá")
    fields = read_fields(_grid()).fields
    assert fields["model_name"] == "Cựu chiến binh giữ đường làng sạch"
    assert fields["model_type"] == "collective"
    assert fields["leader_position"] == "Chủ tịch Hội"


def test_a_grid_with_labels_on_the_left_stays() -> None:
    doc = DocumentText(source="docx")
    for label, value in (
        ("Tên mô hình", "Đường hoa"),
        ("Chức vụ", "Bí thư"),
        ("Lĩnh vực", "Kinh tế"),
    ):
        doc.row([label, value], table=1)
    assert unmirror(doc.blocks) == doc.blocks


def test_a_place_date_position_and_name_in_a_cell_is_a_signature() -> None:
    assert is_signature_text("An Bá, ngày 2 tháng 3 năm 2026\nCHỦ TỊCH\n\nĐinh Văn Hòa")
    assert not is_signature_text("An Bá, ngày 2 tháng 3 năm 2026\nHọp toàn thể hội viên")


def test_a_remark_in_brackets_after_a_quoted_name_is_not_the_name() -> None:
    said = "“Mái ấm nghĩa tình” (lĩnh vực văn hóa – xã hội)"
    assert check_model(said).value == "Mái ấm nghĩa tình"
    assert (
        check_model("Mái ấm (cho hộ nghèo) nghĩa tình").value == "Mái ấm (cho hộ nghèo) nghĩa tình"
    )
