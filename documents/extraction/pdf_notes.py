"""Footnote marks in a PDF's text layer: a small raised number glued to a word.

A Word form printed to PDF keeps its footnotes as a raised small digit after the word it
marks ("đồng chí Lù Văn Sình²") and, at the foot of the page, a line opening with the same
number in smaller type ("2 Phó Bí thư Chi bộ; điện thoại …"). The digit is never part of the
value ("thôn Lùng Vài.²" is no "thôn Lùng Vài. 2"); a note on a name reads as the person's
apposition, as the Word reader makes it (`docx_parts.names_a_person`).
"""

from __future__ import annotations

import re
from typing import Any

from documents.extraction.docx_parts import names_a_person

Word = dict[str, Any]

_MARK = re.compile(r"^(?:\d{1,2}|\*)$")
#: A raised mark is at most this share of the word it follows, and sits this high above it.
_SMALL, _RAISED = 0.75, 0.15
_GLUED = 2.5  # points between a word and its mark
_SAME_LINE = 3.0
#: "100 m²", "5 km²": a unit's exponent, no note.
_UNIT = re.compile(r"(?:^|\d)[kcdm]?m$")


def attach_notes(words: list[Word]) -> list[Word]:
    """The page's words without footnote marks; a note on a name joined to it in brackets
    (its own lines at the foot of the page then dropped). Notes on anything else stay where
    the page prints them."""
    dropped: set[int] = set()
    for index, base in _marks(words):
        dropped.add(index)
        note = _note_lines(words, words[index], base, dropped)
        if note is None:
            continue
        opener, body = note
        if names_a_person(_before(words, base)):
            text = " ".join(words[i]["text"] for i in body).rstrip(" .;")
            base["text"] = f"{base['text']} ({text})"
            dropped.update([opener, *body])
    return [w for i, w in enumerate(words) if i not in dropped]


def _marks(words: list[Word]) -> list[tuple[int, Word]]:
    """(index of the mark, the word it is glued to), top to bottom."""
    found: list[tuple[int, Word]] = []
    for i, word in enumerate(words):
        if not _MARK.match(word["text"]):
            continue
        size = float(word.get("size", 0) or 0)
        for base in words:
            base_size = float(base.get("size", 0) or 0)
            if base is word or not base_size or size > _SMALL * base_size:
                continue
            glued = 0 <= word["x0"] - base["x1"] <= _GLUED
            raised = base["bottom"] - word["bottom"] >= _RAISED * base_size
            beside = base["top"] - 2 <= word["top"] <= base["bottom"]
            if glued and raised and beside and not _UNIT.search(base["text"]):
                found.append((i, base))
                break
    return sorted(found, key=lambda item: item[1]["top"])


def _line_of(words: list[Word], anchor: Word) -> list[int]:
    """The words beside `anchor`: those its height overlaps (a raised number's line too)."""
    return sorted(
        (
            i
            for i, w in enumerate(words)
            if w["top"] < anchor["bottom"] - 1 and w["bottom"] > anchor["top"] + 1
        ),
        key=lambda i: words[i]["x0"],
    )


def _before(words: list[Word], base: Word) -> str:
    line = _line_of(words, base)
    return " ".join(words[i]["text"] for i in line if words[i]["x1"] <= base["x1"])


def _note_lines(
    words: list[Word], mark: Word, base: Word, dropped: set[int]
) -> tuple[int, list[int]] | None:
    """The note's opener (the number starting a line below, in front of smaller type) and the
    words of its text, wrapped lines of the same type included."""
    base_size = float(base.get("size", 0) or 0)
    for i, word in enumerate(words):
        if i in dropped or word["text"] != mark["text"] or word["top"] <= base["bottom"]:
            continue
        line = [j for j in _line_of(words, word) if j not in dropped]
        if not line or line[0] != i or len(line) < 2:
            continue
        size = float(words[line[1]].get("size", 0) or 0)
        if not size or size >= base_size:
            continue  # a numbered line of the body, not a note in smaller type
        return i, line[1:] + _wrapped(words, words[line[1]], size, dropped | set(line))
    return None


def _wrapped(words: list[Word], first: Word, size: float, taken: set[int]) -> list[int]:
    """The lines under a note's first line in the same type, up to the next note's number."""
    out: list[int] = []
    top = first["top"]
    while True:
        below = [
            i
            for i, w in enumerate(words)
            if i not in taken and 0 < w["top"] - top <= 1.6 * size + _SAME_LINE
        ]
        if not below:
            return out
        line = _line_of(words, words[min(below, key=lambda i: words[i]["top"])])
        if any(abs(float(words[j].get("size", 0) or 0) - size) > 0.5 for j in line):
            return out  # the next note's number, a footer or the body: another type
        out.extend(line)
        taken.update(line)
        top = words[line[0]]["top"]
