"""A registration proposed inside the unit on an internal submission slip ("Phiếu trình giải
quyết công việc"): a staff member puts the model to the unit's head, who approves it by hand.

After the submission slips of the offices' working rules (W01: "PHIẾU TRÌNH", "Kính trình:",
"Vấn đề trình:", "Tóm tắt nội dung", "Ý kiến của bộ phận tham mưu", "Ý KIẾN PHÊ DUYỆT CỦA LÃNH
ĐẠO", "NGƯỜI TRÌNH") with the registration's items summarised in one cell (W02). The person who
submits, with a phone, and the head who approves, with the approval date, are not the person in
charge; the plan of the steering board in "Căn cứ" has its own date.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

LABEL_W, VALUE_W = 4.2, 11.8


def _box(paragraph: Any, checked: bool, label: str, *, wing: bool) -> None:
    if wing:
        k.wingdings(paragraph, "F0FE" if checked else "F0A8")
        paragraph.add_run(f" {label}    ")
    else:
        k.content_checkbox(paragraph, checked, f"{label}    ")


def _summary(cell: Any, v: dict[str, Any]) -> None:
    person, position = v["leader"]
    k.cell_text(cell, [[("1. Tên mô hình: ", "b"), f"“{v['model']}”"]])
    line = cell.add_paragraph()
    k.add_runs(line, [("2. Loại mô hình: ", "b")])
    for code, label in (("collective", "Tập thể"), ("individual", "Cá nhân")):
        _box(line, v.get("type") == code, label, wing=v.get("wing", False))
    line = cell.add_paragraph()
    k.add_runs(line, [("3. Lĩnh vực: ", "b")])
    if v.get("domain_boxes"):
        for code, label in DOMAIN_VI.items():
            _box(line, v.get("domain") == code, label.capitalize(), wing=v.get("wing", False))
    else:
        line.add_run(DOMAIN_VI[v["domain"]].capitalize() if v.get("domain") else "")
    who = "Cá nhân xây dựng mô hình" if v.get("type") == "individual" else "Người phụ trách"
    runs: list[k.Run | str] = [(f"4. {who}: ", "b"), f"{v.get('title', '')}{person}"]
    runs.append(f"; chức vụ: {position}")
    if v.get("phone"):
        runs.append(f"; điện thoại: {v['phone']}")
    k.add_runs(cell.add_paragraph(), runs)
    k.add_runs(cell.add_paragraph(), [("5. Địa bàn thực hiện: ", "b"), v["location"]])
    k.add_runs(cell.add_paragraph(), [("6. Nội dung, giải pháp chủ yếu:", "b")])
    for point in v["content"]:
        k.add_runs(cell.add_paragraph(), [point])
    k.add_runs(cell.add_paragraph(), [("7. Thời gian thực hiện: ", "b"), v["period"]])


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer"], "b", 12), ("───────", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 12)],
        widths=(6.8, 9.2),
    )
    k.para(doc, ("PHIẾU TRÌNH", "b", 15), align="center", before=12, after=0)
    k.para(doc, ("Giải quyết công việc", "b", 13), align="center", after=8)
    tbl = k.table(doc, 7, (LABEL_W, VALUE_W))
    rows = [
        ("Kính trình:", [f"Đồng chí {v['approver'][0]}, {v['approver'][1]}"]),
        ("Vấn đề trình:", [v["question"]]),
        ("Bộ phận trình:", [v["desk"]]),
        ("Căn cứ:", v["basis"]),
        ("Tóm tắt nội dung đề xuất:", None),
        ("Ý kiến của bộ phận tham mưu:", [v["advice"]]),
        ("Tài liệu kèm theo:", v["attached"]),
    ]
    for number, (label, value) in enumerate(rows):
        k.cell_text(tbl.cell(number, 0), [(label, "b")])
        if value is None:
            _summary(tbl.cell(number, 1), v)
        else:
            k.cell_text(tbl.cell(number, 1), list(value))
    k.para(doc, "", after=0)
    bottom = k.table(doc, 2, (9.0, 7.0))
    k.cell_text(bottom.cell(0, 0), [("Ý KIẾN PHÊ DUYỆT CỦA LÃNH ĐẠO", "b")], align="center")
    k.cell_text(bottom.cell(0, 1), [("NGƯỜI TRÌNH", "b")], align="center")
    approval = [(line, "h") for line in v["approval"]]
    k.cell_text(bottom.cell(1, 0), [*approval, "", (v["approver"][0], "b")], align="center")
    clerk, clerk_position, clerk_phone = v["clerk"]
    k.cell_text(
        bottom.cell(1, 1),
        [(clerk_position, "i"), "", "", (clerk, "b"), (f"ĐT: {clerk_phone}", "", 11)],
        align="center",
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]).rstrip("."),
        "signed_date": iso(v["date"][1], v["date"][2], v["date"][3]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], v["clerk"][0], v.get("stamp")
    )


ENTRIES = (
    Entry(
        "w01-phieutrinh-kmd-cong-an",
        ("scan", "doc"),
        {
            "unit_id": "kmd-cong-an",
            "superior": "CÔNG AN TỈNH QUẢNG TRỊ",
            "issuer": "CÔNG AN XÃ KHE MÂY ĐÔNG",
            "unit": "Công an xã Khe Mây Đông",
            "unit_alt": ["CÔNG AN XÃ KHE MÂY ĐÔNG"],
            "date": ("Khe Mây Đông", 12, 3, 2026),
            "approver": ("Trần Quốc Việt", "Trưởng Công an xã"),
            "question": "Đăng ký xây dựng mô hình “Dân vận khéo” năm 2026 của Công an xã "
            "Khe Mây Đông",
            "desk": "Tổ Cảnh sát khu vực – Công an xã Khe Mây Đông",
            "basis": [
                "Kế hoạch số 07/KH-BCĐ ngày 15/01/2026 của Ban Chỉ đạo thực hiện Quy chế dân "
                "chủ ở cơ sở xã Khe Mây Đông về phong trào thi đua “Dân vận khéo” năm 2026;",
                "Hướng dẫn số 12/HD-CAT-PX05 ngày 20/01/2026 của Công an tỉnh Quảng Trị.",
            ],
            "model": "Camera an ninh – bản sáng, dân yên",
            "type": "collective",
            "domain": "security_defense",
            "domain_boxes": True,
            "title": "Thượng úy ",
            "leader": ("Hồ Văn Hiên", "Phó Trưởng Công an xã"),
            "position_alt": ["Phó Trưởng Công an xã Khe Mây Đông"],
            "phone": "0915.372.408",
            "location": "bản Ra Mai và bản Pa Lin",
            "content": [
                "a) Vận động nhân dân, doanh nghiệp lắp 24 camera tại các ngã ba, bến đò, "
                "đường mòn ra biên giới;",
                "b) Lập nhóm Zalo “An ninh bản làng” kết nối camera với Công an xã và Tổ an "
                "ninh trật tự cơ sở;",
                "c) Mỗi cán bộ Công an xã phụ trách một bản, tuyên truyền bằng tiếng Vân Kiều "
                "tại buổi sinh hoạt cộng đồng mỗi tháng một lần.",
            ],
            "period": "từ tháng 3 đến tháng 12 năm 2026",
            "advice": "Mô hình phù hợp với địa bàn giáp biên, đề nghị đồng chí Trưởng Công an "
            "xã cho đăng ký với Ban Chỉ đạo xã trước ngày 20/3/2026.",
            "attached": [
                "- Dự thảo Bản đăng ký mô hình;",
                "- Danh sách 11 hộ tự nguyện lắp camera đợt 1.",
            ],
            "approval": [
                "Đồng ý. Hoàn thiện bản đăng ký,",
                "gửi Ban Chỉ đạo xã.",
                "Ngày 14/3/2026",
            ],
            "clerk": ("Lê Minh Khoa", "Cán bộ Công an xã", "0968 114 502"),
            "stamp": None,
            "traits": [
                "submission_slip",
                "summary_in_one_cell",
                "content_checkbox",
                "rank_before_name",
                "decoy_submitter_phone",
                "decoy_approver",
                "decoy_approval_date",
                "van_kieu_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w02-phieutrinh-kmd-tram-y-te",
        ("photo",),
        {
            "unit_id": "kmd-tram-y-te",
            "superior": "SỞ Y TẾ TỈNH QUẢNG TRỊ",
            "issuer": "TRẠM Y TẾ XÃ KHE MÂY ĐÔNG",
            "unit": "Trạm Y tế xã Khe Mây Đông",
            "unit_alt": ["TRẠM Y TẾ XÃ KHE MÂY ĐÔNG"],
            "date": ("Khe Mây Đông", 5, 3, 2026),
            "approver": ("Nguyễn Thị Thu Hà", "Trạm trưởng Trạm Y tế xã"),
            "question": "Đăng ký mô hình “Dân vận khéo” của Trạm Y tế năm 2026",
            "desk": "Bộ phận Dân số – Truyền thông giáo dục sức khỏe",
            "basis": [
                "Kế hoạch số 07/KH-BCĐ ngày 15/01/2026 của Ban Chỉ đạo xã về phong trào thi "
                "đua “Dân vận khéo” năm 2026.",
            ],
            "model": "Nước sạch, bếp sạch, bản không bệnh",
            "type": "collective",
            "domain": "culture_society",
            "wing": True,
            "title": "Y sĩ ",
            "leader": ("Đinh Thị Thủy", "Phụ trách Dân số – Truyền thông"),
            "position_alt": ["Phụ trách Dân số - Truyền thông"],
            "phone": "0233 3897 215",
            "location": "bản Ra Mai",
            "content": [
                "- Hướng dẫn 86 hộ làm nhà tiêu hợp vệ sinh, đưa bếp ra khỏi nhà sàn;",
                "- Phối hợp Hội Phụ nữ vận động mỗi hộ có một bể lọc nước bằng cát, sỏi;",
                "- Nhân viên y tế bản đến từng hộ khám, phát thuốc tẩy giun cho trẻ dưới "
                "15 tuổi hai lần một năm.",
            ],
            "period": "năm 2026",
            "advice": "Bộ phận đã làm việc với Chi bộ bản Ra Mai, chi bộ thống nhất cử 2 đảng "
            "viên cùng tham gia. Kính trình đồng chí Trạm trưởng xem xét.",
            "attached": ["- Bản đăng ký (dự thảo)."],
            "approval": ["Nhất trí, đăng ký với Đảng ủy xã.", "Ngày 06/3/2026"],
            "clerk": ("Đinh Thị Thủy", "Y sĩ", "0233 3897 215"),
            "stamp": None,
            "traits": [
                "submission_slip",
                "summary_in_one_cell",
                "wingdings_boxes",
                "title_before_name",
                "leader_is_submitter",
                "landline",
                "decoy_approver",
                "decoy_approval_date",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w03-phieutrinh-kmd-doan-xa",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "kmd-doan-xa",
            "superior": "ĐOÀN TNCS HỒ CHÍ MINH TỈNH QUẢNG TRỊ",
            "issuer": "BCH ĐOÀN XÃ KHE MÂY ĐÔNG",
            "unit": "BCH Đoàn xã Khe Mây Đông",
            "unit_alt": ["Đoàn xã Khe Mây Đông"],
            "date": ("Khe Mây Đông", 20, 3, 2026),
            "approver": ("Nguyễn Hoàng Long", "Phó Bí thư phụ trách Đoàn xã"),
            "question": "Đăng ký mô hình cá nhân “Dân vận khéo” năm 2026 của đoàn viên Hồ Thị Lan",
            "desk": "Văn phòng Đoàn xã",
            "basis": [
                "Kế hoạch số 07/KH-BCĐ ngày 15/01/2026 của Ban Chỉ đạo xã;",
                "Kế hoạch số 05-KH/ĐTN ngày 02/02/2026 của BCH Đoàn xã.",
            ],
            "model": "Lớp học chữ buổi tối cho chị em Vân Kiều",
            "type": "individual",
            "domain": "culture_society",
            "domain_boxes": True,
            "leader": ("Hồ Thị Lan", "Bí thư Chi đoàn bản Pa Lin"),
            "position_alt": ["Bí thư Chi đoàn"],
            "phone": "0389 604 117",
            "location": "nhà văn hóa bản Pa Lin",
            "content": [
                "a) Mở lớp xóa mù chữ 3 buổi tối mỗi tuần cho phụ nữ từ 15 đến 45 tuổi;",
                "b) Dạy tính toán khi mua bán cà phê, chuối, mở tài khoản ngân hàng trên "
                "điện thoại;",
                "c) Vận động chị em đưa con đến trường đúng độ tuổi.",
            ],
            "period": "từ tháng 4/2026 đến tháng 4/2027",
            "advice": "Đồng chí Hồ Thị Lan đã dạy thử 6 buổi có 23 chị em theo học, đề nghị "
            "cho đăng ký mô hình cá nhân.",
            "attached": ["- Bản đăng ký mô hình cá nhân;", "- Danh sách học viên."],
            "approval": ["Đồng ý đăng ký.", "Ngày 21/3/2026"],
            "clerk": ("Trần Thị Ngọc Ánh", "Cán bộ Văn phòng Đoàn", "0356 228 910"),
            "stamp": None,
            "traits": [
                "submission_slip",
                "summary_in_one_cell",
                "content_checkbox",
                "individual_model",
                "unit_by_alias",
                "decoy_submitter_phone",
                "decoy_approver",
                "decoy_approval_date",
                "van_kieu_names",
                "tcvn3",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("phieutrinh_pheduyet", "registration", ("W01", "W02"), render, ENTRIES)
