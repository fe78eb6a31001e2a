"""Vietnamese-aware keys for unit names, so that the many ways a unit writes its own name meet.

Forms, headers and OCR write "CHI BỘ XÓM 3", "Chi ủy - Chi bộ Xóm III", "CB xom 03" or
"Hội LHPN xã Nghĩa Thái" for names the units file spells once. A key folds all of them to one
string: no case, no diacritics (Đ has no decomposition, so it is mapped by hand; stripping the
marks also unifies old and new tone placement, "hoà"/"hòa"), numbers after a place word as
digits, abbreviations expanded to one canonical wording, and filler (the commune's own name,
"Ban Thường trực", "BCH") dropped. Numbers stay separate tokens so that the matcher can insist
on them being equal: "xóm 1" must never fuzzily become "xóm 11".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

Token = tuple[str, bool]  # (text, protected from filler removal)

_SPLIT_RE = re.compile(r"[^0-9a-z]+")
_GLUED_RE = re.compile(r"^(x|xom|thon|doi|to|khu|ap)(\d+)$")
_YEAR_RE = re.compile(r"\b(19|20)\d{2}\b")

#: Words after which a number may follow ("xóm Ba", "thôn III", "tổ 03").
PLACE_WORDS = frozenset({"xom", "thon", "doi", "to", "khu", "ap", "lang", "so", "cum", "khoi"})

#: Hamlets are "xóm" in one commune and "thôn" or "ấp" in the next; forms mix them up.
_PLACE_SYNONYMS = {"thon": "xom", "ap": "xom"}

_UNITS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5,
    "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}  # fmt: skip
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_ROMAN_RE = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$")

#: Single-token abbreviations, expanded before phrases are canonicalised.
ABBREVIATIONS: dict[str, str] = {
    "cb": "chi bo",
    "ubmttq": "uy ban mat tran to quoc",
    "mttq": "mat tran to quoc",
    "ubmt": "uy ban mat tran",
    "hlhpn": "hoi lien hiep phu nu",
    "lhpn": "lien hiep phu nu",
    "hpn": "hoi phu nu",
    "hnd": "hoi nong dan",
    "nd": "nong dan",
    "hccb": "hoi cuu chien binh",
    "ccb": "cuu chien binh",
    "dtn": "doan thanh nien",
    "tn": "thanh nien",
    "tncs": "thanh nien cong san",
    "hcm": "ho chi minh",
    "bchqs": "ban chi huy quan su",
    "chqs": "chi huy quan su",
    "qs": "quan su",
    "ca": "cong an",
    "cax": "cong an",
    "tyt": "tram y te",
    "mn": "mam non",
    "th": "tieu hoc",
    "thcs": "trung hoc co so",
    "htx": "hop tac xa",
    "dvnn": "dich vu nong nghiep",
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "nct": "nguoi cao tuoi",
    "ctd": "chu thap do",
    "kh": "khuyen hoc",
    "cq": "co quan",
    "btt": "ban thuong truc",
    "bch": "ban chap hanh",
    "bcd": "ban chi dao",
}

_MTTQ = "mat tran to quoc"
_HPN = "hoi lien hiep phu nu"
_CCB = "hoi cuu chien binh"
_DTN = "doan thanh nien"
_QS = "ban chi huy quan su"

#: Phrases folded to one canonical wording ("" drops the phrase as filler).
PHRASES: dict[str, str] = {
    "uy ban mat tran to quoc viet nam": _MTTQ,
    "uy ban mat tran to quoc": _MTTQ,
    "mat tran to quoc viet nam": _MTTQ,
    "uy ban mat tran": _MTTQ,
    "mat tran to quoc": _MTTQ,
    "mat tran": _MTTQ,
    "hoi lien hiep phu nu viet nam": _HPN,
    "hoi lien hiep phu nu": _HPN,
    "lien hiep phu nu": _HPN,
    "hoi phu nu": _HPN,
    "hoi cuu chien binh viet nam": _CCB,
    "hoi cuu chien binh": _CCB,
    "cuu chien binh": _CCB,
    "doan thanh nien cong san ho chi minh": _DTN,
    "doan thanh nien cong san": _DTN,
    "doan thanh nien": _DTN,
    "xa doan": _DTN,
    "ban chap hanh quan su": _QS,
    "ban chi huy quan su": _QS,
    "chi huy quan su": _QS,
    "quan su": _QS,
    "hoi nong dan viet nam": "hoi nong dan",
    "hoi nong dan": "hoi nong dan",
    "hoi nguoi cao tuoi": "hoi nguoi cao tuoi",
    "hoi chu thap do": "hoi chu thap do",
    "hoi khuyen hoc": "hoi khuyen hoc",
    "cong an": "cong an",
    "hop tac xa": "hop tac xa",
    "uy ban nhan dan": "uy ban nhan dan",
    "chi uy": "chi bo",
    "ban thuong truc": "",
    "thuong truc": "",
    "ban chap hanh": "",
    "ban chi dao": "",
}
_PHRASE_LIST = sorted(
    ((tuple(p.split()), tuple(c.split())) for p, c in PHRASES.items()),
    key=lambda item: -len(item[0]),
)
_FUZZY_ABBREVIATIONS = [a for a in ABBREVIATIONS if len(a) >= 5]


def fold(text: str) -> str:
    """NFC, case-folded, without diacritics (Đ→D by hand), punctuation turned into spaces."""
    text = unicodedata.normalize("NFC", text).casefold().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_SPLIT_RE.split(bare)).strip()


def text_key(text: str) -> str:
    """A plain comparison key for free text (model names, file names): folded, spaces single."""
    return " ".join(fold(text).split())


def years_in(text: str) -> set[int]:
    return {int(m.group(0)) for m in _YEAR_RE.finditer(text)}


def _roman(token: str) -> int | None:
    if not token or not _ROMAN_RE.match(token):
        return None
    total, previous = 0, 0
    for ch in reversed(token):
        value = _ROMAN[ch]
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total or None


def _number_words(tokens: Sequence[str], start: int) -> tuple[int, int] | None:
    """Parse "mười", "mười ba", "hai mươi mốt"… at `start`: (value, tokens used) or None."""
    first = tokens[start]
    nxt = tokens[start + 1] if start + 1 < len(tokens) else ""
    after = tokens[start + 2] if start + 2 < len(tokens) else ""
    if first == "muoi":
        if nxt in _UNITS or nxt == "mot":
            return 10 + _UNITS[nxt], 2
        return 10, 1
    if first in _UNITS:
        if nxt == "muoi":
            if after in _UNITS:
                return _UNITS[first] * 10 + _UNITS[after], 3
            return _UNITS[first] * 10, 2
        return _UNITS[first], 1
    return None


def _numbers(words: list[str]) -> list[str]:
    """Digits without leading zeros; number words and Roman numerals only after a place word."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        glued = _GLUED_RE.match(word)
        if glued:
            place = "xom" if glued.group(1) == "x" else glued.group(1)
            out += [_PLACE_SYNONYMS.get(place, place), str(int(glued.group(2)))]
            i += 1
            continue
        if word == "x" and i + 1 < len(words) and words[i + 1].isdigit():
            word = "xom"  # "X 1" is how forms shorten "xóm 1"
        if word.isdigit():
            out.append(str(int(word)))
            i += 1
            continue
        word = _PLACE_SYNONYMS.get(word, word)
        out.append(word)
        i += 1
        if word in PLACE_WORDS and i < len(words):
            parsed = _number_words(words, i)
            roman = _roman(words[i])
            if parsed is not None:
                out.append(str(parsed[0]))
                i += parsed[1]
            elif roman is not None:
                out.append(str(roman))
                i += 1
    return out


def _expand(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        full = ABBREVIATIONS.get(token)
        if full is None and len(token) >= 4 and not token.isdigit():
            # A typo in a long abbreviation ("UBMTQ", "BCQS") still reads as the abbreviation.
            for abbr in _FUZZY_ABBREVIATIONS:
                if Levenshtein.distance(token, abbr) <= 1:
                    full = ABBREVIATIONS[abbr]
                    break
        out += full.split() if full else [token]
    return out


def _canonical(tokens: list[str]) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        for phrase, canonical in _PHRASE_LIST:
            if first != phrase[0] and (len(phrase[0]) < 5 or not _same_word(first, phrase[0])):
                continue
            window = tokens[i : i + len(phrase)]
            if len(window) == len(phrase) and all(
                a == b or (len(b) >= 5 and _same_word(a, b))
                for a, b in zip(window, phrase, strict=True)
            ):
                out += [(t, True) for t in canonical]
                i += len(phrase)
                break
        else:
            out.append((tokens[i], False))
            i += 1
    return out


def _tidy(tokens: list[Token]) -> list[Token]:
    """Drop words that repeat what a canonical phrase already says: "Ủy ban" before "Mặt trận
    Tổ quốc" (written twice as "Ủy ban UBMTTQ"), "Việt Nam" after an organisation's name."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        text, protected = tokens[i]
        pair = tuple(t for t, _ in tokens[i : i + 2])
        after_phrase = bool(out) and out[-1][1]
        before = tokens[i + 2] if i + 2 < len(tokens) else ("", False)
        if not protected and pair == ("uy", "ban") and before == ("mat", True):
            i += 2
            continue
        if not protected and pair == ("viet", "nam") and after_phrase:
            i += 2
            continue
        out.append((text, protected))
        i += 1
    return out


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 80


def _drop_filler(tokens: list[Token], fillers: Sequence[tuple[str, ...]]) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        for filler in fillers:
            window = tokens[i : i + len(filler)]
            if len(window) == len(filler) and all(
                not protected and _same_word(text, word)
                for (text, protected), word in zip(window, filler, strict=True)
            ):
                i += len(filler)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _dedupe(tokens: list[str]) -> list[str]:
    """ "chi bo chi bo xom 1" (from "Chi ủy - Chi bộ xóm 1") → "chi bo xom 1"."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if out[-2:] == ["chi", "bo"] and tokens[i : i + 2] == ["chi", "bo"]:
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return out


@lru_cache(maxsize=4096)
def base_tokens(text: str) -> tuple[Token, ...]:
    """The key's tokens before the directory's filler is removed (cached: every directory load
    folds the same few hundred names again)."""
    return tuple(_tidy(_canonical(_expand(_numbers(fold(text).split())))))


@dataclass(frozen=True)
class KeyMaker:
    """Builds keys with the filler of one directory (its commune's name, "xã")."""

    fillers: tuple[tuple[str, ...], ...] = ()

    def key(self, text: str) -> str:
        tokens = list(base_tokens(text))
        kept = _drop_filler(tokens, self.fillers) or tokens
        return " ".join(_dedupe([t for t, _ in kept]))

    @classmethod
    def for_names(cls, names_per_unit: Iterable[Sequence[str]]) -> KeyMaker:
        """Learn the filler from the directory itself rather than hard-coding one commune.

        When a unit is listed both as "Công an xã" and "Công an xã Nghĩa Thái", the tail is
        filler; a tail seen in this way for several units is the commune's name (or "xã").
        """
        groups = [[tuple(t for t, _ in base_tokens(n)) for n in names] for names in names_per_unit]
        seen: Counter[tuple[str, ...]] = Counter()
        for keys in groups:
            tails: set[tuple[str, ...]] = set()
            for short in keys:
                for long in keys:
                    if len(long) > len(short) and long[: len(short)] == short:
                        tails.add(long[len(short) :])
            seen.update(tails)
        needed = max(3, len(groups) // 10)
        fillers = [tail for tail, count in seen.items() if count >= needed and len(tail) <= 4]
        fillers.sort(key=lambda tail: (-len(tail), tail))
        return cls(fillers=tuple(fillers))


def numbers_of(key: str) -> tuple[str, ...]:
    """The tokens that carry digits ("3", "3a"): they must be equal for two names to match."""
    return tuple(sorted(t for t in key.split() if any(c.isdigit() for c in t)))
