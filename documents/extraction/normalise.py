"""Turn the text found next to a label into the contract's value formats.

Every parser returns None for something it cannot read rather than a guess; the ones whose
wording may hedge ("gần", "khoảng") also say so, because the office must know a figure is rough.

This module turns text into values; the matching keys live in `folding.py` and the ticked
options of a choice field in `choices.py`, both re-exported here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from documents.extraction.choices import (
    CHECKED,
    SYMBOL_BOXES,
    UNCHECKED,
    choose_option,
    parse_domain,
    parse_model_type,
    symbol_boxes,
)
from documents.extraction.folding import fold, fold_case, fold_ws, key

__all__ = [
    "CHECKED",
    "SYMBOL_BOXES",
    "UNCHECKED",
    "choose_option",
    "fold",
    "fold_case",
    "fold_ws",
    "key",
    "parse_domain",
    "parse_model_type",
    "symbol_boxes",
]

_OPEN_QUOTES = "“\"'‘«„"
_CLOSE_QUOTES = "”\"'’»“"
_TRAILING = ".,;:!?…·-–— \t"
_LEADERS = re.compile(r"(?:[.…_·]\s*){3,}")


def _balanced(inner: str) -> bool:
    depth = 0
    for ch in inner:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and inner.count('"') % 2 == 0


def strip_quotes(text: str) -> str:
    """Remove one pair of surrounding quotes, only when what stays inside is balanced."""
    while len(text) >= 2 and text[0] in _OPEN_QUOTES and text[-1] in _CLOSE_QUOTES:
        inner = text[1:-1].strip()
        if not _balanced(inner):
            break
        text = inner
    return text


def clean_text(text: str | None) -> str | None:
    """NFC, white space folded, dotted leaders, surrounding quotes and trailing punctuation gone."""
    if text is None:
        return None
    value = fold_ws(_LEADERS.sub(" ", text))
    for _ in range(3):
        before = value
        value = value.strip(_TRAILING)
        value = strip_quotes(value)
        if value == before:
            break
    return value or None


def clean_long_text(text: str | None) -> str | None:
    """Free text keeps its inner punctuation: only leaders and white space are folded."""
    if text is None:
        return None
    value = fold_ws(_LEADERS.sub(" ", text)).strip(" \t:")
    return value or None


# ---------------------------------------------------------------------------------- dates

_DATE_WORDS = re.compile(
    # "năm 20…26": a form printed with "năm 20" and the year's last digits filled in by hand
    r"ngay[\s.…_]*(\d{1,2})?[\s,./…_-]*thang[\s.…_]*(\d{1,2})?[\s,./…_-]*nam[\s.…_]*"
    r"(\d{4}(?!\d)|20[\s.…_]+\d{2}(?!\d))"
)
_DATE_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_DATE_BLANK = re.compile(r"ngay\s*(?:[.…_ ]*)\s*[/.-]?\s*(?:[.…_ ]*)\s*[/.-]\s*(\d{4})")


def _make_date(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str | None) -> date | None:
    """'…, ngày 02 tháng 4 năm 2024', '02/4/2024' → a date; a blank day gives None."""
    if not text:
        return None
    folded = fold(unicodedata.normalize("NFC", text))
    match = _DATE_WORDS.search(folded)
    if match:
        if not match.group(1) or not match.group(2):
            return None
        year = int(re.sub(r"\D", "", match.group(3)))
        return _make_date(int(match.group(1)), int(match.group(2)), year)
    match = _DATE_NUMERIC.search(folded)
    if match:
        return _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return None


def iso_date(text: str | None) -> str | None:
    parsed = parse_date(text)
    return parsed.isoformat() if parsed else None


# ---------------------------------------------------------------------------------- numbers

APPROXIMATE_WORDS = ("gan", "tren", "khoang", "hon", "xap xi", "uoc", "uoc tinh", "tren duoi")
_APPROX = re.compile(r"(?<![a-z])(?:" + "|".join(APPROXIMATE_WORDS) + r")(?![a-z])\s*$")


@dataclass(frozen=True)
class Number:
    """A figure read from text; `approximate` when the writer hedged it."""

    value: int
    approximate: bool = False


_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"
_MONEY = re.compile(
    r"(?P<num>" + _NUM + r")\s*(?P<unit>ty|trieu|trd|tr|nghin|ngan|dong|vnd|d)?(?![a-z])"
    r"(?:\s*(?P<num2>" + _NUM + r")\s*(?P<unit2>trieu|trd|tr|nghin|ngan)(?![a-z]))?"
)
_MULTIPLIER = {
    "ty": 1_000_000_000, "trieu": 1_000_000, "trd": 1_000_000, "tr": 1_000_000,
    "nghin": 1_000, "ngan": 1_000,
}  # fmt: skip


def _to_float(raw: str) -> float:
    """'.' groups thousands and ',' marks decimals; '1.5' (not a thousands group) is a decimal."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        raw = raw.replace(".", "")
    return float(raw.replace(",", "."))


def hedged(folded_before: str) -> bool:
    return bool(_APPROX.search(folded_before[-20:]))


def parse_money(text: str | None) -> Number | None:
    """'150 triệu đồng', '150.000.000đ', '1,5 tỷ đồng', '1 tỷ 200 triệu' → đồng."""
    if not text:
        return None
    folded = fold(unicodedata.normalize("NFC", text))
    for match in _MONEY.finditer(folded):
        unit = match.group("unit")
        num = match.group("num")
        if unit is None:
            continue  # a bare number is not money
        if unit == "d" and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d{4,}", num):
            continue  # "3 đ" is too weak to call money
        amount = _to_float(num) * _MULTIPLIER.get(unit, 1)
        if match.group("num2") and unit in _MULTIPLIER:
            amount += _to_float(match.group("num2")) * _MULTIPLIER[match.group("unit2")]
        return Number(round(amount), hedged(folded[: match.start()]))
    return None


def parse_amount(text: str | None) -> Number | None:
    """Money under a money label: a unit if written, else a bare sum of đồng ('350.000.000')."""
    found = parse_money(text)
    if found is not None or not text:
        return found
    folded = fold(unicodedata.normalize("NFC", text))
    match = re.search(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{5,})(?![\d,]|\.\d)", folded)
    if match is None:
        return None
    return Number(int(match.group(1).replace(".", "")), hedged(folded[: match.start()]))


_COUNT = re.compile(r"(?<![\d.,])(" + r"\d{1,3}(?:\.\d{3})+|\d+" + r")(?![\d,]|\.\d)")


def parse_count(text: str | None) -> Number | None:
    """'120 hộ', '1.200 người', 'khoảng 350 lượt người' → 120, 1200, 350 (approximate)."""
    if not text:
        return None
    folded = fold(unicodedata.normalize("NFC", text))
    found = list(_COUNT.finditer(folded))
    if not found:
        return None
    match = next((m for m in found if not counts_groups(folded, m.end())), found[0])
    return Number(int(match.group(1).replace(".", "")), hedged(folded[: match.start()]))


#: Groups or bodies the people come in ("5 dòng họ với 87 hộ", "12 tổ gồm 150 hội viên"): when
#: the people are counted too, the count of groups is not theirs.
_GROUPS = re.compile(
    r"\s+(?:dong ho|to|nhom|doi|thon|xom|ban|ap|lang|chi hoi|chi doan|chi bo|cau lac bo|clb|"
    r"khu dan cu|khu pho|lop|don vi|co quan|doanh nghiep|xa|phuong)\b(?!\s+vien\b)"
)  # "12 tổ viên", "50 đội viên", "30 xã viên" are people


def counts_groups(folded: str, end: int) -> bool:
    """Whether the number ending at `end` of a folded text counts groups or bodies ("5 dòng
    họ", "12 doanh nghiệp"), not people."""
    return _GROUPS.match(folded, end) is not None


# ---------------------------------------------------------------------------------- phones

_OLD_MOBILE = {
    **{f"016{d}": f"03{d}" for d in "23456789"},
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    "0186": "056", "0188": "058", "0199": "059",
}  # fmt: skip
_PHONE = re.compile(r"(?:\(?\+\s*84\)?|\b84(?=[\s.]?[1-9]\d{2}))?[\s.()-]*0?\d[\d\s.()-]{7,16}\d")


#: Characters in boxes: a declaration ("Tờ khai") writes a phone one digit to a box, which
#: reads as ten lone digits apart ("0 9 1 4 5 6 2 0 8 7", "0|9|1|…" from a scan's walls).
_BOXED_DIGITS = re.compile(r"(?<![^\s|])\d(?![^\s|])(?:[ \t|]+\d(?![^\s|])){8,11}")


def unbox_digits(text: str) -> str:
    """'0 9 1 4 5 6 2 0 8 7' → '0914562087': a run of nine or more lone digits is one number
    written in boxes; digits in groups ('0914 562 087') are left as written."""
    return _BOXED_DIGITS.sub(lambda m: re.sub(r"[\s|]", "", m.group(0)), text)


def parse_phone(text: str | None) -> str | None:
    """'0912.345.678', '+84 912 345 678', '(+84) 912345678', '0168…' (old) → '0912345678'."""
    if not text:
        return None
    for match in _PHONE.finditer(unbox_digits(text)):
        raw = match.group(0)
        international = raw.lstrip(" .(-").startswith(("+84", "84", "(+84")) and not raw.lstrip(
            " .(-"
        ).startswith("0")
        digits = re.sub(r"\D", "", raw)
        if international:
            digits = "0" + digits[2:].lstrip("0")
        if not digits.startswith("0"):
            continue
        if len(digits) == 11 and digits[:4] in _OLD_MOBILE:
            digits = _OLD_MOBILE[digits[:4]] + digits[4:]
        if len(digits) == 10 or (len(digits) == 11 and digits.startswith("02")):
            return digits
    return None


# ---------------------------------------------------------------------------------- people

_HONORIFIC = re.compile(
    # a word honorific ends its word: "Bàn Văn Lợi" (a Dao surname) keeps its "Bà"
    r"^(?:(?:(?:đ/c|đ/\s*c|đc|đồng\s+chí|ông|bà|anh|chị|cô|thầy|ngài|mr|mrs|ms|"
    r"(?:đại|thượng|trung|thiếu)\s+(?:úy|uý|tá|tướng))(?![^\W\d_])\.?|"
    # degrees written before a name: cử nhân, thạc sĩ, tiến sĩ, kỹ sư, bác sĩ, dược sĩ; with
    # or without their stop ("BSCKI Bá Thị …"): no Vietnamese syllable is all consonants
    r"(?:pgs\.?\s*)?(?:cn|ths|ts|ks|bs|ds|bsck[12i]+)(?:\.(?=\s*\w)|\s+(?=\w)))\s*[:.]?\s*)+",
    re.IGNORECASE,
)

_KEEP_UPPER = {
    "UBND", "HĐND", "MTTQ", "UBMTTQ", "CCB", "LHPN", "THCS", "THPT", "CHQS", "BCH", "BCHQS",
    "BTV", "BCĐ", "ĐTN", "TNCS", "HTX", "CAX", "CA", "QS", "VN", "BHYT", "BHXH", "VP",
}  # fmt: skip


def strip_honorific(name: str) -> str:
    return _HONORIFIC.sub("", name.strip()).strip()


def position_case(text: str) -> str:
    """'BÍ THƯ CHI BỘ' → 'Bí thư chi bộ': signature blocks are typed in capitals."""
    words = fold_ws(text).split(" ")
    out = []
    for n, word in enumerate(words):
        if word in _KEEP_UPPER or not word.isupper():
            out.append(word)
        else:
            lower = word.lower()
            out.append(lower[:1].upper() + lower[1:] if n == 0 else lower)
    return " ".join(out)
