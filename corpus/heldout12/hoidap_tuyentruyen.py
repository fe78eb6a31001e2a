"""A "Hỏi – đáp" leaflet that a unit prints to make its model known, every fact in an answer.

After the question-and-answer leaflets of mass organisations and Party committees ("Tài liệu
hỏi – đáp", "Hỏi – đáp về …", Y01): a header with the issuer and "Tài liệu tuyên truyền / Lưu
hành nội bộ", the title "HỎI – ĐÁP", then numbered "Câu n. Hỏi: …?" / "Đáp: …" pairs. The first
answer gives the province's figures for the movement (models, money, people), not the model's;
the model's person, place, people, money and results are in later answers, in sentences. The
last answer names another person and phone to contact for joining. The unit's name is in an
answer and, in capitals, in the header.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits, signer_alt


def _pair(doc: Document, number: int, question: str, answer: str) -> None:
    k.para(doc, (f"Câu {number}. Hỏi: ", "b"), (question, "bi"), before=6, after=2)
    k.para(doc, ("Đáp: ", "b"), answer, first=0.0, after=2)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    right: list[k.Run | str] = [("TÀI LIỆU TUYÊN TRUYỀN", "b", 12), ("(Lưu hành nội bộ)", "i", 12)]
    if v.get("date"):
        right.append((date_line(*v["date"]), "i"))
    k.header_block(doc, [(v["superior"], ""), (v["unit_caps"], "b"), "───────"], right)
    k.para(doc, ("HỎI – ĐÁP", "b", 16), align="center", before=14, after=0)
    k.para(doc, (f"VỀ MÔ HÌNH “{v['model'].upper()}”", "b"), align="center", after=10)
    person, position = v["leader"]
    phone = (
        f" Bà con cần trao đổi xin gọi {v['phone_word']} số {v['phone']}." if v.get("phone") else ""
    )
    pairs = [
        (v["q1"], v["a1"]),
        (
            f"Mô hình “{v['model']}” do ai xây dựng, ai phụ trách?",
            f"Mô hình do {v['unit']} xây dựng từ {v['since']}. {v['title']} {person}, "
            f"{position}, trực tiếp phụ trách mô hình.{phone}",
        ),
        (
            "Mô hình làm ở đâu, có bao nhiêu người tham gia?",
            f"Mô hình được thực hiện tại {v['location']}, với {v['people']} tham gia.",
        ),
        ("Kinh phí thực hiện mô hình lấy từ đâu?", v["money"]),
        ("Sau một thời gian thực hiện, mô hình đạt kết quả gì?", f"{v['results']}."),
        ("Người dân muốn tham gia mô hình thì liên hệ ai?", v["join"]),
    ]
    for number, (question, answer) in enumerate(pairs, start=1):
        _pair(doc, number, question, answer)
    k.para(doc, "", after=0)
    tail: list[k.Run | str] = [(line, "b") for line in v["sign_block"]]
    k.signature(doc, [("", "")], [*tail, "", "", "", (v["signer"][0], "b")])
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": iso(*v["date"][1:]) if v.get("date") else None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], v["signer"]),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"][0])
    return doc, truth


ENTRIES = (
    Entry(
        "w01-hoidap-bst-hoi-nong-dan",
        ("scan", "doc"),
        {
            "unit_id": "bst-hoi-nong-dan",
            "superior": "HỘI NÔNG DÂN TỈNH CÀ MAU",
            "unit_caps": "HỘI NÔNG DÂN XÃ BÀO SEN TÂY",
            "date": ("Bào Sen Tây", 14, 10, 2026),
            "unit": "Hội Nông dân xã Bào Sen Tây",
            "unit_alt": ["HỘI NÔNG DÂN XÃ BÀO SEN TÂY"],
            "model": "Tổ hợp tác nuôi tôm – lúa không dùng kháng sinh",
            "q1": "Phong trào thi đua “Dân vận khéo” của tỉnh năm 2026 có những kết quả gì "
            "nổi bật?",
            "a1": "Theo Ban Dân vận Tỉnh ủy, đến tháng 9/2026 toàn tỉnh có 1.486 mô hình "
            "“Dân vận khéo” được công nhận, huy động trên 86 tỷ đồng và hơn 120.000 ngày "
            "công của nhân dân; riêng lĩnh vực kinh tế có 612 mô hình.",
            "since": "tháng 3/2025",
            "title": "Ông",
            "leader": ("Phạm Văn Chín", "Phó Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Phó Chủ tịch Hội Nông dân", "Phó Chủ tịch"],
            "phone_word": "ông Chín theo",
            "phone": "0917 342 865",
            "location": "ấp Kinh Ngang và ấp Xẻo Mắm",
            "people": "46 hộ hội viên",
            "participants": 46,
            "money": "Hội viên trong tổ góp 184 triệu đồng để đào lại mương vườn, mua chế phẩm "
            "sinh học; ngoài ra Trung tâm Khuyến nông tỉnh hỗ trợ 30% giá con giống và Ngân "
            "hàng Chính sách xã hội cho 12 hộ vay 600 triệu đồng.",
            "funds": 184000000,
            "results": "Năng suất tôm bình quân đạt 420 kg/ha/vụ, lúa ST25 đạt 4,8 tấn/ha; "
            "100% lô tôm của tổ xét nghiệm không tồn dư kháng sinh, được doanh nghiệp bao "
            "tiêu với giá cao hơn thị trường 8%",
            "join": "Hộ nào muốn vào tổ xin liên hệ anh Đặng Văn Nhỏ, Giám đốc HTX tôm – lúa "
            "Kinh Ngang, điện thoại 0833 517 209, hoặc đến Văn phòng Hội tại trụ sở UBND xã.",
            "sign_block": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
            "signer": ("Tô Minh Khải", "Chủ tịch"),
            "traits": [
                "question_answer",
                "decoy_province_figures",
                "decoy_other_phone",
                "support_and_loan_not_funds",
                "signer_not_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w02-hoidap-bst-chua-soc-ta-ni",
        ("photo",),
        {
            "unit_id": "bst-chua-soc-ta-ni",
            "superior": "ỦY BAN MTTQ VIỆT NAM XÃ BÀO SEN TÂY",
            "unit_caps": "BAN QUẢN TRỊ CHÙA SÓC TÀ NI",
            "unit": "Ban Quản trị chùa Khmer Sóc Tà Ni",
            "unit_alt": ["Ban Quản trị chùa Sóc Tà Ni", "BAN QUẢN TRỊ CHÙA SÓC TÀ NI"],
            "model": "Lớp dạy chữ Khmer và kỹ năng sống hè cho thiếu nhi trong phum sóc",
            "q1": "Đồng bào Khmer trong tỉnh hiện có bao nhiêu điểm chùa tham gia phong trào?",
            "a1": "Toàn tỉnh có 94 ngôi chùa Phật giáo Nam tông Khmer, trong đó 71 chùa mở lớp "
            "dạy chữ Khmer dịp hè, thu hút trên 9.000 lượt học sinh mỗi năm.",
            "since": "hè năm 2024",
            "title": "Ông",
            "leader": ("Sơn Ka Ri", "Phó ban Quản trị chùa"),
            "position_alt": ["Phó ban Quản trị"],
            "phone_word": "ông Ka Ri theo",
            "phone": "0388 406 171",
            "location": "chùa Sóc Tà Ni, ấp Sóc Tà Ni",
            "location_alt": ["ấp Sóc Tà Ni"],
            "people": "149 người (11 sư sãi, giáo viên và 138 em thiếu nhi)",
            "participants": 149,
            "money": "Phật tử và bà con trong phum sóc đóng góp 52.500.000 đồng mua bàn ghế, "
            "sách vở, nấu cơm trưa cho các em; UBND xã hỗ trợ quạt và bóng đèn cho 4 phòng học.",
            "funds": 52500000,
            "results": "Hè năm 2026 có 138 em biết đọc, viết chữ Khmer, 26 em học kỹ năng bơi "
            "an toàn; không có em nào bị đuối nước trong dịp hè",
            "join": "Phụ huynh đăng ký cho con em với cô Lâm Thị Sa Ranh, Hiệu trưởng Trường "
            "Tiểu học Bào Sen Tây (0945 118 372), trước ngày 25/5 hằng năm.",
            "sign_block": ["TM. BAN QUẢN TRỊ", "TRƯỞNG BAN"],
            "signer": ("Thạch Sươl", "Trưởng ban"),
            "traits": [
                "question_answer",
                "decoy_province_figures",
                "decoy_other_phone",
                "count_with_breakdown",
                "in_kind_not_funds",
                "no_date_line",
                "alias_unit_name",
                "khmer_names",
                "signer_not_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w03-hoidap-bst-cong-an",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "bst-cong-an",
            "superior": "CÔNG AN TỈNH CÀ MAU",
            "unit_caps": "CÔNG AN XÃ BÀO SEN TÂY",
            "date": ("Bào Sen Tây", 3, 11, 2026),
            "unit": "Công an xã Bào Sen Tây",
            "unit_alt": ["CÔNG AN XÃ BÀO SEN TÂY"],
            "model": "Camera an ninh – cánh tay nối dài giữ bình yên đầu kênh cuối xẻo",
            "q1": "Vì sao phải lắp camera an ninh ở các tuyến kênh?",
            "a1": "Năm 2025, trên địa bàn tỉnh xảy ra 317 vụ trộm cắp tài sản, trong đó nhiều "
            "vụ trộm máy bơm, xuồng máy dọc các tuyến kênh vào ban đêm; lực lượng chức năng "
            "khó phát hiện vì nhà dân ở rải rác.",
            "since": "tháng 5/2025",
            "title": "Thiếu tá",
            "leader": ("Lý Hoàng Phúc", "Trưởng Công an xã"),
            "position_alt": ["Trưởng Công an"],
            "phone_word": "đường dây nóng",
            "phone": "0290 3870 114",
            "location": "các tuyến kênh Xẻo Mắm, Kinh Ngang và Bào Sen",
            "people": "214 hộ dân",
            "participants": 214,
            "money": "Các hộ dân tự nguyện đóng góp 268 triệu đồng để lắp 62 camera; doanh "
            "nghiệp viễn thông hỗ trợ miễn phí đường truyền 2 năm.",
            "funds": 268000000,
            "results": "Số vụ trộm cắp trên địa bàn giảm từ 19 vụ năm 2024 xuống còn 4 vụ; qua "
            "trích xuất camera đã làm rõ 3 vụ, thu hồi 2 máy bơm và 1 xuồng máy trả lại người dân",
            "join": "Hộ dân muốn kết nối camera với điểm trực xin liên hệ Trung úy Danh Chí "
            "Thanh, cảnh sát khu vực, số 0976 882 430.",
            "sign_block": ["TRƯỞNG CÔNG AN XÃ"],
            "signer": ("Lý Hoàng Phúc", "Trưởng Công an xã"),
            "traits": [
                "question_answer",
                "decoy_province_figures",
                "decoy_other_phone",
                "landline_area_code",
                "rank_before_name",
                "dash_in_model_name",
                "tcvn3",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("hoidap_tuyentruyen", "report", ("Z01", "Z02"), render, ENTRIES)
