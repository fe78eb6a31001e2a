"""Marks Tesseract dropped between two words, put back from the gap they left.

Tesseract loses thin marks between words: the dash of "bán trú – bữa cơm" (the two words are
left a dash and two spaces apart) and the apostrophe of "H'Mông" (the letter and the word are
left touching). The text then reads "bán trú bữa cơm", "H Mông": wrong, and nothing in the
words shows it. The gaps do, measured against the line's own spaces:

- a gap of about a dash and two spaces between two words, on a line whose spaces are even,
  is a dash ("–", the dash typed between words) unless it lies in a ruled table (a rule was
  taken off across it, or above and below it), the line has a wide gap after it (a table's row),
  the next words open a label, or a line nearby starts a column where the next word starts;
- a dash Tesseract did read is always "-" (or "—"): its width tells which it is. A hyphen is a
  third of the line's word height wide, the en dash Word types between words ("sáng – xanh",
  "2025 – 2026", "Lò Văn Tú – Phó trưởng bản") about two thirds; the wide ones become "–";
- a lone capital consonant touching a capitalised word is one name with an apostrophe
  ("H'Mông", "K'Ho", "M'Nông"): Vietnamese has no one-letter consonant word.

The restored words are not trusted: the joined name gets a low word confidence, and a value
with a dash read from a scan stays below the confident band anyway (`confidence._DASH`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from statistics import median

from documents.extraction.ocr_lines import _rows
from documents.extraction.ocr_words import PageText, Word

#: A dash and a space on each side, in the line's spaces: a typed en dash measured 3.1–3.5.
DASH_GAP = 2.6
MAX_DASH_SPACES = 4.2
#: ... but no wider than this, in the line's word height (columns are parted farther).
MAX_DASH_GAP = 1.8
#: A name split at its apostrophe: the two pieces this close, in the line's spaces.
TOUCHING = 0.35
#: The word confidence (0..100) a restored word gets: below the confident band.
RESTORED_CONF = 80.0
#: A lone dash this wide or wider, in the line's word height, is an en dash (hyphens measured
#: 0.28–0.45, en dashes 0.52–0.75 on the scans and photos of the development sets) ...
EN_DASH_WIDTH = 0.5
#: ... up to this width (wider: a long dash or a rule's piece, left as read).
MAX_EN_DASH_WIDTH = 0.95
_READ_DASHES = frozenset({"-", "—"})
#: Lines above and below looked at for a column starting where the word after a gap starts.
_NEAR_ROWS = 4
#: ... within this share of the line's height: the gap is a column's, not a dash's.
_ALIGNED = 0.4
#: Rules this many line heights above and below a gap make it a table cell's.
_TABLE_REACH = 8
_CONSONANT = re.compile(r"^[BCDĐGHKLMNPQRSTVX]$")
_LABEL = re.compile(r":$")


def restore_marks(page: PageText) -> PageText:
    """The page with the dashes and apostrophes its gaps show put back."""
    rules = _Rules(page.h_rules, page.v_rules)
    rows = _rows(page.words)
    words: list[Word] = []
    changed = False
    for number, row in enumerate(rows):
        near = (
            rows[max(0, number - _NEAR_ROWS) : number] + rows[number + 1 : number + 1 + _NEAR_ROWS]
        )
        mended = _mend_row(_widen_dashes(row), rules, _column_starts(near))
        changed = changed or mended != row
        words.extend(mended)
    return replace(page, words=words) if changed else page


def _widen_dashes(row: list[Word]) -> list[Word]:
    """The row with each lone dash as wide as an en dash read as one ("–")."""
    heights = [w.height for w in row if any(c.isalnum() for c in w.text)]
    if not heights or not any(w.text in _READ_DASHES for w in row):
        return row
    height = median(heights)
    return [
        replace(w, text="–")
        if w.text in _READ_DASHES and EN_DASH_WIDTH <= w.width / height <= MAX_EN_DASH_WIDTH
        else w
        for w in row
    ]


def _column_starts(rows: list[list[Word]]) -> list[int]:
    """Where the words that open a line or follow a wide gap start: a table's columns."""
    starts: list[int] = []
    for row in rows:
        height = median(w.height for w in row)
        space = _space(row, height) or 0.3 * height
        starts.append(row[0].left)
        starts.extend(b.left for a, b in itertools.pairwise(row) if b.left - a.right > 2 * space)
    return starts


def _space(row: list[Word], height: float) -> float | None:
    """The line's usual space between words; None when there are too few to tell."""
    gaps = [b.left - a.right for a, b in itertools.pairwise(row)]
    spaces = [g for g in gaps if 0 < g < 1.2 * height]
    return median(spaces) if len(spaces) >= 3 else None


def _mend_row(row: list[Word], rules: _Rules, columns: list[int]) -> list[Word]:
    if len(row) < 4:
        return row
    height = median(w.height for w in row)
    space = _space(row, height)
    if space is None or space <= 0:
        return row
    # A wide gap after the one looked at: the line is a row of columns, not a sentence (the
    # gap before a value, after its label, may be wide).
    gaps = [b.left - a.right for a, b in itertools.pairwise(row)]
    spread = [any(g >= DASH_GAP * space for g in gaps[i:]) for i in range(1, len(gaps) + 1)]
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
        column = any(abs(word.left - x) <= _ALIGNED * height for x in columns)
        if (
            not spread[index - 1]
            and not column
            and _is_dropped_dash(before, word, gap, space, height, row[index:], rules)
        ):
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
    rules: _Rules,
) -> bool:
    if not DASH_GAP * space <= gap <= min(MAX_DASH_SPACES * space, MAX_DASH_GAP * height):
        return False
    if not (before.text[-1:].isalnum() and word.text[:1].isalnum()):
        return False
    if any(_LABEL.search(w.text) for w in rest[:4]):
        return False  # "… Lếch   Chức vụ: …": the next field's label
    top = min(before.top, word.top)
    bottom = max(before.top + before.height, word.top + word.height)
    if any(before.right <= x <= word.left and start <= bottom and end >= top
           for x, start, end in rules.vertical):  # fmt: skip
        return False
    # Between two rules near the gap: a ruled table's cell (scanned rules are traced in pieces).
    middle, reach = (before.right + word.left) / 2, _TABLE_REACH * height
    above = any(
        top - reach <= y <= top and x0 - reach <= middle <= x1 + reach
        for y, x0, x1 in rules.horizontal
    )
    below = any(bottom <= y <= bottom + reach and x0 - reach <= middle <= x1 + reach
                for y, x0, x1 in rules.horizontal)  # fmt: skip
    return not (above and below)


@dataclass(frozen=True)
class _Rules:
    horizontal: tuple[tuple[int, int, int], ...]
    vertical: tuple[tuple[int, int, int], ...]
