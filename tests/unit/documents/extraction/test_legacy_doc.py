"""Real .doc files: made here by LibreOffice from a .docx typed in .VnTime, then read back."""

from __future__ import annotations

import io
import shutil

import docx
import pytest
from docx.shared import Cm

from documents.extraction import legacy_doc

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]


def legacy_docx() -> bytes:
    document = docx.Document()
    run = document.add_paragraph().add_run("Ng\xadêi d©n §¶ng ñy x· NghÜa Th¸i")
    run.font.name = ".VnTime"
    run = document.add_paragraph().add_run("®¶ng bé x· nghÜa th¸i")
    run.font.name = ".VnTimeH"
    run = document.add_paragraph().add_run("Tên đơn vị: Chi bộ xóm 3, Cộng\u00adhòa")
    run.font.name = "Times New Roman"
    paragraph = document.add_paragraph()
    box = paragraph.add_run("\uf0fe")
    box.font.name = "Wingdings"
    paragraph.add_run(" Tập thể ")
    box = paragraph.add_run("\uf0a8")
    box.font.name = "Wingdings"
    paragraph.add_run(" Cá nhân")
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell in table.rows[0].cells:
        cell.width = Cm(7)
    table.cell(0, 0).text = "Người phụ trách"
    cell_run = table.cell(0, 1).paragraphs[0].add_run("TrÇn V¨n B×nh")
    cell_run.font.name = ".VnArial"
    document.add_paragraph("Nghĩa Thái, ngày 02 tháng 4 năm 2024")  # Word ends with a paragraph
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def real_doc() -> bytes:
    data = legacy_doc.convert(legacy_docx(), ".docx", "doc")
    assert data.startswith(b"\xd0\xcf\x11\xe0")  # a real OLE2 Word 97 file
    return data


def test_tcvn3_doc_is_read_as_unicode(real_doc: bytes) -> None:
    doc = legacy_doc.read_doc(real_doc)
    text = doc.plain_text
    assert doc.source == "doc"
    assert "Người dân Đảng ủy xã Nghĩa Thái" in text  # ư survived as the soft hyphen
    assert "ĐẢNG BỘ XÃ NGHĨA THÁI" in text
    assert "Trần Văn Bình" in text


def test_real_optional_hyphen_in_unicode_text_disappears(real_doc: bytes) -> None:
    text = legacy_doc.read_doc(real_doc).plain_text
    assert "Cộnghòa" in text
    assert "\u00ad" not in text


def test_wingdings_check_boxes_survive(real_doc: bytes) -> None:
    text = legacy_doc.read_doc(real_doc).plain_text
    checked = "☒" in text or "\uf0fe" in text
    empty = "☐" in text or "\uf0a8" in text
    assert checked and empty, text


def test_table_cells_come_through(real_doc: bytes) -> None:
    doc = legacy_doc.read_doc(real_doc)
    rows = [b.cells for b in doc.blocks if len(b.cells) == 2]
    assert ("Người phụ trách", "Trần Văn Bình") in rows


def test_garbage_ole2_is_refused_in_vietnamese() -> None:
    with pytest.raises(legacy_doc.LegacyDocError) as caught:
        legacy_doc.read_doc(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00\x13" * 2000)
    assert "Không mở được" in str(caught.value)


def test_timeout_kills_the_converter() -> None:
    with pytest.raises(legacy_doc.LegacyDocError) as caught:
        legacy_doc.convert(legacy_docx(), ".docx", "doc", timeout=0.05)
    assert "quá thời gian" in str(caught.value)


def test_soft_hyphen_elements_become_text() -> None:
    from tests.hostile.make_hostile_files import docx_bytes

    xml = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Ng</w:t><w:softHyphen/><w:t>êi</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    fixed = legacy_doc.restore_soft_hyphens(docx_bytes(xml))
    import zipfile

    body = zipfile.ZipFile(io.BytesIO(fixed)).read("word/document.xml").decode()
    assert 'Ng</w:t><w:t xml:space="preserve">\u00ad</w:t><w:t>êi' in body
