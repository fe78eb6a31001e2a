"""A year's report whose figures stand in a table of quarters ("theo quý").

After statistical reports by quarter of associations and cooperatives (E06, E07): the state or
association header with "Số: …/BC-…", the title, "I. THÔNG TIN CHUNG" as label lines (the
person and the post on one line), "II. KẾT QUẢ THEO QUÝ" as a table "Chỉ tiêu | ĐVT | Quý I |
Quý II | Quý III | Quý IV | Cả năm" whose rows are indicators (new households each quarter, the
people's money, the budget's support, meetings), "III. KẾT QUẢ NỔI BẬT" as dash lines,
"IV. KHÓ KHĂN, KIẾN NGHỊ", the signature. The fields are the "Cả năm" column of their rows.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits

HEAD = ("Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm")
WIDTHS = (5.2, 1.9, 1.6, 1.6, 1.6, 1.6, 1.9)


def _quarters(doc: Document, rows: list[tuple[str, str, list[str], str]]) -> None:
    tbl = k.table(doc, 1 + len(rows), WIDTHS)
    for col, title in enumerate(HEAD):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=12)
    for number, (label, unit, quarters, year) in enumerate(rows, start=1):
        cells = [label, unit, *quarters, year]
        for col, text in enumerate(cells):
            align = "left" if col == 0 else "center"
            style = "b" if col == len(cells) - 1 else ""
            k.cell_text(tbl.cell(number, col), (text, style), align=align, size=12)


def _general(doc: Document, v: dict[str, Any]) -> None:
    person, position = v["leader"]
    k.para(doc, ("I. THÔNG TIN CHUNG", "b"), before=4)
    k.para(doc, f"1. Tên mô hình: “{v['model']}”")
    k.para(doc, f"2. Đơn vị thực hiện: {v['unit_line']}")
    k.tabbed(doc, [f"3. Người phụ trách: {person}", f"Chức vụ: {position}"], [8.5])
    k.para(doc, f"4. Điện thoại liên hệ: {v['phone']}")
    k.para(doc, f"5. Địa bàn thực hiện: {v['location']}")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [*[(line, "", 12) for line in v["superior"]], (v["issuer_caps"], "b", 12),
         ("───────", ""), (f"Số: {v['number']}", "", 13)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )  # fmt: skip
    k.para(doc, ("BÁO CÁO", "b", 14), align="center", before=8, after=0)
    k.para(doc, (v["title"], "b"), align="center", after=6)
    _general(doc, v)
    k.para(doc, ("II. KẾT QUẢ THEO QUÝ", "b"), before=4)
    _quarters(doc, v["rows"])
    k.para(doc, (v["table_note"], "i", 11), after=4)
    k.para(doc, ("III. KẾT QUẢ NỔI BẬT", "b"), before=4)
    for line in v["results"]:
        k.body(doc, line)
    k.para(doc, ("IV. KHÓ KHĂN, KIẾN NGHỊ", "b"), before=4)
    k.body(doc, v["proposal"])
    signer = v["signer"]
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {line}", "", 11) for line in v["recipients"]]],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (signer, "b")],
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    stamp = " ".join([*v["superior"], v["issuer_caps"]])
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], signer, stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "p07-theoquy-vpd-hoi-nong-dan",
        ("scan", "doc"),
        {
            "unit_id": "vpd-hoi-nong-dan",
            "superior": ["HỘI NÔNG DÂN TỈNH AN GIANG"],
            "issuer_caps": "HỘI NÔNG DÂN XÃ VĨNH PHONG ĐÔNG",
            "number": "21/BC-HND",
            "date": ("Vĩnh Phong Đông", 18, 12, 2026),
            "title": "Kết quả thực hiện mô hình “Dân vận khéo” năm 2026 theo quý",
            "model": "Tổ hợp tác nuôi lươn không bùn",
            "unit_line": "Hội Nông dân xã Vĩnh Phong Đông",
            "unit_name": "Hội Nông dân xã Vĩnh Phong Đông",
            "unit_alt": ["HỘI NÔNG DÂN XÃ VĨNH PHONG ĐÔNG", "Hội ND xã Vĩnh Phong Đông"],
            "leader": ("Đặng Văn Út", "Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Chủ tịch"],
            "phone": "0907 336 184",
            "location": "Ấp Vĩnh Lợi và ấp Kênh Xáng",
            "rows": [
                ("Số hộ tham gia mới", "hộ", ["8", "11", "9", "6"], "34"),
                ("Sản lượng lươn thương phẩm", "tấn", ["1,2", "2,8", "3,5", "4,1"], "11,6"),
                (
                    "Kinh phí hội viên, Nhân dân đóng góp",
                    "triệu đồng",
                    ["22", "31,5", "18", "15"],
                    "86,5",
                ),
                ("Ngân sách, dự án hỗ trợ", "triệu đồng", ["40", "0", "0", "20"], "60"),
                ("Số buổi tập huấn, tham quan", "buổi", ["2", "1", "1", "2"], "6"),
            ],
            "participants": 34,
            "funds": 86500000,
            "table_note": "Ghi chú: “Cả năm” là tổng 4 quý; số hộ tham gia tính theo hộ mới "
            "vào tổ trong quý.",
            "results": [
                "- 34 hộ nuôi lươn không bùn, lợi nhuận bình quân 45 triệu đồng/hộ/năm;",
                "- Tổ hợp tác ký hợp đồng bao tiêu với 2 thương lái, không còn bị ép giá;",
                "- 5 hộ thoát nghèo nhờ tham gia tổ.",
            ],
            "proposal": "Đề nghị xã giới thiệu tổ vay vốn Quỹ Hỗ trợ nông dân tỉnh để mở rộng "
            "thêm 20 bồn nuôi.",
            "recipients": ["Đảng ủy, UBMTTQ xã;", "Hội Nông dân tỉnh;", "Lưu VP."],
            "sign_block": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
            "signer": "Đặng Văn Út",
            "traits": [
                "quarters_table",
                "total_column",
                "two_labels_one_line",
                "state_support_distractor",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p08-theoquy-vpd-htx-lua",
        ("photo",),
        {
            "unit_id": "vpd-htx-lua",
            "superior": ["UBND XÃ VĨNH PHONG ĐÔNG"],
            "issuer_caps": "HỢP TÁC XÃ NÔNG NGHIỆP VĨNH PHONG",
            "number": "09/BC-HTX",
            "date": ("Vĩnh Phong Đông", 5, 1, 2027),
            "title": "Tình hình thực hiện mô hình “Dân vận khéo” năm 2026 (số liệu theo quý)",
            "model": "Cánh đồng lúa thơm giảm phát thải",
            "unit_line": "Hợp tác xã Nông nghiệp Vĩnh Phong",
            "unit_name": "Hợp tác xã Nông nghiệp Vĩnh Phong",
            "unit_alt": ["HỢP TÁC XÃ NÔNG NGHIỆP VĨNH PHONG", "HTX Nông nghiệp Vĩnh Phong"],
            "leader": ("Lý Văn Tâm", "Giám đốc Hợp tác xã"),
            "position_alt": ["Giám đốc"],
            "phone": "0296 3852 417",
            "location": "Cánh đồng lớn ấp Vĩnh Lợi",
            "rows": [
                ("Số hộ tham gia mới", "hộ", ["52", "18", "25", "7"], "102"),
                ("Diện tích áp dụng", "ha", ["80", "105", "140", "146"], "146"),
                ("Vốn góp của thành viên", "triệu đồng", ["120", "45", "60", "15"], "240"),
                ("Hỗ trợ của tỉnh (giống, phân)", "triệu đồng", ["150", "0", "30", "0"], "180"),
            ],
            "participants": 102,
            "funds": 240000000,
            "table_note": "Diện tích là diện tích lũy kế đến cuối quý.",
            "results": [
                "- Lượng giống gieo sạ giảm từ 180 kg còn 80 kg/ha, phân đạm giảm 30%;",
                "- Lợi nhuận tăng bình quân 4,2 triệu đồng/ha mỗi vụ;",
                "- Rơm được thu gom làm nấm, không còn đốt đồng.",
            ],
            "proposal": "Đề nghị UBND xã hỗ trợ nạo vét kênh nội đồng trước vụ Đông Xuân.",
            "recipients": ["UBND xã;", "Văn phòng Đảng ủy xã;", "Lưu HTX."],
            "sign_block": ["GIÁM ĐỐC"],
            "signer": "Lý Văn Tâm",
            "traits": [
                "quarters_table",
                "total_column",
                "two_labels_one_line",
                "state_support_distractor",
                "landline",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p09-theoquy-cb-xom-5",
        ("scan",),
        {
            "unit_id": "cb-xom-5",
            "superior": ["ĐẢNG BỘ XÃ NGHĨA THÁI"],
            "issuer_caps": "CHI BỘ XÓM 5",
            "number": "07-BC/CB",
            "date": ("Xóm 5", 20, 12, 2024),
            "title": "Kết quả mô hình “Dân vận khéo” năm 2024 theo từng quý",
            "model": "Xóm 5 sáng – xanh – sạch – đẹp",
            "unit_line": "Chi bộ xóm 5, Đảng bộ xã Nghĩa Thái",
            "unit_name": "Chi bộ xóm 5",
            "unit_alt": ["CHI BỘ XÓM 5", "Chi bộ xóm 5, Đảng bộ xã Nghĩa Thái"],
            "leader": ("Đỗ Văn Lực", "Bí thư Chi bộ"),
            "phone": "0974 520 316",
            "location": "Xóm 5",
            "rows": [
                ("Số hộ tham gia mới", "hộ", ["96", "40", "22", "15"], "173"),
                ("Nhân dân đóng góp tiền", "triệu đồng", ["35", "62", "18", "9"], "124"),
                ("Ngày công lao động", "công", ["210", "340", "120", "80"], "750"),
            ],
            "participants": 173,
            "funds": 124000000,
            "table_note": "Số liệu do Ban Công tác Mặt trận xóm tổng hợp.",
            "results": [
                "- Lắp 46 bóng đèn chiếu sáng trên 2,3 km đường xóm;",
                "- Trồng 1,5 km hàng rào hoa, 100% hộ phân loại rác tại nguồn;",
                "- Xóm được UBND huyện công nhận khu dân cư nông thôn mới kiểu mẫu.",
            ],
            "proposal": "Đề nghị Đảng ủy xã biểu dương các hộ đóng góp nhiều.",
            "recipients": ["Đảng ủy xã;", "Khối Dân vận xã;", "Lưu Chi bộ."],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": "Đỗ Văn Lực",
            "traits": [
                "quarters_table",
                "total_column",
                "two_labels_one_line",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("baocao_theoquy", "report", ("E06", "E07"), render, ENTRIES)
