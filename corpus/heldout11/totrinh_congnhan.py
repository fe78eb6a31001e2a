"""A "Tờ trình" asking the Party committee to recognise a model, written wholly in prose.

After the proposals ("tờ trình đề nghị công nhận", Q11) that a unit sends at the end of the year
so that its model is recognised as a typical "Dân vận khéo" model, in the format of a state or
mass organisation's document with a type name (Q12): the issuer and "Số: …/TTr-…" on the left,
the motto and the date line on the right, "TỜ TRÌNH", "Về việc đề nghị công nhận mô hình …",
"Kính gửi:", the "Căn cứ …;" lines (other documents, numbers and dates), then three or four
paragraphs of prose that carry the person in charge, the place, the people, the money (with the
state's support beside it) and "Kết quả, …", the request, "Nơi nhận" and the signature.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    place, day, month = v["date"]
    k.header_block(
        doc,
        [*[(line, "b" if n else "", 12.5) for n, line in enumerate(v["issuer"])], ("───────", ""),
         (v["number"], "", 13)],
        [*k.quoc_hieu(), (date_line(place, day, month, 2026), "i", 13)],
        widths=(6.3, 9.7),
    )  # fmt: skip
    k.para(doc, ("TỜ TRÌNH", "b", 15), align="center", before=12, after=0)
    k.para(doc, ("Về việc đề nghị công nhận mô hình “Dân vận khéo”", "b"), align="center", after=0)
    k.para(doc, ("tiêu biểu năm 2026", "b"), align="center", after=0)
    k.para(doc, "─────────", align="center", after=6)
    k.para(doc, ("Kính gửi: ", ""), v["to"], align="center", after=8)
    for line in v["bases"]:
        k.body(doc, (line, "i"), after=3)  # type: ignore[arg-type]
    k.body(doc, v["request"], after=4)
    for paragraph in v["prose"]:
        k.body(doc, paragraph, after=4)
    k.body(doc, f"Kết quả, {v['results']}.", after=4)
    for paragraph in v.get("after", []):
        k.body(doc, paragraph, after=4)
    k.body(doc, v["closing"], after=4)
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(r, "", 11) for r in v["recipients"]]],
        [*[(s, "b") for s in v["sign_block"]], "", "", "", (v["signer"][0], "b")],
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": None,
        "domain": None,
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v.get("participants"),
        "funds_vnd": v.get("funds"),
        "signed_date": iso(day, month, 2026),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], v["signer"]),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"][0], v["stamp"])
    return doc, truth


BASE_PLAN = (
    "Căn cứ Kế hoạch số 09-KH/ĐU ngày 12/02/2026 của Ban Thường vụ Đảng ủy xã về thực hiện "
    "phong trào thi đua “Dân vận khéo” năm 2026;"
)

ENTRIES = (
    Entry(
        "r16-totrinh-tbg-mttq",
        ("scan", "doc", "tcvn3-doc"),
        {
            "unit_id": "tbg-mttq",
            "issuer": ["ỦY BAN MTTQ VIỆT NAM", "XÃ TÀ BÓ GIÀNG"],
            "number": "Số: 21/TTr-MTTQ",
            "date": ("Tà Bó Giàng", 23, 11),
            "to": "Ban Thường vụ Đảng ủy xã Tà Bó Giàng",
            "bases": [
                BASE_PLAN,
                "Căn cứ Biên bản thẩm định của Khối Dân vận xã ngày 18/11/2026,",
            ],
            "request": "UBMTTQ xã Tà Bó Giàng kính trình Ban Thường vụ Đảng ủy xã xem xét, công "
            "nhận mô hình “Ngôi nhà Đại đoàn kết cho hộ nghèo thôn Nặm Đăm” là mô hình “Dân vận "
            "khéo” tiêu biểu năm 2026, với những nội dung chủ yếu sau:",
            "unit": "UBMTTQ xã Tà Bó Giàng",
            "unit_alt": ["Ủy ban MTTQ Việt Nam xã Tà Bó Giàng"],
            "model": "Ngôi nhà Đại đoàn kết cho hộ nghèo thôn Nặm Đăm",
            "leader": ("Nông Thị Lả", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
            "position_alt": ["Chủ tịch Ủy ban MTTQ xã"],
            "phone": "0984 130 672",
            "location": "thôn Nặm Đăm",
            "prose": [
                "Đầu năm 2026, toàn xã còn 63 hộ nghèo, trong đó thôn Nặm Đăm có 21 hộ ở nhà tạm, "
                "dột nát. Mô hình do đồng chí Nông Thị Lả, Chủ tịch Ủy ban MTTQ Việt Nam xã trực "
                "tiếp phụ trách (điện thoại 0984 130 672), triển khai từ tháng 3/2026 tại thôn "
                "Nặm Đăm.",
                "Ban Công tác Mặt trận thôn họp dân bình xét công khai từng hộ; 145 hộ dân trong "
                "thôn góp ngày công, gỗ, cát sỏi. Mặt trận vận động cán bộ, doanh nghiệp và con "
                "em xa quê ủng hộ được 412 triệu đồng, cùng với 300 triệu đồng ngân sách tỉnh hỗ "
                "trợ theo chương trình xóa nhà tạm.",
            ],
            "results": "xây mới 9 căn nhà, sửa chữa 6 căn cho hộ nghèo, hộ cận nghèo người Dao; "
            "đến nay thôn Nặm Đăm không còn nhà tạm",
            "after": [
                "Năm 2027, Ủy ban MTTQ xã dự kiến nhân rộng cách làm này ra thôn Lùng Vài, nơi "
                "còn 8 hộ ở nhà tạm.",
            ],
            "participants": 145,
            "funds": 412000000,
            "closing": "Ủy ban MTTQ Việt Nam xã kính trình Ban Thường vụ Đảng ủy xã xem xét, "
            "quyết định./.",
            "recipients": ["- Như trên;", "- Khối Dân vận xã;", "- Lưu VT."],
            "sign_block": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
            "signer": ("Nông Thị Lả", "Chủ tịch"),
            "stamp": "ỦY BAN MTTQ VIỆT NAM XÃ TÀ BÓ GIÀNG",
            "traits": [
                "proposal_prose",
                "state_support_beside_funds",
                "situation_figures",
                "other_dates_in_bases",
                "alias_unit_name",
                "tcvn3",
                "tay_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r17-totrinh-tbg-ubnd",
        ("photo",),
        {
            "unit_id": "tbg-ubnd",
            "issuer": ["ỦY BAN NHÂN DÂN", "XÃ TÀ BÓ GIÀNG"],
            "number": "Số: 156/TTr-UBND",
            "date": ("Tà Bó Giàng", 25, 11),
            "to": "Ban Thường vụ Đảng ủy xã Tà Bó Giàng",
            "bases": [
                BASE_PLAN,
                "Căn cứ Quyết định số 412/QĐ-UBND ngày 03/3/2026 của UBND xã về việc kiện toàn "
                "Trung tâm Phục vụ hành chính công xã,",
            ],
            "request": "UBND xã Tà Bó Giàng kính trình Ban Thường vụ Đảng ủy xã xem xét, công "
            "nhận mô hình “Cán bộ một cửa nói tiếng đồng bào” là mô hình “Dân vận khéo” tiêu "
            "biểu năm 2026.",
            "unit": "UBND xã Tà Bó Giàng",
            "unit_alt": ["Ủy ban nhân dân xã Tà Bó Giàng"],
            "model": "Cán bộ một cửa nói tiếng đồng bào",
            "leader": ("Đàm Thị Hồng Vân", "Phó Chủ tịch UBND xã"),
            "position_alt": ["Phó Chủ tịch"],
            "phone": "0915 076 348",
            "location": "Trung tâm Phục vụ hành chính công xã Tà Bó Giàng",
            "location_alt": ["Trung tâm Phục vụ hành chính công xã"],
            "prose": [
                "Mô hình được giao cho đồng chí Đàm Thị Hồng Vân, Phó Chủ tịch UBND xã, số máy "
                "0915 076 348, trực tiếp chỉ đạo tại Trung tâm Phục vụ hành chính công xã Tà Bó "
                "Giàng. Sau sáp nhập, trung tâm tiếp nhận hồ sơ của bốn thôn đồng bào Tày, Dao, "
                "Nùng, nhiều người cao tuổi không đọc thông thạo tiếng phổ thông.",
                "12 công chức, viên chức của trung tâm học và giao tiếp được bằng tiếng Dao hoặc "
                "tiếng Nùng; mỗi sáng thứ Năm có cán bộ xuống thôn nhận hồ sơ tại nhà văn hóa. "
                "Ngân sách xã bố trí 45 triệu đồng in biển chỉ dẫn, tờ gấp song ngữ.",
            ],
            "results": "trong 10 tháng trung tâm giải quyết 2.846 hồ sơ, 100% đúng hạn, 96% "
            "người dân được hỏi hài lòng",
            "participants": 12,
            "closing": "Ủy ban nhân dân xã kính trình Ban Thường vụ Đảng ủy xã xem xét, "
            "quyết định./.",
            "recipients": ["- Như trên;", "- Chủ tịch, các PCT UBND xã;", "- Lưu: VT."],
            "sign_block": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
            "signer": ("Hoàng Quốc Trung", "Chủ tịch"),
            "stamp": "ỦY BAN NHÂN DÂN XÃ TÀ BÓ GIÀNG",
            "traits": [
                "proposal_prose",
                "no_funds",
                "state_budget_not_funds",
                "signer_not_leader",
                "other_dates_in_bases",
                "alias_unit_name",
                "tay_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r18-totrinh-tbg-hoi-phu-nu",
        ("scan",),
        {
            "unit_id": "tbg-hoi-phu-nu",
            "issuer": ["HỘI LHPN TỈNH TUYÊN QUANG", "HỘI LHPN XÃ TÀ BÓ GIÀNG"],
            "number": "Số: 09/TTr-HPN",
            "date": ("Tà Bó Giàng", 2, 12),
            "to": "Ban Thường vụ Đảng ủy xã Tà Bó Giàng",
            "bases": [
                BASE_PLAN,
                "Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội LHPN xã lần thứ 5 ngày 28/11/2026,",
            ],
            "request": "Ban Thường vụ Hội Liên hiệp Phụ nữ xã Tà Bó Giàng kính trình Ban Thường "
            "vụ Đảng ủy xã xem xét, công nhận mô hình “Phụ nữ Dao Nặm Đăm nói không với tảo "
            "hôn” là mô hình “Dân vận khéo” tiêu biểu năm 2026.",
            "unit": "Hội Liên hiệp Phụ nữ xã Tà Bó Giàng",
            "unit_alt": ["HỘI LHPN XÃ TÀ BÓ GIÀNG"],
            "model": "Phụ nữ Dao Nặm Đăm nói không với tảo hôn",
            "leader": ("Phùng Thị Chòi", "Phó Chủ tịch Hội LHPN xã"),
            "position_alt": ["Phó Chủ tịch Hội", "Phó Chủ tịch"],
            "phone": "0399 842 051",
            "location": "thôn Nặm Đăm",
            "prose": [
                "Năm 2025, thôn Nặm Đăm còn 5 trường hợp tảo hôn, 2 trường hợp kết hôn cận "
                "huyết thống. Từ tháng 4/2026, Hội giao đồng chí Phùng Thị Chòi, Phó Chủ tịch Hội "
                "LHPN xã (ĐT: 0399 842 051) phụ trách mô hình tại thôn Nặm Đăm.",
                "64 hội viên của chi hội được chia thành 6 nhóm nòng cốt, mỗi nhóm theo dõi các "
                "em gái từ 13 tuổi trong xóm; hội viên góp quỹ 18.500.000 đồng để thưởng học "
                "sinh nữ đi học đều. Bà Triệu Thị Nhất, người uy tín của thôn, cùng tham gia "
                "tuyên truyền.",
            ],
            "results": "năm 2026 thôn không còn trường hợp tảo hôn, 100% em gái trong độ tuổi "
            "được đi học trung học cơ sở",
            "participants": 64,
            "funds": 18500000,
            "closing": "Ban Thường vụ Hội LHPN xã kính trình Ban Thường vụ Đảng ủy xã xem xét, "
            "quyết định./.",
            "recipients": ["- Như trên;", "- Hội LHPN tỉnh (b/c);", "- Lưu VP."],
            "sign_block": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
            "signer": ("Ma Thị Nhài", "Chủ tịch"),
            "stamp": "HỘI LIÊN HIỆP PHỤ NỮ XÃ TÀ BÓ GIÀNG",
            "traits": [
                "proposal_prose",
                "situation_figures",
                "other_person_in_prose",
                "signer_not_leader",
                "other_dates_in_bases",
                "dao_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("totrinh_congnhan", "report", ("Q11", "Q12"), render, ENTRIES)
