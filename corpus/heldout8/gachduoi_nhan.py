"""A registration form whose answers are written ABOVE ruled lines, each label printed BELOW.

After the convention of Vietnamese signature-style forms (B09: the value written on a rule, the
caption in brackets under it, "(Ký, ghi rõ họ tên)"): the steering board's header, the form's
title and number, then rows of rules — the unit and the year, the model, the type and domain,
the person in charge with post and phone side by side, the place, the content on several rules
with one caption under the last, and the date and signature on rules with captions. The answers
are in handwriting; the captions are small italic print in brackets under the rules.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, iso, joined, phone_digits

DOMAIN_HAND = {
    "economy": "Kinh tế",
    "culture_society": "Văn hóa – xã hội",
    "security_defense": "Quốc phòng – an ninh",
    "political_system": "Xây dựng hệ thống chính trị",
}
TYPE_HAND = {"collective": "Tập thể", "individual": "Cá nhân"}


def _rule(cell: _Cell) -> None:
    pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    pr.append(borders)


def _ruled(doc: Document, parts: list[tuple[str, str, float]]) -> None:
    """One line of rules: (value written above, caption below, width in cm) side by side."""
    widths: list[float] = []
    for _, _, width in parts:
        widths += [width, 0.4]
    tbl = k.table(doc, 2, widths[:-1], grid=False)
    for number, (value, caption, _) in enumerate(parts):
        above, below = tbl.cell(0, 2 * number), tbl.cell(1, 2 * number)
        k.cell_text(above, (value, "h") if value else "", align="center")
        _rule(above)
        k.cell_text(below, (caption, "i", 9) if caption else "", align="center")
    k.para(doc, "", after=2)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [("BAN CHỈ ĐẠO PHONG TRÀO", ""), ("“DÂN VẬN KHÉO” " + v["commune_caps"], "b"), "───────"],
        k.quoc_hieu(),
    )
    k.para(
        doc, ("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”", "b", 14), align="center", before=10, after=0
    )
    k.para(doc, (f"(Mẫu ĐK-02, dùng cho năm {v['year']})", "i", 10), align="center", after=8)
    person, position = v["leader"]
    _ruled(doc, [(v["unit_line"], "(Tên đơn vị đăng ký)", 11.5), (str(v["year"]), "(Năm)", 4.0)])
    _ruled(doc, [(v["model"], "(Tên mô hình)", 15.9)])
    _ruled(
        doc,
        [
            (TYPE_HAND[v["type"]] if v.get("type") else "", "(Loại: tập thể hay cá nhân)", 6.5),
            (DOMAIN_HAND[v["domain"]] if v.get("domain") else "", "(Lĩnh vực)", 9.0),
        ],
    )
    _ruled(
        doc,
        [
            (person, "(Họ và tên người phụ trách)", 5.6),
            (position, "(Chức vụ)", 5.6),
            (v.get("phone", ""), "(Điện thoại)", 3.9),
        ],
    )
    _ruled(doc, [(v["location"], "(Địa bàn thực hiện)", 15.9)])
    for number, line in enumerate(v["content"]):
        last = number == len(v["content"]) - 1
        _ruled(doc, [(line, "(Nội dung, giải pháp chủ yếu)" if last else "", 15.9)])
    day, month, year = v["date"]
    k.para(doc, "", after=6)
    tbl = k.table(doc, 1, (7.5, 8.4), grid=False)
    k.cell_text(
        tbl.cell(0, 0),
        [("Ý kiến của Ban Chỉ đạo xã", "b"), ("(Phần dành cho Ban Chỉ đạo ghi)", "i", 9)],
        align="center",
    )
    inner = tbl.cell(0, 1)
    sub = inner.add_table(rows=4, cols=1)
    k.cell_text(
        sub.cell(0, 0), (f"{v['place']}, ngày {day} tháng {month} năm {year}", "h"), align="center"
    )
    _rule(sub.cell(0, 0))
    k.cell_text(sub.cell(1, 0), ("(Địa danh, ngày tháng năm)", "i", 9), align="center")
    k.cell_text(
        sub.cell(2, 0), ["", (v["signer"].split()[-1], "h"), (v["signer"], "h")], align="center"
    )
    _rule(sub.cell(2, 0))
    k.cell_text(
        sub.cell(3, 0), (f"({v['sign_caption']} ký, ghi rõ họ tên)", "i", 9), align="center"
    )
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(day, month, year),
    }
    alt = {"leader_position": v.get("position_alt", []), "location": v.get("location_alt", [])}
    truth = Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], v["signer"], v.get("stamp")
    )
    return doc, truth


ENTRIES = (
    Entry(
        "q13-gachduoi-tdn-truong-thcs",
        ("scan", "doc"),
        {
            "unit_id": "tdn-truong-thcs",
            "commune_caps": "XÃ TÂN ĐỨC NAM",
            "year": 2026,
            "unit_line": "Trường THCS Tân Đức Nam",
            "model": "Cô trò cùng đến nhà vận động học sinh S'tiêng trở lại lớp",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Bùi Thanh Nhàn", "Phó Hiệu trưởng"),
            "phone": "0967 325 118",
            "location": "ấp Suối Cả, ấp Bàu Tre",
            "location_alt": ["ấp Suối Cả"],
            "content": [
                "- Giáo viên chủ nhiệm đến từng nhà học sinh nghỉ học dài ngày;",
                "- Tổ chức bữa trưa bán trú miễn phí cho học sinh ở xa;",
                "- Mời già làng, người có uy tín nói chuyện với phụ huynh.",
            ],
            "date": (16, 3, 2026),
            "place": "Tân Đức Nam",
            "signer": "Hà Minh Khôi",
            "sign_caption": "Hiệu trưởng",
            "stamp": "TRƯỜNG THCS TÂN ĐỨC NAM",
            "traits": [
                "value_above_rule",
                "label_below",
                "handwritten_fill",
                "leader_not_signer",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q14-gachduoi-tdn-cong-an",
        ("photo",),
        {
            "unit_id": "tdn-cong-an",
            "commune_caps": "XÃ TÂN ĐỨC NAM",
            "year": 2026,
            "unit_line": "Công an xã Tân Đức Nam",
            "model": "Camera an ninh – mắt thần khu dân cư",
            "type": "collective",
            "domain": "security_defense",
            "leader": ("Hồ Minh Tâm", "Trưởng Công an xã"),
            "position_alt": ["Trưởng Công an"],
            "phone": "0839.406.552",
            "location": "6 ấp",
            "content": [
                "- Vận động hộ kinh doanh lắp camera hướng ra đường;",
                "- Lập nhóm Zalo an ninh từng ấp, tiếp nhận tin báo 24/24.",
            ],
            "date": (13, 3, 2026),
            "place": "Tân Đức Nam",
            "signer": "Hồ Minh Tâm",
            "sign_caption": "Trưởng đơn vị",
            "stamp": "CÔNG AN XÃ TÂN ĐỨC NAM",
            "traits": [
                "value_above_rule",
                "label_below",
                "handwritten_fill",
                "signer_is_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q15-gachduoi-hoi-ccb",
        ("scan",),
        {
            "unit_id": "hoi-ccb",
            "commune_caps": "XÃ NGHĨA THÁI",
            "year": 2024,
            "unit_line": "Hội Cựu chiến binh xã Nghĩa Thái",
            "model": "Cựu chiến binh giúp nhau nuôi ong lấy mật",
            "domain": "economy",
            "leader": ("Nguyễn Văn Lâm", "Chủ tịch Hội CCB"),
            "position_alt": ["Chủ tịch Hội"],
            "location": "xóm 2, xóm 11",
            "location_alt": ["xóm 2"],
            "content": [
                "- Hội viên có kinh nghiệm hướng dẫn 20 hộ nuôi ong;",
                "- Góp vốn mua đàn ong giống, chia mật theo phần góp.",
            ],
            "date": (4, 4, 2024),
            "place": "Nghĩa Thái",
            "signer": "Nguyễn Văn Lâm",
            "sign_caption": "Người đăng ký",
            "traits": [
                "value_above_rule",
                "label_below",
                "handwritten_fill",
                "no_type",
                "no_phone",
            ],
        },
    ),
)

LAYOUT = Layout("gachduoi_nhan", "registration", ("B08", "B09"), render, ENTRIES)
