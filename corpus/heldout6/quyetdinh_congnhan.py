"""A commune decision recognising a unit's model ("QUYẾT ĐỊNH Về việc công nhận mô hình …").

After the decisions of People's Committees (T01) and the recognition of "Dân vận khéo" models
at the year's review (T02): the issuer and the number on the left of the header, the motto and
the date line on the right, the title and its "Về việc …" line, the one who decides in capitals,
the grounds ("Căn cứ …", "Xét đề nghị của …") in italics, "QUYẾT ĐỊNH:", then "Điều 1." naming
the model and the unit, "Điều 2." giving a certificate with prize money out of the budget,
"Điều 3." on who carries it out; "Nơi nhận:" beside "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; on a second
page the annex summing the model up as a two-column table (the person, a dash, the post and the
phone in one cell; the money raised beside the budget's support).
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, phone_digits


def _decision(doc: Document, v: dict[str, Any]) -> None:
    year = v["date"][3]
    k.para(doc, ("QUYẾT ĐỊNH", "b", 14), align="center", before=10, after=0)
    k.para(doc, (f"Về việc công nhận mô hình “Dân vận khéo” cấp xã năm {year}", "b"),
           align="center", after=0)  # fmt: skip
    k.para(doc, "───────────", align="center", after=6)
    k.para(doc, (v["authority"], "b"), align="center", after=6)
    for ground in v["grounds"]:
        k.para(doc, (ground, "i"), first=1.0, after=2)
    k.para(doc, ("QUYẾT ĐỊNH:", "b"), align="center", before=6, after=6)
    k.para(doc, ("Điều 1. ", "b"), f"Công nhận mô hình “{v['model']}” của {v['unit_line']} là "
           f"mô hình “Dân vận khéo” cấp xã năm {year} (có tóm tắt mô hình kèm theo).",
           first=1.0)  # fmt: skip
    k.para(doc, ("Điều 2. ", "b"), f"Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho "
           f"{v['unit_line']}, kèm theo tiền thưởng {v['prize']} đồng, trích từ ngân sách xã.",
           first=1.0)  # fmt: skip
    k.para(doc, ("Điều 3. ", "b"), "Quyết định này có hiệu lực kể từ ngày ký. Văn phòng "
           f"HĐND và UBND xã, {v['executors']}, {v['unit_line']} và các cơ quan, đơn vị có liên "
           "quan chịu trách nhiệm thi hành Quyết định này./.", first=1.0)  # fmt: skip


def _annex(doc: Document, v: dict[str, Any]) -> None:
    k.page_break(doc)
    year = v["date"][3]
    k.para(doc, (f"TÓM TẮT MÔ HÌNH “DÂN VẬN KHÉO” CẤP XÃ NĂM {year}", "b"), align="center",
           after=0)  # fmt: skip
    k.para(doc, (f"(Kèm theo Quyết định số {v['number']} ngày {v['short_date']} của "
                 f"{v['authority_short']})", "i"), align="center", after=8)  # fmt: skip
    rows = [
        ("Tên mô hình", v["model"]),
        ("Đơn vị xây dựng mô hình", v["unit_line"]),
        *([("Loại mô hình", v["type_cell"])] if v.get("type_cell") else []),
        ("Lĩnh vực", DOMAIN_VI[v["domain"]].capitalize()),
        ("Người phụ trách", v["person_cell"]),
        ("Địa bàn thực hiện", v["location"]),
        ("Thời gian thực hiện", v["period"]),
        ("Số người tham gia", v["participants_cell"]),
        ("Nguồn lực huy động", v["funds_cell"]),
        ("Kết quả nổi bật", v["results"]),
    ]
    tbl = k.table(doc, len(rows), (4.6, 11.4))
    for row, (label, value) in enumerate(rows):
        k.cell_text(tbl.cell(row, 0), (label, "b"), size=13)
        k.cell_text(tbl.cell(row, 1), value, size=13)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [
            *[(line, "b", 13) for line in v["issuer"]],
            ("───────", ""),
            (f"Số: {v['number']}", "", 13),
        ],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )
    _decision(doc, v)
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), "- Như Điều 3;", *[f"- {r};" for r in v["recipients"]], "- Lưu: VT."],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    _annex(doc, v)
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    stamp = " ".join(v["issuer"])
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "t01-quyetdinh-kxa-cb-na-pong",
        ("scan", "doc"),
        {
            "unit_id": "kxa-cb-thon-na-pong",
            "issuer": ["ỦY BAN NHÂN DÂN", "XÃ KHUỔI XA"],
            "number": "118/QĐ-UBND",
            "date": ("Khuổi Xa", 20, 11, 2026),
            "short_date": "20/11/2026",
            "authority": "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KHUỔI XA",
            "authority_short": "Chủ tịch UBND xã Khuổi Xa",
            "grounds": [
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Căn cứ Kế hoạch số 09-KH/ĐU ngày 12/02/2026 của Đảng ủy xã về thực hiện "
                "phong trào thi đua “Dân vận khéo” năm 2026;",
                "Căn cứ Biên bản kiểm tra ngày 06/11/2026 của Ban Chỉ đạo phong trào thi đua "
                "“Dân vận khéo” xã;",
                "Xét đề nghị của Trưởng Ban Xây dựng Đảng Đảng ủy xã tại Tờ trình số "
                "21-TTr/BXDĐ ngày 14/11/2026.",
            ],
            "unit_line": "Chi bộ thôn Nà Pồng",
            "unit_name": "Chi bộ thôn Nà Pồng",
            "model": "Đường bê tông về bản – dân làm, dân hưởng",
            "prize": "1.500.000",
            "executors": "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã",
            "domain": "economy",
            "leader": ("Nông Văn Pính", "Bí thư Chi bộ, Trưởng thôn"),
            "position_alt": ["Bí thư Chi bộ"],
            "person_cell": "Ông Nông Văn Pính – Bí thư Chi bộ, Trưởng thôn; ĐT: 0984 315 276",
            "phone": "0984 315 276",
            "location": "Thôn Nà Pồng, xã Khuổi Xa",
            "location_alt": ["Thôn Nà Pồng"],
            "period": "Từ tháng 3 đến tháng 10 năm 2026",
            "participants_cell": "112 hộ (468 nhân khẩu) của thôn",
            "participants": 112,
            "funds_cell": "Nhân dân đóng góp 286.500.000 đồng và 1.340 ngày công; ngân sách xã "
            "hỗ trợ xi măng trị giá 95.000.000 đồng",
            "funds": 286500000,
            "results": "Hoàn thành 2,6 km đường bê tông nội thôn rộng 3 m; 14 hộ hiến 2.150 m2 "
            "đất, không có khiếu kiện; 100% hộ ký cam kết giữ gìn vệ sinh tuyến đường",
            "recipients": ["Thường trực Đảng ủy xã", "Ủy ban MTTQ Việt Nam xã"],
            "sign_block": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "signer": "Ma Thị Hồng Nhung",
            "traits": [
                "decision",
                "grounds_before_articles",
                "annex_summary_table",
                "person_post_phone_one_cell",
                "prize_money_distractor",
                "state_support_distractor",
                "issuer_not_unit",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t02-quyetdinh-kxa-hoi-nong-dan",
        ("photo",),
        {
            "unit_id": "kxa-hoi-nong-dan",
            "issuer": ["ỦY BAN NHÂN DÂN", "XÃ KHUỔI XA"],
            "number": "124/QĐ-UBND",
            "date": ("Khuổi Xa", 27, 11, 2026),
            "short_date": "27/11/2026",
            "authority": "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KHUỔI XA",
            "authority_short": "Chủ tịch UBND xã Khuổi Xa",
            "grounds": [
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Căn cứ Hướng dẫn số 03-HD/BDVTU ngày 20/01/2026 của Ban Dân vận Tỉnh ủy về "
                "đánh giá, công nhận mô hình “Dân vận khéo”;",
                "Xét đề nghị của Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã tại Biên "
                "bản họp ngày 19/11/2026.",
            ],
            "unit_line": "Hội Nông dân xã Khuổi Xa",
            "unit_name": "Hội Nông dân xã Khuổi Xa",
            "unit_alt": ["Hội Nông dân xã"],
            "model": "Tổ hợp tác nuôi ong lấy mật dưới tán rừng",
            "prize": "2.000.000",
            "executors": "Ủy ban MTTQ Việt Nam xã",
            "type": "collective",
            "type_cell": "Tập thể",
            "domain": "economy",
            "leader": ("Lương Văn Khiêm", "Chủ tịch Hội Nông dân xã"),
            "person_cell": "Ông Lương Văn Khiêm, Chủ tịch Hội Nông dân xã, số điện thoại "
            "0358.207.644",
            "phone": "0358.207.644",
            "location": "Thôn Khuổi Phầy và thôn Phìn Hồ",
            "period": "Năm 2026",
            "participants_cell": "27 hộ hội viên, trong đó 19 hộ dân tộc Dao",
            "participants": 27,
            "funds_cell": "Các hộ thành viên góp vốn 415.000.000 đồng; vay Quỹ Hỗ trợ nông dân "
            "200.000.000 đồng",
            "funds": 415000000,
            "results": "Đàn ong tăng từ 160 lên 540 đàn; sản lượng mật 3,8 tấn, doanh thu trên "
            "1,1 tỷ đồng; 6 hộ thoát nghèo, sản phẩm mật ong được công nhận OCOP 3 sao",
            "recipients": ["Thường trực Đảng ủy xã", "Hội Nông dân tỉnh"],
            "sign_block": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "signer": "Ma Thị Hồng Nhung",
            "traits": [
                "decision",
                "grounds_before_articles",
                "annex_summary_table",
                "person_post_phone_one_cell",
                "prize_money_distractor",
                "loan_distractor",
                "issuer_not_unit",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t03-quyetdinh-hoi-ccb",
        ("scan",),
        {
            "unit_id": "hoi-ccb",
            "issuer": ["ỦY BAN NHÂN DÂN", "XÃ NGHĨA THÁI"],
            "number": "215/QĐ-UBND",
            "date": ("Nghĩa Thái", 16, 12, 2024),
            "short_date": "16/12/2024",
            "authority": "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGHĨA THÁI",
            "authority_short": "Chủ tịch UBND xã Nghĩa Thái",
            "grounds": [
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Căn cứ Kế hoạch số 15-KH/ĐU ngày 05/3/2024 của Đảng ủy xã Nghĩa Thái;",
                "Xét đề nghị của Ban Dân vận Đảng ủy xã.",
            ],
            "unit_line": "Hội Cựu chiến binh xã Nghĩa Thái",
            "unit_name": "Hội Cựu chiến binh xã Nghĩa Thái",
            "unit_alt": ["Hội Cựu chiến binh xã"],
            "model": "Cựu chiến binh giúp nhau phát triển kinh tế hộ",
            "prize": "1.000.000",
            "executors": "Ban Dân vận Đảng ủy xã",
            "domain": "economy",
            "leader": ("Trần Văn Hòa", "Chủ tịch Hội Cựu chiến binh xã"),
            "position_alt": ["Chủ tịch Hội CCB xã"],
            "person_cell": "Đồng chí Trần Văn Hòa – Chủ tịch Hội Cựu chiến binh xã",
            "location": "Các xóm trong xã",
            "period": "Năm 2024",
            "participants_cell": "Có 58 hội viên tham gia các tổ vay vốn, giúp nhau",
            "participants": 58,
            "funds_cell": "Hội viên góp quỹ 124.000.000 đồng cho nhau vay không lãi",
            "funds": 124000000,
            "results": "Giúp 11 hộ hội viên thoát nghèo, 23 hộ đạt danh hiệu sản xuất kinh "
            "doanh giỏi; không còn hộ hội viên nghèo",
            "recipients": ["Đảng ủy xã", "Hội Cựu chiến binh huyện"],
            "sign_block": ["CHỦ TỊCH"],
            "signer": "Phạm Văn Thịnh",
            "traits": [
                "decision",
                "grounds_before_articles",
                "annex_summary_table",
                "prize_money_distractor",
                "issuer_not_unit",
                "no_phone",
            ],
        },
    ),
)

LAYOUT = Layout("quyetdinh_congnhan", "report", ("T01", "T02"), render, ENTRIES)
