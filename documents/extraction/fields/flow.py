"""Find values in the flow of lines: stage two of the reader, for paragraphs.

A label opens an item; its value is the rest of its line, or, for a label alone on its line, the
lines below it until the next label, a section heading or a date line. Free text (content,
results) runs on over lines that look like labels of its own kind ("Mục tiêu: …" inside "Nội
dung"); numbered items of the same level end it. A row of check boxes under a text label is
skipped, never taken as the value. Table rows go through `tables.py` with the same reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from documents.contract import Kind
from documents.extraction.choices import is_option_line, names_an_option
from documents.extraction.fields import chrome
from documents.extraction.fields.found import TOLD, Item, Method, Where
from documents.extraction.fields.funds import head_unit
from documents.extraction.fields.gloss import is_english_label, is_gloss
from documents.extraction.fields.instructions import is_instruction
from documents.extraction.fields.labels import LEADS_CONTENTS, OTHER, LabelMatch, split_number
from documents.extraction.fields.lines import (
    ANSWER,
    ARTICLE,
    ASKED,
    CHOICE_FIELDS,
    LONG_FIELDS,
    ROMAN,
    SEP,
    Hit,
    dangling_end,
    find_labels,
    heading_label,
    is_choice_line,
    is_date_line,
    is_heading,
    label_style,
)
from documents.extraction.fields.outline import BULLET, ITEM_NUMBER, child_of, follows, parts
from documents.extraction.normalise import fold

#: "Những thông tin cần được bảo mật (nếu có): Không": a label's shape, whatever its words.

_LABEL_SHAPE = re.compile(r"^\s*[^\W\d][^:.;]{2,120}:(?:\s|$)")
#: "… đạt được những kết quả đáng khích lệ:": a sentence ending on the results it announces
#: (not planned ones: "kết quả dự kiến", "mục tiêu").
_ANNOUNCES_RESULTS = re.compile(
    r"^(?!.*\b(?:du kien|ke hoach|muc tieu)\b)\S+(?:\s+\S+){3,}\s+(?:(?:nhung|cac|mot so)\s+)?ket qua"
    r"(?:\s+[^\s:]+){0,4}\s*:\s*$"
)
#: "… ở 4 thôn, bản thân đã:": a sentence on the model ending on what was done, listed below.
_DONE_LEAD = re.compile(r"\bmo hinh\b.*\bda(?: (?:dat duoc|lam duoc|lam|thuc hien))?\s*:\s*$")
#: The last clause of a sentence leading into a list of what a model will do: "… gồm các việc:",
#: "Mô hình sẽ làm những việc chính sau đây:", "…; Bên A cam kết:", "… đúng mục đích, cụ thể:".
#: (the label's own leads, `LEADS_CONTENTS`, and a side's pledge or "cụ thể" after a clause)
_PLEDGE = re.compile(r"^(?:\S+ ){1,3}cam ket$|^cu the$")
#: What such a sentence must be about: the model, or the funds given to build it.
_OF_THE_MODEL = re.compile(r"\b(?:mo hinh|tai tro|ho tro)\b")
#: "(Đơn vị tính: nghìn đồng)", "ĐVT: triệu đồng": the unit of the figures of the table below.
_UNIT_LINE = re.compile(r"^\(?\s*(?:don vi tinh|dvt)\s*:")
_TYPE_HEADING = re.compile(r"^(?:mo hinh |doi voi |danh sach )?(tap the|ca nhan)\s*:?\s*$")


@dataclass
class Mention:
    """A value named outside its label: a quoted model name in a section's heading, the kind
    of model a list is headed by ("1. Cá nhân:")."""

    name: str
    value: str
    where: Where | None
    heading: bool = False  # a list's heading: it names the kind of the models listed under it


#: The marks of a list of ticked highlights.
_TICKS = "✔✓☑✅"


@dataclass
class Reader:
    kind_hint: Kind | None
    items: list[Item] = field(default_factory=list)
    cur: Item | None = None
    prose: list[tuple[str, Where | None]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    outline: str | None = None  # the last section number seen outside a value ("3.2")
    anchor: str | None = None  # the section number the current item was opened under
    inner: str | None = None  # the last number of a list inside the current value
    part: str | None = None  # the last roman part number seen outside a value ("II")
    scored: bool = False  # the body holds a table of criteria with points (`criteria.py`)
    #: the unit of money a line above a table gives its figures ("(Đơn vị tính: nghìn đồng)")
    money_unit: str = ""

    # ------------------------------------------------------------------ items
    def close(self) -> None:
        self.cur = None

    def open(self, item: Item) -> Item:
        self.items.append(item)
        self.cur = item
        self.anchor = item.number if parts(item.number) else self.outline
        self.inner = None
        return item

    def open_hit(self, hit: Hit, where: Where | None, method: Method = Method.INLINE) -> Item:
        found = hit.match
        item = Item(found.field, found.confidence, found.number, heading=False, label=hit.label,
                    label_where=where, method=method if hit.value else Method.NEXT_LINES)  # fmt: skip
        if hit.value:
            item.add(hit.value, where)
        if hit.aside:
            self.mentions.append(Mention("model_name", hit.aside, where))
        return self.open(item)

    # ------------------------------------------------------------------ lines
    def line(self, text: str, where: Where | None = None) -> None:
        text = ANSWER.sub("", text).strip()  # "Trả lời: X" under a question: the answer is X
        text = _phone_sign(_bullet_read(text))
        cut = chrome.declaration_inside(text)
        cut = chrome.testimonial_inside(text) if cut is None else cut
        if cut is not None:  # "… văn hóa thôn. Tôi xin cam đoan …": two lines a PDF joined
            self.line(text[:cut], where)
            self.line(text[cut:], where)
            return
        if _UNIT_LINE.match(fold(text)):
            self.money_unit = head_unit(f"({text.strip(' ()')})") or self.money_unit
        if not text or _PAGE_MARK.match(text) or chrome.is_furniture(text):
            return  # "4/6", "Trang 2", a URL: a page's header or footer is no one's text
        if is_gloss(text) or is_english_label(text):
            return  # "(Tus xov tooj)", "Model name" under a label: the label's translation
        if self._awaits_answer() and is_instruction(text):
            return  # "Tên ngắn gọn; không quá 20 chữ" under "Tên mô hình *": help, not the answer
        if self._help_over_options(text):
            return  # "Chọn một lĩnh vực chính" over the options, one per line
        if self._testimonial(text, where):
            return  # "“…” / – Bà X, thôn Y" under the last bullet: a testimonial, not the value
        if chrome.ends_value(text):
            self.close()  # "☑ Tôi cam đoan …", "[ In phiếu ]", "14:31": after the last answer
            self.prose.append((text, where))
            return
        if is_date_line(text):
            self.close()  # "…, ngày 02 tháng 4 năm 2024" ends whatever value ran before it
            self.prose.append((text, where))
            return
        if ARTICLE.match(text):
            self.close()  # "Điều 5. Chế độ sinh hoạt", "Chương II": the article before it ends
        number = split_number(text)[0] if parts(split_number(text)[0]) else None
        if number and (self._next_section(number) or self._sub_items(number)):
            self.close()  # "3.3. Khả năng áp dụng" after a value under "3.2."
        elif self._bullet_sibling(text):
            self.close()  # "- Những điều kiện …: …" after a value under "- Mô tả …:"
        opened = len(self.items)
        self._line(text, where)
        if ASKED.match(split_number(text)[1]):  # "Câu 2. Hỏi: …?": a leaflet's question
            for item in self.items[opened:]:
                item.doubt = item.doubt or TOLD
        if number:
            self._count(number, text, opened)

    def _line(self, text: str, where: Where | None) -> None:
        self._type_heading(text, where)
        hits = find_labels(text)
        if self._heading(text, hits, where):
            return
        if hits:
            self._labelled(text, hits, where)
            return
        if self._results_announced(text, where) or self._contents_announced(text, where):
            return
        self._plain(text, where)

    def _testimonial(self, text: str, where: Where | None) -> bool:
        """A speaker's line ("– Bà Lò Thị Mai, bản Nà Lừa") under a quotation that closes a long
        value: the quotation is a testimonial printed under the value (an infographic's, a
        poster's), never its last sentence. The value ends before the quotation; both lines
        go to the prose."""
        cur = self.cur
        if cur is None or cur.name not in LONG_FIELDS or not chrome.speaker_line(text):
            return False
        start = chrome.testimonial_start([p.text for p in cur.parts])
        if start is None:
            return False
        line, offset = start
        quoted = cur.parts[line:]
        kept = quoted[0].text[:offset].rstrip()
        del cur.parts[line:]
        if kept:
            cur.add(kept, quoted[0].where)
        self.prose.append((quoted[0].text[offset:], quoted[0].where))
        self.prose.extend((p.text, p.where) for p in quoted[1:])
        self.prose.append((text, where))
        self.close()
        return True

    def _results_announced(self, text: str, where: Where | None) -> bool:
        """A sentence that announces the results below it ("Sau một năm, mô hình đã đạt được
        những kết quả sau:") opens them, as their heading would, outside another free text."""
        cur = self.cur
        folded = fold(text)
        if (cur is not None and cur.name in LONG_FIELDS) or not (
            _ANNOUNCES_RESULTS.search(folded) or _DONE_LEAD.search(folded)
        ):
            return False
        self._open_led("results", text, where)
        return True

    def _open_led(self, name: str, text: str, where: Where | None) -> None:
        """Open free text under the sentence leading into it; a lead inside a numbered point
        ("2. Về thực hiện nhiệm vụ", its sentences, then the lead) ends its value at the next
        point ("3. …"), as that point's heading would."""
        point = self.inner if self.cur is not None and self.cur.name == OTHER else None
        self.open(Item(name, 0.8, None, method=Method.SECTION, label=text, label_where=where))
        if parts(point):
            self.anchor = point
        self.prose.append((text, where))  # its sentences may name the model, its kind …

    def _contents_announced(self, text: str, where: Where | None) -> bool:
        """A sentence about the model that ends by leading into a list of what it will do
        (class: a speech, a commitment, an agreement tells its contents under a lead of its
        own words, no label) opens the contents, outside another free text; a report's or a
        proposal's lead ("… với những nội dung sau:") tells what was done, no contents."""
        cur = self.cur
        folded = fold(text).strip()
        if (cur is not None and cur.name in LONG_FIELDS) or not folded.endswith(":"):
            return False
        if self.kind_hint is Kind.REPORT:
            return False
        clause = re.split(r"[.;!?,]", folded[:-1])[-1].strip()
        if not (
            (LEADS_CONTENTS.search(clause) or _PLEDGE.match(clause))
            and _OF_THE_MODEL.search(folded)
        ):
            return False
        self._open_led("content", text, where)
        return True

    def _next_section(self, number: str) -> bool:
        """A number that goes on with the outline the current free text was opened under,
        and not with a list inside that text, opens another section."""
        cur = self.cur
        if cur is None or cur.name not in LONG_FIELDS or not cur.has_value:
            return False
        if follows(number, self.inner):
            return False
        return follows(number, self.anchor) or self._next_part(number)

    def _next_part(self, number: str) -> bool:
        """A roman number after the part the outline is in ("III" after "II. MỤC TIÊU", then
        "1. …", "2. …") opens the next part of a proposal or report, whatever the numbering of
        the items the current value was opened under."""
        found = parts(number)
        return found is not None and found[0] == "roman" and follows(number, self.part)

    def _bullet_sibling(self, text: str) -> bool:
        """Free text opened by a bulleted label ends at the next bulleted label of that list
        ("- Những điều kiện cần thiết: …"), known to the lexicon or not."""
        cur = self.cur
        if cur is None or cur.name not in LONG_FIELDS or not cur.has_value or not cur.number:
            return False
        bullet, rest = split_number(text)
        return bullet == cur.number and parts(bullet) is None and bool(_LABEL_SHAPE.match(rest))

    def _sub_items(self, number: str) -> bool:
        """A free-text label whose first line is its own sub-item ("3. Mô tả" then "3.1. …")
        heads a section of labelled parts: it holds no text of its own."""
        cur = self.cur
        return cur is not None and cur.name in LONG_FIELDS and not cur.has_value \
            and child_of(number, cur.number)  # fmt: skip

    def _count(self, number: str, text: str, opened: int) -> None:
        """Remember a line's number: inside the current value (a list of its own) or outside."""
        cur = self.cur
        inside = len(self.items) == opened and cur is not None and bool(cur.parts) \
            and cur.parts[-1].text == text  # fmt: skip
        if inside:
            self.inner = number
        else:
            self.outline = number
            if (parts(number) or ("", ()))[0] == "roman":  # a part of the whole paper
                self.part = number

    def _type_heading(self, text: str, where: Where | None) -> None:
        """'1. Cá nhân:' / 'Tập thể:' heads a list of models of that kind; under a choice field's
        label ("Loại mô hình *" over "Tập thể", "® Cá nhân") it is one of the options."""
        if self.cur is not None and self.cur.name in CHOICE_FIELDS:
            return
        _, rest = split_number(text)
        match = _TYPE_HEADING.match(fold(rest).strip())
        if match:
            value = "cá nhân" if match.group(1) == "ca nhan" else "tập thể"
            self.mentions.append(Mention("model_type", value, where, heading=True))

    def _heading(self, text: str, hits: list[Hit], where: Where | None) -> bool:
        labelled = bool(hits) and (
            SEP.search(text[:90]) is not None
            or hits[0].match.field not in LONG_FIELDS | {OTHER}
            or not hits[0].value
        )
        if labelled or not is_heading(text) or self._caps_inside_text(text):
            return False
        if self._awaits_value() and not ROMAN.match(text) and not hits:
            return False  # "Đơn vị đăng ký" / "XÓM 5": the value, typed in capitals
        found = heading_label(text)
        name = found.field if found else OTHER
        number = split_number(text)[0]
        self.open(Item(name, 0.8 if found else 0.5, number, heading=True, method=Method.SECTION,
                       label=text, label_where=where))  # fmt: skip
        return True

    def _help_over_options(self, text: str) -> bool:
        """A help line naming no option under a group of boxes with no option read yet."""
        cur = self.cur
        return cur is not None and cur.name in CHOICE_FIELDS and not cur.has_value \
            and is_instruction(text) and not names_an_option(cur.name, text)  # fmt: skip

    def _awaits_answer(self) -> bool:
        """An open field without its value yet, other than a group of boxes (whose help line
        OCR may read among the options)."""
        cur = self.cur
        return cur is not None and cur.name not in CHOICE_FIELDS and not cur.has_value

    def _awaits_value(self) -> bool:
        cur = self.cur
        return cur is not None and cur.name not in LONG_FIELDS | {OTHER} and not cur.has_value

    def _caps_inside_text(self, text: str) -> bool:
        """One or two words in capitals inside running free text ("BHYT") are text."""
        cur = self.cur
        return (
            cur is not None
            and cur.name in LONG_FIELDS
            and not cur.heading
            and cur.has_value
            and not ROMAN.match(text)
            and len(text.split()) < 3
        )

    def _labelled(self, text: str, hits: list[Hit], where: Where | None) -> None:
        first = hits[0]
        cur = self.cur
        long_value = cur is not None and cur.name in LONG_FIELDS and cur.has_value
        if long_value and cur is not None and self._restated(cur, first):
            self.items.remove(cur)  # the highlights stay text to read, no longer the value
            self.prose += [(p.text, p.where) for p in cur.parts]
            self.open_hit(first, where)  # the field's own labelled statement
            return
        if long_value and cur is not None and not self._breaks(cur, first.match):
            cur.add(text, where)
            return
        if cur is not None and _first_of_list(cur, first, text):
            cur.add(text, where)
            return
        if cur is not None and cur.heading and first.match.field == cur.name and not cur.has_value:
            cur.heading = False  # "II. KẾT QUẢ" then "1. Kết quả thực hiện mô hình “X”"
            cur.confidence = max(cur.confidence, first.match.confidence)
            cur.number = first.match.number or cur.number
            if first.value:
                cur.add(first.value, where)
            if first.aside:
                self.mentions.append(Mention("model_name", first.aside, where))
            return
        for hit in hits:
            self.open_hit(hit, where)
        if hits[-1].filled:
            self.close()  # its blank is filled to the leader: the next line is not its value

    @staticmethod
    def _restated(cur: Item, hit: Hit) -> bool:
        """Under a heading in capitals ("KẾT QUẢ NỔI BẬT") a list of ticked highlights, then
        the field's own label with its statement ("Kết quả: Phát 9.640 suất cơm …"): the
        statement is the value, the ticks its illustrations."""
        ticked = all(p.text.lstrip()[:1] in _TICKS for p in cur.parts)
        return (
            cur.method in (Method.SECTION, Method.NEXT_LINES) and ticked
            and hit.match.field == cur.name
            and len(hit.value) >= 20
            and hit.match.number is None
        )  # fmt: skip

    def _same_long(self, a: str, b: str) -> bool:
        """A form carries one free text (content or results): the other label is part of it."""
        known_kind = self.kind_hint in (Kind.REGISTRATION, Kind.REPORT)
        return a == b or (known_kind and {a, b} <= LONG_FIELDS)

    def _breaks(self, cur: Item, found: LabelMatch) -> bool:
        """Does a label line end a long free-text value, or is it part of it?"""
        if _results_in_a_record(cur, found):
            return True
        if self._same_long(cur.name, found.field) or found.asked:
            return False  # a question of its own inside free text ends it by its number only
        if follows(found.number, self.inner) and not follows(found.number, self.anchor):
            return False  # "3. Liên hệ …" after "1. …", "2. …" under "7. Nội dung": a list item
        style = label_style(found.number)
        if style != "none":
            return style == label_style(cur.number) or found.field != OTHER or cur.number is None
        return found.confidence >= 1.0 and found.field not in LONG_FIELDS

    def awaits_text(self) -> bool:
        """An open short text field without its value yet (the value may still come)."""
        cur = self.cur
        return cur is not None and cur.name not in LONG_FIELDS | CHOICE_FIELDS | {OTHER} \
            and not cur.has_value  # fmt: skip

    def _plain(self, text: str, where: Where | None) -> None:
        cur = self.cur
        if cur is not None:
            if cur.name in LONG_FIELDS and _name_after_list(cur, text):
                self.close()  # "- …", "- …", then "Lê Văn A": the sender signs under the list
            elif cur.name == "results" and _RESOLUTION.match(fold(text)):
                self.close()  # "Các bên thống nhất nghiệm thu …": the record's, no result
            elif cur.name == "content" and _prose_after_list(cur, text):
                self.close()  # a letter's list of what the model will do, then its appeal
                self.prose.append((text, where))
                return
            elif cur.name in LONG_FIELDS or cur.name == OTHER:
                cur.add(text, where)
                return
            if is_choice_line(text) and cur.name not in CHOICE_FIELDS:
                return  # the unit's category ticked under "Đơn vị đăng ký": not its name
            if not cur.has_value or _continues(cur, text):
                cur.add(text, where)
                return
            self.close()
        self.prose.append((text, where))


#: A record's resolution after the results it states: the parties (or the board) agree to
#: accept or hand over the work, or say they have given and taken it.
_RESOLUTION = re.compile(
    r"^(?:cac ben|hai ben|ba ben|ban giam sat|hoi dong nghiem thu|to nghiem thu|ben ban giao|"
    r"ben giao|ben nhan)\b[^.;]{0,40}?\b(?:thong nhat|nhat tri|dong y|da giao|da nhan|da ban giao)\b"
)


#: A round bullet a scan read as letters or signs ("se Địa bàn: …", "e© Mỗi …", "s® …"):
#: never Vietnamese words, always before a capitalised word.
_READ_BULLET = re.compile(r"^(?:(?:se|s|e)[©®]?|[©®])\s+(?=\w)")
_PAGE_MARK = re.compile(
    r"^(?:(?:[Tt]rang\s+)?\d{1,3}\s*/\s*\d{1,3}|[Tt]rang\s+\d{1,3}|-\s*\d{1,3}\s*-)$"
)


#: A list item's mark: "- ", "• ", "+ ", "1. ", "a) ".
_LIST_MARK = re.compile(
    rf"^\s*(?:{BULLET}|{ITEM_NUMBER})\s"
    # a speech counts its points in words: "Một là, …", "Hai là, …"
    r"|^\s*(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là,\s",
    re.I,
)


def _prose_after_list(item: Item, text: str) -> bool:
    """Class: a letter lists what the model will do under its lead line ("Mô hình tập trung
    thực hiện các nội dung:", "- …", "- …") and goes on in paragraphs of its own (who leads it,
    where to send contributions): a sentence with no list mark after two or more listed lines
    ends the contents."""
    listed = [_LIST_MARK.match(p.text) is not None for p in item.parts if p.text.strip()]
    return (
        len(listed) >= 2
        and all(listed)
        and _LIST_MARK.match(text) is None
        and len(text.split()) >= 8
        and text.strip()[:1].isupper()
    )


_BARE_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}$")


def _name_after_list(item: Item, text: str) -> bool:
    """A person's bare name (two to four capitalised words) after a value that is a list of
    bulleted lines: the signature under the list, not another item of it."""
    bullets = [p.text.lstrip()[:1] in "-+•" for p in item.parts]
    return len(bullets) >= 2 and all(bullets) and _BARE_NAME.match(text.strip()) is not None


#: "☎ 0978 531 260", "📞 0912 …": a telephone sign before a number is the phone's label, as a
#: poster or an infographic writes it under the person in charge.
_PHONE_SIGN = re.compile(r"^\s*[☎☏✆📞📱]\ufe0f?\s*:?\s*(?=[+(]?\d)")


def _phone_sign(text: str) -> str:
    """ "☎ 0978 531 260" → "Điện thoại: 0978 531 260"."""
    match = _PHONE_SIGN.match(text)
    return "Điện thoại: " + text[match.end() :] if match else text


def _bullet_read(text: str) -> str:
    """ "se Địa bàn: …" → "• Địa bàn: …"; before a figure only a mark no word has ("se 2 thôn")."""
    match = _READ_BULLET.match(text)
    if match is None:
        return text
    first = text[match.end()]
    sure = first.isupper() or (first.isdigit() and match.group(0).strip() not in ("s", "e"))
    return "• " + text[match.end() :] if sure else text


def _results_in_a_record(cur: Item, found: LabelMatch) -> bool:
    """'Kết quả: …' under a heading in capitals a record names its business by ("II. NỘI DUNG"):
    what the model achieved, apart from the report of the meeting around it."""
    return (
        cur.name == "content"
        and cur.method is Method.NEXT_LINES
        and (cur.label or "").isupper()
        and found.field == "results"
        and found.number is None
        and found.confidence >= 1.0
    )


def _first_of_list(cur: Item, hit: Hit, text: str) -> bool:
    """ "- Nội dung thực hiện:" over "1. Phối hợp Ban Quản trị …": a free text still without
    its value takes the first item of a list numbered otherwise than its label, though the item
    opens with words some form uses as a label, when no separator follows them."""
    if cur.name not in LONG_FIELDS or cur.has_value or cur.heading or hit.match.field != OTHER:
        return False
    if cur.method is not Method.NEXT_LINES or cur.number is None:
        return False  # a section's heading may head sub-sections ("1. Công tác chỉ đạo, …")
    number = hit.match.number
    if number != "1" or label_style(number) == label_style(cur.number):
        return False
    after = text[text.find(hit.label) + len(hit.label) :].lstrip()
    return bool(hit.value) and after[:1] not in ":：-–—\t"


def _continues(item: Item, text: str) -> bool:
    """A line that carries on a short value: wrapped words, or the number after 'ĐT:'."""
    if text[:1].islower() or re.match(r"^[-–]\s*[a-zđà-ỹ]", text):
        return True
    if dangling_end(item.value()) and len(text.split()) <= 6 and not SEP.search(text):
        return True  # "Địa bàn: …, ấp" then "Xẻo Mắm": the place's name wrapped
    if item.name in CHOICE_FIELDS and re.match(r"^\s*(?:[☐☒☑□■▢✓✔\uf0fe\uf0a8]|\[|\()", text):
        return True  # the next box of a check-box group, one option per line
    if item.name in CHOICE_FIELDS and all(is_option_line(item.name, p.text) for p in item.parts):
        # "Tập thể" then "® Cá nhân": a web form's buttons, one option per line, as a scan reads
        # them; the first option alone is no answer (the button read decides, or none does).
        return is_option_line(item.name, text)
    tail = fold(item.value())[-12:]
    if re.search(r"(?::|\b(?:dt|sdt|dien thoai|so))\s*$", tail):
        return True
    return _cut_before(fold(item.value()), text) or _phone_goes_on(item.value(), text)


#: A place's kind at the end of a line ("…, ấp" over "Xẻo Mắm"): its name must follow.
_PLACE_KIND_END = re.compile(
    r"(?:,|\bva|\bo|\btai)\s+(?:ap|xa|thon|xom|khom|phuong|huyen|tinh|ban|buon|soc|to dan pho|"
    r"khu pho|to|song|kenh|rach)\s*$"
)
#: A position's head at the end of a line ("… – Bí thư" over "Chi bộ kiêm Trưởng ấp").
_POSITION_END = re.compile(
    r"\b(?:bi thu|pho bi thu|chu tich|pho chu tich|truong|pho|chi huy truong|chi huy pho|"
    r"giam doc|truong ban|pho ban)\s*$"
)
#: What carries a position on: the body it heads or a second post ("Chi bộ", "kiêm …").
_POSITION_GOES_ON = re.compile(
    r"^(?:kiem\b|chi bo\b|dang uy\b|chi doan\b|doan\b|chi hoi\b|hoi\b|ban\b|ubnd\b|"
    r"uy ban\b|mttq\b|mat tran\b|hdnd\b|cong an\b|hop tac xa\b|htx\b)"
)


def _cut_before(value: str, text: str) -> bool:
    """A PDF or a narrow bubble broke a short value where it cannot end: a place's kind waits
    for its name, a position's head for the body it heads (`value` folded)."""
    if _PLACE_KIND_END.search(value):
        return text[:1].isupper() or text[:1].isdigit()
    return bool(_POSITION_END.search(value) and _POSITION_GOES_ON.match(fold(text)))


_DIGITS_END = re.compile(r"(?<![\d.])(\d[\d .]{4,})$")


def _phone_goes_on(value: str, text: str) -> bool:
    """'SĐT 0945 736' over '208': a phone number broken at the line's end, its rest alone on the
    next line; together ten or eleven digits from a leading 0."""
    end = _DIGITS_END.search(value.rstrip())
    rest = text.strip()
    if end is None or not re.fullmatch(r"\d[\d .]{0,8}", rest):
        return False
    digits = re.sub(r"\D", "", end.group(1)) + re.sub(r"\D", "", rest)
    return digits.startswith("0") and len(digits) in (10, 11)
