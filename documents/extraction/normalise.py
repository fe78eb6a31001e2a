"""Turn the text found next to a label into the contract's value formats.

Every parser returns None for something it cannot read rather than a guess; the ones whose
wording may hedge ("gần", "khoảng") also say so, because the office must know a figure is rough.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from documents.contract import Domain, ModelType
from documents.extraction.radio_ocr import radio_option

_WS = re.compile(r"\s+")
_OPEN_QUOTES = "“\"'‘«„"
_CLOSE_QUOTES = "”\"'’»“"
_TRAILING = ".,;:!?…·-–— \t"
_LEADERS = re.compile(r"(?:[.…_·]\s*){3,}")


def _fold_table() -> dict[int, str]:
    """Latin letters with diacritics → their base letter, one character for one (Đ→D too)."""
    table = {ord("Đ"): "D", ord("đ"): "d"}
    for start, end in ((0xC0, 0x250), (0x1E00, 0x1F00)):
        for cp in range(start, end):
            base = unicodedata.normalize("NFD", chr(cp))[0]
            if base != chr(cp) and ord(base) < 128:
                table[cp] = base
    return table


_FOLD = _fold_table()


def fold_case(text: str) -> str:
    """Strip diacritics (Đ→D) keeping case and length, so offsets map back to the NFC text."""
    return text.translate(_FOLD)


def fold(text: str) -> str:
    """The matching key: no diacritics, lower case, same length as the NFC input."""
    folded = text.translate(_FOLD).lower()
    if len(folded) == len(text):
        return folded
    return "".join(ch.lower()[:1] or ch for ch in text.translate(_FOLD))


def key(text: str) -> str:
    """A comparison key: NFC, folded, punctuation to spaces, white space collapsed."""
    folded = fold(unicodedata.normalize("NFC", text))
    return _WS.sub(" ", re.sub(r"[^0-9a-z]+", " ", folded)).strip()


def fold_ws(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _balanced(inner: str) -> bool:
    depth = 0
    for ch in inner:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and inner.count('"') % 2 == 0


def strip_quotes(text: str) -> str:
    """Remove one pair of surrounding quotes, only when what stays inside is balanced."""
    while len(text) >= 2 and text[0] in _OPEN_QUOTES and text[-1] in _CLOSE_QUOTES:
        inner = text[1:-1].strip()
        if not _balanced(inner):
            break
        text = inner
    return text


def clean_text(text: str | None) -> str | None:
    """NFC, white space folded, dotted leaders, surrounding quotes and trailing punctuation gone."""
    if text is None:
        return None
    value = fold_ws(_LEADERS.sub(" ", text))
    for _ in range(3):
        before = value
        value = value.strip(_TRAILING)
        value = strip_quotes(value)
        if value == before:
            break
    return value or None


def clean_long_text(text: str | None) -> str | None:
    """Free text keeps its inner punctuation: only leaders and white space are folded."""
    if text is None:
        return None
    value = fold_ws(_LEADERS.sub(" ", text)).strip(" \t:")
    return value or None


# ---------------------------------------------------------------------------------- dates

_DATE_WORDS = re.compile(
    # "năm 20…26": a form printed with "năm 20" and the year's last digits filled in by hand
    r"ngay[\s.…_]*(\d{1,2})?[\s,./…_-]*thang[\s.…_]*(\d{1,2})?[\s,./…_-]*nam[\s.…_]*"
    r"(\d{4}(?!\d)|20[\s.…_]+\d{2}(?!\d))"
)
_DATE_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_DATE_BLANK = re.compile(r"ngay\s*(?:[.…_ ]*)\s*[/.-]?\s*(?:[.…_ ]*)\s*[/.-]\s*(\d{4})")


def _make_date(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str | None) -> date | None:
    """'…, ngày 02 tháng 4 năm 2024', '02/4/2024' → a date; a blank day gives None."""
    if not text:
        return None
    folded = fold(unicodedata.normalize("NFC", text))
    match = _DATE_WORDS.search(folded)
    if match:
        if not match.group(1) or not match.group(2):
            return None
        year = int(re.sub(r"\D", "", match.group(3)))
        return _make_date(int(match.group(1)), int(match.group(2)), year)
    match = _DATE_NUMERIC.search(folded)
    if match:
        return _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return None


def iso_date(text: str | None) -> str | None:
    parsed = parse_date(text)
    return parsed.isoformat() if parsed else None


# ---------------------------------------------------------------------------------- numbers

APPROXIMATE_WORDS = ("gan", "tren", "khoang", "hon", "xap xi", "uoc", "uoc tinh", "tren duoi")
_APPROX = re.compile(r"(?<![a-z])(?:" + "|".join(APPROXIMATE_WORDS) + r")(?![a-z])\s*$")


@dataclass(frozen=True)
class Number:
    """A figure read from text; `approximate` when the writer hedged it."""

    value: int
    approximate: bool = False


_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"
_MONEY = re.compile(
    r"(?P<num>" + _NUM + r")\s*(?P<unit>ty|trieu|trd|tr|nghin|ngan|dong|vnd|d)?(?![a-z])"
    r"(?:\s*(?P<num2>" + _NUM + r")\s*(?P<unit2>trieu|trd|tr|nghin|ngan)(?![a-z]))?"
)
_MULTIPLIER = {
    "ty": 1_000_000_000, "trieu": 1_000_000, "trd": 1_000_000, "tr": 1_000_000,
    "nghin": 1_000, "ngan": 1_000,
}  # fmt: skip


def _to_float(raw: str) -> float:
    """'.' groups thousands and ',' marks decimals; '1.5' (not a thousands group) is a decimal."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        raw = raw.replace(".", "")
    return float(raw.replace(",", "."))


def hedged(folded_before: str) -> bool:
    return bool(_APPROX.search(folded_before[-20:]))


def parse_money(text: str | None) -> Number | None:
    """'150 triệu đồng', '150.000.000đ', '1,5 tỷ đồng', '1 tỷ 200 triệu' → đồng."""
    if not text:
        return None
    folded = fold(unicodedata.normalize("NFC", text))
    for match in _MONEY.finditer(folded):
        unit = match.group("unit")
        num = match.group("num")
        if unit is None:
            continue  # a bare number is not money
        if unit == "d" and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d{4,}", num):
            continue  # "3 đ" is too weak to call money
        amount = _to_float(num) * _MULTIPLIER.get(unit, 1)
        if match.group("num2") and unit in _MULTIPLIER:
            amount += _to_float(match.group("num2")) * _MULTIPLIER[match.group("unit2")]
        return Number(round(amount), hedged(folded[: match.start()]))
    return None


def parse_amount(text: str | None) -> Number | None:
    """Money under a money label: a unit if written, else a bare sum of đồng ('350.000.000')."""
    found = parse_money(text)
    if found is not None or not text:
        return found
    folded = fold(unicodedata.normalize("NFC", text))
    match = re.search(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{5,})(?![\d,]|\.\d)", folded)
    if match is None:
        return None
    return Number(int(match.group(1).replace(".", "")), hedged(folded[: match.start()]))


_COUNT = re.compile(r"(?<![\d.,])(" + r"\d{1,3}(?:\.\d{3})+|\d+" + r")(?![\d,]|\.\d)")


def parse_count(text: str | None) -> Number | None:
    """'120 hộ', '1.200 người', 'khoảng 350 lượt người' → 120, 1200, 350 (approximate)."""
    if not text:
        return None
    folded = fold(unicodedata.normalize("NFC", text))
    found = list(_COUNT.finditer(folded))
    if not found:
        return None
    match = next((m for m in found if not counts_groups(folded, m.end())), found[0])
    return Number(int(match.group(1).replace(".", "")), hedged(folded[: match.start()]))


#: Groups or bodies the people come in ("5 dòng họ với 87 hộ", "12 tổ gồm 150 hội viên"): when
#: the people are counted too, the count of groups is not theirs.
_GROUPS = re.compile(
    r"\s+(?:dong ho|to|nhom|doi|thon|xom|ban|ap|lang|chi hoi|chi doan|chi bo|cau lac bo|clb|"
    r"khu dan cu|khu pho|lop|don vi|co quan|doanh nghiep|xa|phuong)\b(?!\s+vien\b)"
)  # "12 tổ viên", "50 đội viên", "30 xã viên" are people


def counts_groups(folded: str, end: int) -> bool:
    """Whether the number ending at `end` of a folded text counts groups or bodies ("5 dòng
    họ", "12 doanh nghiệp"), not people."""
    return _GROUPS.match(folded, end) is not None


# ---------------------------------------------------------------------------------- phones

_OLD_MOBILE = {
    **{f"016{d}": f"03{d}" for d in "23456789"},
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    "0186": "056", "0188": "058", "0199": "059",
}  # fmt: skip
_PHONE = re.compile(r"(?:\(?\+\s*84\)?|\b84(?=[\s.]?[1-9]\d{2}))?[\s.()-]*0?\d[\d\s.()-]{7,16}\d")


def parse_phone(text: str | None) -> str | None:
    """'0912.345.678', '+84 912 345 678', '(+84) 912345678', '0168…' (old) → '0912345678'."""
    if not text:
        return None
    for match in _PHONE.finditer(text):
        raw = match.group(0)
        international = raw.lstrip(" .(-").startswith(("+84", "84", "(+84")) and not raw.lstrip(
            " .(-"
        ).startswith("0")
        digits = re.sub(r"\D", "", raw)
        if international:
            digits = "0" + digits[2:].lstrip("0")
        if not digits.startswith("0"):
            continue
        if len(digits) == 11 and digits[:4] in _OLD_MOBILE:
            digits = _OLD_MOBILE[digits[:4]] + digits[4:]
        if len(digits) == 10 or (len(digits) == 11 and digits.startswith("02")):
            return digits
    return None


# ---------------------------------------------------------------------------------- choices

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
    chosen, ambiguous = _ticked_option(text, options)
    if chosen is None and ambiguous and text:
        return _the_unboxed_option(fold(unicodedata.normalize("NFC", text)), options)
    if chosen is None and text:
        return _option_cut_short(fold(unicodedata.normalize("NFC", text)), options)
    return chosen, ambiguous


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


# ---------------------------------------------------------------------------------- people

_HONORIFIC = re.compile(
    # a word honorific ends its word: "Bàn Văn Lợi" (a Dao surname) keeps its "Bà"
    r"^(?:(?:(?:đ/c|đ/\s*c|đc|đồng\s+chí|ông|bà|anh|chị|cô|thầy|ngài|mr|mrs|ms|"
    r"(?:đại|thượng|trung|thiếu)\s+(?:úy|uý|tá|tướng))(?![^\W\d_])\.?|"
    # degrees written before a name: cử nhân, thạc sĩ, tiến sĩ, kỹ sư, bác sĩ, dược sĩ
    r"(?:pgs\.?\s*)?(?:cn|ths|ts|ks|bs|ds|bsck[12i]+)\.(?=\s*\w))\s*[:.]?\s*)+",
    re.IGNORECASE,
)

_KEEP_UPPER = {
    "UBND", "HĐND", "MTTQ", "UBMTTQ", "CCB", "LHPN", "THCS", "THPT", "CHQS", "BCH", "BCHQS",
    "BTV", "BCĐ", "ĐTN", "TNCS", "HTX", "CAX", "CA", "QS", "VN", "BHYT", "BHXH", "VP",
}  # fmt: skip


def strip_honorific(name: str) -> str:
    return _HONORIFIC.sub("", name.strip()).strip()


def position_case(text: str) -> str:
    """'BÍ THƯ CHI BỘ' → 'Bí thư chi bộ': signature blocks are typed in capitals."""
    words = fold_ws(text).split(" ")
    out = []
    for n, word in enumerate(words):
        if word in _KEEP_UPPER or not word.isupper():
            out.append(word)
        else:
            lower = word.lower()
            out.append(lower[:1].upper() + lower[1:] if n == 0 else lower)
    return " ".join(out)
