"""The province's summary of its communes: an Excel workbook (a sheet per deadline, the communes
worst first) and a Word report, built with the commune exports' title block, page setup and
table helpers so that both look like the rest of dvk's papers.

Each commune's figures are read in a read-only transaction of that commune
(`documents.province.province_progress`); the province's own names come from its row.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from docx import Document
from openpyxl import Workbook
from sqlalchemy.orm import Session, sessionmaker

from documents.db import session_commune
from documents.models import Commune
from documents.province import CommuneProgress, deadline_kinds, province_progress, worst_first
from web.exports.report_docx import _first, _grid, _para, _percent, _setup
from web.exports.xlsx import Heading, _finish, _put, _sheet
from web.labels import DEADLINE, label

PROVINCE_COLUMNS = (
    ("STT", 5),
    ("Xã, phường", 30),
    ("Hạn nộp", 11),
    ("Số đơn vị", 10),
    ("Đã nộp đúng hạn", 12),
    ("Nộp muộn", 10),
    ("Chưa nộp", 10),
    ("Tỉ lệ đã nộp", 12),
)
#: STT, commune, units, on time, late, missing, share sent: across the 16.5 cm of the page.
REPORT_TABLE_WIDTHS = [1.1, 5.0, 1.9, 2.2, 1.9, 2.0, 2.4]


def province_heading(session: Session) -> str:
    """The province's heading (in a session of its own row): its party body when named, else its name."""
    commune_id = session_commune(session)
    row = session.get(Commune, commune_id) if commune_id is not None else None
    if row is None:
        return ""
    return row.party_committee or row.name


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def export_province_xlsx(
    sessions: sessionmaker[Session], out: BinaryIO | Path, *, today: date, heading: str = ""
) -> None:
    """A sheet per deadline: each commune's units, on time, late, missing and the share sent,
    the communes furthest behind first."""
    progress = province_progress(sessions)
    wb = Workbook()
    default = wb.active
    if default is not None:
        wb.remove(default)
    for kind in deadline_kinds(progress) or ["registration"]:
        title = f"Tổng hợp {label(DEADLINE, kind).lower()} theo xã"
        ws = _sheet(
            wb, label(DEADLINE, kind)[:31], PROVINCE_COLUMNS, Heading(title, heading, today)
        )
        for index, p in enumerate(worst_first(progress, kind), start=1):
            d = p.deadlines[kind]
            row = 4 + index
            values = (index, p.name, d.due_date, d.units, d.on_time, d.late, d.missing)
            for col, value in enumerate(values, start=1):
                _put(ws, row, col, value)
            _put(ws, row, 8, _share(d.sent, d.units))
            ws.cell(row=row, column=8).number_format = "0.0%"
        _finish(ws, PROVINCE_COLUMNS, len(PROVINCE_COLUMNS))
    wb.properties.title = "Tổng hợp phong trào “Dân vận khéo” các xã"
    wb.properties.creator = heading or "dvk"
    wb.save(out)


def _report_rows(rows: list[CommuneProgress], kind: str) -> list[list[str]]:
    out: list[list[str]] = []
    for index, p in enumerate(rows, start=1):
        d = p.deadlines[kind]
        out.append(
            [
                str(index),
                p.name,
                str(d.units),
                str(d.on_time),
                str(d.late),
                str(d.missing),
                _percent(d.sent, d.units),
            ]
        )
    return out


def export_province_docx(
    sessions: sessionmaker[Session], session: Session, out: BinaryIO | Path, *, today: date
) -> None:
    """The province's summary report: per deadline, how many of each commune's units have sent,
    the communes furthest behind first, with the totals across the province."""
    progress = province_progress(sessions)
    province = province_heading(session)
    document = Document()
    _setup(document)
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _first(left, province.upper(), bold=True, size=13)
    _first(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, underline=True, size=14)
    _para(
        right,
        f"ngày {today.day:02d} tháng {today.month:02d} năm {today.year}",
        italic=True,
        size=14,
        align="center",
    )
    _para(document, "")
    _para(document, "BÁO CÁO TỔNG HỢP", bold=True, size=15, align="center")
    _para(
        document,
        "Tiến độ đăng ký và báo cáo mô hình \u201cDân vận khéo\u201d của các xã, phường",
        bold=True,
        align="center",
    )
    _para(document, "-----", align="center")
    _para(
        document,
        f"Tính đến ngày {today:%d/%m/%Y}, {len(progress)} xã, phường dùng sổ theo dõi chung "
        "của tỉnh. Tiến độ theo từng hạn nộp như sau (xã chậm nhất ở đầu bảng):",
        align="justify",
        indent=True,
    )
    for number, kind in enumerate(deadline_kinds(progress), start=1):
        rows = worst_first(progress, kind)
        units = sum(p.deadlines[kind].units for p in rows)
        sent = sum(p.deadlines[kind].sent for p in rows)
        late = sum(p.deadlines[kind].late for p in rows)
        _para(document, f"{number}. {label(DEADLINE, kind)}", bold=True)
        _para(
            document,
            f"Toàn tỉnh {sent}/{units} đơn vị đã nộp ({_percent(sent, units)}), trong đó "
            f"{late} đơn vị nộp muộn; {units - sent} đơn vị chưa nộp.",
            align="justify",
            indent=True,
        )
        _grid(
            document,
            ["STT", "Xã, phường", "Số đơn vị", "Đúng hạn", "Muộn", "Chưa nộp", "Tỉ lệ đã nộp"],
            _report_rows(rows, kind),
            REPORT_TABLE_WIDTHS,
        )
    document.save(str(out) if isinstance(out, Path) else out)
