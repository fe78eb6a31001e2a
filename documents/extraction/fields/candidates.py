"""Every candidate value of every field, from every kind of evidence, in order of preference.

A labelled value comes first, then a quoted name in a section heading, then sentences of a
prose report and the title, then the header block (the unit), the signature block (the signer,
only as the leader when nobody in charge is named) and the date line. `rank` keeps that order;
`group` ties a position or phone to the person it was written with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from documents.extraction.fields import in_charge, prose
from documents.extraction.fields.flow import Reader
from documents.extraction.fields.found import ISSUER, Item, Method, Where
from documents.extraction.fields.labels import AFFILIATION, OTHER, split_number
from documents.extraction.fields.lines import DATE_LINE, LONG_FIELDS
from documents.extraction.fields.people import (
    header_units,
    is_position_line,
    person_of_story,
    signer,
    split_person,
    unit_level,
)
from documents.extraction.fields.zones import ORG_START, Zones, looks_like_name, mostly_upper
from documents.extraction.normalise import clean_text, fold, key, strip_honorific

_TYPE_WORDS = {"collective": "tập thể", "individual": "cá nhân"}
_TYPE_HINT = re.compile(
    r"ap dung (?:doi voi|cho) (tap the|ca nhan)|danh cho (tap the|ca nhan)|"
    r"thanh tich (tap the|ca nhan)\b|mau (?:bao cao|phieu) (?:cua |danh cho )?(tap the|ca nhan)\b|"
    r"\b(?:guong|dien hinh|mo hinh)\b[^.\n]{0,30}?\b(tap the|ca nhan)\b"
)


@dataclass(frozen=True)
class Candidate:
    name: str
    text: str
    method: Method
    rank: int  # lower is preferred
    strength: float = 1.0  # how surely the label named the field (1.0 without a label)
    places: tuple[Where, ...] = ()
    label: str = ""
    label_where: Where | None = None
    group: str = ""  # a position or phone belongs with the person of the same group
    memory: int | None = None  # the layout memory that placed it (method `memory`)
    misses: int = 0  # how often that memory's values were corrected again
    doubt: str = ""  # why the evidence is weaker than its method, for the office
    after: str = ""  # free text: the paragraph after it in its section, for its figures only


def from_items(reader: Reader, rows: Mapping[int, str]) -> Iterator[Candidate]:
    """Labelled values, and the position and phone written inside a person's value; `rows`
    are the body's lines by block, to tell whose a position on a person's line is."""
    planned = _objective_apart(reader.items)
    for number, item in enumerate(reader.items):
        if item.name == OTHER or not item.has_value:
            continue
        name = "unit_name" if item.name == AFFILIATION else item.name
        rank = 40 if item.name == AFFILIATION else 12 if item.inferred else 0
        rank = 3 if rank == 0 and _anyone(item) else rank
        if id(item) in planned:
            yield _objective(item)
            continue
        person = item.group or (f"person{number}" if item.name == "leader_name" else "")
        person = person or _on_the_line_of(item, rows)
        yield _from_item(item, name, rank, group=person)
        if name == "unit_name" and re.search(r"\btap the\b", fold(item.label)):
            # "Tên tập thể đề nghị": the form is a collective's
            yield Candidate("model_type", "tập thể", Method.INLINE, 27, 0.8, item.places,
                            item.label, item.label_where)  # fmt: skip
        if item.name == "leader_name":
            yield from _inside_person(item, person)


def _on_the_line_of(item: Item, rows: Mapping[int, str]) -> str:
    """A position or phone labelled after a person's name on one line ("- Thư ký: Chị X
    Chức vụ: …", a row's cells too) is that person's: "name:" and the name's key."""
    where = item.label_where
    if item.name not in ("leader_position", "phone") or where is None or not item.label:
        return ""
    line = rows.get(where.block, "")
    cut = line.find(item.label)
    before = line[:cut].rsplit("\n", 1)[-1].rstrip(" |\t–-;,") if cut > 0 else ""
    written = before.rsplit(":", 1)[-1].strip(" -–|\t")
    name = split_person(written)[0] or ""  # "Bà X, Hiệu trưởng; ĐT: …": X
    titled = strip_honorific(written) != written and 1 <= len(name.split()) <= 4  # "Bà HNga Byă"
    return f"name:{key(name)}" if name and (looks_like_name(name) or titled) else ""


#: Labels that name a person, not the one in charge ("Họ và tên" of an applicant or author,
#: "Chủ trì" of a meeting, who may give the model to someone else under "Người phụ trách").
_ANY_PERSON = re.compile(r"^(?:(?:ho va ten|ho ten)(?: ca nhan)?|chu tri)$")


def _anyone(item: Item) -> bool:
    """A person under a label any person's name may have: second to one labelled in charge."""
    words = item.heading_words.split("\n")[-1] if item.heading_words else item.label
    return item.name == "leader_name" and bool(_ANY_PERSON.match(key(split_number(words)[1])))


#: "Mục tiêu (của mô hình)": what the model is for, a plan; not how it is done.
_OBJECTIVE = re.compile(r"^muc tieu(?: cua mo hinh)?$")


def _objective_apart(items: list[Item]) -> set[int]:
    """Items (by id) under "Mục tiêu" beside a content of their own ("8. Mục tiêu: …", "9. Nội
    dung, cách làm: …"); one under a content label left empty is that content's first part."""
    objectives = [i for i in items if i.name == "content" and _is_objective(i)]
    content = [i for i in items if i.name == "content" and i.has_value and not _is_objective(i)]
    return {id(i) for i in objectives} if content else set()


def _is_objective(item: Item) -> bool:
    return bool(_OBJECTIVE.match(key(split_number(item.label)[1])))


def _objective(item: Item) -> Candidate:
    """Text under "Mục tiêu" beside the content: what the model is for, never its content
    unless nothing else is read, and then not sure."""
    return Candidate("content", item.value(), item.method, 30, item.confidence, item.places,
                     item.label, item.label_where,
                     doubt="đọc từ phần mục tiêu, không phải nội dung, cách làm")  # fmt: skip


def _from_item(item: Item, name: str, rank: int, group: str = "") -> Candidate:
    text = item.value()
    if name == "leader_name":  # 'Bà Đinh Thị Lan - Trưởng xóm, ĐT: …': the name part
        text = split_person(text)[0] or text
    return Candidate(name, text, item.method, rank, item.confidence, item.places,
                     item.label, item.label_where, group, doubt=item.doubt,
                     after=item.after)  # fmt: skip


def _inside_person(item: Item, group: str) -> Iterator[Candidate]:
    """'Bà Đinh Thị Lan - Trưởng xóm, ĐT: 0900.149.843' holds a position and a phone too."""
    _, position, phone = split_person(item.value())
    for name, text in (("leader_position", position), ("phone", phone)):
        if text:
            yield Candidate(name, text, item.method, 5, item.confidence * 0.95, item.places,
                            item.label, item.label_where, group)  # fmt: skip


def from_mentions(reader: Reader) -> Iterator[Candidate]:
    for mention in reader.mentions:
        places = (mention.where,) if mention.where else ()
        rank = 28 if mention.heading else 10  # a list heading not over a list: a weak hint
        yield Candidate(mention.name, mention.value, Method.SECTION, rank, 0.9, places)


def prose_text(reader: Reader) -> tuple[str, tuple[Where, ...]]:
    """Text where prose fields may sit: loose paragraphs and unlabelled sections."""
    parts = list(reader.prose)
    for item in reader.items:
        if item.name == OTHER:
            parts.extend((p.text, p.where) for p in item.parts)
    places = tuple(dict.fromkeys(w for _, w in parts if w is not None))
    return "\n".join(t for t, _ in parts), places


def from_prose(reader: Reader, title: str, body_text: str) -> Iterator[Candidate]:
    intro, places = prose_text(reader)
    for name, value, rank in (
        ("model_name", prose.model_name(intro), 20),
        ("model_name", prose.model_name(title), 25),
        ("model_type", _TYPE_WORDS.get(prose.model_type(intro) or ""), 20),
        ("model_type", _type_hint(title + "\n" + intro), 22),
        ("domain", prose.domain_text(intro), 20),
        ("unit_name", prose.unit(intro), 35),
    ):
        if value:
            method = Method.TITLE if rank == 25 else Method.PROSE
            yield Candidate(name, value, method, rank, 1.0, places)
    yield from _model_in_body(body_text)
    so_far = prose.results_so_far(body_text)
    if so_far:
        yield Candidate("results", so_far, Method.PROSE, 30, 0.85, places,
                        doubt="kết quả đọc từ một đoạn văn, không có nhãn")  # fmt: skip
    place = prose.location(intro) or prose.location(body_text)
    if place:  # a sentence, not a label: never confident alone
        yield Candidate("location", place, Method.PROSE, 29, 0.8, places,
                        doubt="địa bàn đọc từ một câu trong bài, không có nhãn")  # fmt: skip
    numbers = prose.phones(intro)
    if numbers:
        strength = 1.0 if len(numbers) == 1 else 0.8
        yield Candidate("phone", numbers[0], Method.PROSE, 20, strength, places)
    person = prose.leader(body_text)
    if person is not None:
        yield Candidate("leader_name", person[0], Method.PROSE, 20, 1.0, places, group="prose")
        if person[1]:
            yield Candidate("leader_position", person[1], Method.PROSE, 20, 1.0, places,
                            group="prose")  # fmt: skip
    else:
        yield from _person_of_story(title, body_text)


def _person_of_story(title: str, body_text: str) -> Iterator[Candidate]:
    """A story of an exemplary person names them first in its title: never confident alone."""
    person = person_of_story(title, body_text)
    if person is None:
        return
    why = "người nêu ở tiêu đề bài viết, không có nhãn"
    yield Candidate("leader_name", person[0], Method.TITLE, 21, 0.85, doubt=why, group="story")
    if person[1]:
        yield Candidate("leader_position", person[1], Method.PROSE, 21, 0.85, doubt=why,
                        group="story")  # fmt: skip


#: What a title line under the movement's name may say that is not the model's name.
_NOT_MODEL_LINE = re.compile(
    r"^(?:bao cao|phieu|don|ban dang ky|dang ky|ket qua|tom tat|thuyet minh|nam|cap|giai doan|"
    r"cua|tai|thuoc|linh vuc|nguoi trinh bay|xin tran trong|xa|phuong|thi tran|huyen|tinh|thon|"
    r"xom|ap|to dan pho|khu pho)\b"
)


def from_title_lines(zones: Zones) -> Iterator[Candidate]:
    """A title or cover that names the movement alone ("MÔ HÌNH “DÂN VẬN KHÉO”") over a line in
    capitals, or before it on the same line ("… “DÂN VẬN KHÉO” CÕNG CHỮ LÊN BẢN"): the model's
    name."""
    header = [line for col in zones.header for line in col]  # a scan may split the cover
    for col in (zones.title, header):
        for k, line in enumerate(col):
            movement = _MOVEMENT_LINE.match(fold(line).strip())
            if movement is None:
                continue
            rest = line.strip()[movement.end() :].strip() or (
                col[k + 1] if k + 1 < len(col) else ""
            )
            name = clean_text(_caps_run(rest))
            if name and _caps_name(name):
                yield Candidate("model_name", name, Method.TITLE, 25, 1.0, ())
                return


#: A cover's line naming the movement ("MÔ HÌNH “DÂN VẬN KHÉO”"), the model's name after it.
_MOVEMENT_LINE = re.compile(r"mo hinh\s+[“\"«]?dan van kheo(?:[”\"»]|$)")


def _caps_run(line: str) -> str:
    """The words in capitals a line opens with: a scan runs the next line of a cover into the
    name ("TIẾT KIỆM VÌ PHỤ NỮ NGHÈO Người trình bày: …")."""
    words = line.split()
    k = 0
    while k < len(words) and not any(c.islower() for c in words[k]):
        k += 1
    return " ".join(words[:k])


def _caps_name(line: str) -> bool:
    words = fold(line).strip()
    return (
        mostly_upper(line)
        and 2 <= len(line.split()) <= 15
        and not (ORG_START.match(words) or _NOT_MODEL_LINE.match(words) or DATE_LINE.match(words))
    )


def _model_in_body(body_text: str) -> Iterator[Candidate]:
    """A model named only inside a sentence of a labelled section ("…Chi bộ đã xây dựng mô hình
    “X”…" under "Kết quả"): after the title, and never confident alone."""
    name = prose.model_name(body_text)
    if name:
        yield Candidate("model_name", name, Method.PROSE, 26, 0.85,
                        doubt="tên mô hình đọc từ một câu trong bài, không có nhãn")  # fmt: skip


def _type_hint(text: str) -> str | None:
    """'(Mẫu báo cáo này áp dụng đối với cá nhân)': the form says whose it is."""
    match = _TYPE_HINT.search(fold(text))
    if not match:
        return None
    return "ca nhan" if "ca nhan" in match.group(0) else "tap the"


#: The rank of a header unit that only names a body with units under it.
SUPERIOR_ONLY = 37
_SUPERIOR = re.compile(r"^(?:dang bo|dang uy|ban chap hanh|bch|uy ban|ubmttq|mttq|hoi|doan)\b")


#: A steering board or council in the header, or the movement's name carried on from it
#: ("BAN CHỈ ĐẠO PHONG TRÀO" / "THI ĐUA “DÂN VẬN KHÉO”"): it checks or honours units, it is none.
_BOARD = re.compile(
    r"^(?:ban chi dao|hoi dong thi dua|to kiem tra|doan kiem tra|thi dua|phong trao)\b|dan van kheo"
)


def from_header(zones: Zones) -> Iterator[Candidate]:
    """The most specific unit of the header (a chi bộ under its đảng bộ); a header naming only
    a body that has units under it (ĐẢNG BỘ XÃ …), or the board that checks units, yields to a
    unit named in the text."""
    named = header_units(zones)
    units = [u for u in named if not _BOARD.search(fold(u))]
    if not units:
        return
    levels = [unit_level(u) for u in units]
    best = min(range(len(units)), key=lambda i: (levels[i], -i))
    superior_only = len(units) == 1 and levels[best] >= 2 and _SUPERIOR.match(fold(units[best]))
    board = len(units) < len(named)
    issuer = board or bool(superior_only and _AUTHORITY.match(fold(units[best])) and _issued(zones))
    rank = SUPERIOR_ONLY if superior_only or board else 30
    yield Candidate("unit_name", units[best], Method.HEADER, rank, 1.0, zones.header_places,
                    doubt=ISSUER if issuer else "")  # fmt: skip


#: Bodies that issue decisions about units, besides running models of their own.
_AUTHORITY = re.compile(r"^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|dang uy)\b")
#: A decision, a record or a notice about units ("QUYẾT ĐỊNH", "Số: 124/QĐ-UBND").
_ISSUED = re.compile(r"^(?:quyet dinh|bien ban|thong bao)\b|^so\b.{0,20}/(?:qd|tb|bb)-")


def _issued(zones: Zones) -> bool:
    lines = [*zones.title, *(b.text for b in zones.body[:4])]
    return any(_ISSUED.search(fold(line).strip()) for text in lines for line in text.split("\n"))


_IN_CHARGE = re.compile(
    r"\b(?:phu trach|chu nhiem|chu tri|nguoi thuc hien|truong nhom|theo doi,? don doc|"
    r"truc tiep (?:theo doi|chi dao|dieu hanh|quan ly))\b"
)
_OTHER_IN_CHARGE = "văn bản giao người khác phụ trách, không phải người ký"
_UNREAD_IN_CHARGE = "văn bản có nhắc người phụ trách nhưng không đọc được tên"


def body_rows(zones: Zones) -> list[str]:
    """The body's lines, a table row as one line ("Đ/c X – Phó ban – trực tiếp phụ trách")."""
    rows: list[str] = []
    for block in zones.body:
        if len(block.cells) > 1:
            rows.append(" – ".join(" ".join(c.split()) for c in block.cells if c.strip()))
        else:
            rows.extend(block.text.split("\n"))
    return rows


def from_signature(
    zones: Zones, body_text: str, people: list[in_charge.InCharge]
) -> Iterator[Candidate]:
    """The signer stands for the person in charge only when the text names nobody; a text that
    gives the model to someone else, or speaks of one (“phụ trách”) we could not read, makes
    the signer a guess."""
    signed = signer(zones)
    if signed is None:
        return
    places = zones.signature_places
    strength, doubt = _signer_strength(signed[0], body_text, people)
    yield Candidate("leader_name", signed[0], Method.SIGNATURE, 50, strength, places,
                    group="signer", doubt=doubt)  # fmt: skip
    if signed[1]:
        yield Candidate("leader_position", signed[1], Method.SIGNATURE, 50, strength, places,
                        group="signer", doubt=doubt)  # fmt: skip


def _signer_strength(
    name: str, body_text: str, people: list[in_charge.InCharge]
) -> tuple[float, str]:
    if in_charge.others_than(people, name):
        return 0.7, _OTHER_IN_CHARGE
    if not people and _IN_CHARGE.search(fold(body_text)):
        return 0.8, _UNREAD_IN_CHARGE
    if _someone_else_named(body_text, name):
        return 0.8, _OTHER_NAMED
    return 1.0, ""


_OTHER_NAMED = "văn bản nêu tên người khác, người ký chưa chắc là người phụ trách mô hình"


def _someone_else_named(body_text: str, signer_name: str) -> bool:
    """A person named with "Ông", "Bà" or "đồng chí" in the text who is not the signer (the
    individual an award summary is about, the member who runs the model): the signer, who
    signs for the unit, may not be the person in charge."""
    mine = key(signer_name)
    return any(
        not (theirs in mine or mine in theirs) for theirs in map(key, prose.titled_names(body_text))
    )


def from_in_charge(people: list[in_charge.InCharge]) -> Iterator[Candidate]:
    """The person a sentence or a list gives the model to: the one “trực tiếp” in charge
    first. Never confident alone: the sentence may name a superior's liaison as well."""
    if not people:
        return
    direct = [p for p in people if p.direct]
    person = (direct or people)[0]
    sole = len(direct) == 1 or len(people) == 1
    strength = 0.85 if sole else 0.8
    doubt = "người phụ trách đọc từ câu văn hoặc danh sách, không có nhãn"
    yield Candidate("leader_name", person.name, Method.PROSE, 26, strength, group="incharge",
                    doubt=doubt)  # fmt: skip
    if person.position:
        yield Candidate("leader_position", person.position, Method.PROSE, 26, strength,
                        group="incharge", doubt=doubt)  # fmt: skip


def from_phones_of_people(body_text: str, people: list[in_charge.InCharge]) -> Iterator[Candidate]:
    """The phone written with the person in charge in the sentence that names them: that
    person's only (the group of the sentence's reading, `from_prose` or `from_in_charge`)."""
    named = prose.leader(body_text)
    direct = [p for p in people if p.direct]
    for group, name in (("prose", named[0] if named else None),
                        ("incharge", (direct or people)[0].name if people else None)):  # fmt: skip
        phone = _phone_with(body_text, name) if name else None
        if phone:
            yield Candidate("phone", phone, Method.PROSE, 20, 1.0, group=group)


def _phone_with(text: str, name: str) -> str | None:
    at = text.find(name)
    while at >= 0:
        phone = prose.phone_after(text, at + len(name))
        if phone:
            return phone
        at = text.find(name, at + len(name))
    return None


_CITES = re.compile(r"\b(?:so \d|huong dan|ke hoach|quyet dinh|cong van|nghi quyet|chi thi)")
#: A document's code just before its date ("03-HD/BXDĐ ngày …", "12/QĐ-UBND ngày …").
_DOC_CODE = re.compile(r"(?:-[a-z]{1,8}/|/[a-z]{1,8}-)[a-z0-9/-]*\s*$")
_ON_BEHALF = re.compile(r"^\s*(?:t/?m|thay mat)\.?\s+(.+)$")
_PLACED = re.compile(r"\b(?:xom|thon|xa|phuong|ap|ban|bon|buon|lang|to dan pho|khu|khoi|truong)\b")


def from_signature_unit(zones: Zones) -> Iterator[Candidate]:
    """'TM. BAN CÔNG TÁC MẶT TRẬN / THÔN ĐÔNG HẠ': the unit signs on its own behalf. Only a name
    with its place counts ('T/M CHI BỘ' alone names no unit)."""
    for col in zones.signature:
        for k, line in enumerate(col):
            match = _ON_BEHALF.match(fold(line))
            if not match:
                continue
            name = line[match.start(1) :].strip()
            nxt = col[k + 1] if k + 1 < len(col) else ""
            if nxt and _PLACED.match(fold(nxt)) and nxt.isupper() and not _signer_role(nxt):
                name = f"{name} {nxt}"  # the place on the next line
            if _PLACED.search(fold(name)):
                yield Candidate("unit_name", name, Method.SIGNATURE, 38, 1.0,
                                zones.signature_places)  # fmt: skip
                return


def _signer_role(line: str) -> bool:
    """'TRƯỞNG BAN' under 'TM. BAN …': the signer's position, not the body's place (a school,
    'TRƯỜNG …', folds alike and is a place)."""
    return is_position_line(line) and not line.lower().startswith("trường ")


def from_date(zones: Zones, body: list[tuple[str, Where | None]]) -> Iterator[Candidate]:
    """The date line: in the header, the title, the signature, or the first or last lines."""
    lines: list[tuple[str, tuple[Where, ...]]] = []
    lines += [(ln, zones.header_places) for col in zones.header for ln in col]
    lines += [(ln, ()) for ln in zones.title]
    lines += [(ln, zones.signature_places) for col in zones.signature for ln in col]
    lines += [(t, (w,) if w else ()) for t, w in _year_rejoined(body[:4])[:3] + _last(zones, body)]
    for line, places in lines:
        f = fold(line).strip()
        before = f.split("ngay")[0]
        if _CITES.search(before) or _DOC_CODE.search(before):
            continue  # "Hướng dẫn số 03-HD ngày 26/02/2026": the date of another document
        if DATE_LINE.match(f) and len(f) <= 90:
            yield Candidate("signed_date", line, Method.DATE_LINE, 0, 1.0, places)
            return
    for col in zones.header + zones.signature:  # a date line wrapped inside its cell
        joined = " ".join(col)
        match = re.search(
            r",\s*ngay\b[^:]{0,40}?(?:\d{4}|nam[\s.…_]*20[\s.…_]+\d{2})", fold(joined)
        )
        if match:
            text = joined[match.start() : match.end()]
            yield Candidate("signed_date", text, Method.DATE_LINE, 1, 1.0, zones.header_places)
            return
    yield from _date_today(body[:8])


#: A record's opening sentence ("Hôm nay, vào hồi 8 giờ, ngày 06 tháng 11 năm 2026, tại …"):
#: the record is signed the same day ("kết thúc … cùng ngày").
_TODAY = re.compile(r"\bhom nay\b[^.;]{0,40}?\b(ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})")


def _date_today(body: list[tuple[str, Where | None]]) -> Iterator[Candidate]:
    for text, where in body:
        match = _TODAY.search(fold(text))
        if match:
            value = text[match.start(1) : match.end(1)]
            yield Candidate(
                "signed_date", value, Method.DATE_LINE, 2, 1.0, (where,) if where else ()
            )
            return


def _last(zones: Zones, body: list[tuple[str, Where | None]]) -> list[tuple[str, Where | None]]:
    """The body's last lines, or those above the signature when an annex follows it."""
    if zones.signed_at is None:
        return body[-6:]
    signed_at = zones.signed_at
    before: list[tuple[str, Where | None]] = [
        (t, w) for t, w in body if w is not None and w.block < signed_at
    ]
    return before[-6:]


def _year_rejoined(lines: list[tuple[str, Where | None]]) -> list[tuple[str, Where | None]]:
    """A date line whose year a narrow cell wrapped onto the next line ("…, ngày 18 tháng 12
    năm" over "2026") made one line again."""
    out: list[tuple[str, Where | None]] = []
    for text, where in lines:
        if (
            out
            and re.fullmatch(r"\s*\d{4}\s*\.?\s*", text)
            and fold(out[-1][0]).rstrip().endswith("nam")
        ):
            out[-1] = (f"{out[-1][0].rstrip()} {text.strip()}", out[-1][1])
        else:
            out.append((text, where))
    return out


def from_results(results: str | None, places: tuple[Where, ...]) -> Iterator[Candidate]:
    """Counts of people and sums of money inside the results text: sure when the text holds
    one such figure, a guess among several otherwise."""
    if not results:
        return
    for name in ("participants", "funds_vnd"):
        found = figure(name, results)
        if found is not None:
            text, strength, doubt = found
            # a count no sentence says is of taking part yields to a sentence outside the
            # results that says so in words (`from_body_counts`)
            rank = 22 if name == "participants" and doubt == _GUESSED[name][0] else 20
            yield Candidate(name, text, Method.FIGURES, rank, strength, places, doubt=doubt)


def figure(name: str, text: str) -> tuple[str, float, str] | None:
    """The count of people (`participants`) or the sum raised (`funds_vnd`) in a text: its
    value as text, how sure (1.0 when the text holds one such figure said of taking part or of
    raising money) and why not."""
    numbers, with_verb = (
        prose.participant_counts(text) if name == "participants" else prose.sums(text)
    )
    if not numbers:
        return None
    sure = len({n.value for n in numbers}) == 1 and with_verb == 1
    first = numbers[0]
    value = _number_text(first.value, first.approximate, "" if name == "participants" else "đồng")
    return value, 1.0 if sure else 0.8, "" if sure else _GUESSED[name][bool(with_verb)]


_GUESSED = {
    "participants": ("không câu nào nói rõ số người tham gia; đã lấy số người đầu tiên",
                     "phần kết quả có nhiều con số về người; đã lấy số trong câu nói về tham gia"),
    "funds_vnd": ("không câu nào nói rõ số tiền huy động; đã lấy số tiền đầu tiên",
                  "phần kết quả có nhiều số tiền; đã lấy số trong câu nói về đóng góp"),
}  # fmt: skip


#: The rank of a reading taken only when no other reading of its field exists.
LAST_RESORT = 90


def from_body_counts(
    body: list[tuple[str, Where]], results: tuple[Where, ...] = ()
) -> Iterator[Candidate]:
    """A count of people taking part written in another numbered item than the results ("4.
    Công tác vận động: … 320 hộ tham gia"): the last resort, one sentence about taking part
    only, and never confident."""
    lines = [t for t, where in body if where not in results]  # the results are read apart
    numbers, with_verb = prose.participant_counts("\n".join(lines))
    if with_verb == 1:
        text = _number_text(numbers[0].value, numbers[0].approximate)
        said = any(_TAKE_PART.search(fold(t)) and numbers[0] in prose.participant_counts(t)[0]
                   for t in lines)  # fmt: skip
        # "Có 126 lượt … tham gia": before a count of the results no sentence says is of that
        rank = 21 if said else LAST_RESORT
        yield Candidate("participants", text, Method.FIGURES, rank, 0.8,
                        doubt="số người đọc từ một câu ngoài phần kết quả")  # fmt: skip


_TAKE_PART = re.compile(r"\btham gia\b")


def from_body_sums(body: list[tuple[str, Where]]) -> Iterator[Candidate]:
    """A sum raised written outside the results ("…; nhân dân đóng góp 54 triệu đồng" in a
    paragraph of its own): the last resort, one such sum only, and never confident."""
    numbers, with_verb = prose.sums("\n".join(t for t, _ in body))
    if with_verb and len({n.value for n in numbers[:with_verb]}) == 1:
        text = _number_text(numbers[0].value, numbers[0].approximate, "đồng")
        yield Candidate("funds_vnd", text, Method.FIGURES, LAST_RESORT, 0.8,
                        doubt="kinh phí đọc từ một câu ngoài phần kết quả")  # fmt: skip


def _number_text(value: int, approximate: bool, unit: str = "") -> str:
    return ("khoảng " if approximate else "") + f"{value:,}".replace(",", ".") + (f" {unit}" if unit else "")  # fmt: skip


def labelled_fields(reader: Reader) -> set[str]:
    return {i.name for i in reader.items if i.has_value and i.name not in (OTHER, AFFILIATION)}


def long_places(reader: Reader, name: str) -> tuple[Where, ...]:
    for item in reader.items:
        if item.name == name and item.name in LONG_FIELDS and item.has_value:
            return item.places
    return ()


def clean_or_none(text: str | None) -> str | None:
    return clean_text(text) if text else None
