"""Numbered outlines: does a line's number go on with the outline a value was opened in?

A report numbers its sections ("3.2. Nội dung giải pháp", "3.3. Khả năng áp dụng", "4. …"), and
the text under a section may number a list of its own ("1. Tuyên truyền", "2. Vận động"). The
next sibling of the section's number (3.3 after 3.2), or of one of its parents (4 after 3.2),
opens another section and ends the value; a list inside the value does not.
"""

from __future__ import annotations

import re

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

#: The marks that open a list item ("- …", "• …", "➢ …"): one set for every reader of lists, so
#: a mark a form uses is known to all of them or to none.
BULLET_MARKS = "-–+•*·●▪◦‣➢►"
#: A character class of those marks, for patterns.
BULLET = "[" + re.escape(BULLET_MARKS) + "]"
#: The opening of a numbered or lettered list item ("1.", "2)", "a)").
ITEM_NUMBER = r"\d{1,2}[.)]|[a-zđ]\)"


def _roman(text: str) -> int | None:
    if not re.fullmatch(r"[IVXLC]{1,6}", text):
        return None
    values = [_ROMAN[c] for c in text]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def parts(number: str | None) -> tuple[str, tuple[int, ...]] | None:
    """('digit', (3, 2)) for "3.2", ('roman', (2,)) for "II", ('letter', (2,)) for "b"; None for
    a bullet or no number."""
    if not number:
        return None
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", number):
        return "digit", tuple(int(p) for p in number.split("."))
    roman = _roman(number)
    if roman is not None:
        return "roman", (roman,)
    if re.fullmatch(r"[a-zđ]", number):
        return "letter", ("abcdđefghijklmnopqrstuvwxyz".index(number) + 1,)
    return None


def follows(number: str | None, before: str | None) -> bool:
    """Is `number` the next sibling of `before` or of one of its parents?"""
    new, old = parts(number), parts(before)
    if new is None or old is None or new[0] != old[0]:
        return False
    n, o = new[1], old[1]
    depth = len(n) - 1
    return depth < len(o) and n[:depth] == o[:depth] and n[depth] == o[depth] + 1


def child_of(number: str | None, parent: str | None) -> bool:
    """Is `number` a sub-item of `parent` ("3.1" under "3")?"""
    new, old = parts(number), parts(parent)
    if new is None or old is None or new[0] != old[0]:
        return False
    return len(new[1]) == len(old[1]) + 1 and new[1][:-1] == old[1]
