"""The register as an Excel workbook: a sheet per deadline (one row per unit) and a sheet of models.

Each sheet opens with a title block (title, commune, date) and prints on A4 landscape, fitted to
the page width, with the header row repeated on every page and the page number in the footer.
Text from documents is written as text even when it starts with "=", so a crafted form cannot
plant a formula in the office's spreadsheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from documents import clock
from documents.assessment import ReportedModel, criteria_of, reported_models
from documents.commune import CommuneNames, commune_names, heading_name
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
from web.people import display_names

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="9B1C1C")
STATUS_FILL = {
    "missing": PatternFill("solid", fgColor="FDE2E1"),
    "late": PatternFill("solid", fgColor="FEF3C7"),
    "needs_review": PatternFill("solid", fgColor="E0E7FF"),
    "exempt": PatternFill("solid", fgColor="E5E7EB"),
}
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
#: The title block takes the first rows; the column headers sit under it.
HEADER_ROW = 4
DATA_FONT = Font(name="Calibri", size=10)
ROW_HEIGHT = 13  # points, one line of DATA_FONT
THIN = Side(style="thin", color="9CA3AF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

STATUS_COLUMNS: Sequence[tuple[str, int]] = (
    ("STT", 5),
    ("Đơn vị", 30),
    ("Loại đơn vị", 16),
    ("Hạn nộp", 11),
    ("Trạng thái", 13),
    ("Ngày nhận", 16),
    ("Số ngày muộn", 9),
    ("Số văn bản", 9),
    ("Tên mô hình", 60),
)
MODEL_COLUMNS: Sequence[tuple[str, int]] = (
    ("STT", 5),
    ("Đơn vị", 22),
    ("Loại văn bản", 15),
    ("Tên mô hình", 54),
    ("Loại hình", 9),
    ("Lĩnh vực", 23),
    ("Người phụ trách", 20),
    ("Điện thoại", 12),
    ("Số người tham gia", 10),
    ("Kinh phí (đồng)", 14),
    ("Ngày nhận", 16),
    ("Số ngày muộn", 8),
    ("Cần kiểm tra", 8),
    # Past the print area: kept for sorting and reading on screen, too long for a printed row.
    ("Chức vụ", 20),
    ("Địa bàn", 24),
    ("Ngày ký", 12),
    ("Nội dung", 60),
    ("Kết quả đạt được", 60),
)
#: The model sheet prints its first columns (up to "Cần kiểm tra"); see MODEL_COLUMNS.
MODEL_PRINTED_COLUMNS = 13


def _put(ws: Worksheet, row: int, col: int, value: Any) -> None:
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
    elif isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT


@dataclass(frozen=True)
class Heading:
    """The title block of every sheet: what it is, whose it is, and when it was made."""

    title: str
    commune: str
    made_on: date


def _sheet(
    wb: Workbook,
    name: str,
    columns: Sequence[tuple[str, int]],
    heading: Heading,
    *,
    printed_columns: int | None = None,
) -> Worksheet:
    ws = wb.create_sheet(name)
    printed = printed_columns or len(columns)
    last = get_column_letter(printed)
    lines = (
        (heading.title, Font(bold=True, size=14)),
        (heading.commune, Font(bold=True, size=11)),
        (f"Lập ngày {heading.made_on:%d/%m/%Y}", Font(italic=True, size=11)),
    )
    for row, (text, font) in enumerate(lines, start=1):
        cell = ws.cell(row=row, column=1, value=text or None)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(f"A{row}:{last}{row}")
    ws.row_dimensions[1].height = 22
    for col, (title, width) in enumerate(columns, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=title)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[HEADER_ROW].height = 30
    ws.freeze_panes = f"C{HEADER_ROW + 1}"  # the header rows, STT and the unit's name stay
    _page_setup(ws, heading)
    return ws


def _page_setup(ws: Worksheet, heading: Heading) -> None:
    """A4 landscape, as wide as the page, the header row on every page, "Trang 1/2" below."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(
        left=0.4, right=0.4, top=0.55, bottom=0.55, header=0.25, footer=0.25
    )
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.oddHeader.right.text = heading.commune.replace("&", "&&")
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.size = 9


def _lines(text: str, width: float) -> int:
    """How many lines `text` wraps to in a column `width` characters wide (a generous guess:
    Calc and Excel do not grow rows on opening, so the height is set here)."""
    per_line = max(int(width * 1.25) - 1, 1)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _finish(
    ws: Worksheet,
    columns: Sequence[tuple[str, int]],
    printed_columns: int,
    wrapped: Sequence[str] = (),
) -> None:
    """Filters, print area, grid lines, and wrapped columns with rows tall enough for them."""
    last_row = max(ws.max_row, HEADER_ROW)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(columns))}{last_row}"
    ws.print_area = f"A1:{get_column_letter(printed_columns)}{last_row}"
    names = [name for name, _ in columns]
    wrap_at = {names.index(name): columns[names.index(name)][1] for name in wrapped}
    # openpyxl hashes a style object at every assignment (10 s for 5,000 models); the ids of
    # the few styles used here are looked up once and set on each cell's style array.
    wb = ws.parent
    border, font = wb._borders.add(GRID), wb._fonts.add(DATA_FONT)
    top = wb._alignments.add(Alignment(vertical="top"))
    wrap = wb._alignments.add(Alignment(vertical="top", wrap_text=True))
    centred = wb._alignments.add(Alignment(horizontal="center", vertical="top"))
    for row in ws.iter_rows(min_row=HEADER_ROW + 1, max_row=last_row, max_col=printed_columns):
        lines = 1
        for index, cell in enumerate(row):
            if cell._style is None:
                cell._style = StyleArray()
            style = cell._style
            style.borderId, style.fontId = border, font
            if index in wrap_at:
                style.alignmentId = wrap
                if isinstance(cell.value, str):
                    lines = max(lines, _lines(cell.value, wrap_at[index]))
            else:
                style.alignmentId = centred if index == 0 else top
        ws.row_dimensions[row[0].row].height = ROW_HEIGHT * lines


def _status_sheet(wb: Workbook, snap: Snapshot, kind: str, heading: Heading) -> None:
    ws = _sheet(wb, label(DEADLINE, kind)[:31], STATUS_COLUMNS, heading)
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
        names = "\n".join(str(d.fields.get("model_name") or "") for d in current if d.fields)
        if status.exempt_reason:
            names = f"{names}\nLý do miễn: {status.exempt_reason}"
        values: list[Any] = [
            index,
            _text(unit.unit_name),
            label(UNIT_KIND, unit.unit_kind),
            status.due_date,
            label(STATUS, status.status),
            received,
            late or None,
            len(current),
            _text(names.strip()),
        ]
        for col, value in enumerate(values, start=1):
            _put(ws, row, col, value)
        fill = STATUS_FILL.get(status.status)
        if fill is not None:
            ws.cell(row=row, column=5).fill = fill
    _finish(ws, STATUS_COLUMNS, len(STATUS_COLUMNS), wrapped=("Đơn vị", "Tên mô hình"))


def _int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _models_sheet(wb: Workbook, snap: Snapshot, heading: Heading) -> None:
    ws = _sheet(wb, "Mô hình", MODEL_COLUMNS, heading, printed_columns=MODEL_PRINTED_COLUMNS)
    names = [name for name, _ in MODEL_COLUMNS]
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
            _text(f.get("phone")),
            _int_or_none(f.get("participants")),
            _int_or_none(f.get("funds_vnd")),
            model.received_at,
            model.late_days or None,
            "Có" if model.review_state == "needs_review" else "",
            _text(f.get("leader_position")),
            _text(f.get("location")),
            iso_date(f.get("signed_date")),
            _text(f.get("content")),
            _text(f.get("results")),
        ]
        row = HEADER_ROW + index
        for col, value in enumerate(values, start=1):
            _put(ws, row, col, value)
        ws.cell(row=row, column=names.index("Kinh phí (đồng)") + 1).number_format = "#,##0"
    _finish(
        ws,
        MODEL_COLUMNS,
        MODEL_PRINTED_COLUMNS,
        wrapped=("Đơn vị", "Tên mô hình", "Lĩnh vực", "Người phụ trách"),
    )


def _assessment_sheet(wb: Workbook, session: Session, snap: Snapshot, heading: Heading) -> None:
    """The year's end: each reported model against the criteria, the recognised and the
    commended first; the criteria spelled out under the table."""
    models = reported_models(session, snap.campaign) if snap.campaign else []
    criteria = criteria_of(snap.campaign)
    columns: list[tuple[str, int]] = [("STT", 5), ("Đơn vị", 24), ("Tên mô hình", 44)]
    columns += [("Lĩnh vực", 16)]
    columns += [(f"Tiêu chí {n}", 9) for n in range(1, len(criteria) + 1)]
    columns += [
        ("Số tiêu chí đạt", 9),
        ("Công nhận", 12),
        ("Đề nghị biểu dương, nhân rộng", 13),
        ("Ghi chú", 30),
        ("Người đánh giá", 18),
        ("Ngày đánh giá", 12),
    ]
    ws = _sheet(wb, "Đánh giá, công nhận", columns, heading)

    def rank(model: ReportedModel) -> tuple[int, str, str]:
        a = model.assessment
        order = 3 if a is None else (0 if a.commendation_proposed else 1 if a.recognised else 2)
        return (order, model.unit_name, model.model_name)

    ordered = sorted(models, key=rank)
    names = display_names(session, (m.assessment.assessed_by for m in ordered if m.assessment))
    for index, model in enumerate(ordered, start=1):
        a = model.assessment
        answers = a.criteria if a is not None else {}
        values: list[Any] = [
            index,
            _text(model.unit_name),
            _text(model.model_name),
            label(DOMAIN, model.domain),
        ]
        for criterion in criteria:
            met = answers.get(criterion.key, {}).get("met") if a is not None else None
            values.append("" if met is None else "Đạt" if met else "Không đạt")
        values += [
            model.met if a is not None else None,
            ("Công nhận" if a.recognised else "Không") if a is not None else "Chưa đánh giá",
            "Có" if a is not None and a.commendation_proposed else "",
            _text(a.note) if a is not None else None,
            _text(names.get(a.assessed_by, a.assessed_by)) if a is not None else None,
            clock.local_date(a.assessed_at, snap.timezone) if a is not None else None,
        ]
        for col, value in enumerate(values, start=1):
            _put(ws, HEADER_ROW + index, col, value)
    _finish(ws, columns, len(columns), wrapped=("Đơn vị", "Tên mô hình", "Ghi chú"))
    legend = ws.max_row + 2
    for n, criterion in enumerate(criteria, start=1):
        cell = ws.cell(row=legend + n - 1, column=2, value=f"Tiêu chí {n}: {criterion.text}")
        cell.data_type = "s"
        cell.font = Font(italic=True, size=9)
    ws.print_area = f"A1:{get_column_letter(len(columns))}{ws.max_row}"


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
    today: date | None = None,
) -> None:
    """Write the register's workbook to `out` (a path or a binary stream); the commune's names
    (from the database unless given) title it and each sheet's title block, which goes without
    them when no commune is loaded yet."""
    snap = take_snapshot(session, campaign_id, today=today)
    names = names or commune_names(session, snap.campaign)
    commune = heading_name(names)
    campaign_name = snap.campaign.name if snap.campaign else "Phong trào “Dân vận khéo”"
    wb = Workbook()
    default = wb.active
    if default is not None:
        wb.remove(default)
    kinds = snap.deadline_kinds or ["registration", "report"]
    for kind in kinds:
        due = next((u.deadlines[kind].due_date for u in snap.statuses if kind in u.deadlines), None)
        title = f"Sổ theo dõi {label(DEADLINE, kind).lower()}: {campaign_name}"
        if due is not None:
            title += f" (hạn {due:%d/%m/%Y})"
        _status_sheet(wb, snap, kind, Heading(title, commune, snap.as_of))
    _models_sheet(wb, snap, Heading(f"Danh sách mô hình: {campaign_name}", commune, snap.as_of))
    _assessment_sheet(
        wb,
        session,
        snap,
        Heading(f"Đánh giá, công nhận mô hình: {campaign_name}", commune, snap.as_of),
    )
    title = snap.campaign.name if snap.campaign else "Sổ theo dõi Dân vận khéo"
    wb.properties.title = f"{title} — {names.name}" if names else title
    creator = (names.office_name or names.party_committee) if names else ""
    wb.properties.creator = creator or "dvk"
    wb.save(out)
