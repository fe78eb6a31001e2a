"""A Farmers' Association emulation registration whose choices are a grid of check boxes.

After the farmers' associations' yearly "Bản đăng ký thi đua" (K06, K07): the association's name
where the motto goes ("HỘI NÔNG DÂN VIỆT NAM"), the commune's association over the branch;
"BẢN ĐĂNG KÝ THI ĐUA NĂM …" with the movements in brackets; "Đơn vị đăng ký:" on a dotted line;
then one ruled grid of five columns: section rows merged across; the branch's title chosen by a
box among four ("Chi hội vững mạnh" …, not the model's); the type and the domain as boxes in
cells of their own (☒ in one cell, ☐ in the others; Wingdings symbols or Word check box
controls); the person in charge and the position as two label–value pairs on one row; the
content as dash lines in a cell merged across four columns. Signatures "XÁC NHẬN CỦA HỘI ND XÃ"
and "TM. CHI HỘI / CHI HỘI TRƯỞNG".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.table import Table, _Cell

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt

WIDTHS = (4.0, 3.0, 3.0, 3.0, 3.0)
TITLES = ("Chi hội vững mạnh", "Chi hội khá", "Chi hội trung bình", "Không đăng ký")
TYPES = (("collective", "Tập thể"), ("individual", "Cá nhân"))
DOMAINS = (
    ("economy", "Kinh tế"),
    ("culture_society", "Văn hóa - xã hội"),
    ("security_defense", "Quốc phòng - an ninh"),
    ("political_system", "Xây dựng hệ thống chính trị"),
)


def _box(cell: _Cell, checked: bool, label: str, style: str) -> None:
    paragraph = cell.paragraphs[0]
    if style == "sdt":
        k.content_checkbox(paragraph, checked, label)
        return
    k.wingdings(paragraph, "F0FE" if checked else "F0A8")
    k.add_runs(paragraph, [(f" {label}", "", 12)])


def _section(tbl: Table, row: int, title: str) -> None:
    k.cell_text(tbl.cell(row, 0).merge(tbl.cell(row, 4)), (title, "b", 12))


def _choices(tbl: Table, row: int, label: str, options: Any, chosen: str, style: str) -> None:
    k.cell_text(tbl.cell(row, 0), (label, "b", 12))
    for col, (key, text) in enumerate(options, start=1):
        _box(tbl.cell(row, col), key == chosen, text, style)


def _wide(tbl: Table, row: int, label: str, lines: list[str]) -> None:
    k.cell_text(tbl.cell(row, 0), (label, "b", 12))
    k.cell_text(tbl.cell(row, 1).merge(tbl.cell(row, 4)), [(line, "", 12) for line in lines])


def _grid(doc: Document, v: dict[str, Any]) -> None:
    tbl = k.table(doc, 10, WIDTHS)
    style = v["boxes"]
    _section(tbl, 0, "I. ĐĂNG KÝ DANH HIỆU THI ĐUA CỦA CHI HỘI")
    _choices(tbl, 1, "Danh hiệu", [(t, t) for t in TITLES], v["title"], style)
    _section(tbl, 2, "II. ĐĂNG KÝ XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO”")
    _wide(tbl, 3, "Tên mô hình", [v["model"]])
    _choices(tbl, 4, "Loại mô hình", TYPES, v["type"], style)
    tbl.cell(4, 3).merge(tbl.cell(4, 4))
    _choices(tbl, 5, "Lĩnh vực", DOMAINS, v["domain"], style)
    person, position = v["leader"]
    k.cell_text(tbl.cell(6, 0), ("Người phụ trách", "b", 12))
    k.cell_text(tbl.cell(6, 1).merge(tbl.cell(6, 2)), (person, "", 12))
    k.cell_text(tbl.cell(6, 3), ("Chức vụ", "b", 12))
    k.cell_text(tbl.cell(6, 4), (position, "", 12))
    _wide(tbl, 7, "Số điện thoại", [v["phone"]])
    _wide(tbl, 8, "Địa bàn thực hiện", [v["location"]])
    _wide(tbl, 9, "Nội dung thực hiện", v["content"])


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("***", "", 12)],
        [("HỘI NÔNG DÂN VIỆT NAM", "bu", 13), "", (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, "", after=4)
    k.para(doc, (f"BẢN ĐĂNG KÝ THI ĐUA NĂM {v['date'][3]}", "b", 14), align="center", after=0)
    k.para(
        doc,
        ("(Phong trào nông dân thi đua sản xuất, kinh doanh giỏi và phong trào “Dân vận khéo”)",
         "i", 12),
        align="center",
        after=8,
    )  # fmt: skip
    k.tabbed(doc, [[("Đơn vị đăng ký: ", "b"), v["unit_name"]], ""], [16.0], leader="dot")
    _grid(doc, v)
    signer = v["signer"]
    k.signature(
        doc,
        [("XÁC NHẬN CỦA HỘI ND XÃ", "b", 12)],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (signer[0], "b")],
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], signer),
    }
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "k10-nongdan-ytb-suoi-vang",
        ("scan", "doc"),
        {
            "unit_id": "ytb-chi-hoi-nd-suoi-vang",
            "superior": "HỘI NÔNG DÂN XÃ YÊN THẠCH BẮC",
            "issuer_caps": "CHI HỘI NÔNG DÂN THÔN SUỐI VÀNG",
            "date": ("Suối Vàng", 10, 2, 2026),
            "unit_name": "Chi hội Nông dân thôn Suối Vàng",
            "unit_alt": ["CHI HỘI NÔNG DÂN THÔN SUỐI VÀNG", "Chi hội ND thôn Suối Vàng"],
            "boxes": "sym",
            "title": "Chi hội vững mạnh",
            "model": "Tổ hội nghề nghiệp trồng quế hữu cơ",
            "type": "collective",
            "domain": "economy",
            "leader": ("Xa Văn Tòng", "Chi hội trưởng"),
            "phone": "0974 208 631",
            "location": "Đồi Khe Cạn, thôn Suối Vàng",
            "content": [
                "- Vận động 24 hộ góp đất, góp công trồng quế theo quy trình hữu cơ;",
                "- Liên kết với Hợp tác xã Chè Yên Thạch thu mua vỏ quế, lá quế;",
                "- Mỗi quý tổ chức một buổi thăm vườn, trao đổi kinh nghiệm.",
            ],
            "sign_block": ["TM. CHI HỘI", "CHI HỘI TRƯỞNG"],
            "signer": ("Xa Văn Tòng", "Chi hội trưởng"),
            "traits": [
                "checkbox_grid",
                "two_labels_one_row",
                "association_motto",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k11-nongdan-ytb-go-sim",
        ("photo",),
        {
            "unit_id": "ytb-chi-hoi-nd-go-sim",
            "superior": "HỘI NÔNG DÂN XÃ YÊN THẠCH BẮC",
            "issuer_caps": "CHI HỘI NÔNG DÂN THÔN GÒ SIM",
            "date": ("Gò Sim", 14, 2, 2026),
            "unit_name": "Chi hội Nông dân thôn Gò Sim",
            "unit_alt": ["CHI HỘI NÔNG DÂN THÔN GÒ SIM", "Chi hội ND thôn Gò Sim"],
            "boxes": "sdt",
            "title": "Chi hội khá",
            "model": "Nông dân Gò Sim chung tay giữ đường làng sáng, xanh, sạch",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Đinh Văn Mạnh", "Chi hội trưởng"),
            "phone": "0335 970 148",
            "location": "Thôn Gò Sim",
            "content": [
                "- Mỗi hộ hội viên nhận trồng và chăm sóc 10 m hàng rào xanh trước cửa nhà;",
                "- Thu gom vỏ bao thuốc bảo vệ thực vật về bể chứa đặt ở đầu cánh đồng.",
            ],
            "sign_block": ["TM. CHI HỘI", "CHI HỘI TRƯỞNG"],
            "signer": ("Đinh Văn Mạnh", "Chi hội trưởng"),
            "traits": [
                "checkbox_grid",
                "checkbox_controls",
                "two_labels_one_row",
                "association_motto",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k12-nongdan-hoi-nong-dan",
        ("scan",),
        {
            "unit_id": "hoi-nong-dan",
            "superior": "HỘI NÔNG DÂN HUYỆN NGHĨA PHONG",
            "issuer_caps": "HỘI NÔNG DÂN XÃ NGHĨA THÁI",
            "date": ("Nghĩa Thái", 5, 3, 2024),
            "unit_name": "Hội Nông dân xã Nghĩa Thái",
            "unit_alt": ["Hội Nông dân xã", "HỘI NÔNG DÂN XÃ NGHĨA THÁI"],
            "boxes": "sym",
            "title": "Chi hội vững mạnh",
            "model": "Cán bộ Hội bám đồng, giúp hội viên chuyển đổi cây trồng",
            "type": "individual",
            "domain": "economy",
            "leader": ("Vũ Văn Hòa", "Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Chủ tịch"],
            "phone": "0912 553 804",
            "location": "Cánh đồng xóm 5, xóm 6 và xóm 11",
            "content": [
                "- Chủ tịch Hội trực tiếp xuống đồng hướng dẫn hội viên chuyển 12 ha lúa kém "
                "hiệu quả sang trồng ngô ngọt, bí đỏ;",
                "- Phối hợp với ngân hàng chính sách giải ngân vốn vay qua tổ tiết kiệm.",
            ],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": ("Vũ Văn Hòa", "Chủ tịch"),
            "traits": [
                "checkbox_grid",
                "two_labels_one_row",
                "association_motto",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("nongdan_odanhdau", "registration", ("K06", "K07"), render, ENTRIES)
