"""Size and structure limits, checked on crafted containers (no parser involved)."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from documents.extraction.limits import (
    MAX_PDF_PAGES,
    MAX_ZIP_ENTRIES,
    UnsafeFile,
    check_size,
    check_zip_container,
    image_pixels,
    pages_to_read,
)


def make_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def forge_uncompressed_size(data: bytes, size: int) -> bytes:
    """Claim `size` uncompressed bytes for every member in the central directory."""
    out = bytearray(data)
    pos = out.find(b"PK\x01\x02")
    while pos != -1:
        struct.pack_into("<I", out, pos + 24, size)
        pos = out.find(b"PK\x01\x02", pos + 4)
    return bytes(out)


DOC_XML = b'<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:body/></w:document>'


def test_ordinary_docx_like_zip_passes() -> None:
    check_zip_container(
        make_zip({"word/document.xml": DOC_XML * 100, "[Content_Types].xml": b"<T/>"})
    )


def test_high_ratio_member_is_a_bomb() -> None:
    data = make_zip({"word/document.xml": b"\0" * (8 * 1024 * 1024)})
    with pytest.raises(UnsafeFile) as caught:
        check_zip_container(data)
    assert "bom nén" in caught.value.message


def test_too_many_entries() -> None:
    data = make_zip({f"f{i}.txt": b"x" for i in range(MAX_ZIP_ENTRIES + 1)}, zipfile.ZIP_STORED)
    with pytest.raises(UnsafeFile):
        check_zip_container(data)


def test_declared_total_size_is_checked_from_the_central_directory() -> None:
    data = forge_uncompressed_size(
        make_zip({"word/document.xml": DOC_XML}, zipfile.ZIP_STORED), 300 * 2**20
    )
    with pytest.raises(UnsafeFile):
        check_zip_container(data)


def test_doctype_in_an_xml_part_is_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;">]><w:document xmlns:w="urn:w">&lol2;</w:document>'
    )
    with pytest.raises(UnsafeFile) as caught:
        check_zip_container(make_zip({"word/document.xml": bomb}))
    assert "DOCTYPE" in caught.value.message


def test_broken_zip_is_left_to_the_reader() -> None:
    check_zip_container(b"PK\x03\x04 truncated")
    check_zip_container(make_zip({"word/document.xml": DOC_XML})[:40])


def test_file_size_limit() -> None:
    check_size(b"x" * 1000)
    with pytest.raises(UnsafeFile):
        check_size(b"\0" * (51 * 1024 * 1024))


def test_image_pixels() -> None:
    image_pixels(4000, 3000)
    with pytest.raises(UnsafeFile) as caught:
        image_pixels(30_000, 30_000)
    assert "Ảnh" in caught.value.message


def test_pages_to_read() -> None:
    assert pages_to_read(3) == (3, None)
    count, warning = pages_to_read(1000)
    assert count == MAX_PDF_PAGES
    assert warning is not None and "1000 trang" in warning


def test_doctype_hidden_after_a_long_comment_is_still_found() -> None:
    padding = b"<!-- " + b"<w:fake/> " * 20_000 + b"-->"
    xml = b'<?xml version="1.0"?>' + padding + b'<!DOCTYPE d [<!ENTITY a "a">]><w:document/>'
    with pytest.raises(UnsafeFile):
        check_zip_container(make_zip({"word/document.xml": xml}))


def test_doctype_text_inside_the_body_is_not_a_declaration() -> None:
    xml = DOC_XML.replace(b"<w:body/>", b"<w:body><w:t>&lt;!DOCTYPE is fine here</w:t></w:body>")
    check_zip_container(make_zip({"word/document.xml": xml + b"<!-- <!DOCTYPE x> -->"}))
