"""Zip archives and winmail.dat: the forms inside are found, bombs are refused unopened."""

from __future__ import annotations

import struct

import pytest

from ingest import archives
from ingest.mime import parse_message
from tests.unit.ingest.builders import (
    JPEG_BYTES,
    PDF_BYTES,
    b64,
    docx_bytes,
    make_tnef,
    make_zip,
    tnef_object,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def message_with(data: bytes, content_type: str, filename: str) -> bytes:
    return (
        "From: a@b.test\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n"
        f'--b\r\nContent-Type: {content_type}; name="{filename}"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n" + b64(data) + "\r\n--b--\r\n"
    ).encode()


def test_zip_members_that_are_forms_become_attachments_and_the_zip_stays() -> None:
    data = make_zip(
        {
            "forms/Đăng ký.docx": docx_bytes(),
            "forms/scan.jpg": JPEG_BYTES,
            "forms/setup.exe": b"MZ\x90\x00",
            "__MACOSX/forms/._scan.jpg": b"\x00\x05\x16\x07",
            "forms/": b"",
        }
    )
    parsed = parse_message(message_with(data, "application/zip", "ho so.zip"))
    assert [(a.part, a.filename, a.media_type) for a in parsed.attachments] == [
        ("2", "ho so.zip", "application/zip"),
        ("2/zip:forms/Đăng ký.docx", "Đăng ký.docx", DOCX),
        ("2/zip:forms/scan.jpg", "scan.jpg", "image/jpeg"),
    ]


def test_nested_zip_is_unpacked_one_level_only() -> None:
    innermost = make_zip({"deep.pdf": PDF_BYTES})
    inner = make_zip({"b.pdf": PDF_BYTES, "c.zip": innermost})
    outer = make_zip({"a.pdf": PDF_BYTES, "inner.zip": inner})
    result = archives.unpack_zip(outer)
    assert [f.path for f in result.files] == [
        "zip:a.pdf",
        "zip:inner.zip",
        "zip:inner.zip/zip:b.pdf",
        "zip:inner.zip/zip:c.zip",
    ]
    assert any("too deep" in defect for defect in result.defects)


def test_too_many_entries_are_refused_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archives, "MAX_MEMBERS", 3)
    result = archives.unpack_zip(make_zip({f"{i}.pdf": PDF_BYTES for i in range(4)}))
    assert result.files == []
    assert any("entries" in defect for defect in result.defects)


def test_high_compression_ratio_is_refused() -> None:
    bomb = make_zip({"zeros.pdf": b"\x00" * (4 * 1024 * 1024)})
    result = archives.unpack_zip(bomb)
    assert result.files == []
    assert any("ratio" in defect for defect in result.defects)


def test_total_size_budget_is_checked_from_the_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archives, "MAX_TOTAL_BYTES", 100)
    result = archives.unpack_zip(make_zip({"a.pdf": PDF_BYTES, "b.pdf": PDF_BYTES * 3}))
    assert result.files == []
    assert any("too large" in defect for defect in result.defects)


def test_member_larger_than_its_directory_entry_is_dropped() -> None:
    data = bytearray(make_zip({"a.pdf": PDF_BYTES}))
    # Shrink the size the central directory declares; the stream then holds more than promised.
    central = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 10)
    result = archives.unpack_zip(bytes(data))
    assert result.files == []
    assert result.defects


def test_cp437_flagged_names_are_decoded_as_utf8() -> None:
    # Many zip tools write UTF-8 names without setting the UTF-8 flag.
    real = "Báo cáo.pdf".encode()
    placeholder = b"X" * len(real)
    data = make_zip({placeholder.decode(): PDF_BYTES}).replace(placeholder, real)
    (member,) = archives.unpack_zip(data).files
    assert member.name == "Báo cáo.pdf"


def test_broken_zip_is_kept_with_a_defect() -> None:
    data = b"PK\x03\x04" + b"\x00" * 50
    parsed = parse_message(message_with(data, "application/zip", "a.zip"))
    assert [a.filename for a in parsed.attachments] == ["a.zip"]
    assert any("zip" in defect for defect in parsed.defects)


def test_winmail_dat_files_become_attachments_and_winmail_dat_stays() -> None:
    tnef = make_tnef({b"form.pdf": PDF_BYTES, b"photo.jpg": JPEG_BYTES})
    parsed = parse_message(message_with(tnef, "application/ms-tnef", "winmail.dat"))
    assert [(a.part, a.filename, a.media_type, a.data) for a in parsed.attachments] == [
        ("2", "winmail.dat", "application/ms-tnef", tnef),
        ("2/tnef:form.pdf", "form.pdf", "application/pdf", PDF_BYTES),
        ("2/tnef:photo.jpg", "photo.jpg", "image/jpeg", JPEG_BYTES),
    ]


def test_winmail_dat_with_a_windows_1258_name_does_not_break() -> None:
    tnef = make_tnef({"Báo cáo.pdf".encode("cp1258"): PDF_BYTES})
    result = archives.unpack_tnef(tnef)
    assert [(f.name, f.data) for f in result.files] == [("Báo cáo.pdf", PDF_BYTES)]


def test_damaged_winmail_dat_is_kept_with_a_defect() -> None:
    parsed = parse_message(message_with(b"not tnef at all", "application/ms-tnef", "winmail.dat"))
    assert [a.filename for a in parsed.attachments] == ["winmail.dat"]
    assert any("TNEF" in defect for defect in parsed.defects)


def test_zip_inside_winmail_dat_is_unpacked_too() -> None:
    archive = make_zip({"dk.pdf": PDF_BYTES})
    tnef = make_tnef({b"ho so.zip": archive})
    parsed = parse_message(message_with(tnef, "application/vnd.ms-tnef", "winmail.dat"))
    assert [a.part for a in parsed.attachments] == [
        "2",
        "2/tnef:ho so.zip",
        "2/tnef:ho so.zip/zip:dk.pdf",
    ]
    assert parsed.attachments[-1].data == PDF_BYTES


def test_damaged_office_document_is_not_unpacked_as_an_archive() -> None:
    data = make_zip({"[Content_Types].xml": b"<Types/>", "docProps/thumbnail.jpeg": JPEG_BYTES})
    result = archives.unpack_zip(data)
    assert result.files == []
    assert any("office document" in defect for defect in result.defects)


def test_tnef_loop_counts_are_bounded_by_the_file_size() -> None:
    import tnefparse.mapi

    # A damaged count (4 billion properties) once made tnefparse fill the memory.
    archives.unpack_tnef(make_tnef({b"a.pdf": PDF_BYTES}))
    assert tnefparse.mapi.range is archives._guarded_range
    archives._TNEF_BUDGET.left = 100
    try:
        assert list(archives._guarded_range(60)) == list(range(60))
        with pytest.raises(ValueError, match="damaged"):
            archives._guarded_range(0xFFFFFFFF)
    finally:
        del archives._TNEF_BUDGET.left
    assert len(archives._guarded_range(5000)) == 5000  # outside an unpack: no limit


def test_damaged_mapi_count_in_winmail_dat_does_not_lose_the_other_files() -> None:
    blob = make_tnef({b"a.pdf": PDF_BYTES})
    # An attachment's MAPI block claiming 2**32 - 1 properties, then nothing.
    blob += tnef_object(2, 0x9005, 0x0006, struct.pack("<I", 0xFFFFFFFF) + b"\x02\x10\x00\x00")
    result = archives.unpack_tnef(blob)
    assert [(f.name, f.data) for f in result.files] == [("a.pdf", PDF_BYTES)]
