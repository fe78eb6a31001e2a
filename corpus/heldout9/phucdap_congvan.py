"""A report written as a reply to a superior's request ("Phúc đáp Công văn số …").

After administrative letters of reply (V08: the "V/v" summary under the number, "Kính gửi", the
opening "… nhận được Công văn số … ngày … của … về việc …", "… xin phúc đáp như sau:"; V09: a
superior body's request for reports on outstanding "Dân vận khéo" models, with the figures of
the whole province and a deadline): the unit's header with "Số: …" and "V/v phúc đáp …", the
addressee, an opening that QUOTES the request's figures (models, people, money of the whole
city or district), then the unit's own model in numbered points (name, person in charge,
place, people and money, results), "Trên đây là …", "Nơi nhận" and the head's signature.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [
            (v["superior"], ""),
            (v["issuer"], "b"),
            "───────",
            (f"Số: {v['number']}", ""),
            (f"V/v phúc đáp Công văn số {v['request']}", "i", 12),
        ],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    k.para(doc, "Kính gửi: ", (v["addressee"], "b"), align="center", before=12, after=8)
    k.body(doc, v["opening"])
    k.body(doc, v["reply_intro"])
    person, position = v["leader"]
    phone = f", điện thoại {v['phone']}" if v.get("phone") else ""
    k.body(doc, f"1. Tên mô hình: “{v['model']}”{v.get('model_tail', '')}.")
    k.body(doc, f"2. Người phụ trách: {v.get('honorific', '')}{person} – {position}{phone}.")
    k.body(doc, f"3. Địa bàn thực hiện: {v['location']}.")
    k.body(doc, f"4. Số người tham gia, kinh phí: {v['people_money']}.")
    k.body(doc, f"5. Kết quả đạt được: {v['results']}.")
    k.body(doc, f"6. Kiến nghị: {v['proposal']}")
    k.body(doc, f"Trên đây là báo cáo phúc đáp của {v['self_name']}./.")
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[(f"- {r};", "") for r in v["recipients"]], ("- Lưu VT.", "")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v.get("type"),
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
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], v["issuer"])
    return doc, truth


ENTRIES = (
    Entry(
        "r13-phucdap-tts-mttq",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "tts-mttq",
            "superior": "ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ",
            "issuer": "ỦY BAN MTTQ VIỆT NAM XÃ TÂN THẠNH SÓC",
            "unit_line": "Ủy ban MTTQ Việt Nam xã Tân Thạnh Sóc",
            "unit_alt": ["ỦY BAN MTTQ VIỆT NAM XÃ TÂN THẠNH SÓC"],
            "self_name": "Ủy ban MTTQ Việt Nam xã Tân Thạnh Sóc",
            "number": "27/BC-MTTQ",
            "request": "112-CV/BDVTU",
            "addressee": "Ban Dân vận Thành ủy Cần Thơ",
            "date": ("Tân Thạnh Sóc", 15, 4, 2026),
            "opening": "Ủy ban MTTQ Việt Nam xã Tân Thạnh Sóc nhận được Công văn số "
            "112-CV/BDVTU ngày 02/4/2026 của Ban Dân vận Thành ủy về việc báo cáo mô hình "
            "“Dân vận khéo” tiêu biểu trong vùng đồng bào dân tộc Khmer. Công văn nêu: năm 2025 "
            "toàn thành phố có 1.286 mô hình được công nhận, thu hút 96.400 lượt người tham gia, "
            "huy động 58,7 tỷ đồng; đề nghị các xã, phường báo cáo trước ngày 20/4/2026.",
            "reply_intro": "Ủy ban MTTQ Việt Nam xã xin phúc đáp như sau:",
            "model": "Mái ấm Đại đoàn kết cho hộ Khmer nghèo",
            "model_tail": " (lĩnh vực văn hóa – xã hội)",
            "domain": "culture_society",
            "honorific": "bà ",
            "leader": ("Lý Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
            "position_alt": ["Phó Chủ tịch"],
            "phone": "0919 604 275",
            "location": "ấp Sóc Dong, ấp Trà Canh và ấp Kinh Mới",
            "location_alt": ["ấp Sóc Dong"],
            "people_money": "412 hộ dân góp ngày công; huy động các nhà hảo tâm và nhân dân "
            "1,45 tỷ đồng; ngân sách thành phố hỗ trợ 40.000.000 đồng mỗi căn",
            "participants": 412,
            "funds": 1450000000,
            "results": "Từ năm 2024 đến nay đã xây mới 23 căn, sửa chữa 9 căn nhà Đại đoàn kết "
            "cho hộ nghèo người Khmer; 100% hộ được nhận nhà đã có điện, nước sạch",
            "proposal": "Đề nghị thành phố tiếp tục hỗ trợ kinh phí xây nhà năm 2026.",
            "recipients": ["Như trên", "Ủy ban MTTQ Việt Nam thành phố", "Thường trực Đảng ủy xã"],
            "sign_block": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
            "signer": "Ngô Thanh Bình",
            "traits": [
                "reply_letter",
                "quoted_request_figures",
                "budget_not_funds",
                "billions",
                "tcvn3",
                "signer_not_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r14-phucdap-tts-cb-ap-tra-canh",
        ("photo", "doc"),
        {
            "unit_id": "tts-cb-ap-tra-canh",
            "superior": "ĐẢNG BỘ XÃ TÂN THẠNH SÓC",
            "issuer": "CHI BỘ ẤP TRÀ CANH",
            "unit_line": "Chi bộ ấp Trà Canh",
            "unit_alt": ["CHI BỘ ẤP TRÀ CANH"],
            "self_name": "Chi bộ ấp Trà Canh",
            "number": "05-BC/CB",
            "request": "35-CV/ĐU",
            "addressee": "Ban Thường vụ Đảng ủy xã Tân Thạnh Sóc",
            "date": ("Tân Thạnh Sóc", 8, 5, 2026),
            "opening": "Thực hiện Công văn số 35-CV/ĐU ngày 24/4/2026 của Đảng ủy xã đề nghị báo "
            "cáo mô hình phòng, chống ma túy; theo Công văn, toàn xã hiện có 7 mô hình, 540 hộ "
            "tham gia, kinh phí 96.000.000 đồng.",
            "reply_intro": "Chi bộ ấp Trà Canh báo cáo như sau:",
            "model": "Ấp Trà Canh nói không với ma túy",
            "domain": None,
            "honorific": "đồng chí ",
            "leader": ("Sơn Văn Ty", "Bí thư Chi bộ, Trưởng ấp"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0374 829 613",
            "location": "ấp Trà Canh",
            "people_money": "96 hộ ký cam kết, 14 đoàn viên thanh niên trong đội tuyên truyền; "
            "các hộ góp 15.500.000 đồng làm pa nô, loa cầm tay",
            "participants": 96,
            "funds": 15500000,
            "results": "Hai năm liền ấp không có người nghiện mới; 3 người sau cai được giúp "
            "việc làm ở hợp tác xã; ấp được công nhận “Ấp an toàn về an ninh trật tự” năm 2025",
            "proposal": "Đề nghị Công an xã tiếp tục phối hợp tuyên truyền bằng tiếng Khmer.",
            "recipients": ["Như trên", "Ban Dân vận Đảng ủy xã"],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": "Sơn Văn Ty",
            "traits": [
                "reply_letter",
                "quoted_request_figures",
                "two_groups_of_people",
                "signer_is_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r15-phucdap-hoi-ccb",
        ("scan",),
        {
            "unit_id": "hoi-ccb",
            "superior": "HỘI CCB HUYỆN NGHĨA PHONG",
            "issuer": "HỘI CCB XÃ NGHĨA THÁI",
            "unit_line": "Hội Cựu chiến binh xã Nghĩa Thái",
            "unit_alt": ["HỘI CCB XÃ NGHĨA THÁI", "Hội CCB xã Nghĩa Thái"],
            "self_name": "Hội CCB xã Nghĩa Thái",
            "number": "14/BC-CCB",
            "request": "48/CV-CCB",
            "addressee": "Ban Thường vụ Hội Cựu chiến binh huyện Nghĩa Phong",
            "date": ("Nghĩa Thái", 7, 11, 2024),
            "opening": "Hội Cựu chiến binh xã Nghĩa Thái nhận được Công văn số 48/CV-CCB ngày "
            "21/10/2024 của Hội CCB huyện về việc báo cáo mô hình kinh tế tiêu biểu; Công văn "
            "cho biết toàn huyện có 64 mô hình với 2.150 hội viên tham gia, vốn huy động 9,8 tỷ "
            "đồng.",
            "reply_intro": "Hội CCB xã Nghĩa Thái báo cáo như sau:",
            "model": "Tổ hợp tác nuôi lươn không bùn của cựu chiến binh",
            "domain": None,
            "honorific": "ông ",
            "leader": ("Phan Văn Đức", "Tổ trưởng tổ hợp tác"),
            "phone": "0983-447-120",
            "location": "xóm 6 và xóm 9",
            "location_alt": ["xóm 6"],
            "people_money": "11 hội viên tham gia; các hội viên góp 180 triệu đồng, vay thêm "
            "Ngân hàng Chính sách xã hội 300 triệu đồng",
            "participants": 11,
            "funds": 180000000,
            "results": "Mỗi năm tổ xuất bán 14 tấn lươn thương phẩm, lãi bình quân 85 triệu "
            "đồng/hộ; tổ giúp 2 hộ cựu chiến binh thoát nghèo",
            "proposal": "Đề nghị Hội CCB huyện giới thiệu đầu ra cho sản phẩm.",
            "recipients": ["Như trên", "Đảng ủy xã"],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Bùi Quang Trung",
            "traits": [
                "reply_letter",
                "quoted_request_figures",
                "loan_not_funds",
                "millions",
                "signer_not_leader",
            ],
        },
    ),
)

LAYOUT = Layout("phucdap_congvan", "report", ("V08", "V09"), render, ENTRIES)
