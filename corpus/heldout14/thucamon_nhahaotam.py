"""A report made as a letter of thanks ("Thư cảm ơn") to the people, businesses and natives
living away who gave to a model: what was raised, what it built, and thanks.

After the letters of thanks that associations and village boards send to donors after an
appeal (W07: "THƯ CẢM ƠN", "Kính gửi: - Quý …; - Các nhà hảo tâm", the appeal and its date, the
total in figures "… đ" and in words, what was done with it, "Thay mặt …, xin trân trọng cảm ơn
…", "Kính chúc …") and the open letters before them (W08). The money raised is the people's and
donors' total, not the state's support nor the value of donated land or work days; the contact
for the list of donors is the treasurer, not the person in charge (except where it is).
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, fold, iso, phone_digits, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    left: list[k.Run | str] = [(line, "", 12) for line in v["superior"]]
    left += [(v["issuer"], "b", 12), ("───────", "")]
    motto: list[k.Run | str] = (
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "b", 13), ("───────────", "")]
        if v.get("party")
        else k.quoc_hieu()
    )
    k.header_block(doc, left, [*motto, (date_line(*v["date"]), "i", 12)])
    k.para(doc, ("THƯ CẢM ƠN", "b", 16), align="center", before=14, after=8)
    k.para(doc, ("Kính gửi:", "bi"), align="left", indent=1.5, after=0)
    for line in v["to"]:
        k.para(doc, line, align="left", indent=3.0, after=0)
    k.para(doc, "", after=0)
    for line in v["opening"]:
        k.body(doc, line)
    k.body(doc, v["money"])
    k.body(doc, v["results"])
    for line in v["closing"]:
        k.body(doc, line)
    k.para(doc, (v["wish"], "i"), first=1.0)
    sign = v["sign"]
    k.signature(
        doc,
        [],
        [*[(line, "b") for line in sign[:-1]], "", "", "", (sign[-1], "b")],
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": fold(v["results"]).rstrip("."),
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": iso(v["date"][1], v["date"][2], v["date"][3]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], sign[-1:-3:-1]),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], sign[-1], v.get("stamp"))


ENTRIES = (
    Entry(
        "w10-thucamon-kmd-mttq",
        ("scan", "doc"),
        {
            "unit_id": "kmd-mttq",
            "superior": ["ỦY BAN MTTQ VIỆT NAM", "TỈNH QUẢNG TRỊ"],
            "issuer": "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ KHE MÂY ĐÔNG",
            "date": ("Khe Mây Đông", 15, 5, 2026),
            "to": [
                "- Các cơ quan, doanh nghiệp, nhà hảo tâm;",
                "- Bà con con em quê hương Khe Mây Đông đang sinh sống, làm việc xa quê;",
                "- Nhân dân thôn Khe Mây, thôn Tân Xuân.",
            ],
            "opening": [
                "Ngày 02/9/2025, Ban Thường trực Ủy ban MTTQ Việt Nam xã Khe Mây Đông có Thư "
                "ngỏ kêu gọi chung tay thực hiện mô hình “Dân vận khéo” “Thắp sáng đường quê” "
                "tại thôn Khe Mây và thôn Tân Xuân, do đồng chí Nguyễn Văn Dũng, Phó Chủ tịch "
                "Ủy ban MTTQ Việt Nam xã, trực tiếp phụ trách.",
            ],
            "money": "Sau 8 tháng vận động, mô hình đã nhận được sự hưởng ứng của 412 hộ gia "
            "đình, 9 doanh nghiệp và nhiều nhà hảo tâm với tổng số tiền 268.500.000 đ (bằng "
            "chữ: Hai trăm sáu mươi tám triệu năm trăm nghìn đồng). Ngoài ra, ngân sách xã hỗ "
            "trợ 60.000.000 đ và Điện lực khu vực tặng 40 cột điện cũ.",
            "results": "Đến nay đã lắp đặt 186 bộ đèn năng lượng mặt trời trên 9,4 km đường "
            "liên thôn và ngõ xóm; đường tối trước đây nay sáng đến 22 giờ, học sinh đi học "
            "thêm buổi tối an toàn, không còn vụ trộm cắp gia súc nào trên tuyến đường từ "
            "tháng 1/2026.",
            "closing": [
                "Thay mặt Ban Thường trực Ủy ban MTTQ Việt Nam xã, chúng tôi xin trân trọng "
                "cảm ơn tấm lòng của quý vị. Danh sách các tập thể, cá nhân ủng hộ được niêm "
                "yết công khai tại nhà văn hóa hai thôn; mọi thắc mắc xin liên hệ bà Lê Thị Hoa, "
                "kế toán Ủy ban MTTQ xã, điện thoại 0935 608 214.",
            ],
            "wish": "Kính chúc quý vị sức khỏe, hạnh phúc và thành công!",
            "model": "Thắp sáng đường quê",
            "leader": ("Nguyễn Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
            "position_alt": ["Phó Chủ tịch"],
            "location": "thôn Khe Mây và thôn Tân Xuân",
            "participants": 412,
            "funds": 268_500_000,
            "sign": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Đặng Thị Minh Nguyệt"],
            "unit": "Ban Thường trực Ủy ban MTTQ Việt Nam xã Khe Mây Đông",
            "unit_alt": ["Ủy ban MTTQ Việt Nam xã Khe Mây Đông"],
            "stamp": "ỦY BAN MTTQ VIỆT NAM XÃ KHE MÂY ĐÔNG",
            "traits": [
                "thank_you_letter",
                "money_in_words",
                "decoy_state_support",
                "decoy_treasurer_phone",
                "decoy_appeal_date",
                "decoy_signer",
                "no_phone",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w11-thucamon-kmd-truong",
        ("photo",),
        {
            "unit_id": "kmd-truong",
            "superior": ["ỦY BAN NHÂN DÂN", "XÃ KHE MÂY ĐÔNG"],
            "issuer": "TRƯỜNG PTDTBT TH&THCS KHE MÂY ĐÔNG",
            "date": ("Khe Mây Đông", 28, 5, 2026),
            "to": [
                "- Quý phụ huynh học sinh;",
                "- Các nhà hảo tâm, các doanh nghiệp, đơn vị kết nghĩa.",
            ],
            "opening": [
                "Năm học 2025 – 2026, Trường PTDTBT TH&THCS Khe Mây Đông thực hiện mô hình "
                "“Dân vận khéo” “Bữa trưa nghĩa tình cho học sinh bán trú” tại điểm trường "
                "chính và điểm trường bản Ra Mai. Mô hình do cô Võ Thị Hạnh, Phó Hiệu trưởng, "
                "trực tiếp phụ trách.",
            ],
            "money": "Với tấm lòng của 326 phụ huynh tham gia góp gạo, rau, củi và ngày công nấu "
            "ăn cùng các nhà hảo tâm, nhà trường đã tiếp nhận 154 triệu đồng tiền mặt và 2,4 "
            "tấn gạo. Kinh phí hỗ trợ học sinh bán trú theo chính sách của Nhà nước (1,2 tỷ "
            "đồng) được chi đúng, đủ, không dùng vào khoản vận động này.",
            "results": "Cả năm học, 218 em học sinh bán trú được ăn bữa trưa có thịt, cá, "
            "trứng ít nhất 4 ngày mỗi tuần; tỷ lệ học sinh suy dinh dưỡng giảm từ 24% xuống "
            "15%; tỷ lệ chuyên cần đạt 98,6%, không có học sinh bỏ học.",
            "closing": [
                "Nhà trường xin chân thành cảm ơn sự đồng hành quý báu của quý vị. Mọi thông "
                "tin xin liên hệ cô Võ Thị Hạnh, điện thoại 0914 665 238.",
            ],
            "wish": "Kính chúc quý vị và gia đình mạnh khỏe, an vui!",
            "model": "Bữa trưa nghĩa tình cho học sinh bán trú",
            "leader": ("Võ Thị Hạnh", "Phó Hiệu trưởng"),
            "phone": "0914 665 238",
            "location": "điểm trường chính và điểm trường bản Ra Mai",
            "participants": 326,
            "funds": 154_000_000,
            "sign": ["HIỆU TRƯỞNG", "Trần Văn Đức"],
            "unit": "Trường PTDTBT TH&THCS Khe Mây Đông",
            "unit_alt": ["Trường Phổ thông Dân tộc bán trú Tiểu học và THCS Khe Mây Đông"],
            "stamp": "TRƯỜNG PTDTBT TH&THCS KHE MÂY ĐÔNG",
            "traits": [
                "thank_you_letter",
                "decoy_state_support",
                "decoy_goods",
                "decoy_signer",
                "title_before_name",
                "unit_by_alias",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w12-thucamon-kmd-cb-khe-may",
        ("scan",),
        {
            "unit_id": "kmd-cb-khe-may",
            "party": True,
            "superior": ["ĐẢNG BỘ XÃ KHE MÂY ĐÔNG"],
            "issuer": "CHI BỘ THÔN KHE MÂY",
            "date": ("Khe Mây", 10, 6, 2026),
            "to": [
                "- Nhân dân thôn Khe Mây;",
                "- Con em thôn Khe Mây làm ăn, sinh sống ở các nơi.",
            ],
            "opening": [
                "Thực hiện mô hình “Dân vận khéo” “Con đường nghĩa tình” năm 2025 – 2026, Chi bộ "
                "thôn Khe Mây đã bàn với dân làm mới 3,2 km đường bê tông từ đường liên xã vào "
                "xóm Đồi Ràng. Tôi, Lê Quang Thạch, Bí thư Chi bộ, Trưởng thôn, được chi bộ giao "
                "trực tiếp phụ trách mô hình.",
            ],
            "money": "Bà con 138 hộ trong thôn đã góp 1,26 tỷ đồng tiền mặt (cả con em xa quê), "
            "hiến 4.600 m² đất, góp 2.150 ngày công; Nhà nước hỗ trợ xi măng theo cơ chế đặc thù "
            "trị giá 810 triệu đồng.",
            "results": "Con đường đã khánh thành ngày 19/5/2026, rộng 4 m, có rãnh thoát nước và "
            "320 cây bóng mát hai bên; xe tải vào tận vườn thu mua cà phê, giá bán tăng thêm "
            "1.500 đồng/kg; thôn Khe Mây đạt chuẩn thôn nông thôn mới kiểu mẫu.",
            "closing": [
                "Thay mặt Chi bộ, tôi xin cảm ơn bà con đã đồng lòng, chung sức. Con đường là "
                "của dân, do dân làm, dân giữ.",
            ],
            "wish": "Chúc bà con sức khỏe, làm ăn phát đạt!",
            "model": "Con đường nghĩa tình",
            "leader": ("Lê Quang Thạch", "Bí thư Chi bộ, Trưởng thôn"),
            "location": "thôn Khe Mây",
            "location_alt": ["xóm Đồi Ràng"],
            "participants": 138,
            "funds": 1_260_000_000,
            "sign": ["T/M CHI BỘ", "BÍ THƯ", "Lê Quang Thạch"],
            "unit": "Chi bộ thôn Khe Mây",
            "stamp": None,
            "traits": [
                "thank_you_letter",
                "first_person_leader",
                "decoy_state_support",
                "decoy_land_and_workdays",
                "decoy_inauguration_date",
                "leader_signs",
                "no_phone",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("thucamon_nhahaotam", "report", ("W07", "W08"), render, ENTRIES)
