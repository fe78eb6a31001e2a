"""A chat group's conversation (Zalo) printed to PDF, one member's message being the registration.

After exports of group chats (B07: messages of Zalo and Facebook Messenger as blocks; B11: a
chat history as messages with a sender, a text and a timestamp, exported): the group's name and member count, a day separator, then bubbles —
the sender's name over the text and the time under it, the exporter's own messages on the right.
The steering board's officer asks for registrations with a template; one member answers with the
unit's registration as "label: value" lines; others reply ("Đã nhận", a thumbs-up, another
unit's short promise), one of them naming another person and phone.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, joined, phone_digits


def _bubble(doc: Document, sender: str, lines: list[str], time: str, mine: bool) -> None:
    tbl = k.table(doc, 1, (10.5,))
    tbl.alignment = WD_TABLE_ALIGNMENT.RIGHT if mine else WD_TABLE_ALIGNMENT.LEFT
    k.cell_text(
        tbl.cell(0, 0),
        [("" if mine else sender, "b", 9), *lines, (time, "i", 8)],
        size=0,
    )
    k.para(doc, "", after=2)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=11, font="Arial")
    k.para(doc, (v["group"], "b", 13), align="left", after=0)
    k.para(doc, (f"{v['members']} thành viên · Nhóm Zalo", "", 9), align="left", after=8)
    k.para(doc, (v["day"], "i", 9), align="center", after=6)
    person, position = v["leader"]
    for message in v["before"]:
        _bubble(doc, *message)
    reg = [v["opening"]]
    reg += [f"{label}: {value}" for label, value in v["lines"]]
    if v.get("content_inline"):
        reg.append(f"{v['content_label']} {' '.join(v['content'])}")
    else:
        reg.append(v["content_label"])
        reg += v["content"]
    _bubble(doc, v["poster"], reg, v["time"], v.get("mine", False))
    for message in v["after"]:
        _bubble(doc, *message)
    k.para(doc, ("Xuất từ Zalo PC · Trang 1", "", 8), align="right", before=6)
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("registration", fields, v["unit_id"], alt, v["traits"])


ASK = (
    "Đề nghị các đơn vị đăng ký mô hình “Dân vận khéo” năm 2026 trước ngày 15/3 theo mẫu: "
    "Đơn vị / Tên mô hình / Người phụ trách, chức vụ, SĐT / Địa bàn / Nội dung."
)

ENTRIES = (
    Entry(
        "q04-zalo-tdn-cb-ap-suoi-ca",
        ("scan", "doc"),
        {
            "unit_id": "tdn-cb-ap-suoi-ca",
            "group": "BCĐ Dân vận khéo xã Tân Đức Nam 2026",
            "members": 47,
            "day": "Thứ Hai, 09/03/2026",
            "before": [
                ("Huỳnh Ngọc Hân (MTTQ)", [ASK], "07:42", False),
                ("Trần Văn Tới", ["Ấp Bàu Tre sẽ gửi bản giấy trong tuần ạ."], "08:05", False),
            ],
            "poster": "Điểu Lâm",
            "time": "09:18",
            "opening": "Chi bộ ấp Suối Cả xin đăng ký ạ:",
            "unit_line": "Chi bộ ấp Suối Cả",
            "model": "Đồng bào S'tiêng giữ rừng, giữ đất",
            "leader": ("Điểu Lâm", "Bí thư Chi bộ ấp"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0978 551 302",
            "location": "ấp Suối Cả",
            "lines": [
                ("- Tên mô hình", "Đồng bào S'tiêng giữ rừng, giữ đất"),
                ("- Người phụ trách", "Điểu Lâm - Bí thư Chi bộ ấp - 0978 551 302"),
                ("- Địa bàn", "ấp Suối Cả"),
            ],
            "content_label": "- Nội dung:",
            "content": [
                "+ Vận động hộ đồng bào không bán đất, không sang nhượng rẫy trái phép;",
                "+ Tổ tuần tra rừng 8 người, mỗi tuần đi 2 lần cùng Kiểm lâm;",
                "+ Hướng dẫn trồng xen cây dược liệu dưới tán rừng.",
            ],
            "after": [
                ("Huỳnh Ngọc Hân (MTTQ)", ["Đã nhận, cảm ơn anh Lâm 👍"], "09:25", False),
                (
                    "Lê Văn Mười",
                    ["Hội ND đăng ký sau, liên hệ anh Tư Hòa 0913 440 817 nhé."],
                    "10:02",
                    False,
                ),
            ],
            "traits": [
                "chat_export",
                "several_senders",
                "no_signed_date",
                "stieng_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q05-zalo-tdn-hoi-nong-dan",
        ("photo",),
        {
            "unit_id": "tdn-hoi-nong-dan",
            "group": "Hội Nông dân xã Tân Đức Nam",
            "members": 23,
            "day": "Thứ Năm, 12/03/2026",
            "mine": True,
            "before": [
                (
                    "Đinh Thị Út",
                    ["Anh Mười ơi, hội mình đăng ký mô hình chưa anh?"],
                    "14:10",
                    False,
                ),
            ],
            "poster": "Lê Văn Mười",
            "time": "14:31",
            "opening": "Hội Nông dân xã Tân Đức Nam đăng ký mô hình tập thể, lĩnh vực kinh tế:",
            "unit_line": "Hội Nông dân xã Tân Đức Nam",
            "type": "collective",
            "domain": "economy",
            "model": "Tổ hợp tác nuôi bò sinh sản dưới tán cao su",
            "leader": ("Lê Văn Mười", "Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0913440186",
            "location": "ấp Bàu Tre",
            "lines": [
                ("Tên mô hình", "Tổ hợp tác nuôi bò sinh sản dưới tán cao su"),
                ("Người phụ trách", "Lê Văn Mười, Chủ tịch Hội Nông dân xã"),
                ("ĐT", "0913440186"),
                ("Địa bàn", "ấp Bàu Tre"),
            ],
            "content_label": "Nội dung:",
            "content": [
                "1. Vận động 15 hộ hội viên góp vốn mua bò giống;",
                "2. Trồng cỏ dưới tán cao su, ủ phân bò bón cho vườn;",
                "3. Mời cán bộ thú y tập huấn tiêm phòng.",
            ],
            "after": [
                ("Đinh Thị Út", ["❤️"], "14:33", False),
                (
                    "Trần Văn Tới",
                    ["Chi bộ Bàu Tre thống nhất, ấp sẽ hỗ trợ chỗ làm chuồng."],
                    "15:02",
                    False,
                ),
            ],
            "traits": [
                "chat_export",
                "several_senders",
                "no_signed_date",
                "own_message_right",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q06-zalo-cb-xom-7",
        ("scan",),
        {
            "unit_id": "cb-xom-7",
            "group": "Đảng bộ xã Nghĩa Thái",
            "members": 61,
            "day": "Thứ Tư, 27/03/2024",
            "before": [
                (
                    "Khối Dân vận xã",
                    [ASK.replace("2026", "2024").replace("15/3", "05/4")],
                    "08:00",
                    False,
                ),
            ],
            "poster": "Bùi Đức Thắng",
            "time": "20:47",
            "opening": "Chi bộ xóm 7 báo cáo đăng ký:",
            "unit_line": "Chi bộ xóm 7",
            "model": "Xóm 7 sáng – xanh – sạch",
            "leader": ("Bùi Đức Thắng", "Bí thư Chi bộ"),
            "location": "Đường trục xóm 7",
            "location_alt": ["xóm 7"],
            "lines": [
                ("Mô hình", "Xóm 7 sáng – xanh – sạch"),
                ("Phụ trách", "đ/c Bùi Đức Thắng, Bí thư Chi bộ"),
                ("Địa bàn", "Đường trục xóm 7"),
            ],
            "content_label": "Nội dung:",
            "content": ["lắp đèn đường, trồng hoa hai bên đường, mỗi tháng tổng vệ sinh 1 lần"],
            "content_inline": True,
            "after": [
                (
                    "Khối Dân vận xã",
                    ["Xóm 7 gửi thêm số điện thoại người phụ trách nhé."],
                    "21:03",
                    False,
                ),
            ],
            "traits": ["chat_export", "several_senders", "no_signed_date", "no_phone"],
        },
    ),
)

LAYOUT = Layout("zalo_nhom", "registration", ("B07", "B11"), render, ENTRIES)
