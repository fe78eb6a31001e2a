"""A landscape list whose rows are the registered models, with marks in merged column groups.

The list form used to register models with a superior body: two header rows, "Loại mô hình"
merged over "Tập thể | Cá nhân", "Lĩnh vực" over the four domains and "Người phụ trách" over
"Họ và tên | Chức vụ | Điện thoại"; the type and domain are an "x" (or a Wingdings tick) in
the right column, no word at all; blank numbered rows follow the filled one; the date and the
signature come under the table.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, phone_digits, signer_alt

TYPES = ("collective", "individual")
DOMAINS = tuple(DOMAIN_VI)
WIDTHS = (1.0, 6.4, 1.5, 1.5, 1.5, 1.5, 1.5, 1.7, 3.8, 2.7, 2.6)


def _mark(cell: Any, style: str) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = k.ALIGN["center"]
    if style == "wingdings":
        k.wingdings(paragraph, "F0FC")
    else:
        paragraph.add_run("x").bold = True


def _header(tbl: Any) -> None:
    for col in (0, 1):
        tbl.cell(0, col).merge(tbl.cell(1, col))
    groups = ((2, 3, "Loại mô hình"), (4, 7, "Lĩnh vực"), (8, 10, "Người phụ trách"))
    for first, last, text in groups:
        k.cell_text(tbl.cell(0, first).merge(tbl.cell(0, last)), (text, "b", 11), align="center")
    k.cell_text(tbl.cell(0, 0), ("STT", "b", 11), align="center")
    k.cell_text(tbl.cell(0, 1), ("Tên mô hình", "b", 11), align="center")
    subs = (
        "Tập thể",
        "Cá nhân",
        "Kinh tế",
        "Văn hóa - xã hội",
        "Quốc phòng - an ninh",
        "Xây dựng HTCT",
        "Họ và tên",
        "Chức vụ",
        "Điện thoại",
    )
    for col, text in enumerate(subs, start=2):
        k.cell_text(tbl.cell(1, col), (text, "b", 10), align="center")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13, landscape=True)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["unit_header"], "b", 12), ("*", "", 12)],
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 13)],
        (10.0, 15.7),
    )
    k.para(doc, "", after=2)
    k.para(doc, ("DANH SÁCH", "b", 14), align="center", after=0)
    k.para(
        doc,
        (f"Mô hình đăng ký tham gia phong trào thi đua “Dân vận khéo” năm {v['date'][3]}", "b"),
        align="center",
        after=6,
    )
    blanks = v.get("blank_rows", 0)
    tbl = k.table(doc, 3 + blanks, WIDTHS)
    _header(tbl)
    row = 2
    k.cell_text(tbl.cell(row, 0), ("1", "", 12), align="center")
    k.cell_text(tbl.cell(row, 1), (v["model"], "", 12))
    _mark(tbl.cell(row, 2 + TYPES.index(v["type"])), v["marks"])
    _mark(tbl.cell(row, 4 + DOMAINS.index(v["domain"])), v["marks"])
    lead = v["leader"]
    k.cell_text(tbl.cell(row, 8), (lead[0], "", 12))
    k.cell_text(tbl.cell(row, 9), (lead[1], "", 11))
    k.cell_text(tbl.cell(row, 10), (v.get("phone", ""), "", 11), align="center")
    for blank in range(blanks):
        k.cell_text(tbl.cell(row + 1 + blank, 0), (str(blank + 2), "", 12), align="center")
    k.para(doc, "", after=2)
    tail = k.table(doc, 1, (12.0, 13.7), grid=False)
    k.cell_text(
        tail.cell(0, 0),
        [("NGƯỜI LẬP DANH SÁCH", "b"), "", "", "", (v["clerk"], "b")],
        align="center",
    )
    k.cell_text(
        tail.cell(0, 1),
        [
            (date_line(*v["date"]), "i"),
            (v["on_behalf"], "b"),
            (v["signer"][1].upper(), "b"),
            "",
            "",
            (v["signer"][0], "b"),
        ],
        align="center",
    )
    fields = {
        "unit_name": v["unit_header"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": lead[0],
        "leader_position": lead[1],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": [*v.get("position_alt", []), *signer_alt(lead, v["signer"])],
    }
    stamp = f"{v['superior']} * {v['unit_header']}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"][0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "c31-danhsach-cb-xom-tan-lap",
        ("scan",),
        {
            "unit_id": "cb-xom-tan-lap",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "unit_header": "CHI BỘ XÓM TÂN LẬP",
            "unit_alt": ["Chi bộ xóm Tân Lập"],
            "date": ("Nghĩa Thái", 4, 4, 2024),
            "model": "Hũ gạo tình thương giúp hộ nghèo",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Nguyễn Thị Bích", "Chi hội trưởng Phụ nữ"),
            "phone": "0975118406",
            "marks": "x",
            "blank_rows": 2,
            "clerk": "Lê Thị Hoa",
            "on_behalf": "T/M CHI BỘ",
            "signer": ("Trần Văn Lực", "Bí thư"),
            "traits": [
                "table_list",
                "merged_header",
                "marks_not_words",
                "blank_rows",
                "landscape",
                "leader_not_signer",
            ],
        },
    ),
    Entry(
        "c32-danhsach-cb-xom-dong-tam",
        ("photo",),
        {
            "unit_id": "cb-xom-dong-tam",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "unit_header": "CHI BỘ XÓM ĐỒNG TÂM",
            "unit_alt": ["Chi bộ xóm Đồng Tâm"],
            "date": ("Nghĩa Thái", 5, 4, 2024),
            "model": "Gia đình cựu chiến binh trồng rau an toàn",
            "type": "individual",
            "domain": "economy",
            "leader": ("Đào Văn Thịnh", "Hội viên Chi hội Cựu chiến binh"),
            "phone": "0387 615 209",
            "marks": "wingdings",
            "blank_rows": 0,
            "clerk": "Phạm Thị Nhung",
            "on_behalf": "T/M CHI BỘ",
            "signer": ("Đỗ Minh Khang", "Bí thư"),
            "traits": ["table_list", "merged_header", "wingdings_ticks", "landscape", "individual"],
        },
    ),
    Entry(
        "c33-danhsach-lhd-cb-lac-thien",
        ("scan", "doc"),
        {
            "unit_id": "lhd-cb-lac-thien",
            "superior": "ĐẢNG BỘ XÃ LẠC HƯNG ĐÔNG",
            "unit_header": "CHI BỘ THÔN LẠC THIỆN",
            "unit_alt": ["Chi bộ thôn Lạc Thiện"],
            "date": ("Lạc Hưng Đông", 26, 3, 2026),
            "model": "Thôn Lạc Thiện không có ma túy, tội phạm",
            "type": "collective",
            "domain": "security_defense",
            "leader": ("Mai Xuân Trường", "Bí thư Chi bộ, Trưởng thôn"),
            "position_alt": ["Bí thư Chi bộ"],
            "marks": "x",
            "blank_rows": 1,
            "clerk": "Mai Thị Duyên",
            "on_behalf": "T/M CHI BỘ",
            "signer": ("Mai Xuân Trường", "Bí thư"),
            "traits": [
                "table_list",
                "merged_header",
                "marks_not_words",
                "no_phone",
                "landscape",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("danhsach_linhvuc", "registration", ("S05", "S10", "S11"), render, ENTRIES)
