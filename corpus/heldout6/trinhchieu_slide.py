"""A slide deck presenting a model, exported to PDF: one landscape page per slide.

After the rules for talks with slides (T03: a first slide with the title and the unit, few
lines per slide, the title in 32 pt and the text in 24 pt, results then conclusions) and the
advice to set slides in a sans-serif font with big titles and short bullets (T04): a cover
slide with the unit in small capitals, the model's name in big letters and the presenter (once
not the person in charge), a slide of general information as bullets, one of the way of working,
one of results whose figures stand as big numbers over their captions in a borderless table
(the people's money beside the budget's), one of lessons, a thank-you slide; a slide number
"n/6" at the bottom of each.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits

SLIDES = 6


def _number(doc: Document, n: int) -> None:
    k.para(doc, (f"{n}/{SLIDES}", "", 12), align="right", before=12, after=0)


def _title(doc: Document, unit_caps: str, title: str) -> None:
    k.para(doc, (unit_caps, "b", 12), align="left", after=2)
    k.para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━", align="left", after=4)
    k.para(doc, (title, "b", 30), align="left", after=10)


def _bullets(doc: Document, lines: list[str], size: float = 20) -> None:
    """Bullets as Word's own list (the bullet is numbering, not a character of the text)."""
    for line in lines:
        paragraph = k.para(doc, (line, "", size), align="left", after=6)
        paragraph.style = doc.styles["List Bullet"]


def _cover(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, (v["unit_caps"], "b", 16), align="center", before=6, after=20)
    k.para(doc, ("MÔ HÌNH “DÂN VẬN KHÉO”", "b", 26), align="center", after=8)
    k.para(doc, (v["model_caps"], "b", 34), align="center", after=24)
    k.para(doc, (f"Người trình bày: {v['presenter']}", "", 20), align="center", after=4)
    k.para(doc, (v["cover_date"], "i", 18), align="center", after=0)


def _figures(doc: Document, figures: list[tuple[str, str]]) -> None:
    tbl = k.table(doc, 2, tuple(25.0 / len(figures) for _ in figures), grid=False)
    for col, (big, caption) in enumerate(figures):
        k.cell_text(tbl.cell(0, col), (big, "b", 36), align="center")
        k.cell_text(tbl.cell(1, col), (caption, "", 16), align="center")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=20, landscape=True, font="Arial")
    _cover(doc, v)
    _number(doc, 1)
    person, position = v["leader"]
    pages: list[tuple[str, Any]] = [
        ("THÔNG TIN CHUNG", [
            f"Đơn vị thực hiện: {v['unit_line']}",
            f"Người phụ trách: {v['person_text']}",
            f"Điện thoại: {v['phone']}",
            f"Địa bàn: {v['location']}",
            f"Thời gian: {v['period']}",
        ]),
        ("CÁCH LÀM", v["ways"]),
        ("KẾT QUẢ NỔI BẬT", None),
        ("BÀI HỌC KINH NGHIỆM", v["lessons"]),
    ]  # fmt: skip
    for number, (title, lines) in enumerate(pages, start=2):
        k.page_break(doc)
        _title(doc, v["unit_caps"], title)
        if lines is None:
            _figures(doc, v["figures"])
            k.para(doc, "", after=4)
            _bullets(doc, v["results"], size=18)
        else:
            _bullets(doc, lines)
        _number(doc, number)
    k.page_break(doc)
    k.para(doc, ("XIN TRÂN TRỌNG CẢM ƠN!", "b", 40), align="center", before=120, after=0)
    _number(doc, SLIDES)
    date = v.get("date")
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*date[1:]) if date else None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "model_name": [v["model_caps"]],
        "leader_position": v.get("position_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], None, None)
    return doc, truth


def _cover_date(place: str, day: int, month: int, year: int) -> str:
    return date_line(place, day, month, year)


ENTRIES = (
    Entry(
        "t04-trinhchieu-kxa-doan-xa",
        ("scan", "doc"),
        {
            "unit_id": "kxa-doan-xa",
            "unit_caps": "BAN CHẤP HÀNH ĐOÀN XÃ KHUỔI XA",
            "unit_line": "Đoàn xã Khuổi Xa",
            "unit_alt": ["BAN CHẤP HÀNH ĐOÀN XÃ KHUỔI XA", "BCH Đoàn xã Khuổi Xa"],
            "model": "Cõng chữ lên bản",
            "model_caps": "CÕNG CHỮ LÊN BẢN",
            "presenter": "Vàng Seo Chứ – Bí thư Đoàn xã",
            "date": ("Khuổi Xa", 4, 12, 2026),
            "cover_date": _cover_date("Khuổi Xa", 4, 12, 2026),
            "leader": ("Vàng Seo Chứ", "Bí thư Đoàn xã"),
            "person_text": "Vàng Seo Chứ – Bí thư Đoàn xã",
            "phone": "0396 142 857",
            "location": "Thôn Lũng Cẩu và thôn Phìn Hồ",
            "period": "Tháng 6 – tháng 11/2026",
            "ways": [
                "Mở 4 lớp xóa mù chữ buổi tối cho người H'Mông, Dao",
                "Mỗi đoàn viên nhận kèm 2 – 3 học viên",
                "Vận động doanh nghiệp tặng sách, đèn học",
                "Dạy song ngữ H'Mông – Việt bằng tranh ảnh",
            ],
            "figures": [
                ("72", "học viên tham gia"),
                ("48 triệu", "đồng vận động xã hội hóa"),
                ("35 triệu", "đồng ngân sách xã hỗ trợ"),
            ],
            "participants": 72,
            "funds": 48000000,
            "results": [
                "65/72 học viên biết đọc, viết, làm tính cộng trừ",
                "2 thôn không còn người trong độ tuổi 15 – 35 mù chữ",
                "Tặng 1.200 cuốn sách, 80 đèn học cho học viên",
            ],
            "lessons": [
                "Chọn giờ học sau vụ mùa, hợp nếp sinh hoạt của đồng bào",
                "Đoàn viên người dân tộc tại chỗ làm cầu nối",
                "Gắn học chữ với học cách làm ăn",
            ],
            "traits": [
                "slide_deck",
                "landscape",
                "sans_serif",
                "big_figures",
                "state_support_distractor",
                "person_post_dash",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t05-trinhchieu-kxa-htx-che",
        ("photo",),
        {
            "unit_id": "kxa-htx-che",
            "unit_caps": "HỢP TÁC XÃ CHÈ SHAN TUYẾT KHUỔI XA",
            "unit_line": "Hợp tác xã Chè Shan tuyết Khuổi Xa",
            "unit_alt": ["HỢP TÁC XÃ CHÈ SHAN TUYẾT KHUỔI XA", "HTX Chè Shan tuyết Khuổi Xa"],
            "model": "Chè sạch từ cây cổ thụ",
            "model_caps": "CHÈ SẠCH TỪ CÂY CỔ THỤ",
            "presenter": "Triệu Thị Nhất – Kế toán HTX",
            "cover_date": "Tháng 12 năm 2026",
            "leader": ("Bàn Văn Chàn", "Giám đốc Hợp tác xã"),
            "position_alt": ["Giám đốc HTX", "Giám đốc"],
            "person_text": "Ông Bàn Văn Chàn, Giám đốc Hợp tác xã",
            "phone": "0912 860 437",
            "location": "Thôn Phìn Hồ, xã Khuổi Xa",
            "location_alt": ["Thôn Phìn Hồ"],
            "period": "Năm 2026",
            "ways": [
                "Ký cam kết không dùng thuốc diệt cỏ trên 38 ha chè cổ thụ",
                "Tập huấn hái, sao chè theo quy trình VietGAP",
                "Thu mua chè búp tươi với giá ổn định cho bà con",
            ],
            "figures": [
                ("54", "hộ thành viên"),
                ("1,2 tỷ", "đồng vốn góp"),
                ("300 triệu", "đồng vốn vay ưu đãi"),
            ],
            "participants": 54,
            "funds": 1200000000,
            "results": [
                "Sản lượng chè khô 12,5 tấn, giá bán tăng 25%",
                "Thu nhập bình quân hộ thành viên 86 triệu đồng/năm",
                "Chè Shan tuyết Khuổi Xa đạt OCOP 4 sao",
            ],
            "lessons": [
                "Người đứng đầu làm trước, bà con làm theo",
                "Liên kết chặt với doanh nghiệp bao tiêu",
            ],
            "traits": [
                "slide_deck",
                "landscape",
                "sans_serif",
                "big_figures",
                "loan_distractor",
                "presenter_not_leader",
                "no_date_line",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t06-trinhchieu-hoi-phu-nu",
        ("scan",),
        {
            "unit_id": "hoi-phu-nu",
            "unit_caps": "HỘI LIÊN HIỆP PHỤ NỮ XÃ NGHĨA THÁI",
            "unit_line": "Hội Liên hiệp Phụ nữ xã Nghĩa Thái",
            "unit_alt": ["HỘI LIÊN HIỆP PHỤ NỮ XÃ NGHĨA THÁI", "Hội Liên hiệp Phụ nữ xã"],
            "model": "Tiết kiệm vì phụ nữ nghèo",
            "model_caps": "TIẾT KIỆM VÌ PHỤ NỮ NGHÈO",
            "presenter": "Đỗ Thị Lan – Chủ tịch Hội LHPN xã",
            "date": ("Nghĩa Thái", 10, 12, 2024),
            "cover_date": _cover_date("Nghĩa Thái", 10, 12, 2024),
            "leader": ("Đỗ Thị Lan", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch Hội Liên hiệp Phụ nữ xã"],
            "person_text": "Đỗ Thị Lan – Chủ tịch Hội LHPN xã",
            "phone": "0915 306 822",
            "location": "14 chi hội phụ nữ xóm",
            "period": "Năm 2024",
            "ways": [
                "Mỗi hội viên tiết kiệm 20.000 đồng/tháng",
                "Chi hội xét cho hội viên khó khăn vay luân phiên",
                "Ban kiểm tra Hội giám sát, công khai sổ sách",
            ],
            "figures": [
                ("386", "hội viên tham gia"),
                ("92,6 triệu", "đồng tiết kiệm"),
            ],
            "participants": 386,
            "funds": 92600000,
            "results": [
                "31 lượt hội viên được vay vốn không lãi",
                "9 hộ thoát nghèo, 4 hộ thoát cận nghèo",
            ],
            "lessons": ["Công khai, minh bạch tạo niềm tin cho hội viên"],
            "traits": ["slide_deck", "landscape", "sans_serif", "big_figures"],
        },
    ),
)

LAYOUT = Layout("trinhchieu_slide", "report", ("T03", "T04"), render, ENTRIES, landscape=True)
