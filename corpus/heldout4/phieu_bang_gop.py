"""A registration slip printed by a commune's steering board: a two-column ruled table with merges.

After the slips that provincial and commune steering boards send out for units to fill (N09,
N10): the board that printed the slip in the header (not the unit that registers), "PHIẾU ĐĂNG
KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM …"; then one table of label | value: section rows "A. THÔNG TIN
ĐƠN VỊ ĐĂNG KÝ" / "B. THÔNG TIN MÔ HÌNH" merged across; the unit's own address (not the model's
place); the type and the domain written as words; "Người phụ trách mô hình" as one label cell
merged down over three rows whose values carry their own labels ("Họ và tên: …", "Chức vụ: …",
"Điện thoại: …"); "Nội dung, giải pháp thực hiện" merged down over one row per item; a period
and a planned budget that are not fields. The date line and the head's signature come after
the table, beside the board's blank opinion box.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.table import Table

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

WIDTHS = (5.0, 11.0)
TYPE_VI = {"collective": "Tập thể", "individual": "Cá nhân"}


def _section(tbl: Table, row: int, title: str) -> None:
    k.cell_text(tbl.cell(row, 0).merge(tbl.cell(row, 1)), (title, "b", 12))


def _pair(tbl: Table, row: int, label: str, value: str) -> None:
    k.cell_text(tbl.cell(row, 0), (label, "b", 12))
    k.cell_text(tbl.cell(row, 1), (value, "", 12))


def _down(tbl: Table, row: int, label: str, values: list[str]) -> int:
    """A label cell merged down over one row per value; returns the next free row."""
    last = row + len(values) - 1
    k.cell_text(tbl.cell(row, 0).merge(tbl.cell(last, 0)), (label, "b", 12))
    for offset, value in enumerate(values):
        k.cell_text(tbl.cell(row + offset, 1), (value, "", 12))
    return last + 1


def _grid(doc: Document, v: dict[str, Any]) -> None:
    person, position = v["leader"]
    tbl = k.table(doc, 13 + len(v["content"]), WIDTHS)
    _section(tbl, 0, "A. THÔNG TIN ĐƠN VỊ ĐĂNG KÝ")
    _pair(tbl, 1, "Tên đơn vị", v["unit_name"])
    _pair(tbl, 2, "Địa chỉ đơn vị", v["address"])
    _section(tbl, 3, "B. THÔNG TIN MÔ HÌNH")
    _pair(tbl, 4, "Tên mô hình", v["model"])
    _pair(tbl, 5, "Hình thức", TYPE_VI[v["type"]])
    _pair(tbl, 6, "Lĩnh vực", DOMAIN_VI[v["domain"]].capitalize())
    people = [f"Họ và tên: {person}", f"Chức vụ: {position}", f"Điện thoại: {v['phone']}"]
    row = _down(tbl, 7, "Người phụ trách mô hình", people)
    _pair(tbl, row, "Địa bàn thực hiện", v["location"])
    _pair(tbl, row + 1, "Thời gian thực hiện", v["period"])
    row = _down(tbl, row + 2, "Nội dung, giải pháp thực hiện", v["content"])
    _pair(tbl, row, "Kinh phí dự kiến", v["budget"])


def _unique(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(forms))


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["printer"][0], "", 12), (v["printer"][1], "b", 11), ("───────", "")],
        [*k.quoc_hieu(), ("Mẫu 02-ĐK/DVK", "i", 11)],
        (7.5, 8.5),
    )
    k.para(doc, "", after=4)
    k.para(
        doc, (f"PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM {v['date'][3]}", "b", 14),
        align="center", after=8,
    )  # fmt: skip
    _grid(doc, v)
    signer = v["signer"]
    k.signature(
        doc,
        [("Ý KIẾN CỦA BAN CHỈ ĐẠO XÃ", "b", 12)],
        [(date_line(*v["date"]), "i", 13), *[(line, "b") for line in v["sign_block"]],
         ("(Ký, ghi rõ họ tên, đóng dấu)", "i", 11), "", "", (signer[0], "b")],
    )  # fmt: skip
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
        "leader_position": _unique(v.get("position_alt", []) + signer_alt(v["leader"], signer)),
    }
    stamp = v["stamp"]
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


TRAITS = ["label_value_table", "merged_label_down", "sublabels_in_value", "printer_in_header",
          "date_after_table"]  # fmt: skip

ENTRIES = (
    Entry(
        "n13-phieu-ebl-hoi-phu-nu",
        ("scan", "doc"),
        {
            "unit_id": "ebl-hoi-phu-nu",
            "printer": ("ĐẢNG ỦY XÃ EA BLÔNG", "BAN CHỈ ĐẠO PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”"),
            "date": ("Ea Blông", 3, 3, 2026),
            "unit_name": "Hội Liên hiệp Phụ nữ xã Ea Blông",
            "unit_alt": ["Hội LHPN xã Ea Blông"],
            "address": "Trụ sở Ủy ban MTTQ Việt Nam xã, thôn Tân Thành",
            "model": "Phụ nữ Ea Blông nói không với tảo hôn, hôn nhân cận huyết thống",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("H'Xoa Mlô", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch"],
            "phone": "0332 718 460",
            "location": "Buôn Hra Ding và buôn Ea Nứ",
            "period": "Từ tháng 3/2026 đến tháng 12/2026",
            "content": [
                "Tổ chức 6 buổi truyền thông song ngữ Việt – Ê Đê tại nhà sinh hoạt cộng đồng;",
                "Mỗi chi hội lập nhóm “Mẹ đỡ đầu” theo dõi các em gái từ 13 đến 17 tuổi;",
                "Phối hợp Công an xã, Trạm Y tế xã tư vấn cho các gia đình có con sắp dựng vợ "
                "gả chồng.",
            ],
            "budget": "15.000.000 đồng",
            "sign_block": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
            "signer": ("H'Xoa Mlô", "Chủ tịch"),
            "stamp": "HỘI LHPN XÃ EA BLÔNG",
            "traits": [*TRAITS, "ede_names", "commune_2026"],
        },
    ),
    Entry(
        "n14-phieu-ebl-tram-y-te",
        ("photo",),
        {
            "unit_id": "ebl-tram-y-te",
            "printer": ("ĐẢNG ỦY XÃ EA BLÔNG", "BAN CHỈ ĐẠO PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”"),
            "date": ("Ea Blông", 9, 3, 2026),
            "unit_name": "Trạm Y tế xã Ea Blông",
            "unit_alt": ["TYT xã Ea Blông", "Trạm Y tế xã"],
            "address": "Thôn Tân Thành, xã Ea Blông",
            "model": "Cô đỡ thôn bản đồng hành cùng bà mẹ mang thai",
            "type": "individual",
            "domain": "culture_society",
            "leader": ("H'Hoa Kbuôr", "Nhân viên y tế buôn Ea Nứ"),
            "phone": "0868 145 390",
            "location": "Buôn Ea Nứ",
            "period": "Năm 2026",
            "content": [
                "Đến từng nhà lập danh sách phụ nữ mang thai, nhắc lịch khám thai đủ 4 lần;",
                "Vận động các bà mẹ sinh con tại Trạm Y tế, không sinh ở rẫy.",
            ],
            "budget": "Không",
            "sign_block": ["TRƯỞNG TRẠM"],
            "signer": ("H'Liên Ayun", "Trưởng Trạm"),
            "stamp": "TRẠM Y TẾ XÃ EA BLÔNG",
            "traits": [*TRAITS, "individual", "leader_not_signer", "ede_names", "commune_2026"],
        },
    ),
    Entry(
        "n15-phieu-cb-xom-9",
        ("scan",),
        {
            "unit_id": "cb-xom-9",
            "printer": ("ĐẢNG ỦY XÃ NGHĨA THÁI", "BAN CHỈ ĐẠO PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”"),
            "date": ("Nghĩa Thái", 11, 3, 2024),
            "unit_name": "Chi bộ xóm 9",
            "unit_alt": ["Chi bộ Xóm 9"],
            "address": "Nhà văn hóa xóm 9, xã Nghĩa Thái",
            "model": "Xóm 9 hiến đất, làm đường giao thông nông thôn",
            "type": "collective",
            "domain": "economy",
            "leader": ("Đinh Thị Thu", "Bí thư Chi bộ"),
            "position_alt": ["Bí thư"],
            "phone": "0976 552 031",
            "location": "Trục đường từ nhà văn hóa xóm 9 ra đê",
            "period": "Từ tháng 3/2024 đến tháng 10/2024",
            "content": [
                "Họp dân bàn phương án, công khai danh sách hộ hiến đất, tường rào;",
                "Đảng viên gương mẫu hiến đất trước, vận động người thân làm theo;",
                "Thành lập tổ giám sát cộng đồng theo dõi thi công.",
            ],
            "budget": "350.000.000 đồng (Nhân dân đóng góp và ngân sách xã hỗ trợ)",
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Đinh Thị Thu", "Bí thư"),
            "stamp": "ĐẢNG BỘ XÃ NGHĨA THÁI CHI BỘ XÓM 9",
            "traits": list(TRAITS),
        },
    ),
)

LAYOUT = Layout("phieu_bang_gop", "registration", ("N09", "N10"), render, ENTRIES)
