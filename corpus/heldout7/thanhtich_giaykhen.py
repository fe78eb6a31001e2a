"""A collective's "BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ TẶNG GIẤY KHEN", its model told in section II.

After the award-report templates for collectives (D03: the list of templates of the decree on
emulation and rewards; D04: a sector's own template with "Tên tập thể đề nghị (Ghi đầy đủ bằng
chữ in thường, không viết tắt)", "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", "II. THÀNH TÍCH ĐẠT ĐƯỢC"):
the superior and the unit left, the motto and the date line right, the title and the award
asked for, the collective's name on its own line, I. (address, the office's landline, members),
II. (a table of the unit's figures by year, then "2. Kết quả xây dựng mô hình “Dân vận khéo”"
with the person in charge, the place, the people, the money and the results), III. (the titles
and rewards of earlier years in a table), IV. (the reward asked for), then the confirmation of
the level that proposes the reward beside the unit's head.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits


def _figures(doc: Document, years: tuple[int, ...], rows: list[tuple[str, ...]]) -> None:
    tbl = k.table(doc, 1 + len(rows), (0.9, 7.6, *([2.5] * len(years))))
    for col, title in enumerate(("TT", "Chỉ tiêu", *(f"Năm {y}" for y in years))):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=12)
    for row, cells in enumerate(rows, start=1):
        for col, text in enumerate((str(row), *cells)):
            k.cell_text(tbl.cell(row, col), text, align="left" if col == 1 else "center", size=12)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["issuer_caps"][0], "", 12), (v["issuer_caps"][1], "b", 12), ("───────", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, ("BÁO CÁO THÀNH TÍCH", "b", 14), align="center", before=10, after=0)
    k.para(doc, (f"ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA {v['award_from']}", "b", 13), align="center", after=0)
    k.para(doc, (f"Thành tích năm {v['year']}", "i"), align="center", after=8)
    k.para(doc, ("Tên tập thể đề nghị: ", "b"), (v["unit_line"], "b"), align="center", after=8)
    k.para(doc, ("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", "b"))
    for line in v["about"]:
        k.body(doc, line)
    k.para(doc, ("II. THÀNH TÍCH ĐẠT ĐƯỢC", "b"), before=4)
    k.para(doc, ("1. Kết quả thực hiện nhiệm vụ", "b"))
    k.body(doc, v["summary"])
    _figures(doc, v["years"], v["figures"])
    k.para(doc, ("2. Kết quả xây dựng mô hình “Dân vận khéo”", "b"), before=6)
    person, position = v["leader"]
    k.body(doc, v["model_intro"])
    leader = f"- Người phụ trách mô hình: {v.get('honor', '')}{person}, {position}"
    k.para(doc, leader + (f", điện thoại {v['phone']}." if v.get("phone") else "."), indent=0.5)
    k.para(doc, f"- Địa bàn thực hiện: {v['location']}.", indent=0.5)
    for line in v["model_lines"]:
        k.para(doc, line, indent=0.5)
    k.para(doc, f"- Kết quả: {v['results']}.", indent=0.5)
    k.para(doc, ("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "b"), before=4)
    tbl = k.table(doc, 1 + len(v["rewards"]), (1.5, 7.0, 7.5))
    for col, title in enumerate(
        ("Năm", "Danh hiệu thi đua / hình thức khen thưởng", "Số, ngày, tháng, năm của quyết định")
    ):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=12)
    for row, cells in enumerate(v["rewards"], start=1):
        for col, text in enumerate(cells):
            k.cell_text(tbl.cell(row, col), text, align="center" if col == 0 else "left", size=12)
    k.para(doc, ("IV. ĐỀ NGHỊ", "b"), before=6)
    k.body(
        doc,
        f"{v['unit_line']} đề nghị {v['award_from_lower']} tặng Giấy khen cho tập thể "
        f"vì đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm "
        f"{v['year']}./.",
    )
    k.signature(
        doc,
        [(line, "b") for line in v["confirm"]] + ["", "", "", (v["confirmer"], "b")],
        [(line, "b") for line in v["sign_block"]] + ["", "", "", (v["signer"], "b")],
        (8.0, 8.0),
    )
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": None,
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    stamp = " ".join(v["issuer_caps"])
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)


ENTRIES = (
    Entry(
        "h04-thanhtich-hlh-hoi-phu-nu",
        ("scan", "doc"),
        {
            "unit_id": "hlh-hoi-phu-nu",
            "issuer_caps": ["HỘI LHPN THÀNH PHỐ ĐÀ NẴNG", "HỘI LHPN XÃ HÒA LỘC HẢI"],
            "date": ("Hòa Lộc Hải", 8, 12, 2026),
            "award_from": "CHỦ TỊCH UBND XÃ",
            "award_from_lower": "Chủ tịch Ủy ban nhân dân xã",
            "year": 2026,
            "unit_line": "Hội Liên hiệp Phụ nữ xã Hòa Lộc Hải",
            "unit_alt": ["HỘI LHPN XÃ HÒA LỘC HẢI", "Hội LHPN xã Hòa Lộc Hải"],
            "about": [
                "- Trụ sở: thôn Trung Phường, xã Hòa Lộc Hải, thành phố Đà Nẵng; điện thoại "
                "0236 3791 458.",
                "- Hội có 11 chi hội với 2.184 hội viên; Ban Chấp hành 15 đồng chí.",
            ],
            "summary": "Năm 2026, Hội hoàn thành xuất sắc các chỉ tiêu được giao; kết quả chủ "
            "yếu qua các năm như sau:",
            "years": (2024, 2025, 2026),
            "figures": [
                ("Hội viên (người)", "2.051", "2.117", "2.184"),
                ("Hộ hội viên thoát nghèo (hộ)", "14", "19", "23"),
                ("Vốn vay ủy thác quản lý (triệu đồng)", "18.400", "21.050", "24.300"),
            ],
            "model": "Vợ ngư dân vững tay chèo",
            "domain": "economy",
            "model_intro": "Năm 2026, Hội xây dựng mô hình “Vợ ngư dân vững tay chèo” (lĩnh vực "
            "kinh tế), giúp vợ ngư dân có nghề phụ khi chồng đi biển dài ngày:",
            "honor": "bà ",
            "leader": ("Lê Thị Mỹ Lệ", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0914 263 807",
            "location": "thôn Cửa Lở và thôn Bãi Ngang",
            "model_lines": [
                "- Số người tham gia: 136 hội viên là vợ ngư dân.",
                "- Kinh phí huy động: hội viên góp vốn xoay vòng 204.000.000 đồng; ngân hàng "
                "chính sách cho vay 600.000.000 đồng.",
            ],
            "results": "98 chị có thêm nghề đan lưới, làm khô cá, bán hàng online; thu nhập "
            "bình quân tăng 2,4 triệu đồng/người/tháng; 9 hộ thoát nghèo",
            "participants": 136,
            "funds": 204000000,
            "rewards": [
                (
                    "2024",
                    "Giấy khen của Hội LHPN thành phố",
                    "Quyết định số 215/QĐ-HPN ngày 20/12/2024",
                ),
                (
                    "2025",
                    "Tập thể Lao động tiên tiến",
                    "Quyết định số 1108/QĐ-UBND ngày 26/12/2025",
                ),
            ],
            "confirm": ["XÁC NHẬN CỦA", "ĐẢNG ỦY XÃ HÒA LỘC HẢI"],
            "confirmer": "Trương Công Định",
            "sign_block": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
            "signer": "Lê Thị Mỹ Lệ",
            "traits": [
                "award_report",
                "figures_by_year",
                "office_landline_distractor",
                "loan_beside_funds",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h05-thanhtich-hlh-truong-tieu-hoc",
        ("photo",),
        {
            "unit_id": "hlh-truong-tieu-hoc",
            "issuer_caps": ["UBND XÃ HÒA LỘC HẢI", "TRƯỜNG TIỂU HỌC HÒA LỘC HẢI"],
            "date": ("Hòa Lộc Hải", 15, 12, 2026),
            "award_from": "CHỦ TỊCH UBND XÃ",
            "award_from_lower": "Chủ tịch Ủy ban nhân dân xã",
            "year": 2026,
            "unit_line": "Trường Tiểu học Hòa Lộc Hải",
            "unit_alt": ["TRƯỜNG TIỂU HỌC HÒA LỘC HẢI"],
            "about": [
                "- Địa chỉ: thôn Trung Phường; điện thoại 0236 3791 602.",
                "- Trường có 31 lớp, 1.027 học sinh, trong đó 64 em người Cơ Tu ở thôn Tà Lang; "
                "46 cán bộ, giáo viên, nhân viên.",
            ],
            "summary": "Nhà trường hoàn thành tốt nhiệm vụ năm học; các chỉ tiêu chủ yếu:",
            "years": (2025, 2026),
            "figures": [
                ("Học sinh hoàn thành chương trình lớp học (%)", "99,1", "99,4"),
                ("Học sinh biết bơi (em)", "412", "655"),
            ],
            "model": "Dạy bơi an toàn cho học sinh vùng biển",
            "model_intro": "Nhà trường phối hợp Đoàn xã, Hội Cựu chiến binh và phụ huynh duy "
            "trì mô hình “Dạy bơi an toàn cho học sinh vùng biển” trong hè và các buổi chiều "
            "thứ Bảy:",
            "honor": "thầy ",
            "leader": ("Phạm Đức Nhân", "Phó Hiệu trưởng, Trưởng ban chỉ đạo dạy bơi"),
            "position_alt": ["Phó Hiệu trưởng"],
            "phone": "0983 540 719",
            "location": "Hồ bơi di động tại sân trường và bãi tắm Bãi Ngang",
            "location_alt": ["sân trường và bãi tắm Bãi Ngang"],
            "model_lines": [
                "- Số người tham gia: 243 học sinh khối 3, 4, 5 học bơi trong năm.",
                "- Kinh phí: phụ huynh và nhà hảo tâm ủng hộ 86.500.000 đồng; Phòng Văn hóa - Xã "
                "hội hỗ trợ hồ bơi di động trị giá 120.000.000 đồng.",
            ],
            "results": "243 em biết bơi, 100% học sinh được học kỹ năng phòng, chống đuối "
            "nước; không có trường hợp đuối nước trong năm",
            "participants": 243,
            "funds": 86500000,
            "rewards": [
                ("2025", "Tập thể Lao động tiên tiến", "Quyết định số 1108/QĐ-UBND ngày 26/12/2025")
            ],
            "confirm": ["XÁC NHẬN CỦA", "ỦY BAN NHÂN DÂN XÃ"],
            "confirmer": "Mai Xuân Thịnh",
            "sign_block": ["HIỆU TRƯỞNG"],
            "signer": "Châu Thị Ngọc Ánh",
            "traits": [
                "award_report",
                "figures_by_year",
                "office_landline_distractor",
                "leader_not_signer",
                "support_in_kind_beside_funds",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h06-thanhtich-hoi-chu-thap-do",
        ("scan",),
        {
            "unit_id": "hoi-chu-thap-do",
            "issuer_caps": ["HỘI CHỮ THẬP ĐỎ HUYỆN NGHĨA HƯNG", "HỘI CHỮ THẬP ĐỎ XÃ NGHĨA THÁI"],
            "date": ("Nghĩa Thái", 10, 12, 2024),
            "award_from": "HỘI CHỮ THẬP ĐỎ HUYỆN",
            "award_from_lower": "Ban Thường vụ Hội Chữ thập đỏ huyện",
            "year": 2024,
            "unit_line": "Hội Chữ thập đỏ xã Nghĩa Thái",
            "unit_alt": ["HỘI CHỮ THẬP ĐỎ XÃ NGHĨA THÁI"],
            "about": [
                "- Trụ sở: UBND xã Nghĩa Thái; điện thoại 0228 3872 119.",
                "- Hội có 16 chi hội, 612 hội viên, 45 tình nguyện viên.",
            ],
            "summary": "Kết quả công tác nhân đạo qua các năm:",
            "years": (2022, 2023, 2024),
            "figures": [
                ("Hội viên (người)", "570", "598", "612"),
                ("Đơn vị máu hiến (đơn vị)", "96", "104", "131"),
            ],
            "model": "Địa chỉ nhân đạo – mỗi chi hội nhận đỡ một hộ",
            "model_intro": "Mô hình “Địa chỉ nhân đạo – mỗi chi hội nhận đỡ một hộ” được Hội "
            "đăng ký từ đầu năm 2024:",
            "leader": ("Bùi Thị Mến", "Chủ tịch Hội Chữ thập đỏ xã"),
            "position_alt": ["Chủ tịch Hội"],
            "location": "16 xóm, xã Nghĩa Thái",
            "model_lines": [
                "- Có 16 chi hội nhận đỡ 16 hộ đặc biệt khó khăn; 320 hội viên tham gia.",
                "- Vận động 118.400.000 đồng tiền mặt và hiện vật từ hội viên, con em xa quê.",
            ],
            "results": "16 hộ được hỗ trợ sinh kế, 3 hộ sửa nhà, 2 hộ thoát nghèo",
            "participants": 320,
            "funds": 118400000,
            "rewards": [
                (
                    "2023",
                    "Giấy khen của Hội Chữ thập đỏ huyện",
                    "Quyết định số 41/QĐ-CTĐ ngày 15/12/2023",
                )
            ],
            "confirm": ["XÁC NHẬN CỦA", "ỦY BAN MTTQ XÃ NGHĨA THÁI"],
            "confirmer": "Trần Văn Sơn",
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Bùi Thị Mến",
            "traits": [
                "award_report",
                "figures_by_year",
                "office_landline_distractor",
                "no_leader_phone",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("thanhtich_giaykhen", "report", ("D03", "D04"), render, ENTRIES)
