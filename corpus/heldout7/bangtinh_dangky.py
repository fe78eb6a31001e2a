"""A registration kept as a spreadsheet and printed to PDF with its row and column headings.

After statistical returns sent as Excel workbooks (D01: .VnTime and Times New Roman cells) and
Excel's page setup option that prints the row and column headings (D02): a landscape sheet
printed with that option on, so the column
letters A–L run over the top and the row numbers down the left; the issuer and the motto in
merged cells of the first rows, the title across the sheet, a header row, a numbering row
"(1) … (12)", one data row whose cells hold the unit, the model, type, domain, person, post,
phone (once a number whose leading zero the spreadsheet dropped), place, the content as lines
broken inside one cell, the period and a note; a total row, then the maker and the signer in
cells below. The sheet's name and "Trang 1/1" as the printed header and footer.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits

LETTERS = "ABCDEFGHIJKL"
WIDTHS = (0.7, 0.8, 2.5, 2.7, 1.4, 1.6, 2.1, 2.0, 1.9, 2.2, 5.0, 1.5, 1.2)
HEAD = (
    "TT",
    "Đơn vị đăng ký",
    "Tên mô hình",
    "Loại mô hình",
    "Lĩnh vực",
    "Người phụ trách",
    "Chức vụ",
    "Số điện thoại",
    "Địa bàn thực hiện",
    "Nội dung, giải pháp chủ yếu",
    "Thời gian thực hiện",
    "Ghi chú",
)
ROWS = 13


def _shade(cell: _Cell, fill: str = "D9D9D9") -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _put(
    tbl: Any, row: int, first: str, last: str, lines: Any, align: str = "left", size: float = 9
) -> None:
    """Text in the cells first..last (column letters) of a sheet row, merged when wider."""
    a, b = LETTERS.index(first) + 1, LETTERS.index(last) + 1
    cell = tbl.cell(row, a) if a == b else tbl.cell(row, a).merge(tbl.cell(row, b))
    k.cell_text(cell, lines, align=align, size=size)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=9, landscape=True, font="Arial")
    k.para(doc, (f"{v['sheet']}   —   Sheet1", "", 8), align="center", after=4)
    tbl = k.table(doc, ROWS + 1, WIDTHS)
    _shade(tbl.cell(0, 0))
    for col, letter in enumerate(LETTERS, start=1):
        k.cell_text(tbl.cell(0, col), (letter, "", 8), align="center")
        _shade(tbl.cell(0, col))
    for row in range(1, ROWS + 1):
        k.cell_text(tbl.cell(row, 0), (str(row), "", 8), align="center")
        _shade(tbl.cell(row, 0))
    person, position = v["leader"]
    _put(tbl, 1, "A", "D", (v["issuer_caps"][0], ""), "center")
    _put(tbl, 2, "A", "D", (v["issuer_caps"][1], "b"), "center")
    _put(tbl, 1, "H", "L", ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), "center")
    _put(tbl, 2, "H", "L", ("Độc lập - Tự do - Hạnh phúc", "b"), "center")
    _put(tbl, 3, "H", "L", (date_line(*v["date"]), "i"), "center")
    _put(
        tbl,
        4,
        "A",
        "L",
        (f"BẢNG ĐĂNG KÝ XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” NĂM {v['year']}", "b", 12),
        "center",
    )
    for col, title in enumerate(HEAD):
        _put(tbl, 5, LETTERS[col], LETTERS[col], (title, "b"), "center", 8)
        _put(tbl, 6, LETTERS[col], LETTERS[col], (f"({col + 1})", "i"), "center", 8)
    cells = (
        "1",
        v["unit_line"],
        v["model"],
        v["type_vi"],
        v["domain_vi"],
        person,
        position,
        v["phone"],
        v["location"],
        v["content"],
        v["period"],
        v.get("note", ""),
    )
    for col, text in enumerate(cells):
        lines = text if isinstance(text, list) else [text]
        _put(tbl, 7, LETTERS[col], LETTERS[col], lines, "center" if col in (0, 3, 7) else "left")
    _put(tbl, 8, "A", "B", ("Cộng: 01 mô hình", "b"))
    _put(tbl, 10, "A", "D", ("NGƯỜI LẬP BIỂU", "b"), "center")
    _put(tbl, 10, "H", "L", [(line, "b") for line in v["sign_block"]], "center")
    _put(tbl, 12, "A", "D", (v["maker"], "b"), "center")
    _put(tbl, 12, "H", "L", (v["signer"], "b"), "center")
    k.para(doc, ("Trang 1/1", "", 8), align="center", before=6)
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": v.get("phone_truth") or phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    stamp = " ".join(v["issuer_caps"])
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "h01-bangtinh-hlh-nghiep-doan",
        ("scan", "doc"),
        {
            "unit_id": "hlh-nghiep-doan-nghe-ca",
            "sheet": "DK_DVK_2026_NghiepDoan.xlsx",
            "issuer_caps": ["HỘI NGHỀ CÁ THÀNH PHỐ ĐÀ NẴNG", "NGHIỆP ĐOÀN NGHỀ CÁ XÃ HÒA LỘC HẢI"],
            "date": ("Hòa Lộc Hải", 4, 3, 2026),
            "year": 2026,
            "unit_line": "Nghiệp đoàn nghề cá xã Hòa Lộc Hải",
            "unit_alt": ["NGHIỆP ĐOÀN NGHỀ CÁ XÃ HÒA LỘC HẢI"],
            "model": "Tổ đoàn kết trên biển – bám biển an toàn",
            "type": "collective",
            "type_vi": "Tập thể",
            "domain": "security_defense",
            "domain_vi": "QP - AN",
            "leader": ("Đoàn Văn Biển", "Chủ tịch Nghiệp đoàn"),
            "phone": "0935 417 268",
            "location": "Vùng biển Cửa Lở – Bãi Ngang, 46 tàu cá của xã",
            "location_alt": ["Vùng biển Cửa Lở – Bãi Ngang"],
            "content": [
                "- Ghép 46 tàu cá thành 9 tổ đoàn kết, mỗi tổ 5 - 6 tàu cùng ra khơi, giữ liên "
                "lạc bằng máy ICOM;",
                "- Vận động 100% tàu lắp thiết bị giám sát hành trình, không khai thác IUU;",
                "- Lập quỹ tương trợ 200.000 đồng/tàu/chuyến biển giúp tàu gặp nạn.",
            ],
            "period": "01/2026 - 12/2026",
            "maker": "Huỳnh Thị Thu Sương",
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Đoàn Văn Biển",
            "traits": [
                "spreadsheet_printed",
                "row_and_column_headings",
                "landscape",
                "content_lines_in_one_cell",
                "domain_abbreviated",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h02-bangtinh-hlh-htx-nuoc-mam",
        ("scan",),
        {
            "unit_id": "hlh-htx-nuoc-mam",
            "sheet": "Dang ky mo hinh DVK - HTX.xlsx",
            "issuer_caps": ["UBND XÃ HÒA LỘC HẢI", "HTX NƯỚC MẮM CỬA LỞ"],
            "date": ("Hòa Lộc Hải", None, 3, 2026),
            "year": 2026,
            "unit_line": "Hợp tác xã Nước mắm Cửa Lở",
            "unit_alt": ["HTX NƯỚC MẮM CỬA LỞ", "HTX Nước mắm Cửa Lở"],
            "model": "Giữ nghề nước mắm truyền thống, sạch từ thùng chượp",
            "type": "collective",
            "type_vi": "Tập thể",
            "domain": "economy",
            "domain_vi": "Kinh tế",
            "leader": ("Nguyễn Thị Hạnh", "Giám đốc HTX"),
            "position_alt": ["Giám đốc"],
            "phone": "905318772",
            "phone_truth": "0905318772",
            "location": "thôn Cửa Lở",
            "location_alt": ["Thôn Cửa Lở"],
            "content": [
                "- 27 hộ thành viên cùng dùng chung quy trình ủ chượp bằng thùng gỗ, muối sạch;",
                "- Truy xuất nguồn gốc bằng mã QR trên từng chai;",
                "- Nhận 12 lao động nữ là vợ ngư dân vào làm theo mùa cá.",
            ],
            "period": "Năm 2026",
            "note": "Mô hình mới",
            "maker": "Trần Thị Kim Oanh",
            "sign_block": ["GIÁM ĐỐC"],
            "signer": "Nguyễn Thị Hạnh",
            "traits": [
                "spreadsheet_printed",
                "row_and_column_headings",
                "landscape",
                "content_lines_in_one_cell",
                "phone_leading_zero_dropped",
                "date_left_blank",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h03-bangtinh-hoi-khuyen-hoc",
        ("scan",),
        {
            "unit_id": "hoi-khuyen-hoc",
            "sheet": "DANG KY DVK 2024 - HKH.xlsx",
            "issuer_caps": ["HỘI KHUYẾN HỌC HUYỆN NGHĨA HƯNG", "HỘI KHUYẾN HỌC XÃ NGHĨA THÁI"],
            "date": ("Nghĩa Thái", 12, 3, 2024),
            "year": 2024,
            "unit_line": "Hội Khuyến học xã Nghĩa Thái",
            "unit_alt": ["HỘI KHUYẾN HỌC XÃ NGHĨA THÁI"],
            "model": "Tủ sách dòng họ – mỗi nhà góp một cuốn",
            "type": "collective",
            "type_vi": "Tập thể",
            "domain": "culture_society",
            "domain_vi": "Văn hóa - xã hội",
            "leader": ("Ngô Văn Thiện", "Chủ tịch Hội Khuyến học xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0912.736.405",
            "location": "14 xóm của xã Nghĩa Thái",
            "content": [
                "- Mỗi dòng họ lập 01 tủ sách đặt tại nhà thờ họ;",
                "- Vận động mỗi gia đình góp ít nhất 01 cuốn sách, truyện;",
                "- Khuyến học chi hội mượn, trả sách vào sáng Chủ nhật.",
            ],
            "period": "3/2024 - 12/2024",
            "maker": "Đặng Thị Lan",
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Ngô Văn Thiện",
            "traits": [
                "spreadsheet_printed",
                "row_and_column_headings",
                "landscape",
                "content_lines_in_one_cell",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("bangtinh_dangky", "registration", ("D01", "D02"), render, ENTRIES, landscape=True)
