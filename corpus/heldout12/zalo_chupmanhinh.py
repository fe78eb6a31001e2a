"""A registration sent in a Zalo group, as a phone screenshot: bubbles, names and times on top.

After the way units answer a steering board's call in its chat group (Z06: a group on Zalo, the
officer's reminder listing what to send, members answering in several short messages) and the
screenshots that officers print or forward for the file (Z07: the phone's status bar, the
group's bar with its name and member count, a day separator, each bubble headed by the sender's
name and the time, the sender's own messages on the right in blue, the message box at the
bottom). The registration is split over several bubbles; another member's message comes between
them; the officer's reminder and thanks name other people. The page is the phone's screen.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, joined, phone_digits

BLUE_BAR = "0068FF"
MINE = "D6E9FF"
THEIRS = "EEF1F5"
GREY = RGBColor(0x6B, 0x72, 0x80)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _bubble(doc: Document, sender: str, time: str, lines: list[str], mine: bool) -> None:
    tbl = k.table(doc, 1, (6.4,), grid=False)
    tbl.alignment = WD_TABLE_ALIGNMENT.RIGHT if mine else WD_TABLE_ALIGNMENT.LEFT
    cell = tbl.cell(0, 0)
    _shade(cell, MINE if mine else THEIRS)
    head = cell.paragraphs[0]
    head.paragraph_format.space_after = Pt(1)
    name = head.add_run(f"{sender}  " if not mine else "")
    name.bold = True
    name.font.size = Pt(8)
    name.font.color.rgb = RGBColor(0xB0, 0x4A, 0x12) if not mine else GREY
    stamp = head.add_run(time)
    stamp.font.size = Pt(7.5)
    stamp.font.color.rgb = GREY
    for line in lines:
        paragraph = cell.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(1)
        run = paragraph.add_run(line)
        run.font.size = Pt(9.5)
    k.para(doc, ("", "", 4), after=0)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=9.5, font="Arial")
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(9.6), Cm(20.8)
    section.top_margin = section.bottom_margin = Cm(0.4)
    section.left_margin = section.right_margin = Cm(0.4)
    k.tabbed(doc, [(v["clock"], "b", 9), (v["battery"], "b", 8)], [8.7], right_last=True)
    bar = k.table(doc, 1, (8.8,), grid=False)
    _shade(bar.cell(0, 0), BLUE_BAR)
    title = bar.cell(0, 0).paragraphs[0]
    run = title.add_run(f"‹  {v['group']}")
    run.bold, run.font.size = True, Pt(10.5)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    info = bar.cell(0, 0).add_paragraph()
    run = info.add_run(f"     {v['members']} thành viên")
    run.font.size, run.font.color.rgb = Pt(8), RGBColor(0xE6, 0xEE, 0xFF)
    k.para(doc, (v["day"], "", 8), align="center", before=4, after=4)
    for sender, time, lines, mine in v["messages"]:
        _bubble(doc, sender, time, lines, mine)
    k.para(doc, ("☺  Tin nhắn                                          ➤", "", 9), align="left",
           before=4, after=0)  # fmt: skip
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
        "content": joined(v["content"]),
        "signed_date": None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("registration", fields, v["unit_id"], alt, v["traits"])


ENTRIES = (
    Entry(
        "w10-zalo-bst-cb-ap-bao-sen",
        ("scan", "doc"),
        {
            "unit_id": "bst-cb-ap-bao-sen",
            "clock": "9:41",
            "battery": "4G  78%",
            "group": "DVK xã Bào Sen Tây 2026",
            "members": 38,
            "day": "08:05 Thứ Hai, 09/03/2026",
            "unit": "Chi bộ ấp Bào Sen",
            "model": "Tuyến kênh xanh – sạch – không rác",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Lê Văn Hai", "Bí thư Chi bộ kiêm Trưởng ấp"),
            "position_alt": ["Bí thư Chi bộ", "Trưởng ấp"],
            "phone": "0945 736 208",
            "location": "dọc kênh Bào Sen, ấp Bào Sen",
            "content": [
                "- Mỗi hộ ven kênh đặt 1 thùng rác có nắp, tổ thu gom 2 lần/tuần;",
                "- Vớt lục bình, rác trên kênh mỗi sáng Chủ nhật;",
                "- Trồng 500 cây bần, dừa nước giữ bờ kênh.",
            ],
            "messages": [
                (
                    "Nguyễn Thị Diễm",
                    "08:05",
                    [
                        "Nhắc các đơn vị gửi đăng ký mô hình DVK năm 2026 trước 15/3 nha. Ghi "
                        "đủ: tên MH, người phụ trách + SĐT, lĩnh vực, loại, địa bàn, nội dung."
                    ],
                    True,
                ),
                (
                    "Lê Văn Hai",
                    "08:12",
                    ["Chi bộ ấp Bào Sen đăng ký mô hình “Tuyến kênh xanh – sạch – không rác” ạ"],
                    False,
                ),
                (
                    "Lê Văn Hai",
                    "08:13",
                    [
                        "Người phụ trách: Lê Văn Hai – Bí thư Chi bộ kiêm Trưởng ấp. "
                        "SĐT 0945 736 208"
                    ],
                    False,
                ),
                (
                    "Trần Minh Thư",
                    "08:14",
                    ["Hội ND xin gửi chiều nay nhé chị Diễm, cần gì chị gọi anh Tư 0834 229 061"],
                    False,
                ),
                (
                    "Lê Văn Hai",
                    "08:15",
                    [
                        "Địa bàn: dọc kênh Bào Sen, ấp Bào Sen",
                        "Lĩnh vực: văn hóa - xã hội. Loại: tập thể",
                    ],
                    False,
                ),
                (
                    "Lê Văn Hai",
                    "08:20",
                    [
                        "Nội dung:",
                        "- Mỗi hộ ven kênh đặt 1 thùng rác có nắp, tổ thu gom 2 lần/tuần;",
                        "- Vớt lục bình, rác trên kênh mỗi sáng Chủ nhật;",
                        "- Trồng 500 cây bần, dừa nước giữ bờ kênh.",
                    ],
                    False,
                ),
                ("Nguyễn Thị Diễm", "08:31", ["Đã nhận, cảm ơn anh Hai nhiều!"], True),
            ],
            "traits": [
                "chat_screenshot",
                "registration_split_over_messages",
                "interleaved_other_sender",
                "decoy_other_phone",
                "no_date_line",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w11-zalo-hoi-nong-dan",
        ("photo",),
        {
            "unit_id": "hoi-nong-dan",
            "clock": "16:07",
            "battery": "5G  41%",
            "group": "Khối Dân vận xã Nghĩa Thái",
            "members": 26,
            "day": "15:20 Thứ Năm, 28/03/2024",
            "unit": "Hội Nông dân xã Nghĩa Thái",
            "unit_alt": ["Hội Nông dân xã"],
            "model": "Tổ hội nghề nghiệp trồng cam an toàn",
            "domain": "economy",
            "leader": ("Hồ Văn Quế", "Tổ trưởng tổ hội nghề nghiệp"),
            "position_alt": ["Tổ trưởng"],
            "phone": "0986 142 733",
            "location": "xóm 6 và xóm 9",
            "content": [
                "1. Tập huấn quy trình VietGAP cho 35 hộ trồng cam;",
                "2. Mua chung phân bón, thuốc sinh học để giảm giá;",
                "3. Liên hệ thương lái bao tiêu, làm tem truy xuất nguồn gốc.",
            ],
            "messages": [
                (
                    "Phan Thị Hằng",
                    "15:20",
                    ["Mời các đồng chí gửi đăng ký mô hình năm 2024 trên nhóm để tổng hợp."],
                    False,
                ),
                (
                    "Nguyễn Đình Lộc",
                    "15:32",
                    [
                        "Hội Nông dân xã Nghĩa Thái gửi đăng ký ạ.",
                        "Tên mô hình: Tổ hội nghề nghiệp trồng cam an toàn",
                        "Lĩnh vực: kinh tế",
                    ],
                    False,
                ),
                (
                    "Nguyễn Đình Lộc",
                    "15:34",
                    [
                        "Phụ trách là ông Hồ Văn Quế, tổ trưởng tổ hội nghề nghiệp, "
                        "ĐT 0986.142.733. Làm ở xóm 6 và xóm 9."
                    ],
                    False,
                ),
                (
                    "Nguyễn Đình Lộc",
                    "15:36",
                    [
                        "Cách làm:",
                        "1. Tập huấn quy trình VietGAP cho 35 hộ trồng cam;",
                        "2. Mua chung phân bón, thuốc sinh học để giảm giá;",
                        "3. Liên hệ thương lái bao tiêu, làm tem truy xuất nguồn gốc.",
                    ],
                    False,
                ),
                ("Tôi", "15:41", ["Ok anh Lộc, em ghi nhận rồi."], True),
            ],
            "traits": [
                "chat_screenshot",
                "registration_split_over_messages",
                "poster_not_leader",
                "content_label_cach_lam",
                "no_date_line",
                "unit_not_in_units_file",
            ],
        },
    ),
    Entry(
        "w12-zalo-bst-ban-chqs",
        ("scan",),
        {
            "unit_id": "bst-ban-chqs",
            "clock": "20:18",
            "battery": "4G  63%",
            "group": "DVK xã Bào Sen Tây 2026",
            "members": 38,
            "day": "19:52 Thứ Ba, 10/03/2026",
            "unit": "Ban CHQS xã Bào Sen Tây",
            "unit_alt": ["Ban Chỉ huy Quân sự xã Bào Sen Tây"],
            "model": "Dân quân cùng dân gia cố đê bao mùa triều cường",
            "type": "collective",
            "domain": "security_defense",
            "leader": ("Châu Văn Sang", "Chỉ huy trưởng Ban CHQS xã"),
            "position_alt": ["Chỉ huy trưởng"],
            "phone": "0869 315 744",
            "location": "đê bao ven sông Gành Hào, ấp Xẻo Mắm",
            "content": [
                "+ Tổ chức 3 tổ dân quân trực đê bao các đợt triều cường tháng 9 – 11;",
                "+ Cùng bà con đắp, gia cố 2,5 km đê bao bằng cừ tràm và bao đất;",
                "+ Hướng dẫn hộ dân di dời tài sản khi có cảnh báo.",
            ],
            "messages": [
                (
                    "Danh Hoàng Em",
                    "19:52",
                    [
                        "Em gửi thay anh Sang (CHT), Ban CHQS xã Bào Sen Tây đăng ký mô hình "
                        "“Dân quân cùng dân gia cố đê bao mùa triều cường”, tập thể, lĩnh vực "
                        "quốc phòng - an ninh"
                    ],
                    False,
                ),
                (
                    "Danh Hoàng Em",
                    "19:55",
                    [
                        "Phụ trách: đ/c Châu Văn Sang, Chỉ huy trưởng Ban CHQS xã, 0869 315 744",
                        "Địa bàn: đê bao ven sông Gành Hào, ấp Xẻo Mắm",
                    ],
                    False,
                ),
                (
                    "Nguyễn Thị Diễm",
                    "20:01",
                    ["Anh Em bổ sung nội dung giúp chị nha, còn thiếu"],
                    True,
                ),
                (
                    "Danh Hoàng Em",
                    "20:09",
                    [
                        "Dạ nội dung:",
                        "+ Tổ chức 3 tổ dân quân trực đê bao các đợt triều cường tháng 9 – 11;",
                        "+ Cùng bà con đắp, gia cố 2,5 km đê bao bằng cừ tràm và bao đất;",
                        "+ Hướng dẫn hộ dân di dời tài sản khi có cảnh báo.",
                    ],
                    False,
                ),
                ("Châu Văn Sang", "20:15", ["Cảm ơn chị Diễm, Em đã gửi đúng ý anh."], False),
            ],
            "traits": [
                "chat_screenshot",
                "registration_split_over_messages",
                "poster_not_leader",
                "type_domain_in_sentence",
                "no_date_line",
                "alias_unit_name",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("zalo_chupmanhinh", "registration", ("Z06", "Z07"), render, ENTRIES)
