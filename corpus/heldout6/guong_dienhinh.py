"""A story of an exemplary person ("Gương điển hình …"), written as a newspaper feature.

After features on exemplary people of ethnic minorities in the press (T07, T08: the person named
in the title with a nickname in quotes, a lead that gives the village, the people and the year
of birth, quotes of the person and of neighbours, subheadings, a photo caption with "Ảnh: …",
the author at the end) and the Front's stories of people who went "từng ngõ, gõ cửa từng nhà"
(T09): the sending unit in a small header, a kicker naming the movement and that the model is an
individual's, the title, the lead in bold, body paragraphs with quotes and subheadings, one
paragraph that sums the results up ("Đến nay, …"), the byline; a date line under the byline
twice, a contact line once.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    for line in v["sender_caps"]:
        k.para(doc, (line, "b", 11), align="left", after=0)
    k.para(doc, "────────", align="left", after=10)
    k.para(doc, (v["kicker"], "b", 12), align="center", after=4)
    k.para(doc, (v["title"], "b", 18), align="center", after=10)
    k.para(doc, (v["lead"], "b"), align="justify", after=8)
    for item in v["body"]:
        if isinstance(item, tuple):  # a subheading or a caption
            text, style = item
            if style == "caption":
                k.para(doc, (text, "i", 11), align="center", before=2, after=8)
            else:
                k.para(doc, (text, "b"), before=6, after=4)
        else:
            k.body(doc, item)
    k.body(doc, v["results"])
    k.body(doc, v["closing"])
    k.para(doc, (v["byline"], "b"), align="right", before=6, after=0)
    if v.get("date"):
        k.para(doc, (date_line(*v["date"]), "i"), align="right", after=0)
    if v.get("contact"):
        k.para(doc, (v["contact"], "i", 11), align="left", before=8)
    person, position = v["leader"]
    date = v.get("date")
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "model_type": "individual",
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"].rstrip("."),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*date[1:]) if date else None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], None, None)
    return doc, truth


ENTRIES = (
    Entry(
        "t10-guong-kxa-hoi-phu-nu",
        ("scan", "doc"),
        {
            "unit_id": "kxa-hoi-phu-nu",
            "sender_caps": ["HỘI LIÊN HIỆP PHỤ NỮ", "XÃ KHUỔI XA"],
            "unit_name": "Hội Liên hiệp Phụ nữ xã Khuổi Xa",
            "unit_alt": ["HỘI LIÊN HIỆP PHỤ NỮ XÃ KHUỔI XA", "Hội LHPN xã Khuổi Xa"],
            "kicker": "GƯƠNG ĐIỂN HÌNH “DÂN VẬN KHÉO” CÁ NHÂN NĂM 2026",
            "title": "Chị Hoàng Thị Slam – “thủ lĩnh” của chị em Khuổi Phầy",
            "lead": "Là Chi hội trưởng Chi hội Phụ nữ thôn Khuổi Phầy, chị Hoàng Thị Slam (dân "
            "tộc Tày, sinh năm 1979) đã khởi xướng mô hình “Tổ phụ nữ góp vốn xoay vòng nuôi "
            "bò”, giúp nhiều chị em trong thôn có sinh kế ổn định, vươn lên thoát nghèo.",
            "body": [
                ("Từ những buổi họp tổ bên bếp lửa", "sub"),
                "Khuổi Phầy nằm cách trung tâm xã Khuổi Xa gần 12 km đường núi, có 96 hộ "
                "thì hơn một phần ba là hộ nghèo, hộ cận nghèo. Năm 2019, khi được chị em tín "
                "nhiệm bầu làm Chi hội trưởng, chị Slam trăn trở: “Chị em mình chăm chỉ lắm, "
                "nhưng không có vốn thì làm gì cũng khó”.",
                "Chị đi từng nhà, bàn với từng người, mỗi tháng góp một ít, dồn lại mua bò "
                "giống cho một hộ, hộ nhận bò trả dần cho hộ sau. Hội Phụ nữ xã hỗ trợ 20 "
                "triệu đồng vốn ban đầu; buổi họp tổ đầu tiên chỉ có 9 chị em đến dự.",
                (
                    "Chị Hoàng Thị Slam (thứ hai từ trái) cùng chị em trong tổ kiểm tra chuồng "
                    "bò. Ảnh: Ma Thị Duyên",
                    "caption",
                ),
                ("Lan tỏa cách làm", "sub"),
                "Chị Lương Thị Nhàn, một thành viên của tổ, kể: “Nhà em trước đây chỉ trông "
                "vào mấy sào ruộng. Có con bò của tổ, hai năm đã đẻ được hai bê, con em có "
                "tiền đi học”. Tổ còn mời cán bộ thú y về tận thôn hướng dẫn trồng cỏ, ủ "
                "chua thức ăn cho bò qua mùa đông giá rét.",
            ],
            "model": "Tổ phụ nữ góp vốn xoay vòng nuôi bò",
            "results": "Đến nay, tổ đã có 38 hội viên tham gia, góp vốn xoay vòng 152 triệu "
            "đồng, mua được 19 con bò giống; 11 hộ thoát nghèo, tổng đàn bò của tổ đã lên 47 "
            "con.",
            "closing": "Năm 2026, chị Hoàng Thị Slam được Hội LHPN tỉnh tặng Bằng khen. Với "
            "chị, phần thưởng lớn nhất là thấy chị em ở Khuổi Phầy tự tin làm kinh tế.",
            "byline": "Ma Thị Duyên",
            "date": ("Khuổi Xa", 18, 11, 2026),
            "leader": ("Hoàng Thị Slam", "Chi hội trưởng Chi hội Phụ nữ thôn Khuổi Phầy"),
            "position_alt": ["Chi hội trưởng"],
            "location": "thôn Khuổi Phầy",
            "location_alt": ["Khuổi Phầy"],
            "participants": 38,
            "funds": 152000000,
            "traits": [
                "feature_story",
                "person_in_title",
                "quotes",
                "photo_caption",
                "individual_model",
                "state_support_distractor",
                "no_phone",
                "tay_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t11-guong-kxa-btcmt-phin-ho",
        ("photo",),
        {
            "unit_id": "kxa-btcmt-phin-ho",
            "sender_caps": [
                "ỦY BAN MTTQ VIỆT NAM XÃ KHUỔI XA",
                "BAN CÔNG TÁC MẶT TRẬN THÔN PHÌN HỒ",
            ],
            "unit_name": "Ban Công tác Mặt trận thôn Phìn Hồ",
            "unit_alt": ["BAN CÔNG TÁC MẶT TRẬN THÔN PHÌN HỒ"],
            "kicker": "GƯƠNG ĐIỂN HÌNH “DÂN VẬN KHÉO” – MÔ HÌNH CÁ NHÂN",
            "title": "Ông Triệu Tiến Mìn: người “thắp sáng” đường bản Phìn Hồ",
            "lead": "Ở tuổi 63, ông Triệu Tiến Mìn, người Dao đỏ, Trưởng Ban Công tác Mặt trận "
            "thôn Phìn Hồ, vẫn ngày ngày đi bộ khắp các ngõ bản. Người trong thôn gọi ông là "
            "“ông đèn”, bởi mô hình “Thắp sáng đường bản” mà ông khởi xướng.",
            "body": [
                "Trước đây, đường vào các ngõ của Phìn Hồ tối om, trẻ con đi học về muộn phải "
                "soi đuốc. Năm 2025, ông Mìn họp Ban Công tác Mặt trận, bàn với các trưởng "
                "dòng họ Triệu, Bàn, Đặng cùng làm đường điện chiếu sáng. “Dân mình thấy lợi "
                "thì dân làm, cán bộ chỉ cần nói thật, làm thật”, ông nói.",
                (
                    "Ông Triệu Tiến Mìn (bên phải) kiểm tra cột đèn năng lượng mặt trời đầu "
                    "bản. Ảnh: Lục Thị Hoa",
                    "caption",
                ),
                "Có hộ chưa đồng tình vì sợ tốn kém, ông đến tận nhà ba, bốn lần, mang theo "
                "cả bảng kê chi phí để bà con xem. Công ty Điện lực khu vực tặng 30 bộ đèn, "
                "phần còn lại bà con tự góp tiền, góp công.",
            ],
            "model": "Thắp sáng đường bản",
            "results": "Đến nay, 46 hộ của thôn đã góp 38,5 triệu đồng và 210 ngày công, lắp "
            "được 72 cột đèn trên gần 3 km đường bản; từ khi có đèn, thôn không còn xảy ra "
            "trộm cắp gia súc ban đêm.",
            "closing": "Ông Mìn bảo, việc tiếp theo ông muốn làm là vận động bà con làm "
            "thùng gom rác ở mỗi ngõ. Ở Phìn Hồ, ông nói thì bà con nghe, vì ông luôn làm "
            "trước.",
            "byline": "Lục Thị Hoa (Ủy ban MTTQ Việt Nam xã Khuổi Xa)",
            "contact": "Thông tin liên hệ: ông Triệu Tiến Mìn, điện thoại 0977 416 380.",
            "phone": "0977 416 380",
            "leader": ("Triệu Tiến Mìn", "Trưởng Ban Công tác Mặt trận thôn Phìn Hồ"),
            "position_alt": ["Trưởng Ban Công tác Mặt trận thôn"],
            "location": "thôn Phìn Hồ",
            "location_alt": ["Phìn Hồ"],
            "participants": 46,
            "funds": 38500000,
            "traits": [
                "feature_story",
                "person_in_title",
                "quotes",
                "photo_caption",
                "individual_model",
                "sponsor_in_kind_distractor",
                "no_date_line",
                "dao_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t12-guong-hoi-nguoi-cao-tuoi",
        ("scan",),
        {
            "unit_id": "hoi-nguoi-cao-tuoi",
            "sender_caps": ["HỘI NGƯỜI CAO TUỔI", "XÃ NGHĨA THÁI"],
            "unit_name": "Hội Người cao tuổi xã Nghĩa Thái",
            "unit_alt": ["HỘI NGƯỜI CAO TUỔI XÃ NGHĨA THÁI", "Hội Người cao tuổi xã"],
            "kicker": "GƯƠNG ĐIỂN HÌNH “DÂN VẬN KHÉO” CÁ NHÂN",
            "title": "Cụ Đinh Văn Cừ và những buổi “kể chuyện cho cháu nghe”",
            "lead": "Gần 80 tuổi, cụ Đinh Văn Cừ, Chi hội trưởng Chi hội Người cao tuổi xóm 3, "
            "vẫn đều đặn mỗi tối thứ Bảy mở cửa nhà văn hóa xóm cho các cháu đến đọc sách, "
            "nghe kể chuyện, theo mô hình “Ông bà kể chuyện cháu nghe” do cụ khởi xướng.",
            "body": [
                "Ý tưởng đến với cụ từ năm 2022, khi thấy nhiều cháu nhỏ mải mê điện thoại. "
                "“Ông bà mình có bao nhiêu chuyện hay, sao không kể cho các cháu?”, cụ Cừ nhớ "
                "lại. Cụ rủ thêm mấy cụ trong chi hội, mỗi cụ nhận kể một tối trong tháng.",
                (
                    "Cụ Đinh Văn Cừ kể chuyện truyền thống quê hương cho các cháu thiếu nhi "
                    "xóm 3. Ảnh: Chi hội NCT xóm 3",
                    "caption",
                ),
                "Trường Tiểu học tặng tủ sách, Hội Khuyến học xã hỗ trợ 5 triệu đồng mua "
                "truyện tranh.",
            ],
            "model": "Ông bà kể chuyện cháu nghe",
            "results": "Đến nay, mô hình có 62 người cao tuổi tham gia kể chuyện, các cụ tự "
            "góp 24 triệu đồng mua sách; mỗi tháng có khoảng 150 lượt cháu đến nghe, tủ sách "
            "đã có hơn 900 cuốn.",
            "closing": "Cách làm của cụ Cừ đã được Hội Người cao tuổi xã nhân rộng ra 5 xóm.",
            "byline": "Ban Thường vụ Hội Người cao tuổi xã",
            "date": ("Nghĩa Thái", 2, 12, 2024),
            "leader": ("Đinh Văn Cừ", "Chi hội trưởng Chi hội Người cao tuổi xóm 3"),
            "position_alt": ["Chi hội trưởng"],
            "location": "xóm 3",
            "location_alt": ["Nhà văn hóa xóm 3"],
            "participants": 62,
            "funds": 24000000,
            "traits": [
                "feature_story",
                "person_in_title",
                "quotes",
                "photo_caption",
                "individual_model",
                "visits_distractor",
                "no_phone",
            ],
        },
    ),
)

LAYOUT = Layout("guong_dienhinh", "report", ("T07", "T08", "T09"), render, ENTRIES)
