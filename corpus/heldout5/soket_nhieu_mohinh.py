"""A half-year review ("BÁO CÁO SƠ KẾT") that tells several models, one of them the unit's own.

After the half-year reviews of Fronts and associations that list the models of their members
(E10, E11): the header with "Số …/BC-…" and the date line, the title, "I. TÌNH HÌNH CHUNG" in
prose, "II. KẾT QUẢ THỰC HIỆN CÁC MÔ HÌNH" with one sub-heading per model ("1. Mô hình “…”"),
each told in the same shape (who does it and where, the work, "Kết quả: …", people and money),
and only one of them named as the unit's registered "Dân vận khéo" model; "III. PHƯƠNG HƯỚNG
6 THÁNG CUỐI NĂM"; the signature. The fields are those of the unit's own model; the other
models bring their own persons, places and figures.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits


def _model(doc: Document, number: int, m: dict[str, Any]) -> None:
    k.para(doc, (f"{number}. Mô hình “{m['name']}”", "b"), first=1.0, before=3)
    k.body(doc, m["who"])
    k.body(doc, m["work"])
    k.para(doc, ("Kết quả: ", "i"), m["results"], first=1.0)
    k.body(doc, m["people"])


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("───────", ""),
         (f"Số: {v['number']}", "", 13)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )  # fmt: skip
    k.para(doc, ("BÁO CÁO SƠ KẾT", "b", 14), align="center", before=8, after=0)
    k.para(doc, (v["title"], "b"), align="center", after=6)
    k.para(doc, ("I. TÌNH HÌNH CHUNG", "b"))
    k.body(doc, v["situation"])
    k.para(doc, ("II. KẾT QUẢ THỰC HIỆN CÁC MÔ HÌNH", "b"), before=4)
    k.body(doc, v["models_intro"])
    for number, m in enumerate(v["models"], start=1):
        _model(doc, number, m)
    k.para(doc, ("III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM", "b"), before=4)
    for line in v["next"]:
        k.body(doc, line)
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {line}", "", 11) for line in v["recipients"]]],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    own = v["models"][v["own"]]
    person, position = own["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": own["name"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(own["phone"]) if own.get("phone") else None,
        "location": own["location"],
        "results": own["results"],
        "participants": own["participants"],
        "funds_vnd": own["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": own.get("position_alt", [])}
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "p13-soket-vpd-mttq",
        ("scan", "doc"),
        {
            "unit_id": "vpd-mttq",
            "superior": "ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG",
            "issuer_caps": "ỦY BAN MTTQ VIỆT NAM XÃ VĨNH PHONG ĐÔNG",
            "number": "34/BC-MTTQ",
            "date": ("Vĩnh Phong Đông", 30, 6, 2026),
            "title": "Kết quả thực hiện các mô hình dân vận 6 tháng đầu năm 2026",
            "unit_name": "Ủy ban MTTQ Việt Nam xã Vĩnh Phong Đông",
            "unit_alt": [
                "ỦY BAN MTTQ VIỆT NAM XÃ VĨNH PHONG ĐÔNG",
                "Ủy ban Mặt trận Tổ quốc Việt Nam xã Vĩnh Phong Đông",
            ],
            "situation": "Xã có 5.812 hộ, 21.940 nhân khẩu ở 11 ấp, trong đó 38% là đồng bào "
            "Khmer. Sáu tháng đầu năm, Ủy ban MTTQ xã và các tổ chức thành viên duy trì 9 mô "
            "hình dân vận; báo cáo này nêu ba mô hình có kết quả rõ nhất.",
            "models_intro": "Các mô hình tiêu biểu:",
            "own": 1,
            "models": [
                {
                    "name": "Tuyến đường hoa ấp Vĩnh Lợi",
                    "who": "Do Hội Liên hiệp Phụ nữ xã thực hiện, chị Néang Thị Sa Vy, Chủ tịch "
                    "Hội phụ trách, trên 3 km đường liên ấp.",
                    "work": "Mỗi hộ ven đường nhận chăm một đoạn hoa, Hội tặng hạt giống.",
                    "results": "3,2 km đường có hoa, 140 hộ ven đường ký cam kết giữ vệ sinh.",
                    "people": "Có 140 hộ tham gia, đóng góp 21 triệu đồng.",
                },
                {
                    "name": "Ngôi nhà Đại đoàn kết – tình làng nghĩa xóm",
                    "who": "Đây là mô hình “Dân vận khéo” năm 2026 của Ủy ban MTTQ xã, do bà "
                    "Huỳnh Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam xã trực tiếp phụ trách "
                    "(ĐT: 0919 284 673), thực hiện tại các ấp Sóc Tre, Kênh Xáng và Vĩnh Lợi.",
                    "work": "Ban Công tác Mặt trận các ấp bình xét công khai hộ được hỗ trợ; bà "
                    "con góp ngày công, vật liệu; các chùa Khmer vận động phật tử cùng góp.",
                    "results": "Xây mới 14 căn và sửa chữa 9 căn nhà Đại đoàn kết cho hộ nghèo, "
                    "hộ cận nghèo; bàn giao đúng hẹn trước mùa mưa.",
                    "people": "Có 386 hộ dân và 12 doanh nghiệp tham gia đóng góp; tổng kinh "
                    "phí vận động 1,24 tỷ đồng, ngân sách tỉnh hỗ trợ thêm 300 triệu đồng.",
                    "leader": ("Huỳnh Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
                    "position_alt": ["Chủ tịch"],
                    "phone": "0919 284 673",
                    "location": "Các ấp Sóc Tre, Kênh Xáng và Vĩnh Lợi",
                    "participants": 386,
                    "funds": 1240000000,
                },
                {
                    "name": "Camera an ninh ấp Kênh Xáng",
                    "who": "Do Ban Công tác Mặt trận ấp Kênh Xáng phối hợp Công an xã, ông Tô "
                    "Thanh Phong, Trưởng Công an xã phụ trách.",
                    "work": "Lắp camera tại các ngã ba, bến đò; tổ tự quản trực đêm.",
                    "results": "Lắp 22 camera, trộm cắp vặt giảm 70% so với cùng kỳ.",
                    "people": "Có 95 hộ góp 66 triệu đồng.",
                },
            ],
            "next": [
                "- Tiếp tục vận động xây 6 căn nhà Đại đoàn kết còn lại;",
                "- Sơ kết, nhân rộng mô hình camera an ninh ra 3 ấp.",
            ],
            "recipients": ["Ban Thường trực UBMTTQ tỉnh;", "Đảng ủy xã;", "Lưu VP."],
            "sign_block": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
            "signer": "Huỳnh Thị Kim Loan",
            "traits": [
                "several_models",
                "own_model_named",
                "person_in_prose",
                "state_support_distractor",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p14-soket-vpd-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "vpd-hoi-phu-nu",
            "superior": "HỘI LHPN TỈNH AN GIANG",
            "issuer_caps": "HỘI LHPN XÃ VĨNH PHONG ĐÔNG",
            "number": "15/BC-HPN",
            "date": ("Vĩnh Phong Đông", 8, 7, 2026),
            "title": "Công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2026",
            "unit_name": "Hội Liên hiệp Phụ nữ xã Vĩnh Phong Đông",
            "unit_alt": ["HỘI LHPN XÃ VĨNH PHONG ĐÔNG", "Hội LHPN xã Vĩnh Phong Đông"],
            "situation": "Toàn xã có 3.105 hội viên ở 11 chi hội; Hội duy trì 5 câu lạc bộ, 7 "
            "tổ tiết kiệm và 3 mô hình dân vận.",
            "models_intro": "Kết quả các mô hình như sau:",
            "own": 0,
            "models": [
                {
                    "name": "Phụ nữ Khmer làm đồ đan lục bình",
                    "who": "Mô hình “Dân vận khéo” Hội đăng ký năm 2026, do chị Thạch Thị "
                    "Sóc Phi, Phó Chủ tịch Hội LHPN xã phụ trách, thực hiện tại ấp Sóc Tre.",
                    "work": "Hội liên kết cơ sở thu mua, mời thợ về dạy nghề tại nhà văn hóa ấp.",
                    "results": "Mở 2 lớp dạy nghề, 48 chị có việc làm tại nhà, thu nhập bình "
                    "quân 3,5 triệu đồng/tháng.",
                    "people": "Có 48 hội viên tham gia; Hội và cơ sở thu mua góp 35 triệu đồng "
                    "mua khung, nguyên liệu ban đầu.",
                    "leader": ("Thạch Thị Sóc Phi", "Phó Chủ tịch Hội LHPN xã"),
                    "position_alt": ["Phó Chủ tịch"],
                    "location": "Ấp Sóc Tre",
                    "participants": 48,
                    "funds": 35000000,
                },
                {
                    "name": "Tổ tiết kiệm “Góp vốn xoay vòng”",
                    "who": "Do 7 chi hội thực hiện, chị Lê Thị Hồng Cúc, Ủy viên Ban Thường vụ "
                    "theo dõi.",
                    "work": "Mỗi tháng hội viên góp 200.000 đồng, luân phiên cho vay không lãi.",
                    "results": "Tổng vốn xoay vòng 412 triệu đồng, giúp 37 chị chăn nuôi.",
                    "people": "Có 165 hội viên tham gia.",
                },
            ],
            "next": [
                "- Mở thêm lớp đan lục bình ở ấp Kênh Xáng;",
                "- Vận động hội viên tham gia bảo hiểm y tế hộ gia đình.",
            ],
            "recipients": ["Hội LHPN tỉnh;", "Đảng ủy, UBMTTQ xã;", "Lưu VP."],
            "sign_block": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
            "signer": "Néang Thị Sa Vy",
            "traits": [
                "several_models",
                "own_model_named",
                "person_in_prose",
                "no_phone",
                "leader_not_signer",
                "superior_in_header",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p15-soket-hoi-ccb",
        ("scan",),
        {
            "unit_id": "hoi-ccb",
            "superior": "HỘI CCB HUYỆN NGHĨA PHONG",
            "issuer_caps": "HỘI CỰU CHIẾN BINH XÃ NGHĨA THÁI",
            "number": "12/BC-CCB",
            "date": ("Nghĩa Thái", 25, 6, 2024),
            "title": "Kết quả hoạt động 6 tháng đầu năm 2024",
            "unit_name": "Hội Cựu chiến binh xã Nghĩa Thái",
            "unit_alt": ["HỘI CỰU CHIẾN BINH XÃ NGHĨA THÁI", "Hội Cựu chiến binh xã"],
            "situation": "Hội có 412 hội viên sinh hoạt ở 16 chi hội; 6 tháng qua, các chi hội "
            "duy trì tốt sinh hoạt và tham gia giữ gìn an ninh trật tự ở xóm.",
            "models_intro": "Hội duy trì hai mô hình:",
            "own": 1,
            "models": [
                {
                    "name": "Chi hội cựu chiến binh không có hội viên nghèo",
                    "who": "Do chi hội xóm 11 thực hiện, ông Hoàng Văn Tuấn, Chi hội trưởng "
                    "phụ trách.",
                    "work": "Hội viên khá giả giúp hội viên khó khăn con giống, vốn.",
                    "results": "2 hộ thoát nghèo, không còn hộ hội viên nghèo trong chi hội.",
                    "people": "Có 35 hội viên tham gia, góp 42 triệu đồng.",
                },
                {
                    "name": "Cựu chiến binh tham gia giải phóng mặt bằng",
                    "who": "Là mô hình “Dân vận khéo” năm 2024 của Hội, do ông Nguyễn Văn "
                    "Lâm, Chủ tịch Hội Cựu chiến binh xã phụ trách (ĐT: 0915 260 447), thực "
                    "hiện trên tuyến đường liên xã Nghĩa Thái – Nghĩa Hồng.",
                    "work": "Hội viên đến từng hộ giải thích chủ trương, hội viên có đất đi trước "
                    "hiến đất.",
                    "results": "Vận động 57 hộ hiến 4.820 m² đất, tuyến đường khởi công đúng tiến "
                    "độ.",
                    "people": "Có 57 hộ tham gia hiến đất, Nhân dân góp thêm 95 triệu đồng di "
                    "dời tường rào, cây cối.",
                    "leader": ("Nguyễn Văn Lâm", "Chủ tịch Hội Cựu chiến binh xã"),
                    "position_alt": ["Chủ tịch"],
                    "phone": "0915 260 447",
                    "location": "Tuyến đường liên xã Nghĩa Thái – Nghĩa Hồng",
                    "participants": 57,
                    "funds": 95000000,
                },
            ],
            "next": [
                "- Tiếp tục vận động các hộ còn lại bàn giao mặt bằng;",
                "- Tổ chức gặp mặt kỷ niệm Ngày Thương binh - Liệt sĩ 27/7.",
            ],
            "recipients": ["Hội CCB huyện;", "Đảng ủy xã;", "Lưu VP."],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Nguyễn Văn Lâm",
            "traits": [
                "several_models",
                "own_model_named",
                "person_in_prose",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("soket_nhieu_mohinh", "report", ("E10", "E11"), render, ENTRIES)
