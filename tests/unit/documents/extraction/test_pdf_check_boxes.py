"""Check boxes in a real PDF: a .docx with Wingdings boxes and ticks, printed to PDF by
LibreOffice (which embeds OpenSymbol for them), then read back."""

from __future__ import annotations

import io
import shutil

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from documents.extraction import extract, legacy_doc
from documents.extraction.normalise import symbol_boxes
from documents.extraction.pdf_reader import read_pdf_text

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]


def _symbol(paragraph: Paragraph, code: str) -> None:
    """A Wingdings symbol as Word's Insert > Symbol writes it (`w:sym`)."""
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), code)
    paragraph.add_run()._r.append(sym)


def _boxes(paragraph: Paragraph, options: list[tuple[str, bool]]) -> None:
    for k, (option, checked) in enumerate(options):
        _symbol(paragraph, "F0FE" if checked else "F0A8")
        paragraph.add_run(f" {option}" + ("\t\t" if k < len(options) - 1 else ""))


def checkbox_form() -> bytes:
    document = docx.Document()
    document.add_paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”")
    document.add_paragraph("1. Đơn vị đăng ký")
    document.add_paragraph("Chi hội Người cao tuổi thôn Bản Lầu")
    document.add_paragraph("2. Loại mô hình")
    _boxes(document.add_paragraph(), [("Tập thể", False), ("Cá nhân", True)])
    document.add_paragraph("3. Lĩnh vực")
    _boxes(document.add_paragraph(), [("Kinh tế", True), ("Văn hóa - xã hội", False)])
    _boxes(document.add_paragraph(), [("Quốc phòng - an ninh", False), ("Xây dựng HTCT", False)])
    document.add_paragraph("4. Tên mô hình, điển hình")
    document.add_paragraph("Vườn cây thuốc nam của người cao tuổi")
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    for k, text in enumerate(["Tên mô hình", "Tập thể", "Cá nhân"]):
        table.cell(0, k).text = text
    table.cell(1, 0).text = "Vườn cây thuốc nam"
    _symbol(table.cell(1, 2).paragraphs[0], "F0FC")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def pdf() -> bytes:
    data = legacy_doc.convert(checkbox_form(), ".docx", "pdf")
    assert data.startswith(b"%PDF")
    return data


def test_wingdings_codes_read_from_a_pdf_become_boxes() -> None:
    assert symbol_boxes("\uf0fe Tập thể \uf0a8 Cá nhân \uf0fc") == "☒ Tập thể ☐ Cá nhân ✓"
    assert symbol_boxes("Tập thể") == "Tập thể"


def test_a_line_of_check_boxes_is_no_table_and_its_ticks_survive(pdf: bytes) -> None:
    doc = read_pdf_text(pdf)
    lines = [b.cells for b in doc.blocks]
    assert ("☐ Tập thể ☒ Cá nhân",) in lines, lines
    assert ("3. Lĩnh vực",) in lines, lines  # not a row of a table of options
    assert ("Vườn cây thuốc nam", "", "✓") in lines, lines


def test_the_choices_are_read(pdf: bytes) -> None:
    fields = extract(pdf, "phieu.pdf").fields
    assert fields["model_type"] == "individual"
    assert fields["domain"] == "economy"
