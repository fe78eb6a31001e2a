"""A registration whose letterhead and date line live in Word's header and footer, with footnotes.

After the way a unit's clerk sets up a Word template once (Q09): the letterhead (superior body,
unit, motto) typed into the page header so that it repeats, the place-and-date line kept in the
page footer (or under the motto in the header), a number and the file name in the footer; and
after real Word footnotes (Q10), which clerks use to add what does not fit a numbered line: the
position and phone of the person in charge in a footnote on the name, the resolution that adopted
the registration (another date) in a footnote on the title. The body names no unit except
"Chi bộ"/"Đơn vị": the unit is in the header part only.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from corpus import docxkit as k
from corpus.spec import (
    DOMAIN_VI,
    Entry,
    Layout,
    Truth,
    date_line,
    iso,
    joined,
    phone_digits,
    signer_alt,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
TYPES = {"collective": "tập thể", "individual": "cá nhân"}


def _mark(paragraph: Paragraph, number: int) -> None:
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    rpr.append(align)
    run.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(number))
    run.append(ref)
    paragraph._p.append(run)


def _footnotes(doc: Document, notes: list[str]) -> None:
    sup = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    body = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f"<w:r>{sup}<w:footnoteRef/></w:r>"
        f'<w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t>'
        "</w:r></w:p></w:footnote>"
        for number, text in enumerate(notes, start=1)
    )
    xml = (
        f'<w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f"{body}</w:footnotes>"
    )
    part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, parse_xml(xml), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def _letterhead(doc: Document, v: dict[str, Any], dated: str | None) -> None:
    header = doc.sections[0].header
    header.is_linked_to_previous = False
    tbl = header.add_table(1, 2, Cm(16.0))
    k._no_borders(tbl)
    widths = (6.3, 9.7)
    for cell, width in zip(tbl.rows[0].cells, widths, strict=True):
        cell.width = Cm(width)
    for col, width in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    left = [(v["superior"], "", 12), (v["unit_caps"], "b", 12), ("*", "", 12)]
    if v.get("number"):
        left.append((v["number"], "", 12))
    k.cell_text(tbl.cell(0, 0), left, align="center")
    right: list[Any] = k.quoc_hieu()
    if dated:
        right = [*right, (dated, "i", 12)]
    k.cell_text(tbl.cell(0, 1), right, align="center")


def _footer(doc: Document, lines: list[tuple[str, str]]) -> None:
    footer = doc.sections[0].footer
    footer.is_linked_to_previous = False
    first = True
    for text, align in lines:
        paragraph = footer.paragraphs[0] if first else footer.add_paragraph()
        first = False
        paragraph.alignment = k.ALIGN[align]
        run = paragraph.add_run(text)
        run.font.size = Pt(10 if align != "right" else 12)
        run.italic = align == "right"


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    doc.sections[0].header_distance = Cm(1.0)
    doc.sections[0].top_margin = Cm(5.0)
    place, day, month = v["date"]
    dated = date_line(place, day, month, 2026)
    _letterhead(doc, v, dated if v["date_in"] == "header" else None)
    footer = [(dated, "right")] if v["date_in"] == "footer" else []
    _footer(doc, [*footer, (v["file_line"], "left")])
    notes: list[str] = []

    title = k.para(doc, ("ĐĂNG KÝ", "b", 14), align="center", after=0)
    sub = k.para(doc, ("XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "b"), align="center", after=8)
    if v.get("title_note"):
        notes.append(v["title_note"])
        _mark(sub, len(notes))
    del title
    k.para(doc, ("Kính gửi: ", "b"), v["to"], align="center", after=8)
    k.body(doc, v["intro"], after=4)
    person, position = v["leader"]
    k.para(doc, ("1. Tên mô hình: ", "b"), f"“{v['model']}”", after=3)
    kind = TYPES.get(v.get("type") or "", "")
    domain = DOMAIN_VI[v["domain"]] if v.get("domain") else ""
    line = "; ".join(x for x in (f"loại {kind}" if kind else "", f"lĩnh vực {domain}") if x)
    k.para(doc, ("2. Loại, lĩnh vực: ", "b"), line[0].upper() + line[1:] + ".", after=3)
    leader = k.para(doc, ("3. Người phụ trách: ", "b"), f"đồng chí {person}", after=3)
    notes.append(v["leader_note"])
    _mark(leader, len(notes))
    place_line = k.para(doc, ("4. Địa bàn thực hiện: ", "b"), v["location"] + ".", after=3)
    if v.get("place_note"):
        notes.append(v["place_note"])
        _mark(place_line, len(notes))
    k.para(doc, ("5. Nội dung, giải pháp thực hiện:", "b"), after=2)
    for item in v["content"]:
        k.body(doc, item, after=2)
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 11), *[(r, "", 11) for r in v["recipients"]]],
        [*[(s, "b") for s in v["sign_block"]], "", "", "", (v["signer"][0], "b")],
    )
    _footnotes(doc, notes)

    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(day, month, 2026),
    }
    alt = {
        "unit_name": [v["unit_caps"], *v.get("unit_alt", [])],
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], v["signer"]),
    }
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"][0])
    return doc, truth


ENTRIES = (
    Entry(
        "r13-dauchan-tbg-cb-lung-vai",
        ("scan", "doc"),
        {
            "unit_id": "tbg-cb-lung-vai",
            "superior": "ĐẢNG BỘ XÃ TÀ BÓ GIÀNG",
            "unit_caps": "CHI BỘ THÔN LÙNG VÀI",
            "unit": "Chi bộ thôn Lùng Vài",
            "number": "Số 02-ĐK/CB",
            "date": ("Lùng Vài", 13, 3),
            "date_in": "footer",
            "file_line": "D:\\CHI BO LUNG VAI\\2026\\DK dan van kheo 2026.docx",
            "to": "Ban Thường vụ Đảng ủy xã Tà Bó Giàng",
            "title_note": "Thông qua tại buổi sinh hoạt Chi bộ ngày 06 tháng 3 năm 2026, có "
            "14/15 đảng viên dự.",
            "intro": "Thực hiện Kế hoạch số 09-KH/ĐU của Đảng ủy xã, Chi bộ đăng ký xây dựng mô "
            "hình “Dân vận khéo” năm 2026 như sau:",
            "model": "Nùng Lùng Vài chung tay làm đường nội đồng",
            "type": "collective",
            "domain": "economy",
            "leader": ("Lù Văn Sình", "Phó Bí thư Chi bộ, Trưởng thôn Lùng Vài"),
            "position_alt": ["Phó Bí thư Chi bộ", "Trưởng thôn"],
            "leader_note": "Phó Bí thư Chi bộ, Trưởng thôn Lùng Vài; điện thoại 0974 603 218.",
            "phone": "0974 603 218",
            "location": "thôn Lùng Vài",
            "content": [
                "- Họp dân bàn, thống nhất mỗi hộ góp 5 ngày công và hiến đất làm 2,4 km đường "
                "nội đồng.",
                "- Đảng viên, trưởng họ đi trước vận động các hộ có đất dọc tuyến.",
                "- Công khai danh sách đóng góp tại nhà văn hóa thôn.",
            ],
            "recipients": ["- Ban Thường vụ Đảng ủy xã;", "- Lưu Chi bộ."],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Sằm Văn Phủ", "Bí thư"),
            "traits": [
                "unit_in_page_header",
                "date_in_page_footer",
                "footnotes",
                "position_phone_in_footnote",
                "other_date_in_footnote",
                "signer_not_leader",
                "nung_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r14-dauchan-tbg-tram-y-te",
        ("photo",),
        {
            "unit_id": "tbg-tram-y-te",
            "superior": "TRUNG TÂM Y TẾ KHU VỰC BẮC QUANG",
            "unit_caps": "TRẠM Y TẾ XÃ TÀ BÓ GIÀNG",
            "unit": "Trạm Y tế xã Tà Bó Giàng",
            "unit_alt": ["TYT xã Tà Bó Giàng"],
            "date": ("Tà Bó Giàng", 17, 3),
            "date_in": "footer",
            "file_line": "TYT xã Tà Bó Giàng - Đăng ký DVK 2026 - Trang 1/1",
            "to": "Ban Thường vụ Đảng ủy xã Tà Bó Giàng",
            "intro": "Trạm đăng ký xây dựng mô hình “Dân vận khéo” năm 2026 như sau:",
            "model": "Cô đỡ thôn bản đồng hành cùng bà mẹ người Dao",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Đặng Thị Mùi", "Trạm trưởng"),
            "leader_note": "Trạm trưởng; ĐT: 0347 281 695. Phối hợp: bà Triệu Thị Nhất, cô đỡ "
            "thôn bản Nặm Đăm (ĐT: 0332 904 716).",
            "phone": "0347 281 695",
            "location": "thôn Nặm Đăm và thôn Lùng Vài",
            "place_note": "Năm 2025 hai thôn còn 11 ca sinh tại nhà, chiếm 38% số ca sinh của xã.",
            "content": [
                "- Cô đỡ thôn bản đến từng nhà phụ nữ mang thai, hẹn lịch khám thai 4 lần.",
                "- Tư vấn bằng tiếng Dao tại nhà văn hóa mỗi tháng một buổi.",
                "- Đưa sản phụ đến trạm khi chuyển dạ bằng xe máy của tổ xe ôm tình nguyện.",
            ],
            "recipients": ["- Đảng ủy xã;", "- TTYT khu vực;", "- Lưu TYT."],
            "sign_block": ["TRẠM TRƯỞNG"],
            "signer": ("Đặng Thị Mùi", "Trạm trưởng"),
            "traits": [
                "unit_in_page_header",
                "date_in_page_footer",
                "alias_in_page_footer",
                "footnotes",
                "position_phone_in_footnote",
                "other_phone_in_footnote",
                "figures_in_footnote",
                "alias_unit_name",
                "dao_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r15-dauchan-tbg-ban-chqs",
        ("scan",),
        {
            "unit_id": "tbg-ban-chqs",
            "superior": "BỘ CHQS TỈNH TUYÊN QUANG",
            "unit_caps": "BAN CHQS XÃ TÀ BÓ GIÀNG",
            "unit": "Ban Chỉ huy Quân sự xã Tà Bó Giàng",
            "unit_alt": ["Ban CHQS xã Tà Bó Giàng"],
            "number": "Số: 07/ĐK-BCH",
            "date": ("Tà Bó Giàng", 18, 3),
            "date_in": "header",
            "file_line": "Ban CHQS xã - 0207 3855 209",
            "to": "Đảng ủy xã Tà Bó Giàng",
            "title_note": "Theo Hướng dẫn số 03-HD/BDV ngày 20/01/2026 và Nghị quyết của Đảng ủy "
            "Quân sự xã ngày 10/3/2026.",
            "intro": "Đơn vị đăng ký xây dựng mô hình “Dân vận khéo” năm 2026 như sau:",
            "model": "Dân quân giúp dân thu hoạch cam mùa mưa lũ",
            "domain": "security_defense",
            "leader": ("Lý Văn Siểu", "Chỉ huy trưởng Ban CHQS xã"),
            "leader_note": "Trung úy, Chỉ huy trưởng Ban CHQS xã; di động 0386 449 127.",
            "phone": "0386 449 127",
            "location": "các vùng cam thôn Nà Lòa, Khuổi Hảo",
            "content": [
                "+ Lập 3 tổ dân quân xung kích trực mùa mưa lũ từ tháng 6 đến tháng 10.",
                "+ Giúp các hộ neo đơn thu hoạch, vận chuyển cam khi có cảnh báo sạt lở.",
            ],
            "recipients": ["- Đảng ủy xã;", "- Lưu BCH."],
            "sign_block": ["CHỈ HUY TRƯỞNG"],
            "signer": ("Lý Văn Siểu", "Chỉ huy trưởng"),
            "traits": [
                "unit_in_page_header",
                "date_in_page_header",
                "footnotes",
                "position_phone_in_footnote",
                "rank_in_footnote",
                "other_date_in_footnote",
                "no_type",
                "dao_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("dauchan_chuthich", "registration", ("Q09", "Q10"), render, ENTRIES)
