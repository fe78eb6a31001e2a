"""A forwarded e-mail pasted into Word and printed: the registration is inside the forwarded mail.

After the way registrations reach a commune board by mail (Q03): a village sends its registration
to the commune office's shared mailbox, the office forwards it to the board with a note of its
own, and the board pastes the whole thread into Word to print and file it (Q04). The forwarder's
header lines ("Từ:", "Gửi:", "Ngày:", "Chủ đề: Fwd: …"), the forwarder's note and signature
(another person, another phone; once a correction of the phone), "---------- Forwarded message
---------" with the original's header lines, the registration as the village typed it (labels
run into the text, type and domain on one line), its date line and sender's name, and under it
the office's earlier call for registrations quoted with ">" (a deadline, an example model of
another village with its leader, the office's contact).
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.shared import RGBColor

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits

GREY = RGBColor(0x5F, 0x63, 0x68)
QUOTE = RGBColor(0x50, 0x50, 0x50)


def _line(doc: Document, text: str, *, bold_label: bool = True, after: float = 0.0) -> None:
    label, _, rest = text.partition(": ")
    if bold_label and rest:
        k.para(doc, (label + ": ", "b"), rest, align="left", after=after)
    else:
        k.para(doc, text, align="left", after=after)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=11, font="Arial")
    for line in v["outer_head"]:
        _line(doc, line)
    k.para(doc, "", after=4)
    for line in v["note"]:
        k.para(doc, line, align="left", after=2)
    k.para(doc, "", after=2)
    k.para(doc, "---------- Forwarded message ---------", align="left", after=0)
    for line in v["inner_head"]:
        _line(doc, line)
    k.para(doc, "", after=4)
    k.para(doc, v["greeting"], align="left", after=2)
    k.para(doc, v["opening"], align="left", after=2)
    for line in v["items"]:
        k.para(doc, line, align="left", after=2)
    for line in v["content"]:
        k.para(doc, line, align="left", indent=0.5, after=2)
    place, day, month, year = v["date"]
    if day:
        k.para(doc, date_line(place, day, month, year), align="left", before=4, after=2)
    for line in v["closing"]:
        k.para(doc, line, align="left", after=0)
    k.para(doc, "", after=4)
    k.para(doc, (v["quoted_head"], "", 10), align="left", after=2)
    for line in v["quoted"]:
        p = k.para(doc, (f"> {line}", "", 10), align="left", indent=0.3, after=0)
        p.runs[0].font.color.rgb = QUOTE

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
        "signed_date": iso(day, month, year),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("registration", fields, v["unit_id"], alt, v["traits"])


QUOTED_TBG = [
    "Kính gửi các chi bộ, đoàn thể, cơ quan trên địa bàn xã,",
    "Thực hiện Kế hoạch số 09-KH/ĐU ngày 12/02/2026, Văn phòng đề nghị các đơn vị gửi đăng ký "
    "mô hình “Dân vận khéo” năm 2026 về hộp thư này trước ngày 20/3/2026, gồm: tên đơn vị, tên "
    "mô hình, loại, lĩnh vực, người phụ trách và số điện thoại, nơi thực hiện, nội dung.",
    "Các đơn vị có thể tham khảo mô hình “Đường sáng, nhà sạch, thôn xanh” của Chi bộ thôn Khuổi "
    "Hảo năm 2025 do đồng chí Ma Văn Slình, Bí thư Chi bộ phụ trách.",
    "Trân trọng!",
    "Ma Thị Hiền - Văn phòng Đảng ủy xã, ĐT 0868 203 719",
]

ENTRIES = (
    Entry(
        "r04-chuyentiep-tbg-cb-nam-dam",
        ("scan", "doc"),
        {
            "unit_id": "tbg-cb-nam-dam",
            "outer_head": [
                "Từ: Văn phòng Đảng ủy xã Tà Bó Giàng <vanphong@tabogiang.test>",
                "Gửi: Ban Xây dựng Đảng <banxaydungdang@tabogiang.test>",
                "Ngày: Thứ Sáu, 13 tháng 3, 2026 08:52",
                "Chủ đề: Fwd: Đăng ký DVK 2026 thôn Nặm Đăm",
            ],
            "note": [
                "Kính gửi Ban,",
                "Văn phòng chuyển tiếp bản đăng ký của thôn Nặm Đăm gửi vào hộp thư chung tối qua.",
                "Trân trọng,",
                "Ma Thị Hiền",
                "Văn phòng Đảng ủy xã Tà Bó Giàng | ĐT: 0207 3855 146",
            ],
            "inner_head": [
                "Từ: Bàn Văn Tòn <bantoncbnamdam@gmail.test>",
                "Date: Th 5, 12 thg 3, 2026 lúc 20:41",
                "Subject: Đăng ký DVK 2026 thôn Nặm Đăm",
                "To: <vanphong@tabogiang.test>",
            ],
            "greeting": "Kính gửi: Văn phòng Đảng ủy xã Tà Bó Giàng",
            "opening": "Chi bộ thôn Nặm Đăm xin đăng ký mô hình “Dân vận khéo” năm 2026 như sau:",
            "unit": "Chi bộ thôn Nặm Đăm",
            "model": "Người Dao Nặm Đăm giữ rừng quế đầu nguồn",
            "type": "collective",
            "domain": "economy",
            "leader": ("Bàn Văn Tòn", "Bí thư Chi bộ"),
            "phone": "0971 384 502",
            "location": "thôn Nặm Đăm, khu rừng đầu nguồn Khuổi Nặm",
            "location_alt": ["thôn Nặm Đăm"],
            "items": [
                "Tên mô hình: Người Dao Nặm Đăm giữ rừng quế đầu nguồn",
                "Loại: tập thể. Lĩnh vực: kinh tế",
                "Người phụ trách: Bàn Văn Tòn - Bí thư Chi bộ, ĐT 0971 384 502",
                "Thực hiện ở: thôn Nặm Đăm, khu rừng đầu nguồn Khuổi Nặm",
                "Nội dung:",
            ],
            "content": [
                "+ Chia 126 ha rừng quế đầu nguồn cho 6 tổ hộ nhận giữ, mỗi tổ có 1 đảng viên.",
                "+ Đưa việc giữ rừng vào hương ước thôn, không đốt nương gần bìa rừng.",
                "+ Trồng xen 8 ha quế mới ở chỗ đất trống.",
            ],
            "date": ("Nặm Đăm", 12, 3, 2026),
            "closing": ["Bàn Văn Tòn", "Bí thư chi bộ thôn Nặm Đăm"],
            "quoted_head": "Vào Th 2, 2 thg 3, 2026 vào lúc 08:15 Văn phòng Đảng ủy xã Tà Bó "
            "Giàng <vanphong@tabogiang.test> đã viết:",
            "quoted": QUOTED_TBG,
            "traits": [
                "forwarded_mail",
                "quoted_earlier_mail",
                "forwarder_not_unit",
                "type_and_domain_one_line",
                "dao_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r05-chuyentiep-tbg-hoi-nong-dan",
        ("photo",),
        {
            "unit_id": "tbg-hoi-nong-dan",
            "outer_head": [
                "Từ: Văn phòng Đảng ủy xã Tà Bó Giàng <vanphong@tabogiang.test>",
                "Gửi: Ban Xây dựng Đảng <banxaydungdang@tabogiang.test>",
                "Ngày: Thứ Hai, 16 tháng 3, 2026 14:05",
                "Chủ đề: Fwd: Hội ND đăng ký mô hình",
            ],
            "note": [
                "Kính gửi Ban,",
                "Văn phòng chuyển bản đăng ký của Hội Nông dân. Anh Tằng vừa gọi điện nhờ sửa giúp: "
                "số điện thoại của anh Lịch ghi trong thư bị gõ nhầm, số đúng là 0965 720 318.",
                "Trân trọng,",
                "Ma Thị Hiền",
                "Văn phòng Đảng ủy xã Tà Bó Giàng | ĐT: 0207 3855 146",
            ],
            "inner_head": [
                "Từ: Hoàng Văn Tằng <tanghoinongdan@gmail.test>",
                "Date: Ch 7, 14 thg 3, 2026 lúc 10:02",
                "Subject: Hội ND đăng ký mô hình",
                "To: <vanphong@tabogiang.test>",
            ],
            "greeting": "Kính gửi: Ban Thường vụ Đảng ủy xã",
            "opening": "Hội ND xã Tà Bó Giàng đăng ký xây dựng mô hình “Dân vận khéo” năm 2026:",
            "unit": "Hội ND xã Tà Bó Giàng",
            "unit_alt": ["Hội Nông dân xã Tà Bó Giàng"],
            "model": "Tổ hợp tác nuôi lợn đen bản địa thả vườn",
            "domain": "economy",
            "leader": ("Đàm Văn Lịch", "Phó Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Phó Chủ tịch"],
            "phone": "0965 720 318",
            "location": "thôn Khuổi Hảo và thôn Lùng Vài",
            "items": [
                "- Mô hình: Tổ hợp tác nuôi lợn đen bản địa thả vườn",
                "- Lĩnh vực: kinh tế",
                "- Người phụ trách mô hình: anh Đàm Văn Lịch, Phó Chủ tịch Hội Nông dân xã, "
                "số máy 0965 720 381",
                "- Địa bàn: thôn Khuổi Hảo và thôn Lùng Vài",
                "- Cách làm:",
            ],
            "content": [
                "Hội vận động 22 hộ hội viên góp vốn mua 60 lợn nái giống bản địa, Hội bảo lãnh "
                "vay vốn Ngân hàng Chính sách xã hội.",
                "Hội viên thay nhau trực chuồng trại chung, tiêm phòng đủ 2 đợt mỗi năm.",
            ],
            "date": ("Tà Bó Giàng", 14, 3, 2026),
            "closing": ["T/M Ban Thường vụ Hội", "Chủ tịch Hoàng Văn Tằng", "ĐT 0914 662 057"],
            "quoted_head": "Vào Th 2, 2 thg 3, 2026 vào lúc 08:15 Văn phòng Đảng ủy xã Tà Bó "
            "Giàng <vanphong@tabogiang.test> đã viết:",
            "quoted": QUOTED_TBG,
            "traits": [
                "forwarded_mail",
                "quoted_earlier_mail",
                "phone_corrected_in_note",
                "sender_not_leader",
                "no_type",
                "alias_unit_name",
                "tay_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r06-chuyentiep-hoi-nguoi-cao-tuoi",
        ("scan",),
        {
            "unit_id": "hoi-nguoi-cao-tuoi",
            "outer_head": [
                "Từ: Khối Dân vận xã Nghĩa Thái <danvan@nghiathai.test>",
                "Gửi: Ban Dân vận Huyện ủy Nghĩa Phong <bandanvan@nghiaphong.test>",
                "Ngày: Thứ Tư, 10 tháng 4, 2024 09:31",
                "Chủ đề: Fwd: Hội NCT đăng ký mô hình DVK năm 2024",
            ],
            "note": [
                "Kính gửi Ban Dân vận Huyện ủy,",
                "Khối Dân vận xã chuyển tiếp đăng ký của Hội Người cao tuổi xã để Ban tổng hợp.",
                "Trân trọng,",
                "Nguyễn Thị Hằng - Khối Dân vận xã Nghĩa Thái",
            ],
            "inner_head": [
                "Từ: Lê Đình Cẩn <nguoicaotuoi@nghiathai.test>",
                "Date: Th 3, 9 thg 4, 2024 lúc 16:20",
                "Subject: Hội NCT đăng ký mô hình DVK năm 2024",
                "To: <danvan@nghiathai.test>",
            ],
            "greeting": "Kính gửi: Khối Dân vận xã Nghĩa Thái",
            "opening": "Hội Người cao tuổi xã Nghĩa Thái đăng ký mô hình “Dân vận khéo” năm "
            "2024 như sau:",
            "unit": "Hội Người cao tuổi xã Nghĩa Thái",
            "unit_alt": ["Hội Người cao tuổi xã"],
            "model": "Ông bà mẫu mực, con cháu thảo hiền",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Lê Đình Cẩn", "Chủ tịch Hội Người cao tuổi xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0912 883 406",
            "location": "xóm 2, xóm 3 và xóm 7",
            "items": [
                "Tên mô hình: Ông bà mẫu mực, con cháu thảo hiền. Loại hình: tập thể; lĩnh vực: "
                "văn hóa - xã hội.",
                "Người phụ trách: Lê Đình Cẩn, Chủ tịch Hội Người cao tuổi xã (ĐT: 0912 883 406).",
                "Nơi thực hiện: xóm 2, xóm 3 và xóm 7.",
                "Nội dung thực hiện:",
            ],
            "content": [
                "- Mỗi chi hội chọn 10 gia đình ông bà mẫu mực làm gương.",
                "- Tổ chức kể chuyện gia phong cho thiếu nhi dịp hè.",
                "- Thăm, tặng quà hội viên ốm đau, neo đơn.",
            ],
            "date": ("Nghĩa Thái", None, 4, 2024),
            "closing": ["Lê Đình Cẩn"],
            "quoted_head": "Vào Th 2, 1 thg 4, 2024 vào lúc 07:50 Khối Dân vận xã Nghĩa Thái "
            "<danvan@nghiathai.test> đã viết:",
            "quoted": [
                "Kính gửi các chi bộ, đoàn thể,",
                "Theo Hướng dẫn của Ban Dân vận Huyện ủy Nghĩa Phong, các đơn vị đăng ký mô hình "
                "“Dân vận khéo” năm 2024 trước ngày 15 tháng 4 năm 2024.",
                "Liên hệ: đồng chí Nguyễn Thị Hằng, 0978 115 620.",
            ],
            "traits": [
                "forwarded_mail",
                "quoted_earlier_mail",
                "no_date",
                "deadline_date_in_quote",
                "unit_not_in_units_file",
            ],
        },
    ),
)

LAYOUT = Layout("thu_chuyentiep", "registration", ("Q03", "Q04"), render, ENTRIES)
