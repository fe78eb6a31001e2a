"""A printed report form filled on the computer, each value in its own colour over the dots.

After the fill-in report sheets that a superior board sends out as a Word file with dotted
lines ("Tên đơn vị: ………", "Kết quả đạt được: ………", X09) and the way unit clerks fill them
(X10): they type over the dotted line without deleting it, so dots stay before and after the
value, and they colour the filled text so the sender sees what was added — a different colour
per line when several people filled it. Spare dotted lines under "Kết quả" stay empty. The day
and month of the printed "ngày …… tháng …… năm 2026" are typed between the dots.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, iso, phone_digits, signer_alt

INKS = (
    RGBColor(0xC0, 0x00, 0x00),
    RGBColor(0x00, 0x33, 0xCC),
    RGBColor(0x00, 0x80, 0x3C),
    RGBColor(0x70, 0x30, 0xA0),
    RGBColor(0x8B, 0x45, 0x13),
    RGBColor(0xD9, 0x73, 0x0D),
    RGBColor(0x00, 0x80, 0x80),
    RGBColor(0xE0, 0x1E, 0x78),
)


def _dotted(doc: Document, label: str, value: str, ink: int, *, lead: str = "…… ") -> Paragraph:
    """ "Label: …… value ……………" to the right margin: dots before, the value, a dot leader."""
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(3)
    paragraph.paragraph_format.tab_stops.add_tab_stop(
        Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )
    k.add_runs(paragraph, [(label, "b")])
    paragraph.add_run(lead)
    if value:
        run = paragraph.add_run(value)
        run.font.color.rgb = INKS[ink % len(INKS)]
    paragraph.add_run("\t")
    return paragraph


def _spare(doc: Document) -> None:
    _dotted(doc, "", "", 0, lead="")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.para(doc, ("Mẫu 02/BC-DVK", "i", 11), align="right", after=0)
    head = k.header_block(doc, [(v["superior"], "")], [*k.quoc_hieu()])
    cell = head.cell(0, 0)
    line = cell.add_paragraph()
    line.alignment = k.ALIGN["center"]
    line.add_run("……")
    caps = line.add_run(v["unit_caps"])
    caps.bold = True
    caps.font.color.rgb = INKS[5]
    line.add_run("……")
    k.para(doc, ("BÁO CÁO KẾT QUẢ THỰC HIỆN", "b", 14), align="center", before=12, after=0)
    k.para(doc, ("MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "b"), align="center", after=10)
    person, position = v["leader"]
    ink = v["ink"]
    _dotted(doc, "1. Tên đơn vị:", v["unit"], ink)
    _dotted(doc, "2. Tên mô hình:", v["model"], ink + 1)
    if v.get("domain"):
        _dotted(doc, "3. Lĩnh vực:", DOMAIN_VI[v["domain"]], ink + 2, lead="…… ")
    else:
        _dotted(doc, "3. Lĩnh vực:", "", 0)
    _dotted(doc, "4. Người phụ trách:", person, ink + 3)
    _dotted(doc, "    Chức vụ:", position, ink + 4)
    _dotted(doc, "    Điện thoại:", v.get("phone") or "", ink + 5)
    _dotted(doc, "5. Địa bàn thực hiện:", v["location"], ink + 6)
    _dotted(doc, "6. Số người tham gia:", v["people"], ink + 7)
    _dotted(doc, "7. Kinh phí huy động (đồng):", v["money"], ink)
    _dotted(doc, "8. Kết quả đạt được:", v["results"], ink + 1)
    _spare(doc)
    _spare(doc)
    place, day, month, year = v["date"]
    dated = k.para(doc, align="right", before=8, after=0)
    dated.add_run(f"{place}, ngày …")
    for number, text in ((day, " tháng …"), (month, f" năm {year}")):
        run = dated.add_run(f"{number:02d}" if number < 10 else str(number))
        run.font.color.rgb = INKS[ink + 2]
        dated.add_run(f"…{text}")
        run.italic = True
    k.signature(
        doc,
        [("Xác nhận của cấp ủy:", "bi"), ("(ký, ghi rõ họ tên)", "i")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"][0], "b")],
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
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": iso(day, month, year),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], v["signer"]),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"][0])
    return doc, truth


ENTRIES = (
    Entry(
        "r16-chamgach-hlc-dang-uy",
        ("scan", "doc"),
        {
            "unit_id": "hlc-dang-uy",
            "superior": "ĐẢNG BỘ TỈNH ĐIỆN BIÊN",
            "unit_caps": "ĐẢNG ỦY XÃ HUỔI LẾCH",
            "ink": 0,
            "unit": "Đảng ủy xã Huổi Lếch",
            "unit_alt": ["ĐẢNG ỦY XÃ HUỔI LẾCH"],
            "model": "Đảng viên nhận đỡ đầu hộ nghèo",
            "domain": "political_system",
            "leader": ("Lò Văn Chung", "Phó Bí thư Thường trực Đảng ủy xã"),
            "position_alt": ["Phó Bí thư Thường trực"],
            "phone": "0912 604 873",
            "location": "các bản Huổi Lếch, Nà Sáng, Háng Chua, Sín Chải",
            "people": "48 đảng viên đỡ đầu 52 hộ nghèo",
            "participants": 48,
            "money": "96.000.000",
            "funds": 96000000,
            "results": "35 hộ được đỡ đầu thoát nghèo, 17 hộ có thu nhập tăng; 100% con em các "
            "hộ được đỡ đầu đi học đúng độ tuổi",
            "date": ("Huổi Lếch", 25, 11, 2026),
            "sign_block": ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ"],
            "signer": ("Lò Văn Chung", "Phó Bí thư"),
            "traits": [
                "coloured_values",
                "dots_around_values",
                "typed_date_in_dots",
                "two_counts_people",
                "thai_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r17-chamgach-hlc-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "hlc-hoi-phu-nu",
            "superior": "HỘI LHPN TỈNH ĐIỆN BIÊN",
            "unit_caps": "HỘI LHPN XÃ HUỔI LẾCH",
            "ink": 3,
            "unit": "Hội Liên hiệp Phụ nữ xã Huổi Lếch",
            "model": "Giàng Thị Dua – tổ trưởng tổ thêu lanh H'Mông",
            "type": None,
            "leader": ("Giàng Thị Dua", "Tổ trưởng tổ thêu lanh bản Háng Chua"),
            "position_alt": ["Tổ trưởng tổ thêu lanh", "Tổ trưởng"],
            "phone": "0337 920 158",
            "location": "bản Háng Chua",
            "people": "27 chị em",
            "participants": 27,
            "money": "15 triệu (chị em tự góp mua lanh, chỉ màu)",
            "funds": 15000000,
            "results": "tổ bán được 340 sản phẩm váy, khăn, túi thêu cho khách và cửa hàng ở "
            "thành phố Điện Biên Phủ, mỗi chị có thêm 1,5 triệu đồng/tháng",
            "date": ("Huổi Lếch", 7, 12, 2026),
            "sign_block": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
            "signer": ("Vàng Thị Mỷ", "Chủ tịch"),
            "traits": [
                "coloured_values",
                "dots_around_values",
                "typed_date_in_dots",
                "empty_domain",
                "model_named_after_person",
                "signer_not_leader",
                "hmong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r18-chamgach-hlc-cb-ban-huoi-lech",
        ("scan",),
        {
            "unit_id": "hlc-cb-ban-huoi-lech",
            "superior": "ĐẢNG BỘ XÃ HUỔI LẾCH",
            "unit_caps": "CHI BỘ BẢN HUỔI LẾCH",
            "ink": 5,
            "unit": "Chi bộ bản Huổi Lếch",
            "unit_alt": ["CHI BỘ BẢN HUỔI LẾCH"],
            "model": "Nước sạch tự chảy về bản",
            "domain": "economy",
            "leader": ("Quàng Văn Ơn", "Bí thư Chi bộ, Trưởng bản"),
            "position_alt": ["Bí thư Chi bộ"],
            "location": "bản Huổi Lếch",
            "people": "74 hộ",
            "participants": 74,
            "money": "128.500.000 (nhân dân góp tiền và ngày công quy ra tiền)",
            "funds": 128500000,
            "results": "kéo 3,2 km đường ống từ đầu nguồn Huổi Lếch về 2 bể chứa, 74 hộ có "
            "nước sạch sinh hoạt quanh năm",
            "date": ("Huổi Lếch", 30, 11, 2026),
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Quàng Văn Ơn", "Bí thư"),
            "traits": [
                "coloured_values",
                "dots_around_values",
                "typed_date_in_dots",
                "empty_phone",
                "labour_in_funds",
                "thai_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("mau_chamgach", "report", ("X09", "X10"), render, ENTRIES)
