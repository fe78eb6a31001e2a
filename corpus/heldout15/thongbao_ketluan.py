"""A report made as the notice of conclusions ("Thông báo kết luận") of the commune Party
committee's standing members after a working session with the unit that runs a model.

After the notices by which Party committees record what their standing members concluded at a
working session (U11: the Party header "ĐẢNG BỘ TỈNH … / ĐẢNG ỦY XÃ … / * / Số …-TB/ĐU",
"THÔNG BÁO / KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG ỦY / tại buổi làm việc với …", "Ngày …, đồng chí …
chủ trì …; tham dự có …", "Sau khi nghe … báo cáo …, ý kiến phát biểu của …, Thường trực Đảng ủy
kết luận như sau:", "1. … ghi nhận, đánh giá cao …", "2. Hạn chế", "3. Thời gian tới, đề
nghị …", "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG") and the monthly sessions of a commune's
standing members with its village branches and associations (U12). The results are what the
notice records as achieved; the chair, the attending members, the secretary of the office who
signs, the session's date and the next tasks' deadlines are decoys.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    left: list[k.Run | str] = [
        ("ĐẢNG BỘ TỈNH VĨNH LONG", "", 13),
        ("ĐẢNG ỦY XÃ GIỒNG SAO", "b", 13),
        ("*", ""),
        (v["number"], "", 13),
    ]
    k.header_block(
        doc,
        left,
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 14), ("", ""), (date_line(*v["date"]), "i", 13)],
    )
    k.para(doc, ("THÔNG BÁO", "b", 15), align="center", before=12, after=0)
    for line in v["title"]:
        k.para(doc, (line, "b", 14), align="center", after=0)
    k.para(doc, "-----", align="center", after=6)
    for line in v["opening"]:
        k.body(doc, line)
    k.para(doc, (v["part1"], "b"), first=1.0, before=4)
    for line in v["lead"]:
        k.body(doc, line)
    for line in v["results"]:
        k.para(doc, line, first=1.0, indent=0.0)
    if v.get("figures"):
        rows = v["figures"]
        tbl = k.table(doc, len(rows) + 1, (7.5, 4.0, 4.5))
        for col, head in enumerate(("Chỉ tiêu", "Đăng ký", "Thực hiện")):
            k.cell_text(tbl.cell(0, col), (head, "b"), align="center", size=12)
        for row, item in enumerate(rows, 1):
            for col, text in enumerate(item):
                k.cell_text(
                    tbl.cell(row, col), text, align="left" if col == 0 else "center", size=12
                )
        k.para(doc, "", after=0)
    k.para(doc, ("2. Hạn chế", "b"), first=1.0, before=4)
    for line in v["limits"]:
        k.body(doc, line)
    k.para(doc, ("3. Nhiệm vụ thời gian tới", "b"), first=1.0, before=4)
    for line in v["tasks"]:
        k.body(doc, line)
    k.body(doc, v["closing"])
    sign = v["sign"]
    k.signature(
        doc,
        [("Nơi nhận:", "bu", 12), *[(line, "", 12) for line in v["recipients"]]],
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
        "results": joined(v["results"]).rstrip("."),
        "participants": v.get("participants"),
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
        "u16-ketluan-gso-ban-chqs",
        ("scan", "doc"),
        {
            "unit_id": "gso-ban-chqs",
            "number": "Số 41-TB/ĐU",
            "date": ("Giồng Sao", 18, 6, 2026),
            "title": [
                "KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG ỦY",
                "tại buổi làm việc với Ban Chỉ huy Quân sự xã về kết quả thực hiện",
                "mô hình “Dân vận khéo” “Dân quân giúp dân mùa mưa lũ”",
            ],
            "opening": [
                "Ngày 15/6/2026, đồng chí Huỳnh Văn Tâm, Phó Bí thư Thường trực Đảng ủy xã chủ "
                "trì buổi làm việc với Ban Chỉ huy Quân sự xã Giồng Sao về kết quả 6 tháng đầu "
                "năm thực hiện mô hình “Dân vận khéo” “Dân quân giúp dân mùa mưa lũ”. Tham dự "
                "có đồng chí Dương Hoàng Phúc, Phó Chủ tịch UBND xã; đồng chí Trần Quốc Việt, "
                "Trưởng Ban Xây dựng Đảng Đảng ủy xã; đại diện Ủy ban MTTQ Việt Nam xã và Đồn "
                "Biên phòng cửa biển.",
                "Sau khi nghe đồng chí Trần Văn Khởi, Chỉ huy trưởng Ban Chỉ huy Quân sự xã, "
                "người trực tiếp phụ trách mô hình, báo cáo kết quả và ý kiến phát biểu của các "
                "đại biểu, Thường trực Đảng ủy kết luận như sau:",
            ],
            "part1": "1. Kết quả đạt được",
            "lead": [
                "Thường trực Đảng ủy ghi nhận, đánh giá cao Ban Chỉ huy Quân sự xã đã chủ động "
                "xây dựng mô hình (mô hình tập thể, lĩnh vực quốc phòng - an ninh), huy động "
                "42 đồng chí dân quân thường trực và cơ động tham gia trên địa bàn 4 ấp. Kết quả "
                "nổi bật:",
            ],
            "type": "collective",
            "domain": "security_defense",
            "results": [
                "- Giúp 87 hộ gia cố nhà cửa, chằng chống 146 mái nhà trước mùa mưa bão; di "
                "dời 32 hộ vùng sạt lở ven sông Cổ Chiên đến nơi an toàn;",
                "- Đắp 1,8 km bờ bao ngăn triều cường bảo vệ 65 ha lúa – tôm; gia cố 3 đoạn "
                "đê bị sạt;",
                "- Vận động cán bộ, chiến sĩ và nhân dân đóng góp 74 triệu đồng mua áo phao, "
                "xuồng cứu hộ cho 4 ấp;",
                "- Tổ chức 12 buổi tuyên truyền kỹ năng phòng chống thiên tai bằng tiếng Kinh "
                "và tiếng Khmer.",
            ],
            "figures": [
                ("Số hộ được giúp gia cố nhà", "60", "87"),
                ("Bờ bao đắp mới (km)", "1,5", "1,8"),
                ("Kinh phí vận động (triệu đồng)", "50", "74"),
            ],
            "limits": [
                "Việc ghi chép sổ theo dõi chưa thường xuyên; phối hợp với Đoàn xã, Hội Cựu "
                "chiến binh chưa đều ở ấp Rạch Kinh.",
            ],
            "tasks": [
                "Đề nghị Ban Chỉ huy Quân sự xã tiếp tục duy trì mô hình, xây dựng phương án "
                "“4 tại chỗ” cho mùa mưa bão năm 2026, sơ kết trước ngày 30/9/2026. Giao Ban Xây "
                "dựng Đảng theo dõi, đôn đốc; Ủy ban nhân dân xã hỗ trợ kinh phí mua 2 xuồng "
                "cứu hộ (khoảng 120 triệu đồng) từ nguồn dự phòng ngân sách.",
            ],
            "closing": "Thường trực Đảng ủy thông báo để Ban Chỉ huy Quân sự xã và các cơ quan, "
            "đơn vị liên quan biết, thực hiện.",
            "recipients": [
                "- Thường trực Đảng ủy;",
                "- Ban CHQS xã;",
                "- UBND xã;",
                "- Ban Xây dựng Đảng;",
                "- Lưu Văn phòng Đảng ủy.",
            ],
            "sign": ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Ngô Thị Bảo Trân"],
            "model": "Dân quân giúp dân mùa mưa lũ",
            "leader": ("Trần Văn Khởi", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã"),
            "position_alt": ["Chỉ huy trưởng"],
            "location": "4 ấp",
            "location_alt": ["địa bàn 4 ấp"],
            "participants": 42,
            "funds": 74_000_000,
            "unit": "Ban Chỉ huy Quân sự xã Giồng Sao",
            "unit_alt": ["Ban CHQS xã Giồng Sao"],
            "stamp": "ĐẢNG ỦY XÃ GIỒNG SAO",
            "traits": [
                "conclusion_notice",
                "figures_table",
                "decoy_chair",
                "decoy_attendees",
                "decoy_signer",
                "decoy_session_date",
                "decoy_budget_promise",
                "no_phone",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u17-ketluan-gso-mttq",
        ("photo",),
        {
            "unit_id": "gso-mttq",
            "number": "Số 44-TB/ĐU",
            "date": ("Giồng Sao", 7, 7, 2026),
            "title": [
                "KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ ĐẢNG ỦY XÃ",
                "tại buổi làm việc với Ban Thường trực Ủy ban MTTQ Việt Nam xã",
            ],
            "opening": [
                "Chiều ngày 02/7/2026, đồng chí Nguyễn Hoàng Nam, Bí thư Đảng ủy, Chủ tịch UBND "
                "xã đã làm việc với Ban Thường trực Ủy ban MTTQ Việt Nam xã về kết quả mô hình "
                "“Dân vận khéo” “Cây cầu nghĩa tình vượt rạch Cái Thia” tại ấp Bến Dừa và ấp Rạch "
                "Kinh. Cùng dự có các đồng chí trong Ban Thường vụ Đảng ủy, Trưởng ấp hai ấp.",
                "Sau khi nghe bà Lê Thị Kim Hoàng, Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban "
                "vận động (ĐT 0915 307 488) báo cáo, đồng chí Bí thư Đảng ủy kết luận:",
            ],
            "part1": "1. Về kết quả",
            "lead": [
                "Sau gần 4 tháng kể từ khi phát Thư ngỏ (16/3/2026), mô hình đã được nhân dân "
                "và con em xa quê đồng tình hưởng ứng:",
            ],
            "results": [
                "Đã vận động 318 hộ dân, 27 doanh nghiệp, nhà hảo tâm đóng góp 912 triệu đồng "
                "(vượt 62 triệu đồng so với mục tiêu 850 triệu đồng), 11 hộ hiến 620 m² đất "
                "làm đường dẫn; cây cầu bê tông dài 36 m, rộng 3 m đã thông xe ngày 28/6/2026, "
                "gần 200 học sinh không còn phải qua đò; thu, chi được công khai 4 lần trên loa "
                "truyền thanh và bảng tin xã.",
            ],
            "limits": [
                "Hồ sơ quyết toán chưa hoàn chỉnh; đường dẫn phía ấp Rạch Kinh còn chưa có đèn "
                "chiếu sáng.",
            ],
            "tasks": [
                "Ủy ban MTTQ Việt Nam xã hoàn thành quyết toán, công khai trước ngày 31/7/2026; "
                "UBND xã bố trí 600 triệu đồng ngân sách theo cam kết; Đoàn xã lắp đèn "
                "đường dẫn trong tháng 8/2026.",
                "Giao Ban Xây dựng Đảng hướng dẫn Ủy ban MTTQ xã hoàn thiện hồ sơ đề nghị "
                "công nhận mô hình “Dân vận khéo” cấp tỉnh.",
            ],
            "closing": "Văn phòng Đảng ủy thông báo ý kiến kết luận của đồng chí Bí thư Đảng ủy "
            "để các đơn vị biết, thực hiện.",
            "recipients": [
                "- Ban Thường vụ Đảng ủy;",
                "- Ủy ban MTTQ Việt Nam xã;",
                "- UBND xã;",
                "- Lưu VP.",
            ],
            "sign": ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Ngô Thị Bảo Trân"],
            "model": "Cây cầu nghĩa tình vượt rạch Cái Thia",
            "leader": ("Lê Thị Kim Hoàng", "Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban vận động"),
            "position_alt": ["Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban vận động"],
            "phone": "0915 307 488",
            "location": "ấp Bến Dừa và ấp Rạch Kinh",
            "location_alt": ["rạch Cái Thia"],
            "participants": 318,
            "funds": 912_000_000,
            "unit": "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
            "unit_alt": ["Ủy ban MTTQ Việt Nam xã", "Ủy ban MTTQ Việt Nam xã Giồng Sao"],
            "stamp": "ĐẢNG ỦY XÃ GIỒNG SAO",
            "traits": [
                "conclusion_notice",
                "results_one_paragraph",
                "decoy_chair",
                "decoy_signer",
                "decoy_letter_date",
                "decoy_target_sum",
                "decoy_state_budget",
                "decoy_opening_date",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u18-ketluan-gso-cb-soc-tro",
        ("scan",),
        {
            "unit_id": "gso-cb-soc-tro",
            "number": "Số 52-TB/ĐU",
            "date": ("Giồng Sao", 22, 12, 2026),
            "title": [
                "KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG ỦY XÃ",
                "tại buổi làm việc với Chi bộ ấp Sóc Tro",
            ],
            "opening": [
                "Ngày 18/12/2026, Thường trực Đảng ủy xã làm việc với Chi bộ ấp Sóc Tro về kết "
                "quả thực hiện Nghị quyết số 03-NQ/CB ngày 12/3/2026 của Chi bộ về xây dựng mô "
                "hình “Dân vận khéo” “Phum sóc sáng – xanh – sạch”. Chủ trì: đồng chí Huỳnh Văn "
                "Tâm, Phó Bí thư Thường trực Đảng ủy xã. Dự buổi làm việc có Đại đức Thạch Sa "
                "Rinh, Trụ trì chùa Sóc Tro; đồng chí Danh Thị Sa Phone, Bí thư Chi bộ.",
                "Đồng chí Thạch Sô Phanh, Phó Bí thư Chi bộ, Trưởng ấp, phụ trách mô hình, đã "
                "báo cáo kết quả. Thường trực Đảng ủy kết luận:",
            ],
            "part1": "1. Chi bộ ấp Sóc Tro đã hoàn thành tốt mô hình năm 2026",
            "lead": [
                "Mô hình được 100% đảng viên và 218/226 hộ trong ấp (96,5%) tham gia. Các kết "
                "quả chủ yếu:",
            ],
            "results": [
                "a) Thực hiện 22 đợt “Chủ nhật xanh”, thu gom hơn 40 tấn rác, phát quang 4,2 km "
                "đường liên ấp và đường vào chùa;",
                "b) 226/226 hộ lắp đèn trước cửa nhà, toàn bộ đường trục ấp được thắp sáng từ "
                "Tết Chôl Chnăm Thmây;",
                "c) Trồng 1.600 cây hoa, cây bóng mát; ấp Sóc Tro được công nhận “Ấp văn hóa – "
                "sáng, xanh, sạch, đẹp” năm 2026;",
                "d) Bà con, chùa và con em xa quê góp 186 triệu đồng và 900 ngày công, không "
                "sử dụng ngân sách.",
            ],
            "limits": [
                "Một số hộ ven kênh còn để rác sinh hoạt chưa đúng nơi quy định; việc phân "
                "loại rác tại nguồn mới đạt 60%.",
            ],
            "tasks": [
                "Chi bộ ấp Sóc Tro tổng kết mô hình trước ngày 10/01/2027, đề xuất nhân rộng ra "
                "ấp Rạch Kinh; Ban Xây dựng Đảng chọn mô hình đề nghị biểu dương tại hội nghị "
                "tổng kết công tác dân vận năm 2026 của Đảng ủy xã.",
            ],
            "closing": "Thường trực Đảng ủy thông báo để Chi bộ ấp Sóc Tro và các đơn vị liên "
            "quan biết, thực hiện.",
            "recipients": ["- Chi bộ ấp Sóc Tro;", "- Ban Xây dựng Đảng;", "- Lưu VP."],
            "sign": ["T/L BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG", "Lê Thị Mộng Tuyền"],
            "model": "Phum sóc sáng – xanh – sạch",
            "leader": ("Thạch Sô Phanh", "Phó Bí thư Chi bộ, Trưởng ấp"),
            "position_alt": ["Phó Bí thư Chi bộ"],
            "location": "ấp Sóc Tro",
            "participants": 218,
            "funds": 186_000_000,
            "unit": "Chi bộ ấp Sóc Tro",
            "stamp": "ĐẢNG ỦY XÃ GIỒNG SAO",
            "traits": [
                "conclusion_notice",
                "decoy_chair",
                "decoy_branch_secretary",
                "decoy_resolution_date",
                "decoy_signer",
                "decoy_workdays",
                "no_phone",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("thongbao_ketluan", "report", ("U11", "U12"), render, ENTRIES)
