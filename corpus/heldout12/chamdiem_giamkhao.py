"""A judge's scoring sheet for one model: the model's data on top, a criteria table below.

After the scoring sheets that a commune's steering board or emulation council hands to each
member of its jury when the models of the year are reviewed (Z03: "PHIẾU CHẤM ĐIỂM", "Họ tên
người chấm", criteria with "Điểm chuẩn" / "Điểm chấm", "Tổng cộng", "Xếp loại", the judge's
signature) and the movement's criteria for recognising a model (Z04: effectiveness, spread,
people's participation, resources mobilised, sustainability). Part A carries the model's data
as the unit reported it; part B is the table, whose points, maxima, totals and remarks (with
figures of their own) are not fields. The sheet is signed by the judge, not by the unit.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, phone_digits

CRITERIA = (
    ("Mô hình phù hợp thực tiễn, đúng chủ trương, có cách làm sáng tạo", 20),
    ("Phát huy quyền làm chủ, sự tham gia của nhân dân", 25),
    ("Nguồn lực huy động, tính tiết kiệm, hiệu quả", 20),
    ("Kết quả cụ thể, đo đếm được", 25),
    ("Khả năng duy trì, nhân rộng", 10),
)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=12)
    k.header_block(
        doc,
        [
            ("ĐẢNG BỘ XÃ BÀO SEN TÂY", "b"),
            ("BAN CHỈ ĐẠO PHONG TRÀO", ""),
            ("“DÂN VẬN KHÉO”", ""),
            "*",
        ],
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 13), "", (date_line(*v["date"]), "i")],
    )
    k.para(doc, ("PHIẾU CHẤM ĐIỂM MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "b", 14), align="center",
           before=12, after=0)  # fmt: skip
    k.para(doc, ("(Dùng cho thành viên Tổ giám khảo)", "i", 12), align="center", after=8)
    judge, judge_post = v["judge"]
    k.para(doc, ("Họ tên người chấm: ", "b"), f"{judge} – {judge_post}", after=6)
    k.para(doc, ("A. THÔNG TIN MÔ HÌNH (theo hồ sơ đơn vị gửi)", "b"), after=2)
    person, position = v["leader"]
    rows = [
        ("Tên mô hình", v["model"]),
        ("Đơn vị thực hiện", v["unit"]),
        ("Người phụ trách", f"{person}; chức vụ: {position}"),
        ("Số điện thoại", v.get("phone") or "(không ghi)"),
        ("Địa bàn", v["location"]),
        ("Lĩnh vực", DOMAIN_VI[v["domain"]] if v.get("domain") else ""),
        ("Số người tham gia", v["people"]),
        ("Kinh phí huy động", v["money"]),
        ("Kết quả chủ yếu", v["results"]),
    ]
    top = k.table(doc, len(rows), (4.6, 11.4), grid=False)
    for row, (label, value) in zip(top.rows, rows, strict=True):
        k.cell_text(row.cells[0], [(f"- {label}:", "")])
        k.cell_text(row.cells[1], [(value, "")])
    k.para(doc, ("B. CHẤM ĐIỂM", "b"), before=8, after=2)
    grid = k.table(doc, len(CRITERIA) + 2, (1.0, 7.6, 1.9, 1.9, 3.6))
    for cell, text in zip(grid.rows[0].cells, ("TT", "Tiêu chí", "Điểm chuẩn", "Điểm chấm",
                                                 "Ghi chú"), strict=True):  # fmt: skip
        k.cell_text(cell, [(text, "b")], align="center", size=12)
    total = 0
    for number, ((criterion, maximum), (score, note)) in enumerate(
        zip(CRITERIA, v["scores"], strict=True), start=1
    ):
        cells = grid.rows[number].cells
        k.cell_text(cells[0], str(number), align="center", size=12)
        k.cell_text(cells[1], criterion, size=12)
        k.cell_text(cells[2], str(maximum), align="center", size=12)
        k.cell_text(cells[3], str(score), align="center", size=12)
        k.cell_text(cells[4], note, size=11)
        total += score
    last = grid.rows[len(CRITERIA) + 1].cells
    merged = last[0].merge(last[1])
    k.cell_text(merged, [("Tổng cộng", "b")], align="center", size=12)
    k.cell_text(last[2], [("100", "b")], align="center", size=12)
    k.cell_text(last[3], [(str(total), "b")], align="center", size=12)
    grade = "Xuất sắc" if total >= 90 else "Tốt" if total >= 80 else "Khá"
    k.para(doc, ("Xếp loại: ", "b"), f"{grade} ({total}/100 điểm).", before=6)
    k.para(doc, ("Ý kiến khác: ", "b"), v["remark"])
    k.signature(
        doc,
        [("", "")],
        [("NGƯỜI CHẤM", "b"), ("(Ký, ghi rõ họ tên)", "i"), "", "", "", (judge, "b")],
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v.get("unit_alt", []), "leader_position": v.get("position_alt", [])}
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], judge)
    return doc, truth


ENTRIES = (
    Entry(
        "w04-chamdiem-bst-cb-ap-soc-ta-ni",
        ("scan", "doc"),
        {
            "unit_id": "bst-cb-ap-soc-ta-ni",
            "date": ("Bào Sen Tây", 20, 11, 2026),
            "judge": ("Nguyễn Thanh Tâm", "Phó Trưởng Ban Chỉ đạo"),
            "model": "Đảng viên người Khmer nói trước, làm gương, bà con làm theo",
            "unit": "Chi bộ ấp Sóc Tà Ni",
            "leader": ("Thạch Sô Phên", "Bí thư Chi bộ ấp"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0918 275 604",
            "location": "ấp Sóc Tà Ni",
            "domain": "political_system",
            "people": "97 hộ đồng bào Khmer (trong đó 23 hộ đảng viên)",
            "participants": 97,
            "money": "61.000.000 đồng (đảng viên và nhân dân đóng góp)",
            "funds": 61000000,
            "results": "vận động 97 hộ hiến 1,4 km đất làm đường bê tông, 15 hộ chuyển sang "
            "nuôi tôm – lúa, 8 hộ thoát nghèo; ấp không còn hộ vi phạm pháp luật",
            "scores": [
                (18, "cách làm của người Khmer"),
                (23, "97/112 hộ tham gia"),
                (17, ""),
                (22, "còn 4 hộ cận nghèo"),
                (9, "nhân rộng ra 2 ấp"),
            ],
            "remark": "Đề nghị Ban Chỉ đạo xã công nhận, chọn gửi dự xét cấp tỉnh.",
            "traits": [
                "scoring_sheet",
                "figures_in_score_table",
                "signer_is_judge",
                "count_with_breakdown",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w05-chamdiem-bst-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "bst-hoi-phu-nu",
            "date": ("Bào Sen Tây", 20, 11, 2026),
            "judge": ("Danh Sà Rết", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
            "model": "Chi hội phụ nữ “5 không, 3 sạch” gắn với nuôi cua gạch",
            "unit": "Hội Phụ nữ xã Bào Sen Tây",
            "unit_alt": ["Hội Liên hiệp Phụ nữ xã Bào Sen Tây"],
            "leader": ("Huỳnh Thị Bé Tư", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch Hội Liên hiệp Phụ nữ xã", "Chủ tịch"],
            "phone": "0366 281 950",
            "location": "ấp Xẻo Mắm",
            "domain": "economy",
            "people": "58 hội viên",
            "participants": 58,
            "money": "hội viên góp vốn xoay vòng 145 triệu đồng; Ngân hàng Chính sách xã hội "
            "cho vay ủy thác 500 triệu đồng",
            "funds": 145000000,
            "results": "58 hội viên nuôi cua gạch xen rừng đước, thu nhập bình quân 9 triệu "
            "đồng/tháng; 21 hộ có nhà vệ sinh hợp vệ sinh",
            "scores": [
                (17, ""),
                (22, "58 hội viên"),
                (18, "vay 500 tr"),
                (21, "thu 9 tr/tháng"),
                (8, ""),
            ],
            "remark": "Cần bổ sung số liệu hộ thoát nghèo năm 2026.",
            "traits": [
                "scoring_sheet",
                "figures_in_score_table",
                "signer_is_judge",
                "loan_not_funds",
                "alias_unit_name",
                "quotes_in_model_name",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w06-chamdiem-bst-htx-tom-lua",
        ("scan",),
        {
            "unit_id": "bst-htx-tom-lua",
            "date": ("Bào Sen Tây", 21, 11, 2026),
            "judge": ("Trần Văn Út", "Phó Bí thư Thường trực Đảng ủy xã"),
            "model": "Liên kết tiêu thụ lúa thơm trên đất nuôi tôm",
            "unit": "HTX tôm lúa Kinh Ngang",
            "unit_alt": ["Hợp tác xã tôm – lúa Kinh Ngang"],
            "leader": ("Đặng Văn Nhỏ", "Giám đốc Hợp tác xã"),
            "position_alt": ["Giám đốc HTX", "Giám đốc"],
            "location": "ấp Kinh Ngang",
            "people": "67 thành viên",
            "participants": 67,
            "money": "1,05 tỷ đồng (thành viên góp vốn điều lệ bổ sung)",
            "funds": 1050000000,
            "results": "ký hợp đồng bao tiêu 320 ha lúa với công ty lương thực, giá cao hơn "
            "thị trường 400 đồng/kg; lợi nhuận mỗi thành viên tăng bình quân 18 triệu đồng/năm",
            "scores": [
                (19, "liên kết 4 nhà"),
                (20, "67/82 hộ"),
                (19, "1,05 tỷ"),
                (23, "320 ha"),
                (9, ""),
            ],
            "remark": "Hồ sơ không ghi lĩnh vực và số điện thoại người phụ trách.",
            "traits": [
                "scoring_sheet",
                "figures_in_score_table",
                "signer_is_judge",
                "empty_domain",
                "no_phone",
                "alias_unit_name",
                "money_in_ty",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("chamdiem_giamkhao", "report", ("Z03", "Z04"), render, ENTRIES)
