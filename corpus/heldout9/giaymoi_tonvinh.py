"""An invitation ("Giấy mời") to a ceremony honouring a model, sent by another body.

After the invitations of Decree 30/2020 and of Party offices (V10: header, "Số: …/GM-…", "GIẤY
MỜI", "… trân trọng kính mời: …", "Tới dự …", "Thời gian: …", "Địa điểm: …", "Rất mong … đến dự
đúng giờ", "Nơi nhận"; V11: the programme of a ceremony to honour outstanding "Dân vận khéo"
models — songs, the reasons, a report of the model, the awards, speeches): the inviting body
(the commune's Front, Party committee or People's Committee, NOT the model's unit), the title,
the invited guest's blank line, the time and place, a numbered agenda whose third item gives
the model's report (person in charge, place, people, money, results), and the inviter's
signature. The ceremony's date and the number of guests are not fields.
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
        [(v["superior"], ""), (v["issuer"], "b"), "───────", (f"Số: {v['number']}", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    k.para(doc, ("GIẤY MỜI", "b", 15), align="center", before=12, after=0)
    k.para(doc, (v["title"], "b"), align="center", after=8)
    k.body(doc, f"{v['inviter']} trân trọng kính mời:")
    k.tabbed(doc, ["Ông (bà): ", ""], [15.5], leader="dot", indent=1.0)
    k.body(doc, v["why"])
    k.para(doc, ("Thời gian: ", "b"), v["when"], first=1.0)
    k.para(doc, ("Địa điểm: ", "b"), v["where"], first=1.0)
    k.para(doc, ("Chương trình:", "b"), first=1.0)
    for number, item in enumerate(v["agenda"], start=1):
        k.para(doc, f"{number}. {item}", indent=1.0)
    k.body(doc, v["closing"])
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[(f"- {r};", "") for r in v["recipients"]], ("- Lưu VT.", "")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    person, position = v["leader"]
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
        "r16-giaymoi-tts-chua-sa-lon",
        ("scan", "doc"),
        {
            "unit_id": "tts-chua-sa-lon",
            "superior": "ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ",
            "issuer": "ỦY BAN MTTQ VIỆT NAM XÃ TÂN THẠNH SÓC",
            "inviter": "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Thạnh Sóc",
            "number": "19/GM-MTTQ",
            "date": ("Tân Thạnh Sóc", 20, 4, 2026),
            "title": "Dự Lễ tôn vinh mô hình “Dân vận khéo” tiêu biểu năm 2026",
            "why": "Tới dự Lễ tôn vinh mô hình “Chùa Sà Lôn chung tay cùng hộ nghèo” của Ban "
            "Quản trị chùa Sà Lôn, mô hình được Ban Chỉ đạo phong trào của xã bình chọn tiêu "
            "biểu năm 2026.",
            "when": "07 giờ 30 phút, thứ Bảy, ngày 02/5/2026 (dự kiến 120 đại biểu).",
            "where": "Nhà hội (sala) chùa Sà Lôn, ấp Sóc Dong, xã Tân Thạnh Sóc.",
            "agenda": [
                "Văn nghệ chào mừng của đội trống Sa-dăm thanh niên Khmer;",
                "Tuyên bố lý do, giới thiệu đại biểu;",
                "Ông Thạch Chanh Đa, Trưởng Ban Quản trị chùa Sà Lôn, người phụ trách mô hình, "
                "báo cáo: mô hình thực hiện tại ấp Sóc Dong từ năm 2024, có 86 phật tử tham gia "
                "nấu cơm, gói quà; vận động sư sãi, phật tử và bà con xa quê đóng góp "
                "236.500.000 đồng. Kết quả: đã trao 1.240 phần quà và 9 học bổng, sửa 4 căn nhà "
                "cho hộ nghèo Khmer, tổ chức 24 bữa cơm miễn phí cho bệnh nhân nghèo;",
                "Trao Giấy khen của Ủy ban nhân dân xã cho tập thể và cá nhân tiêu biểu;",
                "Phát biểu của lãnh đạo Đảng ủy xã và bế mạc.",
            ],
            "closing": "Sự hiện diện của Quý vị góp phần vào thành công của buổi lễ. Rất mong "
            "Quý vị đến dự đúng giờ.",
            "recipients": ["Như trên", "Ban Quản trị chùa Sà Lôn"],
            "sign_block": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
            "signer": "Ngô Thanh Bình",
            "unit_line": "Ban Quản trị chùa Sà Lôn",
            "model": "Chùa Sà Lôn chung tay cùng hộ nghèo",
            "leader": ("Thạch Chanh Đa", "Trưởng Ban Quản trị chùa Sà Lôn"),
            "position_alt": ["Trưởng Ban Quản trị"],
            "location": "ấp Sóc Dong",
            "participants": 86,
            "funds": 236500000,
            "results": "đã trao 1.240 phần quà và 9 học bổng, sửa 4 căn nhà cho hộ nghèo Khmer, "
            "tổ chức 24 bữa cơm miễn phí cho bệnh nhân nghèo",
            "traits": [
                "invitation",
                "inviter_not_unit",
                "agenda_report",
                "guests_not_participants",
                "no_phone",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r17-giaymoi-tts-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "tts-hoi-phu-nu",
            "superior": "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ",
            "issuer": "ĐẢNG ỦY XÃ TÂN THẠNH SÓC",
            "inviter": "Ban Thường vụ Đảng ủy xã Tân Thạnh Sóc",
            "number": "42-GM/ĐU",
            "date": ("Tân Thạnh Sóc", 2, 6, 2026),
            "title": "Dự buổi gặp mặt, biểu dương gương “Dân vận khéo” cá nhân năm 2026",
            "why": "Tới dự buổi biểu dương mô hình cá nhân “Néang Sa Rinh – người giữ quỹ tiết "
            "kiệm của chị em ấp Trà Canh” do Hội Liên hiệp Phụ nữ xã Tân Thạnh Sóc đề xuất.",
            "when": "14 giờ 00 ngày 10/6/2026.",
            "where": "Hội trường Đảng ủy xã Tân Thạnh Sóc.",
            "agenda": [
                "Tuyên bố lý do, giới thiệu đại biểu;",
                "Bà Néang Sa Rinh, Chi hội trưởng Phụ nữ ấp Trà Canh, trình bày: từ năm 2022 bà "
                "vận động 57 chị em góp 84.000.000 đồng lập quỹ tiết kiệm xoay vòng, điện "
                "thoại liên hệ 0363 518 904. Kết quả: 41 chị em được vay vốn không lãi mua "
                "heo giống, máy may; 6 hộ thoát nghèo; không còn chị em vay nặng lãi;",
                "Đại diện Hội LHPN thành phố phát biểu;",
                "Trao tặng Giấy khen và bế mạc.",
            ],
            "closing": "Rất mong các đồng chí đến dự đúng giờ.",
            "recipients": ["Như trên", "Hội LHPN xã"],
            "sign_block": ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ"],
            "signer": "Trần Minh Nhựt",
            "unit_line": "Hội Liên hiệp Phụ nữ xã Tân Thạnh Sóc",
            "model": "Néang Sa Rinh – người giữ quỹ tiết kiệm của chị em ấp Trà Canh",
            "type": "individual",
            "leader": ("Néang Sa Rinh", "Chi hội trưởng Phụ nữ ấp Trà Canh"),
            "position_alt": ["Chi hội trưởng"],
            "phone": "0363 518 904",
            "location": "ấp Trà Canh",
            "participants": 57,
            "funds": 84000000,
            "results": "41 chị em được vay vốn không lãi mua heo giống, máy may; 6 hộ thoát "
            "nghèo; không còn chị em vay nặng lãi",
            "traits": [
                "invitation",
                "inviter_not_unit",
                "agenda_report",
                "individual_model",
                "khmer_prefix_neang",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r18-giaymoi-tts-hoi-nong-dan",
        ("scan",),
        {
            "unit_id": "tts-hoi-nong-dan",
            "superior": "THÀNH PHỐ CẦN THƠ",
            "issuer": "ỦY BAN NHÂN DÂN XÃ TÂN THẠNH SÓC",
            "inviter": "Ủy ban nhân dân xã Tân Thạnh Sóc",
            "number": "55/GM-UBND",
            "date": ("Tân Thạnh Sóc", 14, 8, 2026),
            "title": "Dự Hội nghị tham quan, nhân rộng mô hình “Dân vận khéo”",
            "why": "Tới dự Hội nghị tham quan mô hình “Cánh đồng tôm – lúa không dùng thuốc hóa "
            "học” của Hội ND xã Tân Thạnh Sóc, kết hợp hội thảo đầu bờ với nông dân các ấp.",
            "when": "08 giờ 00 ngày 21/8/2026; đại biểu tập trung tại trụ sở UBND xã lúc 7 giờ 30.",
            "where": "Cánh đồng ấp Kinh Mới, xã Tân Thạnh Sóc.",
            "agenda": [
                "Tham quan ruộng tôm – lúa của tổ liên kết;",
                "Ông Lâm Văn Sang, Chủ tịch Hội Nông dân xã, phụ trách mô hình (ĐT: 0888 250 "
                "613), báo cáo: 28 hộ nông dân tham gia trên diện tích 52 ha ở ấp Kinh Mới; "
                "các hộ góp 140 triệu đồng mua chế phẩm vi sinh, ngân sách xã hỗ trợ giống lúa. "
                "Kết quả: vụ tôm – lúa 2025 – 2026 lãi bình quân 95 triệu đồng/ha, tăng 20% so "
                "với trước; tôm đạt chứng nhận an toàn thực phẩm;",
                "Thảo luận, trao đổi kinh nghiệm;",
                "Kết luận của lãnh đạo UBND xã.",
            ],
            "closing": "Đề nghị các đại biểu đến đúng thời gian, địa điểm nêu trên.",
            "recipients": ["Như trên", "Hội Nông dân xã", "Trưởng các ấp"],
            "sign_block": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "signer": "Thạch Thị Sô Phia",
            "unit_line": "Hội ND xã Tân Thạnh Sóc",
            "unit_alt": ["Hội Nông dân xã Tân Thạnh Sóc"],
            "model": "Cánh đồng tôm – lúa không dùng thuốc hóa học",
            "leader": ("Lâm Văn Sang", "Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0888 250 613",
            "location": "ấp Kinh Mới",
            "participants": 28,
            "funds": 140000000,
            "results": "vụ tôm – lúa 2025 – 2026 lãi bình quân 95 triệu đồng/ha, tăng 20% so với "
            "trước; tôm đạt chứng nhận an toàn thực phẩm",
            "traits": [
                "invitation",
                "inviter_not_unit",
                "agenda_report",
                "alias_unit_name",
                "budget_not_funds",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("giaymoi_tonvinh", "report", ("V10", "V11"), render, ENTRIES)
