"""Where a free-text value (results, content) starts and ends: stage two and a half of the reader.

The flow reader (`flow.py`) ends a free text at a clear boundary (a label, a heading, the next
section, a date line). Inside those bounds a report section still holds lines that are not its
text: the sub-heading it opens with ("1. Thực hiện mô hình …") or the one announcing the table
after it ("2. Các chỉ tiêu chủ yếu"), a first sentence that restates the registration (the unit,
the model, the person in charge and the phone), and, after a bulleted list of results, a plain
paragraph about something else (who took part, the money raised). Those lines are taken out of
the value: the sentence goes back to the prose (the registration fields are read there), the
paragraph after the list stays with the value's figures. A value whose end is still unsure (a
list with a plain paragraph kept after it, sub-sections inside it) carries a doubt and is never
confident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.fields import in_charge, prose
from documents.extraction.fields.found import Item, Part, Where
from documents.extraction.fields.labels import match_label, split_number
from documents.extraction.fields.lines import LONG_FIELDS, heading_label
from documents.extraction.fields.outline import BULLET, BULLET_MARKS
from documents.extraction.fields.outline import parts as numbering
from documents.extraction.normalise import fold

#: Bullets that open the items of a list ("- …;", "+ …", "• …").
_BULLET = re.compile(rf"^\s*{BULLET}\s*\S")
#: How a sentence or a list item ends.
_END = re.compile(r"[.;!?…]\s*[”\"»)]?\s*$")
_FULL_STOP = re.compile(r"[.!?…]\s*[”\"»)]?\s*$")
#: A stop (maybe inside a closing quote or bracket) and the space after it.
_STOP = re.compile(r"[.!?][”\"»)]?\s+")
_HEADING_WORDS = 12
#: A quoted name inside a title ("… và mô hình “Camera an ninh – mắt thần khu dân cư”"): one
#: name, however many words it has.
_QUOTED_NAME = re.compile(r"[“\"«][^”\"»\n]{1,150}[”\"»]")

_LIST_END_DOUBT = "kết quả có danh sách gạch đầu dòng và đoạn văn sau nó: chưa chắc đoạn sau thuộc kết quả"  # fmt: skip
_SUBSECTIONS_DOUBT = "kết quả gồm nhiều mục con: chưa chắc điểm đầu, điểm cuối"


@dataclass
class Settled:
    """What was taken out of the free-text values: registration sentences (back to the prose)."""

    prose: list[tuple[str, Where | None]]


def settle(items: list[Item], title: str = "") -> Settled:
    """Trim every free-text value of the reader to the lines that tell it; `title` is the
    paper's title (a paper about its model tells nothing but the model in its parts)."""
    moved: list[tuple[str, Where | None]] = []
    for item in items:
        if item.name in LONG_FIELDS and item.has_value:
            moved += _settle(item, title)
    return Settled(moved)


def _settle(item: Item, title: str) -> list[tuple[str, Where | None]]:
    lines = [p for p in item.parts if p.text.strip()]
    lines, tail = _trailing_heading(lines)
    if item.name == "results":
        lines = _results_part(lines, title)
    lines, _ = _leading_heading(lines)
    lines, after = _sub_list(item, lines)
    tail = after + tail
    moved: list[tuple[str, Where | None]] = []
    doubt = ""
    if item.name == "results":
        lines, moved = _lead_in(lines)
        if not moved:
            lines, moved = _restatement(lines)
        lines, after = _list_end(lines)
        tail = after + tail
        doubt = _unsure(lines)
    if not lines:
        return []
    item.parts = lines
    item.after = " ".join(p.text.strip() for p in tail if p.text.strip())
    item.doubt = item.doubt or doubt
    return moved


# ------------------------------------------------------------------ sub-headings


def is_subheading(text: str) -> bool:
    """'1. Thực hiện mô hình “Dân vận khéo”', '2. Các chỉ tiêu chủ yếu': a numbered title of a
    few words, no sentence (no stop, no colon at its end)."""
    number, rest = split_number(text.strip())
    if numbering(number) is None or not rest.strip():
        return False
    rest = rest.strip()
    return (
        len(_QUOTED_NAME.sub("“…”", rest).split()) <= _HEADING_WORDS
        and not _END.search(rest)
        and not rest.rstrip().endswith((":", ","))
        and not rest[:1].islower()
    )


def _numbered_item(text: str) -> bool:
    """'2. Lắp 40 đèn chiếu sáng.': an item of a numbered list, a sentence, not a title."""
    return numbering(split_number(text.strip())[0]) is not None and not is_subheading(text)


def _short_unfinished(text: str) -> bool:
    return len(text.split()) <= _HEADING_WORDS and not _END.search(text)


def _trailing_heading(lines: list[Part]) -> tuple[list[Part], list[Part]]:
    """A numbered title after the last finished sentence, and the short unfinished lines after
    it (a table's header read on a scan), head what follows the value, not the value."""
    for k in range(len(lines) - 1, 0, -1):
        if not _short_unfinished(lines[k].text):
            break
        if is_subheading(lines[k].text) and _END.search(lines[k - 1].text):
            if any(_numbered_item(p.text) for p in lines[:k]):
                break  # the last item of a numbered list, left without its stop
            return lines[:k], lines[k:]
    return lines, []


def _leading_heading(lines: list[Part]) -> tuple[list[Part], list[Part]]:
    """The section's own title on its first line: not its text. Kept when other titles follow
    (the value is a list of sub-sections, each with its title)."""
    if len(lines) < 2 or not is_subheading(lines[0].text) or lines[1].text.strip()[:1].islower():
        return lines, []
    if any(is_subheading(p.text) or _numbered_item(p.text) for p in lines[1:]):
        return lines, []
    return lines[1:], lines[:1]


def _results_part(lines: list[Part], title: str = "") -> list[Part]:
    """A section of numbered parts ("1. Công tác tuyên truyền", "2. Kết quả xây dựng mô hình
    “X”", …) whose one part is titled as the results: that part, up to the next title. In a
    paper about other business too (a village's monthly report: "1. Sản xuất", "2. Văn hóa",
    "3. Mô hình “Dân vận khéo” “X”", "4. An ninh"), the one part titled by the model it tells
    is that model's results."""
    titles = [k for k, p in enumerate(lines) if is_subheading(p.text)]
    own = [k for k in titles if _titles_results(lines[k].text)]
    if not own and not _ABOUT_MODEL.search(fold(title)):
        own = [k for k in titles if _NAMES_MODEL.search(fold(lines[k].text))]
    if len(own) != 1 or len(titles) < 2:
        return lines
    start = own[0]
    end = next((k for k in titles if k > start), len(lines))
    return lines[start:end] if end > start + 1 else lines


#: A paper's title about a model or the movement: each of its parts tells of the model.
_ABOUT_MODEL = re.compile(r"\bmo hinh\b|\bdan van\b")
#: A part's title naming the model it tells: its quoted name, or the movement's.
_NAMES_MODEL = re.compile(r"\bmo hinh\s*[“\"«]|\bdan van kheo\b")


def _titles_results(text: str) -> bool:
    found = heading_label(text)
    return found is not None and found.field == "results"


# ------------------------------------------------------------------ sentence roles


_QUOTED_MODEL = re.compile(r"\bmo hinh\s*[“\"«]")
_REGISTERED = re.compile(r"\bdang ky\b")


def is_restatement(sentence: str) -> bool:
    """'Năm 2026, Chi đoàn … đăng ký và thực hiện mô hình “X”, do đồng chí Y trực tiếp phụ trách
    (điện thoại: …).', '… chọn xây dựng mô hình “X”, giao bà Y – … trực tiếp theo dõi, đôn
    đốc.': the registration told again (the model, and the person in charge, a phone or the
    word "đăng ký"), with no figure of what was done."""
    folded = fold(sentence)
    if not _QUOTED_MODEL.search(folded):
        return False
    registered = bool(_REGISTERED.search(folded) or prose.phones(sentence))
    if not registered and prose.leader(sentence) is None and not in_charge.named([sentence]):
        return False
    figures = prose.participant_counts(sentence)[0] or prose.sums(sentence)[0]
    return not figures


def _restatement(lines: list[Part]) -> tuple[list[Part], list[tuple[str, Where | None]]]:
    """The first sentence of a results text, when it restates the registration, goes back to
    the prose; only when text is left after it. On a scan the sentence runs over lines."""
    taken: list[Part] = []
    for line in lines[:_SENTENCE_LINES]:
        taken.append(line)
        sentence, rest = first_sentence(" ".join(p.text.strip() for p in taken))
        if rest or _FULL_STOP.search(sentence):
            break
    else:
        return lines, []
    if not is_restatement(sentence):
        return lines, []
    if _own_label(rest):
        rest = ""  # "… đôn đốc. Kết quả:": the label the results were meant to start with
    last = taken[-1]
    kept = ([Part(rest, last.where)] if rest else []) + lines[len(taken) :]
    if not kept:
        return lines, []
    return kept, [(sentence, taken[0].where)]


#: What a model's introduction tells: who is in charge of it, when it was launched, its kind.
_INTRODUCES_MODEL = re.compile(r"\bphu trach\b|\bra mat\b|\bmo hinh (?:tap the|ca nhan)\b")


def _lead_in(lines: list[Part]) -> tuple[list[Part], list[tuple[str, Where | None]]]:
    """A first paragraph introducing the model, ending on a colon over what it achieved ("Mô
    hình do đồng chí X phụ trách, sau 2 tháng:", "… xây dựng mô hình (mô hình tập thể, …).
    Kết quả nổi bật:"): the model's introduction, not its results; back to the prose, where
    its person, phone and kind are read. A lead-in that only announces the results ("Qua 4
    tháng, mô hình đạt được kết quả như sau:") stays."""
    if len(lines) < 2:
        return lines, []
    first = lines[0].text.strip()
    if not first.endswith(":") or not _INTRODUCES_MODEL.search(fold(first)):
        return lines, []
    return lines[1:], [(first, lines[0].where)]


#: How many lines a first sentence may run over.
_SENTENCE_LINES = 6


def _own_label(text: str) -> bool:
    found = match_label(text.strip().rstrip(":： "), prefix=False) if text.strip() else None
    return found is not None and found.field == "results" and found.confidence >= 1.0


def first_sentence(text: str) -> tuple[str, str]:
    """The first sentence of a paragraph and the rest: a stop before a capital or a bullet."""
    for stop in _STOP.finditer(text):
        following = text[stop.end() :].lstrip('“"«(')[:3]
        if following[:1].isupper() or _BULLET.match(following):
            return text[: stop.end()].strip(), text[stop.end() :].strip()
    return text, ""


# ------------------------------------------------------------------ lists


def _is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text)) and numbering(split_number(text.strip())[0]) is None


def _list_end(lines: list[Part]) -> tuple[list[Part], list[Part]]:
    """A bulleted list closed the usual way (its items end with ";", the last with ".") ends
    the value: a plain paragraph after it is another matter ("Đã có 126/168 hộ tham gia …")."""
    k = _after_list(lines)
    if k is None or not _is_bullet(lines[0].text) or not _closed(lines[:k]):
        return lines, []
    return lines[:k], lines[k:]


def _sub_list(item: Item, lines: list[Part]) -> tuple[list[Part], list[Part]]:
    """A label that is an item of a list ("- Nội dung, cách làm:") holding a list of its own
    ("+ …"): its value ends with that list, at the first line that neither is one of its
    items nor wraps one ("Biểu quyết: …", the signatures)."""
    if item.number not in _BULLETS or not lines or not _is_bullet(lines[0].text):
        return lines, []
    mark = lines[0].text.strip()[0]
    if mark == item.number:
        return lines, []
    for k in range(1, len(lines)):
        text = lines[k].text.strip()
        if not (text.startswith(mark) or text[:1].islower()):
            return lines[:k], lines[k:]
    return lines, []


_BULLETS = tuple(BULLET_MARKS)


def _after_list(lines: list[Part]) -> int | None:
    """Where the first plain paragraph after a bulleted list starts: a line that is neither an
    item nor a wrapped part of one, after a line ending with a full stop."""
    first = next((k for k, p in enumerate(lines) if _is_bullet(p.text)), None)
    if first is None:
        return None
    for k in range(first + 1, len(lines)):
        text = lines[k].text.strip()
        if _is_bullet(text) or text[:1].islower():
            continue
        if _FULL_STOP.search(lines[k - 1].text):
            return k
    return None


def _closed(items: list[Part]) -> bool:
    """'- …;' '- …;' '- … .': every item but the last ends with a semicolon."""
    ends = [items[j - 1].text.rstrip() for j in range(1, len(items)) if _is_bullet(items[j].text)]
    return bool(ends) and all(end.endswith((";", ",")) for end in ends)


def _unsure(lines: list[Part]) -> str:
    """Why the value's bounds are still unsure, or '': sub-sections inside it, or a paragraph
    after a list that tells who took part or the money raised (a matter of its own, maybe)."""
    if any(is_subheading(p.text) for p in lines):
        return _SUBSECTIONS_DOUBT
    k = _after_list(lines)
    if k is not None and _figures(" ".join(p.text for p in lines[k:])):
        return _LIST_END_DOUBT
    return ""


def _figures(text: str) -> bool:
    """A count of people taking part, or a sum raised, in a sentence saying so."""
    return prose.participant_counts(text)[1] > 0 or prose.sums(text)[1] > 0
