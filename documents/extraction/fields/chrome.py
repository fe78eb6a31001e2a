"""Page chrome: the lines a program, a browser or a chat app prints around a form's text.

A web form printed from a browser, or a chat exported to PDF, carries lines nobody wrote as
the form's answers: the box ticked under a declaration ("☑ Tôi cam đoan …"), a row of buttons
("[ In phiếu ] [ Sửa hồ sơ ]"), the browser's print header and footer (a date and a time, a
URL, "1/1"), a page's running footer ("Trang 1/2", "Lưu hành nội bộ", "Xuất từ Zalo PC · Trang
1"), a chat's time stamps, senders and reactions. None of them is ever part of a value.

Two kinds, because a page break may fall inside a value: `is_furniture` lines (headers and
footers of a page) are skipped and the value runs on past them; `ends_value` lines (what
follows a form's last answer: the declaration, the buttons, the sending time, the next
message of a chat) end the value before them.
"""

from __future__ import annotations

import re
import unicodedata

from documents.extraction.fields.lines import BOXES
from documents.extraction.normalise import fold

_TICKED = "☑☒✓✔■\uf0fe"
#: "☑ Tôi cam đoan …", "[x] Tôi đồng ý …", "Chúng tôi xin cam đoan …": the sender's declaration;
#: without a ticked box only "cam đoan" (a text may well say "Chúng tôi cam kết …").
_DECLARATION = re.compile(
    # the box, or what OCR read of it ("[ZI"): a short run of signs and letters before the words
    r"^(?:(?:[" + _TICKED + r"]\s*|\[\s*[xX✓✔]\s*\]\s*|[^\w\s]\S{0,3}\s+)"
    r"(?:toi|chung toi)\s+(?:xin\s+)?(?:cam doan|cam ket|xac nhan|dong y|da doc)"
    r"|(?:toi|chung toi)\s+(?:xin\s+)?cam doan)\b"
)
#: "[ In phiếu ]", "[Sửa hồ sơ]": a button's caption in brackets; OCR may lose one bracket.
#: A check box ("[ ]", "[x]") is no button: a caption has a word of two letters or more.
_BUTTON = re.compile(r"\[[^\[\]]{0,14}[^\W\d_]{2}[^\[\]]{0,28}\]")
#: A time of day: "14:31", "8:02 PM", "21h47".
_TIME = r"\d{1,2}[:h]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
#: "Gửi lúc 21:47, ngày 07/3/2026 – người gửi: …": when the record was sent or saved.
SENT_AT = re.compile(
    r"^(?:da\s+)?(?:gui|nop|luu|cap nhat|dang ky|tao|sua)(?:\s+(?:luc|vao luc|ngay))?\s*:?\s*"
    + _TIME
)
#: A chat's message time alone, or before its sender's name ("14:33", "14:33 Trần Văn Tới").
_CHAT_TIME = re.compile(r"^" + _TIME + r"(?:\s+(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*){1,5})?$")
#: A message's sender then its time, as a group chat heads each bubble ("Lê Văn Hai  08:13").
_CHAT_SENDER = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+){2,5}" + _TIME + r"$")
#: "Hôm qua 14:31", "T5 09:12", "12/03 08:00": a message's day and time; "Đã xem": its status.
_CHAT_DAY_TIME = re.compile(
    r"^(?:(?:hom nay|hom qua|t[2-7]|cn|chu nhat|thu (?:hai|ba|tu|nam|sau|bay)"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?),?\s+\d{1,2}:\d{2}"
    r"|(?:da xem|da nhan|seen|delivered)(?:\s+(?:luc\s+)?\d{1,2}:\d{2})?)$"
)
#: "https://…", "www.…": an address printed by the browser, maybe with the page count after it.
_URL = re.compile(r"^(?:https?\s*:\s*/*\S*|www\.\S+)(?:\s+\S+){0,2}$", re.I)
#: "3/9/26, 8:02 PM Đăng ký mô hình …": the browser's print header, a short date then a time.
#: (a two-digit year or a 12-hour clock: a dated entry "15/3/2026, 7h30 ra quân" is text).
_PRINT_HEADER = re.compile(
    r"^\d{1,2}/\d{1,2}/(?:\d{2},?\s+\d{1,2}:\d{2}|\d{4},?\s+\d{1,2}:\d{2}\s*[AaPp][Mm])\b"
)
#: "… · Trang 1", "Trang 2/3", "- 3 -", "Lưu hành nội bộ": a running footer.
_FOOTER = re.compile(
    r"(?:^|[·|•–—-]\s*)trang\s+\d{1,3}(?:\s*(?:/|tren)\s*\d{1,3})?\s*$"
    r"|^luu hanh noi bo\.?$"
)
#: A breadcrumb trail "Trang chủ › Dân vận khéo › …".
_BREADCRUMB = re.compile(r"^[^›»]{1,40}(?:\s[›»]\s[^›»]{1,60}){1,}$")


#: A notice's closing sentences: where it is posted ("Bảng công khai được niêm yết tại … từ
#: ngày … đến hết ngày …") and whom to ask ("Mọi ý kiến thắc mắc xin liên hệ …"); a
#: certificate's attestation. They follow the paper's last value and are never part of it.
_POSTED = (
    r"(?:[^\W\d_]+\s+){0,6}(?:da\s+)?(?:duoc\s+)?niem yet(?:\s+cong khai)?\s+(?:tai|o)\b"
    r"|(?:moi|cac)\s+(?:y kien|thac mac|phan anh|kien nghi|gop y)\b[^.]{0,40}?"
    r"\b(?:xin\s+)?(?:lien he|gui ve|phan anh ve|gui den)\b"
    # a certificate's attestation: "Nội dung trên là đúng sự thật", "Ban … xác nhận nội dung
    # trên là đúng", "Giấy xác nhận có giá trị để …"
    r"|(?:[^\W\d_]+\s+){0,12}?xac nhan\s+(?:cac\s+)?noi dung (?:tren|neu tren)\b"
    r"|noi dung (?:tren|neu tren)\s+(?:la\s+)?(?:dung|chinh xac)\b"
    r"|giay xac nhan\s+(?:nay\s+)?(?:co gia tri|duoc cap)\b"
)
_CLOSING = re.compile(r"^(?:" + _POSTED + r")")
#: A credit line of a poster or an infographic: "Nguồn: …", "Thiết kế: …", "Đồ họa: …".
_CREDIT = re.compile(r"^(?:nguon(?:\s+tin)?|thiet ke|do hoa)\s*:\s*\S")
#: '“Có đường mới, bà con đi lại đỡ vất vả.” – Bà Lò Thị Mai, bản Nà Lừa': a quoted testimonial
#: with its speaker after a dash, as an infographic prints it under its figures.
_ATTRIBUTED = re.compile(r"[”\"»]\s*[–—-]\s*(\w+)\s+[A-ZĐÀ-Ỹ][^.!?]{0,80}$")
_SPEAKER = frozenset({"ba", "ong", "anh", "chi", "co", "chu", "bac", "cu", "em", "chau"})
#: '– Bà Chamaléa Thị Sáu, thôn Suối Rua' on a line of its own: the speaker of the testimonial
#: quoted on the lines above it (an infographic sets the quotation and its speaker apart).
_SPEAKER_LINE = re.compile(r"^[–—-]\s*(\w+)\s+[A-ZĐÀ-Ỹ][^.!?]{0,80}$")
#: A quotation closing a part: the whole part ('“Nắng mấy cũng có …”'), or its last sentence
#: ('… công bằng. “Nắng mấy cũng có …”') when a PDF ran the quotation into the line before.
_QUOTED_END = re.compile(r"(?:^|(?<=[.!?;])\s+)[“\"«][^“”\"«»]{2,300}[”\"»]\s*$")
_OPENS_QUOTE = re.compile(r"^\s*[“\"«]")
_CLOSES_QUOTE = re.compile(r"[”\"»]\s*$")
#: A testimonial's quotation spans at most this many lines of a value.
_QUOTE_LINES = 4

#: ". Tôi xin cam đoan …" after a sentence: the declaration a PDF ran into the last answer; a
#: notice's closing sentence likewise ("… hoàn thành. Bảng công khai được niêm yết tại …").
_DECLARATION_AFTER = re.compile(
    r"[.;!]\s+(?=(?:toi|chung toi)\s+(?:xin\s+)?cam doan\b|(?:" + _POSTED + r"))"
)


def declaration_inside(text: str) -> int | None:
    """Where a declaration opens inside a line, after a sentence of the value before it (a
    PDF's lines joined into one paragraph); None when it does not."""
    match = _DECLARATION_AFTER.search(fold(text))
    return match.end() if match else None


#: A testimonial run onto a line after a sentence of the value ("… qua ngân hàng. “Không phải
#: gánh ra chợ.” – ông X, bản Y"): a PDF's lines joined into one paragraph.
_TESTIMONIAL_AFTER = re.compile(r"(?<=[.!?;])\s+(?=[“\"«][^“”\"«»]{2,300}[”\"»]\s*[–—-])")


def testimonial_inside(text: str) -> int | None:
    """Where a quoted testimonial with its speaker opens inside a line, after a sentence of the
    value before it; None when it does not."""
    opens = _TESTIMONIAL_AFTER.search(text)
    said = _ATTRIBUTED.search(text)
    if opens is None or said is None or fold(said.group(1)).lower() not in _SPEAKER:
        return None
    return opens.end() if said.start() > opens.end() else None


def ends_value(text: str) -> bool:
    """A line printed after a form's last answer: it ends the value that ran before it."""
    stripped = text.strip()
    folded = fold(stripped)
    if _DECLARATION.match(folded) or SENT_AT.match(folded):
        return True
    if _CHAT_TIME.match(stripped) or _CHAT_DAY_TIME.match(folded):
        return True
    if _CHAT_SENDER.match(stripped):
        return True
    return _buttons(stripped) or closing_matter(stripped)


def closing_matter(text: str) -> bool:
    """A paper's closing lines after its last value: a notice's posting and contact sentences,
    a quoted testimonial with its speaker, a credit line ("Nguồn: …")."""
    folded = fold(text)
    if _CLOSING.match(folded) or _CREDIT.match(folded):
        return True
    said = _ATTRIBUTED.search(text)
    return said is not None and fold(said.group(1)).lower() in _SPEAKER


#: Where a sentence of running text ends: a stop, '!' or '?' before a space (a stop inside
#: "0914.562.087" or "8.5.2026" ends none).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def without_closing(text: str) -> str:
    """The text less a notice's closing sentences ("Bảng công khai được niêm yết tại …", "Mọi
    ý kiến thắc mắc xin liên hệ bà X, điện thoại …"): the phone they give is whom to ask about
    the notice, not surely the model's contact."""
    return "\n".join(" ".join(_closing_split(line)[0]) for line in text.split("\n"))


def closing_sentences(text: str) -> list[str]:
    """A notice's closing sentences in the text (see `without_closing`)."""
    return [s for line in text.split("\n") for s in _closing_split(line)[1]]


def _closing_split(line: str) -> tuple[list[str], list[str]]:
    """A line's sentences: those of its text, and its closing ones."""
    sentences = _SENTENCE_BREAK.split(line)
    closing = [s for s in sentences if _CLOSING.match(fold(s.strip()))]
    return [s for s in sentences if s not in closing], closing


def speaker_line(text: str) -> bool:
    """'– Em Đàng Thị Lan, lớp 7B': a dash, then a person's form of address and name, alone on
    its line: who said the quotation above it. (A dashed line of a list, "- Bà X nhận nuôi 2
    cháu.", looks alike: only `testimonial_start` over the lines before it tells them apart.)"""
    said = _SPEAKER_LINE.match(text.strip())
    return said is not None and fold(said.group(1)).lower() in _SPEAKER


def testimonial_start(parts: list[str]) -> tuple[int, int] | None:
    """Where the quotation ending these lines of a value opens: (line, offset in that line), the
    value keeping what comes before it; None when the lines end in no quotation, or when the
    quotation is all the value (then it is the value, not a testimonial under it)."""
    if not parts or not _CLOSES_QUOTE.search(parts[-1]):
        return None
    last = len(parts) - 1
    inside = _QUOTED_END.search(parts[last])
    if inside is not None:
        return (last, inside.start()) if inside.start() > 0 else _whole_lines(last)
    for at in range(last, max(-1, last - _QUOTE_LINES), -1):
        if _OPENS_QUOTE.match(parts[at]):
            return _whole_lines(at)
        if at < last and re.search(r"[”»]", parts[at]):
            return None  # a quotation closes before: these lines are no one quotation
    return None


def _whole_lines(at: int) -> tuple[int, int] | None:
    """The quotation opens line `at`: the value keeps the lines before it, if any."""
    return (at, 0) if at > 0 else None


def is_furniture(text: str) -> bool:
    """A page's header or footer, a breadcrumb, a reaction: skipped wherever it falls."""
    stripped = text.strip()
    if not stripped:
        return False
    folded = fold(stripped)
    if _URL.match(stripped) or _PRINT_HEADER.match(stripped) or _FOOTER.search(folded):
        return True
    if _BREADCRUMB.match(stripped):
        return True
    return _reaction(stripped)


def _buttons(text: str) -> bool:
    """'[ In phiếu ] [ Sửa hồ sơ ] [ Quay lại ]': two buttons or more, and nothing else."""
    found = _BUTTON.findall(text)
    rest = _BUTTON.sub(" ", text)
    return (
        len(found) >= 2
        and len(re.sub(r"[\s\[\]|]+", "", rest)) <= 20
        and len(found) * 3 > len(rest.split())
    )


def _reaction(text: str) -> bool:
    """'❤️', '👍 2': a chat's reaction, pictures and a count only (never a check box)."""
    if len(text) > 12 or any(ch in BOXES for ch in text):
        return False
    signs = [ch for ch in text if not ch.isspace() and not ch.isdigit()]
    return bool(signs) and all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in signs)
