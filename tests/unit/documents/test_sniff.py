from __future__ import annotations

import io
import zipfile

from documents.sniff import DOCX, ODT, PDF, TNEF, ZIP, sniff_media_type


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_types_come_from_the_bytes() -> None:
    assert sniff_media_type(b"%PDF-1.7\n...") == PDF
    assert sniff_media_type(b"junk\r\n%PDF-1.4\n") == PDF
    assert sniff_media_type(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert sniff_media_type(b"\xff\xd8\xff\xe0....") == "image/jpeg"
    assert sniff_media_type(zipped({"word/document.xml": b"<w/>"})) == DOCX
    assert sniff_media_type(zipped({"mimetype": ODT.encode(), "content.xml": b""})) == ODT
    assert sniff_media_type(zipped({"a.txt": b"x"})) == ZIP
    assert sniff_media_type("Chào bạn".encode()) == "text/plain"
    assert sniff_media_type(b"\x00\x01\x02garbage") == "application/octet-stream"


def test_a_container_holding_a_small_pdf_is_not_a_pdf() -> None:
    tnef = b"\x78\x9f\x3e\x22" + b"\x00" * 20 + b"%PDF-1.4 inside"
    assert sniff_media_type(tnef) == TNEF


def test_a_damaged_zip_is_still_a_zip() -> None:
    data = bytearray(zipped({"word/document.xml": b"<w/>" * 1000}))
    data[60:90] = b"\xff" * 30  # corrupt the compressed stream
    assert sniff_media_type(bytes(data)) in {ZIP, DOCX}
