"""A report found in a mediation team's yearly report ("Báo cáo kết quả công tác hòa giải ở cơ
sở"): the team's organisation, a table of the cases received and settled by kind, then a part on
the "Dân vận khéo" model that the team or an association runs in mediation, then difficulties
and next year's tasks.

After the reports and statistics of grassroots mediation (S09: the Law on Grassroots Mediation of
2013 and its five-year review; the statistical forms of mediation teams, Quyết định
06/2008/QĐ-BTP; the provinces' figures "thụ lý …, hòa giải thành …, hòa giải không thành …,
chưa giải quyết xong") and the models by which Front committees, veterans and elderly people
take part in mediation (S10). The cases' table, the mediators' number, the state's pay per case,
the commune's budget and the signer (when not in charge) are decoys.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits

COLUMNS = ("TT", "Loại vụ việc", "Tiếp nhận", "Hòa giải thành", "Không thành", "Đang hòa giải")


def _cases(doc: Document, rows: list[tuple[str, ...]]) -> None:
    tbl = k.table(doc, len(rows) + 2, (1.0, 5.6, 2.3, 2.5, 2.3, 2.3))
    for col, head in enumerate(COLUMNS):
        k.cell_text(tbl.cell(0, col), (head, "b"), align="center", size=11)
    total = [sum(int(row[i]) for row in rows) for i in range(1, 5)]
    for r, row in enumerate([*rows, ("Tổng cộng", *map(str, total))], 1):
        number = str(r) if r <= len(rows) else ""
        for col, text in enumerate((number, *row)):
            bold = "b" if r > len(rows) else ""
            k.cell_text(tbl.cell(r, col), (text, bold), size=11,
                        align="left" if col == 1 else "center")  # fmt: skip
    k.para(doc, "", after=0)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    day, month, year = v["date"][1:]
    left: list[k.Run | str] = [(line, "", 12) for line in v["issuer"][:-1]]
    left += [(v["issuer"][-1], "b", 12), ("───────", "")]
    if v.get("number"):
        left.append((v["number"], "", 12))
    k.header_block(doc, left, [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)])
    k.para(doc, ("BÁO CÁO", "b", 15), align="center", before=10, after=0)
    for line in v["title"]:
        k.para(doc, (line, "b", 13), align="center", after=0)
    k.para(doc, "", after=0)
    k.para(doc, ("Kính gửi: ", ""), (v["to"], ""), align="center", after=8)
    for heading, lines in v["parts"]:
        k.para(doc, (heading, "b"), before=4)
        for line in lines:
            if line == "@cases":
                _cases(doc, v["cases"])
            elif line == "@model":
                k.body(doc, v["lead"])
                for item in v["results"]:
                    k.para(doc, item, first=1.0)
            else:
                k.body(doc, line)
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(line, "", 12) for line in v["recipients"]]],
        [*[(line, "b") for line in v["sign"]], "", "", "", (v["signer"], "b"),
         (v.get("signer_phone", ""), "", 12)],
    )  # fmt: skip
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
        "signed_date": iso(day, month, year),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], None)


ENTRIES = (
    Entry(
        "r13-hoagiai-pmt-to-hoa-giai-ben-do",
        ("scan", "doc"),
        {
            "unit_id": "pmt-to-hoa-giai-ben-do",
            "issuer": ["XÃ PHÙ MÃ THƯỢNG", "THÔN BẾN ĐÒ", "TỔ HÒA GIẢI"],
            "date": ("Bến Đò", 20, 11, 2026),
            "title": ["Kết quả công tác hòa giải ở cơ sở năm 2026"],
            "to": "Ủy ban nhân dân xã Phù Mã Thượng",
            "parts": [
                (
                    "I. TÌNH HÌNH TỔ CHỨC CỦA TỔ HÒA GIẢI",
                    [
                        "Tổ hòa giải thôn Bến Đò được kiện toàn tháng 01/2026, có 7 hòa giải viên "
                        "(2 nữ, 3 đảng viên, 2 cựu chiến binh); bà Phạm Thị Lụa, Trưởng Ban công "
                        "tác Mặt trận thôn làm tổ trưởng.",
                    ],
                ),
                (
                    "II. KẾT QUẢ HOẠT ĐỘNG HÒA GIẢI",
                    [
                        "Từ ngày 01/11/2025 đến ngày 15/11/2026, tổ đã tiếp nhận và hòa giải các "
                        "vụ việc như sau:",
                        "@cases",
                    ],
                ),
                (
                    "III. KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO” “HÒA GIẢI VIÊN NẮM CHẮC TỪNG "
                    "HỘ BÊN BẾN SÔNG”",
                    ["@model"],
                ),
                (
                    "IV. KHÓ KHĂN, KIẾN NGHỊ",
                    [
                        "Thù lao hòa giải viên 400.000 đồng/vụ việc còn chậm; đề nghị xã tổ chức "
                        "tập huấn kỹ năng hòa giải về đất đai.",
                    ],
                ),
                (
                    "V. PHƯƠNG HƯỚNG NĂM 2027",
                    ["Duy trì mô hình; phấn đấu 90% vụ việc được hòa giải thành."],
                ),
            ],
            "cases": [
                ("Đất đai, ranh giới", "5", "4", "1", "0"),
                ("Hôn nhân và gia đình", "4", "4", "0", "0"),
                ("Vay mượn, dân sự", "3", "2", "0", "1"),
                ("Mâu thuẫn khác", "2", "2", "0", "0"),
            ],
            "lead": "Mô hình do bà Phạm Thị Lụa, Tổ trưởng tổ hòa giải trực tiếp phụ trách, mỗi "
            "hòa giải viên nhận theo dõi từ 15 đến 20 hộ. Kết quả:",
            "results": [
                "- 126 hộ tham gia ký cam kết “Gia đình hòa thuận, xóm giềng đoàn kết”;",
                "- Phát hiện sớm 9 mâu thuẫn, giải quyết ngay tại nhà, không để thành vụ việc;",
                "- Bà con góp 12,5 triệu đồng làm tủ sách pháp luật và sửa loa truyền thanh thôn.",
            ],
            "recipients": [
                "- UBND xã (công chức Tư pháp);",
                "- Ban Thường trực UBMTTQ xã;",
                "- Lưu tổ.",
            ],
            "sign": ["TỔ TRƯỞNG"],
            "signer": "Phạm Thị Lụa",
            "signer_phone": "ĐT: 0915 660 238",
            "leader": ("Phạm Thị Lụa", "Tổ trưởng tổ hòa giải"),
            "position_alt": ["Tổ trưởng", "Trưởng Ban công tác Mặt trận thôn"],
            "phone": "0915 660 238",
            "model": "Hòa giải viên nắm chắc từng hộ bên bến sông",
            "location": "thôn Bến Đò",
            "participants": 126,
            "funds": 12_500_000,
            "unit": "Tổ hòa giải thôn Bến Đò",
            "unit_alt": ["TỔ HÒA GIẢI"],
            "traits": [
                "mediation_report",
                "cases_table",
                "model_in_heading",
                "model_one_section",
                "phone_under_signature",
                "decoy_mediator_count",
                "decoy_case_counts",
                "decoy_pay_per_case",
                "decoy_period_dates",
                "no_type_no_domain",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r14-hoagiai-pmt-to-hoa-giai-coc-muong",
        ("photo",),
        {
            "unit_id": "pmt-to-hoa-giai-coc-muong",
            "issuer": ["ỦY BAN NHÂN DÂN XÃ PHÙ MÃ THƯỢNG", "TỔ HÒA GIẢI THÔN CỐC MƯỜNG"],
            "date": ("Cốc Mường", 14, 11, 2026),
            "title": ["Tổng kết công tác hòa giải năm 2026", "và phương hướng năm 2027"],
            "to": "UBND xã Phù Mã Thượng",
            "parts": [
                (
                    "1. Đặc điểm tình hình",
                    [
                        "Thôn Cốc Mường có 173 hộ, 702 khẩu, 94% đồng bào Mường; tổ hòa giải có 5 "
                        "thành viên.",
                    ],
                ),
                ("2. Kết quả tiếp nhận, hòa giải", ["@cases"]),
                (
                    "3. Mô hình “Dân vận khéo”",
                    [
                        "@model",
                        "Bên cạnh đó, thôn được Ủy ban nhân dân xã hỗ trợ 5 triệu đồng in tài liệu "
                        "tuyên truyền pháp luật song ngữ.",
                    ],
                ),
                (
                    "4. Phương hướng năm 2027",
                    ["Tiếp tục mời người có uy tín tham gia các buổi hòa giải phức tạp."],
                ),
            ],
            "cases": [
                ("Tranh chấp đất rừng, đất vườn", "6", "5", "1", "0"),
                ("Mâu thuẫn gia đình", "3", "3", "0", "0"),
                ("Khác", "1", "1", "0", "0"),
            ],
            "lead": "Mô hình “Người có uy tín hòa giải theo hương ước bản Mường” (mô hình tập "
            "thể, lĩnh vực an ninh - quốc phòng) do ông Bùi Văn Khang, người có uy tín của thôn "
            "phụ trách, sau một năm đạt được:",
            "results": [
                "Có 9 già làng, người có uy tín cùng tổ hòa giải đến tận nhà các bên, dùng hương "
                "ước và lời khuyên của dòng họ để hòa giải thành 9/10 vụ việc; không có đơn thư "
                "vượt cấp; 2 dòng họ tranh chấp đất rừng đã làm lễ giảng hòa.",
            ],
            "recipients": ["- UBND xã;", "- Lưu."],
            "sign": ["TỔ TRƯỞNG TỔ HÒA GIẢI"],
            "signer": "Bùi Thị Xuyến",
            "signer_phone": "0329 504 617",
            "leader": ("Bùi Văn Khang", "người có uy tín của thôn"),
            "position_alt": ["người có uy tín"],
            "model": "Người có uy tín hòa giải theo hương ước bản Mường",
            "type": "collective",
            "domain": "security_defense",
            "location": "thôn Cốc Mường",
            "participants": 9,
            "unit": "Tổ hòa giải thôn Cốc Mường",
            "unit_alt": ["TỔ HÒA GIẢI THÔN CỐC MƯỜNG"],
            "traits": [
                "mediation_report",
                "cases_table",
                "results_one_paragraph",
                "decoy_signer",
                "decoy_signer_phone",
                "decoy_population",
                "decoy_state_support",
                "no_phone",
                "no_funds",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r15-hoagiai-pmt-hoi-nct",
        ("scan",),
        {
            "unit_id": "pmt-hoi-nct",
            "issuer": ["ỦY BAN NHÂN DÂN", "XÃ PHÙ MÃ THƯỢNG"],
            "number": "Số: 214/BC-UBND",
            "date": ("Phù Mã Thượng", 4, 12, 2026),
            "title": [
                "Kết quả công tác hòa giải ở cơ sở năm 2026 trên địa bàn xã",
            ],
            "to": "Sở Tư pháp tỉnh Thanh Hóa",
            "parts": [
                (
                    "I. CÔNG TÁC CHỈ ĐẠO, KIỆN TOÀN TỔ HÒA GIẢI",
                    [
                        "Xã có 4 tổ hòa giải với 27 hòa giải viên; ngân sách xã năm 2026 chi 36 "
                        "triệu đồng cho công tác hòa giải ở cơ sở.",
                    ],
                ),
                ("II. KẾT QUẢ HÒA GIẢI", ["@cases"]),
                (
                    "III. MÔ HÌNH “NGƯỜI CAO TUỔI THAM GIA HÒA GIẢI Ở CƠ SỞ”",
                    ["@model"],
                ),
                (
                    "IV. ĐỀ XUẤT, KIẾN NGHỊ",
                    ["Đề nghị Sở Tư pháp cấp tài liệu hòa giải bằng tiếng Mường."],
                ),
            ],
            "cases": [
                ("Đất đai", "17", "14", "2", "1"),
                ("Hôn nhân và gia đình", "11", "10", "1", "0"),
                ("Dân sự khác", "8", "7", "0", "1"),
            ],
            "lead": "Mô hình “Dân vận khéo” của Hội Người cao tuổi xã Phù Mã Thượng, do ông Đinh "
            "Văn Mừng, Chủ tịch Hội Người cao tuổi xã phụ trách (điện thoại 0373 908 126), thực "
            "hiện tại 4 thôn, kết quả:",
            "results": [
                "- 54 hội viên người cao tuổi là hòa giải viên, thành viên tổ hòa giải, tổ an "
                "ninh tự quản;",
                "- Tham gia hòa giải thành 22 vụ việc, trong đó 8 vụ về đất đai;",
                "- Hội viên tự nguyện góp 21 triệu đồng làm quỹ thăm hỏi, động viên các gia đình "
                "sau hòa giải.",
            ],
            "recipients": ["- Sở Tư pháp (b/c);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT, TP."],
            "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "signer": "Lê Thị Hằng",
            "leader": ("Đinh Văn Mừng", "Chủ tịch Hội Người cao tuổi xã"),
            "position_alt": ["Chủ tịch Hội NCT xã"],
            "phone": "0373 908 126",
            "model": "Người cao tuổi tham gia hòa giải ở cơ sở",
            "location": "4 thôn",
            "location_alt": ["xã Phù Mã Thượng"],
            "participants": 54,
            "funds": 21_000_000,
            "unit": "Hội Người cao tuổi xã Phù Mã Thượng",
            "unit_alt": ["Ủy ban nhân dân xã Phù Mã Thượng"],
            "traits": [
                "mediation_report",
                "cases_table",
                "model_of_another_unit",
                "model_in_heading",
                "decoy_signer",
                "decoy_commune_budget",
                "decoy_case_counts",
                "no_type_no_domain",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("baocao_hoagiai", "report", ("S09", "S10"), render, ENTRIES)
