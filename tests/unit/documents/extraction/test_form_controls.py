"""Word check boxes: content controls (w14:checkbox in w:sdt) and legacy FORMCHECKBOX fields.
The ticked option comes from the control's state, whichever option it is and however the cells
of a row of options are joined."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from documents.extraction import extract
from documents.extraction.docx_reader import read_docx
from documents.extraction.normalise import parse_domain, parse_model_type

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
DOMAINS = ["Kinh tế", "Văn hóa - xã hội", "Quốc phòng - an ninh", "Xây dựng hệ thống chính trị"]


def _control(paragraph: Paragraph, checked: bool, glyph: str | None = None) -> None:
    """A check-box content control as Word 2010+ writes it, its glyph in the content."""
    shown = glyph or ("☒" if checked else "☐")
    paragraph._p.append(
        parse_xml(
            f"<w:sdt {nsdecls('w')} {W14}><w:sdtPr><w14:checkbox>"
            f'<w14:checked w14:val="{int(checked)}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f"</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{shown}</w:t></w:r>"
            "</w:sdtContent></w:sdt>"
        )
    )


def _legacy(paragraph: Paragraph, state: str) -> None:
    """A FORMCHECKBOX field; `state` is the ffData's checkBox children."""
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="Check1"/><w:enabled/><w:checkBox><w:sizeAuto/>{state}</w:checkBox>'
            "</w:ffData></w:fldChar></w:r>"
        )
    )
    paragraph._p.append(
        parse_xml(f"<w:r {nsdecls('w')}><w:instrText> FORMCHECKBOX </w:instrText></w:r>")
    )
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def _option(cell: _Cell, option: str, checked: bool) -> None:
    paragraph = cell.paragraphs[0]
    _control(paragraph, checked)
    paragraph.add_run(f"  {option}")


def _saved(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def registration_with_controls(domain: int, individual: bool) -> bytes:
    """A registration whose choices are rows of one option per cell, each with a control."""
    document = Document()
    document.add_paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2025")
    document.add_paragraph("Đơn vị đăng ký: Chi hội Cựu chiến binh thôn Bến Đò")
    table = document.add_table(rows=4, cols=5)
    table.style = "Table Grid"
    table.cell(0, 0).text = "Tên mô hình"
    table.cell(0, 1).merge(table.cell(0, 4)).text = "Cựu chiến binh giữ bến đò an toàn"
    table.cell(1, 0).text = "Loại mô hình"
    _option(table.cell(1, 1), "Tập thể", not individual)
    _option(table.cell(1, 2), "Cá nhân", individual)
    table.cell(2, 0).text = "Lĩnh vực"
    for k, option in enumerate(DOMAINS):
        _option(table.cell(2, k + 1), option, k == domain)
    table.cell(3, 0).text = "Người phụ trách"
    table.cell(3, 1).merge(table.cell(3, 4)).text = "Ông Bạch Văn Khải – Chi hội trưởng"
    return _saved(document)


def test_the_ticked_control_of_a_row_of_cells_is_the_value_whichever_it_is() -> None:
    wanted = ["economy", "culture_society", "security_defense", "political_system"]
    for k, domain in enumerate(wanted):
        fields = extract(registration_with_controls(k, individual=k % 2 == 1), "dk.docx").fields
        assert fields["domain"] == domain, k
        assert fields["model_type"] == ("individual" if k % 2 else "collective"), k


def test_the_control_state_wins_over_a_stale_glyph() -> None:
    document = Document()
    paragraph = document.add_paragraph("Loại mô hình: ")
    _control(paragraph, checked=False, glyph="☒")
    paragraph.add_run(" Tập thể ")
    _control(paragraph, checked=True, glyph="☐")
    paragraph.add_run(" Cá nhân")
    (block,) = read_docx(_saved(document)).blocks
    assert parse_model_type(block.text) == ("individual", False)


def test_legacy_form_check_boxes_are_read_from_their_state() -> None:
    document = Document()
    paragraph = document.add_paragraph("Lĩnh vực: ")
    states = ['<w:default w:val="1"/><w:checked w:val="0"/>',  # ticked by default, cleared
              '<w:default w:val="0"/><w:checked/>',  # ticked by the user
              '<w:default w:val="0"/>']  # fmt: skip
    for state, option in zip(states, DOMAINS, strict=False):
        _legacy(paragraph, state)
        paragraph.add_run(f" {option}   ")
    (block,) = read_docx(_saved(document)).blocks
    assert block.text.split()[:3] == ["Lĩnh", "vực:", "☐"]
    assert "☒ Văn hóa - xã hội" in " ".join(block.text.split())
    assert parse_domain(block.text) == ("culture_society", False)


def test_one_box_per_option_pairs_each_box_with_its_option_however_spaced() -> None:
    # cells joined by one space: the box sits nearer the option before it
    assert parse_domain("☐  Kinh tế ☒  Văn hóa - xã hội ☐  Quốc phòng - an ninh")[0] == (
        "culture_society"
    )
    # boxes after their options
    assert parse_domain("Kinh tế ☐ Văn hóa - xã hội ☒")[0] == "culture_society"
    assert parse_domain("Kinh tế  ☒ Văn hóa - xã hội  ☐")[0] == "economy"
    # no tick, two ticks: no value
    assert parse_domain("☐ Kinh tế ☐ Văn hóa - xã hội")[0] is None
    assert parse_domain("☒ Kinh tế ☒ Văn hóa - xã hội")[0] is None
    # a box between two options without one each is still told by distance
    assert parse_model_type("Tập thể    ☒ Cá nhân")[0] == "individual"
