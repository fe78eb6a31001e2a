"""TCVN3 / VNI / mojibake decoding, checked letter by letter against independent encoders."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from documents.extraction.legacy_fonts import (
    convert_legacy,
    detect_encoding,
    legacy_encoding,
    repair_text,
)
from tests.conftest import unavailable

BASES = "aăâeêioôơuưy"
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
LOWER = sorted({unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES} | {"đ"})
UPPER = [c.upper() for c in LOWER]
ALPHABET = "".join(LOWER)


def iconv_tcvn(text: str) -> str:
    """Encode with glibc's TCVN5712-1 converter: a table we did not write."""
    if shutil.which("iconv") is None:
        unavailable("glibc iconv is not installed (Debian: libc-bin)")
    out = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout
    return out.decode("latin-1")


# The VNI keyboard rules, written out independently of the module's generator.
VNI_TONE = {"": "", "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
VNI_CIRC = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
VNI_I = {"": "i", "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni_letter(letter: str) -> str:
    if letter.lower() == "đ":
        return "ñ" if letter == "đ" else "Ñ"
    upper = letter.isupper()
    decomposed = unicodedata.normalize("NFD", letter.lower())
    base, marks = decomposed[0], decomposed[1:]
    tone = next((m for m in marks if m in VNI_TONE and m), "")
    shape = next((m for m in marks if m in "\u0302\u0306\u031b"), "")
    if base == "i":
        out = VNI_I[tone]
    elif base == "y" and tone == "\u0323":
        out = "î"
    elif shape == "\u0302":
        out = base + VNI_CIRC[tone]
    elif shape == "\u0306":
        out = base + VNI_BREVE[tone]
    elif shape == "\u031b":
        out = {"o": "ô", "u": "ö"}[base] + VNI_TONE[tone]
    else:
        out = base + VNI_TONE[tone]
    return out.upper() if upper else out


def vni(text: str) -> str:
    return "".join(vni_letter(c) if c.lower() in LOWER else c for c in text)


def test_alphabet_has_all_134_letters() -> None:
    assert len(LOWER) == 12 * 6 + 1
    assert "ự" in LOWER and "ẫ" in LOWER and "đ" in LOWER


@pytest.mark.parametrize("letter", LOWER)
def test_tcvn3_every_lowercase_letter_round_trips(letter: str) -> None:
    assert convert_legacy(iconv_tcvn(letter), ".VnTime") == letter


@pytest.mark.parametrize("letter", LOWER)
def test_tcvn3_h_font_shows_lowercase_codes_as_capitals(letter: str) -> None:
    assert convert_legacy(iconv_tcvn(letter), ".VnTimeH") == letter.upper()


def test_tcvn3_capital_codes_of_vn1_decode_like_glibc() -> None:
    encoded = iconv_tcvn("".join(UPPER))
    assert convert_legacy(encoded, ".VnArial") == "".join(UPPER)


def test_tcvn3_bytes_stored_as_cp1252_characters() -> None:
    # Word keeps byte 0x80 of a .VnTime run as "€" (cp1252); it is "À" in TCVN3.
    assert convert_legacy("\u20ac", ".VnTime") == "À"


def test_tcvn3_known_phrases() -> None:
    # "®" is the lowercase đ (0xAE); the capital Đ is "§" (0xA7).
    assert convert_legacy("®¶ng ñy x·", ".VnTime") == "đảng ủy xã"
    assert convert_legacy("§¶ng ñy x·", ".VnTime") == "Đảng ủy xã"
    assert convert_legacy("Ng\xadêi d©n", ".VnTime") == "Người dân"
    assert convert_legacy("®¶ng bé x· nghÜa th¸i", ".VnTimeH") == "ĐẢNG BỘ XÃ NGHĨA THÁI"


@pytest.mark.parametrize("letter", LOWER + UPPER)
def test_vni_every_letter_round_trips(letter: str) -> None:
    assert convert_legacy(vni_letter(letter), "VNI-Times") == letter


def test_vni_known_phrases() -> None:
    assert convert_legacy("Daân vaän kheùo", "VNI-Times") == "Dân vận khéo"
    assert convert_legacy("Ñaûng uûy xaõ", "VNI-Helve") == "Đảng ủy xã"
    assert convert_legacy("ngöôøi", "VNI-Times") == "người"


def test_other_fonts_only_become_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Đảng ủy ®¶")
    assert convert_legacy(decomposed, "Times New Roman") == "Đảng ủy ®¶"
    assert convert_legacy("®¶ng", None) == "®¶ng"


def test_font_names() -> None:
    assert legacy_encoding(".VnTime") == "tcvn3"
    assert legacy_encoding(".VnArial NarrowH") == "tcvn3-upper"
    assert legacy_encoding("VNI-Times") == "vni"
    assert legacy_encoding("Times New Roman") is None
    assert legacy_encoding("Vni") is None


SENTENCE = (
    "Đảng ủy xã Nghĩa Thái phát động phong trào thi đua Dân vận khéo năm 2024; "
    "Chi bộ xóm 3 đăng ký mô hình tuyến đường tự quản, người dân góp công, góp của "
    "để xây dựng nông thôn mới kiểu mẫu."
)


def test_repair_tcvn3_paragraph() -> None:
    encoded = iconv_tcvn(SENTENCE)
    assert detect_encoding(encoded) == "tcvn3"
    assert repair_text(encoded) == SENTENCE


def test_repair_short_tcvn3() -> None:
    assert repair_text("®¶ng ñy x·") == "đảng ủy xã"
    assert repair_text("§¶ng ñy x·") == "Đảng ủy xã"


def test_repair_tcvn3_keeps_soft_hyphen_as_u_horn() -> None:
    assert repair_text("Ng\xadêi d©n x· NghÜa") == "Người dân xã Nghĩa"


def test_repair_vni_paragraph() -> None:
    encoded = vni(SENTENCE)
    assert detect_encoding(encoded) == "vni"
    assert repair_text(encoded) == SENTENCE
    assert repair_text("Daân vaän kheùo") == "Dân vận khéo"


def test_repair_mojibake() -> None:
    assert repair_text("Ä\x90áº£ng") == "Đảng"
    # Windows passes the five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    # through as C1 controls.
    broken = "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in SENTENCE.encode("utf-8")
    )
    latin = SENTENCE.encode("utf-8").decode("latin-1")
    assert repair_text(latin) == SENTENCE
    assert repair_text(broken) == SENTENCE


@pytest.mark.parametrize(
    "text",
    [
        SENTENCE,
        "Xuân Hoà, Hoà Bình: hoá đơn, thuở ấy, khuỷu tay, hoè, thuê nhà.",
        "Le garçon a mangé une crème brûlée à Noël, où l'été était froid.",
        "Ça, c'est ça. Où est la forêt? Naïve façade, cœur, œuvre, déjà.",
        "Société Générale © 2024 ® « Les Misérables » — 5 € · 10 ¶",
        "Thông báo số 12/TB-UBND, ngày 05/4/2024 — xem § 3.",
        "plain ascii text 123",
    ],
)
def test_repair_leaves_unicode_and_french_alone(text: str) -> None:
    assert repair_text(text) == unicodedata.normalize("NFC", text)


def test_repair_mixed_unicode_header_and_tcvn3_body() -> None:
    header = "ĐẢNG BỘ XÃ NGHĨA THÁI"
    body = iconv_tcvn(SENTENCE)
    assert repair_text(header + "\n" + body) == header + "\n" + SENTENCE


def test_repair_normalises_windows_1258_combining_marks() -> None:
    cp1258 = unicodedata.normalize("NFD", "Đảng ủy").encode("cp1258").decode("cp1258")
    assert cp1258 != "Đảng ủy"
    assert repair_text(cp1258) == "Đảng ủy"
