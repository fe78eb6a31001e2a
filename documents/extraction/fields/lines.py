"""Find labels on one line of text: stage one of the reader.

A line may open with a label and a separator ("Tên mô hình: X"), carry a label alone ("1  Tên mô
hình", the value on the next line), a label glued to its value without a separator ("Người phụ
trách Ông Lê Văn An", only when the value proves it), or two labels ("Họ và tên: A   Đơn vị: B").
A line may also be a section heading, a date line or a row of check boxes. Each function looks
at the line alone; the flow reader (`flow.py`) decides what the line means in context.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from documents.extraction.fields.labels import (
    OTHER,
    LabelMatch,
    label_key,
    match_label,
    names_type_and_domain,
    question_label,
)
from documents.extraction.fields.labels import split_number as split_number
from documents.extraction.fields.zones import looks_like_name, mostly_upper
from documents.extraction.normalise import (
    fold,
    parse_count,
    parse_domain,
    parse_model_type,
    parse_money,
    parse_phone,
)

LONG_FIELDS = frozenset({"content", "results"})
CHOICE_FIELDS = frozenset({"model_type", "domain"})
SEP = re.compile(r"\s*(?::|：|\t+|(?:[.…_·]\s*){3,})\s*")
#: "Nghĩa Thái, ngày 02 tháng 4 năm 2024", "Xóm 4, ngày …", "Ngày 05 tháng 4 năm 2024"; a
#: template's "năm 20……" with the year's last digits filled in by hand ("năm 20..25").
DATE_LINE = re.compile(
    r"^(?:[^\d:]{0,50}?,?|[^:,]{1,25},)\s*ngay\b[\s\d./…_-]*(?:thang)?[\s\d./…_-]*(?:nam)?\s*"
    r"(?:\d{4}|20[\s.…_]+\d{2}(?!\d))"
)
ROMAN = re.compile(r"^\s*(?:[IVXL]{1,5}|H[Il1]{1,3})\s*[.)/-]\s*\S")
BOXES = "☐☒☑□■▢❑❏✓✔\uf0fe\uf0a8\uf06f\uf0fd"
_BOX_MARK = re.compile(rf"[{BOXES}]|\[\s*[xX✓]?\s*\]")
_HINTS = re.compile(r"\([^()]*\)")
#: A label's hint in brackets after a tab, before the colon that opens the value.
_LEADING_HINT = re.compile(r"^\([^()]*\)\s*[:：]\s*")
_DASH_SEP = re.compile(r"\s+[-–—]\s+")
_QUOTED = re.compile(r'^\s*[“"«][^“”"«»]{3,200}[”"»]\s*[.:;]?\s*$')

#: Rules in chapters and articles ("Chương II", "Điều 5. Chế độ sinh hoạt"): an article's
#: heading names what it sets ("Điều 2. Địa bàn hoạt động"), a label whose words may run on
#: past the lexicon's; the next heading ends the article before it (`flow.py`).
ARTICLE = re.compile(
    # a contract numbers its articles in roman figures too ("ĐIỀU II: TRÁCH NHIỆM CỦA BÊN A")
    r"^\s*(?:[đd]i[ềe]u\s+(?:\d{1,3}|[IVXLC]{1,5})\s*[.:]|ch[ươ]+ng\s+(?:[IVXLC]{1,5}|\d{1,2})\b)",
    re.I,
)
#: Words that open ordinary sentences too ("Mô hình đã…", "Đơn vị đã…"): never a bare label.
_GENERIC_LABELS = frozenset(
    {"mo hinh", "don vi", "to chuc", "co quan", "phu trach", "chu tri", "chu nhiem", "pham vi"}
)


@dataclass(frozen=True)
class Hit:
    """A label found on a line and the text after it on that line (maybe empty)."""

    match: LabelMatch
    label: str
    value: str
    aside: str | None = None  # a quoted name after a section's label ("Kết quả mô hình “X”")
    #: the value ended at the dotted leader of its blank: it is whole, the next line is not its
    filled: bool = False


def is_date_line(text: str) -> bool:
    return len(text) <= 90 and bool(DATE_LINE.match(fold(text)))


def is_choice_line(text: str) -> bool:
    """A row of check boxes ("☒ Khu dân cư ☐ Cơ quan…"): never the value of a text field."""
    marks = _BOX_MARK.findall(text)
    _, rest = split_number(text.strip())
    return len(marks) >= 2 or bool(marks and _BOX_MARK.match(rest.strip()))


def is_heading(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 120:
        return False
    if ROMAN.match(text):
        return True
    return mostly_upper(text) and ":" not in text[:-1] and len(text.split()) <= 14


def label_style(number: str | None) -> str:
    if number is None or number in "-+•*–·":
        return "none"
    if re.fullmatch(r"[IVXL]+", number):
        return "roman"
    if number.isdigit():
        return "digit"
    return "other"


#: A footnote mark glued to a label before its colon ("Lĩnh vực áp dụng mô hình4:", "(…)3:").
_FOOTNOTE = re.compile(r"(?:(?<=[^\W\d_])|(?<=\)))\d{1,2}(?=\s*[:：])")


#: A party of a joint paper named with its role in brackets ("2. Công an xã (đơn vị phối hợp)",
#: the heading of its duties): the name is written, no blank to fill, no label.
_GLOSSED_PARTY = re.compile(
    r"^\s*(?:\d{1,2}\s*[.)]\s*)?[^()\d][^()]{2,}\(\s*(?:don vi|ben)\s+(?:chu tri|phoi hop)\s*\)\s*:?\s*$"
)


def find_labels(line: str) -> list[Hit]:
    """Every label of a line, left to right; the first one's value ends where the next begins."""
    if _BOX_MARK.match(split_number(line.strip())[1].strip()):
        return []  # "☒ Tập thể ☐ Cá nhân": the options of a choice, never a label
    if _GLOSSED_PARTY.match(fold(line)):
        return []  # "1. Hội Nông dân xã (đơn vị chủ trì)": a party named with its role
    first = _first_label(_FOOTNOTE.sub("", line))
    if first is None:
        return []
    if (told := _kind_in_label(first)) is not None:
        return told
    hits = [first]
    while hits[-1].match.field not in LONG_FIELDS and (
        more := _blank_then_label(hits[-1].value)
        or next_label(hits[-1].value, hits[-1].match.field)
    ):
        cut, hit = more
        hits[-1] = Hit(hits[-1].match, hits[-1].label, hits[-1].value[:cut].rstrip(" ;,-–—"))
        hits.append(hit)
    if names_type_and_domain(first.label) and len(hits) == 1:
        hits.append(Hit(LabelMatch("domain", first.match.confidence, first.match.number),
                        first.label, first.value))  # fmt: skip
    return [_to_leader(hit) for hit in hits]


#: "Mô hình cá nhân – lĩnh vực: Kinh tế": a label telling the model's kind in its own words, the
#: domain after it; no model's name.
_KIND_THEN_DOMAIN = re.compile(r"^mo hinh (tap the|ca nhan) (?:thuoc )?linh vuc$")
_KIND_WORDS = {"tap the": "tập thể", "ca nhan": "cá nhân"}


def _kind_in_label(first: Hit) -> list[Hit] | None:
    kind = _KIND_THEN_DOMAIN.match(label_key(split_number(first.label)[1]))
    if kind is None:
        return None
    number = first.match.number
    return [Hit(LabelMatch("model_type", 1.0, number), first.label, _KIND_WORDS[kind.group(1)]),
            Hit(LabelMatch("domain", 1.0, number), first.label, first.value)]  # fmt: skip


def _blank_then_label(value: str) -> tuple[int, Hit] | None:
    """'Điện thoại:    Địa bàn: ấp 3': a blank left empty, then the next label of the slip's
    line; the first label has no value, the second one all of it."""
    match = SEP.search(value)
    if match is None or not value[:1].isupper() or not match.group(0).strip().startswith(":"):
        return None  # "Chủ nhiệm\tHTX …" is a value a tab runs on
    found = match_label(value[: match.start()], prefix=False)
    if found is None or found.confidence < 1.0:
        return None
    return 0, Hit(found, value[: match.start()].strip(), value[match.end() :])


#: A blank's dotted leader ("Chi bộ ấp Sóc Tre ........"), with the rules OCR reads after it.
_LEADER = re.compile(r"(?:[.…_·]\s*){4,}[-–—.…_·\s]*")


def _to_leader(hit: Hit) -> Hit:
    """A short value written in a blank ends at the blank's dotted leader: what follows it on
    the line is no part of it (OCR's reading of the ink or dots, a footnote's mark)."""
    if hit.match.field in LONG_FIELDS:
        return hit
    leader = next((m for m in _LEADER.finditer(hit.value) if hit.value[: m.start()].strip()), None)
    if leader is None:
        return hit
    return Hit(hit.match, hit.label, hit.value[: leader.start()].rstrip(), hit.aside, True)


def _first_label(line: str) -> Hit | None:
    return (
        _question(line)
        or _separated(line)
        or _dashed(line)
        or _alone(line)
        or _glued(line)
        or _after_junk(line)
    )


#: A token OCR made of dots or ink: letters and digits mixed ("j1", "0y", "6c").
_MIXED = re.compile(r"^(?=\S*\d)(?=\S*[^\W\d_])\S+$")


def _after_junk(line: str) -> Hit | None:
    """'j1 0y Xông 6c cốc Chức vụ: Bí thư': a label whose dotted leader before it OCR read as
    letters and digits; what stands before the label is mostly such tokens, never a value."""
    found = _next_label(line)
    if found is None:
        return None
    cut, hit = found
    tokens = line[:cut].split()
    junk = [t for t in tokens if _MIXED.match(t) or len(t.strip(".,;:-_…")) <= 1]
    return hit if len(junk) >= 2 and 2 * len(junk) >= len(tokens) else None


#: "Trả lời:", "TL:", "Đáp:": the mark of an answer under (or after) a question.
ANSWER = re.compile(r"^\s*(?:tr[ảa] l[ờo]i|TL|đáp)\s*[:：.]\s*", re.I)
#: "Hỏi:", "H:": the mark of a question in a leaflet told as questions and answers.
ASKED = re.compile(r"^\s*(?:h[ỏo]i|H)\s*[:：]\s*", re.I)
#: A quoted name inside a question ("Mô hình “…” do ai phụ trách?").
_QUOTED_RUN = re.compile(r"“[^“”]*”|«[^«»]*»|\"[^\"]*\"")
_MODEL_ASKED = re.compile(r"(?i:mô hình)\s*(?:“([^“”]{3,150})”|\"([^\"]{3,150})\")")
_MOVEMENT_NAME = re.compile(r"\s*(?i:dân vận khéo|dvk)\b")
#: A question's last word when OCR lost its mark ("2.1. Tên mô hình là gì").
_ASKING_END = re.compile(r"\b(?:gi|nao|ra sao|bao nhieu|o dau|ai)\s*$")


def _question(line: str) -> Hit | None:
    """'2.1. Tên mô hình là gì? X', 'Câu 5. Mô hình sẽ làm những việc gì? (ghi tóm tắt)':
    a label asked as a question; it ends at the question mark, the answer follows it (or the
    next lines). A numbered question the lexicon does not know is a label of no field: it
    ends a short value before it, and free text by its number only."""
    number, rest = split_number(line.strip())
    rest = ASKED.sub("", rest)  # "Câu 2. Hỏi: Ai phụ trách mô hình?" in a leaflet
    mark = rest.find("?")
    if mark < 0:  # a numbered question whose mark OCR lost, alone on its line
        if number is None or not _ASKING_END.search(label_key(rest)):
            return None
        mark = len(rest)
    asked, after = rest[:mark], rest[mark + 1 :]
    words = _QUOTED_RUN.sub("“”", asked)  # 'Mô hình “…” do ai phụ trách?': the name is no question
    if not asked.strip() or SEP.search(_HINTS.sub("", asked)) or len(words.split()) > 16:
        return None
    found = question_label(words)
    if number is None and (found is None or (after.strip() and found.confidence < 1.0)):
        return None  # a question inside prose ("Vì sao …?"), or answered in its sentence
    found = found or LabelMatch(OTHER, 0.7, None, asked=True)
    value = ANSWER.sub("", re.sub(r"^\s*\([^()]*\)", "", after)).strip()
    named = _MODEL_ASKED.search(asked)  # "Mô hình “X” do ai phụ trách?" names the model
    name = (named.group(1) or named.group(2)).strip() if named else ""
    aside = name if name and not _MOVEMENT_NAME.match(name) else None
    match = LabelMatch(found.field, found.confidence, number, found.asked)
    return Hit(match, asked.strip(), value, aside or None)


def _separated(line: str) -> Hit | None:
    """'Tên mô hình: X', 'Điện thoại……0912', 'Chức vụ\tBí thư'."""
    match = SEP.search(line)
    if not match or not 0 < len(_HINTS.sub("", line[: match.start()])) <= 80:
        return None  # a label is short, whatever hint in brackets it carries
    end, start = match.start(), match.end()
    hint = _hint_with_colon(line, end)
    if (
        hint is not None
    ):  # "Lĩnh vực (Ví dụ: Kinh tế, …): Văn hóa": the hint's colon is no separator
        end, start = hint
    found = match_label(line[:end], unspaced=True)
    if found is None:
        return None
    value = _LEADING_HINT.sub("", line[start:])  # "\t(Ví dụ: Kinh tế, …): Văn hóa"
    return _hit(found, line[:end], value)


def _hint_with_colon(line: str, at: int) -> tuple[int, int] | None:
    """(label end, value start) when the separator at `at` lies inside a bracketed hint after
    the label, one that is followed by the label's own separator; None otherwise."""
    opening = line.rfind("(", 0, at)
    if opening < 0 or ")" in line[opening:at]:
        return None
    hint = _LEADING_HINT.match(line[opening:])
    return (opening, opening + hint.end()) if hint is not None else None


def _dashed(line: str) -> Hit | None:
    """'Tên mô hình – Đường hoa': an exact label, then a dash."""
    if SEP.search(line):
        return None
    dash = _DASH_SEP.search(line)
    if not dash or not 0 < dash.start() <= 60:
        return None
    found = match_label(line[: dash.start()], prefix=False)
    if found is None or found.confidence < 1.0:
        return None
    return _hit(found, line[: dash.start()], line[dash.end() :])


def _alone(line: str) -> Hit | None:
    """'2. Kết quả thực hiện mô hình', or 'Kết quả đạt được' alone: a label on its own line."""
    if SEP.search(line) and not line.rstrip().endswith((":", "：")):
        return None
    number, rest = split_number(line)
    bare = number is None or number in "-+•*–·"
    # a numbered label may run on, as a hint in brackets or up to its colon ("5. Người chịu
    # trách nhiệm chính (họ tên, chức vụ)"), never into a value glued to it
    hinted = not bare and ("(" in rest or rest.rstrip().endswith((":", "："))
                           or bool(ARTICLE.match(line)))  # fmt: skip
    whole = match_label(rest.strip().rstrip(":： "), prefix=hinted)
    if whole is None:
        whole = match_label(line.strip().rstrip(":： "), prefix=False)  # "1  Tên mô hình"
        bare = bare and (whole is None or whole.number is None)
    if whole is not None and whole.confidence >= (1.0 if bare else 0.8):
        return Hit(whole, rest.strip().rstrip(":： "), "")
    return None


def _glued(line: str) -> Hit | None:
    """'Người phụ trách Ông Lê Văn An', 'Kết quả thực hiện mô hình “X”': no separator at all."""
    if SEP.search(line[:90]) and not _QUOTED.search(line):
        return None
    number, rest = split_number(line)
    bare = number is None or number in "-+•*–·"
    words = rest.split()
    digits = next((k for k, w in enumerate(words) if re.search(r"[\d(]", w)), len(words))
    for n in range(min(7, len(words) - 1, digits), 0, -1):
        if _MARK_WORD.fullmatch(words[n - 1]):
            continue  # "Loại mô hình * ◉ Tập thể": the box opens the value, it is no label's
        found = match_label(" ".join(words[:n]), unspaced=True)
        if found is None or found.confidence < 1.0:
            continue
        value = re.sub(r"^\([^)]*\)\s*", "", " ".join(words[n:]))  # "(ghi rõ)"
        if found.field in LONG_FIELDS and _QUOTED.match(value):
            return Hit(LabelMatch(found.field, 0.8, number), " ".join(words[:n]), "", value)
        generic = label_key(" ".join(words[:n])) in _GENERIC_LABELS
        if bare and (generic or not _self_evident(found.field, value)):
            return None  # unnumbered prose may start with label words: only sure values
        if generic and not (_self_evident(found.field, value) or _place_opens(found.field, value)):
            return None  # a numbered point opening with a verb ("4. Tổ chức nạo vét kênh …")
        return Hit(LabelMatch(found.field, 0.8, number), " ".join(words[:n]), value)
    return None


#: A word that is only a box or a radio button ("☐", "◉", "[x]").
_MARK_WORD = re.compile(rf"(?:[{BOXES}◉○◯⦿]|\[\s*[xX✓]?\s*\]|\(\s*[xX•]?\s*\))+")


def _hit(found: LabelMatch, label: str, value: str) -> Hit:
    _, bare_label = split_number(label)
    return Hit(found, bare_label.strip(), value)


#: A label ends at its colon, or at the asterisk a web form marks a required field with
#: ("… Năm đăng ký * 2026").
_NEXT_COLON = re.compile(r"\s*[:：]|\s\*(?=\s|$)")
_BOUNDARY = re.compile(r"(?:[;,.)]|\s[-–—+]|\t|\s\s)\s*$")


def next_label(value: str, field: str) -> tuple[int, Hit] | None:
    """A second label inside the value of `field`: 'Phạm Văn A   Đơn vị: Chi bộ xóm 3' →
    (cut, hit); after a person's name also one without its colon ('… Chức vụ Bí thư')."""
    found = _next_label(value)
    if found is None and field == "leader_name":
        found = _after_name(value)
    return found


#: Labels whose colon may be left out after a name when their value proves them (one word is
#: enough: "Xa Văn Tòng ĐT 0912 345 678").
_AFTER_NAME = frozenset({"leader_position", "phone"})


def _after_name(value: str) -> tuple[int, Hit] | None:
    """'Xa Văn Tòng Chức vụ Chi hội trưởng': a label glued after a name without its colon (OCR
    joins a row's cells once the table's rules are gone), told by the name before it and by
    the value after it: one that proves the label, or a capitalised value after a label of
    two words or more ('Chức vụ' words alone never are a name, nor is 'Bí thư' after them)."""
    words = list(re.finditer(r"\S+", value))
    for k in range(2, min(len(words) - 1, 7)):
        start = words[k].start()
        first = words[k].group(0).lstrip(".…_")  # dotted leaders before the label
        if not first[:1].isupper() or not looks_like_name(value[:start]):
            continue
        for n in range(min(4, len(words) - k - 1), 0, -1):
            label = value[start : words[k + n - 1].end()].rstrip(":： ")
            found = match_label(label, prefix=False)
            if found is None or found.confidence < 1.0 or found.field in ("leader_name", OTHER):
                continue
            rest = value[words[k + n - 1].end() :].lstrip(" :：.-–")
            if _proves_label(found.field, rest, n):
                return start, Hit(found, label, rest)
    return None


def _proves_label(field: str, rest: str, label_words: int) -> bool:
    if field in _AFTER_NAME and _self_evident(field, rest):
        return True
    return label_words >= 2 and (rest[:1].isupper() or rest[:1].isdigit())


def _next_label(value: str) -> tuple[int, Hit] | None:
    """A second label inside a value: 'Phạm Văn A   Đơn vị: Chi bộ xóm 3' → (cut, hit)."""
    for colon in _NEXT_COLON.finditer(value):
        before = re.sub(r"\s*\([^)]*\)\s*$", "", value[: colon.start()])
        # a label may follow a dotted leader without a space ("Thạch Sô Phal....Chức vụ:")
        starts = [m.start() for m in re.finditer(r"[^\s.…_]+", before)][-6:]
        for start in starts:  # longest label first
            if start == 0:
                continue
            found = match_label(before[start:], prefix=False) or _qualified(before, start)
            if found is None or found.confidence < 0.85 or not _boundary(value, start):
                continue
            rest = value[colon.end() :].lstrip()
            return start, Hit(found, value[start : colon.start()].strip(), rest)
        starred = _starred_start(before) if "*" in colon.group(0) else _tab_stop(before)
        if starred is not None:  # a label we do not know, still a label
            rest = value[colon.end() :].lstrip()
            unknown = LabelMatch(OTHER, 0.8, None)
            return starred, Hit(unknown, value[starred : colon.start()].strip(), rest)
    return None


def _qualified(before: str, start: int) -> LabelMatch | None:
    """'… xã  Địa bàn thực hiện chính:': a known label of two words or more with a word or
    two more before its colon, capitalised as a label starts: that label, less sure."""
    text = before[start:]
    if not text[:1].isupper() or len(text.split()) > 8:
        return None
    found = match_label(text)
    return found if found is not None and found.confidence == 0.85 else None


#: A tab stop or a wide gap between the value before and the next label on a slip's line.
_STOP = re.compile(r"\t\s*|\s{3,}")
_UNKNOWN_LABEL = re.compile(r"^[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+){0,4}$")


def _tab_stop(before: str) -> int | None:
    """Where a label we do not know starts on a slip of tab stops ('Đảng ủy xã X\\t Trực
    thuộc:\\t…'): the capitalised words of one to five between the last tab stop (or wide gap)
    and the colon; a value written there would run to the next stop, not end on a colon."""
    stops = list(_STOP.finditer(before))
    if not stops or not before[: stops[-1].start()].strip():
        return None
    start = stops[-1].end()
    return start if _UNKNOWN_LABEL.match(before[start:].strip()) else None


def _starred_start(before: str) -> int | None:
    """Where an unknown label marked required ("… Nam Mã số thuế *") starts: labels are written
    in sentence case, so at the capitalised word the label's lower-case words follow."""
    words = list(re.finditer(r"\S+", before))
    k = len(words) - 1
    while k > 0 and words[k].group(0)[:1].islower():
        k -= 1
    if k <= 0 or not words[k].group(0)[:1].isupper() or len(words) - k > 6:
        return None
    return words[k].start()


def _boundary(value: str, start: int) -> bool:
    """A label starts a new item after punctuation, a dash, a tab or a wide gap, or as a
    capitalised phrase after a finished value ('12/5/1958 Giới tính: Nam')."""
    head = value[:start]
    return bool(_BOUNDARY.search(head)) or value[start : start + 1].isupper()


#: A place's kind opening a value ("thôn Đông", "toàn xã"): written lower case, yet a place.
_PLACE_OPENING = re.compile(
    r"^(?:toan |cac )?(?:thon|xom|ap|ban|xa|phuong|khu|to dan pho|khom|buon|lang|soc|to)\b"
)


def _place_opens(name: str, value: str) -> bool:
    """'2. Phạm vi thôn Đông': a place after a place's label proves the label."""
    return name == "location" and bool(_PLACE_OPENING.match(fold(value)))


def _self_evident(name: str, value: str) -> bool:
    """A value that proves the words before it were a label (a phone number, a tick box)."""
    if name == "phone":
        return parse_phone(value) is not None and len(value) <= 25
    if name in CHOICE_FIELDS:
        parser = parse_model_type if name == "model_type" else parse_domain
        return parser(value)[0] is not None and len(value) <= 120
    if name == "participants":
        return parse_count(value) is not None and len(value) <= 40
    if name == "funds_vnd":
        return parse_money(value) is not None and len(value) <= 40
    if name in ("unit_name", "model_name", "leader_name", "leader_position", "location"):
        # "Tên mô hình “Đường hoa”", "Người phụ trách Ông Lê Văn An": a name or a quote
        if not value or len(value) > 150:
            return False
        if value[0] in '“"«':
            return value.rstrip(" .;,")[-1:] in '”"»'
        return value[0].isupper()
    return False


#: The end of a short value cut at the line's end: a connective, a trailing comma or dash, or
#: a place's kind after a comma with its name still to come ("…, ấp"; "… ở ấp" is whole).
_DANGLING = re.compile(
    r"(?:(?<!\w)(?:và|của|cho|với|tại|ở|các|những|hoặc|thuộc)|[,;–-]"
    r"|,\s+(?:ấp|thôn|xóm|khóm|khu|tổ|sóc|phum|buôn|làng))\s*$"
)


def dangling_end(text: str) -> bool:
    """Does a short value end where its words cannot (a wrap at the line's end)?"""
    return bool(_DANGLING.search(unicodedata.normalize("NFC", text.strip().lower())))


def heading_label(text: str) -> LabelMatch | None:
    """The field a section heading opens ("II. KẾT QUẢ ĐẠT ĐƯỢC"), or OTHER for any heading."""
    _, rest = split_number(text)
    found = match_label(rest.rstrip(": "))
    if found is not None and found.field in LONG_FIELDS | {OTHER}:
        return found
    return None
