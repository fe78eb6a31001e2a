"""Page headers, page footers and notes of a Word file: read where a page shows them."""

from __future__ import annotations

import io
import zipfile

from documents.extraction.docx_parts import furniture_stripped, names_a_person
from documents.extraction.docx_reader import read_docx

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _p(text: str, note: int | None = None) -> str:
    ref = f'<w:r><w:footnoteReference w:id="{note}"/></w:r>' if note is not None else ""
    return f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r>{ref}</w:p>"


def _package(
    body: list[str],
    header: list[str] = (),  # type: ignore[assignment]
    footer: list[str] = (),  # type: ignore[assignment]
    notes: dict[int, str] | None = None,
) -> bytes:
    refs = '<w:headerReference w:type="default" r:id="rId1"/>' if header else ""
    refs += '<w:footerReference w:type="default" r:id="rId2"/>' if footer else ""
    document = f"<w:document {_NS}><w:body>{''.join(body)}<w:sectPr>{refs}</w:sectPr></w:body></w:document>"
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}header" Target="header1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}footer" Target="footer1.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL}header" Target="header2.xml"/>'
        "</Relationships>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", rels)
        if header:
            z.writestr("word/header1.xml", f"<w:hdr {_NS}>{''.join(map(_p, header))}</w:hdr>")
        # a part no section shows (a left-over of an old template) is never read
        z.writestr("word/header2.xml", f"<w:hdr {_NS}>{_p('MẪU CŨ KHÔNG DÙNG')}</w:hdr>")
        if footer:
            z.writestr("word/footer1.xml", f"<w:ftr {_NS}>{''.join(map(_p, footer))}</w:ftr>")
        if notes:
            items = "".join(
                f'<w:footnote w:id="{k}"><w:p><w:r><w:footnoteRef/></w:r>'
                f"<w:r><w:t xml:space='preserve'> {v}</w:t></w:r></w:p></w:footnote>"
                for k, v in notes.items()
            )
            sep = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            z.writestr("word/footnotes.xml", f"<w:footnotes {_NS}>{sep}{items}</w:footnotes>")
    return out.getvalue()


def _texts(data: bytes) -> list[str]:
    return [b.text for b in read_docx(data).blocks]


def test_letterhead_in_the_page_header_comes_first_and_the_date_in_the_footer_last() -> None:
    data = _package(
        [_p("PHIẾU ĐĂNG KÝ"), _p("Tên mô hình: Đèn đường thôn Bản Péo")],
        header=["HỘI NÔNG DÂN XÃ NẬM BAN"],
        footer=["Nậm Ban, ngày 04 tháng 5 năm 2026", "Trang 1/2"],
    )
    assert _texts(data) == [
        "HỘI NÔNG DÂN XÃ NẬM BAN",
        "PHIẾU ĐĂNG KÝ",
        "Tên mô hình: Đèn đường thôn Bản Péo",
        "Nậm Ban, ngày 04 tháng 5 năm 2026",
    ]


def test_a_note_on_a_name_reads_as_its_apposition() -> None:
    data = _package(
        [_p("Người phụ trách: ông Sùng Seo Chớ", note=1)],
        notes={1: "Chủ nhiệm HTX chè Shan; ĐT 0912 000 111."},
    )
    assert _texts(data) == [
        "Người phụ trách: ông Sùng Seo Chớ (Chủ nhiệm HTX chè Shan; ĐT 0912 000 111)"
    ]


def test_a_note_on_a_place_or_a_title_follows_the_body_numbered_before_the_footer() -> None:
    data = _package(
        [_p("ĐĂNG KÝ MÔ HÌNH NĂM 2026", note=4), _p("Địa bàn: thôn Pả Vi.", note=7)],
        footer=["Pả Vi, ngày 2 tháng 6 năm 2026"],
        notes={4: "Họp ngày 01 tháng 6 năm 2026.", 7: "Thôn có 120 hộ."},
    )
    assert _texts(data) == [
        "ĐĂNG KÝ MÔ HÌNH NĂM 2026",
        "Địa bàn: thôn Pả Vi.",
        "1 Họp ngày 01 tháng 6 năm 2026.",
        "2 Thôn có 120 hộ.",
        "Pả Vi, ngày 2 tháng 6 năm 2026",
    ]


def test_page_numbers_and_file_paths_are_page_furniture() -> None:
    assert furniture_stripped("Trang 2/3") == ""
    assert furniture_stripped("- 4 -") == ""
    assert furniture_stripped(r"E:\HOSO\dang ky 2026.docx") == ""
    assert (
        furniture_stripped("Hội CCB xã - Đăng ký 2026 - Trang 1/1") == "Hội CCB xã - Đăng ký 2026"
    )
    assert furniture_stripped("CHI BỘ BẢN MÙ\n*") == "CHI BỘ BẢN MÙ\n*"


def test_a_name_is_two_to_five_capitalised_words_at_the_end() -> None:
    assert names_a_person("3. Người phụ trách: bà Giàng Thị Mỷ")
    assert not names_a_person("Địa bàn: thôn Nà Sài và thôn Cốc Pài.")
    assert not names_a_person("XÂY DỰNG MÔ HÌNH NĂM 2026")
    assert not names_a_person("MÔ HÌNH DÂN VẬN KHÉO")
