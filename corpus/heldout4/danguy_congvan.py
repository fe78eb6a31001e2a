"""A Party letter ("công văn") in the format of Hướng dẫn 36-HD/VPTW that reports a model upward.

After the Party's document format (N07) as a commune's Party committee uses it after the 07/2025
reform (N08): the province's Party organisation over the commune's Party committee (or the
commune's over an agency's Party branch), the star, "Số …-CV/…" and the gist "V/v …" under it on
the left, "ĐẢNG CỘNG SẢN VIỆT NAM" underlined and the date line on the right; "Kính gửi: …"; a
"Thực hiện …" sentence; then five numbered paragraphs of prose with no field labels: the model
with its place and the person who directs it (and a phone) in one sentence, the ways of
working, "Kết quả đạt được:" run into its paragraph, households and money beside support from
the budget, a proposal; signed "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG" or "T/M CHI BỘ / BÍ THƯ".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits, signer_alt


def _numbered(doc: Document, v: dict[str, Any]) -> None:
    person, position = v["leader"]
    k.body(
        doc,
        f"1. Năm {v['date'][3]}, {v['lead_verb']} mô hình “{v['model']}”, thực hiện trên địa bàn "
        f"{v['location']}, do đồng chí {person}, {position} trực tiếp chỉ đạo (điện thoại: "
        f"{v['phone']}).",
    )
    k.body(doc, f"2. {v['ways']}")
    k.para(doc, ("3. Kết quả đạt được: ", "b"), v["results"], first=1.0)
    k.body(doc, f"4. {v['people_money']}")
    k.body(doc, f"5. Đề xuất: {v['proposal']}")


def _unique(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(forms))


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("*", "", 12),
         (f"Số {v['number']}", "", 13), (v["gist"], "i", 12)],
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 13), "", (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )  # fmt: skip
    k.para(doc, "", after=6)
    k.para(doc, "Kính gửi: ", (v["to"], ""), align="center", after=8)
    k.body(doc, v["basis"])
    _numbered(doc, v)
    k.body(doc, v["closing"])
    signer = v["signer"]
    k.signature(
        doc,
        [("Nơi nhận:", "u", 12), *[(f"- {line}", "", 11) for line in v["recipients"]]],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (signer[0], "b")],
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": _unique(v.get("position_alt", []) + signer_alt(v["leader"], signer)),
        "location": v.get("location_alt", []),
    }
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "n10-congvan-ebl-dang-uy",
        ("scan", "doc"),
        {
            "unit_id": "ebl-dang-uy",
            "superior": "ĐẢNG BỘ TỈNH ĐẮK LẮK",
            "issuer_caps": "ĐẢNG ỦY XÃ EA BLÔNG",
            "number": "118-CV/ĐU",
            "gist": "V/v báo cáo mô hình “Dân vận khéo” tiêu biểu năm 2026",
            "date": ("Ea Blông", 12, 11, 2026),
            "to": "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "unit_name": "Đảng ủy xã Ea Blông",
            "unit_alt": ["ĐẢNG ỦY XÃ EA BLÔNG", "Đảng bộ xã Ea Blông"],
            "basis": "Thực hiện Công văn số 245-CV/BTGDVTU ngày 03/11/2026 của Ban Tuyên giáo và "
            "Dân vận Tỉnh ủy về việc báo cáo mô hình, điển hình “Dân vận khéo” năm 2026, Ban "
            "Thường vụ Đảng ủy xã Ea Blông báo cáo như sau:",
            "lead_verb": "Đảng ủy xã lãnh đạo xây dựng",
            "model": "Đảng viên, người có uy tín vận động đồng bào hiến đất mở đường vào rẫy",
            "location": "buôn Hra Ding và buôn Ea Nứ",
            "leader": ("Y Wai Kbuôr", "Phó Bí thư Thường trực Đảng ủy xã"),
            "position_alt": ["Phó Bí thư Thường trực"],
            "phone": "0914 206 758",
            "ways": "Mỗi đảng viên nhận vận động các hộ trong nhóm đoàn kết của mình; già làng, "
            "người có uy tín đi cùng cán bộ đến từng hộ có đất rẫy nằm trên tuyến đường; việc "
            "hiến đất, góp công được bàn và công khai tại nhà sinh hoạt cộng đồng.",
            "results": "hoàn thành 4,7 km đường bê tông vào khu rẫy Ea Kmăl, xe chở nông sản "
            "vào tận rẫy, chi phí vận chuyển cà phê giảm khoảng 40%; không có khiếu nại về đất "
            "đai trong quá trình làm đường.",
            "people_money": "Có 214 hộ tham gia; Nhân dân hiến 18.600 m² đất, góp 1.350 ngày "
            "công và 412 triệu đồng; ngân sách tỉnh hỗ trợ xi măng trị giá 1,2 tỷ đồng.",
            "participants": 214,
            "funds": 412000000,
            "proposal": "Ban Tuyên giáo và Dân vận Tỉnh ủy xem xét, giới thiệu mô hình để các "
            "xã có đồng bào dân tộc thiểu số học tập.",
            "closing": "Ban Thường vụ Đảng ủy xã báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy./.",
            "recipients": ["Như trên,", "Lưu Văn phòng Đảng ủy."],
            "sign_block": ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"],
            "signer": ("Phạm Ngọc Sơn", "Chánh Văn phòng"),
            "traits": [
                "party_letter",
                "province_over_commune",
                "person_in_prose",
                "location_in_prose",
                "state_support_distractor",
                "leader_not_signer",
                "superior_in_header",
                "ede_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "n11-congvan-ebl-cb-thcs",
        ("photo",),
        {
            "unit_id": "ebl-cb-thcs",
            "superior": "ĐẢNG BỘ XÃ EA BLÔNG",
            "issuer_caps": "CHI BỘ TRƯỜNG THCS EA BLÔNG",
            "number": "09-CV/CB",
            "gist": "V/v báo cáo kết quả mô hình “Dân vận khéo”",
            "date": ("Ea Blông", 16, 11, 2026),
            "to": "Ban Thường vụ Đảng ủy xã Ea Blông",
            "unit_name": "Chi bộ Trường THCS Ea Blông",
            "unit_alt": ["CHI BỘ TRƯỜNG THCS EA BLÔNG", "Chi bộ THCS Ea Blông"],
            "basis": "Thực hiện Công văn số 131-CV/ĐU ngày 05/11/2026 của Ban Thường vụ Đảng ủy "
            "xã, Chi bộ Trường THCS Ea Blông báo cáo như sau:",
            "lead_verb": "Chi bộ lãnh đạo nhà trường xây dựng",
            "model": "Thầy cô đến buôn, đưa học sinh trở lại lớp",
            "location": "buôn Hra Ding, buôn Ea Nứ và thôn Tân Thành",
            "leader": ("Phan Thị Thu Hà", "Bí thư Chi bộ, Hiệu trưởng"),
            "position_alt": ["Bí thư Chi bộ", "Hiệu trưởng"],
            "phone": "0262 3854 117",
            "ways": "Giáo viên chủ nhiệm lập danh sách học sinh nghỉ học dài ngày; mỗi tuần hai "
            "buổi tối, thầy cô cùng già làng, Chi đoàn buôn đến nhà vận động; nhà trường giảm "
            "các khoản đóng góp cho học sinh hộ nghèo.",
            "results": "49/57 học sinh bỏ học đã trở lại lớp; tỷ lệ chuyên cần của học sinh "
            "dân tộc thiểu số đạt 96%; không còn học sinh bỏ học trong học kỳ I.",
            "people_money": "Có 126 lượt giáo viên, phụ huynh tham gia vận động; Hội Cha mẹ học "
            "sinh và các nhà hảo tâm ủng hộ 64 triệu đồng mua xe đạp, áo ấm cho học sinh.",
            "participants": 126,
            "funds": 64000000,
            "proposal": "Đảng ủy xã chỉ đạo các chi bộ buôn cùng phối hợp giữ học sinh đến trường.",
            "closing": "Chi bộ Trường THCS Ea Blông trân trọng báo cáo./.",
            "recipients": ["Đảng ủy xã (b/c),", "Lưu Chi bộ."],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Phan Thị Thu Hà", "Bí thư"),
            "traits": [
                "party_letter",
                "person_in_prose",
                "location_in_prose",
                "landline",
                "two_posts",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "n12-congvan-cb-tram-y-te",
        ("scan",),
        {
            "unit_id": "cb-tram-y-te",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "issuer_caps": "CHI BỘ TRẠM Y TẾ",
            "number": "06-CV/CB",
            "gist": "V/v báo cáo kết quả mô hình “Dân vận khéo” 9 tháng năm 2024",
            "date": ("Nghĩa Thái", 8, 10, 2024),
            "to": "Ban Thường vụ Đảng ủy xã Nghĩa Thái",
            "unit_name": "Chi bộ Trạm Y tế",
            "unit_alt": ["CHI BỘ TRẠM Y TẾ", "Chi bộ Trạm Y tế xã"],
            "basis": "Thực hiện chỉ đạo của Ban Thường vụ Đảng ủy xã tại Công văn số 52-CV/ĐU "
            "ngày 24/9/2024, Chi bộ Trạm Y tế báo cáo như sau:",
            "lead_verb": "Chi bộ lãnh đạo Trạm Y tế xây dựng",
            "model": "Y tế gần dân, khám sức khỏe tại nhà cho người cao tuổi",
            "location": "xóm 1, xóm 6 và xóm Tân Lập",
            "leader": ("Đỗ Văn Kiên", "Phó Trưởng Trạm Y tế"),
            "phone": "0912 784 305",
            "ways": "Trạm phân công mỗi y sĩ phụ trách một xóm, phối hợp với nhân viên y tế "
            "thôn lập hồ sơ sức khỏe người cao tuổi, khám định kỳ tại nhà vào chiều thứ Bảy.",
            "results": "lập hồ sơ theo dõi sức khỏe cho 684 người cao tuổi; phát hiện sớm 57 "
            "người tăng huyết áp, 23 người đái tháo đường và đưa vào quản lý điều trị.",
            "people_money": "Có 1.146 lượt người cao tuổi tham gia khám sàng lọc; các nhà hảo "
            "tâm ủng hộ 27,5 triệu đồng mua máy đo đường huyết, ngoài kinh phí sự nghiệp y tế "
            "được cấp.",
            "participants": 1146,
            "funds": 27500000,
            "proposal": "Đảng ủy xã chỉ đạo Hội Người cao tuổi xã phối hợp duy trì mô hình.",
            "closing": "Chi bộ Trạm Y tế trân trọng báo cáo./.",
            "recipients": ["Đảng ủy xã (b/c),", "Lưu Chi bộ."],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Phạm Thị Lan Anh", "Bí thư"),
            "traits": [
                "party_letter",
                "person_in_prose",
                "location_in_prose",
                "leader_not_signer",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("danguy_congvan", "report", ("N07", "N08"), render, ENTRIES)
