"""Marks Tesseract dropped between two words, put back from the gap they left.

Tesseract loses thin marks between words: the dash of "bán trú – bữa cơm" (the two words are
left a dash and two spaces apart) and the apostrophe of "H'Mông" (the letter and the word are
left touching). The text then reads "bán trú bữa cơm", "H Mông": wrong, and nothing in the
words shows it. The gaps do, measured against the line's own spaces:

- a gap of about a dash and two spaces between two words, on a line whose spaces are even,
  is a dash ("–", the dash typed between words) unless a table rule was taken off there or
  the next words open a label;
- a lone capital consonant touching a capitalised word is one name with an apostrophe
  ("H'Mông", "K'Ho", "M'Nông"): Vietnamese has no one-letter consonant word.

The restored words are not trusted: the joined name gets a low word confidence, and a value
with a dash read from a scan stays below the confident band anyway (`confidence._DASH`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from statistics import median

from documents.extraction.ocr_lines import _rows
from documents.extraction.ocr_words import PageText, Word

#: A dash and a space on each side, in the line's spaces: a typed en dash measured 3.1–3.5.
DASH_GAP = 2.6
#: ... but no wider than this, in the line's word height (columns are parted farther).
MAX_DASH_GAP = 1.8
#: A name split at its apostrophe: the two pieces this close, in the line's spaces.
TOUCHING = 0.35
#: The word confidence (0..100) a restored word gets: below the confident band.
RESTORED_CONF = 80.0
_CONSONANT = re.compile(r"^[BCDĐGHKLMNPQRSTVX]$")
_LABEL = re.compile(r":$")


def restore_marks(page: PageText) -> PageText:
    """The page with the dashes and apostrophes its gaps show put back."""
    rules = list(page.v_rules)
    words: list[Word] = []
    changed = False
    for row in _rows(page.words):
        mended = _mend_row(row, rules)
        changed = changed or mended != row
        words.extend(mended)
    return replace(page, words=words) if changed else page


def _space(row: list[Word], height: float) -> float | None:
    """The line's usual space between words; None when there are too few to tell."""
    gaps = [b.left - a.right for a, b in itertools.pairwise(row)]
    spaces = [g for g in gaps if 0 < g < 1.2 * height]
    return median(spaces) if len(spaces) >= 3 else None


def _mend_row(row: list[Word], rules: list[tuple[int, int, int]]) -> list[Word]:
    if len(row) < 4:
        return row
    height = median(w.height for w in row)
    space = _space(row, height)
    if space is None or space <= 0:
        return row
    out: list[Word] = [row[0]]
    for index, word in enumerate(row[1:], start=1):
        before = out[-1]
        gap = word.left - before.right
        if _is_split_name(before, word, gap, space):
            out[-1] = Word(before.left, min(before.top, word.top), word.right - before.left,
                           max(before.top + before.height, word.top + word.height)
                           - min(before.top, word.top),
                           min(before.conf, word.conf, RESTORED_CONF),
                           f"{before.text}'{word.text}")  # fmt: skip
            continue
        if _is_dropped_dash(before, word, gap, space, height, row[index:], rules):
            width = max(1, round(gap - 2 * space))
            out.append(Word(before.right + round(space), round(word.middle) - 1, width, 2,
                            min(before.conf, word.conf), "–"))  # fmt: skip
        out.append(word)
    return out


def _is_split_name(before: Word, word: Word, gap: int, space: float) -> bool:
    return (
        bool(_CONSONANT.match(before.text))
        and word.text[:1].isupper()
        and word.text[1:2].islower()
        and gap <= TOUCHING * space
    )


def _is_dropped_dash(
    before: Word,
    word: Word,
    gap: int,
    space: float,
    height: float,
    rest: list[Word],
    rules: list[tuple[int, int, int]],
) -> bool:
    if not DASH_GAP * space <= gap <= MAX_DASH_GAP * height:
        return False
    if not (before.text[-1:].isalnum() and word.text[:1].isalnum()):
        return False
    if any(_LABEL.search(w.text) for w in rest[:4]):
        return False  # "… Lếch   Chức vụ: …": the next field's label
    top = min(before.top, word.top)
    bottom = max(before.top + before.height, word.top + word.height)
    return not any(
        before.right <= x <= word.left and start <= bottom and end >= top for x, start, end in rules
    )
