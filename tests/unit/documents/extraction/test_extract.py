"""`extract` never raises: every bad file becomes kind unknown with the reason in Vietnamese."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document

from documents.contract import Kind
from documents.extraction import extract
from tests.fixtures.forms import generate

ENCRYPTED_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Filter/Standard/V 2/R 3/O(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)"
    b"/U(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)/P -4/Length 128>>endobj\n"
    b"trailer<</Root 1 0 R/Encrypt 3 0 R/ID[<01><01>]>>\n%%EOF"
)


def _zip(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "tệp rỗng"),
        (b"%PDF-1.4 truncated", "PDF bị hỏng"),
        (ENCRYPTED_PDF, "PDF có mật khẩu"),
        (_zip(**{"a.txt": b"x"}), "ZIP"),
        (
            _zip(**{"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w:document"}),
            "Word bị hỏng",
        ),
        (b"\x00\x01\x02\x03" * 100, "không được hỗ trợ"),
        ("<html><body>Xin chào</body></html>".encode(), "HTML"),
    ],
)
def test_bad_files_are_unknown_with_a_vietnamese_reason(data: bytes, reason: str) -> None:
    result = extract(data, "phieu.docx")
    assert result.kind is Kind.UNKNOWN
    assert result.fields == {}
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("Không đọc được tệp: ")
    assert reason in result.warnings[0]


def test_type_comes_from_bytes_not_the_name() -> None:
    case = generate(3)
    result = extract(case.data, "anh-chup.jpg")
    assert result.kind.value == case.kind
    assert result.source == "docx"


def test_unrelated_word_document_is_unknown() -> None:
    doc = Document()
    doc.add_paragraph("Thực đơn liên hoan cuối năm")
    doc.add_paragraph("Gà luộc, xôi gấc, canh măng.")
    out = io.BytesIO()
    doc.save(out)
    result = extract(out.getvalue(), "thucdon.docx")
    assert result.kind is Kind.UNKNOWN
    assert result.fields == {}


def test_plain_text_form_is_read() -> None:
    text = "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO\nTên mô hình: Đường hoa\nLĩnh vực: Kinh tế\n"
    result = extract(text.encode(), "phieu.txt")
    assert result.kind is Kind.REGISTRATION
    assert result.fields["model_name"] == "Đường hoa"
    assert result.fields["domain"] == "economy"


def test_a_parser_bug_does_not_escape(monkeypatch: pytest.MonkeyPatch) -> None:
    import documents.extraction as extraction

    def boom(*_: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(extraction, "read_fields", boom)
    result = extraction.extract(generate(1).data, "x.docx")
    assert result.kind is Kind.UNKNOWN
    assert result.warnings and result.source == "docx"


def test_zip_bomb_refused_before_parsing() -> None:
    bomb = _zip(**{"[Content_Types].xml": b"<x/>", "word/document.xml": b"<" + b" " * 60_000_000})
    result = extract(bomb, "bom.docx")
    assert result.kind is Kind.UNKNOWN
    assert "bom" in result.warnings[0].lower() or "lớn" in result.warnings[0]


def test_word_file_holding_only_a_photo_goes_to_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from documents.extraction import ocr
    from documents.extraction.text import DocumentText

    picture = io.BytesIO()
    Image.new("L", (40, 30), 255).save(picture, format="PNG")
    doc = Document()
    doc.add_picture(io.BytesIO(picture.getvalue()))
    out = io.BytesIO()
    doc.save(out)
    seen: list[bytes] = []

    def fake_read_image(data: bytes) -> DocumentText:
        seen.append(data)
        text = DocumentText(source="image-ocr", ocr_confidence=0.9)
        text.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO")
        text.paragraph("Tên mô hình: Đường hoa")
        return text

    monkeypatch.setattr(ocr, "read_image", fake_read_image)
    result = extract(out.getvalue(), "anh.docx")
    assert seen == [picture.getvalue()]
    assert result.source == "image-ocr"
    assert result.fields["model_name"] == "Đường hoa"
    assert any("ảnh chụp" in w for w in result.warnings)
