"""Agreement with the units file: evidence the form alone cannot give.

A unit name that is exactly one unit of the commune (by the matcher's keys) is sure; one that is
only close to a unit ("Chi bộ Trường Tiểu học Nghĩa", a line cut short) or like none is not,
whatever the form's layout said. A person in charge who is the unit's usual contact is sure too, when the form's own evidence
for that person was nearly enough.
Runs where the units are known: the pipeline (with the loaded directory) and `dvk score --units`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from documents.contract import Extraction
from documents.extraction.accents import bare, tone_key
from documents.extraction.classify import INFERRED
from documents.extraction.fields.confidence import CONFIDENT, SIGNED_FOR_ANOTHER
from documents.extraction.fields.found import ISSUER
from documents.extraction.name_slips import mend_names
from documents.extraction.normalise import key

SURE = 0.95
EXACT = 100.0
LIKE = 70.0
#: The contact is the unit's usual person, not always the model's: being the contact confirms a
#: leader the form itself nearly settled, never one it read as a guess (a list of people, a
#: signer when a person in charge was named but not read).
NEARLY = 0.85


class RankedUnit(Protocol):
    @property
    def unit_id(self) -> str: ...
    @property
    def unit_name(self) -> str: ...
    @property
    def score(self) -> float: ...


class UnitsLookup(Protocol):
    @property
    def contacts(self) -> Mapping[str, str]: ...
    @property
    def words(self) -> frozenset[str]: ...
    @property
    def labels(self) -> frozenset[str]: ...

    def rank(self, document_names: Sequence[str]) -> Sequence[RankedUnit]: ...


def corroborate(result: Extraction, units: UnitsLookup) -> Extraction:
    """The extraction with unit and leader confidence set by agreement with the units file,
    and on a scan the units' place names it misread by one letter spelled as the file does."""
    result, mended = _mend_names(result, units)
    result = _corroborate_unit(result, units)
    if not mended:
        return result
    confidence = dict(result.confidence)
    doubts = dict(result.doubts)
    for name, read in mended.items():
        confidence[name] = min(confidence.get(name, MENDED), MENDED)
        doubts[name] = (
            f"Cần kiểm tra (độ tin cậy {confidence[name]:.2f}): bản quét đọc «{read}», "
            "dvk sửa tên theo danh sách đơn vị"
        )
    return replace(result, confidence=confidence, doubts=doubts)


#: A value whose name dvk spelled again from the units file: a guess the office checks.
MENDED = 0.89
#: Fields that name the commune's places and units.
_NAMED = ("unit_name", "location", "leader_position")


def _mend_names(result: Extraction, units: UnitsLookup) -> tuple[Extraction, dict[str, str]]:
    if not result.source.endswith("ocr"):
        return result, {}
    fields = dict(result.fields)
    mended: dict[str, str] = {}
    for name in _NAMED:
        value = fields.get(name)
        if isinstance(value, str) and (spelled := mend_names(value, units.labels)) != value:
            fields[name], mended[name] = spelled, value
    return (replace(result, fields=fields), mended) if mended else (result, {})


def _corroborate_unit(result: Extraction, units: UnitsLookup) -> Extraction:
    unit = result.fields.get("unit_name")
    if not isinstance(unit, str) or INFERRED in result.warnings:
        return result  # a kind inferred from what the paper tells: its values stay for review
    ranked = units.rank([unit])
    confidence = dict(result.confidence)
    doubts = dict(result.doubts)
    best = ranked[0] if ranked else None
    exact = (
        best is not None and best.score >= EXACT and (len(ranked) < 2 or ranked[1].score < EXACT)
    )
    slips = misread_marks(unit, [best.unit_name, *units.words]) if exact and best else []
    if slips and result.source.endswith("ocr"):
        confidence["unit_name"] = min(confidence.get("unit_name", 0.89), 0.89)
        doubts["unit_name"] = (
            f"Cần kiểm tra tên đơn vị (độ tin cậy {confidence['unit_name']:.2f}): chữ quét có "
            f"dấu khác với danh sách đơn vị: {', '.join(slips[:3])}"
        )
    elif exact and best is not None and _not_the_unit(doubts.get("unit_name", "")):
        pass  # a unit of the file, but the document says the form is not its own
    elif exact and best is not None:
        _raise(confidence, doubts, "unit_name")
        contact = units.contacts.get(best.unit_id)
        leader = result.fields.get("leader_name")
        own = confidence.get("leader_name", 0.0)
        # the key folds marks away: "Đặng" read for the file's "Đàng" is not vouched for
        same = isinstance(leader, str) and key(contact or "") == key(leader)
        if contact and same and own >= NEARLY and _spelled_alike(contact, str(leader)):
            _raise(confidence, doubts, "leader_name")
    else:
        near = best is not None and best.score >= LIKE
        why = (f"gần giống «{best.unit_name}» trong danh sách nhưng không khớp hẳn"
               if near and best is not None else "không khớp đơn vị nào trong danh sách")  # fmt: skip
        cap = 0.89 if near else 0.8
        confidence["unit_name"] = min(confidence.get("unit_name", cap), cap)
        doubts["unit_name"] = (
            f"Cần kiểm tra tên đơn vị (độ tin cậy {confidence['unit_name']:.2f}): {why}"
        )
    return replace(result, confidence=confidence, doubts=doubts)


def misread_marks(value: str, words: Iterable[str]) -> list[str]:
    """Words of a scanned value whose letters the units' names have but never with these tones
    or hats ("NGHĨA THAI" where the file writes "Nghĩa Thái"): the match folds diacritics, so
    it cannot vouch for them."""
    spelled: dict[str, set[str]] = {}
    for word in _WORD.findall(" ".join(words)):
        spelled.setdefault(bare(word), set()).add(tone_key(word))
    words = _WORD.findall(value)
    return [w for w in words if bare(w) in spelled and tone_key(w) not in spelled[bare(w)]]


_WORD = re.compile(r"[^\W\d_]+")


def _spelled_alike(a: str, b: str) -> bool:
    """The same words with the same marks, whatever the case, spacing and tone placement."""

    def words(text: str) -> list[str]:
        return [tone_key(w) for w in unicodedata.normalize("NFC", text).split()]

    return words(a) == words(b)


def _raise(confidence: dict[str, float], doubts: dict[str, str], name: str) -> None:
    if confidence.get(name, 0.0) < SURE:
        confidence[name] = SURE
    if confidence[name] >= CONFIDENT:
        doubts.pop(name, None)


def _not_the_unit(doubt: str) -> bool:
    """The form's signer stands for another body, or the header is the body that issued a
    decision or record about the unit: knowing the name says nothing of whose form it is."""
    return SIGNED_FOR_ANOTHER in doubt or ISSUER in doubt
