"""A registration made as a state declaration ("Tờ khai"): numbered items "[01]" … "[16]" and
codes, dates, phones and counts written one character to a box.

After the declarations of the tax and civil-status offices (Y03: the item numbers in square
brackets, "Lần đầu ☐ / Bổ sung lần thứ", a legend of codes in the label "(1: …; 2: …)", one box
per character for numbers and dates, "Tôi cam đoan …", "NGƯỜI KHAI", a strip "PHẦN DÀNH CHO CƠ
QUAN …" at the bottom) adapted by a commune steering board to register models (Y04). The type
and the domain are written as a code digit in a box (empty in `y06`); the phone is ten boxes;
the start date, the reception date, the unit code and the expected count are boxes too and are
not fields; the date line over the declarant's signature is the only one in words.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits

TYPE_CODE = {"collective": "1", "individual": "2"}
DOMAIN_CODE = {
    "economy": "1",
    "culture_society": "2",
    "security_defense": "3",
    "political_system": "4",
}
BOX = 0.55  # the side of a character box, cm


def _boxed(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "6")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _comb(cell: _Cell, chars: str, *, after: str = "") -> None:
    """One box per character (a space is an empty box), as declarations print them: a small
    fixed-width table at the top of the cell, the unit after it in the cell's last line."""
    boxes = cell.add_table(1, len(chars))
    _boxed(boxes)
    props = boxes._tbl.tblPr
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(int(Cm(BOX * len(chars)).twips)))
    width.set(qn("w:type"), "dxa")
    props.append(width)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    props.append(layout)
    for col in boxes._tbl.tblGrid.findall(qn("w:gridCol")):
        col.set(qn("w:w"), str(int(Cm(BOX).twips)))
    for box, char in zip(boxes.rows[0].cells, chars, strict=True):
        box.width = Cm(BOX)
        paragraph = box.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        k.add_runs(paragraph, [(char.strip(), "", 12)])
        paragraph.alignment = k.ALIGN["center"]
    first = cell.paragraphs[0]
    if not first.text and len(cell.paragraphs) > 1:  # the box table first, one line after it
        first._p.addnext(boxes._tbl)
        first._p.getparent().remove(first._p)
    last = cell.paragraphs[-1]
    last.paragraph_format.space_after = Pt(0)
    if after:
        k.add_runs(last, [(after, "i", 10)])


def _item(tbl: Table, row: int, number: int, label: str, legend: str = "") -> _Cell:
    lines: list[Any] = [[(f"[{number:02d}] ", "b"), (label, "b")]]
    if legend:
        lines.append((legend, "i", 10.5))
    k.cell_text(tbl.cell(row, 0), lines)
    return tbl.cell(row, 1)


def _head(doc: Document, v: dict[str, Any]) -> None:
    k.header_block(
        doc,
        [
            ("ĐẢNG ỦY XÃ MỸ LÂM ĐÔNG", ""),
            ("BAN CHỈ ĐẠO PHONG TRÀO", "b"),
            ("THI ĐUA “DÂN VẬN KHÉO”", "b"),
            "───────",
        ],
        [
            *k.quoc_hieu(),
            ("Mẫu số 01/TK-DVK", "b", 11),
            ("(Kèm theo Hướng dẫn số 05-HD/BCĐ ngày 20/01/2026)", "i", 10),
        ],
    )
    k.para(doc, ("TỜ KHAI", "b", 15), align="center", before=10, after=0)
    k.para(doc, ("ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "b", 13), align="center", after=4)
    line = k.para(doc, ("[01] Lần đầu: ", "b"), align="center", after=6)
    k.wingdings(line, "F0A8" if v.get("supplement") else "F0FE")
    k.add_runs(line, [("        [02] Bổ sung lần thứ: ", "b"), v.get("supplement", "…")])


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=12)
    _head(doc, v)
    person, position = v["leader"]
    tbl = k.table(doc, 13, (6.2, 9.8))
    k.cell_text(_item(tbl, 0, 3, "Tên đơn vị đăng ký"), v["unit"])
    _comb(_item(tbl, 1, 4, "Mã đơn vị", "(do Ban Chỉ đạo cấp)"), v["code"])
    k.cell_text(_item(tbl, 2, 5, "Tên mô hình"), v["model"])
    _comb(
        _item(tbl, 3, 6, "Loại mô hình", "(1: Tập thể; 2: Cá nhân)"),
        TYPE_CODE.get(v.get("type") or "", " "),
    )
    _comb(
        _item(
            tbl,
            4,
            7,
            "Lĩnh vực",
            "(1: Kinh tế; 2: Văn hóa – xã hội; 3: Quốc phòng – an ninh; "
            "4: Xây dựng hệ thống chính trị)",
        ),
        DOMAIN_CODE.get(v.get("domain") or "", " "),
    )
    k.cell_text(_item(tbl, 5, 8, "Họ và tên người phụ trách", "(hoặc cá nhân đăng ký)"), person)
    k.cell_text(_item(tbl, 6, 9, "Chức vụ"), position)
    _comb(_item(tbl, 7, 10, "Số điện thoại di động"), phone_digits(v["phone"]))
    k.cell_text(_item(tbl, 8, 11, "Địa bàn thực hiện"), v["location"])
    _comb(_item(tbl, 9, 12, "Ngày bắt đầu thực hiện", "(ngày/tháng/năm)"), v["start"])
    _comb(_item(tbl, 10, 13, "Số người tham gia dự kiến"), v["expected"], after=v["expected_unit"])
    k.cell_text(_item(tbl, 11, 14, "Nội dung, giải pháp chủ yếu"), v["content"])
    _comb(_item(tbl, 12, 15, "Kinh phí dự kiến", "(đồng)"), v["budget"])
    k.para(doc, ("Tôi cam đoan những nội dung kê khai trên là đúng sự thật.", "i"), before=6)
    k.para(doc, (date_line(*v["date"]), "i"), align="right", after=0)
    k.signature(
        doc,
        [("", "")],
        [("NGƯỜI KHAI", "b"), ("(Ký, ghi rõ họ tên)", "i", 11), "", "", "", (v["signer"], "b")],
    )
    k.para(doc, "", after=2)
    office = k.table(doc, 1, (16.0,))
    cell = office.cell(0, 0)
    k.cell_text(cell, [("PHẦN DÀNH CHO BAN CHỈ ĐẠO", "b", 11), [("Ngày nhận tờ khai:", "", 11)]])
    _comb(cell, v["received"])
    k.add_runs(cell.add_paragraph(), [(f"Người nhận: {v['receiver']}", "", 11)])
    k.add_runs(cell.add_paragraph(), [(f"Số đăng ký: {v['reg_no']}", "", 11)])
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]).rstrip("."),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"])
    return doc, truth


ENTRIES = (
    Entry(
        "y04-tokhai-mld-hoi-phu-nu",
        ("scan", "doc"),
        {
            "unit_id": "mld-hoi-phu-nu",
            "unit": "Hội Liên hiệp Phụ nữ xã Mỹ Lâm Đông",
            "code": "MLD-08",
            "model": "Phụ nữ Chăm nói không với tảo hôn",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Phú Thị Kim Liên", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch"],
            "phone": "0914 562 087",
            "location": "thôn Mỹ Lâm Thượng và thôn Hữu Đức Hạ",
            "start": "01/04/2026",
            "expected": "120",
            "expected_unit": " hội viên",
            "content": [
                "- Mỗi chi hội nhận theo dõi các em gái 13 – 17 tuổi trong thôn;",
                "- Phối hợp với cả sư, chức sắc Bani nói chuyện về hậu quả tảo hôn trong các "
                "buổi lễ;",
                "- Tặng học bổng cho 10 nữ sinh có nguy cơ bỏ học.",
            ],
            "budget": "24000000",
            "date": ("Mỹ Lâm Đông", 16, 3, 2026),
            "signer": "Phú Thị Kim Liên",
            "received": "18/03/2026",
            "receiver": "Lưu Thị Ngọc Hiền",
            "reg_no": "08/2026",
            "traits": [
                "character_boxes",
                "item_numbers",
                "type_domain_as_codes",
                "decoy_box_dates",
                "decoy_receiver",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y05-tokhai-mld-htx-nho",
        ("photo",),
        {
            "unit_id": "mld-htx-nho",
            "unit": "HTX nho táo Mỹ Lâm",
            "unit_alt": ["Hợp tác xã nho – táo Mỹ Lâm"],
            "code": "MLD-11",
            "model": "Giám đốc HTX đi đầu chuyển giao tưới nhỏ giọt cho hộ nghèo",
            "type": "individual",
            "domain": "economy",
            "leader": ("Thiên Sanh Nghĩa", "Giám đốc Hợp tác xã"),
            "position_alt": ["Giám đốc"],
            "phone": "0983 206 715",
            "location": "cánh đồng nho Bàu Mây, thôn Hữu Đức Hạ",
            "location_alt": ["thôn Hữu Đức Hạ"],
            "start": "15/03/2026",
            "expected": "35",
            "expected_unit": " hộ",
            "content": [
                "Cho 35 hộ nghèo, cận nghèo mượn bộ tưới nhỏ giọt, trả dần bằng sản phẩm sau "
                "thu hoạch; trực tiếp hướng dẫn lắp đặt, vận hành; thu mua nho, táo của các hộ "
                "theo giá sàn của Hợp tác xã.",
            ],
            "budget": "175000000",
            "date": ("Mỹ Lâm Đông", 9, 3, 2026),
            "signer": "Thiên Sanh Nghĩa",
            "received": "10/03/2026",
            "receiver": "Lưu Thị Ngọc Hiền",
            "reg_no": "11/2026",
            "traits": [
                "character_boxes",
                "item_numbers",
                "type_domain_as_codes",
                "individual_model",
                "decoy_box_dates",
                "decoy_receiver",
                "alias_unit_name",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y06-tokhai-mld-cong-an",
        ("scan",),
        {
            "unit_id": "mld-cong-an",
            "unit": "Công an xã Mỹ Lâm Đông",
            "code": "MLD-15",
            "model": "Camera an ninh – mắt thần khu dân cư Gò Điều",
            "type": "collective",
            "supplement": "01",
            "leader": ("Nguyễn Hữu Phát", "Phó Trưởng Công an xã"),
            "position_alt": ["Phó Trưởng Công an"],
            "phone": "0347.118.590",
            "location": "thôn Gò Điều",
            "start": "01/05/2026",
            "expected": "210",
            "expected_unit": " hộ",
            "content": [
                "1. Vận động các hộ kinh doanh, con em xa quê lắp 16 camera tại các ngã ba, "
                "ngã tư của thôn;",
                "2. Kết nối hình ảnh về điện thoại của Tổ an ninh trật tự cơ sở và Công an xã;",
                "3. Công khai số điện thoại đường dây nóng để bà con báo tin.",
            ],
            "budget": "96000000",
            "date": ("Mỹ Lâm Đông", 22, 4, 2026),
            "signer": "Nguyễn Hữu Phát",
            "received": "24/04/2026",
            "receiver": "Lưu Thị Ngọc Hiền",
            "reg_no": "15/2026",
            "traits": [
                "character_boxes",
                "item_numbers",
                "type_domain_as_codes",
                "domain_box_empty",
                "supplementary_declaration",
                "decoy_box_dates",
                "decoy_receiver",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("tokhai_ochu", "registration", ("Y03", "Y04"), render, ENTRIES)
