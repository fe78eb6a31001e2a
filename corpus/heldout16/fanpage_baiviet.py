"""A report posted on a unit's Facebook fanpage and printed from the browser: the page's name and
the time of posting, the post's text with icons, bullets and hashtags, a photo's place, the
reactions, and a few comments under it — no letterhead, no date line, no signature.

After the fanpages that communes, Youth Union branches and schools keep to make their work known
(S11: commune fanpages that post self-written news of the Party committee, the Front and the
associations, and the practice of sharing a unit's post on the commune's page) and the pages
printed from a desktop browser with the date, title, address and page count in the margins
(S12). The page that shares, the commenters and their phones, the time of posting, the numbers
of reactions and shares, and the beneficiaries are decoys; the date of posting is not a date
line.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, joined, phone_digits


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=11, font="Arial")
    k.tabbed(doc, [(v["printed"], "", 8), (f"{v['page']} | Facebook", "", 8)], (8.0,))
    k.para(doc, "", after=2)
    tbl = k.table(doc, 1, (16.0,))
    cell = tbl.cell(0, 0)
    lines: list[k.Run | str | list[k.Run | str]] = []
    if v.get("sharer"):
        lines += [[(v["sharer"], "b", 10), (" đã chia sẻ một bài viết.", "", 10)],
                  (v["sharer_text"], "", 11), ""]  # fmt: skip
    lines += [
        [(v["page"], "b", 12), (" ✔", "", 9)],
        (f"{v['posted']} · 🌏", "", 9),
        "",
    ]
    lines += [(line, "", 11) for line in v["text"]]
    k.cell_text(cell, lines)
    photo = k.table(doc, 1, (16.0,))
    _shade(photo.cell(0, 0), "D9D9D9")
    k.cell_text(photo.cell(0, 0), ["", (v["photo"], "i", 9), ""], align="center")
    tail = k.table(doc, 1, (16.0,))
    comments: list[k.Run | str | list[k.Run | str]] = [
        (v["reactions"], "", 9),
        ("Thích          Bình luận          Chia sẻ", "b", 9),
        ("Phù hợp nhất ▾", "", 9),
    ]
    for name, text, when in v["comments"]:
        comments += [[(name, "b", 10)], (text, "", 10), (f"{when}   Thích   Phản hồi", "", 8)]
    comments.append(("Bình luận dưới tên " + v["page"], "i", 9))
    k.cell_text(tail.cell(0, 0), comments)
    k.para(doc, "", after=0)
    k.tabbed(doc, [(v["url"], "", 8), ("1/1", "", 8)], (15.5,))
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
        "results": joined(v["results"]).rstrip(".;"),
        "participants": v.get("participants"),
        "funds_vnd": v.get("funds"),
        "signed_date": None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], None, None)


def _text(v: dict[str, Any]) -> list[str]:
    return [*v["intro"], *v["results"], *v["outro"]]


_S16: dict[str, Any] = {
    "unit_id": "pnh-doan-xa",
    "printed": "12/12/26, 21:07",
    "page": "Đoàn Thanh niên xã Pác Nà Hin",
    "posted": "10 tháng 12 lúc 20:15",
    "intro": [
        "📚 [DÂN VẬN KHÉO] TỦ SÁCH SỐ – ĐIỂM WIFI MIỄN PHÍ CHO THANH THIẾU NHI VÙNG BIÊN: "
        "NHÌN LẠI 6 THÁNG",
        "Tròn 6 tháng mở cửa tại nhà văn hóa thôn Nà Bản, mô hình của Ban Chấp hành Đoàn xã "
        "Pác Nà Hin đã thành “góc học tập” quen thuộc của các em 👇",
    ],
    "results": [
        "- 1.260 lượt thanh thiếu nhi đến đọc sách, học trực tuyến; 38 đoàn viên thay nhau "
        "trực hướng dẫn vào tối thứ Ba, thứ Năm và Chủ nhật;",
        "- 9 buổi sinh hoạt “Nhận diện tin giả, lừa đảo trên mạng” cho 410 lượt người;",
        "- Đoàn viên, thanh niên và bà con góp thêm 17,5 triệu đồng mua bàn ghế, quạt, làm "
        "mái che cho điểm wifi.",
    ],
    "outro": [
        "Mọi ý kiến góp ý xin liên hệ đ/c Nông Thị Nhặt – Bí thư Đoàn xã, người phụ trách mô "
        "hình (SĐT/Zalo 0399 518 726).",
        "#DanVanKheo #TuoiTrePacNaHin #LangSon",
    ],
    "photo": "[Ảnh] Các em học sinh đọc sách tại nhà văn hóa thôn Nà Bản – ảnh: Hoàng Minh Đức",
    "reactions": "👍❤️ 246          18 bình luận   9 lượt chia sẻ",
    "comments": [
        ("Hoàng Quốc Việt", "Chúc mừng các em! Cần thêm sách gì cứ nhắn anh nhé.", "2 ngày"),
        (
            "Lăng Văn Tú",
            "Thôn Khuổi Hin cũng mong có điểm wifi như này, liên hệ em 0834 662 109 ạ.",
            "1 ngày",
        ),
    ],
    "url": "https://www.facebook.com/doanxapacnahin/posts/pfbid02Xk7Lq9",
    "leader": ("Nông Thị Nhặt", "Bí thư Đoàn xã"),
    "phone": "0399 518 726",
    "model": "Tủ sách số – Điểm wifi miễn phí cho thanh thiếu nhi vùng biên",
    "location": "nhà văn hóa thôn Nà Bản",
    "participants": 38,
    "funds": 17_500_000,
    "unit": "Ban Chấp hành Đoàn xã Pác Nà Hin",
    "unit_alt": ["Đoàn Thanh niên xã Pác Nà Hin", "Đoàn xã Pác Nà Hin"],
    "traits": [
        "fanpage_post",
        "browser_print",
        "no_date_line",
        "decoy_post_time",
        "decoy_commenter_phone",
        "decoy_visits",
        "decoy_reactions",
        "no_type_no_domain",
        "emoji_in_text",
        "commune_2026",
    ],
}

_S17: dict[str, Any] = {
    "unit_id": "pnh-hoi-nong-dan",
    "printed": "05/11/26, 08:42",
    "page": "Hội Nông dân xã Pác Nà Hin",
    "posted": "3 tháng 11 lúc 16:02",
    "intro": [
        "🌟 HỒI HỮU CƠ PÁC NÀ HIN – MÙA THU HOẠCH ĐẦU TIÊN 🌟",
        "Mô hình “Dân vận khéo” “Nông dân Pác Nà Hin liên kết trồng hồi hữu cơ” (mô hình tập "
        "thể – lĩnh vực kinh tế) ở thôn Pác Nà và thôn Khuổi Hin vừa kết thúc vụ hồi chính "
        "năm 2026 với kết quả đáng mừng:",
    ],
    "results": [
        "+ 64 hộ hội viên tham gia, 42 ha hồi được chứng nhận canh tác hữu cơ, năng suất "
        "hoa hồi khô đạt 0,9 tấn/ha;",
        "+ Hội viên góp 215 triệu đồng xây 2 lò sấy hồi tiết kiệm củi; giá bán cao hơn hồi "
        "thường 15%;",
        "+ 4 tổ hội nghề nghiệp ký hợp đồng bao tiêu toàn bộ sản lượng.",
    ],
    "outro": [
        "Cảm ơn Công ty CP Tinh dầu Xứ Lạng đã đồng hành, hỗ trợ 180 triệu đồng cây giống, "
        "phân bón 🙏",
        "📞 Bà con cần tư vấn kỹ thuật xin gọi chị Lộc Thị Thoan – Phó Chủ tịch Hội, phụ "
        "trách mô hình: 0359.260.417",
        "#HoiHuuCo #NongDanLangSon",
    ],
    "photo": "[Ảnh 1/4] Hội viên thôn Khuổi Hin phơi hoa hồi – ảnh: Chu Văn Quyết",
    "reactions": "👍 132          7 bình luận   15 lượt chia sẻ",
    "comments": [
        (
            "Đàm Thị Phương Thảo",
            "Chúc mừng bà con! Công ty sẽ tiếp tục đồng hành vụ sau.",
            "1 ngày",
        ),
        (
            "Nhà hàng Hồi Xanh Lạng Sơn",
            "Cho mình xin giá sỉ hồi khô ạ, hotline 0911 226 503.",
            "20 giờ",
        ),
    ],
    "url": "https://www.facebook.com/hoinongdanpacnahin/posts/pfbid0Tq8Mn3",
    "leader": ("Lộc Thị Thoan", "Phó Chủ tịch Hội"),
    "position_alt": ["Phó Chủ tịch Hội Nông dân xã"],
    "phone": "0359.260.417",
    "model": "Nông dân Pác Nà Hin liên kết trồng hồi hữu cơ",
    "type": "collective",
    "domain": "economy",
    "location": "thôn Pác Nà và thôn Khuổi Hin",
    "participants": 64,
    "funds": 215_000_000,
    "unit": "Hội Nông dân xã Pác Nà Hin",
    "traits": [
        "fanpage_post",
        "browser_print",
        "no_date_line",
        "decoy_sponsor_in_kind",
        "decoy_commenter_hotline",
        "decoy_photo_credit",
        "decoy_reactions",
        "emoji_in_text",
        "tay_nung_names",
        "commune_2026",
    ],
}

_S18: dict[str, Any] = {
    "unit_id": "pnh-truong",
    "printed": "22/5/26, 14:30",
    "page": "Trường PTDTBT TH và THCS Pác Nà Hin",
    "sharer": "Ủy ban nhân dân xã Pác Nà Hin",
    "sharer_text": "Một mô hình “Dân vận khéo” rất ý nghĩa của thầy cô và phụ huynh nhà trường 👏",
    "posted": "20 tháng 5 lúc 10:11",
    "intro": [
        "🍚 MÔ HÌNH “BỮA CƠM BÁN TRÚ CÓ THỊT, CÓ RAU” – TỔNG KẾT NĂM HỌC 2025 - 2026",
        "Năm học qua, nhà trường cùng phụ huynh 4 thôn thực hiện mô hình “Dân vận khéo” "
        "“Bữa cơm bán trú có thịt, có rau” (lĩnh vực văn hóa - xã hội) tại khu bán trú của "
        "trường. Kết quả:",
    ],
    "results": [
        "- 186 phụ huynh tham gia góp công làm vườn rau, chuồng gà; góp 1.850 kg gạo và 24,6 "
        "triệu đồng tiền mặt;",
        "- Vườn trường cung cấp 3,2 tấn rau xanh, 420 kg thịt gà cho bếp ăn;",
        "- 214 học sinh bán trú có bữa ăn đủ chất, không em nào bỏ học giữa chừng.",
    ],
    "outro": [
        "Thầy Hoàng Văn Pác – Phó Hiệu trưởng, phụ trách mô hình – gửi lời cảm ơn tới các bậc "
        "phụ huynh! Liên hệ: 0981 374 650.",
        "#BanTruPacNaHin #DanVanKheo",
    ],
    "photo": "[Ảnh] Phụ huynh và giáo viên làm vườn rau khu bán trú",
    "reactions": "👍❤️😍 389          26 bình luận   31 lượt chia sẻ",
    "comments": [
        ("Đinh Thị Thu Trang", "Cảm ơn phụ huynh đã luôn đồng hành cùng nhà trường!", "2 ngày"),
        ("Nông Văn Tường", "Tuyệt vời thầy cô ơi 👍", "1 ngày"),
    ],
    "url": "https://www.facebook.com/ubndxapacnahin/posts/pfbid02Lw5Rb1",
    "leader": ("Hoàng Văn Pác", "Phó Hiệu trưởng"),
    "phone": "0981 374 650",
    "model": "Bữa cơm bán trú có thịt, có rau",
    "domain": "culture_society",
    "location": "khu bán trú của trường",
    "location_alt": ["khu bán trú", "4 thôn"],
    "participants": 186,
    "funds": 24_600_000,
    "unit": "Trường PTDTBT TH và THCS Pác Nà Hin",
    "unit_alt": ["Trường Phổ thông dân tộc bán trú Tiểu học và THCS Pác Nà Hin"],
    "traits": [
        "fanpage_post",
        "shared_post",
        "browser_print",
        "no_date_line",
        "decoy_sharing_page",
        "decoy_headmistress",
        "decoy_pupils",
        "decoy_rice_in_kind",
        "domain_only",
        "commune_2026",
    ],
}

for _values in (_S16, _S17, _S18):
    _values["text"] = _text(_values)

ENTRIES = (
    Entry("s16-fanpage-pnh-doan-xa", ("scan", "doc"), _S16),
    Entry("s17-fanpage-pnh-hoi-nong-dan", ("photo",), _S17),
    Entry("s18-fanpage-pnh-truong", ("scan",), _S18),
)

LAYOUT = Layout("fanpage_baiviet", "report", ("S11", "S12"), render, ENTRIES)
