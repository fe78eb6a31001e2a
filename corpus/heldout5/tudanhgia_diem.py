"""A self-assessment sheet with points ("PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM") for a year's model.

After the self-assessment and scoring sheets of emulation and of "learning units" (E08, E09):
the header with the date line, the title and its year, the unit's lines above the table (the
person, the post and the phone on one line with commas), then the table "TT | Tiêu chí đánh giá
| Điểm tối đa | Điểm tự chấm | Minh chứng, kết quả" with one row per criterion and a total row;
the people, the money and the results are the evidence cells of their criteria, among points
and the number and date of a plan; the self-rating and the signature after it.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits

HEAD = ("TT", "Tiêu chí đánh giá", "Điểm tối đa", "Điểm tự chấm", "Minh chứng, kết quả")
WIDTHS = (1.0, 5.0, 1.8, 1.8, 6.4)
CRITERIA = (
    ("Xây dựng kế hoạch, phân công người phụ trách", 10),
    ("Số người tham gia, hưởng lợi", 20),
    ("Huy động nguồn lực", 20),
    ("Hiệu quả, kết quả đạt được", 40),
    ("Khả năng duy trì, nhân rộng", 10),
)


def _table(doc: Document, v: dict[str, Any]) -> None:
    tbl = k.table(doc, 2 + len(CRITERIA), WIDTHS)
    for col, title in enumerate(HEAD):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=12)
    for row, ((name, most), got, proof) in enumerate(
        zip(CRITERIA, v["points"], v["proofs"], strict=True), start=1
    ):
        k.cell_text(tbl.cell(row, 0), str(row), align="center", size=12)
        k.cell_text(tbl.cell(row, 1), name, size=12)
        k.cell_text(tbl.cell(row, 2), str(most), align="center", size=12)
        k.cell_text(tbl.cell(row, 3), str(got), align="center", size=12)
        k.cell_text(tbl.cell(row, 4), proof, size=12)
    last = len(CRITERIA) + 1
    merged = tbl.cell(last, 0).merge(tbl.cell(last, 1))
    k.cell_text(merged, ("Tổng cộng", "b"), align="center", size=12)
    k.cell_text(tbl.cell(last, 2), ("100", "b"), align="center", size=12)
    k.cell_text(tbl.cell(last, 3), (str(sum(v["points"])), "b"), align="center", size=12)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("───────", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, ("PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM", "b", 14), align="center", before=8, after=0)
    k.para(doc, (f"Mô hình “Dân vận khéo” năm {v['date'][3]}", "b"), align="center", after=6)
    person, position = v["leader"]
    k.para(doc, f"Đơn vị tự đánh giá: {v['unit_line']}")
    k.para(doc, f"Tên mô hình: {v['model']}")
    k.para(doc, f"Người phụ trách mô hình: {person}, chức vụ: {position}, điện thoại: "
                f"{v['phone']}")  # fmt: skip
    k.para(doc, f"Địa bàn triển khai: {v['location']}", after=6)
    _table(doc, v)
    k.para(doc, ("Tự xếp loại: ", "b"), v["rating"], before=6)
    k.signature(
        doc,
        [("NGƯỜI PHỤ TRÁCH MÔ HÌNH", "b"), "", "", "", (person, "b")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "results": v["proofs"][3] if isinstance(v["proofs"][3], str) else joined(v["proofs"][3]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "p10-tudanhgia-vpd-doan-xa",
        ("scan", "doc"),
        {
            "unit_id": "vpd-doan-xa",
            "superior": "ĐOÀN TNCS HỒ CHÍ MINH TỈNH AN GIANG",
            "issuer_caps": "BCH ĐOÀN XÃ VĨNH PHONG ĐÔNG",
            "date": ("Vĩnh Phong Đông", 10, 11, 2026),
            "unit_line": "Đoàn xã Vĩnh Phong Đông",
            "unit_name": "Đoàn xã Vĩnh Phong Đông",
            "unit_alt": ["BCH ĐOÀN XÃ VĨNH PHONG ĐÔNG", "BCH Đoàn xã Vĩnh Phong Đông"],
            "model": "Thanh niên tình nguyện thắp sáng đường quê",
            "leader": ("Danh Thị Sà Ri", "Bí thư Đoàn xã"),
            "position_alt": ["Bí thư"],
            "phone": "0945 718 260",
            "location": "Các tuyến đường ấp Sóc Tre, Vĩnh Lợi",
            "points": [10, 18, 17, 37, 8],
            "proofs": [
                "Kế hoạch số 05-KH/ĐTN ngày 02/3/2026 của BCH Đoàn xã",
                "215 lượt đoàn viên, thanh niên tham gia lắp đặt",
                "Vận động 64.000.000 đồng từ nhà hảo tâm, người dân; xã hỗ trợ 15.000.000 đồng",
                "Lắp 180 bóng đèn năng lượng mặt trời trên 6,2 km đường ấp; tai nạn giao "
                "thông ban đêm trên các tuyến giảm hẳn",
                "Đã nhân rộng sang 2 chi đoàn ấp",
            ],
            "participants": 215,
            "funds": 64000000,
            "rating": "Tốt (từ 85 đến dưới 95 điểm)",
            "sign_block": ["TM. BAN CHẤP HÀNH", "BÍ THƯ"],
            "signer": "Danh Thị Sà Ri",
            "traits": [
                "points_table",
                "evidence_cells",
                "three_values_one_line",
                "state_support_distractor",
                "superior_in_header",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p11-tudanhgia-vpd-truong-th",
        ("photo",),
        {
            "unit_id": "vpd-truong-th",
            "superior": "UBND XÃ VĨNH PHONG ĐÔNG",
            "issuer_caps": "TRƯỜNG TIỂU HỌC VĨNH PHONG ĐÔNG",
            "date": ("Vĩnh Phong Đông", 25, 5, 2026),
            "unit_line": "Trường Tiểu học Vĩnh Phong Đông",
            "unit_name": "Trường Tiểu học Vĩnh Phong Đông",
            "unit_alt": ["TRƯỜNG TIỂU HỌC VĨNH PHONG ĐÔNG", "Trường TH Vĩnh Phong Đông"],
            "model": "Tủ sách song ngữ Việt – Khmer",
            "leader": ("Trần Thị Mỹ Hạnh", "Phó Hiệu trưởng"),
            "phone": "0889 604 133",
            "location": "Điểm trường chính và điểm trường Sóc Tre",
            "points": [10, 19, 16, 36, 9],
            "proofs": [
                "Quyết định phân công số 12/QĐ-THVPĐ ngày 15/9/2025",
                "Khoảng 430 lượt học sinh và phụ huynh mượn sách mỗi tháng",
                "Phụ huynh, nhà chùa góp 1.250 cuốn sách và 23.600.000 đồng",
                "Tỉ lệ học sinh dân tộc Khmer đọc thông viết thạo cuối lớp 1 đạt 97%; 6 lớp có "
                "góc đọc song ngữ",
                "Duy trì qua 2 năm học",
            ],
            "participants": 430,
            "funds": 23600000,
            "rating": "Xuất sắc (từ 95 điểm trở lên)",
            "sign_block": ["HIỆU TRƯỞNG"],
            "signer": "Kiên Thị Thu Trang",
            "traits": [
                "points_table",
                "evidence_cells",
                "three_values_one_line",
                "leader_not_signer",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p12-tudanhgia-cb-truong-mam-non",
        ("scan",),
        {
            "unit_id": "cb-truong-mam-non",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "issuer_caps": "CHI BỘ TRƯỜNG MẦM NON",
            "date": ("Nghĩa Thái", 28, 11, 2024),
            "unit_line": "Chi bộ Trường Mầm non Nghĩa Thái",
            "unit_name": "Chi bộ Trường Mầm non Nghĩa Thái",
            "unit_alt": ["CHI BỘ TRƯỜNG MẦM NON", "Chi bộ Trường Mầm non"],
            "model": "Bữa ăn bán trú an toàn cho trẻ",
            "leader": ("Nguyễn Thị Thanh Hương", "Bí thư Chi bộ, Hiệu trưởng"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0983 241 570",
            "location": "Trường Mầm non Nghĩa Thái (3 điểm trường)",
            "location_alt": ["Trường Mầm non Nghĩa Thái"],
            "points": [9, 17, 18, 35, 8],
            "proofs": [
                "Nghị quyết Chi bộ tháng 8/2024",
                "312 phụ huynh tham gia giám sát bếp ăn luân phiên",
                "Phụ huynh và doanh nghiệp tài trợ 86 triệu đồng làm bếp một chiều",
                "100% trẻ ăn bán trú, không xảy ra ngộ độc; tỉ lệ trẻ suy dinh dưỡng giảm từ "
                "6,1% xuống 3,4%",
                "Được Phòng GD&ĐT giới thiệu cho các trường trong huyện",
            ],
            "participants": 312,
            "funds": 86000000,
            "rating": "Tốt",
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": "Nguyễn Thị Thanh Hương",
            "traits": [
                "points_table",
                "evidence_cells",
                "three_values_one_line",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("tudanhgia_diem", "report", ("E08", "E09"), render, ENTRIES)
