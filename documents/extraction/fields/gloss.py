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


# ------------------------------------------------------------------ English halves of labels

#: Words an English label of a registration is made of (a donor's or a school's bilingual
#: form prints "Tên mô hình / Model name", "Chức vụ\nPosition"). Loanwords Vietnamese labels
#: end on themselves ("Địa chỉ email", "Số fax", "Mã số ID") are left out: they are the label.
_EN_LABEL_WORDS = frozenset(
    """name names full first last unit units organisation organization agency office department
    model project type kind category field area domain sector scope location place venue site
    address hamlet village commune ward district province person persons charge leader head
    position title role job phone telephone tel mobile contact details information info
    content contents activities activity solutions solution measures description summary
    results result outcomes outcome achievements expected beneficiaries beneficiary households
    participants participating members number total amount budget cost costs funds funding
    fund source sources note notes remarks comments remark date signature signed sign stamp
    time period duration start end year file code reference ref objectives objective goals
    goal target targets implementation implementing method methods approach main key approval
    approved confirmation acknowledgement acknowledgment donor registration registered
    applicant gender sex birth ethnicity nationality lessons learned recommendations proposal
    proposals supervisor coordinator manager director chairperson chairman secretary brief
    short expected planned estimated group team association programme program plan""".split()  # noqa: SIM905 - a word list reads better so
)
#: Little words inside an English label ("Person in charge", "Number of households").
_EN_SMALL = frozenset({"of", "in", "the", "and", "or", "for", "by", "per", "to", "on", "at",
                       "with", "a", "an", "no", "s", "if", "any", "e", "g"})  # fmt: skip
_EN_TOKEN = re.compile(r"[A-Za-z]+|[^\sA-Za-z]")
_EN_PUNCT = set("/,.&()-–'’:*;|")


def _english_words(text: str) -> list[str] | None:
    """The words of `text` when it is written as an English label: ASCII letters of the label
    vocabulary and its little words, with label punctuation only; None otherwise."""
    tokens = _EN_TOKEN.findall(text)
    words = [t.lower() for t in tokens if t.isalpha()]
    if not words or any(not t.isalpha() and t not in _EN_PUNCT for t in tokens):
        return None
    if any(w not in _EN_LABEL_WORDS and w not in _EN_SMALL for w in words):
        return None
    return words if any(w in _EN_LABEL_WORDS for w in words) and len(words) <= 8 else None


def is_english_label(text: str) -> bool:
    """'Model name', 'Person in charge:', 'Activities, solutions', '(Signature)': the English
    half of a bilingual label, printed on its own line or in its own cell: never a value."""
    bare = text.strip().strip("()[]").strip()
    return bool(bare) and bare[:1].isalpha() and _english_words(bare) is not None


#: Where the English half of a label starts: after a slash, a bracket, a dash or a line break.
_EN_SPLIT = re.compile(r"\s*(?:/|\(|\||\n|\s[-–]\s)\s*")


def strip_english(label: str) -> str:
    """The Vietnamese half of a bilingual label: 'Tên mô hình / Model name' → 'Tên mô hình',
    'Chức vụ\\nPosition' → 'Chức vụ', 'Tên đơn vị Unit name' (a cell's lines joined) →
    'Tên đơn vị'; a label without an English half comes back as it was.

    The Vietnamese half must carry its marks (a label typed without them is no bilingual
    one), and an English half joined without a separator must start with a capital letter."""
    for split in _EN_SPLIT.finditer(label):
        head, tail = label[: split.start()], label[split.end() :]
        if _vietnamese(head) and _english_words(tail.rstrip(":：*) ")) is not None:
            return head.rstrip(" /-–")
    words = list(re.finditer(r"\S+", label))
    for k in range(1, len(words)):
        tail = label[words[k].start() :]
        if not words[k].group(0)[:1].isupper() or not _vietnamese(label[: words[k].start()]):
            continue
        if _english_words(tail.rstrip(":：*) ")) is not None:
            return label[: words[k].start()].rstrip()
    return label


def _vietnamese(text: str) -> bool:
    return fold(text) != text.lower() and any(c.isalpha() for c in text)


def drop_english_head(value: str) -> str:
    """A value that opens with the English half of its label ('Model name: Đường hoa', '/
    Location: ấp 3', 'Position Chủ tịch …' from a label cell's second line): the value alone.

    Only the head of the value, before a colon or before the first word with Vietnamese marks,
    and only when that head is an English label as a whole."""
    text = value.lstrip(" /|")
    colon = re.match(r"^([^:：\n]{2,60})[:：]\s*", text)
    if colon is not None and is_english_label(colon.group(1)):
        return text[colon.end() :]
    words = [w.group(0) for w in re.finditer(r"\S+", text)]
    starts = [w.start() for w in re.finditer(r"\S+", text)]
    for k in range(1, len(words)):
        bullet = words[k] in _BULLETS and k + 1 < len(words) and _vietnamese(words[k + 1])
        if (bullet or _vietnamese(words[k])) and is_english_label(text[: starts[k]]):
            return text[starts[k] :]
    return value


_BULLETS = frozenset({"-", "–", "+", "•", "*"})
