"""OpenDocument text: built with odfpy, and converted by LibreOffice from a sample form."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from odf.opendocument import OpenDocumentText
from odf.style import FontFace, Style, TextProperties
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, LineBreak, List, ListItem, P, S, Span

from documents.extraction.limits import UnsafeFile
from documents.extraction.odt_reader import OdtError, read_odt
from documents.extraction.text import BlockKind


def build_odt() -> bytes:
    document = OpenDocumentText()
    document.fontfacedecls.addElement(FontFace(name=".VnTime", fontfamily=".VnTime"))
    legacy = Style(name="Legacy", family="text")
    legacy.addElement(TextProperties(fontname=".VnTime"))
    document.automaticstyles.addElement(legacy)
    upper = Style(name="LegacyH", family="paragraph")
    upper.addElement(TextProperties(fontname=".VnTimeH"))
    document.automaticstyles.addElement(upper)

    document.text.addElement(H(outlinelevel=1, text="PHIẾU ĐĂNG KÝ MÔ HÌNH"))
    document.text.addElement(P(stylename=upper, text="®¶ng bé x· nghÜa th¸i"))
    paragraph = P(text="Tên đơn vị:")
    paragraph.addElement(S(c=3))
    paragraph.addElement(Span(stylename=legacy, text="Chi bé xãm 3"))
    document.text.addElement(paragraph)
    broken = P(text="Địa bàn:")
    broken.addElement(LineBreak())
    broken.addText("Xóm 3")
    document.text.addElement(broken)
    bullets = List()
    for text in ("Vận động hiến đất", "Làm đường bê tông"):
        item = ListItem()
        item.addElement(P(text=text))
        bullets.addElement(item)
    document.text.addElement(bullets)
    table = Table(name="T1")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for label, value in (("Người phụ trách", "Mai Thị Nga"), ("Điện thoại", "0912.345.678")):
        row = TableRow()
        for text in (label, value):
            cell = TableCell()
            cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    document.text.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def test_blocks_of_a_built_odt() -> None:
    doc = read_odt(build_odt())
    assert doc.source == "odt"
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "PHIẾU ĐĂNG KÝ MÔ HÌNH"
    assert "ĐẢNG BỘ XÃ NGHĨA THÁI" in texts  # paragraph style in .VnTimeH
    assert "Tên đơn vị: Chi bộ xóm 3" in texts  # span in .VnTime, text:s folded
    assert "Địa bàn: Xóm 3" in texts
    assert "Vận động hiến đất" in texts and "Làm đường bê tông" in texts
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [r.cells for r in rows] == [
        ("Người phụ trách", "Mai Thị Nga"),
        ("Điện thoại", "0912.345.678"),
    ]
    assert rows[0].table == rows[1].table


def test_broken_odt() -> None:
    data = build_odt()
    with pytest.raises(OdtError):
        read_odt(data[: len(data) // 2])
    with pytest.raises(OdtError):
        read_odt(b"not a zip at all")


def test_entity_expansion_is_refused() -> None:
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(build_odt()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "content.xml":
                content = content.replace(
                    b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>', 1
                )
            target.writestr(info, content)
    with pytest.raises((UnsafeFile, OdtError)):
        read_odt(out.getvalue())


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_sample_form_converted_by_libreoffice(samples_dir: Path) -> None:
    from documents.extraction.legacy_doc import convert

    source = samples_dir / "documents" / "s05-dk-cb-xom-dong-tam.docx"
    doc = read_odt(convert(source.read_bytes(), ".docx", "odt"))
    text = doc.plain_text
    import json

    truth = json.loads(source.with_suffix(".truth.json").read_text())["fields"]
    assert truth["leader_name"] in text
    assert truth["model_name"][:30] in text
    assert any(b.kind is BlockKind.TABLE_ROW for b in doc.blocks)


def test_cell_paragraphs_stay_separate_lines() -> None:
    """Like the docx reader: the header cell "ĐẢNG BỘ XÃ … / CHI BỘ XÓM 5" keeps its lines."""
    document = OpenDocumentText()
    table = Table(name="Header")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    left, right = TableCell(), TableCell()
    left.addElement(P(text="ĐẢNG BỘ XÃ NGHĨA THÁI"))
    left.addElement(P(text="CHI BỘ XÓM 5"))
    right.addElement(P(text="ĐẢNG CỘNG SẢN VIỆT NAM"))
    row.addElement(left)
    row.addElement(right)
    table.addElement(row)
    document.text.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    assert read_odt(buffer.getvalue()).blocks[0].cells == (
        "ĐẢNG BỘ XÃ NGHĨA THÁI\nCHI BỘ XÓM 5",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
    )
