"""A report made as the minutes of acceptance and handover ("Biên bản nghiệm thu và bàn giao đưa
vào sử dụng") of what a model built with the people's money and work.

After the acceptance minutes of small works that commune boards and community supervision boards
sign when a road, a bridge or a house is finished (U07: "BIÊN BẢN NGHIỆM THU HOÀN THÀNH …",
"Công trình:", "Địa điểm xây dựng:", "Hôm nay, vào lúc … giờ … phút, ngày … tháng … năm …,
tại …, chúng tôi gồm:", the parties, the volumes, "Đánh giá chất lượng", "Kết luận", "Biên bản
được lập thành … bản", signatures of each party) and the table of funding sources of "Nhà nước
và nhân dân cùng làm" works (U08). The unit is the one whose model built it (the handing-over
side); the person in charge is the head of its campaign board, not the commune's vice-chairman
who receives, the supervision board's head, the family who receives a house, nor the builder.
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
    right = k.quoc_hieu()
    if v.get("header_date"):
        right.append((date_line(*v["date"]), "i", 12))
    k.header_block(doc, left, right)
    for number, line in enumerate(v["title"]):
        k.para(
            doc,
            (line, "b", 15 if number == 0 else 13),
            align="center",
            before=12 if number == 0 else 0,
            after=0,
        )
    k.para(doc, "", after=2)
    for label, value in v["work"]:
        k.para(doc, (label, "b"), value, first=1.0, after=1)
    day = v["date"]
    k.body(
        doc,
        f"Hôm nay, vào lúc {v['time']}, ngày {day[1]:02d} tháng {day[2]} năm {day[3]}, "
        f"tại {v['where']}, chúng tôi gồm:",
    )
    heads = v.get("heads", ("I. THÀNH PHẦN THAM GIA NGHIỆM THU", "II. NỘI DUNG NGHIỆM THU"))
    k.para(doc, (heads[0], "b"), first=1.0, before=4)
    for head, people in v["parties"]:
        k.para(doc, (head, "b"), first=1.0)
        for line in people:
            k.para(doc, line, indent=1.0, after=1)
    k.para(doc, (heads[1], "b"), first=1.0, before=4)
    k.body(doc, v["period"])
    k.para(doc, ("2. Khối lượng hoàn thành", "i"), first=1.0)
    vol = v["volumes"]
    tbl = k.table(doc, len(vol) + 1, (1.0, 7.5, 1.8, 2.8, 2.9))
    for col, head in enumerate(("TT", "Hạng mục", "ĐVT", "Thiết kế / dự kiến", "Thực hiện")):
        k.cell_text(tbl.cell(0, col), (head, "b"), align="center", size=11)
    for row, item in enumerate(vol, 1):
        k.cell_text(tbl.cell(row, 0), str(row), align="center", size=11)
        for col, text in enumerate(item, 1):
            k.cell_text(tbl.cell(row, col), text, align="left" if col == 1 else "center", size=11)
    k.para(doc, "", after=0)
    k.para(doc, ("3. Nguồn kinh phí", "i"), first=1.0)
    money = v["money"]
    fund = k.table(doc, len(money) + 1, (1.0, 8.6, 3.4, 3.0))
    for col, head in enumerate(("TT", "Nguồn", "Số tiền (đồng)", "Ghi chú")):
        k.cell_text(fund.cell(0, col), (head, "b"), align="center", size=11)
    for row, (number, source, amount, note, bold) in enumerate(money, 1):
        flag = "b" if bold else ""
        k.cell_text(fund.cell(row, 0), (number, flag), align="center", size=11)
        k.cell_text(fund.cell(row, 1), (source, flag), size=11)
        k.cell_text(fund.cell(row, 2), (amount, flag), align="right", size=11)
        k.cell_text(fund.cell(row, 3), note, size=11)
    last = len(money)
    total = fund.cell(last, 0).merge(fund.cell(last, 1))
    for extra in [p for p in total.paragraphs if not p.text][: len(total.paragraphs) - 1]:
        extra._p.getparent().remove(extra._p)
    k.para(doc, "", after=0)
    k.para(doc, ("III. ĐÁNH GIÁ KẾT QUẢ VÀ KẾT LUẬN", "b"), first=1.0, before=4)
    k.body(doc, v["quality"])
    k.para(doc, (v["results_label"], "b"), v["results"], first=1.0)
    k.body(doc, v["conclusion"])
    k.para(doc, ("IV. TRÁCH NHIỆM SAU BÀN GIAO", "b"), first=1.0, before=4)
    k.body(doc, v["after"])
    k.body(doc, v["closing"])
    signs = v["signs"]
    k.para(doc, "", after=0)
    grid = k.table(doc, 2, (8.0, 8.0), grid=False)
    for number, block in enumerate(signs):
        cell = grid.cell(number // 2, number % 2)
        k.cell_text(
            cell,
            [*[(line, "b", 12) for line in block[:-1]], "", "", "", (block[-1], "b", 12), ""],
            align="center",
        )
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
        "results": fold(v["results"]).rstrip("."),
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": iso(day[1], day[2], day[3]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], signs[0][-1:-3:-1]),
        "location": v.get("location_alt", []),
    }
    return doc, Truth(
        "report", fields, v["unit_id"], alt, v["traits"], signs[0][-1], v.get("stamp")
    )


ENTRIES = (
    Entry(
        "u10-nghiemthu-gso-cb-rach-kinh",
        ("scan", "doc"),
        {
            "unit_id": "gso-cb-rach-kinh",
            "superior": ["ĐẢNG BỘ XÃ GIỒNG SAO"],
            "issuer": "CHI BỘ ẤP RẠCH KINH\nBAN VẬN ĐỘNG XÂY DỰNG ĐƯỜNG",
            "header_date": True,
            "date": ("Rạch Kinh", 24, 4, 2026),
            "title": ["BIÊN BẢN NGHIỆM THU HOÀN THÀNH", "VÀ BÀN GIAO ĐƯA CÔNG TRÌNH VÀO SỬ DỤNG"],
            "work": [
                ("Công trình: ", "Đường bê tông nông thôn Rạch Kinh – Sóc Tro (tuyến số 2)"),
                (
                    "Thuộc mô hình: ",
                    "“Dân vận khéo” “Đường sóc nghĩa tình” của Chi bộ ấp Rạch "
                    "Kinh, do đồng chí Lâm Văn Chanh, Bí thư Chi bộ, Trưởng ban vận động, phụ "
                    "trách (điện thoại 0986 403 271)",
                ),
                ("Địa điểm xây dựng: ", "ấp Rạch Kinh, xã Giồng Sao, tỉnh Vĩnh Long"),
            ],
            "time": "8 giờ 30 phút",
            "where": "đầu tuyến đường (nhà văn hóa ấp Rạch Kinh)",
            "parties": [
                (
                    "1. Đại diện bên giao – Ban vận động xây dựng đường ấp Rạch Kinh:",
                    [
                        "- Ông Lâm Văn Chanh – Bí thư Chi bộ, Trưởng ban vận động;",
                        "- Bà Thạch Thị Sa Vết – Trưởng ấp, Phó ban;",
                        "- Ông Kiên Văn Sà Rây – Thủ quỹ ban vận động.",
                    ],
                ),
                (
                    "2. Đại diện bên nhận – Ủy ban nhân dân xã Giồng Sao:",
                    [
                        "- Ông Dương Hoàng Phúc – Phó Chủ tịch UBND xã;",
                        "- Ông Lê Minh Triết – công chức Phòng Kinh tế xã.",
                    ],
                ),
                (
                    "3. Ban Giám sát đầu tư của cộng đồng ấp Rạch Kinh:",
                    [
                        "- Ông Sơn Văn Khum – Trưởng ban (ĐT 0393 580 612).",
                    ],
                ),
                (
                    "4. Đại diện các hộ dân hưởng lợi:",
                    [
                        "- Bà Danh Thị Phol, ông Trần Văn Tới.",
                    ],
                ),
            ],
            "period": "1. Thời gian thi công: khởi công ngày 05/01/2026, hoàn thành ngày "
            "15/4/2026 (sớm hơn kế hoạch 15 ngày).",
            "volumes": [
                ("Mặt đường bê tông M250, dày 16 cm", "m", "2.400", "2.460"),
                ("Chiều rộng mặt đường", "m", "3,0", "3,5"),
                ("Cống thoát nước ngang đường Ø60", "cái", "6", "8"),
                ("Đèn chiếu sáng năng lượng mặt trời", "bộ", "40", "52"),
            ],
            "money": [
                ("1", "Vận động xã hội hóa bằng tiền mặt", "628.500.000", "", True),
                (
                    "",
                    "– 146 hộ dân trong ấp đóng góp",
                    "402.500.000",
                    "bình quân 2,75 triệu/hộ",
                    False,
                ),
                ("", "– Con em xa quê, mạnh thường quân, chùa Sóc Tro", "226.000.000", "", False),
                ("2", "Ngân sách xã hỗ trợ (Chương trình MTQG)", "540.000.000", "", False),
                (
                    "3",
                    "Ngày công, đất hiến quy đổi (4.100 m² đất, 1.320 ngày công)",
                    "318.000.000",
                    "không cộng vào tổng",
                    False,
                ),
                ("", "Tổng cộng (1 + 2)", "1.168.500.000", "", True),
            ],
            "quality": "Công trình thi công đúng thiết kế, mặt đường phẳng, không nứt, cống "
            "thoát nước tốt; Ban Giám sát đầu tư của cộng đồng không phát hiện sai phạm; thu, "
            "chi được công khai 5 lần tại nhà văn hóa ấp.",
            "results_label": "Kết quả mô hình: ",
            "results": "Sau 4 tháng, nhân dân hai ấp Rạch Kinh, Sóc Tro có tuyến đường bê tông "
            "dài 2.460 m, rộng 3,5 m nối với đường tỉnh; 52 bộ đèn năng lượng mặt trời chiếu "
            "sáng cả tuyến; 38 hộ tự nguyện hiến 4.100 m² đất, dời hàng rào mà không phải bồi "
            "thường; xe tải nhỏ vào tận vườn thu mua dừa, học sinh đi học không còn lội bùn "
            "mùa mưa.",
            "conclusion": "Các bên thống nhất nghiệm thu hoàn thành và bàn giao công trình cho "
            "Ủy ban nhân dân xã quản lý, đưa vào sử dụng từ ngày 25/4/2026.",
            "after": "Ủy ban nhân dân xã giao ấp Rạch Kinh quản lý, duy tu; Chi bộ ấp lãnh đạo "
            "tổ tự quản giữ gìn vệ sinh, đèn chiếu sáng.",
            "closing": "Biên bản kết thúc lúc 10 giờ 15 phút cùng ngày, được lập thành 04 bản, "
            "mỗi bên giữ 01 bản, có giá trị như nhau./.",
            "signs": [
                ["ĐẠI DIỆN BÊN GIAO", "TRƯỞNG BAN VẬN ĐỘNG", "Lâm Văn Chanh"],
                ["ĐẠI DIỆN BÊN NHẬN", "KT. CHỦ TỊCH UBND XÃ", "PHÓ CHỦ TỊCH", "Dương Hoàng Phúc"],
                ["BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG", "TRƯỞNG BAN", "Sơn Văn Khum"],
                ["ĐẠI DIỆN HỘ DÂN", "Danh Thị Phol"],
            ],
            "model": "Đường sóc nghĩa tình",
            "leader": ("Lâm Văn Chanh", "Bí thư Chi bộ, Trưởng ban vận động"),
            "position_alt": ["Bí thư Chi bộ", "Trưởng ban vận động"],
            "phone": "0986 403 271",
            "location": "ấp Rạch Kinh",
            "participants": 146,
            "funds": 628_500_000,
            "unit": "Chi bộ ấp Rạch Kinh",
            "unit_alt": ["CHI BỘ ẤP RẠCH KINH"],
            "stamp": None,
            "traits": [
                "acceptance_minutes",
                "funds_table_subtotal",
                "merged_cells",
                "decoy_state_budget",
                "decoy_land_and_workdays",
                "decoy_receiver",
                "decoy_supervisor_phone",
                "decoy_completion_date",
                "four_signatures",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u11-bangiao-gso-hoi-ccb",
        ("photo",),
        {
            "unit_id": "gso-hoi-ccb",
            "superior": ["HỘI CCB TỈNH VĨNH LONG"],
            "issuer": "HỘI CỰU CHIẾN BINH XÃ GIỒNG SAO",
            "header_date": False,
            "date": ("Giồng Sao", 19, 5, 2026),
            "title": ["BIÊN BẢN BÀN GIAO", "NHÀ “NGHĨA TÌNH ĐỒNG ĐỘI”"],
            "heads": ("I. THÀNH PHẦN", "II. NỘI DUNG BÀN GIAO"),
            "work": [
                ("Công trình: ", "Nhà ở kiên cố cho hội viên có hoàn cảnh khó khăn"),
                (
                    "Mô hình: ",
                    "“Dân vận khéo” “Mái ấm đồng đội” năm 2026 của Hội Cựu chiến binh "
                    "xã Giồng Sao – lĩnh vực văn hóa - xã hội",
                ),
                ("Địa điểm: ", "tổ 5, ấp Bến Dừa"),
            ],
            "domain": "culture_society",
            "time": "14 giờ 00",
            "where": "nhà ông Sơn Văn Nol, tổ 5, ấp Bến Dừa",
            "parties": [
                (
                    "1. Bên bàn giao – Ban Chấp hành Hội CCB xã Giồng Sao:",
                    [
                        "- Ông Đỗ Văn Hùng – Chủ tịch Hội, Trưởng ban chỉ đạo mô hình;",
                        "- Ông Trần Văn Khéo – Phó Chủ tịch Hội, người trực tiếp phụ trách mô hình "
                        "(0913 671 509);",
                    ],
                ),
                (
                    "2. Bên nhận nhà:",
                    [
                        "- Ông Sơn Văn Nol, sinh năm 1956, hội viên Chi hội CCB ấp Bến Dừa, hộ "
                        "nghèo (ĐT 0342 118 906).",
                    ],
                ),
                (
                    "3. Chứng kiến:",
                    [
                        "- Bà Lê Thị Kim Hoàng – Chủ tịch Ủy ban MTTQ Việt Nam xã;",
                        "- Ông Nguyễn Văn Hiếu – Trưởng ấp Bến Dừa.",
                    ],
                ),
            ],
            "period": "1. Nhà khởi công ngày 02/3/2026, hoàn thành ngày 12/5/2026 (70 ngày).",
            "volumes": [
                ("Nhà cấp 4, tường gạch, mái tôn, nền lát gạch men", "m²", "60", "64"),
                ("Nhà vệ sinh, bể nước", "bộ", "1", "1"),
                ("Ngày công hội viên tham gia", "công", "300", "412"),
            ],
            "money": [
                ("1", "Hội viên CCB toàn xã đóng góp (118 hội viên)", "47.200.000", "", False),
                ("2", "Đồng đội, con em xa quê, doanh nghiệp ủng hộ", "65.800.000", "", False),
                ("3", "Quỹ “Vì người nghèo” xã hỗ trợ", "40.000.000", "theo QĐ của UBND xã", False),
                ("4", "Gia đình ông Sơn Văn Nol đối ứng", "12.000.000", "", False),
                ("", "Tổng giá trị căn nhà", "165.000.000", "", True),
            ],
            "quality": "Căn nhà xây đúng thiết kế, chắc chắn, có điện, nước sạch; hội viên góp "
            "412 ngày công, tiết kiệm khoảng 70 triệu đồng tiền nhân công.",
            "results_label": "Kết quả: ",
            "results": "Đây là căn nhà thứ 3 của mô hình “Mái ấm đồng đội”; qua vận động, 118 "
            "hội viên CCB toàn xã cùng đồng đội, doanh nghiệp đã góp 113 triệu đồng tiền mặt, "
            "giúp gia đình ông Sơn Văn Nol – một cựu chiến binh Khmer, hộ nghèo – có nhà kiên "
            "cố trước mùa mưa bão; Hội cam kết tiếp tục giúp gia đình nuôi 2 con bò giống để "
            "thoát nghèo bền vững.",
            "conclusion": "Bên bàn giao đã giao nhà và toàn bộ hồ sơ chi tiêu; bên nhận đã nhận "
            "đủ, không có ý kiến gì khác.",
            "after": "Gia đình ông Sơn Văn Nol có trách nhiệm giữ gìn, sử dụng căn nhà đúng "
            "mục đích, không được chuyển nhượng trong 10 năm.",
            "closing": "Biên bản lập xong hồi 15 giờ cùng ngày, được đọc cho các bên cùng nghe, "
            "thống nhất ký tên./.",
            "signs": [
                ["BÊN BÀN GIAO", "TM. BAN CHẤP HÀNH HỘI CCB", "CHỦ TỊCH", "Đỗ Văn Hùng"],
                ["BÊN NHẬN", "Sơn Văn Nol"],
                ["CHỨNG KIẾN", "ỦY BAN MTTQ VIỆT NAM XÃ", "Lê Thị Kim Hoàng"],
                ["TRƯỞNG ẤP BẾN DỪA", "Nguyễn Văn Hiếu"],
            ],
            "model": "Mái ấm đồng đội",
            "leader": ("Trần Văn Khéo", "Phó Chủ tịch Hội"),
            "position_alt": [
                "Phó Chủ tịch Hội CCB xã Giồng Sao",
                "Phó Chủ tịch Hội, người trực tiếp phụ trách mô hình",
            ],
            "phone": "0913 671 509",
            "location": "tổ 5, ấp Bến Dừa",
            "location_alt": ["ấp Bến Dừa"],
            "participants": 118,
            "funds": 113_000_000,
            "unit": "Hội Cựu chiến binh xã Giồng Sao",
            "unit_alt": ["HỘI CỰU CHIẾN BINH XÃ GIỒNG SAO", "Hội CCB xã Giồng Sao"],
            "stamp": "HỘI CỰU CHIẾN BINH XÃ GIỒNG SAO",
            "traits": [
                "handover_minutes",
                "no_date_line",
                "funds_sum_of_rows",
                "decoy_poverty_fund",
                "decoy_family_share",
                "decoy_receiver_phone",
                "decoy_head_of_board",
                "decoy_workdays",
                "four_signatures",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u12-nghiemthu-gso-doan-xa",
        ("scan",),
        {
            "unit_id": "gso-doan-xa",
            "superior": ["ỦY BAN NHÂN DÂN", "XÃ GIỒNG SAO"],
            "issuer": "BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG",
            "header_date": True,
            "date": ("Giồng Sao", 26, 3, 2026),
            "title": ["BIÊN BẢN NGHIỆM THU", "Hạng mục: Tuyến đường “Thanh niên thắp sáng”"],
            "work": [
                (
                    "Tên mô hình: ",
                    "“Dân vận khéo” “Thanh niên thắp sáng đường quê” (mô hình tập "
                    "thể, lĩnh vực quốc phòng - an ninh)",
                ),
                ("Đơn vị thực hiện: ", "Ban Chấp hành Đoàn xã Giồng Sao"),
                ("Phạm vi: ", "đường liên ấp Giồng Sao – Bến Dừa và đường ra bến đò Cái Thia"),
            ],
            "type": "collective",
            "domain": "security_defense",
            "time": "15 giờ",
            "where": "bến đò Cái Thia",
            "parties": [
                (
                    "1. Đơn vị thực hiện – BCH Đoàn xã Giồng Sao:",
                    [
                        "- Đ/c Kiên Thị Sô Phia – Bí thư Đoàn xã, phụ trách mô hình, ĐT: 0357.226.914;",
                        "- Đ/c Huỳnh Tấn Lộc – Phó Bí thư Đoàn xã.",
                    ],
                ),
                (
                    "2. Ban Giám sát đầu tư của cộng đồng xã:",
                    [
                        "- Ông Lê Văn Chín – Trưởng ban;",
                        "- Bà Nguyễn Thị Lan – thành viên.",
                    ],
                ),
                (
                    "3. Ủy ban nhân dân xã:",
                    [
                        "- Ông Dương Hoàng Phúc – Phó Chủ tịch UBND xã.",
                    ],
                ),
            ],
            "period": "1. Thời gian thực hiện: từ ngày 26/01/2026 (Tháng Thanh niên) đến ngày "
            "20/3/2026.",
            "volumes": [
                ("Cột đèn năng lượng mặt trời 100W", "bộ", "120", "134"),
                ("Chiều dài tuyến được chiếu sáng", "km", "5,0", "5,6"),
                ("Camera kết nối tổ an ninh", "cái", "6", "6"),
            ],
            "money": [
                (
                    "1",
                    "Đoàn viên, thanh niên góp (tiết kiệm, bán ve chai, phế liệu)",
                    "36.400.000",
                    "",
                    False,
                ),
                (
                    "2",
                    "Doanh nghiệp, hộ kinh doanh, hộ dân hai bên đường ủng hộ",
                    "187.600.000",
                    "",
                    False,
                ),
                ("3", "Tỉnh Đoàn hỗ trợ (công trình thanh niên)", "50.000.000", "", False),
                (
                    "4",
                    "Ngân sách xã (chi phí lắp đặt, điện chiếu sáng ban đầu)",
                    "30.000.000",
                    "",
                    False,
                ),
                ("", "Tổng cộng", "304.000.000", "", True),
            ],
            "quality": "Các bộ đèn đúng chủng loại, sáng tự động từ 18 giờ đến 5 giờ; cột chôn "
            "chắc chắn, cách đều 40 m; camera hoạt động tốt.",
            "results_label": "Kết quả đạt được: ",
            "results": "5,6 km đường liên ấp và đường ra bến đò được chiếu sáng bằng 134 bộ đèn; "
            "212 đoàn viên, thanh niên đóng góp 36,4 triệu đồng và 640 ngày công, vận động "
            "doanh nghiệp, hộ dân ủng hộ 187,6 triệu đồng; từ khi có đèn, không còn xảy ra "
            "trộm cắp tài sản, tai nạn giao thông ban đêm trên tuyến.",
            "conclusion": "Ban Giám sát thống nhất nghiệm thu, đề nghị Ủy ban nhân dân xã tiếp "
            "nhận, giao ấp quản lý.",
            "after": "Đoàn xã phân công các chi đoàn ấp kiểm tra đèn hằng tuần, báo hỏng cho "
            "đơn vị bảo hành (bảo hành 24 tháng).",
            "closing": "Biên bản được lập thành 03 bản./.",
            "signs": [
                ["ĐƠN VỊ THỰC HIỆN", "BÍ THƯ ĐOÀN XÃ", "Kiên Thị Sô Phia"],
                ["BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG", "TRƯỞNG BAN", "Lê Văn Chín"],
                ["ỦY BAN NHÂN DÂN XÃ", "PHÓ CHỦ TỊCH", "Dương Hoàng Phúc"],
                ["THƯ KÝ", "Nguyễn Thị Lan"],
            ],
            "model": "Thanh niên thắp sáng đường quê",
            "leader": ("Kiên Thị Sô Phia", "Bí thư Đoàn xã"),
            "position_alt": ["Bí thư Đoàn xã Giồng Sao"],
            "phone": "0357.226.914",
            "location": "đường liên ấp Giồng Sao – Bến Dừa và đường ra bến đò Cái Thia",
            "location_alt": ["đường liên ấp Giồng Sao – Bến Dừa"],
            "participants": 212,
            "funds": 224_000_000,
            "unit": "Ban Chấp hành Đoàn xã Giồng Sao",
            "unit_alt": ["BCH Đoàn xã Giồng Sao", "Đoàn xã Giồng Sao"],
            "stamp": None,
            "traits": [
                "acceptance_minutes",
                "issuer_is_supervision_board",
                "funds_sum_of_rows",
                "decoy_province_youth_support",
                "decoy_state_budget",
                "decoy_start_date",
                "leader_signs",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("bienban_nghiemthu", "report", ("U07", "U08"), render, ENTRIES)
