"""A Youth Union registration in the Đoàn TNCS Hồ Chí Minh document format, as a numbered
three-column table.

Header as the Đoàn's rules set it: superior and issuing committee, "***", "Số: …" on the
left; "ĐOÀN TNCS HỒ CHÍ MINH" underlined and the date on the right. The form is a table
"TT | Nội dung đăng ký | Thông tin cụ thể" with section rows merged across all columns; the
person in charge is "Đ/c … – position" with the phone on a second line of the same cell.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

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


def _rows(v: dict[str, Any]) -> list[tuple[str, str, list[str]] | str]:
    lead = v["leader"]
    who = [f"Đ/c {lead[0]} – {lead[1]}"] + ([f"ĐT: {v['phone']}"] if v.get("phone") else [])
    rows: list[tuple[str, str, list[str]] | str] = [
        "I. THÔNG TIN CHUNG",
        ("1", "Tên công trình, phần việc (tên mô hình)", [v["model"]]),
        ("2", "Đơn vị thực hiện", [v["unit"]]),
        ("3", "Địa điểm thực hiện", [v["location"]]),
    ]
    if v.get("domain"):
        rows.append(("4", "Lĩnh vực", [DOMAIN_VI[v["domain"]].capitalize()]))
    rows += [
        "II. NỘI DUNG VÀ TỔ CHỨC THỰC HIỆN",
        ("5", "Nội dung, cách làm", v["content"]),
        ("6", "Thời gian thực hiện", [v["period"]]),
        ("7", "Kinh phí dự kiến", [v["budget"]]),
        ("8", "Người phụ trách", who),
    ]
    return rows


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [
            (v["superior"], "", 12),
            (v["unit_header"], "b", 12),
            ("***", "", 12),
            (v["number"], "", 12),
        ],
        [("ĐOÀN TNCS HỒ CHÍ MINH", "bu", 14), "", (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("BẢN ĐĂNG KÝ", "b", 15), align="center", after=0)
    k.para(
        doc,
        (
            f"CÔNG TRÌNH, PHẦN VIỆC THANH NIÊN THAM GIA MÔ HÌNH “DÂN VẬN KHÉO” NĂM {v['date'][3]}",
            "b",
            13,
        ),
        align="center",
        after=8,
    )
    rows = _rows(v)
    tbl = k.table(doc, len(rows) + 1, (1.1, 5.0, 9.9))
    for col, text in enumerate(("TT", "Nội dung đăng ký", "Thông tin cụ thể")):
        k.cell_text(tbl.cell(0, col), (text, "b", 12), align="center")
    for number, row in enumerate(rows, start=1):
        if isinstance(row, str):
            merged = tbl.cell(number, 0).merge(tbl.cell(number, 2))
            k.cell_text(merged, (row, "b", 12))
            continue
        k.cell_text(tbl.cell(number, 0), (row[0], "", 12), align="center")
        k.cell_text(tbl.cell(number, 1), (row[1], "", 12))
        k.cell_text(tbl.cell(number, 2), [(line, "", 12) for line in row[2]], align="justify")
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {r}", "", 11) for r in v["recipients"]]],
        [
            ("TM. BAN CHẤP HÀNH", "b"),
            (v["signer"][1].upper(), "b"),
            "",
            "",
            "",
            (v["signer"][0], "b"),
        ],
    )
    lead = v["leader"]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "domain": v.get("domain"),
        "leader_name": lead[0],
        "leader_position": lead[1],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": [*v.get("position_alt", []), *signer_alt(lead, v["signer"])],
    }
    truth = Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], v["signer"][0], v["unit_header"]
    )
    return doc, truth


ENTRIES = (
    Entry(
        "c28-doan-doan-thanh-nien",
        ("scan",),
        {
            "unit_id": "doan-thanh-nien",
            "superior": "BCH ĐOÀN HUYỆN NGHĨA PHONG",
            "unit_header": "BCH ĐOÀN XÃ NGHĨA THÁI",
            "number": "Số: 09-ĐK/ĐTN",
            "date": ("Nghĩa Thái", 1, 4, 2024),
            "unit": "Đoàn Thanh niên xã Nghĩa Thái",
            "unit_alt": ["BCH ĐOÀN XÃ NGHĨA THÁI", "Đoàn Thanh niên xã", "Đoàn xã Nghĩa Thái"],
            "model": "Thắp sáng đường quê",
            "location": "Tuyến đường liên xóm 6 – 9 – 11",
            "domain": "culture_society",
            "content": [
                "- Vận động đoàn viên, thanh niên và con em xa quê đóng góp lắp 120 bóng đèn "
                "chiếu sáng trên 4,5 km đường liên xóm.",
                "- Mỗi chi đoàn nhận quản lý, bảo dưỡng một đoạn đường.",
            ],
            "period": "Từ tháng 4/2024 đến tháng 7/2024",
            "budget": "45.000.000 đồng (xã hội hóa)",
            "leader": ("Phạm Thanh Tùng", "Bí thư Đoàn xã"),
            "position_alt": ["Bí thư"],
            "phone": "0868 352 917",
            "recipients": ["Huyện đoàn (b/c);", "Đảng ủy xã (b/c);", "Lưu VP."],
            "signer": ("Phạm Thanh Tùng", "Bí thư"),
            "traits": [
                "doan_format",
                "table_label_column",
                "merged_section_rows",
                "honorific_in_value",
                "budget_not_funds",
            ],
        },
    ),
    Entry(
        "c29-doan-lhd-doan-thanh-nien",
        ("photo", "doc"),
        {
            "unit_id": "lhd-doan-thanh-nien",
            "superior": "BCH ĐOÀN TỈNH NINH BÌNH",
            "unit_header": "BCH ĐOÀN XÃ LẠC HƯNG ĐÔNG",
            "number": "Số: 04-ĐK/ĐTN",
            "date": ("Lạc Hưng Đông", 24, 3, 2026),
            "unit": "Đoàn TNCS Hồ Chí Minh xã Lạc Hưng Đông",
            "unit_alt": ["BCH ĐOÀN XÃ LẠC HƯNG ĐÔNG", "Đoàn xã Lạc Hưng Đông"],
            "model": "Tuổi trẻ Lạc Hưng Đông đồng hành cùng người dân trên môi trường số",
            "location": "Bộ phận Một cửa và nhà văn hóa 4 thôn",
            "domain": "political_system",
            "content": [
                "Thành lập đội hình thanh niên tình nguyện hỗ trợ người dân làm thủ tục hành chính "
                "trực tuyến sau khi sắp xếp địa giới; trực tại Bộ phận Một cửa các buổi sáng thứ "
                "Hai, thứ Tư, thứ Sáu.",
            ],
            "period": "Năm 2026",
            "budget": "Không phát sinh kinh phí",
            "leader": ("Quách Minh Hiếu", "Bí thư Đoàn xã"),
            "position_alt": ["Bí thư"],
            "phone": "0379.644.018",
            "recipients": ["Tỉnh đoàn (b/c);", "Lưu."],
            "signer": ("Quách Minh Hiếu", "Bí thư"),
            "traits": ["doan_format", "table_label_column", "merged_section_rows", "commune_2026"],
        },
    ),
    Entry(
        "c30-doan-lhd-chi-doan-hung-long",
        ("scan",),
        {
            "unit_id": "lhd-chi-doan-hung-long",
            "superior": "BCH ĐOÀN XÃ LẠC HƯNG ĐÔNG",
            "unit_header": "BCH CHI ĐOÀN THÔN HƯNG LONG",
            "number": "Số: 02-ĐK/CĐ",
            "date": ("Hưng Long", 31, 3, 2026),
            "unit": "Chi đoàn thôn Hưng Long",
            "unit_alt": ["BCH CHI ĐOÀN THÔN HƯNG LONG", "Chi đoàn Hưng Long"],
            "model": "Con đường bích họa",
            "location": "Tường rào tuyến đường trục thôn Hưng Long",
            "domain": None,
            "content": [
                "- Xin ý kiến các hộ có tường rào mặt đường; đoàn viên vẽ tranh cổ động về bảo vệ "
                "môi trường, an toàn giao thông.",
                "- Hoàn thành 320 m tường tranh trong dịp hè.",
            ],
            "period": "Tháng 6 – tháng 8/2026",
            "budget": "18 triệu đồng",
            "leader": ("Đặng Thị Ngọc Ánh", "Bí thư Chi đoàn"),
            "phone": None,
            "recipients": ["Đoàn xã (b/c);", "Lưu."],
            "signer": ("Đặng Thị Ngọc Ánh", "Bí thư"),
            "traits": [
                "doan_format",
                "table_label_column",
                "no_domain",
                "no_phone",
                "place_is_village",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("doan_dangky", "registration", ("S08", "S09"), render, ENTRIES)
