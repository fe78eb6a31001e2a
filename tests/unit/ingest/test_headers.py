"""Charset decoding: trust the declared charset only as far as the bytes agree."""

from __future__ import annotations

import unicodedata

import pytest

from ingest.headers import codec_name, decode_bytes, fix_8bit
from tests.unit.ingest.builders import cp1258

TEXT = "Kính gửi Khối Dân vận xã"


def test_declared_charset_that_fits_is_used() -> None:
    text, fell_back = decode_bytes(cp1258(TEXT), "windows-1258")
    assert not fell_back
    assert text != TEXT  # combining tone marks, as windows-1258 keeps them
    assert unicodedata.normalize("NFC", text) == TEXT


@pytest.mark.parametrize("declared", ["windows-1258", "iso-8859-1", "us-ascii", "windows-1252"])
def test_utf8_mislabelled_as_single_byte_is_read_as_utf8(declared: str) -> None:
    assert decode_bytes(TEXT.encode(), declared) == (TEXT, True)


def test_utf8_with_a_stray_byte_keeps_the_rest() -> None:
    text, fell_back = decode_bytes(TEXT.encode() + b"\xff", "utf-8")
    assert fell_back
    assert text == TEXT + "\ufffd"


def test_no_charset_tries_utf8_then_windows_1258() -> None:
    assert decode_bytes(TEXT.encode(), None) == (TEXT, False)
    text, fell_back = decode_bytes(cp1258(TEXT), None)
    assert fell_back
    assert unicodedata.normalize("NFC", text) == TEXT


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("x-mac-cyrillic", "mac_cyrillic"),
        ("ISO-8859-8-I", "iso8859_8"),
        ('"UTF-8"', "utf_8"),
        ("ks_c_5601-1987", "euc_kr"),
        ("windows-1258", "cp1258"),
        ("X-UNKNOWN", None),
        ("", None),
    ],
)
def test_codec_names(label: str, codec: str | None) -> None:
    assert codec_name(label) == codec


def test_unknown_charset_falls_back_to_utf8() -> None:
    assert decode_bytes(TEXT.encode(), "x-unknown") == (TEXT, True)


def test_raw_header_bytes_as_surrogates_are_decoded() -> None:
    raw = TEXT.encode().decode("ascii", "surrogateescape")
    assert fix_8bit(raw) == TEXT
    assert fix_8bit("plain ascii") == "plain ascii"
