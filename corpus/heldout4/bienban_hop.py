"""Minutes of a meeting ("BIÊN BẢN HỌP") that record a unit's decision to register a model.

After the minutes template of office practice (N01, N02): "BIÊN BẢN HỌP / Về việc …", "Hôm
nay, vào lúc … giờ … phút, ngày … tháng … năm …,", "Tại địa điểm: …", the attendance with
"Chủ trì: Ông/Bà … Chức vụ: …" and "Thư ký: Ông/Bà … Chức vụ: …" (two labels on one line, both
people and their posts distractors of the person in charge), "Nội dung cuộc họp" told in the
past tense, then the meeting's conclusion that lists the model's items as dash lines ("- Tên
mô hình: …", "- Người phụ trách: Ông …, …") with the content as "+" lines under them; the vote
("58/58, đạt 100%") and the closing time; the secretary and the chair sign side by side.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import (
    DOMAIN_VI,
    Entry,
    Layout,
    Truth,
    date_line,
    iso,
    joined,
    phone_digits,
    signer_alt,
)

TYPE_VI = {"collective": "Tập thể", "individual": "Cá nhân"}


def _people(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, ("I. THÀNH PHẦN THAM DỰ", "b"))
    for label, (honorific, name, post) in (("Chủ trì", v["chair"]), ("Thư ký", v["secretary"])):
        k.tabbed(
            doc,
            [[f"- {label}: {honorific} ", (name, "")], f"Chức vụ: {post}"],
            [9.0],
            indent=1.0,
        )
    k.para(doc, f"- Thành phần: {v['attendance']}", indent=1.0)


def _conclusion(doc: Document, v: dict[str, Any]) -> None:
    person, position = v["leader"]
    k.body(doc, v["conclusion_intro"])
    items = [
        ("Tên mô hình", f"“{v['model']}”"),
        ("Loại mô hình", TYPE_VI[v["type"]]),
        ("Lĩnh vực", DOMAIN_VI[v["domain"]].capitalize()),
        ("Người phụ trách", f"{v['honorific']} {person}, {position}"),
        ("Điện thoại", v["phone"]),
        ("Địa bàn thực hiện", v["location"]),
    ]
    for label, value in items:
        k.para(doc, f"- {label}: {value};", indent=1.0)
    k.para(doc, "- Nội dung, cách làm:", indent=1.0)
    for line in v["content"]:
        k.para(doc, line, indent=1.5)


def _unique(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(forms))


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("───────", "")],
        [*v["motto"], (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("BIÊN BẢN HỌP", "b", 14), align="center", after=0)
    k.para(
        doc,
        (f"Về việc thống nhất đăng ký xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}", "b"),
        align="center",
        after=8,
    )
    day, month, year = v["date"][1:]
    k.body(doc, f"Hôm nay, vào lúc {v['time']}, ngày {day:02d} tháng {month} năm {year},")
    k.body(doc, f"Tại địa điểm: {v['place']}, {v['meeting']}.")
    _people(doc, v)
    k.para(doc, ("II. NỘI DUNG CUỘC HỌP", "b"))
    for line in v["proceedings"]:
        k.body(doc, line)
    k.para(doc, ("III. KẾT LUẬN VÀ BIỂU QUYẾT", "b"))
    _conclusion(doc, v)
    k.body(doc, v["vote"])
    k.body(doc, f"Biên bản kết thúc vào lúc {v['end']} cùng ngày, đã đọc lại cho hội nghị cùng "
           "nghe và nhất trí thông qua./.")  # fmt: skip
    chair, secretary = v["chair"], v["secretary"]
    k.signature(
        doc,
        [("THƯ KÝ", "b"), "", "", "", (secretary[1], "b")],
        [("CHỦ TRÌ", "b"), "", "", "", (chair[1], "b")],
        (8.0, 8.0),
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": _unique(v.get("position_alt", []) + signer_alt(v["leader"], chair[1:])),
        "location": v.get("location_alt", []),
    }
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], chair[1], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "n01-bienban-ebl-btcmt-ea-nu",
        ("scan", "doc"),
        {
            "unit_id": "ebl-btcmt-ea-nu",
            "superior": "ỦY BAN MTTQ VIỆT NAM XÃ EA BLÔNG",
            "issuer_caps": "BAN CÔNG TÁC MẶT TRẬN BUÔN EA NỨ",
            "motto": k.quoc_hieu(),
            "date": ("Ea Nứ", 6, 3, 2026),
            "time": "19 giờ 30 phút",
            "end": "21 giờ 15 phút",
            "place": "Nhà sinh hoạt cộng đồng buôn Ea Nứ",
            "meeting": "Ban Công tác Mặt trận buôn tổ chức họp mở rộng với các hộ gia đình",
            "unit_name": "Ban Công tác Mặt trận buôn Ea Nứ",
            "unit_alt": ["BAN CÔNG TÁC MẶT TRẬN BUÔN EA NỨ", "Ban CTMT buôn Ea Nứ"],
            "chair": ("Ông", "Y Khu Niê", "Trưởng ban Công tác Mặt trận buôn"),
            "secretary": ("Bà", "H'Nga Byă", "Ủy viên Ban Công tác Mặt trận"),
            "attendance": "58 đại biểu là chủ hộ, người có uy tín và đại diện các chi hội "
            "đoàn thể của buôn (vắng 4 hộ, có lý do).",
            "proceedings": [
                "1. Ông Y Khu Niê quán triệt Kế hoạch của Ủy ban MTTQ Việt Nam xã về phong "
                "trào thi đua “Dân vận khéo” năm 2026 và nêu thực trạng: bến nước chung của buôn "
                "xuống cấp, rác thải sinh hoạt còn đổ ven suối, 23/131 hộ chưa có nhà tiêu hợp "
                "vệ sinh.",
                "2. Ý kiến thảo luận: có 9 lượt ý kiến, các hộ thống nhất góp công, góp vật liệu; "
                "già làng đề nghị đưa việc giữ bến nước vào hương ước của buôn.",
            ],
            "conclusion_intro": "Hội nghị thống nhất đăng ký xây dựng mô hình “Dân vận khéo” "
            "năm 2026 như sau:",
            "model": "Nhà sạch, bến nước sạch, buôn làng văn hóa",
            "type": "collective",
            "domain": "culture_society",
            "honorific": "Bà",
            "leader": ("H'Bia Êban", "Chi hội trưởng Chi hội Phụ nữ"),
            "position_alt": ["Chi hội trưởng"],
            "phone": "0905 381 276",
            "location": "Buôn Ea Nứ (5 nhóm hộ đoàn kết)",
            "location_alt": ["Buôn Ea Nứ"],
            "content": [
                "+ Mỗi nhóm hộ nhận giữ vệ sinh một đoạn suối và bến nước, tổng vệ sinh vào sáng "
                "chủ nhật cuối tháng;",
                "+ Vận động 23 hộ còn lại làm nhà tiêu hợp vệ sinh, các hộ khá giúp công, giúp "
                "vật liệu;",
                "+ Già làng, người có uy tín nhắc nhở con cháu thực hiện hương ước.",
            ],
            "vote": "Hội nghị biểu quyết bằng hình thức giơ tay: 58/58 đại biểu tán thành, "
            "đạt 100%.",
            "traits": [
                "minutes",
                "two_labels_one_line",
                "chair_and_secretary",
                "honorific_before_name",
                "leader_not_signer",
                "superior_in_header",
                "ede_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "n02-bienban-ebl-chi-doan-hra-ding",
        ("photo",),
        {
            "unit_id": "ebl-chi-doan-hra-ding",
            "superior": "ĐOÀN XÃ EA BLÔNG",
            "issuer_caps": "BCH CHI ĐOÀN BUÔN HRA DING",
            "motto": [("ĐOÀN TNCS HỒ CHÍ MINH", "bu", 13), ""],
            "date": ("Hra Ding", 11, 3, 2026),
            "time": "14 giờ 00 phút",
            "end": "16 giờ 20 phút",
            "place": "Hội trường buôn Hra Ding",
            "meeting": "Ban Chấp hành Chi đoàn tổ chức hội nghị mở rộng",
            "unit_name": "Chi đoàn buôn Hra Ding",
            "unit_alt": ["BCH CHI ĐOÀN BUÔN HRA DING", "Chi đoàn Hra Ding"],
            "chair": ("Anh", "Y Tlam Êban", "Bí thư Chi đoàn"),
            "secretary": ("Chị", "H'Mai Niê", "Phó Bí thư Chi đoàn"),
            "attendance": "Ban Chấp hành Chi đoàn và 36/41 đoàn viên; dự có đồng chí Y Blum "
            "Êban, Bí thư Chi bộ buôn.",
            "proceedings": [
                "1. Đồng chí Bí thư Chi đoàn thông qua dự kiến mô hình và tình hình an ninh "
                "trật tự: năm 2025 trên tuyến đường liên buôn xảy ra 3 vụ trộm cà phê, 2 vụ "
                "thanh niên đua xe.",
                "2. Đồng chí Y Blum Êban phát biểu, đề nghị Chi đoàn phối hợp với Công an xã và "
                "Tổ bảo vệ an ninh trật tự ở cơ sở.",
            ],
            "conclusion_intro": "Hội nghị thống nhất đăng ký với Đoàn xã mô hình sau:",
            "model": "Đội thanh niên tình nguyện tuần tra đường buôn ban đêm",
            "type": "collective",
            "domain": "security_defense",
            "honorific": "Anh",
            "leader": ("Y Tlam Êban", "Bí thư Chi đoàn"),
            "position_alt": ["Bí thư"],
            "phone": "0386 204 915",
            "location": "Tuyến đường liên buôn Hra Ding – thôn Tân Thành",
            "content": [
                "+ Lập đội 12 đoàn viên chia 3 tổ, tuần tra từ 21 giờ đến 23 giờ vào mùa thu "
                "hoạch cà phê;",
                "+ Báo ngay cho Công an xã khi phát hiện người lạ, xe lạ vào rẫy.",
            ],
            "vote": "Biểu quyết: 36/36 đoàn viên dự họp tán thành (100%).",
            "traits": [
                "minutes",
                "two_labels_one_line",
                "chair_and_secretary",
                "honorific_before_name",
                "youth_motto",
                "superior_in_header",
                "ede_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "n03-bienban-hoi-khuyen-hoc",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "hoi-khuyen-hoc",
            "superior": "HỘI KHUYẾN HỌC HUYỆN NGHĨA PHONG",
            "issuer_caps": "HỘI KHUYẾN HỌC XÃ NGHĨA THÁI",
            "motto": k.quoc_hieu(),
            "date": ("Nghĩa Thái", 15, 3, 2024),
            "time": "8 giờ 00 phút",
            "end": "10 giờ 30 phút",
            "place": "Hội trường Ủy ban nhân dân xã Nghĩa Thái",
            "meeting": "Ban Chấp hành Hội Khuyến học xã họp phiên thường kỳ quý I",
            "unit_name": "Hội Khuyến học xã Nghĩa Thái",
            "unit_alt": ["HỘI KHUYẾN HỌC XÃ NGHĨA THÁI", "Hội Khuyến học xã"],
            "chair": ("Ông", "Ngô Văn Thiện", "Chủ tịch Hội Khuyến học xã"),
            "secretary": ("Bà", "Đặng Thị Xuân", "Ủy viên Ban Chấp hành"),
            "attendance": "11/13 ủy viên Ban Chấp hành và chi hội trưởng 14 chi hội khuyến học "
            "xóm.",
            "proceedings": [
                "1. Ông Chủ tịch Hội đánh giá: năm 2023 toàn xã có 96 dòng họ, mới có 41 dòng họ "
                "lập quỹ khuyến học; quỹ Hội đạt 185 triệu đồng.",
                "2. Các ý kiến thống nhất chọn mô hình dòng họ khuyến học để đăng ký, giao một "
                "Phó Chủ tịch Hội trực tiếp theo dõi.",
            ],
            "conclusion_intro": "Ban Chấp hành thống nhất đăng ký mô hình với Ủy ban MTTQ xã:",
            "model": "Dòng họ khuyến học, gia đình học tập",
            "type": "collective",
            "domain": "culture_society",
            "honorific": "Ông",
            "leader": ("Phạm Đức Long", "Phó Chủ tịch Hội Khuyến học xã"),
            "phone": "0983 417 062",
            "location": "Các dòng họ ở xóm 2, xóm 4 và xóm 9",
            "content": [
                "+ Mỗi dòng họ lập quỹ khuyến học, khen thưởng con cháu học giỏi vào dịp giỗ tổ;",
                "+ Chi hội khuyến học xóm bình xét gia đình học tập cuối năm.",
            ],
            "vote": "Biểu quyết: 11/11 ủy viên dự họp tán thành, đạt 100%.",
            "traits": [
                "minutes",
                "two_labels_one_line",
                "chair_and_secretary",
                "honorific_before_name",
                "leader_not_signer",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("bienban_hop", "registration", ("N01", "N02"), render, ENTRIES)
