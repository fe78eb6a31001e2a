"""Where a story's body ends: a news script's head table ("Người viết | …") and its closing
table whose signature mark opens the second cell ("BAN BIÊN TẬP | NGƯỜI VIẾT"); notes under a
form's signature; a date line above a title left in the body. Layouts of our own."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields import frame
from documents.extraction.fields.found import Where
from documents.extraction.fields.zones import Zones, cut
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"

_STORY = (
    "Thưa bà con! Mấy tháng nay, đường vào thôn Đồng Mới sáng đèn mỗi tối nhờ các chị hội viên.",
    "Đó là mô hình “Thắp sáng đường quê” do Chi hội Phụ nữ thôn Đồng Mới làm từ đầu năm nay, "
    "chị Vi Thị Hồng, Chi hội trưởng, là người phụ trách.",
    "Các chị góp 15 triệu đồng mua bóng đèn và dây điện, bà con góp công dựng cột dọc đường.",
)


def _script(closing_table: bool) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["ĐÀI PHÁT THANH XÃ YÊN BÌNH", MOTTO], table=1)
    doc.paragraph("BẢN TIN PHÁT THANH", centered=True, bold=True)
    doc.row(["Chủ đề", "Gương sáng ở thôn"], table=2)
    doc.row(["Người viết", "Lưu Văn Tâm – cộng tác viên"], table=2)
    for line in _STORY:
        doc.paragraph(line)
    if closing_table:
        doc.row(["BAN BIÊN TẬP\n\n\nĐặng Văn Phú", "NGƯỜI VIẾT\n\n\nLưu Văn Tâm"], table=3)
    else:
        doc.paragraph("BAN BIÊN TẬP", bold=True)
        doc.paragraph("Lưu Văn Tâm", bold=True)
    return doc


def test_a_closing_table_whose_second_cell_opens_with_a_mark_signs_the_script() -> None:
    zones = cut(_script(closing_table=True).blocks)
    assert any("NGƯỜI VIẾT" in line for col in zones.signature for line in col)
    assert any("Thắp sáng đường quê" in b.text for b in zones.body)


def test_a_head_tables_writer_row_does_not_sign_the_story_below_it() -> None:
    zones = cut(_script(closing_table=False).blocks)
    assert not any("Thắp sáng" in line for col in zones.signature for line in col)
    assert sum("Thắp sáng đường quê" in b.text for b in zones.body) == 1


def test_notes_under_a_signature_table_do_not_make_it_a_head_table() -> None:
    doc = DocumentText(source="docx")
    doc.row(["CHI BỘ THÔN NAM", MOTTO], table=1)
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”", centered=True, bold=True)
    doc.paragraph("1. Tên mô hình: Đường hoa thôn Nam")
    doc.paragraph("2. Người phụ trách: Hà Văn Lực")
    doc.row(["Nam Sơn, ngày 4 tháng 3 năm 2026", "NGƯỜI ĐĂNG KÝ\n(Ký, ghi rõ họ tên)\nHà Văn Lực"],
            table=2)  # fmt: skip
    doc.paragraph("(1) Ghi tên mô hình ngắn gọn, rõ nội dung, không quá hai mươi chữ cho mỗi dòng.")
    doc.paragraph("(2) Ghi một trong bốn lĩnh vực: kinh tế, văn hóa - xã hội, an ninh và hệ thống.")
    zones = cut(doc.blocks)
    assert any("NGƯỜI ĐĂNG KÝ" in line for col in zones.signature for line in col)
    assert read_fields(doc).fields.get("signed_date") == "2026-03-04"


def test_a_date_line_above_a_title_left_in_the_body_is_the_papers_date() -> None:
    """A sheet printed with its row numbers, read without a header (a scan misread its row of
    column letters): the date line sits in the body, above the title, under other lines."""
    rows = [
        ["A", "B", "C"],
        ["1", "HỘI KHUYẾN NÔNG XÃ AN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["2", "Độc lập - Tự do - Hạnh phúc"],
        ["3", "An Hòa, ngày 9 tháng 3 năm 2026"],
        ["4", "BẢNG ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026"],
        ["5", "Tên mô hình", "Người phụ trách"],
        ["6", "Vườn mẫu", "Lê Văn Mạnh"],
        ["7", "Cộng: 01 mô hình"],
    ]
    body: list[tuple[str, Where | None]] = [
        (c, Where(k, n)) for k, row in enumerate(rows) for n, c in enumerate(row)
    ]
    found = list(frame.from_date(Zones(), body))
    assert [c.text for c in found] == ["An Hòa, ngày 9 tháng 3 năm 2026"]


def test_no_date_is_taken_from_a_body_without_a_title_near_its_top() -> None:
    rows = [["1", "Họp dân"], ["2", "An Hòa, ngày 9 tháng 3 năm 2026"]] + [
        [str(k), "Việc làm"] for k in range(3, 12)
    ]
    body: list[tuple[str, Where | None]] = [
        (c, Where(k, n)) for k, row in enumerate(rows) for n, c in enumerate(row)
    ]
    assert frame._above_title(body) == []


def test_a_header_row_a_scan_read_as_a_table_of_its_own_stays_in_the_header() -> None:
    doc = DocumentText(source="pdf-ocr")
    doc.row(["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], table=1)
    doc.row(["XÃ HÒA BÌNH", "Độc lập - Tự do - Hạnh phúc"], table=1)
    doc.row(["Số: 8/GM-UBND", "Hòa Bình, ngày 2 tháng 5 năm 2026"], table=2)
    doc.paragraph("GIẤY MỜI", centered=True)
    doc.paragraph("Dự hội nghị tham quan mô hình “Dân vận khéo”", centered=True)
    doc.paragraph("Ủy ban nhân dân xã trân trọng kính mời:")
    zones = cut(doc.blocks)
    assert zones.title == ["GIẤY MỜI", "Dự hội nghị tham quan mô hình “Dân vận khéo”"]
    assert "Số: 8/GM-UBND" in zones.header[0]
