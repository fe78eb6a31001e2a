"""A spreadsheet printed with its headings: on sheets of our own."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.sheet import unframe
from documents.extraction.text import BlockKind, DocumentText

COLUMNS = ["", "A", "B", "C", "D", "E", "F", "G", "H"]


def _sheet() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.paragraph("Bang dang ky.xlsx — Sheet1")
    grid = [
        ["HỘI NÔNG DÂN XÃ AN BÁ", "", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", ""],
        ["CHI HỘI THÔN 3", "", "", "", "", "Độc lập - Tự do - Hạnh phúc", "", ""],
        ["", "", "", "", "", "An Bá, ngày 02 tháng 3 năm 2026", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["DANH SÁCH ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "", "", "", "", "", "", ""],
        ["STT", "Tên mô hình", "Đơn vị", "Người phụ trách", "Chức vụ", "Điện thoại",
         "Địa bàn", "Nội dung"],
        ["1", "Tổ nuôi ong lấy mật", "Chi hội Nông dân thôn 3", "Lò Văn Pấng", "Chi hội trưởng",
         "912 345 678", "thôn 3", "Góp vốn mua 40 đàn ong; mời cán bộ khuyến nông tập huấn."],
        ["", "", "", "", "", "", "", ""],
        ["NGƯỜI LẬP", "", "", "", "", "CHI HỘI TRƯỞNG", "", ""],
        ["Cà Thị Bình", "", "", "", "", "Lò Văn Pấng", "", ""],
    ]  # fmt: skip
    doc.row(COLUMNS, table=1)
    for number, cells in enumerate(grid, start=1):
        doc.row([str(number), *cells], table=1)
    return doc


def test_the_headings_come_off_and_each_row_takes_its_role() -> None:
    blocks = unframe(_sheet().blocks)
    texts = [(b.kind, b.cells) for b in blocks]
    assert (BlockKind.PARAGRAPH, ("DANH SÁCH ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026",)) in texts
    header = next(b for b in blocks if b.cells[0] == "HỘI NÔNG DÂN XÃ AN BÁ")
    assert header.cells == ("HỘI NÔNG DÂN XÃ AN BÁ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    table = [b for b in blocks if b.cells[0] in ("STT", "1")]
    assert len(table) == 2 and table[0].table == table[1].table != header.table
    assert all(not set(b.cells) & {"A", "B", "C"} for b in blocks)


def test_a_printed_sheet_reads_like_a_form() -> None:
    fields = read_fields(_sheet()).fields
    assert fields["model_name"] == "Tổ nuôi ong lấy mật"
    assert fields["leader_name"] == "Lò Văn Pấng"
    assert fields["leader_position"] == "Chi hội trưởng"
    assert fields["phone"] == "0912345678"


def test_a_table_that_only_looks_lettered_is_left_alone() -> None:
    doc = DocumentText(source="docx")
    doc.row(["Phương án", "A", "B"], table=1)  # two letters only: no sheet
    doc.row(["Chi phí", "10", "12"], table=1)
    assert unframe(doc.blocks) == doc.blocks
