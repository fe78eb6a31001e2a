"""The register as an Excel workbook: a sheet per deadline (one row per unit) and a sheet of models.

Text from documents is written as text even when it starts with "=", so a crafted form cannot
plant a formula in the office's spreadsheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from documents import clock
from documents.commune import CommuneNames, commune_names
from web.exports.snapshot import Snapshot, take_snapshot
from web.labels import (
    DEADLINE,
    DOC_KIND,
    DOMAIN,
    MODEL_TYPE,
    STATUS,
    UNIT_KIND,
    iso_date,
    label,
)

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="9B1C1C")
STATUS_FILL = {
    "missing": PatternFill("solid", fgColor="FDE2E1"),
    "late": PatternFill("solid", fgColor="FEF3C7"),
    "needs_review": PatternFill("solid", fgColor="E0E7FF"),
}
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"

STATUS_COLUMNS: Sequence[tuple[str, int]] = (
    ("STT", 6),
    ("Đơn vị", 34),
    ("Loại đơn vị", 18),
    ("Hạn nộp", 12),
    ("Trạng thái", 14),
    ("Ngày nhận", 17),
    ("Số ngày muộn", 12),
    ("Số văn bản", 10),
    ("Tên mô hình", 50),
)
MODEL_COLUMNS: Sequence[tuple[str, int]] = (
    ("STT", 6),
    ("Đơn vị", 30),
    ("Loại văn bản", 16),
    ("Tên mô hình", 45),
    ("Loại hình", 10),
    ("Lĩnh vực", 24),
    ("Người phụ trách", 24),
    ("Chức vụ", 20),
    ("Điện thoại", 13),
    ("Địa bàn", 24),
    ("Nội dung", 60),
    ("Kết quả đạt được", 60),
    ("Số người tham gia", 12),
    ("Kinh phí (đồng)", 16),
    ("Ngày ký", 12),
    ("Ngày nhận", 17),
    ("Số ngày muộn", 10),
    ("Cần kiểm tra", 10),
)


def _put(ws: Worksheet, row: int, col: int, value: Any) -> None:
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
    elif isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT


def _sheet(wb: Workbook, title: str, columns: Sequence[tuple[str, int]]) -> Worksheet:
    ws = wb.create_sheet(title)
    for col, (name, width) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=col, value=name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    return ws


def _finish(ws: Worksheet, columns: Sequence[tuple[str, int]]) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(ws.max_row, 1)}"


def _status_sheet(wb: Workbook, snap: Snapshot, kind: str) -> None:
    ws = _sheet(wb, label(DEADLINE, kind)[:31], STATUS_COLUMNS)
    for index, unit in enumerate(snap.statuses, start=1):
        status = unit.deadlines.get(kind)
        if status is None:
            continue
        current = [d for d in status.documents if d.is_current]
        first = min((d.received_at for d in current if d.received_at), default=None)
        row = ws.max_row + 1
        received = clock.local_naive(first, snap.timezone)
        # Late only as much as its earliest-arriving document: one on-time form is on time.
        late = min((d.late_days or 0 for d in current), default=0)
        names = "; ".join(str(d.fields.get("model_name") or "") for d in current if d.fields)
        values: list[Any] = [
            index,
            _text(unit.unit_name),
            label(UNIT_KIND, unit.unit_kind),
            status.due_date,
            label(STATUS, status.status),
            received,
            late or None,
            len(current),
            _text(names.strip("; ")),
        ]
        for col, value in enumerate(values, start=1):
            _put(ws, row, col, value)
        fill = STATUS_FILL.get(status.status)
        if fill is not None:
            ws.cell(row=row, column=5).fill = fill
    _finish(ws, STATUS_COLUMNS)


def _int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _models_sheet(wb: Workbook, snap: Snapshot) -> None:
    ws = _sheet(wb, "Mô hình", MODEL_COLUMNS)
    for index, model in enumerate(snap.models(), start=1):
        f = model.fields
        values: list[Any] = [
            index,
            _text(model.unit_name),
            label(DOC_KIND, model.kind),
            _text(f.get("model_name")),
            label(MODEL_TYPE, f.get("model_type")),
            label(DOMAIN, f.get("domain")),
            _text(f.get("leader_name")),
            _text(f.get("leader_position")),
            _text(f.get("phone")),
            _text(f.get("location")),
            _text(f.get("content")),
            _text(f.get("results")),
            _int_or_none(f.get("participants")),
            _int_or_none(f.get("funds_vnd")),
            iso_date(f.get("signed_date")),
            model.received_at,
            model.late_days or None,
            "Có" if model.review_state == "needs_review" else "",
        ]
        row = index + 1
        for col, value in enumerate(values, start=1):
            _put(ws, row, col, value)
        ws.cell(row=row, column=14).number_format = "#,##0"
    _finish(ws, MODEL_COLUMNS)


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    # Excel refuses control characters in cells; a hostile form may carry some.
    return "".join(ch for ch in str(value) if ch >= " " or ch in "\t\n")[:32000]


def export_xlsx(
    session: Session,
    out: BinaryIO | Path,
    campaign_id: int | None = None,
    *,
    names: CommuneNames | None = None,
) -> None:
    """Write the register's workbook to `out` (a path or a binary stream); the commune's names
    (from the database unless given) title it."""
    snap = take_snapshot(session, campaign_id)
    names = names or commune_names(session, snap.campaign)
    wb = Workbook()
    default = wb.active
    if default is not None:
        wb.remove(default)
    kinds = snap.deadline_kinds or ["registration", "report"]
    for kind in kinds:
        _status_sheet(wb, snap, kind)
    _models_sheet(wb, snap)
    title = snap.campaign.name if snap.campaign else "Sổ theo dõi Dân vận khéo"
    wb.properties.title = f"{title} — {names.name}" if names else title
    creator = (names.office_name or names.party_committee) if names else ""
    wb.properties.creator = creator or "dvk"
    wb.save(out)
