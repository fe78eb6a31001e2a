"""What people type into the register's forms, read the Vietnamese way, and shown back the same way.

Dates: 05/04/2024, 5/4/2024, 2024-04-05 (and "ngày 5 tháng 4 năm 2024"). Numbers group thousands
with dots or spaces (1.500.000); money may say its unit (150 triệu, 1,5 tỷ, 150.000.000 đồng).
The whole entry must be one value: "khoảng 150 triệu" or "2/4/2024 và 3/4/2024" are refused with
a message, never half-read. The reading itself is `documents.extraction.normalise`'s.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from documents.extraction.normalise import fold, parse_date, parse_money

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")
_WORDS = re.compile(r"ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*,?\s*nam\s*\d{4}")
_INTEGER = re.compile(r"\d{1,3}(?:[. ]\d{3})+|\d+")
_AMOUNT = r"\d[\d.,]*\s*(?:ty|trieu|trd|tr|nghin|ngan)"
_MONEY = re.compile(rf"{_AMOUNT}(?:\s*\d[\d.,]*\s*(?:trieu|trd|tr|nghin|ngan))?\s*(?:dong|vnd|d)?|"
                    r"(?:\d{1,3}(?:[. ]\d{3})+|\d+)\s*(?:dong|vnd|d)")  # fmt: skip


class FieldInputError(ValueError):
    """An entry that is not a value of its field; the message says what to type instead."""


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def parse_date_input(text: str) -> date:
    """A date typed as dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd or in words."""
    value = _clean(text)
    folded = fold(value)
    found: date | None = None
    if iso := _ISO.fullmatch(value):
        try:
            found = date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            found = None
    elif _DMY.fullmatch(value) or _WORDS.fullmatch(folded):
        found = parse_date(value)
    else:
        raise FieldInputError(
            f"«{value}» không phải ngày: hãy nhập dạng ngày/tháng/năm, ví dụ 05/04/2024"
        )
    if found is None:
        raise FieldInputError(f"«{value}» không phải một ngày có thật")
    return found


def parse_integer_input(text: str) -> int:
    """A whole number: 1500, 1.500 or 1 500."""
    value = _clean(text)
    if not _INTEGER.fullmatch(value):
        raise FieldInputError(f"«{value}» không phải số nguyên: hãy nhập chữ số, ví dụ 1.500")
    return int(re.sub(r"\D", "", value))


def parse_money_input(text: str) -> int:
    """A sum in đồng: 1.500.000, 1.500.000 đ, 150 triệu, 1,5 tỷ, 1 tỷ 200 triệu."""
    value = _clean(text)
    if _INTEGER.fullmatch(value):
        return parse_integer_input(value)
    folded = fold(value)
    money = parse_money(value) if _MONEY.fullmatch(folded) else None
    if money is None:
        raise FieldInputError(
            f"«{value}» không phải số tiền: hãy nhập số đồng, ví dụ 1.500.000 hoặc 150 triệu"
        )
    return money.value


def format_integer(value: object) -> str:
    """1500000 → "1.500.000"; anything that is not a whole number as it is."""
    if isinstance(value, int) and not isinstance(value, bool):
        sign = "-" if value < 0 else ""
        return sign + f"{abs(value):,}".replace(",", ".")
    return "" if value is None else str(value)


def format_date(value: object) -> str:
    """A contract date ("2024-04-05") as 05/04/2024; anything else as it is."""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return "" if value is None else str(value)
