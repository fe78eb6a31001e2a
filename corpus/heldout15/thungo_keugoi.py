"""A registration made as an open letter ("Thư ngỏ") that announces a new model and calls on
people, natives living away and businesses to join and give.

After the open letters of village Front boards, schools and pagodas calling for contributions
(U03: the issuer and motto, "THƯ NGỎ", "V/v …", "Kính gửi:", the reasons, what will be done,
"Mọi sự đóng góp xin gửi về: …" with an account number and its holder, "Rất mong nhận được sự
quan tâm …", "Trân trọng cảm ơn!") and the practice of naming the board that collects and the
person to contact (U04). What the model will do is the content; the target sum, the bank
account, the treasurer and her phone are decoys; the person in charge is the head of the board
("Trưởng ban vận động"), not the one who signs when they differ.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    left: list[k.Run | str] = [(line, "", 12) for line in v["superior"]]
    left += [(v["issuer"], "b", 12), ("───────", "")]
    k.header_block(doc, left, [*k.quoc_hieu(), (date_line(*v["date"]), "i", 12)])
    k.para(doc, ("THƯ NGỎ", "b", 18), align="center", before=14, after=0)
    k.para(doc, (v["subject"], "i", 13), align="center", after=8)
    k.para(doc, ("Kính gửi:", "bi"), align="left", indent=1.5, after=0)
    for line in v["to"]:
        k.para(doc, line, align="left", indent=3.0, after=0)
    k.para(doc, "", after=0)
    for line in v["opening"]:
        k.body(doc, line)
    k.body(doc, v["lead_in"])
    for line in v["content"]:
        k.para(doc, line, indent=0.5, first=0.5)
    for line in v["board"]:
        k.body(doc, line)
    box = k.table(doc, 1, (15.5,))
    k.cell_text(box.cell(0, 0), v["account"], size=12)
    k.para(doc, "", after=0)
    for line in v["closing"]:
        k.body(doc, line)
    k.para(doc, ("Trân trọng cảm ơn!", "bi"), first=1.0)
    sign = v["sign"]
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 11), *[(line, "", 11) for line in v["recipients"]]],
        [*[(line, "b") for line in sign[:-1]], "", "", "", (sign[-1], "b")],
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
        "content": joined(v["content"]).rstrip(".;"),
        "signed_date": iso(v["date"][1], v["date"][2], v["date"][3]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], sign[-1:-3:-1]),
        "location": v.get("location_alt", []),
    }
    return doc, Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], sign[-1], v.get("stamp")
    )


ENTRIES = (
    Entry(
        "u04-thungo-gso-mttq",
        ("scan", "doc"),
        {
            "unit_id": "gso-mttq",
            "superior": ["ỦY BAN MTTQ VIỆT NAM", "TỈNH VĨNH LONG"],
            "issuer": "ỦY BAN MTTQ VIỆT NAM XÃ GIỒNG SAO",
            "date": ("Giồng Sao", 16, 3, 2026),
            "subject": "V/v chung tay xây dựng mô hình “Dân vận khéo” “Cây cầu nghĩa tình "
            "vượt rạch Cái Thia”",
            "to": [
                "- Các doanh nghiệp, cơ sở sản xuất, kinh doanh trên địa bàn xã;",
                "- Các nhà hảo tâm, mạnh thường quân;",
                "- Bà con con em xã Giồng Sao đang sinh sống, làm việc ở TP. Hồ Chí Minh và "
                "các tỉnh, thành.",
            ],
            "opening": [
                "Rạch Cái Thia chia cắt ấp Bến Dừa và ấp Rạch Kinh; hơn 300 hộ dân và gần 200 "
                "học sinh hằng ngày phải qua rạch bằng chiếc cầu khỉ tạm bợ hoặc đò ngang, mùa "
                "nước lớn rất nguy hiểm. Năm 2025 đã có 2 em học sinh bị té xuống rạch.",
                "Được sự thống nhất của Đảng ủy, Ủy ban nhân dân xã, Ban Thường trực Ủy ban "
                "MTTQ Việt Nam xã Giồng Sao đăng ký xây dựng mô hình “Dân vận khéo” “Cây cầu "
                "nghĩa tình vượt rạch Cái Thia” – mô hình tập thể thuộc lĩnh vực kinh tế, thực "
                "hiện tại ấp Bến Dừa và ấp Rạch Kinh trong năm 2026.",
            ],
            "type": "collective",
            "domain": "economy",
            "lead_in": "Mô hình tập trung thực hiện các nội dung:",
            "content": [
                "- Vận động nhân dân, con em xa quê, doanh nghiệp đóng góp xây dựng cầu bê "
                "tông cốt thép dài 36 m, rộng 3 m, tải trọng 5 tấn, thay cầu khỉ cũ;",
                "- Vận động các hộ hai bên đầu cầu hiến đất làm đường dẫn, Ban công tác Mặt "
                "trận hai ấp đứng ra giám sát thi công, công khai thu chi hằng tháng;",
                "- Tổ chức đoàn viên, hội viên góp ngày công san lấp mặt bằng, trồng cây hai "
                "bên đường dẫn.",
            ],
            "board": [
                "Ban vận động mô hình do bà Lê Thị Kim Hoàng, Chủ tịch Ủy ban MTTQ Việt Nam xã, "
                "làm Trưởng ban (điện thoại 0915 307 488); các thành viên là Trưởng ban công "
                "tác Mặt trận, Trưởng ấp hai ấp Bến Dừa, Rạch Kinh. Dự kiến tổng kinh phí xây "
                "dựng 1,45 tỷ đồng, trong đó kêu gọi xã hội hóa 850 triệu đồng.",
            ],
            "account": [
                ("Mọi sự đóng góp xin gửi về:", "b"),
                "- Tiền mặt: Ban vận động, tại Văn phòng Ủy ban MTTQ Việt Nam xã Giồng Sao "
                "(gặp bà Trần Thị Thu Vân, kế toán, ĐT 0376 214 590);",
                "- Chuyển khoản: Số tài khoản 7105 2050 38214, Ngân hàng Nông nghiệp và Phát "
                "triển nông thôn – Chi nhánh Vĩnh Long; chủ tài khoản: Ủy ban MTTQ Việt Nam xã "
                "Giồng Sao; nội dung: “Ung ho cau Cai Thia”.",
            ],
            "closing": [
                "Rất mong nhận được sự quan tâm, chung tay của quý doanh nghiệp, nhà hảo tâm "
                "và bà con để cây cầu sớm hoàn thành trước mùa mưa năm 2026. Mọi khoản đóng góp "
                "đều được ghi nhận, công khai trên loa truyền thanh và bảng tin của xã.",
            ],
            "recipients": [
                "- Như kính gửi;",
                "- Thường trực Đảng ủy xã (b/c);",
                "- UBND xã;",
                "- Lưu VP.",
            ],
            "model": "Cây cầu nghĩa tình vượt rạch Cái Thia",
            "leader": ("Lê Thị Kim Hoàng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
            "position_alt": ["Chủ tịch Ủy ban MTTQ Việt Nam xã Giồng Sao", "Trưởng ban"],
            "phone": "0915 307 488",
            "location": "ấp Bến Dừa và ấp Rạch Kinh",
            "sign": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lê Thị Kim Hoàng"],
            "unit": "Ủy ban MTTQ Việt Nam xã Giồng Sao",
            "unit_alt": ["Ban Thường trực Ủy ban MTTQ Việt Nam xã Giồng Sao"],
            "stamp": "ỦY BAN MTTQ VIỆT NAM XÃ GIỒNG SAO",
            "traits": [
                "open_letter",
                "decoy_bank_account",
                "decoy_treasurer_phone",
                "decoy_target_sum",
                "leader_signs",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u05-thungo-gso-chua",
        ("photo",),
        {
            "unit_id": "gso-chua",
            "superior": [],
            "issuer": "BAN QUẢN TRỊ CHÙA SÓC TRO",
            "date": ("Sóc Tro", 2, 5, 2026),
            "subject": "(Về việc mở lớp dạy chữ Khmer hè và tủ sách song ngữ năm 2026)",
            "to": [
                "- Quý Phật tử, bà con ấp Sóc Tro, ấp Rạch Kinh;",
                "- Quý mạnh thường quân gần xa.",
            ],
            "opening": [
                "Hằng năm, vào dịp hè, nhà chùa mở lớp dạy chữ Khmer cho con em đồng bào. Năm "
                "nay, được Ủy ban MTTQ Việt Nam xã Giồng Sao và Đoàn xã đồng hành, Ban Quản trị "
                "chùa Sóc Tro đăng ký thực hiện mô hình “Dân vận khéo” “Mùa hè con chữ Khmer – "
                "Việt” tại chùa Sóc Tro, từ ngày 01/6 đến ngày 15/8/2026.",
                "Mô hình do Đại đức Thạch Sa Rinh, Trụ trì chùa, Trưởng Ban Quản trị, trực tiếp "
                "phụ trách; Achar Kim Sóc, Phó Ban Quản trị, lo hậu cần.",
            ],
            "lead_in": "Nội dung mô hình:",
            "content": [
                "1. Mở 6 lớp dạy chữ Khmer (lớp 1 đến lớp 3) cho khoảng 180 em, do 6 vị sư và "
                "4 giáo viên người Khmer đứng lớp, không thu học phí.",
                "2. Xây dựng tủ sách song ngữ Khmer – Việt tại sala chùa, mở cửa cả năm cho "
                "học sinh, bà con mượn đọc.",
                "3. Lồng ghép tuyên truyền phòng, chống đuối nước, an toàn giao thông, phòng "
                "chống ma túy cho các em; tổ chức dạy bơi cùng Đoàn xã.",
                "4. Cuối khóa tổ chức thi viết chữ đẹp, phát thưởng, tặng tập vở cho học sinh "
                "nghèo.",
            ],
            "board": [
                "Để lớp học có đủ bàn ghế, sách vở, quạt điện và bữa ăn nhẹ cho các em, Ban "
                "Quản trị kính mong quý Phật tử, mạnh thường quân hoan hỷ đóng góp. Mọi chi tiết "
                "xin liên hệ Đại đức Thạch Sa Rinh, điện thoại 0389 615 027, hoặc ông Kim Sóc, "
                "0974 281 360.",
            ],
            "account": [
                ("Nơi nhận đóng góp:", "b"),
                "Văn phòng Ban Quản trị chùa Sóc Tro, ấp Sóc Tro, xã Giồng Sao, tỉnh Vĩnh Long.",
                "Tài khoản: 0561 0003 92471 – Vietcombank Vĩnh Long – Chủ TK: KIM SOC.",
            ],
            "closing": [
                "Ban Quản trị chùa Sóc Tro xin chân thành cảm ơn và cầu chúc quý vị cùng gia "
                "quyến thân tâm an lạc.",
            ],
            "recipients": ["- Như trên;", "- UBMTTQ xã Giồng Sao;", "- Lưu."],
            "model": "Mùa hè con chữ Khmer – Việt",
            "leader": ("Thạch Sa Rinh", "Trụ trì chùa, Trưởng Ban Quản trị"),
            "position_alt": ["Trụ trì chùa Sóc Tro", "Trưởng Ban Quản trị"],
            "phone": "0389 615 027",
            "location": "chùa Sóc Tro",
            "sign": ["TM. BAN QUẢN TRỊ", "PHÓ TRƯỞNG BAN", "Kim Sóc"],
            "unit": "Ban Quản trị chùa Sóc Tro",
            "unit_alt": ["BAN QUẢN TRỊ CHÙA SÓC TRO"],
            "stamp": None,
            "traits": [
                "open_letter",
                "religious_issuer",
                "title_before_name",
                "decoy_signer",
                "decoy_second_phone",
                "decoy_bank_account",
                "decoy_partner_units",
                "no_type_no_domain",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u06-thungo-gso-truong",
        ("scan",),
        {
            "unit_id": "gso-truong",
            "superior": ["ỦY BAN NHÂN DÂN", "XÃ GIỒNG SAO"],
            "issuer": "TRƯỜNG TIỂU HỌC GIỒNG SAO",
            "date": ("Giồng Sao", 20, 8, 2026),
            "subject": "Về việc chung tay thực hiện mô hình “Dân vận khéo” "
            "“Xe đạp đến trường – Áo phao qua sông”",
            "to": [
                "- Quý phụ huynh học sinh;",
                "- Các cơ quan, doanh nghiệp, nhà hảo tâm;",
                "- Các cựu học sinh của Trường Tiểu học Giồng Sao.",
            ],
            "opening": [
                "Trường Tiểu học Giồng Sao có 612 học sinh ở 4 điểm trường, trong đó 41% là "
                "học sinh dân tộc Khmer; nhiều em nhà xa, phải đi bộ hơn 3 km hoặc qua đò để "
                "đến lớp.",
                "Năm học 2026 – 2027, nhà trường đăng ký mô hình “Dân vận khéo” “Xe đạp đến "
                "trường – Áo phao qua sông” (mô hình tập thể, lĩnh vực văn hóa - xã hội), thực "
                "hiện tại 4 điểm trường của Trường Tiểu học Giồng Sao.",
            ],
            "type": "collective",
            "domain": "culture_society",
            "lead_in": "Nhà trường sẽ:",
            "content": [
                "a) Vận động tặng 120 chiếc xe đạp (mới hoặc cũ còn tốt) cho học sinh nhà xa, "
                "có hoàn cảnh khó khăn; sửa xe miễn phí mỗi tháng một lần;",
                "b) Trang bị 250 áo phao cho học sinh qua đò, phối hợp chủ đò và Công an xã "
                "kiểm tra việc mặc áo phao mỗi sáng;",
                "c) Lập “Tổ đi học cùng nhau” theo từng xóm, phụ huynh thay phiên đưa đón;",
                "d) Công khai danh sách nhận xe, nhận áo phao tại bảng tin nhà trường.",
            ],
            "board": [
                "Mô hình do cô Trương Thị Bích Ngọc, Phó Hiệu trưởng, phụ trách (0945 118 "
                "362). Ban đại diện cha mẹ học sinh (ông Lý Văn Kiệt, Trưởng ban, 0913 007 "
                "524) cùng nhà trường tiếp nhận và công khai các khoản ủng hộ.",
            ],
            "account": [
                ("Thông tin tiếp nhận", "b"),
                "Tên tài khoản: TRUONG TIEU HOC GIONG SAO · Số tài khoản: 1140 2266 0058 · Kho bạc "
                "Nhà nước khu vực XX – Vĩnh Long.",
                "Hiện vật (xe đạp, áo phao): nhận tại văn phòng trường, điểm trường chính.",
            ],
            "closing": [
                "Mỗi chiếc xe, mỗi chiếc áo phao là một bước chân an toàn đến trường của các em. "
                "Nhà trường rất mong nhận được sự chung tay của quý vị.",
            ],
            "recipients": ["- Như kính gửi;", "- UBND xã Giồng Sao;", "- Lưu: VT."],
            "model": "Xe đạp đến trường – Áo phao qua sông",
            "leader": ("Trương Thị Bích Ngọc", "Phó Hiệu trưởng"),
            "phone": "0945 118 362",
            "location": "4 điểm trường của Trường Tiểu học Giồng Sao",
            "location_alt": ["4 điểm trường"],
            "sign": ["HIỆU TRƯỞNG", "Đặng Văn Lợi"],
            "unit": "Trường Tiểu học Giồng Sao",
            "unit_alt": ["TRƯỜNG TIỂU HỌC GIỒNG SAO"],
            "stamp": "TRƯỜNG TIỂU HỌC GIỒNG SAO",
            "traits": [
                "open_letter",
                "title_before_name",
                "decoy_signer",
                "decoy_parent_board_phone",
                "decoy_bank_account",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("thungo_keugoi", "registration", ("U03", "U04"), render, ENTRIES)
