"""Read the body of a form line by line and row by row into labelled items.

A label starts an item; its value runs on over following lines until the next label, a section
heading or a date line. Long free text (content, results) keeps lines that look like labels of
its own kind ("Mục tiêu: …" inside "Nội dung"), numbered items of the same level end it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from documents.contract import Kind
from documents.extraction.fields.labels import OTHER, LabelMatch, match_label, split_number
from documents.extraction.fields.zones import (
    is_decoration,
    mostly_upper,
)
from documents.extraction.normalise import (
    fold,
    key,
    parse_count,
    parse_domain,
    parse_model_type,
    parse_money,
    parse_phone,
)

LONG_FIELDS = {"content", "results"}
CHOICE_FIELDS = {"model_type", "domain"}
_DASH_SEP = re.compile(r"\s+[-–—]\s+")
_ROW_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[IVXivx]{1,4}|[a-zđ])\s*[.)]?\s*$")
SEP = re.compile(r"\s*(?::|：|\t+|(?:[.…_·]\s*){3,})\s*")
_ROMAN = re.compile(r"^\s*[IVXL]{1,5}\s*[.)/-]\s*\S")
DATE_LINE = re.compile(
    r"^[^\d:]{0,50}?,?\s*ngay\b[\s\d./…_-]*(?:thang)?[\s\d./…_-]*(?:nam)?\s*\d{4}"
)


@dataclass
class Item:
    """One labelled value (or section) as it is being read."""

    name: str
    confidence: float
    number: str | None
    parts: list[str] = field(default_factory=list)
    heading: bool = False

    @property
    def has_value(self) -> bool:
        return any(p.strip() and not is_decoration(p) for p in self.parts)

    def value(self) -> str:
        return " ".join(p.strip() for p in self.parts if p.strip())


def _split_label(line: str) -> tuple[LabelMatch, str] | None:
    match = SEP.search(line)
    if match and 0 < match.start() <= 80:
        found = match_label(line[: match.start()])
        if found is not None:
            return found, line[match.end() :]
    dash = None if match else _DASH_SEP.search(line)
    if dash and 0 < dash.start() <= 60:  # "Tên mô hình – Đường hoa"
        found = match_label(line[: dash.start()], prefix=False)
        if found is not None and found.confidence >= 1.0:
            return found, line[dash.end() :]
    if match and match.start() == 0:
        return None
    number, rest = split_number(line)
    bare = number is None or number in "-+•*–·"
    if not match:
        whole = match_label(rest.strip(), prefix=False)
        # "2. Kết quả thực hiện mô hình", or "Kết quả đạt được" alone: a label on its own line
        if whole is not None and whole.confidence >= (1.0 if bare else 0.8):
            return whole, ""
    words = rest.split()
    digits = next((k for k, w in enumerate(words) if re.search(r"[\d(]", w)), len(words))
    for n in range(min(6, len(words) - 1, digits), 0, -1):
        found = match_label(" ".join(words[:n]))
        if found is not None and found.confidence >= 1.0:
            value = re.sub(r"^\([^)]*\)\s*", "", " ".join(words[n:]))  # "(ghi rõ)"
            generic = key(" ".join(words[:n])) in _GENERIC_LABELS
            if bare and (generic or not _self_evident(found.field, value)):
                return None  # unnumbered prose may start with label words: only sure values
            return LabelMatch(found.field, 0.8, number), value
    return None


def _self_evident(name: str, value: str) -> bool:
    """A value that proves the words before it were a label (a phone number, a tick box)."""
    if name == "phone":
        return parse_phone(value) is not None and len(value) <= 25
    if name in ("model_type", "domain"):
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


#: Words that open ordinary sentences too ("Mô hình đã…", "Đơn vị đã…"): never a bare label.
_GENERIC_LABELS = frozenset(
    {"mo hinh", "don vi", "to chuc", "co quan", "phu trach", "chu tri", "chu nhiem", "pham vi"}
)


def _continues(item: Item, text: str) -> bool:
    """A line that carries on a short value: wrapped words, or the number after 'ĐT:'."""
    if text[:1].islower() or re.match(r"^[-–]\s*[a-zđà-ỹ]", text):
        return True
    if item.name in CHOICE_FIELDS and re.match(r"^\s*(?:[☐☒☑□■▢✓✔\uf0fe\uf0a8]|\[|\()", text):
        return True  # the next box of a check-box group, one option per line
    tail = fold(item.value())[-12:]
    return bool(re.search(r"(?::|\b(?:dt|sdt|dien thoai|so))\s*$", tail))


def _caps_inside_text(cur: Item | None, text: str) -> bool:
    """One or two words in capitals inside running free text ("BHYT") are text, not a heading."""
    return (
        cur is not None
        and cur.name in LONG_FIELDS
        and not cur.heading
        and cur.has_value
        and not _ROMAN.match(text)
        and len(text.split()) < 3
    )


def _is_heading(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 120:
        return False
    if _ROMAN.match(text):
        return True
    return mostly_upper(text) and ":" not in text[:-1] and len(text.split()) <= 14


def _style(number: str | None) -> str:
    if number is None or number in "-+•*–·":
        return "none"
    if re.fullmatch(r"[IVXL]+", number):
        return "roman"
    if number.isdigit():
        return "digit"
    return "other"


class Scanner:
    def __init__(self, kind_hint: Kind | None) -> None:
        self.items: list[Item] = []
        self.cur: Item | None = None
        self.prose: list[str] = []
        self.kind_hint = kind_hint
        self.columns: list[LabelMatch | None] | None = None
        self.columns_table: int | None = None
        self.data_rows = 0
        self.notes: list[str] = []

    def _close(self) -> None:
        self.cur = None

    def _open(self, item: Item) -> None:
        self.items.append(item)
        self.cur = item

    def _same_long(self, a: str, b: str) -> bool:
        """A form carries one free text (content or results): the other label is part of it."""
        known_kind = self.kind_hint in (Kind.REGISTRATION, Kind.REPORT)
        return a == b or (known_kind and {a, b} <= LONG_FIELDS)

    def _breaks(self, cur: Item, found: LabelMatch) -> bool:
        """Does a label line end a long free-text value, or is it part of it?"""
        if self._same_long(cur.name, found.field):
            return False
        style = _style(found.number)
        if style != "none":
            return style == _style(cur.number) or found.field != OTHER or cur.number is None
        return found.confidence >= 1.0 and found.field not in LONG_FIELDS

    def line(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        cur = self.cur
        if DATE_LINE.match(fold(text)) and len(text) <= 90:
            self._close()  # "…, ngày 02 tháng 4 năm 2024" ends whatever value ran before it
            self.prose.append(text)
            return
        split_first = _split_label(text)
        labelled = split_first is not None and (
            SEP.search(text[:90]) is not None
            or split_first[0].field not in LONG_FIELDS | {OTHER}
            or not split_first[1]
        )
        if not labelled and _is_heading(text) and not _caps_inside_text(cur, text):
            _, rest = split_number(text)
            found = match_label(rest.rstrip(": "))
            name = found.field if found and found.field in LONG_FIELDS | {OTHER} else OTHER
            if found is None or name == OTHER or _ROMAN.match(text) or mostly_upper(text):
                self._open(Item(name, 0.8 if found else 0.5, split_number(text)[0], heading=True))
                return
        if split_first is not None:
            found, value = split_first
            if (
                cur is not None
                and cur.name in LONG_FIELDS
                and cur.has_value
                and not self._breaks(cur, found)
            ):
                cur.parts.append(text)
                return
            if cur is not None and cur.heading and found.field == cur.name and not cur.has_value:
                cur.heading = False
                cur.confidence = max(cur.confidence, found.confidence)
                cur.parts.append(value)
                return
            self._open(Item(found.field, found.confidence, found.number, [value]))
            return
        if cur is not None:
            if cur.name in LONG_FIELDS or cur.name == OTHER:
                cur.parts.append(text)
                return
            if not cur.has_value or _continues(cur, text):
                cur.parts.append(text)
                return
            self._close()
        self.prose.append(text)

    def _column_labels(self, texts: list[str]) -> list[LabelMatch | None] | None:
        """A header row of field names ("Tên mô hình | Lĩnh vực | Người phụ trách")."""
        filled = [t for t in texts if t and not re.fullmatch(r"(?i)tt|stt|số tt", t)]
        if len(filled) < 3:
            return None
        found = [
            match_label(t.replace("\n", " ").rstrip(": "), prefix=False) if t else None
            for t in texts
        ]
        named = [f for f in found if f is not None and f.field != OTHER]
        if len(named) < 3 or len(named) < len(filled) - 1:
            return None
        if len({f.field for f in named}) < len(named):
            return None  # a header names each field once; repeats mean label | value pairs
        return found

    def row(
        self, cells: tuple[str, ...], first_row: bool = False, table: int | None = None
    ) -> None:
        texts = ["" if _ROW_NUMBER.match(c) else c.strip() for c in cells]
        if first_row:
            self.columns = self._column_labels(texts)
            self.columns_table = table
            self.data_rows = 0
            if self.columns is not None:
                self._close()
                return
        if self.columns is not None and table == self.columns_table:
            self.data_rows += 1
            if self.data_rows == 1:  # one form, one model: the first data row
                for found, value in zip(self.columns, texts, strict=False):
                    if found is not None and value:
                        self._open(
                            Item(found.field, found.confidence * 0.95, None, value.split("\n"))
                        )
                self._close()
            elif self.data_rows == 2:
                self.notes.append("Bảng có nhiều mô hình; hệ thống chỉ đọc mô hình ở dòng đầu tiên")
            return
        consumed_any = False
        i = 0
        while i < len(texts):
            cell = texts[i]
            if not cell:
                i += 1
                continue
            first_line = cell.split("\n")[0]
            bare = cell.replace("\n", " ").rstrip(": ")
            found = match_label(bare) if len(bare) <= 90 and not SEP.search(bare) else None
            if found is not None:
                rest = [t for t in texts[i + 1 :] if t]
                if found.field in CHOICE_FIELDS:
                    value = " ".join(rest)
                    skip = len(texts)
                else:
                    value = rest[0] if rest else ""
                    skip = texts.index(value, i + 1) + 1 if value else len(texts)
                header = match_label(value.replace("\n", " ")) if 0 < len(value) < 40 else None
                if first_row and header is not None and header.confidence >= 1.0:
                    self._close()  # "Nội dung | Thông tin đăng ký": the table's header row
                    return
                self._open(Item(found.field, found.confidence, found.number, value.split("\n")))
                consumed_any = True
                i = skip
                continue
            split = _split_label(first_line)
            if split is not None:
                self._close()
                for line in cell.split("\n"):
                    self.line(line)
                consumed_any = True
                i += 1
                continue
            if consumed_any and self.cur is not None:
                self.cur.parts.append(cell)  # "Loại mô hình: ☐ Tập thể" | "☒ Cá nhân"
                i += 1
                continue
            break
        if consumed_any:
            return
        filled = [t for t in texts if t]
        if self.cur is not None and (not texts[0] or texts[0][:1].islower()):
            # a value running on below its label, or a wrapped line split into two columns
            self.cur.parts.extend(" ".join(filled).split("\n"))
            return
        if len(filled) >= 2 and len(filled[0]) < 40 and not re.search(r"[.;]$", filled[0]):
            self._open(Item(OTHER, 0.5, None, [" ".join(filled[1:])]))
            return
        for t in filled:
            for line in t.split("\n"):
                self.line(line)
