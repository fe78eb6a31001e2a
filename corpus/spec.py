"""What a layout module provides, and the truth file it yields for each entry.

A layout renders one entry to a Word document and returns, from the same values it wrote, the
truth of that document. Deriving both from one set of values keeps them in step; the test
`tests/unit/corpus` also checks that every short truth value can be found in the document text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from docx.document import Document

FIELD_KEYS = (
    "unit_name",
    "model_name",
    "model_type",
    "domain",
    "leader_name",
    "leader_position",
    "phone",
    "location",
    "content",
    "results",
    "participants",
    "funds_vnd",
    "signed_date",
)

#: Image and converted variants an entry can have besides its .docx and text PDF.
VARIANTS = ("scan", "photo", "doc", "tcvn3-doc")  # a photo of a longer form is a PDF of photos

DOMAIN_VI = {
    "economy": "kinh tế",
    "culture_society": "văn hóa - xã hội",
    "security_defense": "quốc phòng - an ninh",
    "political_system": "xây dựng hệ thống chính trị",
}


@dataclass
class Truth:
    """The truth of one document, in the samples' format (`files` is filled by the build)."""

    kind: str
    fields: dict[str, Any]
    unit_id: str
    alt: dict[str, list[str]] = field(default_factory=dict)
    traits: list[str] = field(default_factory=list)
    #: Drawn on scans and photos (not part of the truth): the typed signer and the stamp text.
    signer: str | None = None
    stamp: str | None = None

    def as_json(self, layout: str, files: Sequence[str]) -> dict[str, Any]:
        fields = {key: self.fields.get(key) for key in FIELD_KEYS}
        unknown = set(self.fields) - set(FIELD_KEYS)
        if unknown:
            raise ValueError(f"unknown truth fields {sorted(unknown)}")
        return {
            "kind": self.kind,
            "fields": {k: nfc(v) if isinstance(v, str) else v for k, v in fields.items()},
            "layout": layout,
            "source": None,
            "unit_id": self.unit_id,
            "files": list(files),
            "alt": {k: [nfc(a) for a in v] for k, v in self.alt.items() if v},
            "traits": list(self.traits),
        }


@dataclass(frozen=True)
class Entry:
    """One filled document of a layout: its file stem, the variants built, its values."""

    stem: str
    variants: tuple[str, ...]
    values: dict[str, Any]


@dataclass(frozen=True)
class Layout:
    name: str
    kind: str
    sources: tuple[str, ...]  # ids of corpus/SOURCES.md
    render: Callable[[dict[str, Any]], tuple[Document, Truth]]
    entries: tuple[Entry, ...]
    landscape: bool = False


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Whitespace folded, NFC: how the truth stores free text."""
    return re.sub(r"\s+", " ", nfc(text)).strip()


def joined(paragraphs: Sequence[str]) -> str:
    """Paragraphs joined with one space, as the truth convention joins content and results."""
    return fold(" ".join(paragraphs))


def iso(day: int | None, month: int, year: int) -> str | None:
    return None if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def date_line(place: str, day: int | None, month: int, year: int, *, pad: bool = True) -> str:
    """'Nghĩa Thái, ngày 02 tháng 4 năm 2024'; a None day leaves the blank the office fills."""
    dd = "      " if day is None else (f"{day:02d}" if pad else str(day))
    mm = f"{month:02d}" if pad and month < 3 else str(month)
    return f"{place}, ngày {dd} tháng {mm} năm {year}"


def signer_alt(leader: Sequence[str], signer: Sequence[str]) -> list[str]:
    """The signature block's position, accepted for the person in charge when that person signs
    ("Bí thư Chi bộ" in the text, "BÍ THƯ" under "T/M CHI BỘ")."""
    same = fold(leader[0]).casefold() == fold(signer[0]).casefold()
    return [signer[1]] if same and leader[1] != signer[1] else []


def phone_digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return "0" + digits[2:] if digits.startswith("84") else digits
