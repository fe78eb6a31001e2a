"""Attachment names: every encoding real clients use, decoded to NFC and made safe."""

from __future__ import annotations

import base64
import unicodedata
from urllib.parse import quote_from_bytes

import pytest

from ingest.filenames import MAX_BYTES, MAX_LENGTH, safe_filename
from ingest.headers import decode_words, param_value, parse_params
from ingest.mime import parse_message
from tests.unit.ingest.builders import PDF_BYTES, b64, cp1258

NAME = "Báo cáo kết quả mô hình Dân vận khéo - Chi bộ xóm 3.pdf"


def name_of(content_type: str, disposition: str | None) -> tuple[str, str | None]:
    """(filename, original_filename) of the one attachment in a message with these headers."""
    head = b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    part = b"--b\r\nContent-Type: " + content_type.encode("utf-8", "surrogateescape") + b"\r\n"
    if disposition is not None:
        part += b"Content-Disposition: " + disposition.encode("utf-8", "surrogateescape") + b"\r\n"
    part += (
        b"Content-Transfer-Encoding: base64\r\n\r\n" + b64(PDF_BYTES).encode() + b"\r\n--b--\r\n"
    )
    parsed = parse_message(head + part)
    (attachment,) = parsed.attachments
    return attachment.filename, attachment.original_filename


def test_rfc2231_utf8_with_continuations() -> None:
    encoded = quote_from_bytes(NAME.encode("utf-8"), safe="")
    half = len(encoded) // 2
    while encoded[half - 1] == "%" or encoded[half - 2] == "%":
        half += 1
    disposition = (
        f"attachment;\r\n filename*0*=UTF-8''{encoded[:half]};\r\n filename*1*={encoded[half:]}"
    )
    assert name_of("application/pdf", disposition)[0] == NAME


def test_rfc2231_single_piece_with_language() -> None:
    encoded = quote_from_bytes(NAME.encode("utf-8"), safe="")
    assert name_of("application/pdf", f"attachment; filename*=utf-8'vi'{encoded}")[0] == NAME


def test_rfc2047_base64_in_windows_1258_becomes_nfc() -> None:
    word = base64.b64encode(cp1258(NAME)).decode()
    filename, original = name_of(f'application/pdf; name="=?windows-1258?B?{word}?="', None)
    assert filename == NAME
    assert original is not None
    assert original != NAME  # the decoded name as sent keeps the combining tone marks
    assert unicodedata.normalize("NFC", original) == NAME


def test_rfc2047_quoted_printable_in_windows_1258() -> None:
    word = "".join(
        chr(b) if chr(b).isalnum() and b < 128 else ("_" if b == 32 else f"={b:02X}")
        for b in cp1258(NAME)
    )
    assert (
        name_of("application/pdf", f'attachment; filename="=?windows-1258?Q?{word}?="')[0] == NAME
    )


def test_rfc2047_split_over_several_words_joins_without_spaces() -> None:
    data = NAME.encode("utf-8")
    words = " ".join(
        f"=?UTF-8?B?{base64.b64encode(data[i : i + 30]).decode()}?="
        for i in range(0, len(data), 30)
    )
    assert name_of("application/pdf", f'attachment; filename="{words}"')[0] == NAME


def test_unquoted_encoded_word_in_parameter() -> None:
    # The stdlib returns no name here; "This is a test.pdf" in base64.
    disposition = "attachment; filename==?utf-8?B?VGhpcyBpcyBhIHRlc3QucGRm?="
    assert name_of("application/pdf", disposition)[0] == "This is a test.pdf"


def test_nfd_name_from_macos_becomes_nfc() -> None:
    nfd = unicodedata.normalize("NFD", NAME)
    filename, original = name_of("application/pdf", f'attachment; filename="{nfd}"')
    assert filename == NAME
    assert original == nfd


def test_raw_8bit_utf8_name() -> None:
    assert name_of("application/pdf", f'attachment; filename="{NAME}"')[0] == NAME


def test_raw_8bit_windows_1258_name() -> None:
    raw = cp1258(NAME).decode("ascii", "surrogateescape")
    assert name_of("application/pdf", f'attachment; filename="{raw}"')[0] == NAME


def test_rfc2231_with_wrong_declared_charset_falls_back() -> None:
    encoded = quote_from_bytes(NAME.encode("utf-8"), safe="")
    assert name_of("application/pdf", f"attachment; filename*=iso-8859-1''{encoded}")[0] == NAME


def test_disposition_filename_wins_over_content_type_name() -> None:
    filename, _ = name_of('application/pdf; name="old.pdf"', 'attachment; filename="new.pdf"')
    assert filename == "new.pdf"


def test_parse_params_keeps_semicolons_inside_quotes() -> None:
    main, params = parse_params('Attachment; filename="a;b.pdf"; size=12')
    assert main == "attachment"
    assert param_value(params, "filename") == "a;b.pdf"
    assert params["size"] == "12"


def test_undecodable_encoded_word_is_left_as_sent() -> None:
    assert decode_words("=?utf-8?B?***?= x") == "=?utf-8?B?***?= x"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("1234/../../1234.txt", "1234.txt"),
        ("..\\..\\windows\\system32\\form.docx", "form.docx"),
        ("Kontoutskrift\nBedriftskonto.pdf", "Kontoutskrift Bedriftskonto.pdf"),
        ("a\x00b\x07c.pdf", "a b c.pdf"),
        ("CON.docx", "_CON.docx"),
        ("nul", "_nul"),
        ("com1.tar.gz", "_com1.tar.gz"),
        ("what?.pdf", "what_.pdf"),
        ("--convert-to.pdf", "_--convert-to.pdf"),
        ("  spaced  name . ", "spaced name"),
        ("../", "tep-dinh-kem-2.pdf"),
        ("\x00\x01", "tep-dinh-kem-2.pdf"),
        ("", "tep-dinh-kem-2.pdf"),
        (None, "tep-dinh-kem-2.pdf"),
        (unicodedata.normalize("NFD", "Phiếu đăng ký.docx"), "Phiếu đăng ký.docx"),
    ],
)
def test_safe_filename(name: str | None, expected: str) -> None:
    assert safe_filename(name, part="2", media_type="application/pdf") == expected


def test_long_names_are_cut_keeping_the_extension() -> None:
    result = safe_filename("a" * 400 + ".docx", part="2", media_type="application/pdf")
    assert len(result) == MAX_LENGTH
    assert result == "a" * (MAX_LENGTH - 5) + ".docx"


def test_long_vietnamese_names_are_also_bounded_in_bytes() -> None:
    result = safe_filename("ệ" * 200 + ".docx", part="2", media_type="application/pdf")
    assert result.endswith(".docx")
    assert len(result) <= MAX_LENGTH
    assert len(result.encode("utf-8")) <= MAX_BYTES
    assert result == "ệ" * ((MAX_BYTES - 5) // 3) + ".docx"


def test_synthesised_names_follow_the_sniffed_type_and_the_part_path() -> None:
    assert safe_filename(None, part="3/1.2", media_type="image/jpeg") == "tep-dinh-kem-3-1-2.jpg"
    assert safe_filename(None, part="1", media_type="application/x-unknown") == "tep-dinh-kem-1.bin"


def test_words_split_inside_a_utf8_character_are_joined_before_decoding() -> None:
    data = "Đăng ký.docx".encode()
    first, second = data[:1], data[1:]  # cut inside the two bytes of "Đ"
    value = (
        f"=?UTF-8?B?{base64.b64encode(first).decode()}?=\r\n "
        f"=?utf-8?B?{base64.b64encode(second).decode()}?="
    )
    assert decode_words(value) == "Đăng ký.docx"
    assert decode_words(f"x {value} y") == "x Đăng ký.docx y"


def test_rfc2231_mixed_encoded_and_plain_continuations() -> None:
    disposition = (
        "attachment; filename*0*=utf-8''%C4%90%C4%83ng%20k%C3%BD; filename*1=\" DVK.docx\""
    )
    assert name_of("application/pdf", disposition)[0] == "Đăng ký DVK.docx"


def test_parameter_names_are_case_insensitive() -> None:
    assert name_of("application/pdf", 'Attachment; FileName="A.pdf"')[0] == "A.pdf"
