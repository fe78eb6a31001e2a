"""Legacy Vietnamese encodings (TCVN3, VNI) and UTF-8 mojibake, turned into Unicode NFC.

Before Unicode, Vietnamese offices typed in 8-bit fonts: the bytes are ordinary Latin-1 codes
and only the font (".VnTime", "VNI-Times") draws them as Vietnamese letters. A .docx keeps the
font name per run, so `convert_legacy` decodes exactly; PDF or plain text lost the font, so
`repair_text` recognises the encodings by their character statistics, with thresholds that
leave real Vietnamese Unicode and French text alone.

The TCVN3 table is glibc's `localedata/charmaps/TCVN5712-1` (the same as libiconv `tcvn.h`);
the VNI table follows the VNI keyboard layout (base letter, then a mark byte), generated from
its rules below rather than typed letter by letter.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable

# --- TCVN3 (TCVN 5712:1993) ----------------------------------------------------------------

#: Bytes 0x80..0x9F (capital toned letters of VN1; .VnTime fonts rarely use them).
_TCVN_80 = (
    "\xc0\u1ea2\xc3\xc1\u1ea0\u1eb6\u1eac\xc8\u1eba\u1ebc\xc9\u1eb8\u1ec6\xcc\u1ec8\u0128"
    "\xcd\u1eca\xd2\u1ece\xd5\xd3\u1ecc\u1ed8\u1edc\u1ede\u1ee0\u1eda\u1ee2\xd9\u1ee6\u0168"
)
#: Bytes 0xA1..0xFF.
_TCVN_A1 = (
    "\u0102\xc2\xca\xd4\u01a0\u01af\u0110\u0103\xe2\xea\xf4\u01a1\u01b0\u0111\u1eb0"
    "\u0300\u0309\u0303\u0301\u0323\xe0\u1ea3\xe3\xe1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf"
    "\u1eb4\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\xe8"
    "\u1ec2\u1ebb\u1ebd\xe9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\xec\u1ec9\u1ec4\u1ebe\u1ed2"
    "\u0129\xed\u1ecb\xf2\u1ed4\u1ecf\xf5\xf3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd"
    "\u1edf\u1ee1\u1edb\u1ee3\xf9\u1ed6\u1ee7\u0169\xfa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1"
    "\u1ef3\u1ef7\u1ef9\xfd\u1ef5\u1ed0"
)
#: Control bytes that VN1 reuses for capitals.
_TCVN_CTRL = {
    0x01: "\xda", 0x02: "\u1ee4", 0x04: "\u1eea", 0x05: "\u1eec", 0x06: "\u1eee",
    0x11: "\u1ee8", 0x12: "\u1ef0", 0x13: "\u1ef2", 0x14: "\u1ef6", 0x15: "\u1ef8",
    0x16: "\xdd", 0x17: "\u1ef4",
}  # fmt: skip


def _byte_chars(byte: int) -> set[str]:
    """Every character a text run may hold for one legacy byte.

    Word stores a legacy-font byte as its Windows-1252 character (0x80 becomes "€"), other
    tools as the Latin-1 code point, symbol-font aware ones as U+F000 + byte.
    """
    chars = {chr(byte), chr(0xF000 + byte)}
    with contextlib.suppress(UnicodeDecodeError):
        chars.add(bytes([byte]).decode("cp1252"))
    return chars


def _build_tcvn() -> dict[str, str]:
    table: dict[str, str] = {}
    for offset, letter in enumerate(_TCVN_80):
        for char in _byte_chars(0x80 + offset):
            table[char] = letter
    for offset, letter in enumerate(_TCVN_A1):
        for char in _byte_chars(0xA1 + offset):
            table[char] = letter
    for byte, letter in _TCVN_CTRL.items():
        table[chr(byte)] = letter
    return table


TCVN3_TABLE: dict[str, str] = _build_tcvn()
_TCVN_TRANS = str.maketrans(TCVN3_TABLE)

#: Characters that TCVN3 text is full of and Unicode Vietnamese never uses (symbols and
#: Latin-1 letters foreign to Vietnamese). Their share decides whether text is TCVN3.
_TCVN_MARKERS = frozenset("¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ")

# --- VNI -----------------------------------------------------------------------------------

_TONES = {
    "acute": "\u0301",
    "grave": "\u0300",
    "hook": "\u0309",
    "tilde": "\u0303",
    "dot": "\u0323",
}
_TONE_ORDER = ("acute", "grave", "hook", "tilde", "dot")
#: The byte VNI types after a vowel for each tone, and after a/e/o for circumflex + tone and
#: after a for breve + tone (lowercase; capitals use the uppercase Latin-1 letter).
_VNI_TONE = "ùøûõï"
_VNI_CIRC, _VNI_CIRC_TONE = "â", "áàåãä"
_VNI_BREVE, _VNI_BREVE_TONE = "ê", "éèúüë"
#: Single-byte letters: (VNI char, Unicode base, tone or None).
_VNI_SINGLE = (
    ("ô", "ơ", None), ("ö", "ư", None), ("ñ", "đ", None), ("î", "y", "dot"),
    ("í", "i", "acute"), ("ì", "i", "grave"), ("æ", "i", "hook"), ("ó", "i", "tilde"),
    ("ò", "i", "dot"),
)  # fmt: skip


def _compose(base: str, *marks: str) -> str:
    return unicodedata.normalize("NFC", base + "".join(marks))


def _build_vni() -> dict[str, str]:
    lower: dict[str, str] = {}
    for vni, base, tone in _VNI_SINGLE:
        lower[vni] = _compose(base, _TONES[tone]) if tone else base
    for base in "aeouy":
        for tone, byte in zip(_TONE_ORDER, _VNI_TONE, strict=True):
            lower[base + byte] = _compose(base, _TONES[tone])
    for base in "aeo":
        lower[base + _VNI_CIRC] = _compose(base, "\u0302")
        for tone, byte in zip(_TONE_ORDER, _VNI_CIRC_TONE, strict=True):
            lower[base + byte] = _compose(base, "\u0302", _TONES[tone])
    lower["a" + _VNI_BREVE] = "ă"
    for tone, byte in zip(_TONE_ORDER, _VNI_BREVE_TONE, strict=True):
        lower["a" + byte] = _compose("a", "\u0306", _TONES[tone])
    for horn_vni, horn in (("ô", "ơ"), ("ö", "ư")):
        for tone, byte in zip(_TONE_ORDER, _VNI_TONE, strict=True):
            lower[horn_vni + byte] = _compose(horn, _TONES[tone])
    table = dict(lower)
    for key, letter in lower.items():
        table[key.upper()] = letter.upper()
    return table


VNI_TABLE: dict[str, str] = _build_vni()
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(VNI_TABLE, key=len, reverse=True)))
#: Two-byte VNI sequences (vowel + mark byte): their density decides whether text is VNI.
_VNI_PAIR_RE = re.compile(
    "|".join(re.escape(k) for k in VNI_TABLE if len(k) == 2 and k[0] not in "ôöÔÖ")
    + "|[ôöÔÖ][ùøûõïÙØÛÕÏ]"
)


def _decode_vni(text: str) -> str:
    return _VNI_RE.sub(lambda m: VNI_TABLE[m.group(0)], text)


def _decode_tcvn(text: str) -> str:
    return text.translate(_TCVN_TRANS)


# --- font runs -----------------------------------------------------------------------------


def legacy_encoding(font_name: str | None) -> str | None:
    """ "tcvn3", "tcvn3-upper" (the ...H fonts), "vni" or None for a font name."""
    if not font_name:
        return None
    name = font_name.strip()
    if name.lower().startswith(".vn"):
        return "tcvn3-upper" if name.endswith("H") else "tcvn3"
    if name.lower().startswith("vni-") or name.lower().startswith("vni "):
        return "vni"
    return None


def convert_legacy(text: str, font_name: str | None) -> str:
    """A text run decoded according to its font; runs in other fonts only become NFC."""
    encoding = legacy_encoding(font_name)
    if encoding == "tcvn3":
        text = _decode_tcvn(text)
    elif encoding == "tcvn3-upper":
        # .VnTimeH draws every code as a capital: lowercase codes are how capitals are typed.
        text = _decode_tcvn(text).upper()
    elif encoding == "vni":
        text = _decode_vni(text)
    return unicodedata.normalize("NFC", text)


# --- detection without a font --------------------------------------------------------------

_CP1252_BYTE: dict[str, int] = {}
for _byte in range(0x80, 0x100):
    _CP1252_BYTE[chr(_byte)] = _byte
    with contextlib.suppress(UnicodeDecodeError):
        _CP1252_BYTE[bytes([_byte]).decode("cp1252")] = _byte


def _chars_for(lo: int, hi: int) -> str:
    return "".join(re.escape(c) for c, b in _CP1252_BYTE.items() if lo <= b <= hi)


_CONT = f"[{_chars_for(0x80, 0xBF)}]"
_MOJIBAKE_RE = re.compile(
    f"[{_chars_for(0xC2, 0xDF)}]{_CONT}"
    f"|[{_chars_for(0xE0, 0xEF)}]{_CONT}{{2}}"
    f"|[{_chars_for(0xF0, 0xF4)}]{_CONT}{{3}}"
)


def _unmojibake(match: re.Match[str]) -> str:
    raw = bytes(_CP1252_BYTE[c] for c in match.group(0))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group(0)


def _is_vietnamese_unicode(char: str) -> bool:
    """Letters only Unicode Vietnamese text has (outside Latin-1)."""
    return char in "ăĂđĐơƠưƯĩĨũŨ" or "\u1ea0" <= char <= "\u1ef9"


def _stats(text: str) -> tuple[int, int, int, int]:
    """(non-ASCII chars, TCVN3 markers, VNI pairs, Unicode-only Vietnamese letters)."""
    non_ascii = sum(1 for c in text if c >= "\x80")
    markers = sum(1 for c in text if c in _TCVN_MARKERS)
    pairs = len(_VNI_PAIR_RE.findall(text))
    unicode_vn = sum(1 for c in text if _is_vietnamese_unicode(c))
    return non_ascii, markers, pairs, unicode_vn


def detect_encoding(text: str) -> str | None:
    """ "mojibake", "tcvn3", "vni" or None (already Unicode, or too little evidence)."""
    non_ascii, markers, pairs, unicode_vn = _stats(text)
    if not non_ascii:
        return None
    mojibake = sum(
        len(m.group(0)) for m in _MOJIBAKE_RE.finditer(text) if _unmojibake(m) != m.group(0)
    )
    if mojibake >= 2 and mojibake * 2 >= non_ascii:
        return "mojibake"
    # Real Unicode Vietnamese is full of ă/đ/ơ/ư/ạ…; legacy text has (almost) none of them.
    if markers >= 2 and markers * 2 >= non_ascii and unicode_vn * 4 <= markers:
        return "tcvn3"
    if pairs >= 2 and pairs * 2 * 10 >= non_ascii * 6 and unicode_vn * 4 <= pairs:
        return "vni"
    return None


_DECODERS: dict[str, Callable[[str], str]] = {
    "mojibake": lambda text: _MOJIBAKE_RE.sub(_unmojibake, text),
    "tcvn3": _decode_tcvn,
    "vni": _decode_vni,
}


def repair_text(text: str) -> str:
    """Text of unknown encoding (PDF, plain text) in Unicode NFC.

    The decision is taken on the whole text (one line has too few letters to be sure), then
    lines that are plainly Unicode already (Vietnamese letters, no legacy marks) are kept as
    they are, so a PDF mixing a Unicode header with a TCVN3 body comes out whole.
    """
    encoding = detect_encoding(text)
    if encoding is None:
        return unicodedata.normalize("NFC", text)
    decode = _DECODERS[encoding]
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        _, markers, pairs, unicode_vn = _stats(line)
        legacy_evidence = markers if encoding == "tcvn3" else pairs
        if encoding != "mojibake" and unicode_vn and not legacy_evidence:
            out.append(line)
        else:
            out.append(decode(line))
    return unicodedata.normalize("NFC", "\n".join(out))
