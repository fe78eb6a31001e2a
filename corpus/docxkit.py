"""Small python-docx helpers that write the Word structures real forms use.

Header blocks are borderless two-column tables, as Word users and the official templates make
them; check boxes can be Word 2010 content controls (`w14:checkbox`), Wingdings symbols
(`w:sym`) or plain characters; label/value lines may use tab stops with dot leaders. Saving
rewrites the zip with fixed timestamps so the same entry always gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime

import docx as python_docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"

#: A run: its text and style letters: b bold, i italic, u underline, s superscript (a footnote
#: mark), h hand-filled (HAND_FONT in blue ink over a printed template); an optional size in pt.
Run = tuple[str, str] | tuple[str, str, float]
#: The font of values filled into a printed template by another hand or machine.
HAND_FONT = "DejaVu Sans"
HAND_INK = RGBColor(0x1F, 0x3A, 0x93)


def document(*, size: float = 13, landscape: bool = False, font: str = FONT) -> Document:
    """An A4 document with the margins of the government templates (2 cm, left 3 cm)."""
    doc = python_docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    section.left_margin, section.right_margin = Cm(3.0 if not landscape else 2.0), Cm(2.0)
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(3), 1.1
    props = doc.core_properties
    props.author, props.last_modified_by = "dvk corpus", "dvk corpus"
    props.created = props.modified = datetime(2026, 1, 1)
    props.revision = 1
    return doc


def add_runs(paragraph: Paragraph, runs: Iterable[Run | str]) -> Paragraph:
    for item in runs:
        if isinstance(item, str):
            item = (item, "")
        text, flags = item[0], item[1]
        run = paragraph.add_run(text)
        run.bold = "b" in flags or None
        run.italic = "i" in flags or None
        run.underline = "u" in flags or None
        if "s" in flags:
            run.font.superscript = True
        if "h" in flags:
            run.italic = True
            run.font.name = HAND_FONT
            run.font.color.rgb = HAND_INK
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), HAND_FONT)
        if len(item) == 3:
            run.font.size = Pt(item[2])
    return paragraph


def para(
    doc: Document | _Cell,
    *runs: Run | str,
    align: str = "justify",
    indent: float = 0.0,
    first: float = 0.0,
    before: float = 0.0,
    after: float = 3.0,
) -> Paragraph:
    """A paragraph of styled runs; `first` is the first-line indent in cm."""
    paragraph = doc.add_paragraph()
    fmt = paragraph.paragraph_format
    paragraph.alignment = ALIGN[align]
    fmt.left_indent = Cm(indent) if indent else None
    fmt.first_line_indent = Cm(first) if first else None
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    return add_runs(paragraph, runs)


def body(doc: Document, text: str, **kw: object) -> Paragraph:
    """A body paragraph with the usual 1 cm first-line indent."""
    kw.setdefault("first", 1.0)
    return para(doc, text, **kw)  # type: ignore[arg-type]


def tabbed(
    doc: Document | _Cell,
    parts: Sequence[Run | str | list[Run | str]],
    stops: Sequence[float],
    *,
    leader: str | None = None,
    right_last: bool = False,
    indent: float = 0.0,
) -> Paragraph:
    """One line whose parts are separated by tabs at `stops` (cm); `leader` 'dot' fills the
    space before each stop with dots, as fill-in forms do."""
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(2)
    if indent:
        paragraph.paragraph_format.left_indent = Cm(indent)
    lead = WD_TAB_LEADER.DOTS if leader == "dot" else WD_TAB_LEADER.SPACES
    for number, stop in enumerate(stops):
        kind = WD_TAB_ALIGNMENT.RIGHT if right_last and number == len(stops) - 1 else None
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(stop), kind or WD_TAB_ALIGNMENT.LEFT, lead
        )
    for number, part in enumerate(parts):
        if number:
            paragraph.add_run("\t")
        add_runs(paragraph, part if isinstance(part, list) else [part])
    return paragraph


def _no_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _grid(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "4")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def table(doc: Document, rows: int, widths: Sequence[float], *, grid: bool = True) -> Table:
    """A table of fixed column widths (cm), with single borders or none."""
    tbl: Table = doc.add_table(rows=rows, cols=len(widths))
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    (_grid if grid else _no_borders)(tbl)
    for row in tbl.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    # LibreOffice lays out by the grid, Word by the cells: set both.
    for col, width in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl._tbl.tblPr.append(layout)
    return tbl


def cell_text(
    cell: _Cell,
    lines: Sequence[Run | str | list[Run | str]] | Run | str,
    *,
    align: str = "left",
    size: float = 0,
) -> _Cell:
    """Fill a cell: one paragraph per line (a line is a run or a list of runs)."""
    if isinstance(lines, (str, tuple)):
        lines = [lines]
    first = True
    for line in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        paragraph.alignment = ALIGN[align]
        paragraph.paragraph_format.space_after = Pt(1)
        runs = line if isinstance(line, list) else [line]
        add_runs(paragraph, runs)
        if size:
            for run in paragraph.runs:
                run.font.size = Pt(size)
    return cell


def header_block(
    doc: Document,
    left: Sequence[Run | str],
    right: Sequence[Run | str],
    widths: tuple[float, float] = (7.0, 9.0),
) -> Table:
    """The two-column block at the top of Vietnamese official papers (issuer | motto)."""
    tbl = table(doc, 1, widths, grid=False)
    cell_text(tbl.cell(0, 0), list(left), align="center", size=0)
    cell_text(tbl.cell(0, 1), list(right), align="center", size=0)
    return tbl


def quoc_hieu(short_rule: bool = True) -> list[Run | str]:
    """The national motto lines used on the right of state and association headers."""
    return [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 12),
        ("Độc lập - Tự do - Hạnh phúc", "b", 13),
        ("───────────" if short_rule else "──────────────────", ""),
    ]


def signature(
    doc: Document,
    left: Sequence[Run | str],
    right: Sequence[Run | str],
    widths: tuple[float, float] = (7.5, 8.5),
) -> Table:
    """The signature block: a borderless table, recipients or a confirmation on the left."""
    para(doc, "", after=0)
    tbl = table(doc, 1, widths, grid=False)
    cell_text(tbl.cell(0, 0), list(left), align="left")
    cell_text(tbl.cell(0, 1), list(right), align="center")
    return tbl


def content_checkbox(paragraph: Paragraph, checked: bool, label: str) -> None:
    """A Word 2010+ check box content control (`w14:checkbox`) followed by its label."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    box = OxmlElement("w14:checkbox")
    state = OxmlElement("w14:checked")
    state.set(f"{{{W14}}}val", "1" if checked else "0")
    box.append(state)
    for tag, code in (("w14:checkedState", "2612"), ("w14:uncheckedState", "2610")):
        element = OxmlElement(tag)
        element.set(f"{{{W14}}}val", code)
        element.set(f"{{{W14}}}font", "MS Gothic")
        box.append(element)
    pr.append(box)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "☒" if checked else "☐"
    run.append(text)
    content.append(run)
    sdt.append(content)
    paragraph._p.append(sdt)
    paragraph.add_run(f" {label}")


def wingdings(paragraph: Paragraph, code: str) -> None:
    """A Wingdings symbol (`w:sym`), as Word's Insert > Symbol writes it (F0FE ☒, F0A8 ☐,
    F0FC ✓)."""
    run = paragraph.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), code)
    run._r.append(sym)


def page_break(doc: Document) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


FIXED_TIME = (2026, 1, 1, 0, 0, 0)


def save(doc: Document) -> bytes:
    """The .docx bytes, with every zip entry dated FIXED_TIME (deterministic output)."""
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
