"""Vietnamese diacritics mended in OCR text: a stage of its own, for scans and photos only.

Tesseract confuses the tone marks and vowel hats of Vietnamese ("Cống thông tin" for "Cổng
thông tin", "chuyến đối" for "chuyển đổi"). A misread syllable is usually a real syllable
too, so only the word it forms with its neighbour shows the slip. Two neighbouring syllables
that make no Vietnamese word are compared with the words spelt with the same letters once
the tones and vowel hats are taken off; when exactly one such word exists, and it
keeps each syllable that already forms a word with its other neighbour, the pair takes that
word's marks. A lone token that is no Vietnamese syllable at all takes the marks of the only
syllable with its letters. Anything ambiguous, and every pair that is already a word, stays
as read. Two capitalised syllables side by side (a person's or a place's name) are mended
only towards the campaign's own words.

A real syllable is changed only when Tesseract was unsure of it (word confidence below
`UNSURE`) and never into a much rarer syllable (`RARER`, wordfreq's frequencies), or when the
change makes three syllables of a campaign name. On typed text (no confidence) only tokens
that are no syllable at all can change.

The lexicon: the word list shipped with pyvi (MIT licence, 31,000 words and phrases,
vendored gzipped in `data/`, see `data/README.md`), the syllables of Tesseract's own
Vietnamese dictionary (`lexicon.vietnamese_words`), and the campaign's words (the units'
names, aliases and contacts) given with `use_campaign_words`. Syllable frequencies come from
the `wordfreq` package (Apache-2.0 code, CC BY-SA 4.0 data, used as a library).

A mended word is a guess: the reader keeps a value that contains one below 0.9 unless the
units file confirms it (`fields.confidence`, `corroborate`).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from wordfreq import zipf_frequency

from documents.extraction.lexicon import vietnamese_words

WORD_LIST = Path(__file__).with_name("data") / "vi-words-pyvi.txt.gz"
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
_HATS = frozenset("\u0302\u0306\u031b")  # â ê ô, ă, ơ ư
_WORD = re.compile(r"[^\W\d_]+")
_SYLLABLE = re.compile(r"^[^\W\d_]+$")

Pair = tuple[str, str]


# --- letters and marks ----------------------------------------------------------------------


def bare(word: str) -> str:
    """The letters without tone or hat: "Đổi" → "đoi". Đ keeps its bar: Tesseract rarely drops
    it, and "chuyển đổi" / "chuyển dời" must stay two different words."""
    letters = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in letters if c not in _TONES and c not in _HATS)


def tone_key(word: str) -> str:
    """The syllable with its tone moved to the end, so "hóa" and "hoá" (old and new placement
    of the same tone) compare equal."""
    letters = unicodedata.normalize("NFD", word.lower())
    tone = "".join(c for c in letters if c in _TONES)
    plain = "".join(c for c in letters if c not in _TONES)
    return unicodedata.normalize("NFC", plain) + tone


def _letters(word: str) -> list[str]:
    """The word as base letters, each with its own combining marks (NFD)."""
    out: list[str] = []
    for c in unicodedata.normalize("NFD", word):
        if unicodedata.combining(c) and out:
            out[-1] += c
        else:
            out.append(c)
    return out


def with_marks(original: str, target: str) -> str:
    """`target`'s marks on `original`'s letters and case; the tone stays on the vowel where
    `original` had one, so a form's placement style ("hoà" or "hòa") is kept."""
    mine, theirs = _letters(original), _letters(target.lower())
    if len(mine) != len(theirs):
        return original
    tone = next((m for t in theirs for m in t[1:] if m in _TONES), "")
    at = next((i for i, t in enumerate(theirs) if any(m in _TONES for m in t[1:])), -1)
    own_at = next((i for i, t in enumerate(mine) if any(m in _TONES for m in t[1:])), -1)
    if own_at >= 0 and bare(mine[own_at][0]) in "aeiouy":
        at = own_at
    built: list[str] = []
    for i, (have, want) in enumerate(zip(mine, theirs, strict=True)):
        letter = want[0] + "".join(m for m in want[1:] if m in _HATS)
        if i == at:
            letter += tone
        built.append(letter.upper() if have[0].isupper() else letter)
    return unicodedata.normalize("NFC", "".join(built))


# --- the lexicon ----------------------------------------------------------------------------


@dataclass
class Lexicon:
    """Syllables and two-syllable words, looked up by their marks-free letters."""

    syllables: set[str] = field(default_factory=set)  # tone keys
    pairs: set[Pair] = field(default_factory=set)  # tone keys
    syllables_by_bare: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    pairs_by_bare: dict[Pair, set[Pair]] = field(default_factory=lambda: defaultdict(set))
    #: Phrases of three syllables or more (tone keys) by each pair in them, with its offset.
    phrases_at: dict[Pair, set[tuple[tuple[str, ...], int]]] = field(
        default_factory=lambda: defaultdict(set)
    )

    def add_syllable(self, word: str) -> None:
        word = unicodedata.normalize("NFC", word.lower())
        if _SYLLABLE.match(word) and tone_key(word) not in self.syllables:
            self.syllables.add(tone_key(word))
            self.syllables_by_bare[bare(word)].add(word)

    def add_phrase(self, phrase: str) -> None:
        """A word of one or more syllables: each syllable and each neighbouring pair."""
        parts = [p for p in unicodedata.normalize("NFC", phrase.lower()).split() if p]
        if not all(_SYLLABLE.match(p) for p in parts):
            return
        for part in parts:
            self.add_syllable(part)
        for first, second in itertools.pairwise(parts):
            keys = (tone_key(first), tone_key(second))
            if keys not in self.pairs:
                self.pairs.add(keys)
                self.pairs_by_bare[(bare(first), bare(second))].add((first, second))
        whole = tuple(tone_key(p) for p in parts)
        if len(whole) >= 3:
            for at in range(len(whole) - 1):
                self.phrases_at[(whole[at], whole[at + 1])].add((whole, at))

    def is_syllable(self, word: str) -> bool:
        return tone_key(word) in self.syllables

    def is_pair(self, first: str, second: str) -> bool:
        return (tone_key(first), tone_key(second)) in self.pairs

    def pair_options(self, first: str, second: str) -> set[Pair]:
        return set(self.pairs_by_bare.get((bare(first), bare(second)), ()))

    def syllable_options(self, word: str) -> set[str]:
        return set(self.syllables_by_bare.get(bare(word), ()))


def _read_word_list(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        yield from (line.strip() for line in lines if line.strip())


@functools.lru_cache(maxsize=1)
def general_lexicon() -> Lexicon:
    """pyvi's word list and Tesseract's syllables (built once per process, ~0.2 s)."""
    lexicon = Lexicon()
    for phrase in _read_word_list(WORD_LIST):
        lexicon.add_phrase(phrase)
    for syllable in vietnamese_words() or ():
        lexicon.add_syllable(syllable)
    return lexicon


_CAMPAIGN = Lexicon()


def place_name(phrase: str) -> str | None:
    """The place at the end of a unit's name: two capitalised syllables or more and the word
    before them ("thôn Bãi Sậy" of "Chi bộ thôn Bãi Sậy"), written alone on many forms."""
    words = phrase.split()
    run = 0
    while run < len(words) and words[len(words) - 1 - run][:1].isupper():
        run += 1
    if run < 2 or run >= len(words):
        return None
    return " ".join(words[len(words) - run - 1 :])


def campaign_lexicon(phrases: Iterable[str]) -> Lexicon:
    """The campaign's own words: units' names and aliases, contacts' names."""
    lexicon = Lexicon()
    for phrase in phrases:
        for part in re.split(r"[^\w\s]+", phrase):
            lexicon.add_phrase(part)
            if place := place_name(part):
                lexicon.add_phrase(place)
    return lexicon


#: The most campaign words a request carries, and the longest one: a commune has tens of units
#: (a district-sized units file some hundreds, each with a name, aliases and a contact).
MAX_CAMPAIGN_WORDS = 5_000
MAX_CAMPAIGN_WORD_CHARS = 200


def bounded_words(words: Iterable[object]) -> tuple[str, ...]:
    """At most `MAX_CAMPAIGN_WORDS` strings of at most `MAX_CAMPAIGN_WORD_CHARS` each, NFC,
    without repeats: what a sandbox request may carry (anything else in the list is dropped)."""
    out: dict[str, None] = {}
    for word in words:
        if len(out) >= MAX_CAMPAIGN_WORDS:
            break
        if isinstance(word, str) and (text := unicodedata.normalize("NFC", word).strip()):
            out.setdefault(text[:MAX_CAMPAIGN_WORD_CHARS])
    return tuple(out)


def words_digest(words: Sequence[str]) -> str:
    """A digest of the words, in order: the key of a built campaign lexicon."""
    return hashlib.sha256("\n".join(words).encode()).hexdigest()


#: Built campaign lexicons by the digest of their words: a worker reads many forms of the same
#: commune, and a lexicon of 1,000 units takes a noticeable time to build (see README).
_BUILT: dict[str, Lexicon] = {}
_BUILT_MAX = 8


def _cached_campaign_lexicon(words: Sequence[str]) -> Lexicon:
    key = words_digest(words)
    lexicon = _BUILT.pop(key, None)
    if lexicon is None:
        lexicon = campaign_lexicon(words)
    _BUILT[key] = lexicon  # most recent last
    while len(_BUILT) > _BUILT_MAX:
        del _BUILT[next(iter(_BUILT))]
    return lexicon


@contextmanager
def use_campaign_words(phrases: Iterable[str]) -> Iterator[None]:
    """Mend OCR text towards these words too (the sandboxed reader with the commune's units,
    `dvk score --units`, benchmarks). The lexicon is built once per list of words."""
    global _CAMPAIGN
    saved, _CAMPAIGN = _CAMPAIGN, _cached_campaign_lexicon(tuple(phrases))
    try:
        yield
    finally:
        _CAMPAIGN = saved


# --- mending --------------------------------------------------------------------------------

#: Tesseract's word confidence (0..100) below which a word that is a real syllable may still
#: be a misreading; at or above it only the campaign's own words can change it. On typed text
#: (no confidence) the general list changed 250 of 17,444 right words when it could change
#: real syllables ("kết quả đạt" → "quả đất"): a word list knows words, not which is meant.
UNSURE = 80.0
#: A real syllable does not become a word this much rarer (Zipf scale, log10 per billion
#: words: "có" 7.1 → "cơ" 6.1, "số" 6.5 → "sơ" 5.3 are refused; "đối" 6.0 → "đổi" 5.8 is not).
RARER = 0.5


@functools.lru_cache(maxsize=20_000)
def frequency(word: str) -> float:
    """How common a syllable is in Vietnamese (wordfreq's Zipf scale, 0 for unknown)."""
    return float(zipf_frequency(word.lower(), "vi"))


@dataclass(frozen=True)
class _Token:
    form: str
    conf: float | None  # Tesseract's, 0..100; None for text without one

    @property
    def is_name(self) -> bool:
        """Capitalised, not all capitals: part of a person's or a place's name."""
        return self.form[0].isupper() and (len(self.form) == 1 or self.form[1:].islower())

    @property
    def sure(self) -> bool:
        """Typed text, or a word Tesseract was sure of."""
        return self.conf is None or self.conf >= UNSURE

    def is_syllable(self) -> bool:
        return general_lexicon().is_syllable(self.form) or _CAMPAIGN.is_syllable(self.form)

    def may_become(self, target: str) -> bool:
        """A word that is no syllable may take any marks; a real syllable only when Tesseract
        was unsure of it, and not for a much rarer word ("có" never becomes "cơ")."""
        if tone_key(target) == tone_key(self.form) or not self.is_syllable():
            return True
        return not self.sure and frequency(target) >= frequency(self.form) - RARER


def _is_pair(first: str, second: str) -> bool:
    return general_lexicon().is_pair(first, second) or _CAMPAIGN.is_pair(first, second)


def _in_campaign_phrase(tokens: list[_Token], at: int, pair: Pair) -> bool:
    """With the pair changed, the tokens around it spell a whole campaign name of three
    syllables or more: enough to change a real syllable Tesseract was sure of ("XÃ NGHĨA
    THAI"), never a word that merely begins one ("Chi bộ có 12" is not "Chi bộ Cơ quan")."""
    keys = [tone_key(t.form) for t in tokens]
    keys[at : at + 2] = [tone_key(pair[0]), tone_key(pair[1])]
    for phrase, offset in _CAMPAIGN.phrases_at.get((keys[at], keys[at + 1]), ()):
        start = at - offset
        if start >= 0 and tuple(keys[start : start + len(phrase)]) == phrase:
            return True
    return False


def _allowed(tokens: list[_Token], at: int, pair: Pair, campaign: bool) -> bool:
    if all(tokens[at + k].may_become(pair[k]) for k in (0, 1)):
        return True
    return campaign and _in_campaign_phrase(tokens, at, pair)


def _pair_options(tokens: list[_Token], at: int, anchored: set[int]) -> set[Pair]:
    """The words spelt with the letters of the pair at `at` that its tokens may become; for a
    name, only the campaign's. A token that already makes a word with its other neighbour
    stays."""
    first, second = tokens[at], tokens[at + 1]
    own = _CAMPAIGN.pair_options(first.form, second.form)
    general = set()
    if not (first.is_name and second.is_name):
        general = general_lexicon().pair_options(first.form, second.form) - own
    options: dict[tuple[str, str], Pair] = {}
    for pair, campaign in [(p, True) for p in own] + [(p, False) for p in general]:
        kept = all(tone_key(pair[k]) == tone_key(tokens[at + k].form)
                   for k in (0, 1) if at + k in anchored)  # fmt: skip
        if kept and _allowed(tokens, at, pair, campaign):
            options[(tone_key(pair[0]), tone_key(pair[1]))] = pair
    return set(options.values())


def _proposal(tokens: list[_Token], pair: Pair, at: int) -> dict[int, str]:
    """The forms the pair gives both its positions (a kept one too, so that another pair
    wanting to change it shows the disagreement)."""
    return {at + k: with_marks(tokens[at + k].form, target) for k, target in enumerate(pair)}


def _anchored(tokens: list[_Token], linked: list[int]) -> set[int]:
    """Positions that already make a word with a neighbour and that Tesseract was sure of:
    they are right in context."""
    out: set[int] = set()
    for i in linked:
        if _is_pair(tokens[i].form, tokens[i + 1].form):
            out.update(k for k in (i, i + 1) if tokens[k].sure)
    return out


def _pair_proposals(
    tokens: list[_Token], linked: list[int], anchored: set[int]
) -> list[dict[int, str]]:
    proposals: list[dict[int, str]] = []
    for i in linked:
        if _is_pair(tokens[i].form, tokens[i + 1].form):
            continue
        options = _pair_options(tokens, i, anchored)
        if len(options) > 1 and tokens[i].conf is not None:
            options = {o for o in options if _only_slips(tokens[i : i + 2], o)} or options
        if len(options) == 1:
            proposals.append(_proposal(tokens, options.pop(), i))
    return proposals


def _only_slips(tokens: list[_Token], pair: Pair) -> bool:
    """Each word of `pair` is its token as read, or the token with its acute read for a hook
    (the commonest slip, `SLIP_GAIN`): of "tuổi trẻ" and "tươi trẻ" for "Tuối trẻ", the one
    that needs no other mark changed."""
    return all(
        tone_key(target) in (tone_key(token.form), tone_key(_hook_twin(token.form) or ""))
        for token, target in zip(tokens, pair, strict=True)
    )


def _syllable_proposals(tokens: list[_Token], taken: set[int]) -> list[dict[int, str]]:
    """A token that is no syllable at all, with one syllable of its letters."""
    proposals: list[dict[int, str]] = []
    for i, token in enumerate(tokens):
        if i in taken or token.is_syllable():
            continue
        options = general_lexicon().syllable_options(token.form)
        options |= _CAMPAIGN.syllable_options(token.form)
        if len({tone_key(o) for o in options}) == 1:
            proposals.append({i: with_marks(token.form, options.pop())})
    return proposals


#: Tesseract reads the hook above (hỏi) as an acute (sắc) on photos: "Điếm trường", "Tiếu
#: học", "Tống phụ trách". A syllable read with sắc whose hỏi twin is this much more common
#: (Zipf scale) takes the hook when it makes no word with either neighbour: "tiếu" 3.9 →
#: "tiểu" 5.6 and "điếm" 3.9 → "điểm" 6.1 change; "tố" 5.4 → "tổ" 6.0 and "cống" 4.7 →
#: "cổng" 5.0 do not (both are common words of their own) unless the hook makes a word with a
#: neighbour that the acute does not: "Cống trường" → "Cổng trường", "Tuối trẻ" → "Tuổi trẻ".
SLIP_GAIN = 1.5


def _hook_twin(word: str) -> str | None:
    """The syllable with its sắc tone turned into hỏi, or None when it has no sắc."""
    letters = unicodedata.normalize("NFD", word)
    if "\u0301" not in letters:
        return None
    return unicodedata.normalize("NFC", letters.replace("\u0301", "\u0309"))


def _in_a_word(tokens: list[_Token], i: int, linked: set[int]) -> bool:
    before = i - 1 in linked and _is_pair(tokens[i - 1].form, tokens[i].form)
    return before or (i in linked and _is_pair(tokens[i].form, tokens[i + 1].form))


def _slip_proposals(
    tokens: list[_Token], taken: set[int], linked: list[int]
) -> list[dict[int, str]]:
    """An OCR syllable read with sắc for one with hỏi that is much more common (`SLIP_GAIN`)
    or that makes a word with a neighbour, the syllable as read making none. Never on typed
    text."""
    proposals: list[dict[int, str]] = []
    links = set(linked)
    for i, token in enumerate(tokens):
        twin = _hook_twin(token.form)
        if i in taken or token.conf is None or twin is None or not token.is_syllable():
            continue
        if _in_a_word(tokens, i, links) or not general_lexicon().is_syllable(twin):
            continue
        mended = [*tokens[:i], _Token(with_marks(token.form, twin), token.conf), *tokens[i + 1 :]]
        if frequency(twin) - frequency(token.form) >= SLIP_GAIN or _in_a_word(mended, i, links):
            proposals.append({i: twin})
    return proposals


def slip_doubts(text: str) -> list[str]:
    """Words of OCR text that may be a hook read as an acute, left as read because both are
    common words (`SLIP_GAIN`): a syllable with sắc whose hỏi twin is a word about as common
    (`SLIP_NEAR`),
    making no word with either neighbour ("Cống trường" may be "Cổng trường", "Tố hợp tác"
    "Tổ hợp tác"). Not mended (the reader never guesses), but not sure either."""
    matches, tokens = _tokens(text, None)
    links = {i for i in range(len(matches) - 1)
             if text[matches[i].end() : matches[i + 1].start()] == " "}  # fmt: skip
    out: list[str] = []
    for i, token in enumerate(tokens):
        twin = _hook_twin(token.form)
        if twin is None or not token.is_syllable() or _in_a_word(tokens, i, links):
            continue
        if _in_a_name(tokens, i):
            continue
        if (
            general_lexicon().is_syllable(twin)
            and frequency(twin) > frequency(token.form) - SLIP_NEAR
        ):
            out.append(token.form)
    return out


#: How much less common (Zipf) a hook twin may be and still count as "about as common": "biến"
#: and "biển" (5.8, 5.7) are both everyday words, so Tesseract's choice between them is a coin.
SLIP_NEAR = 0.25


def _in_a_name(tokens: list[_Token], i: int) -> bool:
    """A capitalised syllable beside another: a person's or a place's name, spelt as given."""
    near = [tokens[k] for k in (i - 1, i + 1) if 0 <= k < len(tokens)]
    return tokens[i].is_name and any(t.is_name for t in near)


def _agreed(proposals: list[dict[int, str]]) -> dict[int, str]:
    """The proposals whose every position no other proposal wants differently."""
    wanted: dict[int, set[str]] = defaultdict(set)
    for proposal in proposals:
        for position, form in proposal.items():
            wanted[position].add(form)
    out: dict[int, str] = {}
    for proposal in proposals:
        if all(len(wanted[p]) == 1 for p in proposal):
            out.update(proposal)
    return out


def _changed(tokens: list[_Token], agreed: dict[int, str]) -> dict[int, str]:
    return {i: form for i, form in agreed.items() if form != tokens[i].form}


def _tokens(
    text: str, confidence: Sequence[float] | None
) -> tuple[list[re.Match[str]], list[_Token]]:
    """The letter runs of `text`, each with the confidence of the space-separated word it is
    part of (`confidence` has one value per such word)."""
    matches = list(_WORD.finditer(text))
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    tokens = []
    for match in matches:
        conf = None
        if confidence is not None:
            word = max(i for i, start in enumerate(starts) if start <= match.start())
            conf = confidence[word] if word < len(confidence) else None
        tokens.append(_Token(match.group(), conf))
    return matches, tokens


def mend(text: str, confidence: Sequence[float] | None = None) -> tuple[str, tuple[str, ...]]:
    """The text with misread diacritics mended, and the words it changed (their new forms).
    `confidence`: Tesseract's confidence of each space-separated word of `text`, if known."""
    if not vietnamese_words():
        return text, ()
    matches, tokens = _tokens(text, confidence)
    linked = [i for i in range(len(matches) - 1)
              if text[matches[i].end() : matches[i + 1].start()] == " "]  # fmt: skip
    anchored = _anchored(tokens, linked)
    pairs = _pair_proposals(tokens, linked, anchored)
    taken = anchored | {p for proposal in pairs for p in proposal}
    single = _syllable_proposals(tokens, taken) + _slip_proposals(tokens, taken, linked)
    changes = _changed(tokens, _agreed(pairs + single))
    if not changes:
        return text, ()
    pieces, last = [], 0
    for i, match in enumerate(matches):
        if i in changes:
            pieces += [text[last : match.start()], changes[i]]
            last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), tuple(changes[i] for i in sorted(changes))
