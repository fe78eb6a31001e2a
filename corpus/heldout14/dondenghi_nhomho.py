"""A registration made as a citizens' group petition ("Đơn đề nghị"): the households of a
self-managed group ask the commune to recognise and support their model, list themselves in a
table with a column for signatures, and the village head confirms at the foot.

After the petitions that groups of households address to a commune ("ĐƠN ĐỀ NGHỊ", "Về việc …",
"Kính gửi: …", "Chúng tôi gồm các hộ gia đình có tên dưới đây", "Người đại diện", "Chúng tôi
xin cam đoan …", "Xin trân trọng cảm ơn", a list "TT | Họ và tên chủ hộ | … | Ký tên", "XÁC
NHẬN CỦA TRƯỞNG THÔN") (W05), filled with the items of a registration (W06). The person in
charge is the group's representative, not the first row of the list, nor the village head who
confirms (with a phone and a date of his own); the number of households is not a field of a
registration.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.para(doc, ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 12), align="center", after=0)
    k.para(doc, ("Độc lập - Tự do - Hạnh phúc", "bu", 13), align="center", after=4)
    k.para(doc, (date_line(*v["date"]), "i", 12), align="right", after=10)
    k.para(doc, ("ĐƠN ĐỀ NGHỊ", "b", 15), align="center", after=0)
    k.para(doc, (v["about"], "b", 13), align="center", after=8)
    k.para(doc, ("Kính gửi:", "bi"), align="left", indent=1.5, after=0)
    for line in v["to"]:
        k.para(doc, line, align="left", indent=3.0, after=0)
    k.para(doc, "", after=0)
    person, position = v["leader"]
    k.body(doc, v["intro"])
    k.body(
        doc,
        f"Người đại diện: {v['honorific']} {person}, sinh năm {v['born']}, {position}"
        + (f"; số điện thoại: {v['phone']}." if v.get("phone") else "."),
    )
    k.para(doc, ("1. Lý do đề nghị", "b"), before=4)
    for line in v["reasons"]:
        k.body(doc, line)
    k.para(doc, ("2. Nội dung chúng tôi đăng ký thực hiện", "b"), before=4)
    if v.get("nature"):
        k.body(doc, v["nature"])
    for point in v["content"]:
        k.body(doc, point, first=0.0, indent=1.0)
    k.para(doc, ("3. Chúng tôi đề nghị", "b"), before=4)
    for line in v["requests"]:
        k.body(doc, line)
    k.body(doc, "Chúng tôi xin cam đoan thực hiện đúng những nội dung đã đăng ký, chấp hành "
           "nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Xin trân trọng cảm "
           "ơn!")  # fmt: skip
    k.para(doc, ("DANH SÁCH CÁC HỘ THAM GIA", "b"), align="center", before=8, after=2)
    rows = v["households"]
    tbl = k.table(doc, len(rows) + 1, (1.0, 5.2, 1.8, 4.0, 4.0))
    for col, label in enumerate(("TT", "Họ và tên chủ hộ", "Số khẩu", "Nơi ở", "Ký tên")):
        k.cell_text(tbl.cell(0, col), [(label, "b", 11)], align="center")
    for number, (name, mouths, place) in enumerate(rows, start=1):
        k.cell_text(tbl.cell(number, 0), (str(number), "", 11), align="center")
        k.cell_text(tbl.cell(number, 1), (name, "", 11))
        k.cell_text(tbl.cell(number, 2), (str(mouths), "", 11), align="center")
        k.cell_text(tbl.cell(number, 3), (place, "", 11))
        k.cell_text(tbl.cell(number, 4), (name.split()[-1], "h", 11), align="center")
    head, head_position, head_phone, head_note = v["village_head"]
    k.signature(
        doc,
        [
            ("XÁC NHẬN CỦA TRƯỞNG THÔN, BẢN", "b"),
            (head_note, "h"),
            "",
            (head, "b"),
            (f"{head_position} – ĐT: {head_phone}", "i", 11),
        ],
        [("ĐẠI DIỆN CÁC HỘ", "b"), ("(Ký, ghi rõ họ tên)", "i"), "", "", (person, "b")],
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]).rstrip("."),
        "signed_date": iso(v["date"][1], v["date"][2], v["date"][3]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("registration", fields, v["unit_id"], alt, v["traits"], person, None)


ENTRIES = (
    Entry(
        "w07-dondenghi-kmd-to-rung",
        ("scan", "doc"),
        {
            "unit_id": "kmd-to-rung",
            "date": ("Pa Lin", 16, 3, 2026),
            "about": "Về việc công nhận và hỗ trợ mô hình “Dân vận khéo” “Rừng là nhà của bản”",
            "model": "Rừng là nhà của bản",
            "to": [
                "- Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Khe Mây Đông;",
                "- Ủy ban nhân dân xã Khe Mây Đông;",
                "- Hạt Kiểm lâm khu vực.",
            ],
            "intro": "Chúng tôi gồm 14 hộ gia đình có tên dưới đây, là thành viên Tổ bảo vệ rừng "
            "cộng đồng bản Pa Lin, cư trú tại bản Pa Lin, xã Khe Mây Đông, tỉnh Quảng Trị, được "
            "giao quản lý, bảo vệ 326 ha rừng cộng đồng.",
            "honorific": "ông",
            "leader": ("Kray Văn Sơn", "Tổ trưởng Tổ bảo vệ rừng cộng đồng"),
            "position_alt": ["Tổ trưởng"],
            "born": 1979,
            "phone": "0376 912 845",
            "location": "bản Pa Lin",
            "reasons": [
                "Mấy năm trước rừng của bản hay bị chặt trộm, đốt nương lấn rừng. Từ khi bản "
                "họp dân, lập tổ tuần tra, rừng được giữ, suối không cạn nước mùa khô.",
            ],
            "content": [
                "- Tuần tra rừng 4 lần mỗi tháng theo nhóm 3 người, ghi sổ tuần tra;",
                "- Đưa việc giữ rừng vào hương ước của bản, nhắc nhau không đốt nương gần rừng;",
                "- Trồng 5 ha cây bản địa dưới tán rừng nghèo;",
                "- Tiền chi trả dịch vụ môi trường rừng dùng một phần lập quỹ giúp hộ khó khăn.",
            ],
            "requests": [
                "Ban Chỉ đạo xã công nhận mô hình “Dân vận khéo” của Tổ; Ủy ban nhân dân xã "
                "hỗ trợ 2 máy bộ đàm, 14 bộ áo mưa, đèn pin cho tổ tuần tra.",
            ],
            "households": [
                ("Hồ Văn Tâm", 6, "bản Pa Lin"),
                ("Hồ Thị Xoan", 4, "bản Pa Lin"),
                ("Kray Văn Sơn", 5, "bản Pa Lin"),
                ("Hồ Văn Chăm", 7, "bản Pa Lin"),
                ("Kray Thị Nhơn", 3, "bản Pa Lin"),
                ("Hồ Văn Đêu", 5, "bản Pa Lin"),
                ("Lê Văn Ba", 4, "bản Pa Lin"),
                ("Hồ Văn Kăn", 6, "bản Pa Lin"),
                ("Hồ Thị Bốn", 2, "bản Pa Lin"),
                ("Kray Văn Lực", 5, "bản Pa Lin"),
                ("Hồ Văn Thiệp", 4, "bản Pa Lin"),
                ("Hồ Văn Prông", 6, "bản Pa Lin"),
                ("Lê Thị Mai", 3, "bản Pa Lin"),
                ("Hồ Văn Xiêng", 5, "bản Pa Lin"),
            ],
            "village_head": (
                "Hồ Văn Tâm",
                "Trưởng bản Pa Lin",
                "0352 447 190",
                "Các hộ có tên trên đang cư trú tại bản. Ngày 17/3/2026",
            ),
            "unit": "Tổ bảo vệ rừng cộng đồng bản Pa Lin",
            "traits": [
                "citizens_petition",
                "household_signature_list",
                "leader_not_first_row",
                "decoy_village_head",
                "decoy_head_phone",
                "decoy_confirmation_date",
                "no_type",
                "no_domain",
                "van_kieu_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w08-dondenghi-kmd-tht-ong",
        ("photo",),
        {
            "unit_id": "kmd-tht-ong",
            "date": ("Tân Xuân", 23, 3, 2026),
            "about": "V/v đăng ký và đề nghị công nhận mô hình “Dân vận khéo” năm 2026",
            "model": "Nuôi ong dưới tán rừng keo",
            "to": [
                "- Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Khe Mây Đông;",
                "- Hội Nông dân xã Khe Mây Đông.",
            ],
            "intro": "Chúng tôi là các hộ thành viên THT nuôi ong Tân Xuân, thôn Tân Xuân, xã "
            "Khe Mây Đông (Tổ thành lập ngày 10/8/2024, có 9 hộ), có tên trong danh sách dưới "
            "đây.",
            "honorific": "ông",
            "leader": ("Phan Văn Thắng", "Tổ trưởng Tổ hợp tác"),
            "position_alt": ["Tổ trưởng"],
            "born": 1984,
            "phone": "0888.205.794",
            "location": "thôn Tân Xuân",
            "reasons": [
                "Nghề nuôi ong dưới rừng keo cho thu nhập khá mà ít vốn; nhiều hộ còn khó khăn "
                "muốn làm nhưng chưa biết kỹ thuật.",
            ],
            "nature": "Tên mô hình: “Nuôi ong dưới tán rừng keo”; mô hình tập thể, thuộc lĩnh "
            "vực kinh tế, gồm:",
            "type": "collective",
            "domain": "economy",
            "content": [
                "a) Mỗi hộ trong Tổ kèm một hộ nghèo, chia 5 đàn ong giống, hướng dẫn đến khi "
                "tự nuôi được;",
                "b) Thống nhất không phun thuốc diệt cỏ dưới rừng keo vào mùa hoa;",
                "c) Cùng đóng chai, dán nhãn “Mật ong Tân Xuân”, bán chung một giá.",
            ],
            "requests": [
                "Xem xét công nhận mô hình và giới thiệu Tổ vay vốn Ngân hàng Chính sách xã hội "
                "để mở rộng đàn ong.",
            ],
            "households": [
                ("Đoàn Văn Hải", 5, "thôn Tân Xuân"),
                ("Phan Văn Thắng", 4, "thôn Tân Xuân"),
                ("Nguyễn Thị Lài", 3, "thôn Tân Xuân"),
                ("Trần Văn Bảy", 6, "thôn Tân Xuân"),
                ("Lê Văn Sang", 4, "thôn Tân Xuân"),
                ("Phan Thị Hường", 5, "thôn Tân Xuân"),
                ("Hoàng Văn Toàn", 4, "thôn Tân Xuân"),
                ("Võ Văn Tình", 3, "thôn Khe Mây"),
                ("Nguyễn Văn Quý", 5, "thôn Tân Xuân"),
            ],
            "village_head": (
                "Đoàn Văn Hải",
                "Trưởng thôn Tân Xuân",
                "0914 330 276",
                "Xác nhận các hộ trên là thành viên Tổ. Ngày 24/3/2026",
            ),
            "unit": "THT nuôi ong Tân Xuân",
            "unit_alt": ["Tổ hợp tác nuôi ong Tân Xuân"],
            "traits": [
                "citizens_petition",
                "household_signature_list",
                "leader_not_first_row",
                "decoy_village_head",
                "decoy_head_phone",
                "decoy_confirmation_date",
                "decoy_founding_date",
                "unit_by_alias",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w09-dondenghi-kmd-clb-van-nghe",
        ("scan",),
        {
            "unit_id": "kmd-clb-van-nghe",
            "date": ("Ra Mai", None, 3, 2026),
            "about": "Về việc đề nghị hỗ trợ xây dựng mô hình “Dân vận khéo”",
            "model": "Giữ lời ru, tiếng khèn của người Vân Kiều",
            "to": [
                "- Ban Chỉ đạo phong trào “Dân vận khéo” xã Khe Mây Đông;",
                "- Ủy ban MTTQ Việt Nam xã Khe Mây Đông.",
            ],
            "intro": "Chúng tôi gồm các hộ gia đình có người tham gia Câu lạc bộ văn nghệ dân "
            "gian bản Ra Mai (có tên trong danh sách kèm theo), cùng nhau xây dựng mô hình "
            "“Giữ lời ru, tiếng khèn của người Vân Kiều” tại bản Ra Mai.",
            "honorific": "bà",
            "leader": ("Hồ Thị Mừng", "Chủ nhiệm Câu lạc bộ"),
            "born": 1968,
            "location": "bản Ra Mai",
            "reasons": [
                "Người già trong bản còn thuộc nhiều bài hát ru, hát đối đáp; lớp trẻ ít người "
                "biết thổi khèn, đánh chiêng.",
            ],
            "content": [
                "- Mỗi tối thứ Bảy người già dạy hát, dạy thổi khèn cho thanh thiếu niên tại "
                "nhà văn hóa bản;",
                "- Ghi âm, chép lại bằng chữ Việt 30 bài hát ru, hát đối đáp;",
                "- Biểu diễn trong lễ mừng lúa mới và khi có khách du lịch đến bản.",
            ],
            "requests": [
                "Hỗ trợ mua 1 bộ loa, 4 bộ khèn và trang phục truyền thống cho Câu lạc bộ.",
            ],
            "households": [
                ("Hồ Văn Lươi", 5, "bản Ra Mai"),
                ("Hồ Thị Mừng", 3, "bản Ra Mai"),
                ("Hồ Văn Rin", 6, "bản Ra Mai"),
                ("Ăm Bốn", 4, "bản Ra Mai"),
                ("Hồ Thị Sa", 5, "bản Ra Mai"),
                ("Kray Văn Tư", 7, "bản Ra Mai"),
            ],
            "village_head": (
                "Hồ Văn Lươi",
                "Trưởng bản Ra Mai",
                "0372 118 604",
                "Đề nghị xã quan tâm hỗ trợ.",
            ),
            "unit": "Câu lạc bộ văn nghệ dân gian bản Ra Mai",
            "traits": [
                "citizens_petition",
                "household_signature_list",
                "leader_not_first_row",
                "decoy_village_head",
                "decoy_head_phone",
                "no_phone",
                "no_type",
                "no_domain",
                "blank_day",
                "van_kieu_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("dondenghi_nhomho", "registration", ("W05", "W06"), render, ENTRIES)
