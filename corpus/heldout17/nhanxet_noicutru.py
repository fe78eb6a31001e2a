"""A report found in the residence branch's comment on a Party member who works elsewhere
("Nhận xét của chi ủy, chi bộ nơi cư trú đối với đảng viên …"): the member's particulars, the
branch's comments on the member's conduct and duties at home, and under one of them what the
member's own "Dân vận khéo" model in the village achieved; the branch secretary signs and the
commune's Party committee confirms.

After the comment that the branch where a member lives sends each year to the member's own
branch (S11: Quy định 213-QĐ/TW of 02/01/2020 and Hướng dẫn 33-HD/BTCTW of 30/10/2020: "Nêu
gương về phẩm chất chính trị, đạo đức, lối sống …", "Gương mẫu thực hiện nghĩa vụ công dân;
tuyên truyền, vận động gia đình và nhân dân …", "Tham gia đầy đủ, nghiêm túc các cuộc họp định
kỳ …", the comment asked through the national public service portal) and the members who build
their model where they live (S12). The member's birth date and workplace, the secretary, the
confirming committee and the rating are decoys.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    day, month, year = v["date"][1:]
    k.header_block(
        doc,
        [("ĐẢNG BỘ XÃ PHÙ MÃ THƯỢNG", "", 13), (v["branch_head"], "b", 13), ("*", "")],
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 14), ("", ""), (date_line(*v["date"]), "i", 13)],
    )
    k.para(doc, ("NHẬN XÉT", "b", 15), align="center", before=12, after=0)
    for line in v["title"]:
        k.para(doc, (line, "b", 13), align="center", after=0)
    k.para(doc, "", after=0)
    k.para(doc, ("Kính gửi: ", ""), (v["to"], ""), align="left", indent=3.0, after=6)
    for label, value in v["particulars"]:
        k.tabbed(doc, [[(label, ""), (value, "")], ""], (16.0,), leader="dot")
    k.body(doc, v["intro"], before=4)
    for heading, lines in v["comments"]:
        k.para(doc, (heading, "b"), first=1.0)
        for line in lines:
            if line == "@model":
                if v["lead"]:
                    k.body(doc, v["lead"])
                for item in v["results"]:
                    k.para(doc, item, first=1.0)
            else:
                k.body(doc, line)
    k.para(doc, ("Đánh giá chung: ", "b"), (v["overall"], ""), first=1.0, before=4)
    k.signature(
        doc,
        [("XÁC NHẬN CỦA ĐẢNG ỦY XÃ", "b"), (v["confirm"], "i", 12), ("T/M ĐẢNG ỦY", "b"),
         "", "", (v["confirmer"], "b")],
        [("T/M CHI ỦY", "b"), ("BÍ THƯ", "b"), "", "", "", (v["secretary"], "b")],
        widths=(8.0, 8.0),
    )  # fmt: skip
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
        "results": joined(v["results"]).rstrip(".;"),
        "participants": v.get("participants"),
        "funds_vnd": v.get("funds"),
        "signed_date": iso(day, month, year),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], v["secretary"], None)


ENTRIES = (
    Entry(
        "r16-nhanxet-pmt-cb-dong-muon",
        ("scan", "doc"),
        {
            "unit_id": "pmt-cb-dong-muon",
            "branch_head": "CHI BỘ THÔN ĐỒNG MUỐN",
            "date": ("Đồng Muốn", 27, 11, 2026),
            "title": [
                "của chi ủy, chi bộ nơi cư trú đối với đảng viên đang công tác",
                "thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú",
                "Năm 2026",
            ],
            "to": "Chi bộ Phòng Khám đa khoa khu vực, Đảng ủy Trung tâm Y tế khu vực Cẩm Thủy",
            "particulars": [
                ("Họ và tên đảng viên: ", "Đinh Thị Hiền      Sinh ngày: 08/02/1987"),
                ("Chức vụ, đơn vị công tác: ", "Điều dưỡng, Phòng Khám đa khoa khu vực"),
                ("Nơi cư trú: ", "thôn Đồng Muốn, xã Phù Mã Thượng"),
                ("Điện thoại: ", "0387 216 590"),
            ],
            "intro": "Căn cứ Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị, chi ủy chi "
            "bộ thôn Đồng Muốn nhận xét đồng chí Đinh Thị Hiền như sau:",
            "comments": [
                (
                    "1. Về phẩm chất chính trị, đạo đức, lối sống",
                    [
                        "Đồng chí luôn giữ gìn phẩm chất, sống giản dị, hòa nhã với bà con lối "
                        "xóm; gia đình 5 năm liền đạt danh hiệu gia đình văn hóa.",
                    ],
                ),
                (
                    "2. Về thực hiện nghĩa vụ công dân và tham gia sinh hoạt nơi cư trú",
                    [
                        "Tham gia đầy đủ 4/4 buổi họp định kỳ với chi bộ và các cuộc họp của thôn; "
                        "đóng góp đầy đủ các loại quỹ.",
                    ],
                ),
                (
                    "3. Về thực hiện mô hình “Dân vận khéo” nơi cư trú",
                    ["@model"],
                ),
            ],
            "lead": "Năm 2026 đồng chí đăng ký và thực hiện mô hình cá nhân “Điều dưỡng thôn "
            "mình – khám sàng lọc tại nhà” (lĩnh vực văn hóa - xã hội) tại thôn Đồng Muốn. Kết "
            "quả:",
            "results": [
                "- Lập nhóm 12 tình nguyện viên là hội viên phụ nữ, đoàn viên cùng tham gia mô "
                "hình;",
                "- Đo huyết áp, đường huyết mỗi tháng cho 68 người cao tuổi; vận động 31 người "
                "bệnh mạn tính đi khám, cấp thuốc đúng hẹn;",
                "- Nhóm quyên góp 7,8 triệu đồng mua máy đo huyết áp, que thử để dùng chung.",
            ],
            "overall": "Đồng chí thực hiện tốt trách nhiệm, nhiệm vụ của đảng viên nơi cư trú.",
            "confirm": "Đảng ủy xã xác nhận chữ ký của đồng chí Bí thư chi bộ",
            "confirmer": "Lê Đình Khang",
            "secretary": "Đinh Công Thắm",
            "leader": ("Đinh Thị Hiền", "Điều dưỡng, Phòng Khám đa khoa khu vực"),
            "position_alt": ["Điều dưỡng"],
            "phone": "0387 216 590",
            "model": "Điều dưỡng thôn mình – khám sàng lọc tại nhà",
            "type": "individual",
            "domain": "culture_society",
            "location": "thôn Đồng Muốn",
            "participants": 12,
            "funds": 7_800_000,
            "unit": "Chi bộ thôn Đồng Muốn",
            "unit_alt": ["CHI BỘ THÔN ĐỒNG MUỐN"],
            "traits": [
                "residence_comment",
                "individual_model",
                "model_one_section",
                "dotted_particulars",
                "decoy_birth_date",
                "decoy_workplace",
                "decoy_branch_secretary",
                "decoy_confirming_committee",
                "decoy_regulation_date",
                "decoy_patients",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r17-nhanxet-pmt-cb-chieng-ma",
        ("photo",),
        {
            "unit_id": "pmt-cb-chieng-ma",
            "branch_head": "CHI BỘ THÔN CHIỀNG MÃ",
            "date": ("Chiềng Mã", 2, 12, 2026),
            "title": ["đối với đảng viên giữ mối liên hệ với nơi cư trú năm 2026"],
            "to": "Đảng ủy Công an tỉnh Thanh Hóa (qua Chi bộ Phòng Cảnh sát giao thông)",
            "particulars": [
                ("Họ và tên: ", "Quách Minh Tâm"),
                ("Cấp bậc, chức vụ: ", "Đại úy, cán bộ Phòng Cảnh sát giao thông"),
                ("Nơi cư trú: ", "thôn Chiềng Mã"),
            ],
            "intro": "Qua theo dõi việc thực hiện trách nhiệm của đảng viên nơi cư trú, chi ủy "
            "nhận xét:",
            "comments": [
                (
                    "1. Ưu điểm",
                    [
                        "Gương mẫu chấp hành chủ trương của Đảng, pháp luật của Nhà nước và quy "
                        "ước của thôn; tuyên truyền, vận động gia đình và bà con lối xóm thực hiện "
                        "tốt quy định về trật tự, an toàn giao thông.",
                        "Đồng chí là người trực tiếp xây dựng mô hình “Đội xe ôm đưa đón học sinh an "
                        "toàn” (cá nhân; an ninh - quốc phòng) tại tuyến đường Chiềng Mã – Bến Đò.",
                        "@model",
                    ],
                ),
                (
                    "2. Hạn chế",
                    ["Do đặc thù công tác, có 1 buổi họp định kỳ đồng chí vắng có lý do."],
                ),
            ],
            "lead": "Kết quả trong năm:",
            "results": [
                "- Vận động 12 người chạy xe ôm trong thôn lập đội, ký cam kết không uống rượu "
                "bia, đội mũ bảo hiểm cho học sinh;",
                "- Đưa đón an toàn 43 học sinh qua đò, không xảy ra tai nạn;",
                "- Các thành viên tự góp 9,6 triệu đồng mua mũ bảo hiểm, áo phản quang.",
            ],
            "overall": "Hoàn thành tốt trách nhiệm của đảng viên nơi cư trú.",
            "confirm": "Xác nhận",
            "confirmer": "Lê Đình Khang",
            "secretary": "Quách Văn Tươi",
            "leader": ("Quách Minh Tâm", "Đại úy, cán bộ Phòng Cảnh sát giao thông"),
            "position_alt": ["cán bộ Phòng Cảnh sát giao thông", "Đại úy"],
            "model": "Đội xe ôm đưa đón học sinh an toàn",
            "type": "individual",
            "domain": "security_defense",
            "location": "tuyến đường Chiềng Mã – Bến Đò",
            "location_alt": ["tuyến đường Chiềng Mã - Bến Đò", "thôn Chiềng Mã"],
            "participants": 12,
            "funds": 9_600_000,
            "unit": "Chi bộ thôn Chiềng Mã",
            "unit_alt": ["CHI BỘ THÔN CHIỀNG MÃ"],
            "traits": [
                "residence_comment",
                "individual_model",
                "type_domain_in_brackets",
                "decoy_pupils",
                "decoy_branch_secretary",
                "decoy_confirming_committee",
                "no_phone",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r18-nhanxet-pmt-cb-ben-do",
        ("scan",),
        {
            "unit_id": "pmt-cb-ben-do",
            "branch_head": "CHI BỘ THÔN BẾN ĐÒ",
            "date": ("Bến Đò", 30, 11, 2026),
            "title": [
                "của chi ủy nơi cư trú đối với đảng viên đang công tác",
                "Năm 2026",
            ],
            "to": "Chi bộ Trường THCS Phù Mã Thượng",
            "particulars": [
                ("Họ và tên đảng viên: ", "Trịnh Thị Bích"),
                ("Đơn vị công tác: ", "Trường THCS Phù Mã Thượng"),
                ("Chức vụ: ", "Phó Hiệu trưởng, Bí thư Chi bộ trường"),
                ("Nơi cư trú: ", "thôn Bến Đò"),
                ("Số điện thoại: ", "0964.380.257"),
            ],
            "intro": "Chi ủy chi bộ thôn Bến Đò nhận xét việc thực hiện nhiệm vụ của đảng viên "
            "tại nơi cư trú năm 2026 như sau:",
            "comments": [
                (
                    "1. Về giữ mối liên hệ với chi ủy, chi bộ và nhân dân nơi cư trú",
                    [
                        "Đồng chí thường xuyên liên hệ với chi ủy, trưởng thôn, Ban công tác Mặt "
                        "trận thôn; tham gia 3/4 buổi họp định kỳ.",
                    ],
                ),
                (
                    "2. Về tham gia các phong trào ở khu dân cư",
                    [
                        "Đồng chí đăng ký với chi bộ làm người phụ trách mô hình “Tủ sách nhà sàn "
                        "bên bến sông” tại nhà văn hóa thôn Bến Đò. Qua một năm:",
                        "@model",
                    ],
                ),
            ],
            "lead": "",
            "results": [
                "Tủ sách đã có 1.150 cuốn sách do 64 gia đình, thầy cô và học sinh quyên góp; mở "
                "cửa tối thứ Bảy, Chủ nhật cho các cháu đọc; thầy cô, phụ huynh góp 3 triệu đồng mua "
                "giá sách và đèn.",
            ],
            "overall": "Đồng chí thực hiện tốt Quy định 213-QĐ/TW.",
            "confirm": "Đã xác nhận",
            "confirmer": "Lê Đình Khang",
            "secretary": "Phạm Bá Cường",
            "leader": ("Trịnh Thị Bích", "Phó Hiệu trưởng, Bí thư Chi bộ trường"),
            "position_alt": ["Phó Hiệu trưởng", "Bí thư Chi bộ trường"],
            "phone": "0964.380.257",
            "model": "Tủ sách nhà sàn bên bến sông",
            "location": "nhà văn hóa thôn Bến Đò",
            "location_alt": ["thôn Bến Đò"],
            "participants": 64,
            "funds": 3_000_000,
            "unit": "Chi bộ thôn Bến Đò",
            "unit_alt": ["CHI BỘ THÔN BẾN ĐÒ"],
            "traits": [
                "residence_comment",
                "individual_model",
                "results_one_paragraph",
                "decoy_book_count",
                "decoy_branch_secretary",
                "decoy_confirming_committee",
                "member_is_other_branch_secretary",
                "no_type_no_domain",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("nhanxet_noicutru", "report", ("S11", "S12"), render, ENTRIES)
