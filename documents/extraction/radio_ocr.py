"""Radio buttons of a printed web form as OCR reads them: "◉ Tập thể ○ Cá nhân" comes out as
"® Tập thể o5 Cá nhân", "Tập thể. co Cá nhân" or "o Tập thể. o Cá nhân". An empty circle
becomes a small "o" (with ink beside it: "co", "o5"), a filled one a sign ("®", "©", "@") or
nothing at all. Read from the short token just before each option, such a reading is only an
inference: the caller keeps it doubtful.
"""

from __future__ import annotations

import re

#: An empty circle as read on folded text: "o", "0", "co", "o5", "oo", "( )", "C)" (its left half).
_EMPTY = re.compile(r"^(?:[co]?[o0][0-9]?|\(\s*\)|[co0]\))$")
#: A filled circle: a sign OCR takes for a dot in a ring.
_FILLED = re.compile(r"^[®©@⊙●◉•]$|^\(\s*[e•.]\s*\)$")


def radio_option(folded: str, found: list[tuple[int, int, str]]) -> str | None:
    """The option a group of radio buttons read by OCR selects, or None.

    `found` holds (start, end, value) of each option written in `folded`, in order. One
    option with a filled circle, the others with empty ones or none, is selected; with no
    filled circle, the one option without an empty circle, when every other has one (the
    filled circle is the one OCR loses)."""
    if len(found) < 2 or len({value for _, _, value in found}) < len(found):
        return None
    tokens: list[str] = []
    previous = 0
    for start, end, _ in found:
        tokens.append(folded[previous:start].strip(" .,;:|-–"))
        previous = end
    filled = [k for k, t in enumerate(tokens) if _FILLED.match(t)]
    empty = [k for k, t in enumerate(tokens) if _EMPTY.match(t)]
    bare = [k for k, t in enumerate(tokens) if not t]
    if len(filled) + len(empty) + len(bare) < len(tokens):
        return None  # other words between the options: not a row of buttons
    if len(filled) == 1:
        return found[filled[0]][2]
    if not filled and len(bare) == 1 and empty:
        return found[bare[0]][2]
    return None
