"""The .docx reader sees what python-docx's text hides: content controls, text boxes, symbols."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches

from documents.extraction.docx_reader import DocxError, read_docx
from documents.extraction.text import BlockKind

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _save(doc: object) -> bytes:
    out = io.BytesIO()
    doc.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def _texts(data: bytes) -> list[str]:
    return [b.text for b in read_docx(data).blocks]


def test_paragraphs_and_two_column_table_in_order() -> None:
    doc = Document()
    doc.add_paragraph("PHIẾU ĐĂNG KÝ")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Tên mô hình"
    table.cell(0, 1).text = "Thắp sáng đường quê"
    table.cell(1, 0).text = "Nội dung"
    table.cell(1, 1).paragraphs[0].text = "Dòng một"
    table.cell(1, 1).add_paragraph("Dòng hai")
    doc.add_paragraph("Kết thúc")
    blocks = read_docx(_save(doc)).blocks
    assert [b.kind for b in blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.TABLE_ROW,
        BlockKind.TABLE_ROW,
        BlockKind.PARAGRAPH,
    ]
    assert blocks[1].cells == ("Tên mô hình", "Thắp sáng đường quê")
    assert blocks[2].cells == ("Nội dung", "Dòng một\nDòng hai")
    assert blocks[1].table == blocks[2].table is not None


def test_content_control_checkboxes_are_read_from_xml() -> None:
    doc = Document()
    para = doc.add_paragraph("Loại mô hình: ")
    for checked, option in ((0, "Tập thể"), (1, "Cá nhân")):
        para._p.append(
            parse_xml(
                f"<w:sdt {nsdecls('w')} {W14}><w:sdtPr><w14:checkbox>"
                f'<w14:checked w14:val="{checked}"/></w14:checkbox></w:sdtPr>'
                "<w:sdtContent><w:r><w:t>?</w:t></w:r></w:sdtContent></w:sdt>"
            )
        )
        para.add_run(f" {option} ")
    data = _save(doc)
    assert "☒" not in Document(io.BytesIO(data)).paragraphs[0].text  # python-docx misses it
    text = _texts(data)[0]
    assert text.index("☐") < text.index("Tập thể") < text.index("☒") < text.index("Cá nhân")


def test_wingdings_symbols_become_boxes() -> None:
    doc = Document()
    para = doc.add_paragraph("Lĩnh vực: ")
    para._p.append(
        parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>')
    )
    para.add_run(" Kinh tế ")
    run = para.add_run("\u00a8")
    run.font.name = "Wingdings"
    para.add_run(" Văn hóa - xã hội")
    assert _texts(_save(doc))[0] == "Lĩnh vực: ☒ Kinh tế ☐ Văn hóa - xã hội"


def test_text_box_content_is_read_once() -> None:
    doc = Document()
    anchor = doc.add_paragraph("Trước")
    box = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape>'
        "<v:textbox><w:txbxContent><w:p><w:r><w:t>Tên mô hình: Trong hộp</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    anchor._p.append(parse_xml(box))
    doc.add_paragraph("Sau")
    assert _texts(_save(doc)) == ["Trước", "Tên mô hình: Trong hộp", "Sau"]


def test_alternate_content_text_box_not_duplicated_by_fallback() -> None:
    doc = Document()
    anchor = doc.add_paragraph("")
    txbx = "<w:txbxContent><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:txbxContent>"
    xml = (
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
        + txbx.format("Hộp chữ")
        + "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        + txbx.format("Hộp chữ")
        + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    anchor._p.append(parse_xml(xml))
    assert _texts(_save(doc)) == ["Hộp chữ"]


def test_merged_and_nested_cells() -> None:
    doc = Document()
    table = doc.add_table(rows=3, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "THÔNG TIN MÔ HÌNH"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Chung"
    table.cell(1, 1).text = "Tên mô hình"
    table.cell(1, 2).text = "Đường hoa"
    table.cell(2, 1).text = "Lĩnh vực"
    inner = table.cell(2, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Kinh tế"
    inner.cell(0, 1).text = "☒"
    blocks = read_docx(_save(doc)).blocks
    assert blocks[0].kind is BlockKind.PARAGRAPH and blocks[0].text == "THÔNG TIN MÔ HÌNH"
    assert blocks[1].cells == ("Chung", "Tên mô hình", "Đường hoa")
    assert blocks[2].cells == ("", "Lĩnh vực", "")  # the vertical merge continues: empty
    assert blocks[3].cells == ("Kinh tế", "☒")
    assert blocks[3].table != blocks[2].table


def test_tracked_deletions_are_not_text_but_insertions_are() -> None:
    doc = Document()
    para = doc.add_paragraph("Tên mô hình: ")
    para._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>Cũ</w:delText></w:r></w:del>'
        )
    )
    para._p.append(
        parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="a"><w:r><w:t>Mới</w:t></w:r></w:ins>')
    )
    assert _texts(_save(doc)) == ["Tên mô hình: Mới"]


def test_tabs_and_line_breaks_are_kept() -> None:
    doc = Document()
    para = doc.add_paragraph("ĐẢNG BỘ XÃ\tĐẢNG CỘNG SẢN VIỆT NAM")
    para.add_run().add_break()
    para.add_run("CHI BỘ THÔN 1")
    assert _texts(_save(doc)) == ["ĐẢNG BỘ XÃ\tĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ THÔN 1"]


def test_legacy_font_runs_are_converted() -> None:
    doc = Document()
    para = doc.add_paragraph()
    run = para.add_run("§¶ng ñy x·")
    run.font.name = ".VnTime"
    para.add_run(" Unicode")
    assert _texts(_save(doc)) == ["Đảng ủy xã Unicode"]


def test_docm_is_read_like_docx_and_macros_are_ignored() -> None:
    doc = Document()
    doc.add_paragraph("Tên mô hình: Có macro")
    data = _save(doc)
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
            dst.writestr(info, body)
        dst.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0not-run")
    assert _texts(out.getvalue()) == ["Tên mô hình: Có macro"]


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04broken", b"not a zip at all"],
)
def test_broken_package_raises_docx_error(data: bytes) -> None:
    with pytest.raises(DocxError):
        read_docx(data)


def test_zip_without_document_part() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "x")
    with pytest.raises(DocxError, match="không có nội dung"):
        read_docx(out.getvalue())


def test_bold_lead_in_without_colon_is_separated_as_a_label() -> None:
    doc = Document()
    para = doc.add_paragraph()
    para.add_run("Tên mô hình").bold = True
    para.add_run(" Đường hoa kiểu mẫu")
    colon = doc.add_paragraph()
    colon.add_run("Lĩnh vực:").bold = True
    colon.add_run(" Kinh tế")
    assert _texts(_save(doc)) == ["Tên mô hình\t Đường hoa kiểu mẫu", "Lĩnh vực: Kinh tế"]


def test_table_flattened_into_one_paragraph_is_split_at_its_glued_labels() -> None:
    """A converter that loses a table's cells leaves bold labels glued to plain values."""
    doc = Document()
    para = doc.add_paragraph()
    for label, value in (("Tên tổ", "Bếp ăn nghĩa tình"), ("Đơn vị", "Chi hội Phụ nữ ấp 4")):
        para.add_run(label).bold = True
        para.add_run(value)
    para.add_run("Số hộ").bold = True
    para.add_run("40 hộ")
    assert _texts(_save(doc)) == [
        "Tên tổ\tBếp ăn nghĩa tình",
        "Đơn vị\tChi hội Phụ nữ ấp 4",
        "Số hộ\t40 hộ",
    ]


def test_a_heading_glued_to_the_sentence_before_it_starts_a_line() -> None:
    """A column break lost in conversion: "…chở cơm.**CÁCH LÀM**"."""
    doc = Document()
    para = doc.add_paragraph()
    para.add_run("84 hội viên luân phiên nấu cơm.")
    para.add_run("CÁCH LÀM").bold = True
    assert _texts(_save(doc)) == ["84 hội viên luân phiên nấu cơm.", "CÁCH LÀM"]


def test_bold_words_inside_a_sentence_are_not_cells() -> None:
    doc = Document()
    para = doc.add_paragraph()
    para.add_run("Mô hình của ")
    para.add_run("Chi bộ ấp 4").bold = True
    para.add_run(", đạt ")
    para.add_run("95%").bold = True
    para.add_run("kế hoạch; nhãn ")
    para.add_run("TikTok").bold = True
    assert _texts(_save(doc)) == ["Mô hình của Chi bộ ấp 4, đạt 95%kế hoạch; nhãn TikTok"]


def test_header_block_in_the_page_header_is_read_first() -> None:
    doc = Document()
    header = doc.sections[0].header
    table = header.add_table(rows=1, cols=2, width=doc.sections[0].page_width or Inches(6))
    table.cell(0, 0).text = "ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ THÔN 5"
    table.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    doc.add_paragraph("PHIẾU ĐĂNG KÝ")
    blocks = read_docx(_save(doc)).blocks
    assert blocks[0].cells == ("ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ THÔN 5", "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert blocks[-1].text == "PHIẾU ĐĂNG KÝ"


def test_page_header_without_the_motto_is_ignored() -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Trang 1"
    doc.add_paragraph("Nội dung")
    assert _texts(_save(doc)) == ["Nội dung"]


def test_invisible_characters_are_dropped_in_unicode_runs() -> None:
    doc = Document()
    doc.add_paragraph("Dân\u00ad vận\u200b khéo")
    assert _texts(_save(doc)) == ["Dân vận khéo"]


def _framed(doc: object, text: str, v_anchor: str = "text", y: int = 0, more: str = "") -> None:
    """A paragraph in a Word frame ("wrap around"), placed right of the text that follows."""
    para = doc.add_paragraph(text)  # type: ignore[attr-defined]
    para._p.get_or_add_pPr().insert(
        0,
        parse_xml(
            f'<w:framePr {nsdecls("w")} w:w="4000" w:wrap="around" w:vAnchor="{v_anchor}" '
            f'w:hAnchor="margin" w:xAlign="right" w:y="{y}" {more}/>'
        ),
    )


def test_a_frame_beside_the_next_paragraph_reads_after_it() -> None:
    doc = Document()
    doc.add_paragraph("1. Đơn vị: Chi đoàn thôn Tả Phìn")
    _framed(doc, "Đèn đường năng lượng mặt trời")
    doc.add_paragraph("2. Tên mô hình:")
    _framed(doc, "0977 100 200")
    doc.add_paragraph("Điện thoại:")
    _framed(doc, "Ghi chú ở cuối trang", v_anchor="page", y=14000)
    doc.add_paragraph("3. Địa bàn: thôn Tả Phìn")
    _framed(doc, "N", more='w:dropCap="drop" w:lines="2"')
    doc.add_paragraph("ăm 2026, chi đoàn lắp 40 bóng đèn.")
    assert _texts(_save(doc)) == [
        "1. Đơn vị: Chi đoàn thôn Tả Phìn",
        "2. Tên mô hình:",
        "Đèn đường năng lượng mặt trời",
        "Điện thoại:",
        "0977 100 200",
        "Ghi chú ở cuối trang",
        "3. Địa bàn: thôn Tả Phìn",
        "N",
        "ăm 2026, chi đoàn lắp 40 bóng đèn.",
    ]
