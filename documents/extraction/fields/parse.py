"""The field parser: blocks of any format → the contract's fields, kind, confidence, warnings.

Order of evidence, strongest first: a labelled value (line, table row, heading section), then
sentences of a prose report, then the header block (unit) and the signature block (signer as
leader, only when nobody in charge is named). A value the document does not hold stays absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from documents.contract import FIELD_KEYS, REGISTRATION_ONLY, REPORT_ONLY, Extraction, Kind
from documents.extraction.classify import classify
from documents.extraction.fields import prose
from documents.extraction.fields.labels import OTHER, LabelMatch, match_label, split_number
from documents.extraction.fields.zones import (
    ORG_START,
    Zones,
    cut,
    is_decoration,
    looks_like_name,
    mostly_upper,
)
from documents.extraction.normalise import (
    clean_long_text,
    clean_text,
    fold,
    fold_case,
    iso_date,
    key,
    parse_count,
    parse_domain,
    parse_model_type,
    parse_money,
    parse_phone,
    position_case,
    strip_honorific,
)
from documents.extraction.text import BlockKind, DocumentText

LONG_FIELDS = {"content", "results"}
CHOICE_FIELDS = {"model_type", "domain"}
REQUIRED = ("unit_name", "model_name", "model_type", "domain", "leader_name")
FIELD_NAMES_VI = {
    "unit_name": "tên đơn vị",
    "model_name": "tên mô hình",
    "model_type": "loại mô hình (tập thể/cá nhân)",
    "domain": "lĩnh vực",
    "leader_name": "người phụ trách",
}

_DASH_SEP = re.compile(r"\s+[-–—]\s+")
_ROW_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[IVXivx]{1,4}|[a-zđ])\s*[.)]?\s*$")
_SEP = re.compile(r"\s*(?::|：|\t+|(?:[.…_·]\s*){3,})\s*")
_ROMAN = re.compile(r"^\s*[IVXL]{1,5}\s*[.)/-]\s*\S")
_DATE_LINE = re.compile(
    r"^[^\d:]{0,50}?,?\s*ngay\b[\s\d./…_-]*(?:thang)?[\s\d./…_-]*(?:nam)?\s*\d{4}"
)
_HINT = re.compile(r"^\(?\s*(?:ky|da ky)\b|ghi ro ho ten|dong dau|\(ky")
_ROLE_PREFIX = re.compile(r"^\s*(?:t/?m\.?|kt\.?|tl\.?|tuq\.?|q\.|thay mat|ky thay)\s*", re.I)
_SELF_ROLE = re.compile(r"^nguoi (?:dang ky|bao cao|viet|lap|ky|thuc hien|de nghi)\b")
_PHONE_LABEL = re.compile(r"[,;–-]?\s*\b(?:so\s+)?(?:dien thoai|dt|sdt|dtdd|di dong|tel)\b\s*:?",
                          re.I)  # fmt: skip
_POSITION_STARTS = (
    "bi thu", "pho bi thu", "chu tich", "pho chu tich", "truong", "pho truong", "chi hoi truong",
    "chi huy", "giao vien", "can bo", "cong chuc", "uy vien", "tram truong", "ke toan",
    "thu ky", "hieu truong", "chu nhiem", "doan vien", "hoi vien", "dang vien", "to truong",
)  # fmt: skip


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
    match = _SEP.search(line)
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
    if not bare and not match:
        whole = match_label(rest.strip(), prefix=False)
        if whole is not None and whole.confidence >= 0.8:
            return whole, ""  # "2. Kết quả thực hiện mô hình": a label alone on its line
    words = rest.split()
    digits = next((k for k, w in enumerate(words) if re.search(r"[\d(]", w)), len(words))
    for n in range(min(6, len(words) - 1, digits), 0, -1):
        found = match_label(" ".join(words[:n]))
        if found is not None and found.confidence >= 1.0:
            value = " ".join(words[n:])
            if bare and not _self_evident(found.field, value):
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
    return False


def _continues(item: Item, text: str) -> bool:
    """A line that carries on a short value: wrapped words, or the number after 'ĐT:'."""
    if text[:1].islower() or re.match(r"^[-–]\s*[a-zđà-ỹ]", text):
        return True
    if item.name in CHOICE_FIELDS and re.match(r"^\s*(?:[☐☒☑□■▢✓✔\uf0fe\uf0a8]|\[|\()", text):
        return True  # the next box of a check-box group, one option per line
    tail = fold(item.value())[-12:]
    return bool(re.search(r"(?::|\b(?:dt|sdt|dien thoai|so))\s*$", tail))


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


class _Scanner:
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
        if a == b:
            return True
        if self.kind_hint is Kind.REGISTRATION and {a, b} <= {"content", "results"}:
            return True
        return self.kind_hint is Kind.REPORT and {a, b} <= {"content", "results"}

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
        if _DATE_LINE.match(fold(text)) and len(text) <= 90:
            self._close()  # "…, ngày 02 tháng 4 năm 2024" ends whatever value ran before it
            self.prose.append(text)
            return
        split_first = _split_label(text)
        labelled = split_first is not None and (
            _SEP.search(text[:90]) is not None
            or split_first[0].field not in LONG_FIELDS | {OTHER}
            or not split_first[1]
        )
        if not labelled and _is_heading(text) and not (cur and cur.name in LONG_FIELDS and not _ROMAN.match(text)
                                      and not cur.heading and cur.has_value and
                                      mostly_upper(text) and len(text.split()) < 3):  # fmt: skip
            _, rest = split_number(text)
            found = match_label(rest.rstrip(": "))
            name = found.field if found and found.field in LONG_FIELDS | {OTHER} else OTHER
            if found is None or name == OTHER or _ROMAN.match(text) or mostly_upper(text):
                self._open(Item(name, 0.8 if found else 0.5, split_number(text)[0], heading=True))
                return
        split = _split_label(text)
        if split is not None:
            found, value = split
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
            found = match_label(bare) if len(bare) <= 90 and ":" not in bare else None
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


# ------------------------------------------------------------------ header and signature


def _unit_from_header(zones: Zones) -> str | None:
    if not zones.header:
        return None
    lines: list[str] = []
    for line in zones.header[0]:
        f = fold(line)
        if is_decoration(line) or re.match(r"^\s*so\s*[:.]", f) or _MOTTO_WORDS.search(f):
            if lines:
                break
            continue
        if _DATE_LINE.match(f):
            continue
        lines.append(line.strip())
    upper: list[str] = []
    for ln in (ln for ln in lines if mostly_upper(ln)):
        # a wrapped line ("HỘI NÔNG DÂN XÃ NGHĨA" / "THÁI") or a place under its body
        # ("ỦY BAN MTTQ VIỆT NAM" / "XÃ NGHĨA THÁI") continues the line above
        if upper and len(ln.split()) <= 3 and not ORG_START.match(fold(ln)):
            upper[-1] = upper[-1] + " " + ln
        else:
            upper.append(ln)
    return clean_text(upper[-1]) if upper else None


_MOTTO_WORDS = re.compile(
    r"cong hoa xa hoi|dang cong san viet nam|doc lap|^\s*(?:nghia\s+)?viet nam\s*$|hanh phuc"
)


def _date(zones: Zones, body_lines: list[str]) -> tuple[str | None, bool]:
    """(ISO date, found a date line at all): a blank day still counts as found."""
    candidates = [ln for col in zones.header for ln in col] + zones.title
    candidates += [ln for col in zones.signature for ln in col]
    candidates += body_lines[:3] + body_lines[-6:]
    for line in candidates:
        f = fold(line).strip()
        if _DATE_LINE.match(f) and len(f) <= 90:
            return iso_date(line), True
    for col in zones.header + zones.signature:  # a date line wrapped inside its cell
        joined = " ".join(col)
        match = re.search(r",\s*ngay\b[^:]{0,40}?\d{4}", fold(joined))
        if match:
            return iso_date(joined[match.start() : match.end()]), True
    return None, False


def _signer(zones: Zones) -> tuple[str, str | None] | None:
    """The typed name under the signature and the position above it ("BÍ THƯ" → "Bí thư")."""
    best: tuple[str, str | None] | None = None
    for col in zones.signature:
        lines = [ln.strip() for ln in col if ln.strip()]
        if not lines or re.match(r"^(?:noi nhan|xac nhan)", fold(lines[0])):
            continue
        names = [i for i, ln in enumerate(lines) if looks_like_name(ln) and not mostly_upper(ln)]
        if not names:  # a name typed in capitals, never a position line
            names = [
                i for i, ln in enumerate(lines)
                if looks_like_name(ln) and not _is_position_line(ln) and i > 0
            ][-1:]  # fmt: skip
            if not names:
                continue
        idx = names[-1]
        roles = []
        self_role = False
        for ln in lines[:idx]:
            f = fold(ln)
            if _HINT.search(f) or is_decoration(ln) or _DATE_LINE.match(f):
                continue
            if _SELF_ROLE.match(f):
                self_role = True
                continue
            roles.append(ln)
        position: str | None = None
        if roles and not self_role:
            last = roles[-1]
            if _ROLE_PREFIX.match(last) and len(roles) == 1:
                last = _ROLE_PREFIX.sub("", last)
            position = position_case(last) if mostly_upper(last) else clean_text(last)
        name = lines[idx]
        if mostly_upper(name):
            name = " ".join(w[:1] + w[1:].lower() for w in name.split())
        best = (name, position)
    return best


def _is_position_line(line: str) -> bool:
    f = fold(line).strip()
    return (
        bool(_ROLE_PREFIX.match(f))
        or any(f.startswith(p) for p in _POSITION_STARTS)
        or bool(_SELF_ROLE.match(f))
    )


def _split_person(value: str) -> tuple[str | None, str | None, str | None]:
    """'Bà Đinh Thị Lan - Trưởng xóm, ĐT: 0900.149.843' → (name, position, phone)."""
    phone = parse_phone(value)
    cased = fold_case(value)
    cut_at = _PHONE_LABEL.search(cased)
    if cut_at:
        value, cased = value[: cut_at.start()], cased[: cut_at.start()]
    value = strip_honorific(value.lstrip(" .…_:-–\t"))
    parts = re.split(r"\s+[-–—]\s+|\s*[,;]\s*|\s*\(\s*", value, maxsplit=1)
    name = parts[0].strip()
    position = parts[1].strip(" )") if len(parts) > 1 else None
    words = name.split()
    folded_words = fold(name).split()
    for n in range(2, len(words) if len(parts) == 1 else 0):
        tail = " ".join(folded_words[n:])
        if any(tail.startswith(p) for p in _POSITION_STARTS):
            position = " ".join(words[n:]) + (" " + position if position else "")
            name = " ".join(words[:n])
            break
    return clean_text(name), clean_text(position), phone


# ------------------------------------------------------------------ assembly


def read_fields(doc: DocumentText) -> Extraction:
    """Fields of a document from its blocks, whatever format they were read from."""
    zones = cut(doc.blocks)
    title = " ".join(zones.title)
    body_lines = [ln for b in zones.body for c in b.cells for ln in c.split("\n") if ln.strip()]
    body_text = "\n".join(body_lines)

    scanner = _Scanner(classify(title, body_text, set()))
    previous_table: int | None = None
    for block in zones.body:
        if block.kind is BlockKind.TABLE_ROW:
            scanner.row(block.cells, block.table != previous_table, block.table)
            previous_table = block.table
        else:
            for line in block.text.split("\n"):
                scanner.line(line)
    labelled: dict[str, Item] = {}
    for item in scanner.items:
        if item.name == OTHER:
            continue
        if not item.has_value and item.name not in labelled:
            continue
        if item.name not in labelled or not labelled[item.name].has_value:
            labelled[item.name] = item
    kind = classify(title, body_text, {k for k, v in labelled.items() if v.has_value})

    fields: dict[str, str | int | None] = {}
    confidence: dict[str, float] = {}
    warnings: list[str] = list(scanner.notes)

    def put(name: str, value: str | int | None, conf: float) -> None:
        if value is None or value == "" or name in fields:
            return
        fields[name] = value
        confidence[name] = round(conf, 2)

    def text_of(name: str) -> tuple[str | None, float]:
        item = labelled.get(name)
        return (item.value(), item.confidence) if item and item.has_value else (None, 0.0)

    # ---- plain labelled values
    for name in ("unit_name", "model_name", "location"):
        value, conf = text_of(name)
        put(name, clean_text(value), conf)
    for name in ("content", "results"):
        value, conf = text_of(name)
        put(name, clean_long_text(value), conf)
    value, conf = text_of("leader_position")
    put("leader_position", clean_text(value), conf)
    value, conf = text_of("phone")
    if value:
        phone = parse_phone(value)
        if phone is None:
            warnings.append(f"Số điện thoại không đọc được: {clean_text(value)}")
        put("phone", phone, conf)
    value, conf = text_of("leader_name")
    if value:
        person_name, position, person_phone = _split_person(value)
        put("leader_name", person_name, conf)
        put("leader_position", position, conf * 0.9)
        put("phone", person_phone, conf * 0.9)
    for name, parser in (("model_type", parse_model_type), ("domain", parse_domain)):
        value, conf = text_of(name)
        if value:
            chosen, ambiguous = parser(value)
            if chosen is None:
                warnings.append(
                    f"Không xác định được {FIELD_NAMES_VI[name]}: “{clean_text(value)}”"
                    + (" (không đánh dấu hoặc đánh dấu nhiều ô)" if ambiguous else "")
                )
            put(name, str(chosen) if chosen else None, conf)
    for name, number_parser, label in (
        ("participants", parse_count, "số người tham gia"),
        ("funds_vnd", parse_money, "kinh phí"),
    ):
        value, conf = text_of(name)
        if value:
            number = number_parser(value)
            if number is None:
                warnings.append(f"Không đọc được {label}: “{clean_text(value)}”")
                continue
            if number.approximate:
                warnings.append(f"{label.capitalize()} là con số ước lượng: “{clean_text(value)}”")
                conf *= 0.8
            put(name, number.value, conf)

    # ---- sentences of a prose report and the title
    intro = "\n".join(prose_lines(scanner, zones))
    put("model_name", prose.model_name(intro), 0.75)
    put("model_name", prose.model_name(title), 0.7)
    put("model_type", prose.model_type(intro), 0.7)
    domain_words = prose.domain_text(intro)
    if domain_words:
        prose_domain = parse_domain(domain_words)[0]
        put("domain", str(prose_domain) if prose_domain else None, 0.7)
    person = prose.leader(body_text)
    if person and "leader_name" not in fields:
        put("leader_name", clean_text(strip_honorific(person[0])), 0.75)
        put("leader_position", person[1], 0.7)
    results_text = fields.get("results")
    if isinstance(results_text, str):
        count = prose.participants(results_text)
        if count is not None:
            if count.approximate:
                warnings.append("Số người tham gia là con số ước lượng")
            put("participants", count.value, 0.6)
        money = prose.funds(results_text)
        if money is not None:
            if money.approximate:
                warnings.append("Kinh phí huy động là con số ước lượng")
            put("funds_vnd", money.value, 0.6)

    # ---- header, signature, date
    put("unit_name", _unit_from_header(zones), 0.8)
    put("unit_name", prose.unit(intro), 0.6)
    signer = _signer(zones)
    if signer and "leader_name" not in fields:
        put("leader_name", clean_text(signer[0]), 0.7)
        if "leader_position" not in fields:
            put("leader_position", signer[1], 0.65)
    date, _ = _date(zones, body_lines)
    put("signed_date", date, 0.9)

    # ---- kind-specific fields, confidence scaling, warnings
    if kind is Kind.UNKNOWN:
        fields.clear()
        confidence.clear()
        warnings = ["Không nhận ra phiếu đăng ký hay báo cáo mô hình “Dân vận khéo”"]
    else:
        drop = REPORT_ONLY if kind is Kind.REGISTRATION else REGISTRATION_ONLY
        for name in drop:
            fields.pop(name, None)
            confidence.pop(name, None)
        missing = [FIELD_NAMES_VI[n] for n in REQUIRED if fields.get(n) in (None, "")]
        if missing:
            warnings.append("Thiếu thông tin: " + ", ".join(missing))
    if doc.ocr_confidence is not None:
        for name in confidence:
            confidence[name] = round(confidence[name] * doc.ocr_confidence, 2)
    ordered = {k: fields[k] for k in FIELD_KEYS if k in fields}
    return Extraction(
        kind=kind,
        fields=ordered,
        confidence={k: confidence[k] for k in ordered},
        warnings=tuple(doc.warnings) + tuple(warnings),
        source=doc.source,
    )


def prose_lines(scanner: _Scanner, zones: Zones) -> list[str]:
    """Text where prose fields may sit: loose paragraphs and unlabelled sections."""
    lines = list(scanner.prose)
    for item in scanner.items:
        if item.name == OTHER:
            lines.extend(item.parts)
    return lines


__all__ = ["key", "read_fields"]
