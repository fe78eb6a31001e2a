"""A report sent as an e-mail and saved as a Word file ("thư điện tử").

After the way units now answer the office by mail (E01, E02): the mail's own header lines
("Từ:", "Đến:", "Ngày gửi:", "Chủ đề:") at the top in a sans-serif font, no state header and no
motto; "Kính gửi …", a short report in plain lines with dash items, the unit's date line typed
into the body, and a mail signature ("Trân trọng," then name, post, unit, phone). Under it the
office's earlier request quoted with ">" (a reply), which names its own person, phone and a
deadline: distractors.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits

FONT = "Arial"


def _mail_head(doc: Document, v: dict[str, Any]) -> None:
    for label, value in (
        ("Từ:", v["sender"]),
        ("Đến:", v["to"]),
        ("Ngày gửi:", v["sent"]),
        ("Chủ đề:", v["subject"]),
    ):
        k.tabbed(doc, [(label, "b", 10), (value, "", 10)], [2.2])
    k.para(doc, ("─" * 60, "", 8), after=6)


def _quoted(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, (v["quote_intro"], "i", 10), before=8, after=2)
    for line in v["quote"]:
        k.para(doc, (f"> {line}", "", 10), align="left", after=0)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=11, font=FONT)
    _mail_head(doc, v)
    k.para(doc, f"Kính gửi: {v['dear']}", align="left", after=6)
    k.para(doc, v["opening"], align="left")
    for line in v["items"]:
        k.para(doc, line, align="left", after=2)
    k.para(doc, v["results_intro"], align="left", after=2)
    for line in v["results"]:
        k.para(doc, line, align="left", after=2)
    k.para(doc, v["closing"], align="left", before=4)
    k.para(doc, (date_line(*v["date"]), "i"), align="left", before=4)
    k.para(doc, "Trân trọng,", align="left", before=6, after=6)
    for line in v["mail_signature"]:
        k.para(doc, line, align="left", after=0)
    _quoted(doc, v)
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], None, None)
    return doc, truth


ENTRIES = (
    Entry(
        "p01-email-vpd-hoi-ctd",
        ("scan", "doc"),
        {
            "unit_id": "vpd-hoi-ctd",
            "unit_name": "Hội Chữ thập đỏ xã Vĩnh Phong Đông",
            "unit_alt": ["Hội CTĐ xã Vĩnh Phong Đông", "Hội Chữ thập đỏ xã"],
            "sender": "Hội Chữ thập đỏ xã Vĩnh Phong Đông <chuthapdo@vinhphongdong.test>",
            "to": "Văn phòng Đảng ủy xã <vanphong@vinhphongdong.test>",
            "sent": "Thứ Tư, 14/10/2026 lúc 09:12",
            "subject": "V/v báo cáo kết quả mô hình “Dân vận khéo” quý III/2026",
            "dear": "Văn phòng Đảng ủy xã Vĩnh Phong Đông",
            "opening": "Hội Chữ thập đỏ xã Vĩnh Phong Đông xin báo cáo kết quả thực hiện mô "
            "hình “Dân vận khéo” của Hội đến hết quý III/2026 như sau:",
            "model": "Bếp ăn nghĩa tình cho bệnh nhân nghèo",
            "leader": ("Nguyễn Thị Bích Vân", "Phó Chủ tịch Hội Chữ thập đỏ xã"),
            "position_alt": ["Phó Chủ tịch", "Phó Chủ tịch Hội Chữ thập đỏ xã Vĩnh Phong Đông"],
            "phone": "0918 462 305",
            "location": "Trạm Y tế xã và ấp Kênh Xáng",
            "items": [
                "- Tên mô hình: “Bếp ăn nghĩa tình cho bệnh nhân nghèo”.",
                "- Người phụ trách: chị Nguyễn Thị Bích Vân, Phó Chủ tịch Hội Chữ thập đỏ xã, "
                "số máy 0918 462 305.",
                "- Nơi thực hiện: Trạm Y tế xã và ấp Kênh Xáng.",
                "- Số người tham gia: 74 tình nguyện viên nấu và phát cơm theo ca.",
                "- Kinh phí vận động: 118 triệu đồng từ các nhà hảo tâm và tiểu thương chợ xã.",
            ],
            "participants": 74,
            "funds": 118000000,
            "results_intro": "- Kết quả đạt được:",
            "results": [
                "+ Phát 6.240 suất cơm miễn phí cho bệnh nhân và người nhà tại Trạm Y tế;",
                "+ Duy trì nồi cháo sáng thứ Bảy hằng tuần cho 35 người già neo đơn ấp Kênh Xáng;",
                "+ Kết nạp thêm 12 hội viên mới từ nhóm tình nguyện viên.",
            ],
            "closing": "Hội xin gửi kèm hình ảnh hoạt động. Rất mong được Văn phòng tổng hợp.",
            "date": ("Vĩnh Phong Đông", 13, 10, 2026),
            "mail_signature": [
                "Nguyễn Thị Bích Vân",
                "Phó Chủ tịch Hội Chữ thập đỏ xã Vĩnh Phong Đông",
                "ĐT: 0918 462 305",
            ],
            "quote_intro": "Vào Thứ Hai, 05/10/2026, Văn phòng Đảng ủy xã "
            "<vanphong@vinhphongdong.test> đã viết:",
            "quote": [
                "Kính gửi các chi bộ, đoàn thể,",
                "Đề nghị các đơn vị gửi báo cáo kết quả mô hình “Dân vận khéo” quý III/2026 "
                "trước ngày 15/10/2026.",
                "Mọi chi tiết liên hệ đồng chí Lâm Văn Hậu, Chánh Văn phòng, ĐT 0296 3861 220.",
            ],
            "traits": [
                "email",
                "quoted_reply",
                "no_header",
                "sent_date_distractor",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p02-email-vpd-cong-doan",
        ("photo",),
        {
            "unit_id": "vpd-cong-doan",
            "unit_name": "Công đoàn cơ sở xã Vĩnh Phong Đông",
            "unit_alt": [
                "CĐCS xã Vĩnh Phong Đông",
                "Công đoàn cơ quan xã Vĩnh Phong Đông",
                "Công đoàn xã",
            ],
            "sender": "Phạm Minh Triết <congdoan@vinhphongdong.test>",
            "to": "vanphong@vinhphongdong.test",
            "sent": "22/12/2026 16:40",
            "subject": "Báo cáo mô hình Dân vận khéo năm 2026 - Công đoàn cơ sở xã",
            "dear": "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã",
            "opening": "Thực hiện đề nghị của Văn phòng, Ban Chấp hành Công đoàn cơ sở xã "
            "Vĩnh Phong Đông báo cáo nhanh kết quả mô hình năm 2026:",
            "model": "Đoàn viên công đoàn một ngày làm việc ở ấp",
            "leader": ("Phạm Minh Triết", "Chủ tịch Công đoàn cơ sở xã"),
            "position_alt": [
                "Chủ tịch Công đoàn cơ sở",
                "Chủ tịch CĐCS xã Vĩnh Phong Đông",
                "Chủ tịch",
            ],
            "phone": "0939.507.144",
            "location": "Các ấp Sóc Tre, Kênh Xáng, Vĩnh Lợi",
            "items": [
                "- Mô hình: “Đoàn viên công đoàn một ngày làm việc ở ấp”.",
                "- Phụ trách: Phạm Minh Triết, Chủ tịch Công đoàn cơ sở xã (0939.507.144).",
                "- Địa bàn: Các ấp Sóc Tre, Kênh Xáng, Vĩnh Lợi.",
                "- Tham gia: 41 đoàn viên, mỗi người một ngày mỗi tháng.",
                "- Đoàn viên tự đóng góp 27.500.000 đồng; Liên đoàn Lao động tỉnh hỗ trợ "
                "10.000.000 đồng.",
            ],
            "participants": 41,
            "funds": 27500000,
            "results_intro": "- Kết quả:",
            "results": [
                "+ Giải quyết tại chỗ 318 hồ sơ hành chính cho người dân ở ấp;",
                "+ Hướng dẫn 520 người cài đặt định danh điện tử mức 2;",
                "+ Sửa 2 cây cầu khỉ thành cầu bê tông ở ấp Sóc Tre.",
            ],
            "closing": "Kính đề nghị Văn phòng tổng hợp. Bản có chữ ký sẽ gửi sau.",
            "date": ("Vĩnh Phong Đông", 21, 12, 2026),
            "mail_signature": [
                "--",
                "Phạm Minh Triết",
                "Chủ tịch CĐCS xã Vĩnh Phong Đông",
                "Di động: 0939.507.144",
            ],
            "quote_intro": "Ngày 15/12/2026 09:03, vanphong@vinhphongdong.test viết:",
            "quote": [
                "Đề nghị các đơn vị báo cáo kết quả mô hình năm 2026 trước ngày 25/12/2026.",
                "Người nhận: đồng chí Kiều Thị Ngọc, chuyên viên, ĐT 0907 114 852.",
            ],
            "traits": [
                "email",
                "quoted_reply",
                "no_header",
                "state_support_distractor",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p03-email-cb-htx",
        ("scan",),
        {
            "unit_id": "cb-htx",
            "unit_name": "Chi bộ Hợp tác xã Dịch vụ nông nghiệp",
            "unit_alt": ["Chi bộ HTX DVNN Nghĩa Thái", "Chi bộ HTX"],
            "sender": "Chi bộ HTX DVNN Nghĩa Thái <htxnghiathai@gmail.test>",
            "to": "danvan@nghiathai.test",
            "sent": "Thứ Sáu, 08/11/2024 07:55",
            "subject": "Báo cáo kết quả mô hình Dân vận khéo",
            "dear": "Khối Dân vận xã Nghĩa Thái",
            "opening": "Chi bộ Hợp tác xã Dịch vụ nông nghiệp báo cáo kết quả mô hình “Dân "
            "vận khéo” năm 2024 như sau:",
            "model": "Liên kết tiêu thụ lúa giống cho xã viên",
            "leader": ("Đoàn Văn Phúc", "Bí thư Chi bộ, Giám đốc Hợp tác xã"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0912 385 640",
            "location": "Cánh đồng xóm 4, xóm 6, xóm 7",
            "items": [
                "- Mô hình “Liên kết tiêu thụ lúa giống cho xã viên”, do đồng chí Đoàn Văn "
                "Phúc, Bí thư Chi bộ, Giám đốc Hợp tác xã phụ trách, ĐT 0912 385 640.",
                "- Địa bàn thực hiện: Cánh đồng xóm 4, xóm 6, xóm 7.",
                "- Có 265 hộ xã viên tham gia.",
                "- Huy động được 340 triệu đồng vốn góp của xã viên để mua máy sấy.",
            ],
            "participants": 265,
            "funds": 340000000,
            "results_intro": "- Kết quả đạt được:",
            "results": [
                "+ 48 ha lúa giống được bao tiêu, giá cao hơn lúa thường 1.200 đồng/kg;",
                "+ Không còn hộ bị ép giá khi thu hoạch.",
            ],
            "closing": "Chi bộ gửi kèm bảng tổng hợp.",
            "date": ("Nghĩa Thái", 7, 11, 2024),
            "mail_signature": [
                "Đoàn Văn Phúc",
                "Bí thư Chi bộ HTX DVNN",
            ],
            "quote_intro": "Vào 30/10/2024, Khối Dân vận xã <danvan@nghiathai.test> đã viết:",
            "quote": [
                "Các chi bộ gửi báo cáo kết quả mô hình về Khối Dân vận trước ngày 10/11/2024.",
            ],
            "traits": ["email", "quoted_reply", "no_header", "person_in_prose"],
        },
    ),
)

LAYOUT = Layout("thudientu_baocao", "report", ("E01", "E02"), render, ENTRIES)
