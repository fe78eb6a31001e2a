"""Results said in prose: a report with no "Kết quả" label still tells what the model achieved.

A press release, an event's running script, a letter of thanks carry their results in one of
three shapes, read here in this order:

- a lead line that introduces them as outcomes and ends on a colon ("Một số kết quả chính:",
  "Những con số của mô hình (MC giới thiệu):", "Sau một năm:"), then the bullets under it, or
  the one paragraph under it;
- a paragraph that opens on the time so far ("Đến nay …", "Sau 3 năm, …") and holds figures;
  when several do, the one that tells what was done, not the one that tells the response
  to the appeal ("Sau 8 tháng vận động, mô hình đã nhận được sự hưởng ứng của 412 hộ …");
- in a letter of thanks, the paragraph just before the thanks, when it holds figures and is
  not the one that tells the gifts.

Nothing here is a label: every value read so is for review (`STRENGTH`, below 0.9).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.fields.chrome import testimonial_inside
from documents.extraction.fields.outline import BULLET, ITEM_NUMBER
from documents.extraction.normalise import clean_text, fold

#: How sure a result read without a label is, at most.
STRENGTH = 0.85
DOUBT = "kết quả đọc từ đoạn văn/gạch đầu dòng không có nhãn"

#: A line of a list: a dash, a bullet, "1.", "a)".
_BULLET = re.compile(rf"^\s*(?:{BULLET}|{ITEM_NUMBER})\s*\S")
#: Words that make a lead line speak of outcomes.
_OUTCOME_WORDS = re.compile(r"\b(?:ket qua|hieu qua|nhung con so|dat duoc|thanh qua)\b")
#: Words that make it a plan or a shortfall instead: "Kết quả dự kiến:", "Hiệu quả cần đạt:",
#: "Những kết quả chưa đạt được:", "Hạn chế:".
_NOT_OUTCOMES = re.compile(
    r"\b(?:du kien|can dat|phan dau|mong muon|ky vong|se dat|chua dat|han che|ton tai)\b"
)
#: A line or paragraph opening on the time so far: "Đến nay", "Sau 3 năm", "Qua hơn 2 năm".
_SO_FAR = re.compile(
    r"^\s*(?:tinh )?(?:den nay|(?:sau|qua|tron) (?:hon |gan )?\S+ (?:nam|thang)|(?:sau|qua) mot nam)\b"
)
#: How a line ends a sentence or a list's item.
_ENDS = (".", ":", ";", "!", "?")
#: A lead line is short: more words than this (asides in brackets aside) is a paragraph; one
#: opening on the time so far ("Tròn 6 tháng mở cửa, mô hình … đã …:") may say a little more.
_LEAD_WORDS = 25
_SO_FAR_LEAD_WORDS = 40
#: A post's hand pointing down at what follows ("… của các em 👇"): a colon.
_POINTS_DOWN = re.compile(r"\s*(?:👇|⬇\ufe0f?|⤵\ufe0f?)[\U0001F3FB-\U0001F3FF]?\s*$")
_BRACKETS = re.compile(r"\([^)]*\)")
_A_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|[^\W\d_]+)")
#: A paragraph telling the response to the appeal or the gifts, not what was done with them.
_GIFTS = re.compile(
    r"\b(?:huong ung|ung ho|dong gop|quyen gop|tiep nhan|tai tro|gop)\b|\btong so tien\b|"
    r"^\s*(?:sau|qua) [^,.;]{0,20}\bvan dong\b"
)
#: The thanks of a letter: "… xin chân thành cảm ơn …", "Trân trọng cảm ơn …".
_THANKS = re.compile(r"\bxin\b[^.!?]{0,40}\bcam on\b|^\s*(?:chan thanh|tran trong) cam on\b")
#: A letter of thanks by its title.
_THANKS_TITLE = re.compile(r"\bthu (?:cam on|cam ta|tri an)\b")


@dataclass(frozen=True)
class Said:
    """A result read without a label, and how it was found."""

    text: str
    how: str  # "lead", "so_far" or "letter"


def results(body_text: str, title: str = "") -> Said | None:
    """The results a report tells without a label, in the first shape that holds them."""
    lines = unwrapped([line.strip() for line in body_text.split("\n") if line.strip()])
    for how, text in (
        ("lead", after_lead(lines)),
        ("so_far", so_far(lines)),
        ("letter", before_thanks(lines) if _THANKS_TITLE.search(fold(title).lower()) else None),
    ):
        if text:
            return Said(text, how)
    return None


def unwrapped(lines: list[str]) -> list[str]:
    """Lines a scan's OCR broke inside a sentence joined again: a line that ends on no stop,
    colon or semicolon goes on in the next when that opens in lower case, a digit or a bracket
    ("… không tảo hôn," / "không kết hôn cận huyết; …")."""
    joined: list[str] = []
    for line in lines:
        goes_on = line[:1].islower() or line[:1].isdigit() or line[:1] == "("
        if joined and goes_on and not joined[-1].endswith(_ENDS):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


def is_lead(line: str) -> bool:
    """A short line ending on a colon (or a hand pointing down) that introduces outcomes."""
    line = _POINTS_DOWN.sub(":", line)
    if _BULLET.match(line) or not line.rstrip().endswith(":"):
        return False
    words = fold(_BRACKETS.sub(" ", line)).lower()
    if len(words.split()) > (_SO_FAR_LEAD_WORDS if _SO_FAR.match(words) else _LEAD_WORDS):
        return False
    if _NOT_OUTCOMES.search(words):
        return False
    return bool(_OUTCOME_WORDS.search(words) or _SO_FAR.match(words))


def after_lead(lines: list[str]) -> str | None:
    """The bullets, or the paragraph (or items whose bullets were lost) with figures, under
    the first lead line."""
    for n, line in enumerate(lines):
        if not is_lead(line) or n + 1 >= len(lines):
            continue
        rest = lines[n + 1 :]
        found = _bullets(rest) if _BULLET.match(rest[0]) else _paragraph(_items(rest))
        if found:
            return found
    return None


def _bullets(lines: list[str]) -> str | None:
    """The run of bullets the lines open with; a lower-case line after a bullet that does not
    end its sentence goes on with it (a bullet wrapped over two lines)."""
    kept: list[str] = []
    for line in lines:
        if _BULLET.match(line):
            kept.append(line)
        elif kept and line[:1].islower() and not kept[-1].endswith((".", ";", ":")):
            kept[-1] += " " + line
        else:
            break
    if not kept:
        return None
    # A testimonial run into the last bullet's line ("… ngân hàng. “Không phải …” – ông X").
    quoted = testimonial_inside(kept[-1])
    if quoted is not None:
        kept[-1] = kept[-1][:quoted].rstrip()
    return clean_text(" ".join(kept).rstrip(".")) or None


def _items(lines: list[str]) -> str:
    """The first line, and the lines after it while each ends on a semicolon: a list whose
    bullets were lost (a scan's OCR drops "•") still ends its items so, the last on a stop."""
    kept = [lines[0]]
    for line in lines[1:]:
        if not kept[-1].rstrip().endswith(";"):
            break
        kept.append(line)
    return " ".join(kept)


def _paragraph(line: str) -> str | None:
    """One paragraph, when it holds a figure and is more than a few words."""
    if len(line.split()) < 6 or not _A_FIGURE.search(line):
        return None
    return clean_text(line.rstrip(".")) or None


def so_far(lines: list[str]) -> str | None:
    """The paragraph opening "Đến nay…", "Sau 3 năm…" with two figures at least; of several,
    the first that does not tell the response to the appeal."""
    found = [
        line
        for line in lines
        if _SO_FAR.match(fold(line).lower()) and len(_A_FIGURE.findall(line)) >= 2
    ]
    if not found:
        return None
    done = [line for line in found if not tells_gifts(line)]
    return clean_text((done or found)[0].rstrip(".")) or None


def tells_gifts(paragraph: str) -> bool:
    """The paragraph tells what people gave, or how they answered the appeal."""
    return bool(_GIFTS.search(fold(paragraph).lower()))


def before_thanks(lines: list[str]) -> str | None:
    """In a letter of thanks, the paragraph just before the thanks: what the gifts became,
    when it holds two figures and does not tell the gifts themselves."""
    for n, line in enumerate(lines):
        if n == 0 or not _THANKS.search(fold(line).lower()):
            continue
        before = lines[n - 1]
        if _BULLET.match(before) or len(before.split()) < 8:
            return None
        if len(_A_FIGURE.findall(before)) < 2 or tells_gifts(before):
            return None
        return clean_text(before.rstrip(".")) or None
    return None
