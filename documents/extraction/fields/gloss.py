"""A label's gloss in another language: a bilingual form prints under each Vietnamese label its
translation in brackets ("(Tus xov tooj)" under "Số điện thoại:", in H'Mông). The gloss is no
value: read as one, it fills an empty field with the label's own words or opens a free text.

A Vietnamese syllable ends in a vowel or in c, ch, m, n, ng, nh, p, t, and never holds f, j, w
or z; the romanised scripts of the highland languages (H'Mông, Ê Đê, Gia Rai …) mark tones or
vowels with final letters Vietnamese never ends on ("tus", "tooj", "haujlwm").
"""

from __future__ import annotations

import re

from documents.extraction.normalise import fold

_BRACKETED = re.compile(r"^\s*\(([^()]{2,80})\)\s*[.:]?\s*$")
_WORD = re.compile(r"[a-z]+")
_NEVER_VIETNAMESE = re.compile(
    r"[fjwz]|[bdgklqrsvx]$|^(?!ch|gh|gi|kh|ng|nh|ph|qu|th|tr)[bcdghklmnpqrstvx]{2}"
)


def _foreign(word: str) -> bool:
    return bool(_NEVER_VIETNAMESE.search(word)) and not word.endswith(("ng", "nh", "ch"))


def is_gloss(text: str) -> bool:
    """A line in brackets whose words are mostly no Vietnamese syllables."""
    found = _BRACKETED.match(text)
    if found is None:
        return False
    words = _WORD.findall(fold(found.group(1)))
    foreign = sum(_foreign(w) for w in words)
    return len(words) >= 2 and 2 * foreign > len(words)
