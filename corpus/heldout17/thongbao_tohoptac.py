"""A registration made as a cooperative group's founding notice to the commune ("Thông báo về
việc thành lập tổ hợp tác"): numbered items give the group's name, address, trade, members'
contributions, number of members and representative, and one item ties the group to the
"Dân vận khéo" model under which an association set it up and says what it will do.

After the founding notice that a cooperative group's head sends, with the signed cooperation
contract, to the commune's People's Committee within five working days (S03: Nghị định
77/2019/NĐ-CP: "tên, địa chỉ, ngành, nghề sản xuất, kinh doanh, tổng giá trị phần đóng góp,
người đại diện, số lượng thành viên"; "nhóm liên kết", "câu lạc bộ", "tổ tương trợ" as such
groups) and the associations that found such groups as their model (S04). The members' total
contribution, the contract's date, the representative's ID number and the decree's date are
decoys; a notice carries no funds of a report.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def _value(text: str, hand: bool) -> k.Run:
    return (text, "h") if hand else (text, "")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    hand = v.get("hand", False)
    day, month, year = v["date"][1:]
    k.header_block(
        doc,
        [(v["group_head"], "b", 12), ("───────", ""), (v["number"], "", 12)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
    )
    k.para(doc, ("THÔNG BÁO", "b", 15), align="center", before=12, after=0)
    k.para(doc, (v["subject"], "b", 13), align="center", after=8)
    k.para(doc, ("Kính gửi: ", ""), (v["to"], ""), align="center", after=8)
    k.body(doc, v["intro"])
    for label, value in v["items"]:
        if value in ("@model", None):  # the content's lines under their label
            k.para(doc, (label, "b" if value else ""), first=1.0)
            for line in v["content"]:
                k.para(doc, _value(line, hand), indent=1.0)
        else:
            k.tabbed(doc, [[(label, ""), _value(value, hand)], ""], (16.0,), leader="dot",
                     indent=0.5)  # fmt: skip
    k.body(doc, v["closing"], before=4)
    k.signature(
        doc,
        [("Hồ sơ kèm theo:", "bi", 12), *[(line, "", 12) for line in v["attached"]]],
        [(v["sign_title"], "b"), ("(Ký, ghi rõ họ tên)", "i", 12), "", "", "",
         (v["head"], "b")],
    )  # fmt: skip
    if v.get("received"):
        k.para(doc, "", after=0)
        k.para(doc, (v["received"], "i", 12), align="left")
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
        "content": joined(v["content"]).rstrip(".;"),
        "signed_date": iso(day, month, year),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("registration", fields, v["unit_id"], alt, v["traits"], v["head"], None)


ENTRIES = (
    Entry(
        "r04-tohoptac-pmt-tht-det",
        ("scan", "doc"),
        {
            "unit_id": "pmt-tht-det",
            "group_head": "TỔ HỢP TÁC DỆT THỔ CẨM CHIỀNG MÃ",
            "number": "Số: 01/TB-THT",
            "date": ("Chiềng Mã", 20, 3, 2026),
            "subject": "Về việc thành lập tổ hợp tác",
            "to": "Ủy ban nhân dân xã Phù Mã Thượng",
            "intro": "Căn cứ Nghị định số 77/2019/NĐ-CP ngày 10/10/2019 của Chính phủ về tổ hợp "
            "tác; căn cứ Hợp đồng hợp tác được các thành viên ký ngày 15/3/2026, Tổ hợp tác dệt "
            "thổ cẩm Chiềng Mã thông báo việc thành lập tổ hợp tác như sau:",
            "items": [
                ("1. Tên tổ hợp tác: ", "Tổ hợp tác dệt thổ cẩm Chiềng Mã"),
                ("2. Địa chỉ: ", "thôn Chiềng Mã, xã Phù Mã Thượng, tỉnh Thanh Hóa"),
                ("3. Ngành, nghề sản xuất, kinh doanh: ", "dệt, may và bán sản phẩm thổ cẩm Mường"),
                ("4. Tổng giá trị phần đóng góp của thành viên: ", "84.000.000 đồng"),
                ("5. Số lượng thành viên: ", "14 thành viên"),
                ("6. Người đại diện (tổ trưởng): ", "Quách Thị Nhung"),
                ("    Số định danh cá nhân: ", "038181004527    Điện thoại: 0975 318 462"),
                (
                    "7. Tổ hợp tác được thành lập từ mô hình “Dân vận khéo” “Phụ nữ Mường giữ "
                    "nghề dệt” (mô hình tập thể, lĩnh vực kinh tế) do Hội Liên hiệp Phụ nữ xã vận "
                    "động. Nội dung hoạt động:",
                    "@model",
                ),
            ],
            "content": [
                "- Tổ chức cho thành viên dệt tại nhà theo mẫu thống nhất, tổ trưởng giao sợi, "
                "nhận hàng và kiểm tra chất lượng;",
                "- Liên kết với cơ sở du lịch cộng đồng và cửa hàng OCOP của tỉnh để bán sản phẩm;",
                "- Trích 5% doanh thu lập quỹ giúp thành viên khó khăn mua khung cửi.",
            ],
            "closing": "Tổ hợp tác cam kết hoạt động đúng hợp đồng hợp tác và quy định của pháp "
            "luật; đề nghị Ủy ban nhân dân xã ghi vào sổ theo dõi tổ hợp tác trên địa bàn.",
            "attached": ["- Hợp đồng hợp tác;", "- Danh sách thành viên."],
            "sign_title": "TỔ TRƯỞNG",
            "head": "Quách Thị Nhung",
            "leader": ("Quách Thị Nhung", "Tổ trưởng"),
            "position_alt": ["Người đại diện (tổ trưởng)", "Người đại diện"],
            "phone": "0975 318 462",
            "model": "Phụ nữ Mường giữ nghề dệt",
            "type": "collective",
            "domain": "economy",
            "location": "thôn Chiềng Mã, xã Phù Mã Thượng, tỉnh Thanh Hóa",
            "location_alt": ["thôn Chiềng Mã", "thôn Chiềng Mã, xã Phù Mã Thượng"],
            "unit": "Tổ hợp tác dệt thổ cẩm Chiềng Mã",
            "unit_alt": ["TỔ HỢP TÁC DỆT THỔ CẨM CHIỀNG MÃ"],
            "traits": [
                "cooperative_group_notice",
                "numbered_items",
                "dot_leaders",
                "model_in_item",
                "decoy_contributions",
                "decoy_contract_date",
                "decoy_decree_date",
                "decoy_id_number",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r05-tohoptac-pmt-tht-choi-chit",
        ("photo",),
        {
            "unit_id": "pmt-tht-choi-chit",
            "hand": True,
            "group_head": "TỔ HỢP TÁC CHỔI CHÍT ĐỒNG MUỐN",
            "number": "Số: ......./TB-THT",
            "date": ("Đồng Muốn", 4, 5, 2026),
            "subject": "Về việc thành lập tổ hợp tác",
            "to": "Ủy ban nhân dân xã Phù Mã Thượng",
            "intro": "Thực hiện Nghị định số 77/2019/NĐ-CP của Chính phủ về tổ hợp tác, chúng tôi "
            "thông báo việc thành lập tổ hợp tác như sau:",
            "items": [
                ("Tên tổ hợp tác: ", "Tổ hợp tác làm chổi chít thôn Đồng Muốn"),
                ("Địa chỉ trụ sở: ", "nhà văn hóa thôn Đồng Muốn"),
                ("Ngành, nghề: ", "thu mua bông chít, làm và bán chổi chít"),
                ("Tổng giá trị phần đóng góp: ", "45 triệu đồng"),
                ("Số lượng thành viên: ", "22"),
                ("Họ và tên tổ trưởng: ", "Đinh Thị Hiền"),
                ("Tổ phó: ", "Bùi Văn Toản, ĐT 0868 205 913"),
                ("Thuộc mô hình: ", "“Chi hội nông dân Đồng Muốn cùng làm giàu từ cây chít”"),
                ("Nội dung hoạt động:", None),
            ],
            "content": [
                "Mua bông chít của bà con trồng trên đồi với giá ổn định;",
                "Làm chổi theo tổ, chia việc cho người cao tuổi, phụ nữ nông nhàn;",
                "Bán chổi cho thương lái và qua chợ phiên.",
            ],
            "closing": "Đề nghị Ủy ban nhân dân xã xác nhận và tạo điều kiện cho tổ hợp tác hoạt "
            "động.",
            "attached": ["- Hợp đồng hợp tác ngày 28/4/2026."],
            "sign_title": "TỔ TRƯỞNG TỔ HỢP TÁC",
            "head": "Đinh Thị Hiền",
            "leader": ("Đinh Thị Hiền", "Tổ trưởng"),
            "position_alt": ["Tổ trưởng tổ hợp tác"],
            "model": "Chi hội nông dân Đồng Muốn cùng làm giàu từ cây chít",
            "location": "nhà văn hóa thôn Đồng Muốn",
            "location_alt": ["thôn Đồng Muốn"],
            "unit": "Tổ hợp tác làm chổi chít thôn Đồng Muốn",
            "unit_alt": ["TỔ HỢP TÁC CHỔI CHÍT ĐỒNG MUỐN", "Tổ hợp tác chổi chít Đồng Muốn"],
            "traits": [
                "cooperative_group_notice",
                "handwritten_fill",
                "dot_leaders",
                "label_own_line",
                "decoy_deputy_phone",
                "decoy_contributions",
                "decoy_contract_date",
                "number_blank",
                "no_phone",
                "no_type_no_domain",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r06-tohoptac-pmt-tht-buoi",
        ("scan",),
        {
            "unit_id": "pmt-tht-buoi",
            "group_head": "TỔ HỢP TÁC SẢN XUẤT BƯỞI SẠCH CỐC MƯỜNG",
            "number": "Số: 02/TB-THT",
            "date": ("Phù Mã Thượng", 17, 8, 2026),
            "subject": "Về việc thành lập tổ hợp tác và đăng ký mô hình “Dân vận khéo”",
            "to": "Ủy ban nhân dân xã Phù Mã Thượng; Ban Chỉ đạo “Dân vận khéo” xã",
            "intro": "Sau khi các thành viên ký hợp đồng hợp tác, tổ trưởng xin thông báo việc "
            "thành lập tổ hợp tác và đăng ký tổ là mô hình “Dân vận khéo” năm 2026 với các nội "
            "dung sau:",
            "items": [
                ("1. Tên tổ hợp tác: ", "Tổ hợp tác sản xuất bưởi sạch Cốc Mường"),
                ("2. Địa bàn sản xuất: ", "đồi Cốc Mường và khu vườn đồi thôn Đồng Muốn"),
                ("3. Ngành, nghề: ", "trồng, chăm sóc, tiêu thụ bưởi theo VietGAP"),
                ("4. Số thành viên: ", "18 hộ; tổng giá trị phần đóng góp: 126.000.000 đồng"),
                ("5. Người đại diện: ", "Quách Văn Lảy, Trưởng thôn Cốc Mường"),
                ("6. Điện thoại liên hệ: ", "(+84) 912 407 355"),
                ("7. Tên mô hình: ", "Hội viên nông dân liên kết trồng bưởi sạch Cốc Mường"),
                ("8. Loại mô hình, lĩnh vực: ", "tập thể – kinh tế"),
                ("9. Nội dung, cách làm:", None),
            ],
            "content": [
                "a) Cả tổ cùng chăm sóc theo một quy trình, ghi nhật ký vườn, không dùng thuốc "
                "diệt cỏ;",
                "b) Cán bộ khuyến nông của tỉnh hướng dẫn kỹ thuật, Hội Nông dân xã hỗ trợ làm mã "
                "số vùng trồng;",
                "c) Tổ ký hợp đồng bao tiêu với Hợp tác xã Nông nghiệp Sông Mã, thu mua theo giá "
                "sàn.",
            ],
            "closing": "Kính đề nghị Ủy ban nhân dân xã ghi nhận tổ hợp tác và Ban Chỉ đạo công "
            "nhận mô hình.",
            "attached": ["- Hợp đồng hợp tác;", "- Biên bản họp thành lập tổ ngày 10/8/2026."],
            "sign_title": "NGƯỜI ĐẠI DIỆN TỔ HỢP TÁC",
            "head": "Quách Văn Lảy",
            "received": "Ủy ban nhân dân xã đã nhận hồ sơ ngày 18/8/2026, vào sổ số 07.",
            "leader": ("Quách Văn Lảy", "Trưởng thôn Cốc Mường"),
            "position_alt": ["Người đại diện", "Trưởng thôn"],
            "phone": "(+84) 912 407 355",
            "model": "Hội viên nông dân liên kết trồng bưởi sạch Cốc Mường",
            "type": "collective",
            "domain": "economy",
            "location": "đồi Cốc Mường và khu vườn đồi thôn Đồng Muốn",
            "location_alt": ["đồi Cốc Mường", "thôn Cốc Mường"],
            "unit": "Tổ hợp tác sản xuất bưởi sạch Cốc Mường",
            "unit_alt": [
                "TỔ HỢP TÁC SẢN XUẤT BƯỞI SẠCH CỐC MƯỜNG",
                "Tổ hợp tác bưởi sạch Cốc Mường",
            ],
            "traits": [
                "cooperative_group_notice",
                "numbered_items",
                "dot_leaders",
                "phone_international",
                "type_domain_one_item",
                "decoy_received_date",
                "decoy_meeting_date",
                "decoy_contributions",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("thongbao_tohoptac", "registration", ("S03", "S04"), render, ENTRIES)
