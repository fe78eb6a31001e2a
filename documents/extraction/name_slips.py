"""Place names misread by one letter on a scan, spelled again as the units file writes them.

Tesseract reads "Huổi Lếch" as "Huổi Lấch": one base letter changed, the marks kept. Neither a
word list nor the diacritics stage (`accents`) knows local names, but the units file does:
a capitalised word of a scanned value that the file never writes, one letter off exactly one
name word of the file that follows (or precedes) the same word there ("Huổi" + "Lếch"), is
that name word. Only the base letter may differ, never a mark, a digit or the length, so
"thôn 2" never becomes "thôn 3" and "Mở" never "Mỷ". The mended value is a guess the office
checks (`corroborate` keeps it below the confident band).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable

_EDGE = ".,;:()\"'“”"


def mend_names(value: str, labels: Iterable[str]) -> str:
    """`value` with its one-letter slips of the units' name words spelled as in `labels`."""
    pairs: set[tuple[str, str]] = set()
    words: set[str] = set()
    for label in labels:
        tokens = [t.strip(_EDGE) for t in label.split()]
        words.update(t for t in tokens if t[:1].isupper())
        pairs.update((a.lower(), b.lower()) for a, b in itertools.pairwise(tokens))
    known = {w.lower() for label in labels for w in label.split()}
    tokens = value.split(" ")
    cores = [t.strip(_EDGE) for t in tokens]
    out = list(tokens)
    for i, core in enumerate(cores):
        if len(core) < 3 or not core[:1].isupper() or core.lower() in known:
            continue
        before = cores[i - 1].lower() if i > 0 else ""
        after = cores[i + 1].lower() if i + 1 < len(cores) else ""
        found = {
            w
            for w in words
            if _one_letter_off(core, w)
            and ((before, w.lower()) in pairs or (w.lower(), after) in pairs)
        }
        if len(found) == 1:
            spelled = found.pop()
            spelled = spelled.upper() if core.isupper() else spelled
            out[i] = tokens[i].replace(core, spelled)
    return " ".join(out)


def _one_letter_off(read: str, written: str) -> bool:
    """The same word but for one base letter (marks, length and case folded alike)."""
    a = unicodedata.normalize("NFD", read.lower())
    b = unicodedata.normalize("NFD", written.lower())
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return (
        len(differ) == 1
        and differ[0][0].isalpha()
        and differ[0][1].isalpha()
        and not unicodedata.combining(differ[0][0])
        and not unicodedata.combining(differ[0][1])
    )
