"""How sure a value is, from its evidence: stage four of the reader.

The evidence: how the value was tied to its field (a label on the same line or in the next cell
is strong, a signer taken as the person in charge is a convention), how surely the label named
the field (exact, a longer label, a fuzzy match), whether the value passed its field's validator,
whether another reading of the document agrees or disagrees, and for scans how well the OCR
read the words. The weights were set on the development corpora (samples, realforms, generated
layouts, simulated scans and photos) so that values at 0.9 and above are right at least 99.5 %
of the time there (`dvk score --calibration`); every value below 0.9 goes to review with the
reason it was not trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.accents import slip_doubts
from documents.extraction.fields.candidates import Candidate
from documents.extraction.fields.found import ISSUER, TOLD, Method
from documents.extraction.fields.lines import dangling_end
from documents.extraction.fields.table_years import COLUMNS_JOINED, COPIED
from documents.extraction.fields.validate import GOOD, ODD, Verdict
from documents.extraction.lexicon import unknown_words

CONFIDENT = 0.9
#: Free text whose start or end was not found at a clear boundary (or text under "Mục tiêu"
#: taken for the content) stays below `CONFIDENT`.
UNSURE_BOUNDS = 0.85
ISSUER_CAP = 0.85

#: What a value is worth from how it was found, before the other evidence.
BASE: dict[Method, float] = {
    Method.INLINE: 0.9,
    Method.CELL: 0.9,
    Method.NEXT_LINES: 0.88,
    Method.CELL_BELOW: 0.85,
    Method.COLUMN: 0.88,
    Method.SECTION: 0.88,
    Method.HEADER: 0.86,
    Method.SIGNATURE: 0.84,
    Method.PROSE: 0.84,
    Method.TITLE: 0.78,
    Method.DATE_LINE: 0.93,
    # A count or sum picked out of the results text is inferred, not written under a label:
    # it reaches 0.9 only when another reading agrees.
    Method.FIGURES: 0.82,
    # The office showed where this field sits on this layout, once: a value that also looks
    # right (its validator says so) is trusted, any other goes to review.
    Method.MEMORY: 0.86,
}
#: What each time a memory's value had to be corrected again costs it.
MEMORY_MISS = 0.1

#: Reasons, in Vietnamese, for the office.
WHY_METHOD = {
    Method.SIGNATURE: "lấy theo người ký vì phiếu không ghi người phụ trách",
    Method.PROSE: "đọc từ câu văn, không có nhãn",
    Method.TITLE: "đọc từ tiêu đề văn bản",
    Method.FIGURES: "đọc từ số liệu trong phần kết quả",
    Method.HEADER: "đọc từ tiêu đề góc trái văn bản",
    Method.CELL_BELOW: "giá trị nằm ở ô phía dưới nhãn",
    Method.MEMORY: "đọc theo vị trí văn phòng đã chỉ trên mẫu phiếu này",
}


@dataclass(frozen=True)
class Evidence:
    candidate: Candidate
    verdict: Verdict
    agree: int = 0  # other readings with the same value
    disagree: int = 0  # other strong readings with another value
    quality: float | None = None  # OCR word confidence of the value's cells (None: text layer)
    ocr: bool = False
    mended: tuple[str, ...] = ()  # words of the value whose diacritics OCR's `accents` changed


def score(evidence: Evidence) -> tuple[float, list[str]]:
    """(confidence 0..0.99, reasons it is not higher)."""
    c, v = evidence.candidate, evidence.verdict
    reasons: list[str] = []
    conf = BASE[c.method] * _label_factor(c.strength)
    if c.doubt:
        reasons.append(c.doubt)
    elif c.strength < 1.0:
        reasons.append("nhãn không khớp hẳn với mẫu")
    if c.method in WHY_METHOD:
        reasons.append(WHY_METHOD[c.method])
    if v.score == GOOD:
        conf += 0.07
    elif v.score == ODD:
        conf -= 0.2
    if v.reason:
        reasons.append(v.reason)
    if v.approximate:
        conf -= 0.15
    conf += 0.04 * min(evidence.agree, 2)
    if c.method is Method.MEMORY and c.misses:
        conf -= MEMORY_MISS * c.misses
        reasons.append("vị trí đã học từng cho giá trị phải sửa lại")
    if evidence.disagree:
        conf -= 0.2
        reasons.append("văn bản ghi giá trị khác ở chỗ khác")
    if c.doubt and c.name in LONG_TEXT:  # its bounds or its role are unsure (`passages.py`)
        conf = min(conf, UNSURE_BOUNDS)
    if c.doubt == ISSUER:  # the body issuing the document, maybe about another unit
        conf = min(conf, ISSUER_CAP)
    if c.doubt in (COLUMNS_JOINED, COPIED, TOLD):  # one of several value columns (`table_years.py`)
        conf = min(conf, ISSUER_CAP)
    if c.name in EXACT_TEXT and dangling_end(str(v.value)):  # "…, ấp": cut at a line's end
        conf = min(conf, ISSUER_CAP)
        reasons.append(CUT_SHORT)
    conf, ocr_reasons = _ocr(conf, evidence)
    conf, mended_reasons = _mended(conf, evidence)
    return round(max(0.0, min(conf, 0.99)), 2), reasons + ocr_reasons + mended_reasons


#: Why a short value that ends where its words cannot is unsure.
CUT_SHORT = "giá trị dừng ở từ chưa trọn ý, có thể bị cắt ở cuối dòng"


def _label_factor(strength: float) -> float:
    if strength >= 1.0:
        return 1.0
    if strength >= 0.85:
        return 0.93
    return 0.85


#: The header names only a superior body and the signer signs for another one: the units file
#: cannot settle whose form it is (`corroborate` leaves it unsure).
SIGNED_FOR_ANOTHER = "người ký thay mặt một đơn vị khác với đơn vị ở đầu văn bản"

#: Fields whose every letter counts (a name misread by one diacritic is wrong).
EXACT_TEXT = frozenset({"unit_name", "model_name", "leader_name", "leader_position", "location"})
#: Fields of digits: one misread digit spoils them too.
DIGITS = frozenset({"phone", "participants", "funds_vnd", "signed_date"})
LONG_TEXT = frozenset({"content", "results"})
#: A dash between words: Tesseract does not tell a hyphen from an en dash.
_DASH = re.compile(r"\s[-–—]\s")


#: A value with a word whose diacritics dvk mended stays below `CONFIDENT`: the mending is a
#: guess from a word list; only the units file (`corroborate`) can confirm it.
MENDED_CAP = 0.89


def _mended(conf: float, evidence: Evidence) -> tuple[float, list[str]]:
    if not evidence.mended or evidence.candidate.name not in EXACT_TEXT:
        return conf, []
    words = ", ".join(evidence.mended[:3])
    return min(conf, MENDED_CAP), [f"dấu thanh của từ “{words}” do dvk tự sửa từ bản quét"]


def _ocr(conf: float, evidence: Evidence) -> tuple[float, list[str]]:
    """Scans: the words' own doubts, then a hook Tesseract may have read as an acute
    (`accents.slip_doubts`): kept as read, below the confident band."""
    conf, reasons = _ocr_words(conf, evidence)
    if not evidence.ocr or evidence.candidate.name not in EXACT_TEXT:
        return conf, reasons
    if slips := slip_doubts(str(evidence.verdict.value)):
        conf = min(conf, 0.87)
        reasons = [*reasons, f"dấu hỏi hay dấu sắc đọc từ bản quét có thể sai: {slips[0]}"]
    return conf, reasons


def _ocr_words(conf: float, evidence: Evidence) -> tuple[float, list[str]]:
    """Scans: a value is only as sure as the least sure word of the cells it was read from,
    and a name with a word Tesseract's Vietnamese dictionary does not know is a misreading."""
    if not evidence.ocr:
        return conf, []
    name = evidence.candidate.name
    quality = evidence.quality if evidence.quality is not None else 0.0
    if name in LONG_TEXT:  # a scan's lines may come out of order: measured 0.94 right
        return min(conf, 0.89), ["đoạn văn đọc từ bản quét, có thể lẫn thứ tự dòng"]
    if name not in EXACT_TEXT | DIGITS:
        return conf - 0.02, []  # enums and free text survive a slip in one word
    if name in EXACT_TEXT and (odd := unknown_words(str(evidence.verdict.value))):
        return min(conf, 0.85) - 0.02, [f"từ có thể bị đọc sai: {', '.join(odd[:3])}"]
    if name in EXACT_TEXT and _DASH.search(str(evidence.verdict.value)):
        return min(conf, 0.87), ["dấu gạch đọc từ bản quét (“-” hay “–”) có thể sai"]
    if quality >= 0.9:
        return conf - 0.02, []
    if quality >= 0.75:
        return conf - 0.1, ["chữ quét không thật rõ"]
    return conf - 0.2, ["chữ quét mờ, có thể đọc sai"]
