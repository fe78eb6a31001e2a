"""A model's report made as the public notice of what the people gave and how it was spent
("Bảng công khai"), posted at the village hall.

After the notices that village boards post under the law on grassroots democracy (Y07: "BẢNG
CÔNG KHAI", "Thực hiện Luật Thực hiện dân chủ ở cơ sở …", "I. Các khoản thu / huy động",
"II. Các khoản chi", "III. Kết quả", "niêm yết tại nhà văn hóa thôn từ ngày … đến ngày …",
"Mọi ý kiến thắc mắc xin liên hệ …", the board's head and the people's inspectors signing side by
side) and the way a model's money is told in them (Y08). The funds are the sum raised from the
people and donors, not the state's share nor the grand total (in `y11` the table counts in
thousands of đồng); the households are those who gave; the posting dates are not the date
line; the person in charge is named in the first paragraph and the contact line gives another.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits, signer_alt


def _money(amount: int, thousands: bool) -> str:
    value = amount // 1000 if thousands else amount
    return f"{value:,}".replace(",", ".")


def _sources(doc: Document, v: dict[str, Any]) -> None:
    thousands = v.get("thousands", False)
    unit = "nghìn đồng" if thousands else "đồng"
    k.para(doc, ("I. NGUỒN KINH PHÍ HUY ĐỘNG", "b"), before=4, after=0)
    k.para(doc, (f"(Đơn vị tính: {unit})", "i", 11), align="right", after=0)
    rows = v["sources"]
    tbl = k.table(doc, len(rows) + 3, (1.0, 8.2, 3.0, 3.8))
    for col, title in enumerate(("TT", "Nguồn", "Số hộ / người", "Số tiền")):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center")
    people = [r for r in rows if not r[2]]
    state = [r for r in rows if r[2]]
    raised = sum(r[1] for r in people)
    at = 1
    for number, (label, amount, _, count) in enumerate(people, start=1):
        k.cell_text(tbl.cell(at, 0), str(number), align="center")
        k.cell_text(tbl.cell(at, 1), label)
        k.cell_text(tbl.cell(at, 2), count, align="center")
        k.cell_text(tbl.cell(at, 3), _money(amount, thousands), align="right")
        at += 1
    k.cell_text(tbl.cell(at, 1), ("Cộng nhân dân, nhà hảo tâm đóng góp", "b"))
    k.cell_text(tbl.cell(at, 3), (_money(raised, thousands), "b"), align="right")
    at += 1
    for label, amount, _, count in state:
        k.cell_text(tbl.cell(at, 0), str(len(people) + 1), align="center")
        k.cell_text(tbl.cell(at, 1), label)
        k.cell_text(tbl.cell(at, 2), count, align="center")
        k.cell_text(tbl.cell(at, 3), _money(amount, thousands), align="right")
        at += 1
    total = raised + sum(r[1] for r in state)
    k.cell_text(tbl.cell(at, 1), ("TỔNG CỘNG", "b"))
    k.cell_text(tbl.cell(at, 3), (_money(total, thousands), "b"), align="right")


def _spending(doc: Document, v: dict[str, Any]) -> None:
    thousands = v.get("thousands", False)
    k.para(doc, ("II. CÁC KHOẢN ĐÃ CHI", "b"), before=6, after=0)
    tbl = k.table(doc, len(v["spent"]) + 1, (1.0, 11.2, 3.8))
    for col, title in enumerate(("TT", "Nội dung chi", "Số tiền")):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center")
    for number, (label, amount) in enumerate(v["spent"], start=1):
        k.cell_text(tbl.cell(number, 0), str(number), align="center")
        k.cell_text(tbl.cell(number, 1), label)
        k.cell_text(tbl.cell(number, 2), _money(amount, thousands), align="right")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["issuer"], "b"), "───────"],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    k.para(doc, ("BẢNG CÔNG KHAI", "b", 15), align="center", before=10, after=0)
    k.para(doc, (v["heading"], "b"), align="center", after=8)
    person, position = v["leader"]
    k.body(
        doc,
        f"Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022, {v['unit']} công khai kết "
        f"quả vận động và sử dụng kinh phí xây dựng mô hình “{v['model']}” tại "
        f"{v['location']}, do {v['title']} {person}, {position}, trực tiếp phụ trách, "
        "như sau:",
    )
    _sources(doc, v)
    _spending(doc, v)
    k.para(doc, ("III. KẾT QUẢ THỰC HIỆN", "b"), before=6, after=0)
    k.body(doc, v["results"] + ".")
    k.body(
        doc,
        f"Bảng công khai được niêm yết tại {v['hall']} từ ngày {v['posted'][0]} đến hết "
        f"ngày {v['posted'][1]}. Mọi ý kiến thắc mắc xin liên hệ {v['contact']}.",
    )
    k.signature(
        doc,
        [*[(line, "b") for line in v["left_block"]], "", "", "", (v["left_signer"], "b")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"][0], "b")],
    )
    raised = sum(r[1] for r in v["sources"] if not r[2])
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": raised,
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], v["signer"]),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"][0], v["stamp"])
    return doc, truth


ENTRIES = (
    Entry(
        "y10-congkhai-mld-cb-go-dieu",
        ("scan", "doc"),
        {
            "unit_id": "mld-cb-go-dieu",
            "superior": "ĐẢNG BỘ XÃ MỸ LÂM ĐÔNG",
            "issuer": "CHI BỘ THÔN GÒ ĐIỀU",
            "date": ("Gò Điều", 18, 4, 2026),
            "heading": "Kết quả vận động nhân dân làm đường bê tông liên xóm năm 2026",
            "unit": "Chi bộ thôn Gò Điều",
            "unit_alt": ["CHI BỘ THÔN GÒ ĐIỀU"],
            "model": "Dân làm, dân hưởng – bê tông hóa đường xóm",
            "location": "thôn Gò Điều",
            "title": "đồng chí",
            "leader": ("Trương Văn Lợi", "Bí thư Chi bộ, Trưởng Ban vận động"),
            "position_alt": ["Bí thư Chi bộ", "Trưởng thôn"],
            "sources": [
                ("Nhân dân trong thôn đóng góp", 186_400_000, False, "312 hộ"),
                ("Con em xa quê, nhà hảo tâm", 95_000_000, False, "14 người"),
                ("Doanh nghiệp trên địa bàn", 40_000_000, False, "2"),
                ("Ngân sách xã hỗ trợ (đối ứng)", 150_000_000, True, ""),
            ],
            "spent": [
                ("Xi măng, đá, cát (1,8 km)", 402_600_000),
                ("Thuê máy trộn, máy đầm", 38_500_000),
                ("Cống thoát nước ngang đường (6 cái)", 27_000_000),
            ],
            "results": "Hoàn thành 1,8 km đường bê tông rộng 3 m; 312 hộ tham gia đóng góp, 27 "
            "hộ tự nguyện hiến 1.450 m² đất, góp 2.100 ngày công; còn tồn 3.300.000 đồng "
            "chuyển sang làm đèn đường",
            "participants": 312,
            "phone": "0399 281 604",
            "hall": "Nhà văn hóa thôn Gò Điều",
            "posted": ("20/4/2026", "20/5/2026"),
            "contact": "ông Trương Văn Lợi, Trưởng thôn, điện thoại 0399 281 604",
            "left_block": ["TM. BAN GIÁM SÁT", "ĐẦU TƯ CỦA CỘNG ĐỒNG", "TRƯỞNG BAN"],
            "left_signer": "Nguyễn Văn Bảy",
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Trương Văn Lợi", "Bí thư"),
            "stamp": None,
            "traits": [
                "public_notice",
                "money_table",
                "decoy_state_budget",
                "decoy_grand_total",
                "decoy_posting_dates",
                "two_signers",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y11-congkhai-mld-mttq",
        ("photo",),
        {
            "unit_id": "mld-mttq",
            "superior": "ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA",
            "issuer": "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ MỸ LÂM ĐÔNG",
            "date": ("Mỹ Lâm Đông", 6, 5, 2026),
            "heading": "Kết quả vận động “Thắp sáng đường quê” bằng đèn năng lượng mặt trời",
            "unit": "Ban Thường trực Ủy ban MTTQ Việt Nam xã Mỹ Lâm Đông",
            "unit_alt": ["Ủy ban MTTQ Việt Nam xã Mỹ Lâm Đông", "MTTQ Việt Nam xã Mỹ Lâm Đông"],
            "model": "Thắp sáng đường quê",
            "location": "4 thôn của xã",
            "title": "ông",
            "leader": ("Quảng Đại Thanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
            "position_alt": ["Chủ tịch Ủy ban MTTQ", "Chủ tịch"],
            "thousands": True,
            "sources": [
                ("Các hộ dân 4 thôn", 214_600_000, False, "486 hộ"),
                ("Cả sư, chức sắc và bà con Chăm xa quê", 61_500_000, False, "23 người"),
                ("Hợp tác xã nho – táo Mỹ Lâm", 30_000_000, False, "1"),
                ("Dự án hỗ trợ của tỉnh", 120_000_000, True, ""),
            ],
            "spent": [
                ("Mua 142 bộ đèn năng lượng mặt trời", 397_600_000),
                ("Cột, giá đỡ, nhân công lắp đặt", 26_100_000),
            ],
            "results": "Lắp đặt 142 bộ đèn năng lượng mặt trời trên 11,2 km đường liên thôn, "
            "đường vào khu sản xuất; các thôn tự quản lý, bảo dưỡng đèn; tình hình trộm cắp "
            "nông sản về đêm giảm rõ rệt",
            "participants": 486,
            "phone": None,
            "hall": "trụ sở UBND xã và nhà văn hóa 4 thôn",
            "posted": ("08/5/2026", "08/6/2026"),
            "contact": "bà Phú Thị Kim Liên, Ủy viên Ban Thường trực, điện thoại 0914 562 087",
            "left_block": ["TM. BAN THANH TRA NHÂN DÂN", "TRƯỞNG BAN"],
            "left_signer": "Thiên Văn Đạo",
            "sign_block": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
            "signer": ("Quảng Đại Thanh", "Chủ tịch"),
            "stamp": "ỦY BAN MTTQ VIỆT NAM XÃ MỸ LÂM ĐÔNG",
            "traits": [
                "public_notice",
                "money_table",
                "money_in_thousands",
                "decoy_state_budget",
                "decoy_grand_total",
                "decoy_posting_dates",
                "decoy_contact_phone",
                "no_phone",
                "two_signers",
                "alias_unit_name",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y12-congkhai-mld-cb-huu-duc-ha",
        ("scan",),
        {
            "unit_id": "mld-cb-huu-duc-ha",
            "superior": "ĐẢNG BỘ XÃ MỸ LÂM ĐÔNG",
            "issuer": "CHI BỘ THÔN HỮU ĐỨC HẠ",
            "date": ("Hữu Đức Hạ", 2, 6, 2026),
            "heading": "Quỹ “Nghĩa tình xóm đạo Bani” – 6 tháng đầu năm 2026",
            "unit": "Chi bộ thôn Hữu Đức Hạ",
            "unit_alt": ["CHI BỘ THÔN HỮU ĐỨC HẠ"],
            "model": "Quỹ nghĩa tình xóm đạo Bani",
            "location": "thôn Hữu Đức Hạ",
            "title": "đồng chí",
            "leader": ("Thập Văn Mạnh", "Bí thư Chi bộ thôn"),
            "position_alt": ["Bí thư Chi bộ"],
            "sources": [
                ("Hộ dân đóng góp theo tháng", 41_250_000, False, "165 hộ"),
                ("Ông Acar (chức sắc Bani) và bà con các thánh đường", 12_800_000, False, "—"),
                ("Con em đi làm ăn xa", 9_500_000, False, "11 người"),
            ],
            "spent": [
                ("Thăm, tặng quà 26 người già neo đơn dịp Ramưwan", 13_000_000),
                ("Hỗ trợ 4 hộ bị cháy nhà, bệnh hiểm nghèo", 20_000_000),
                ("Học bổng cho 15 học sinh nghèo", 15_000_000),
            ],
            "results": "Quỹ giúp 4 hộ khó khăn đột xuất, 26 người già neo đơn và 15 học sinh "
            "nghèo; hộ đóng góp tăng từ 118 hộ lên 165 hộ; số dư quỹ 15.550.000 đồng tiếp tục "
            "chuyển sang 6 tháng cuối năm",
            "participants": 165,
            "phone": "0971 345 820",
            "hall": "nhà sinh hoạt cộng đồng thôn Hữu Đức Hạ",
            "posted": ("03/6/2026", "03/7/2026"),
            "contact": "đồng chí Thập Văn Mạnh, điện thoại 0971 345 820",
            "left_block": ["TM. BAN THANH TRA NHÂN DÂN", "TRƯỞNG BAN"],
            "left_signer": "Lộ Văn Hiếu",
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Thập Văn Mạnh", "Bí thư"),
            "stamp": None,
            "traits": [
                "public_notice",
                "money_table",
                "no_state_budget",
                "decoy_posting_dates",
                "two_signers",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("congkhai_niemyet", "report", ("Y07", "Y08"), render, ENTRIES)
