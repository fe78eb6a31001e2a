"""Captions below their values ("Ấp Hòa Lạc" over "(Địa bàn thực hiện)"), on layouts of our
own: table rows column by column, paragraphs, geometry where boxes are known, and the
signature's caption left to the signature block."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.captions import caption_label, relabel
from documents.extraction.text import Block, BlockKind, Box, DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _form(source: str = "docx") -> DocumentText:
    doc = DocumentText(source=source)
    doc.row(["ỦY BAN MTTQ XÃ AN HÒA", MOTTO], table=1)
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO")
    doc.row(["Chi hội Nông dân ấp Hòa Lạc", "", "Quý II"], table=2)
    doc.row(["(Đơn vị đăng ký)", "", "(Thời điểm)"], table=2)
    doc.paragraph("Vườn rau sạch cho bếp trường mầm non")
    doc.paragraph("(Tên mô hình)")
    doc.row(["Lê Thị Hồng", "Chi hội trưởng", ""], table=3)
    doc.row(["(Họ tên người phụ trách)", "(Chức danh)", "(Số điện thoại)"], table=3)
    doc.paragraph("+ Mỗi hội viên góp một luống rau;")
    doc.paragraph("+ Thu hoạch hằng tuần, giao cho bếp trường.")
    doc.paragraph("(Nội dung, giải pháp)")
    doc.paragraph("Góp ý của cấp trên")
    doc.paragraph("An Hòa, ngày 2 tháng 5 năm 2025")
    doc.paragraph("Lê Thị Hồng")
    doc.paragraph("(Ký, ghi rõ họ tên)")
    return doc


def test_a_caption_names_a_field_unless_it_signs() -> None:
    assert caption_label("(Tên mô hình)") == ("model_name", "Tên mô hình")
    assert caption_label("(Loại: tập thể hay cá nhân)") == (
        "model_type",
        "Loại tập thể hay cá nhân",
    )
    assert caption_label("(Thời điểm)") is None
    assert caption_label("(Ký, ghi rõ họ tên)") is None  # the signature block reads it
    assert caption_label("Tên mô hình") is None  # no parentheses: a label of the usual kind


def test_values_above_captions_are_read_as_their_labels() -> None:
    result = read_fields(_form())
    f = result.fields
    assert f["unit_name"] == "Chi hội Nông dân ấp Hòa Lạc"  # "Quý II" under another caption
    assert f["model_name"] == "Vườn rau sạch cho bếp trường mầm non"
    assert f["leader_name"] == "Lê Thị Hồng"
    assert f["leader_position"] == "Chi hội trưởng"  # the blank phone's caption is not its end
    assert f["content"] == (
        "+ Mỗi hội viên góp một luống rau; + Thu hoạch hằng tuần, giao cho bếp trường."
    )  # ends at its caption, never runs into the next line
    assert "phone" not in f


def test_relabel_keeps_every_block_in_its_place() -> None:
    doc = _form()
    blocks, ends = relabel(doc.blocks)
    assert len(blocks) == len(doc.blocks)
    assert blocks[2].cells == (
        "Đơn vị đăng ký: Chi hội Nông dân ấp Hòa Lạc",
        "",
        "Thời điểm: Quý II",
    )
    assert blocks[3].cells == ("", "", "")
    assert blocks[-1].text == "(Ký, ghi rõ họ tên)"
    assert 5 in ends and 10 in ends


def _para(text: str, x0: float, x1: float, top: float) -> Block:
    return Block(BlockKind.PARAGRAPH, (text,), page=1, boxes=(Box(1, x0, top, x1, top + 12),))


def test_a_value_pairs_with_the_caption_under_it_by_geometry() -> None:
    """A PDF read the lone value as a paragraph and its blank neighbour's caption shares the
    caption cell: the value goes to the caption nearest under it."""
    captions = Block(
        BlockKind.TABLE_ROW, ("(Loại mô hình)", "(Lĩnh vực) (Ghi chú)"), table=4, page=1,
        boxes=(Box(1, 80, 212, 170, 224), Box(1, 300, 212, 520, 224)),
    )  # fmt: skip
    blocks, _ = relabel([_para("Nông nghiệp", 310, 370, 196), captions])
    assert blocks[0].text == "Lĩnh vực: Nông nghiệp"
    assert blocks[1].cells == ("", "")
    far = _para("Nông nghiệp", 40, 60, 196)  # under no caption: left alone
    assert relabel([far, captions])[0][0].text == "Nông nghiệp"


def test_a_pdf_caption_line_is_never_the_wrapped_end_of_its_value() -> None:
    from documents.extraction.pdf_reader import lay_out_words

    def phrase(text: str, x0: float, top: float) -> list[dict[str, object]]:
        words: list[dict[str, object]] = []
        for token in text.split():
            words.append({"text": token, "x0": x0, "x1": x0 + 6.0 * len(token), "top": top,
                          "bottom": top + 12, "size": 13.0, "fontname": "ABC+Serif"})  # fmt: skip
            x0 += 6.0 * len(token) + 4
        return words

    line = "Tổ tự quản đường làng sáng xanh sạch đẹp của bà con ấp Hòa Lạc"
    value = phrase(line, 90, 100)  # reaches the right margin: a wrap would join the next line
    caption = phrase("(Tên mô hình)", 240, 116)
    margin = phrase(line, 90, 300)
    doc = lay_out_words([value + caption + margin], page_width=595, source="pdf-text")
    texts = [b.text for b in doc.blocks]
    assert "(Tên mô hình)" in texts


def test_a_date_cut_inside_its_cell_is_joined_again() -> None:
    doc = _form(source="pdf-text")
    cells = ("(Phần ghi của cấp trên)", "An Hòa, ngày 2 tháng 5\nnăm 2025\n(Địa danh, ngày)")
    doc.blocks[12] = Block(BlockKind.TABLE_ROW, cells, table=9, row=0)  # the date in a cell
    assert read_fields(doc).fields["signed_date"] == "2025-05-02"
