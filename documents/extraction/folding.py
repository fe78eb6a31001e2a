"""Matching keys of Vietnamese text: diacritics folded away (Đ→D) keeping the text's length,
so that offsets found on the folded text map back to the original. Every other text module
matches on these keys; they live apart so that `choices.py` and `normalise.py` share them."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")


def _fold_table() -> dict[int, str]:
    """Latin letters with diacritics → their base letter, one character for one (Đ→D too)."""
    table = {ord("Đ"): "D", ord("đ"): "d"}
    for start, end in ((0xC0, 0x250), (0x1E00, 0x1F00)):
        for cp in range(start, end):
            base = unicodedata.normalize("NFD", chr(cp))[0]
            if base != chr(cp) and ord(base) < 128:
                table[cp] = base
    return table


_FOLD = _fold_table()


def fold_case(text: str) -> str:
    """Strip diacritics (Đ→D) keeping case and length, so offsets map back to the NFC text."""
    return text.translate(_FOLD)


def fold(text: str) -> str:
    """The matching key: no diacritics, lower case, same length as the NFC input."""
    folded = text.translate(_FOLD).lower()
    if len(folded) == len(text):
        return folded
    return "".join(ch.lower()[:1] or ch for ch in text.translate(_FOLD))


def key(text: str) -> str:
    """A comparison key: NFC, folded, punctuation to spaces, white space collapsed."""
    folded = fold(unicodedata.normalize("NFC", text))
    return _WS.sub(" ", re.sub(r"[^0-9a-z]+", " ", folded)).strip()


def fold_ws(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()
