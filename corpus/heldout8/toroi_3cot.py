"""A tri-fold leaflet ("tờ rơi") introducing a model, printed as one landscape page of three panels.

After folded leaflets (B10: a three-panel leaflet of A4 printed landscape, folded to 99 × 210
mm) as mass organisations print them: one landscape page split into three borderless columns
read out of order — left, "Vì sao có mô hình?", "Kết quả nổi bật" (ticks, then "Kết quả: …")
and "Ai tham gia?"; middle, "Cách làm", "Kinh phí" and "Liên hệ" (the person in charge, post,
phone, address) with "Lưu hành nội bộ" and the month of printing; right, the cover with the
unit, "MÔ HÌNH “DÂN VẬN KHÉO”", the model's title, a slogan, the place and a photo placeholder.
No date line and no signature.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=11, landscape=True, font="Arial")
    tbl = k.table(doc, 1, (8.4, 8.4, 8.4), grid=False)
    left, middle, cover = tbl.rows[0].cells
    person, position = v["leader"]
    k.cell_text(
        left,
        [
            ("VÌ SAO CÓ MÔ HÌNH?", "b", 13),
            v["why"],
            "",
            ("KẾT QUẢ NỔI BẬT", "b", 13),
            *[f"✔ {line}" for line in v["highlights"]],
            "",
            [("Kết quả: ", "b"), v["results"] + "."],
            "",
            ("AI THAM GIA?", "b", 13),
            v["who"],
        ],
    )
    phone = [f"☎ {v['phone']}"] if v.get("phone") else []
    k.cell_text(
        middle,
        [
            ("CÁCH LÀM", "b", 13),
            *[(f"{n}. {line}", "") for n, line in enumerate(v["how"], start=1)],
            "",
            ("KINH PHÍ", "b", 13),
            v["funds_text"],
            "",
            ("LIÊN HỆ", "b", 13),
            (person, "b"),
            position,
            *phone,
            v["address"],
            "",
            ("Lưu hành nội bộ – " + v["printed"], "i", 9),
        ],
        align="center",
    )
    k.cell_text(
        cover,
        [
            (v["unit_caps"], "b", 11),
            "",
            ("MÔ HÌNH “DÂN VẬN KHÉO”", "b", 12),
            (v["model"].upper() if v.get("caps_title") else v["model"], "b", 18),
            "",
            (v["slogan"], "i", 12),
            "",
            f"Thực hiện tại: {v['location']}",
            *([v["type_domain"]] if v.get("type_domain") else []),
            "",
            ("[Ảnh: " + v["photo"] + "]", "i", 9),
        ],
        align="center",
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
        "signed_date": None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "model_name": [v["model"].upper()] if v.get("caps_title") else [],
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"])


ENTRIES = (
    Entry(
        "q16-toroi-tdn-hoi-phu-nu",
        ("scan", "doc"),
        {
            "unit_id": "tdn-hoi-phu-nu",
            "why": "Nhiều bệnh nhân nghèo ở các ấp xa phải nằm lại Trạm Y tế nhiều ngày, người nhà không có tiền mua cơm.",
            "how": [
                "Mỗi chi hội nhận nấu một ngày trong tuần",
                "Hội viên góp gạo, rau nhà trồng",
                "Phát cơm tận giường lúc 11 giờ",
            ],
            "unit_caps": "HỘI LIÊN HIỆP PHỤ NỮ XÃ TÂN ĐỨC NAM",
            "unit_line": "Hội Liên hiệp Phụ nữ xã Tân Đức Nam",
            "unit_alt": ["HỘI LIÊN HIỆP PHỤ NỮ XÃ TÂN ĐỨC NAM"],
            "model": "Bếp ăn yêu thương cho bệnh nhân nghèo",
            "slogan": "“Một bữa cơm – vạn tấm lòng”",
            "location": "Trạm Y tế xã Tân Đức Nam",
            "location_alt": ["Trạm Y tế xã"],
            "type_domain": "Mô hình tập thể – lĩnh vực văn hóa - xã hội",
            "type": "collective",
            "domain": "culture_society",
            "photo": "chị em nấu cơm tại bếp Trạm Y tế",
            "highlights": [
                "Hơn 9.600 suất cơm miễn phí sau 1 năm",
                "Mỗi tuần 4 buổi trưa: thứ Hai, Tư, Sáu, Bảy",
                "12 tổ phụ nữ thay phiên nấu",
            ],
            "results": "Phát 9.640 suất cơm, 2.100 phần cháo cho bệnh nhân và người nhà khó khăn; "
            "nhiều hộ S'tiêng đưa con đi khám sớm hơn",
            "who": "84 hội viên phụ nữ của 6 chi hội luân phiên nấu, chở cơm.",
            "participants": 84,
            "funds_text": "Hội viên và các mạnh thường quân đóng góp 186.400.000 đồng; chùa Phước "
            "Hưng tặng gạo, rau.",
            "funds": 186400000,
            "leader": ("Điểu Thị Rinh", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0945 802 613",
            "address": "Văn phòng Hội, UBND xã Tân Đức Nam",
            "printed": "in tháng 9/2026",
            "traits": [
                "leaflet_three_panels",
                "landscape",
                "no_signed_date",
                "stieng_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q17-toroi-tdn-ubnd",
        ("photo",),
        {
            "unit_id": "tdn-ubnd",
            "why": "Người cao tuổi người Hoa và đồng bào S'tiêng ngại đến xã vì không rành tiếng Việt, không biết điền tờ khai.",
            "how": [
                "Phân công công chức biết tiếng Hoa, tiếng S'tiêng trực mỗi buổi sáng",
                "In tờ hướng dẫn thủ tục bằng 3 thứ tiếng",
                "Làm hồ sơ tại nhà cho người già yếu",
            ],
            "unit_caps": "ỦY BAN NHÂN DÂN XÃ TÂN ĐỨC NAM",
            "unit_line": "Ủy ban nhân dân xã Tân Đức Nam",
            "unit_alt": ["ỦY BAN NHÂN DÂN XÃ TÂN ĐỨC NAM"],
            "model": "Một cửa thân thiện – nói tiếng Hoa, tiếng S'tiêng",
            "caps_title": True,
            "slogan": "Dân đến là được đón, được hiểu, được giúp",
            "location": "Bộ phận Một cửa xã Tân Đức Nam",
            "location_alt": ["Bộ phận Một cửa"],
            "photo": "công chức hướng dẫn người dân làm thủ tục",
            "highlights": [
                "98,6% hồ sơ trả đúng hẹn",
                "Tờ hướng dẫn in 3 thứ tiếng",
                "Không có phản ánh về thái độ phục vụ",
            ],
            "results": "Tiếp nhận 5.412 hồ sơ, 98,6% trả đúng và trước hẹn; 1.030 lượt người Hoa, "
            "người S'tiêng được hướng dẫn bằng tiếng mẹ đẻ",
            "who": "20 người: 14 công chức Bộ phận Một cửa và 6 cộng tác viên người dân tộc ở "
            "các ấp.",
            "participants": 20,
            "funds_text": "Không huy động đóng góp của nhân dân; in tờ hướng dẫn từ kinh phí cải "
            "cách hành chính của xã (12.000.000 đồng).",
            "leader": ("Lý Sếnh", "Phó Chủ tịch UBND xã"),
            "position_alt": ["Phó Chủ tịch"],
            "phone": "0251 3772 196",
            "address": "Trụ sở UBND xã, ấp Hòa Bình",
            "printed": "tháng 6/2026",
            "traits": [
                "leaflet_three_panels",
                "landscape",
                "no_signed_date",
                "budget_not_funds",
                "hoa_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q18-toroi-cb-truong-thcs",
        ("scan",),
        {
            "unit_id": "cb-truong-thcs",
            "why": "Học sinh ít đọc sách, thư viện trường đóng cửa giờ ra chơi.",
            "how": [
                "Đặt tủ sách ở hành lang, không khóa",
                "Mỗi lớp giới thiệu một cuốn sách hay mỗi tuần",
            ],
            "unit_caps": "CHI BỘ TRƯỜNG THCS NGHĨA THÁI",
            "unit_line": "Chi bộ Trường THCS Nghĩa Thái",
            "unit_alt": ["CHI BỘ TRƯỜNG THCS NGHĨA THÁI", "Chi bộ Trường THCS"],
            "model": "Tủ sách mở cho em",
            "slogan": "Mỗi tuần một cuốn sách hay",
            "location": "Sân trường THCS Nghĩa Thái",
            "location_alt": ["Trường THCS Nghĩa Thái"],
            "photo": "học sinh đọc sách giờ ra chơi",
            "highlights": ["2.350 đầu sách", "Mở cửa mọi giờ ra chơi"],
            "results": "Học sinh mượn 6.800 lượt sách trong năm học, 32 em đạt giải cuộc thi "
            "Đại sứ văn hóa đọc",
            "who": "Toàn bộ 612 học sinh của trường, 19 đảng viên làm người giữ tủ sách.",
            "participants": 612,
            "funds_text": "Phụ huynh và cựu học sinh ủng hộ 38.000.000 đồng, 900 cuốn sách.",
            "funds": 38000000,
            "leader": ("Vũ Văn Quyết", "Bí thư Chi bộ, Hiệu trưởng"),
            "position_alt": ["Bí thư Chi bộ", "Hiệu trưởng"],
            "address": "Trường THCS Nghĩa Thái",
            "printed": "năm học 2024 – 2025",
            "traits": ["leaflet_three_panels", "landscape", "no_signed_date", "no_phone"],
        },
    ),
)

LAYOUT = Layout("toroi_3cot", "report", ("B10",), render, ENTRIES, landscape=True)
