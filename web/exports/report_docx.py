"""The summary report to the commune's superior body, laid out as a party document.

Every name it prints (the party organisation above the commune, the issuing committee, the
signer, the body that receives it) is data from the database (`documents.commune`), so a 2024
report goes to a district and a 2026 one to a province without a line of code changing.

The layout follows Hướng dẫn 36-HD/VPTW: a borderless two-column header (issuing body and number
on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" underlined on the right, then the place and date in
italics), Times New Roman, A4 with 2 cm top/bottom, 3 cm left and 1.5 cm right margins, the
"Nơi nhận" block and the signature block; the office only has to number and sign it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from sqlalchemy.orm import Session

from documents.assessment import criteria_of, reported_models
from documents.commune import CommuneNames, report_names
from documents.register import EXEMPT
from web.exports.snapshot import Snapshot, take_snapshot
from web.labels import DOMAIN, MODEL_TYPE, label

FONT = "Times New Roman"
STT_MARGIN_TWIPS = 28  # 0.05 cm each side of the STT cells
#: The models table across the 16.5 cm between the margins: STT, unit, model, type, domain,
#: leader, result.
MODEL_TABLE_WIDTHS = [1.1, 2.9, 4.5, 1.7, 2.2, 2.3, 1.8]
#: The recognised models: STT, unit, model, domain, commendation.
RECOGNISED_TABLE_WIDTHS = [1.1, 3.4, 6.0, 2.8, 3.2]


@dataclass(frozen=True)
class ReportHeader:
    """Who issues, signs and receives the report (names from the database) and its number."""

    names: CommuneNames
    number: str = ""  # filled by hand when empty: "Số     -BC/ĐU"


def _setup(document: DocxDocument) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(3)
    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin = section.bottom_margin = Cm(2)
        section.left_margin, section.right_margin = Cm(3), Cm(1.5)


def _para(
    container: Any,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    size: float | None = None,
    align: str = "left",
    indent: bool = False,
) -> Any:
    paragraph = container.add_paragraph()
    paragraph.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    if indent:
        paragraph.paragraph_format.first_line_indent = Cm(1)
    paragraph.paragraph_format.space_after = Pt(0 if not indent else 4)
    if text:
        run = paragraph.add_run(text)
        run.bold, run.italic, run.underline = bold, italic, underline
        run.font.name = FONT
        if size is not None:
            run.font.size = Pt(size)
    return paragraph


def _header_block(document: DocxDocument, header: ReportHeader, today: date) -> None:
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Cm(8), Cm(8.5)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    names = header.names
    _first(left, names.superior.party.upper(), size=13, align="center")
    _para(left, names.party_committee.upper(), bold=True, size=13, align="center")
    _para(left, "*", size=13, align="center")
    number = header.number or "     "
    _para(left, f"Số {number}-BC/ĐU", size=13, align="center")
    _first(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, underline=True, size=14, align="center")
    _para(right, "")
    place = header.names.place
    _para(
        right,
        f"{place}, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}",
        italic=True,
        size=14,
        align="center",
    )


def _first(cell: Any, text: str, **style: object) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = bool(style.get("bold"))
    run.underline = bool(style.get("underline"))
    run.font.name = FONT
    size = style.get("size")
    if isinstance(size, int | float):
        run.font.size = Pt(size)


def _percent(part: int, whole: int) -> str:
    return f"{(100 * part / whole):.1f}".replace(".", ",") + "%" if whole else "0%"


def _grid(
    document: DocxDocument, headers: list[str], rows: list[list[str]], widths: list[float]
) -> None:
    """A bordered table whose header row repeats on every page and whose rows never split.

    The first column holds the STT: it gets narrow cell margins and no wrapping, so "STT" and
    the numbers stay on one line.
    """
    # All rows at once: python-docx's add_row re-reads the whole table each time.
    table = document.add_table(rows=len(rows) + 1, cols=len(headers))
    style = document.styles["Table Grid"]
    style.font.size = Pt(12)  # once for the style, not per cell: thousands of rows stay fast
    table.style = style
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for index, row in enumerate(table.rows):
        _keep_row_together(row, header=index == 0)
        values = headers if index == 0 else rows[index - 1]
        for cell, text, width in zip(row.cells, values, widths, strict=True):
            cell.width = Cm(width)
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(text)
            if index == 0:
                run.bold = True
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        stt = row.cells[0]
        stt.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _no_wrap(stt)


def _keep_row_together(row: Any, *, header: bool) -> None:
    """`w:cantSplit` on every row; `w:tblHeader` on the header row, repeated on each page."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _no_wrap(cell: Any) -> None:
    """No wrapping and 0.05 cm side margins (after `w:tcW`, where the schema wants them)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(OxmlElement("w:noWrap"))
    margins = OxmlElement("w:tcMar")
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(STT_MARGIN_TWIPS))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    tc_pr.append(margins)


def _clean(value: object) -> str:
    text = "" if value is None else str(value)
    return "".join(ch for ch in text if ch >= " " or ch in "\t\n")


def _body(document: DocxDocument, snap: Snapshot) -> None:
    units = snap.statuses
    total = len(units)
    registrations = snap.models("registration")
    reports = snap.models("report")

    def done(kind: str) -> int:
        return sum(
            1
            for u in units
            if kind in u.deadlines and u.deadlines[kind].status not in ("missing", EXEMPT)
        )

    registered, reported = done("registration"), done("report")
    _para(document, "I. KẾT QUẢ ĐĂNG KÝ MÔ HÌNH", bold=True, indent=True)
    _para(
        document,
        f"Tổng số đơn vị thực hiện: {total}. Số đơn vị đã gửi bản đăng ký: {registered} "
        f"({_percent(registered, total)}). Tổng số mô hình đăng ký: {len(registrations)}.",
        align="justify",
        indent=True,
    )
    by_domain = Counter(str(m.fields.get("domain") or "") for m in registrations)
    by_type = Counter(str(m.fields.get("model_type") or "") for m in registrations)
    _para(document, "Theo lĩnh vực:", indent=True)
    for code, name in DOMAIN.items():
        _para(document, f"- {name}: {by_domain.get(code, 0)} mô hình;", indent=True)
    if by_domain.get("", 0):
        _para(document, f"- Chưa xác định lĩnh vực: {by_domain['']} mô hình;", indent=True)
    _para(document, "Theo loại hình:", indent=True)
    for code, name in MODEL_TYPE.items():
        _para(document, f"- {name}: {by_type.get(code, 0)} mô hình;", indent=True)
    if by_type.get("", 0):
        _para(document, f"- Chưa xác định loại hình: {by_type['']} mô hình.", indent=True)

    _para(document, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=True)
    participants = sum(_int(m.fields.get("participants")) for m in reports)
    funds = sum(_int(m.fields.get("funds_vnd")) for m in reports)
    _para(
        document,
        f"Số đơn vị đã gửi báo cáo kết quả: {reported}/{total} ({_percent(reported, total)}). "
        f"Tổng số lượt người tham gia: {_thousands(participants)}; "
        f"kinh phí huy động: {_thousands(funds)} đồng.",
        align="justify",
        indent=True,
    )

    _para(document, "III. DANH SÁCH MÔ HÌNH THEO ĐƠN VỊ", bold=True, indent=True)
    reported_units = {m.unit_id for m in reports}
    rows = [
        [
            str(i),
            _clean(m.unit_name),
            _clean(m.fields.get("model_name")),
            label(MODEL_TYPE, m.fields.get("model_type")),
            label(DOMAIN, m.fields.get("domain")),
            _clean(m.fields.get("leader_name")),
            "Đã báo cáo" if m.unit_id in reported_units else "Chưa báo cáo",
        ]
        for i, m in enumerate(sorted(registrations, key=lambda m: m.unit_name), start=1)
    ]
    _grid(
        document,
        ["STT", "Đơn vị", "Tên mô hình", "Loại hình", "Lĩnh vực", "Người phụ trách", "Kết quả"],
        rows,
        MODEL_TABLE_WIDTHS,
    )

    _para(document, "IV. CÁC ĐƠN VỊ CHƯA GỬI", bold=True, indent=True)
    for kind, title in (("registration", "bản đăng ký"), ("report", "báo cáo kết quả")):
        missing = [
            u.unit_name
            for u in units
            if kind in u.deadlines and u.deadlines[kind].status == "missing"
        ]
        due = next((u.deadlines[kind].due_date for u in units if kind in u.deadlines), None)
        if due is not None and due > snap.as_of and kind == "report" and missing:
            title += f" (hạn {due:%d/%m/%Y})"
        text = ", ".join(missing) + "." if missing else "không có."
        _para(document, f"- Chưa gửi {title}: {text}", align="justify", indent=True)
        excused = [
            f"{u.unit_name} ({u.deadlines[kind].exempt_reason})"
            for u in units
            if kind in u.deadlines and u.deadlines[kind].status == EXEMPT
        ]
        if excused:
            _para(
                document,
                f"- Được miễn nộp {title}: {'; '.join(excused)}.",
                align="justify",
                indent=True,
            )


def _year_end(document: DocxDocument, session: Session, snap: Snapshot) -> None:
    """V: the assessment of the reported models, and the list of those recognised (công nhận)
    and proposed for commendation (biểu dương, nhân rộng)."""
    models = reported_models(session, snap.campaign) if snap.campaign else []
    judged = [m for m in models if m.assessment is not None]
    recognised = [m for m in judged if m.assessment is not None and m.assessment.recognised]
    commended = [m for m in recognised if m.assessment and m.assessment.commendation_proposed]
    criteria = criteria_of(snap.campaign)
    _para(document, "V. ĐÁNH GIÁ, CÔNG NHẬN MÔ HÌNH", bold=True, indent=True)
    closes_on = snap.campaign.closes_on if snap.campaign else None
    by = f" (hạn {closes_on:%d/%m/%Y})" if closes_on else ""
    _para(
        document,
        f"Số mô hình đã báo cáo kết quả: {len(models)}; đã đánh giá theo {len(criteria)} tiêu "
        f"chí: {len(judged)}; được công nhận: {len(recognised)}; đề nghị biểu dương, nhân "
        f"rộng{by}: {len(commended)}.",
        align="justify",
        indent=True,
    )
    if not recognised:
        _para(document, "Chưa có mô hình nào được công nhận.", indent=True)
        return
    _para(document, "Danh sách mô hình được công nhận:", indent=True)
    rows = [
        [
            str(i),
            _clean(m.unit_name),
            _clean(m.model_name),
            label(DOMAIN, m.domain),
            "Đề nghị biểu dương, nhân rộng"
            if m.assessment is not None and m.assessment.commendation_proposed
            else "",
        ]
        for i, m in enumerate(recognised, start=1)
    ]
    _grid(
        document,
        ["STT", "Đơn vị", "Tên mô hình", "Lĩnh vực", "Đề nghị"],
        rows,
        RECOGNISED_TABLE_WIDTHS,
    )


def _thousands(value: int) -> str:
    """Vietnamese grouping: 150.000.000."""
    return f"{value:,}".replace(",", ".")


def _int(value: object) -> int:
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return 0


def _closing(document: DocxDocument, names: CommuneNames) -> None:
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Cm(8), Cm(8.5)
    left, right = table.rows[0].cells
    run = left.paragraphs[0].add_run("Nơi nhận:")
    run.bold, run.underline = True, True
    run.font.size = Pt(12)
    for line in (
        f"- {names.superior.report_to} (để báo cáo),",
        "- Thường trực Đảng ủy,",
        f"- Lưu {names.office_name}.",
    ):
        _para(left, line, size=12)
    _first(right, names.signer_on_behalf.upper(), bold=True, size=14)
    _para(right, names.signer_title.upper(), bold=True, size=14, align="center")
    for _ in range(4):  # room for the signature and the seal
        _para(right, "")
    if names.signer_name:
        _para(right, names.signer_name, bold=True, size=14, align="center")


def export_report_docx(
    session: Session,
    out: BinaryIO | Path,
    campaign_id: int | None = None,
    *,
    number: str = "",
    names: CommuneNames | None = None,
    today: date | None = None,
) -> None:
    """Write the report for the campaign (the active one by default) to `out`.

    The names come from the database unless given; when some are missing,
    `documents.commune.CommuneNamesMissingError` is raised before anything is written."""
    snap = take_snapshot(session, campaign_id, today=today)
    header = ReportHeader(names or report_names(session, snap.campaign), number)
    day = snap.as_of
    year = snap.campaign.year if snap.campaign else day.year
    document = Document()
    _setup(document)
    _header_block(document, header, day)
    _para(document, "")
    _para(document, "BÁO CÁO", bold=True, size=15, align="center")
    _para(
        document,
        f"Kết quả đăng ký và thực hiện mô hình \u201cDân vận khéo\u201d năm {year}",
        bold=True,
        align="center",
    )
    _para(document, "-----", align="center")
    _para(
        document,
        f"Thực hiện phong trào thi đua \u201cDân vận khéo\u201d năm {year}, "
        f"{header.names.party_committee} báo cáo kết quả đăng ký và thực hiện mô hình "
        f"tính đến ngày {day:%d/%m/%Y} như sau:",
        align="justify",
        indent=True,
    )
    _body(document, snap)
    _year_end(document, session, snap)
    _para(document, "")
    _closing(document, header.names)
    document.save(str(out) if isinstance(out, Path) else out)
