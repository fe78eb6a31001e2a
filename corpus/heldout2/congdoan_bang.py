"""A school's trade union registers its emulation titles and its model in one table.

After the trade unions' yearly registrations (G04, G05): the union's header ("LĐLĐ TỈNH …" over
"CĐCS TRƯỜNG …"); the title "BẢNG ĐĂNG KÝ" with the school year; then nothing but one ruled
table. Its head is two rows with merged cells ("TT" down both rows, "NỘI DUNG ĐĂNG KÝ" across
"Tiêu chí | Đăng ký cụ thể"); section rows "A", "B" merged across the two text columns; the
labels sit in the middle column with their hints in brackets, the values in the right one (the
person in charge on two lines of one cell: name, then position); part A carries the union's
titles and counts of members ("38/41 đoàn viên") that are not the model's. Signatures:
"XÁC NHẬN CỦA CHI BỘ" and "TM. BAN CHẤP HÀNH / CHỦ TỊCH".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.table import Table

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

WIDTHS = (1.2, 5.6, 9.2)
TYPE_VI = {"collective": "Tập thể", "individual": "Cá nhân"}


def _head(tbl: Table) -> None:
    tt = tbl.cell(0, 0).merge(tbl.cell(1, 0))
    k.cell_text(tt, ("TT", "b", 12), align="center")
    top = tbl.cell(0, 1).merge(tbl.cell(0, 2))
    k.cell_text(top, ("NỘI DUNG ĐĂNG KÝ", "b", 12), align="center")
    k.cell_text(tbl.cell(1, 1), ("Tiêu chí", "b", 12), align="center")
    k.cell_text(tbl.cell(1, 2), ("Đăng ký cụ thể", "b", 12), align="center")


def _rows(v: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(TT, label, value) rows; a row without a label is a section row."""
    person, position = v["leader"]
    return [
        ("A", "ĐĂNG KÝ DANH HIỆU THI ĐUA", None),
        ("1", "Đơn vị đăng ký", v["unit_name"]),
        ("2", "Danh hiệu tập thể", v["title"]),
        ("3", "Số đoàn viên đăng ký “Lao động tiên tiến”", v["ldtt"]),
        ("4", "Số đoàn viên đăng ký “Đoàn viên công đoàn xuất sắc”", v["excellent"]),
        ("B", "ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”", None),
        ("1", "Tên mô hình", v["model"]),
        ("2", "Hình thức (tập thể/cá nhân)", TYPE_VI[v["type"]]),
        ("3", "Lĩnh vực", DOMAIN_VI[v["domain"]].capitalize()),
        ("4", "Người phụ trách (họ và tên, chức vụ)", [person, position]),
        ("5", "Điện thoại liên hệ", v["phone"]),
        ("6", "Địa bàn thực hiện", v["location"]),
        ("7", "Nội dung, biện pháp thực hiện", v["content"]),
        ("8", "Thời gian thực hiện", v["period"]),
    ]


def _table(doc: Document, v: dict[str, Any]) -> None:
    rows = _rows(v)
    tbl = k.table(doc, 2 + len(rows), WIDTHS)
    _head(tbl)
    for number, (tt, label, value) in enumerate(rows, start=2):
        k.cell_text(tbl.cell(number, 0), (tt, "b" if value is None else "", 12), align="center")
        if value is None:
            k.cell_text(tbl.cell(number, 1).merge(tbl.cell(number, 2)), (label, "b", 12))
            continue
        k.cell_text(tbl.cell(number, 1), (label, "", 12))
        lines = value if isinstance(value, list) else [value]
        k.cell_text(tbl.cell(number, 2), [(line, "", 12) for line in lines], align="left")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("───────", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("BẢNG ĐĂNG KÝ", "b", 14), align="center", after=0)
    k.para(
        doc,
        (f"Thi đua và xây dựng mô hình “Dân vận khéo” năm học {v['school_year']}", "b"),
        align="center",
        after=8,
    )
    _table(doc, v)
    k.signature(
        doc,
        [("XÁC NHẬN CỦA CHI BỘ", "b", 12)],
        [("TM. BAN CHẤP HÀNH", "b"), ("CHỦ TỊCH", "b"), "", "", "", (v["signer"], "b")],
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
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "g07-congdoan-kbn-cd-truong-thcs",
        ("scan", "doc"),
        {
            "unit_id": "kbn-cd-truong-thcs",
            "superior": "LĐLĐ TỈNH TUYÊN QUANG",
            "issuer_caps": "CĐCS TRƯỜNG THCS KIM BÌNH NAM",
            "unit_name": "Công đoàn Trường THCS Kim Bình Nam",
            "unit_alt": ["CĐCS Trường THCS Kim Bình Nam"],
            "date": ("Kim Bình Nam", 18, 9, 2026),
            "school_year": "2026 - 2027",
            "title": "Công đoàn cơ sở vững mạnh xuất sắc",
            "ldtt": "38/41 đoàn viên",
            "excellent": "6 đoàn viên",
            "model": "Mỗi thầy cô nhận đỡ đầu một học sinh vùng khó",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Nông Thị Hạnh", "Chủ tịch Công đoàn"),
            "phone": "0974 281 536",
            "location": "Trường THCS Kim Bình Nam và các thôn Bản Pài, Khuổi Phầy",
            "content": [
                "- Mỗi đoàn viên nhận đỡ đầu một học sinh có hoàn cảnh khó khăn, gặp gỡ gia "
                "đình mỗi tháng một lần.",
                "- Vận động quyên góp sách vở, áo ấm, xe đạp cho học sinh ở xa trường.",
                "- Phối hợp Ban Công tác Mặt trận thôn nắm tình hình, giúp học sinh không bỏ học.",
            ],
            "period": "Năm học 2026 - 2027",
            "signer": "Nông Thị Hạnh",
            "position_alt": ["Chủ tịch"],
            "traits": [
                "table_only",
                "merged_header_cells",
                "section_rows_merged",
                "distractor_titles_and_counts",
                "person_two_lines_in_cell",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g08-congdoan-kbn-cd-truong-tieu-hoc",
        ("photo",),
        {
            "unit_id": "kbn-cd-truong-tieu-hoc",
            "superior": "LĐLĐ TỈNH TUYÊN QUANG",
            "issuer_caps": "CĐCS TRƯỜNG TIỂU HỌC KIM BÌNH NAM",
            "unit_name": "Công đoàn Trường Tiểu học Kim Bình Nam",
            "unit_alt": ["CĐCS Trường Tiểu học Kim Bình Nam"],
            "date": ("Kim Bình Nam", 22, 9, 2026),
            "school_year": "2026 - 2027",
            "title": "Công đoàn cơ sở vững mạnh",
            "ldtt": "29/32 đoàn viên",
            "excellent": "4 đoàn viên",
            "model": "Bữa cơm có thịt cho học sinh bán trú",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Lương Văn Cường", "Phó Chủ tịch Công đoàn"),
            "phone": "0358.447.192",
            "location": "Điểm trường chính, thôn Nà Lừa",
            "content": [
                "- Đoàn viên góp mỗi tháng 50.000 đồng, vận động phụ huynh góp gạo, rau.",
                "- Nhà trường và Công đoàn tăng gia một vườn rau, một chuồng gà cho bếp bán trú.",
            ],
            "period": "Từ tháng 9/2026 đến tháng 5/2027",
            "signer": "Lương Thị Thoa",
            "traits": [
                "table_only",
                "merged_header_cells",
                "section_rows_merged",
                "distractor_titles_and_counts",
                "leader_not_signer",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g09-congdoan-kbn-cd-truong-mam-non",
        ("scan",),
        {
            "unit_id": "kbn-cd-truong-mam-non",
            "superior": "LĐLĐ TỈNH TUYÊN QUANG",
            "issuer_caps": "CĐCS TRƯỜNG MẦM NON KIM BÌNH NAM",
            "unit_name": "Công đoàn Trường Mầm non Kim Bình Nam",
            "unit_alt": ["CĐCS Trường Mầm non Kim Bình Nam"],
            "date": ("Kim Bình Nam", 25, 9, 2026),
            "school_year": "2026 - 2027",
            "title": "Công đoàn cơ sở vững mạnh",
            "ldtt": "21/23 đoàn viên",
            "excellent": "3 đoàn viên",
            "model": "Cô giáo song ngữ Việt - Dao giúp trẻ vào lớp Một",
            "type": "individual",
            "domain": "culture_society",
            "leader": ("Triệu Thị Lanh", "Giáo viên"),
            "phone": "0866 215 709",
            "location": "Điểm trường thôn Khuổi Phầy",
            "content": [
                "- Dạy tiếng Việt cho trẻ 5 tuổi người Dao qua bài hát, trò chơi bằng hai thứ "
                "tiếng.",
                "- Hướng dẫn phụ huynh cùng con đọc sách tranh ở nhà mỗi tối.",
            ],
            "period": "Năm học 2026 - 2027",
            "signer": "Hà Thị Duyên",
            "traits": [
                "table_only",
                "merged_header_cells",
                "section_rows_merged",
                "individual",
                "leader_not_signer",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("congdoan_bang", "registration", ("G04", "G05"), render, ENTRIES)
