"""Ticked options of a choice field (the model's type, its domain): check boxes, radio buttons
and symbol-font boxes as Word, PDF and OCR give them, told ticked from empty."""

from __future__ import annotations

import re
import unicodedata

from documents.contract import Domain, ModelType
from documents.extraction.folding import fold
from documents.extraction.radio_ocr import radio_option

#: Radio buttons of a web form count as boxes: "◉ Tập thể ○ Cá nhân", "(•) Kinh tế ( ) …".
CHECKED = ("☒", "☑", "✓", "✔", "■", "▣", "✗", "✘", "\uf0fe", "\uf0fd", "[x]", "(x)", "x",
           "◉", "⦿", "◙", "(•)")  # fmt: skip
UNCHECKED = ("☐", "□", "▢", "❑", "❏", "\uf0a8", "\uf06f", "[ ]", "( )", "[]", "()", "○", "◯")
#: Symbol fonts draw check boxes with ordinary codes: the usual ones as Unicode boxes.
SYMBOL_BOXES = {
    "wingdings": {0xFE: "☒", 0xFD: "☒", 0xA8: "☐", 0x6F: "☐", 0x78: "☒", 0x71: "☐", 0xFC: "✓"},
    "wingdings 2": {0x52: "☒", 0x54: "☒", 0x51: "☒", 0xA3: "☐", 0x2A: "☐", 0x50: "✓", 0x4F: "☒"},
}
# A PDF's text layer gives a symbol font's glyph as U+F000 + its code, whatever font stood in
# for Wingdings (LibreOffice embeds OpenSymbol): only Wingdings' codes are told apart there.
_PRIVATE_BOXES = {0xF000 + code: char for code, char in SYMBOL_BOXES["wingdings"].items()}


def symbol_boxes(text: str) -> str:
    """Wingdings check boxes and ticks read from a PDF (U+F0A8, U+F0FE, U+F0FC…) as ☐ ☒ ✓."""
    return text.translate(_PRIVATE_BOXES)


_MODEL_TYPE_OPTIONS: dict[str, str] = {
    "tap the": ModelType.COLLECTIVE,
    "ca nhan": ModelType.INDIVIDUAL,
}
_DOMAIN_OPTIONS: dict[str, str] = {
    "kinh te": Domain.ECONOMY,
    "phat trien kinh te": Domain.ECONOMY,
    "kinh te xa hoi": Domain.ECONOMY,  # "kinh tế - xã hội" is socio-economic development
    "phat trien kinh te xa hoi": Domain.ECONOMY,
    "van hoa xa hoi": Domain.CULTURE_SOCIETY,
    "vh xh": Domain.CULTURE_SOCIETY,
    "van hoa": Domain.CULTURE_SOCIETY,
    "xa hoi": Domain.CULTURE_SOCIETY,
    "quoc phong an ninh": Domain.SECURITY_DEFENSE,
    "an ninh quoc phong": Domain.SECURITY_DEFENSE,
    "qp an": Domain.SECURITY_DEFENSE,
    "an qp": Domain.SECURITY_DEFENSE,
    "an ninh trat tu": Domain.SECURITY_DEFENSE,
    "an ninh": Domain.SECURITY_DEFENSE,
    "quoc phong": Domain.SECURITY_DEFENSE,
    "xay dung he thong chinh tri": Domain.POLITICAL_SYSTEM,
    "he thong chinh tri": Domain.POLITICAL_SYSTEM,
    "xay dung dang chinh quyen": Domain.POLITICAL_SYSTEM,
    "xay dung dang": Domain.POLITICAL_SYSTEM,
    "chinh quyen": Domain.POLITICAL_SYSTEM,
    "httc": Domain.POLITICAL_SYSTEM,
    "htct": Domain.POLITICAL_SYSTEM,
    "xay dung htct": Domain.POLITICAL_SYSTEM,
}


#: An empty box as OCR reads it on folded text: its left side becomes a letter or a brace
#: ("L]", "LÌ]", "TT]", "_L]", "{ ]", "Ll", "LÌ") or vanishes ("] Văn hóa"); a ticked box
#: usually vanishes whole, so these count as unticked marks only.
_OCR_EMPTY_BOX = (
    r"[\[{(_|]\s*[lit|{_]{0,2}\s*\]|(?<![a-z0-9])[lit|_]{1,2}\](?![a-z0-9])"
    r"|(?<![a-z0-9])l[li](?![a-z0-9])|(?<![a-z0-9\]])\](?=\s)"
)
_MARK = re.compile(
    r"\[\s*[x✓✔]\s*\]|\(\s*[x✓✔•]\s*\)|\[\s*\]|\(\s*\)|(?<![a-z0-9])x(?![a-z0-9])|["
    + "".join(c for c in CHECKED + UNCHECKED if len(c) == 1 and c != "x")
    + "]|"
    + _OCR_EMPTY_BOX
)
_WORD = re.compile(r"[a-z0-9]+")


def _is_checked(mark: str) -> bool:
    return mark in CHECKED or any(sign in mark for sign in ("x", "✓", "✔", "•"))


def choose_option(text: str | None, options: dict[str, str]) -> tuple[str | None, bool]:
    """Pick the ticked option of a checkbox group, or the one option written.

    A mark belongs to the option it sits closer to ("Tập thể    ☒ Cá nhân" ticks Cá nhân).
    Returns (value, ambiguous): ambiguous is True when options are present but none (or more
    than one) is ticked, so the caller can warn instead of guessing. A value together with
    ambiguous=True is an inference: no tick was read, but every option bar one carries an
    empty box (OCR drops a ticked box more often than an empty one), so the caller keeps it
    doubtful.
    """
    coded = _coded_option(text, options)
    if coded is not None:
        return coded, False
    chosen, ambiguous = _ticked_option(text, options)
    if chosen is None and ambiguous and text:
        return _the_unboxed_option(fold(unicodedata.normalize("NFC", text)), options)
    if chosen is None and text:
        return _option_cut_short(fold(unicodedata.normalize("NFC", text)), options)
    return chosen, ambiguous


#: A legend of codes in brackets, as a state declaration prints it under the item's label:
#: "(1: Tập thể; 2: Cá nhân)", "(1 - Kinh tế, 2 - Văn hóa – xã hội …)".
_LEGEND = re.compile(r"\(((?:\s*\d\s*[:.)=-][^;,()]+[;,]?){2,})\)")
_LEGEND_ENTRY = re.compile(r"(\d)\s*[:.)=-]([^;,]+)")
#: The code written after the legend: one digit, alone or in its box ("1", "[2]", "| 3 |").
_CODE = re.compile(r"^[\s\[(|]*(\d)[\s\])|]*$")


def _coded_option(text: str | None, options: dict[str, str]) -> str | None:
    """Codes in boxes: a declaration ("Tờ khai") gives each option a number in a legend under
    the label and has the code written in a box after it ("(1: Tập thể; 2: Cá nhân) 1"). The
    code names the option; None when there is no legend, no single code after it (an empty
    box), or the code's words name no option or several."""
    if not text:
        return None
    folded = fold(unicodedata.normalize("NFC", text))
    legend = next(reversed(list(_LEGEND.finditer(folded))), None)  # the last, nearest the code
    if legend is None or not (code := _CODE.match(folded[legend.end() :])):
        return None
    for number, words in _LEGEND_ENTRY.findall(legend.group(1)):
        if number == code.group(1):
            values = {value for _, _, value in _options_found(words, options)}
            return values.pop() if len(values) == 1 else None
    return None


def _option_cut_short(folded: str, options: dict[str, str]) -> tuple[str | None, bool]:
    """An option of five words or more written with its last word lost or misread ("Xây dựng
    hệ thống chính ri"): all its other words in order name it, as an inference (doubtful)."""
    words = " ".join(_WORD.findall(folded))
    found = {
        value
        for phrase, value in options.items()
        if len(phrase.split()) >= 5 and re.search(rf"\b{' '.join(phrase.split()[:-1])}\b", words)
    }
    return (found.pop(), True) if len(found) == 1 else (None, False)


def _options_found(folded: str, options: dict[str, str]) -> list[tuple[int, int, str]]:
    """(character start, end, value) of each option phrase written in `folded`."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(folded) if m.group(0) != "x"]
    phrases = sorted(options, key=lambda p: -len(p.split()))
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for phrase in phrases:
            parts = phrase.split()
            if [w[2] for w in words[i : i + len(parts)]] == parts:
                found.append((words[i][0], words[i + len(parts) - 1][1], options[phrase]))
                i += len(parts)
                break
        else:
            i += 1
    return found


def _the_unboxed_option(folded: str, options: dict[str, str]) -> tuple[str | None, bool]:
    """The one option with no empty box just before it, when every other option has one and
    no mark is ticked; (None, True) otherwise."""
    found = _options_found(folded, options)
    marks = [(m.start(), m.end()) for m in _MARK.finditer(folded)]
    boxed = [
        any(end <= start and not folded[end:start].strip(" ,;:/|-") for _, end in marks)
        for start, _, _ in found
    ]
    bare = {value for (_, _, value), has_box in zip(found, boxed, strict=True) if not has_box}
    if len(found) >= 2 and len(marks) == boxed.count(True) and len(bare) == 1 \
            and boxed.count(False) == 1:  # fmt: skip
        return bare.pop(), True
    return radio_option(folded, found), True  # "® Tập thể o5 Cá nhân": radio buttons read


def _ticked_option(text: str | None, options: dict[str, str]) -> tuple[str | None, bool]:
    """The option a tick or the text names; see `choose_option`."""
    if not text:
        return None, False
    folded = fold(unicodedata.normalize("NFC", text))
    marks = [(m.start(), m.end(), _is_checked(m.group(0))) for m in _MARK.finditer(folded)]
    found = _options_found(folded, options)
    if not found:
        return None, False
    if not marks:
        values = {v for _, _, v in found}
        return (found[0][2], False) if len(values) == 1 else (None, True)
    paired = _paired_marks(marks, found)
    if paired is not None:
        return paired
    # which side marks sit on: told by a mark before the first option, or by one per option
    leading = marks[0][0] < found[0][0] or len(marks) < len(found)
    ticked: list[str] = []
    for m_start, m_end, checked in marks:
        if not checked:
            continue
        before = [f for f in found if f[1] <= m_start]
        after = [f for f in found if f[0] >= m_end]
        if not before:
            ticked.append(after[0][2])
        elif not after:
            ticked.append(before[-1][2])
        else:
            gap_before = len(folded[before[-1][1] : m_start].strip(" ,;:/|-"))
            dist_before = m_start - before[-1][1]
            dist_after = after[0][0] - m_end
            if dist_after < dist_before or (dist_after == dist_before and leading) or gap_before:
                ticked.append(after[0][2])
            else:
                ticked.append(before[-1][2])
    unique = list(dict.fromkeys(ticked))
    if len(unique) == 1:
        return unique[0], False
    return None, True


def _paired_marks(
    marks: list[tuple[int, int, bool]], found: list[tuple[int, int, str]]
) -> tuple[str | None, bool] | None:
    """One mark per option, strictly alternating ("☐ Kinh tế ☒ Văn hóa" or "Kinh tế ☐ Văn hóa
    ☒"): each mark is its option's, whatever the spacing (cells joined by one space put a
    box nearer the option before it than the one after). None when they do not alternate."""
    if len(marks) != len(found):
        return None
    order = sorted([(m[0], 0) for m in marks] + [(f[0], 1) for f in found])
    kinds = [kind for _, kind in order]
    first = kinds[0]
    if any(kind != (first + k) % 2 for k, kind in enumerate(kinds)):
        return None
    ticked = {f[2] for m, f in zip(marks, found, strict=True) if m[2]}
    if len(ticked) == 1:
        return ticked.pop(), False
    return None, True


def parse_model_type(text: str | None) -> tuple[str | None, bool]:
    return choose_option(text, _MODEL_TYPE_OPTIONS)


def parse_domain(text: str | None) -> tuple[str | None, bool]:
    return choose_option(text, _DOMAIN_OPTIONS)


_CHOICES = {"model_type": _MODEL_TYPE_OPTIONS, "domain": _DOMAIN_OPTIONS}
#: Words OCR makes of an empty radio button or box before an option ("o Tập thể", "C Khác").
_READ_EMPTY_WORDS = frozenset({"o", "c", "e", "0", "co", "oo", "o0"})


def is_option_line(name: str, text: str) -> bool:
    """Whether `text` holds options of choice field `name` and nothing else but their buttons
    or boxes ("Tập thể", "® Cá nhân", "Quốc phòng - an ninh L] Xây dựng hệ thống chính trị"):
    a form lists its options one or two per line, so such a line under another is the group
    going on, not a new value."""
    options = _CHOICES.get(name)
    folded = _MARK.sub(" ", fold(unicodedata.normalize("NFC", text)))
    first = _WORD.search(folded)
    if options is None or first is None or any(c.isalnum() for c in folded[: first.start()]):
        return False
    words = " ".join(w for w in _WORD.findall(folded) if w not in _READ_EMPTY_WORDS)
    found = _options_found(words, options)
    covered = sum(len(words[start:end].split()) for start, end, _ in found)
    return bool(found) and covered == len(words.split())  # every word is an option's


def names_an_option(name: str, text: str) -> bool:
    """Whether `text` writes any option of choice field `name` ("Chọn một: Tập thể/Cá nhân")."""
    options = _CHOICES.get(name)
    return options is not None and bool(
        _options_found(fold(unicodedata.normalize("NFC", text)), options)
    )
