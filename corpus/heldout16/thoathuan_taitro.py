"""A registration made as a sponsorship agreement ("Thỏa thuận tài trợ"): the unit that sets up a
model (party A) and a business or a native living away (party B) agree, article by article, on
what B gives and what A will do with it — the model's contents in A's article.

After the sponsorship contracts offered as templates (S05: "HỢP ĐỒNG TÀI TRỢ", "Số: …/HĐTT",
"Căn cứ Bộ luật Dân sự 2015", "Căn cứ nhu cầu và khả năng của hai bên", "Hôm nay, ngày …
tháng … năm …, chúng tôi gồm:", "BÊN A: … Do Ông (Bà): … Chức vụ: … làm đại diện / Địa chỉ /
Điện thoại / Tài khoản", "BÊN B: …", "ĐIỀU I: NỘI DUNG …", "ĐẠI DIỆN BÊN A / ĐẠI DIỆN BÊN B")
and the agreements by which communes' associations take a business's support for a people's
model (S06). B's representative, phone, tax code and account, the sum given, the payment dates
and A's account are decoys; the person in charge is A's representative unless A's article names
another.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def _party(doc: Document, name: str, rows: list[tuple[str, str]]) -> None:
    k.para(doc, (name, "b"), before=4)
    for label, value in rows:
        k.tabbed(doc, [label, value], (4.5,), indent=0.5)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    date = v.get("date")
    if v.get("header"):
        right = [*k.quoc_hieu()]
        if date:
            right.append((date_line(*date), "i", 13))
        k.header_block(doc, [(line, "b", 12) for line in v["header"]], right)
    else:
        for run in k.quoc_hieu(short_rule=False):
            k.para(doc, run, align="center", after=0)
    k.para(doc, (v["doc_title"], "b", 15), align="center", before=12, after=0)
    k.para(doc, (v["subtitle"], "b", 13), align="center", after=0)
    k.para(doc, (v["number"], "", 13), align="center", after=8)
    for line in v["grounds"]:
        k.para(doc, (line, "i"), first=1.0, after=1)
    k.body(doc, v["today"], before=4)
    _party(doc, v["party_a"], v["a_rows"])
    _party(doc, v["party_b"], v["b_rows"])
    k.body(doc, v["agree"], before=4)
    for heading, lines in v["articles"]:
        k.para(doc, (heading, "b"), before=4)
        for line in lines:
            if line == "@content":
                for item in v["content"]:
                    k.para(doc, item, indent=0.5)
            else:
                k.body(doc, line)
    k.para(doc, "", after=0)
    tbl = k.table(doc, 1, (8.0, 8.0), grid=False)
    k.cell_text(tbl.cell(0, 0), [("ĐẠI DIỆN BÊN A", "b"), *v["sign_a"]], align="center")
    k.cell_text(tbl.cell(0, 1), [("ĐẠI DIỆN BÊN B", "b"), *v["sign_b"]], align="center")
    if v.get("witness"):
        k.para(doc, "", after=0)
        for run in v["witness"]:
            k.para(doc, run, align="center", after=0)
    person, position = v["leader"]
    day = v["signed"]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]).rstrip(".;"),
        "signed_date": iso(*day) if day else None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], v["sign_a"][-1][0], v.get("stamp")
    )


ENTRIES = (
    Entry(
        "s07-thoathuan-pnh-hoi-nong-dan",
        ("scan", "doc"),
        {
            "unit_id": "pnh-hoi-nong-dan",
            "header": ["HỘI NÔNG DÂN TỈNH LẠNG SƠN", "HỘI NÔNG DÂN XÃ PÁC NÀ HIN"],
            "date": ("Pác Nà Hin", 12, 3, 2026),
            "signed": (12, 3, 2026),
            "doc_title": "THỎA THUẬN TÀI TRỢ",
            "subtitle": "Xây dựng mô hình “Dân vận khéo” “Nông dân Pác Nà Hin liên kết trồng hồi "
            "hữu cơ”",
            "number": "Số: 03/2026/TTTT-HND",
            "grounds": [
                "- Căn cứ Bộ luật Dân sự năm 2015;",
                "- Căn cứ Kế hoạch số 11-KH/ĐU ngày 16/01/2026 của Đảng ủy xã về phong trào thi "
                "đua “Dân vận khéo” năm 2026;",
                "- Căn cứ nhu cầu và khả năng của hai bên.",
            ],
            "today": "Hôm nay, ngày 12 tháng 3 năm 2026, tại trụ sở Hội Nông dân xã Pác Nà Hin, "
            "chúng tôi gồm:",
            "party_a": "BÊN A (Bên nhận tài trợ): HỘI NÔNG DÂN XÃ PÁC NÀ HIN",
            "a_rows": [
                ("Đại diện:", "Ông Chu Văn Quyết"),
                ("Chức vụ:", "Chủ tịch Hội Nông dân xã"),
                ("Địa chỉ:", "Trụ sở UBND xã Pác Nà Hin, tỉnh Lạng Sơn"),
                ("Điện thoại:", "0916 482 075"),
                ("Tài khoản:", "8807 2100 14523 tại Agribank chi nhánh Lạng Sơn"),
            ],
            "party_b": "BÊN B (Bên tài trợ): CÔNG TY CỔ PHẦN TINH DẦU XỨ LẠNG",
            "b_rows": [
                ("Đại diện:", "Bà Đàm Thị Phương Thảo"),
                ("Chức vụ:", "Giám đốc"),
                ("Mã số thuế:", "4900 815 372"),
                ("Điện thoại:", "0205 3719 668"),
            ],
            "agree": "Sau khi bàn bạc, hai bên thống nhất ký kết thỏa thuận tài trợ với các điều "
            "khoản sau:",
            "articles": [
                (
                    "Điều 1. Nội dung và giá trị tài trợ",
                    [
                        "Bên B tài trợ cho Bên A 180.000.000 đồng (Một trăm tám mươi triệu đồng) "
                        "bằng cây giống hồi ghép và phân bón hữu cơ, chuyển làm 2 đợt: đợt 1 "
                        "trước ngày 30/3/2026, đợt 2 trước ngày 30/8/2026.",
                    ],
                ),
                (
                    "Điều 2. Trách nhiệm của Bên A",
                    [
                        "Bên A xây dựng mô hình “Dân vận khéo” “Nông dân Pác Nà Hin liên kết "
                        "trồng hồi hữu cơ” (mô hình tập thể, lĩnh vực kinh tế) tại thôn Pác Nà và "
                        "thôn Khuổi Hin, với các nội dung:",
                        "@content",
                        "Bên A giao đồng chí Lộc Thị Thoan, Phó Chủ tịch Hội Nông dân xã, Giám đốc "
                        "HTX hồi Pác Nà Hin trực tiếp phụ trách mô hình (ĐT 0359 260 417).",
                    ],
                ),
                (
                    "Điều 3. Trách nhiệm của Bên B",
                    [
                        "Cung cấp cây giống, phân bón đúng chủng loại; cử cán bộ kỹ thuật hướng "
                        "dẫn; bao tiêu hoa hồi khô đạt chuẩn theo giá thị trường.",
                    ],
                ),
                (
                    "Điều 4. Điều khoản chung",
                    [
                        "Thỏa thuận có hiệu lực từ ngày ký, được lập thành 04 bản, mỗi bên giữ "
                        "02 bản có giá trị như nhau.",
                    ],
                ),
            ],
            "content": [
                "a) Vận động 60 hộ hội viên chuyển 40 ha hồi sang canh tác hữu cơ, không dùng "
                "thuốc diệt cỏ, ghi chép nhật ký đồng ruộng;",
                "b) Thành lập 4 tổ hội nghề nghiệp trồng hồi, liên kết với Bên B thu mua hoa "
                "hồi theo hợp đồng;",
                "c) Tổ chức 6 lớp tập huấn kỹ thuật ghép, tỉa cành, sấy hồi bằng lò tiết kiệm củi.",
            ],
            "sign_a": [("CHỦ TỊCH", "b"), "", "", "", ("Chu Văn Quyết", "b")],
            "sign_b": [("GIÁM ĐỐC", "b"), "", "", "", ("Đàm Thị Phương Thảo", "b")],
            "leader": (
                "Lộc Thị Thoan",
                "Phó Chủ tịch Hội Nông dân xã, Giám đốc HTX hồi Pác Nà Hin",
            ),
            "position_alt": ["Phó Chủ tịch Hội Nông dân xã", "Giám đốc HTX hồi Pác Nà Hin"],
            "phone": "0359 260 417",
            "model": "Nông dân Pác Nà Hin liên kết trồng hồi hữu cơ",
            "type": "collective",
            "domain": "economy",
            "location": "thôn Pác Nà và thôn Khuổi Hin",
            "unit": "Hội Nông dân xã Pác Nà Hin",
            "unit_alt": ["HỘI NÔNG DÂN XÃ PÁC NÀ HIN"],
            "stamp": "HỘI NÔNG DÂN XÃ PÁC NÀ HIN",
            "traits": [
                "sponsorship_agreement",
                "articles",
                "decoy_representative",
                "decoy_sponsor_phone",
                "decoy_tax_code",
                "decoy_bank_account",
                "decoy_sponsored_sum",
                "decoy_payment_dates",
                "decoy_plan_date",
                "two_signatures",
                "tay_nung_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "s08-thoathuan-pnh-doan-xa",
        ("photo",),
        {
            "unit_id": "pnh-doan-xa",
            "header": None,
            "signed": (2, 6, 2026),
            "doc_title": "BẢN THỎA THUẬN",
            "subtitle": "Về việc hỗ trợ xây dựng “Tủ sách số – Điểm wifi miễn phí cho thanh "
            "thiếu nhi vùng biên”",
            "number": "(Số 01/TT-ĐTN)",
            "grounds": [
                "Căn cứ nhu cầu của Đoàn xã Pác Nà Hin và thiện chí hỗ trợ của anh Hoàng Quốc "
                "Việt, người con của xã đang công tác tại Hà Nội,",
            ],
            "today": "Hôm nay, ngày 02 tháng 6 năm 2026, tại nhà văn hóa thôn Nà Bản, chúng tôi "
            "gồm có:",
            "party_a": "Bên A: Ban Chấp hành Đoàn xã Pác Nà Hin",
            "a_rows": [
                ("Người đại diện:", "Chị Nông Thị Nhặt – Bí thư Đoàn xã"),
                ("Điện thoại:", "0399.518.726"),
                ("Email:", "xadoan@pacnahin.test"),
            ],
            "party_b": "Bên B: Anh Hoàng Quốc Việt",
            "b_rows": [
                ("CCCD số:", "020 089 004 517"),
                ("Địa chỉ:", "Số 18 ngõ 102 Trường Chinh, Hà Nội"),
                ("Điện thoại:", "0904 771 352"),
            ],
            "agree": "Hai bên thỏa thuận như sau:",
            "articles": [
                (
                    "Điều 1.",
                    [
                        "Bên B tặng Bên A 12 máy tính bảng, 01 bộ phát wifi và 300 đầu sách, trị "
                        "giá khoảng 65 triệu đồng, bàn giao trong tháng 6/2026.",
                    ],
                ),
                (
                    "Điều 2.",
                    [
                        "Bên A dùng số tài sản trên xây dựng mô hình “Dân vận khéo” của Đoàn xã "
                        "tại nhà văn hóa thôn Nà Bản; Bên A cam kết:",
                        "@content",
                        "Bí thư Đoàn xã trực tiếp phụ trách, báo cáo Bên B kết quả 6 tháng một lần.",
                    ],
                ),
                (
                    "Điều 3.",
                    [
                        "Hai bên cùng thực hiện đúng thỏa thuận; có vướng mắc thì cùng bàn bạc "
                        "giải quyết trên tinh thần thiện chí.",
                    ],
                ),
            ],
            "content": [
                "- Mở cửa tủ sách, điểm wifi vào tối thứ Ba, thứ Năm và cả ngày Chủ nhật, có "
                "đoàn viên trực hướng dẫn;",
                "- Hướng dẫn các em học trực tuyến, tra cứu thông tin an toàn, nhận diện tin "
                "giả, lừa đảo trên mạng;",
                "- Không để máy dùng vào chơi game, xem nội dung xấu; giữ gìn, sửa chữa tài sản.",
            ],
            "sign_a": [("BÍ THƯ ĐOÀN XÃ", "b"), "", "", "", ("Nông Thị Nhặt", "b")],
            "sign_b": [("", ""), "", "", "", ("Hoàng Quốc Việt", "b")],
            "witness": [
                ("XÁC NHẬN CỦA UBND XÃ PÁC NÀ HIN", "b"),
                ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "b", 12),
                "",
                "",
                ("Triệu Thị Hồng Vân", "b"),
            ],
            "leader": ("Nông Thị Nhặt", "Bí thư Đoàn xã"),
            "phone": "0399.518.726",
            "model": "Tủ sách số – Điểm wifi miễn phí cho thanh thiếu nhi vùng biên",
            "location": "nhà văn hóa thôn Nà Bản",
            "unit": "Ban Chấp hành Đoàn xã Pác Nà Hin",
            "unit_alt": ["Đoàn xã Pác Nà Hin"],
            "traits": [
                "sponsorship_agreement",
                "model_in_subtitle",
                "no_date_line",
                "date_in_today_line",
                "decoy_donor",
                "decoy_donor_phone",
                "decoy_id_number",
                "decoy_gift_value",
                "decoy_confirming_official",
                "no_type_no_domain",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "s09-thoathuan-pnh-hoi-ccb",
        ("scan",),
        {
            "unit_id": "pnh-hoi-ccb",
            "header": ["HỘI CCB TỈNH LẠNG SƠN", "HỘI CCB XÃ PÁC NÀ HIN"],
            "date": ("Pác Nà Hin", None, 7, 2026),
            "signed": None,
            "doc_title": "HỢP ĐỒNG TÀI TRỢ",
            "subtitle": "(V/v hỗ trợ mô hình “Cựu chiến binh làm đường, thắp sáng ngõ xóm”)",
            "number": "Số: …/2026/HĐTT",
            "grounds": [
                "- Căn cứ Bộ luật Dân sự năm 2015;",
                "- Căn cứ nhu cầu và khả năng của hai bên.",
            ],
            "today": "Hôm nay, ngày … tháng 7 năm 2026, tại Văn phòng Hội CCB xã, chúng tôi gồm:",
            "party_a": "BÊN A: HỘI CỰU CHIẾN BINH XÃ PÁC NÀ HIN",
            "a_rows": [
                ("Do ông:", "Lý Văn Đoàn"),
                ("Chức vụ:", "Chủ tịch Hội, Chủ nhiệm mô hình – làm đại diện"),
                ("Điện thoại:", "0838 816 593"),
            ],
            "party_b": "BÊN B: NGÂN HÀNG TMCP ĐẦU TƯ VÀ PHÁT TRIỂN – CHI NHÁNH LẠNG SƠN",
            "b_rows": [
                ("Do ông:", "Phạm Hữu Nghĩa"),
                ("Chức vụ:", "Phó Giám đốc – làm đại diện"),
                ("Điện thoại:", "0205 3870 255"),
            ],
            "agree": "Hai bên đồng ý ký kết hợp đồng tài trợ với những điều khoản sau đây:",
            "articles": [
                (
                    "ĐIỀU I: NỘI DUNG HỢP ĐỒNG",
                    [
                        "Bên B tài trợ 250.000.000 đồng từ quỹ an sinh xã hội để Bên A mua xi "
                        "măng, đèn năng lượng mặt trời cho mô hình “Dân vận khéo” “Cựu chiến binh "
                        "làm đường, thắp sáng ngõ xóm”, mô hình tập thể lĩnh vực xây dựng hệ "
                        "thống chính trị, thực hiện ở các ngõ xóm thôn Phai Slam và thôn Nà Bản.",
                    ],
                ),
                (
                    "ĐIỀU II: TRÁCH NHIỆM CỦA BÊN A",
                    [
                        "Bên A sử dụng tiền tài trợ đúng mục đích, cụ thể:",
                        "@content",
                        "Quyết toán, công khai với Bên B và nhân dân trước ngày 31/12/2026.",
                    ],
                ),
                (
                    "ĐIỀU III: TRÁCH NHIỆM CỦA BÊN B",
                    ["Chuyển tiền một lần vào tài khoản của Bên A trong 10 ngày kể từ ngày ký."],
                ),
            ],
            "content": [
                "+ Cựu chiến binh đi đầu vận động nhân dân hiến đất, góp ngày công bê tông hóa "
                "3,5 km đường ngõ xóm;",
                "+ Lắp 120 đèn năng lượng mặt trời dọc đường ngõ, giao từng hội viên CCB nhận "
                "quản lý các cột đèn trước nhà;",
                "+ Mỗi hội viên CCB vận động ít nhất 5 hộ tham gia, không để hộ nào đứng ngoài.",
            ],
            "sign_a": [("CHỦ TỊCH HỘI CCB XÃ", "b"), "", "", "", ("Lý Văn Đoàn", "b")],
            "sign_b": [("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "b"), "", "", "", ("Phạm Hữu Nghĩa", "b")],
            "leader": ("Lý Văn Đoàn", "Chủ tịch Hội, Chủ nhiệm mô hình"),
            "position_alt": ["Chủ tịch Hội", "Chủ nhiệm mô hình", "Chủ tịch Hội CCB xã"],
            "phone": "0838 816 593",
            "model": "Cựu chiến binh làm đường, thắp sáng ngõ xóm",
            "type": "collective",
            "domain": "political_system",
            "location": "các ngõ xóm thôn Phai Slam và thôn Nà Bản",
            "location_alt": ["thôn Phai Slam và thôn Nà Bản"],
            "unit": "Hội Cựu chiến binh xã Pác Nà Hin",
            "unit_alt": ["HỘI CỰU CHIẾN BINH XÃ PÁC NÀ HIN", "Hội CCB xã Pác Nà Hin"],
            "stamp": "HỘI CCB XÃ PÁC NÀ HIN",
            "traits": [
                "sponsorship_agreement",
                "date_day_blank",
                "number_blank",
                "representative_is_leader",
                "decoy_bank_phone",
                "decoy_sponsored_sum",
                "decoy_deadline",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("thoathuan_taitro", "registration", ("S05", "S06"), render, ENTRIES)
