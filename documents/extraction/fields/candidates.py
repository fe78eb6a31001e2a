"""Candidate values of the fields, from every kind of evidence, in order of preference.

A labelled value comes first, then a quoted name in a section heading, then sentences of a
prose report and the title, then the page's frame (`frame.py`: the header block's unit, the
signature block's signer, only as the leader when nobody in charge is named, and the date
line). `rank` keeps that order; `group` ties a position or phone to the person it was written
with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from documents.extraction.fields import chrome, outcomes, parties, prose
from documents.extraction.fields.flow import Reader
from documents.extraction.fields.found import TOLD, Item, Method, Where
from documents.extraction.fields.labels import (
    AFFILIATION,
    OTHER,
    about_the_campaign,
    match_label,
    split_number,
)
from documents.extraction.fields.lines import DATE_LINE, LONG_FIELDS
from documents.extraction.fields.people import (
    person_of_story,
    split_person,
)
from documents.extraction.fields.validate import KIND_LINE, quoted_model
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
    listed = _listed_content(reader.items)
    for number, item in enumerate(reader.items):
        if item.name == OTHER or not item.has_value:
            continue
        name = "unit_name" if item.name == AFFILIATION else item.name
        rank = 40 if item.name == AFFILIATION else 12 if item.inferred else 0
        rank = 3 if rank == 0 and (_anyone(item) or _address(item)) else rank
        rank = 2 if rank == 0 and _sentence_on_a_name(item) else rank
        rank = 1 if rank == 0 and id(item) in listed else rank
        rank = MEMBERSHIP if name == "leader_position" and _membership(item) else rank
        if id(item) in planned:
            yield _objective(item)
            continue
        person = item.group or (f"person{number}" if item.name == "leader_name" else "")
        person = person or _on_the_line_of(item, rows)
        yield from _position_and_unit(_from_item(item, name, rank, group=person))
        if name == "unit_name" and re.search(r"\btap the\b", fold(item.label)):
            # "Tên tập thể đề nghị": the form is a collective's
            yield Candidate("model_type", "tập thể", Method.INLINE, 27, 0.8, item.places,
                            item.label, item.label_where)  # fmt: skip
        if item.name == "leader_name":
            yield from _inside_person(item, person)
        yield from _joint_figure(item)
        yield from _domain_in_type(item)
        yield from _kind_run_on(item)
        yield from _model_aside(item)


_FIGURES = ("participants", "funds_vnd")


def _joint_figure(item: Item) -> Iterator[Candidate]:
    """A label naming two figures ("Số người tham gia, kinh phí: 96 hộ …; các hộ góp
    15.500.000 đồng"): its value holds the second figure too."""
    if item.name not in _FIGURES:
        return
    parts = re.split(r"\s*(?:,|;|/|\bvà\b|&)\s*", split_number(item.label)[1].strip(" :：\t"))
    if len(parts) != 2:
        return
    second = [m.field for p in parts if (m := match_label(p, prefix=False)) is not None]
    other = next((f for f in _FIGURES if f != item.name), "")
    if second.count(other) != 1 or second.count(item.name) != 1:
        return
    found = figure(other, item.value())
    if found is not None:
        text, strength, doubt = found
        yield Candidate(other, text, item.method, 4, min(strength, item.confidence),
                        item.places, item.label, item.label_where, doubt=doubt)  # fmt: skip


def _domain_in_type(item: Item) -> Iterator[Candidate]:
    """A type's value that goes on to name the domain in words ("Loại mô hình: Cá nhân – lĩnh
    vực kinh tế", a "Loại, lĩnh vực" cell holding "Mô hình tập thể – lĩnh vực văn hóa"): the
    paper tells the domain with the same label's authority, only under the type's name."""
    if item.name != "model_type":
        return
    told = prose.domain_text(item.value())
    if told:
        yield Candidate("domain", told, item.method, 4, item.confidence, item.places,
                        item.label, item.label_where)  # fmt: skip


def _kind_run_on(item: Item) -> Iterator[Candidate]:
    """A short value that ran on into the next line stating the model's kind and domain
    ("Trạm Y tế xã … Mô hình tập thể – lĩnh vực văn hóa - xã hội", a leaflet's centred lines
    read as one): that line's kind and domain, not for sure."""
    if item.name in LONG_FIELDS:
        return
    value = item.value()
    run_on = KIND_LINE.search(value)
    if run_on is None:
        return
    tail = value[run_on.end() :]
    why = "đọc từ dòng liền sau một giá trị khác"
    for name, found in (
        ("model_type", prose.model_type(tail)),
        ("domain", prose.domain_text(tail)),
    ):
        if found:
            text = _TYPE_WORDS.get(found, found)
            yield Candidate(name, text, Method.PROSE, 23, 0.8, item.places, doubt=why)


def _model_aside(item: Item) -> Iterator[Candidate]:
    """The kind and domain told beside a model's quoted name in its value ('“X” (mô hình tập
    thể, lĩnh vực quốc phòng - an ninh)', '“X” năm 2026 của Hội … – lĩnh vực …'): below a
    labelled kind or domain, not for sure."""
    quoted = quoted_model(item.value()) if item.name == "model_name" else None
    if quoted is None or not quoted.sure or not quoted.tail:
        return
    why = "đọc từ phần ghi kèm tên mô hình"
    for name, found in (
        ("model_type", prose.model_type(quoted.tail)),
        ("domain", prose.domain_text(quoted.tail)),
    ):
        if found:
            text = _TYPE_WORDS.get(found, found)
            yield Candidate(name, text, Method.PROSE, 23, 0.8, item.places, doubt=why)


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
    if name and (looks_like_name(name) or titled):
        return f"name:{key(name)}"
    above = [ln for b in range(where.block - parties.REACH, where.block) for ln in
             rows.get(b, "").split("\n")]  # fmt: skip
    return parties.representative(above + line[: max(cut, 0)].split("\n")[:-1])


#: Labels that name a person, not the one in charge ("Họ và tên" of an applicant or author,
#: "Chủ trì" of a meeting, who may give the model to someone else under "Người phụ trách").
_ANY_PERSON = re.compile(r"^(?:(?:ho va ten|ho ten)(?: ca nhan)?|toi ten la|chu tri)$")


def _listed_content(items: list[Item]) -> set[int]:
    """Content read from a table's column (a row of a schedule of tasks "Nội dung công việc |
    Thời gian | Người thực hiện") beside a content the paper labels in its own text: a row is
    one task, the labelled text is the model's content."""
    cells = [i for i in items if i.name == "content" and i.method is Method.COLUMN]
    own = [
        i for i in items if i.name == "content" and i.method is not Method.COLUMN and i.has_value
    ]
    return {id(i) for i in cells} if own else set()


#: The rank of a "position" that only says the person belongs ("Chức vụ Đảng: Đảng viên"):
#: after any office the paper's other position lines give them ("Chức vụ đoàn thể: …").
MEMBERSHIP = 6
_MEMBER = re.compile(r"^(?:dang vien|doan vien|hoi vien)(?:\s+(?:du bi|chinh thuc))?\W*$")


def _membership(item: Item) -> bool:
    """Class: a Party member's own paper lists the Party rank first; a rank held by every
    member is no office, so the person's post in the government or a mass body comes first."""
    return bool(_MEMBER.match(fold(item.value()).strip()))


def _sentence_on_a_name(item: Item) -> bool:
    """'2. Mô hình có địa chỉ, có người phụ trách …': a sentence opening with the label's words,
    no separator (a guessed label) and going on in lower case, is no model's name; a model's
    labelled name ("Tên mô hình: …") goes first."""
    return item.name == "model_name" and item.confidence < 1.0 and item.value()[:1].islower()


def _address(item: Item) -> bool:
    """A bare "Địa chỉ" is where a unit or a person lives (a report's "Trụ sở", "Địa chỉ: thôn
    X; điện thoại …"): second to a place labelled for the model ("Địa bàn thực hiện")."""
    return item.name == "location" and key(split_number(item.label)[1]) == "dia chi"


def _anyone(item: Item) -> bool:
    """A person under a label any person's name may have: second to one labelled in charge."""
    words = item.heading_words.split("\n")[-1] if item.heading_words else item.label
    return item.name == "leader_name" and bool(_ANY_PERSON.match(key(split_number(words)[1])))


#: "Mục tiêu (của mô hình, chung, cụ thể)": what the model is for, a plan; not how it is done.
_OBJECTIVE = re.compile(r"^muc tieu(?: cua mo hinh| chung| cu the)?$")


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


#: One label for a person's position and workplace ("Chức vụ, đơn vị", "Chức danh và đơn vị
#: công tác").
_POSITION_AND_UNIT = re.compile(r"\bchuc (?:vu|danh)\W+(?:va\s+)?(?:don vi|co quan|noi cong tac)\b")
#: The rank of a workplace read from a person's position: a unit only when no other is named.
WORKPLACE = 40
_WORKPLACE = "đơn vị công tác của người phụ trách, chưa chắc là đơn vị xây dựng mô hình"


def _position_and_unit(c: Candidate) -> Iterator[Candidate]:
    """ "Nữ hộ sinh, phụ trách …, Trạm Y tế xã A" under "Chức vụ, đơn vị": the position, then
    the workplace after the last comma, when it starts like a unit's name (a guess for the
    unit, as a person's workplace is)."""
    head, _, tail = c.text.rpartition(",")
    tail = tail.strip(" .;")
    combined = c.name == "leader_position" and _POSITION_AND_UNIT.search(fold(c.label))
    if not (combined and head.strip() and ORG_START.match(fold(tail)) and len(tail.split()) >= 3):
        yield c
        return
    yield replace(c, text=head.strip())
    yield replace(c, name="unit_name", text=tail, rank=WORKPLACE, strength=min(c.strength, 0.8),
                  group="", doubt=c.doubt or _WORKPLACE)  # fmt: skip


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
        if item.name == OTHER and not (item.doubt == TOLD and about_the_campaign(item.label)):
            parts.extend((p.text, p.where) for p in item.parts)  # a leaflet's campaign: none
    places = tuple(dict.fromkeys(w for _, w in parts if w is not None))
    return "\n".join(t for t, _ in parts), places


def from_prose(reader: Reader, title: str, body_text: str) -> Iterator[Candidate]:
    intro, places = prose_text(reader)
    for name, value, rank in (
        ("model_name", prose.model_name(intro), 20),
        ("model_name", prose.title_model_name(title), 25),
        ("model_type", _TYPE_WORDS.get(prose.model_type(intro) or ""), 20),
        ("model_type", _type_hint(title + "\n" + intro), 22),
        ("domain", prose.domain_text(intro), 20),
        ("domain", prose.domain_text(title), 21),  # "(Mô hình tập thể – lĩnh vực …)" under it
        ("unit_name", prose.unit(intro), 35),
        ("unit_name", prose.petitioners_group(intro), 36),
    ):
        if value:
            method = Method.TITLE if rank == 25 else Method.PROSE
            yield Candidate(name, value, method, rank, 1.0, places)
    yield from _model_in_body(body_text)
    yield from _told_in_charge(reader)
    yield from _kind_in_content_lead(reader)
    aside = prose.domain_aside(body_text)
    if aside:  # a sentence, not a label: never confident alone
        yield Candidate("domain", aside, Method.PROSE, 24, 0.85,
                        doubt="lĩnh vực đọc từ một câu trong bài, không có nhãn")  # fmt: skip
    said = outcomes.results(body_text, title)
    if said:
        yield Candidate("results", said.text, Method.PROSE, 30, outcomes.STRENGTH, places,
                        doubt=outcomes.DOUBT)  # fmt: skip
    # a title may place the model too ("Lễ ra mắt mô hình “X” | tại thôn A"), after the body
    place = prose.location(intro) or prose.location(body_text) or prose.location(title)
    place = place or prose.petitioners_village(intro)
    if place:  # a sentence, not a label: never confident alone
        yield Candidate("location", place, Method.PROSE, 29, 0.8, places,
                        doubt="địa bàn đọc từ một câu trong bài, không có nhãn")  # fmt: skip
    numbers = prose.phones(chrome.without_closing(intro))
    if numbers:
        # a landline (02x…) in running text is as often the office's as the person's
        sole = len(numbers) == 1 and not numbers[0].startswith("02")
        owner = prose.phone_owner(intro, numbers[0])  # a phone is the person's written with it
        yield Candidate("phone", numbers[0], Method.PROSE, 20, 1.0 if sole else 0.8, places,
                        group=f"name:{key(owner)}" if owner else "")  # fmt: skip
    else:
        yield from _closing_phone(intro, places)
    person = prose.leader(body_text)
    if person is not None:
        yield Candidate("leader_name", person[0], Method.PROSE, 20, 1.0, places, group="prose")
        if person[1]:
            yield Candidate("leader_position", person[1], Method.PROSE, 20, 1.0, places,
                            group="prose")  # fmt: skip
    else:
        yield from _person_of_story(title, body_text)


#: Why a phone read from a notice's closing sentence is unsure.
_ASK_LINE = "số điện thoại ở câu liên hệ cuối văn bản, có thể không phải của người phụ trách"


def _closing_phone(intro: str, places: tuple[Where, ...]) -> Iterator[Candidate]:
    """A notice's closing contact ("Mọi ý kiến xin liên hệ: 0912 …"): whom to ask about the
    paper, never surely the model's. Naming a person ("liên hệ bà X, điện thoại …"), the phone
    is that person's (the person in charge's is read with their name, `frame.py`): none."""
    for sentence in chrome.closing_sentences(intro):
        numbers = prose.phones(sentence)
        if numbers and not prose.names_a_person(sentence):
            yield Candidate("phone", numbers[0], Method.PROSE, 20, 0.8, places, doubt=_ASK_LINE)
            return


#: "Mô hình tập thể thuộc lĩnh vực …, gồm các nội dung:" opening a section of contents.
_KIND_LEAD = re.compile(r"^\W*mo hinh (?:tap the|ca nhan)\b")
_KIND_LEAD_DOUBT = "loại và lĩnh vực đọc từ câu mở đầu phần nội dung, không có nhãn"


def _kind_in_content_lead(reader: Reader) -> Iterator[Candidate]:
    """Class: a paper without the form's boxes (a joint programme's "II. NỘI DUNG PHỐI HỢP")
    opens its contents with the model's type and domain in a sentence: read there, unsure."""
    for item in reader.items:
        if item.name != "content" or not item.parts:
            continue
        lead = item.parts[0].text
        if not _KIND_LEAD.match(fold(lead)):
            continue
        kind = _TYPE_WORDS.get(prose.model_type(lead) or "")
        domain = prose.domain_text(lead)
        where = tuple(p.where for p in item.parts[:1] if p.where is not None)
        if kind:
            yield Candidate(
                "model_type", kind, Method.PROSE, 21, 0.85, where, doubt=_KIND_LEAD_DOUBT
            )
        if domain:
            yield Candidate("domain", domain, Method.PROSE, 22, 0.85, where, doubt=_KIND_LEAD_DOUBT)


def _told_in_charge(reader: Reader) -> Iterator[Candidate]:
    """A leaflet's answer to "who built the model, who is in charge?" names the unit and gives
    the phone of the one in charge; a later answer's contact ("liên hệ anh X, 0833 …") is
    someone else's. Never sure: the answer is no form's labelled value."""
    for item in reader.items:
        if item.doubt != TOLD or item.name != "leader_name" or not item.has_value:
            continue
        answer = item.value()
        numbers = prose.phones(answer)
        if numbers:
            yield Candidate("phone", numbers[0], Method.PROSE, 15, 1.0, item.places, doubt=TOLD)
        unit = prose.unit_built_by(answer)
        if unit:
            yield Candidate("unit_name", unit, Method.PROSE, 28, 1.0, item.places, doubt=TOLD)


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
                col[k + 1] if k + 1 < len(col) else _line_after(zones, col is header)
            )
            name = clean_text(_caps_run(rest))
            if name and _caps_name(name):
                yield Candidate("model_name", name, Method.TITLE, 25, 1.0, ())
                return
            plain = clean_text(rest) if _plain_name(rest) else None
            if plain:  # a leaflet's cover: "Bếp ăn yêu thương cho …" under it
                yield Candidate("model_name", plain, Method.TITLE, 25, 0.85, ())
                return


#: A cover's line naming the movement ("MÔ HÌNH “DÂN VẬN KHÉO”"), the model's name after it.
_MOVEMENT_LINE = re.compile(
    r"(?:[^\W\d_]+(?: [^\W\d_]+)? *[|•·] *)?mo hinh\s+[“\"«]?dan van kheo(?:[”\"»]|$)"
)


def _caps_run(line: str) -> str:
    """The words in capitals a line opens with: a scan runs the next line of a cover into the
    name ("TIẾT KIỆM VÌ PHỤ NỮ NGHÈO Người trình bày: …")."""
    words = line.split()
    k = 0
    while k < len(words) and not any(c.islower() for c in words[k]):
        k += 1
    return " ".join(words[:k])


def _line_after(zones: Zones, in_header: bool) -> str:
    """The line after the last of the header (the title's first) or of the title (the body's)."""
    if in_header and zones.title:
        return zones.title[0]
    first = zones.body[0] if zones.body else None
    return first.text.split("\n")[0] if first is not None and len(first.cells) == 1 else ""


def _plain_name(line: str) -> bool:
    """A name in ordinary case on its own line: a short phrase, not a sentence, a label's
    line, a unit or a date."""
    words = fold(line).strip()
    return (
        line[:1].isupper()
        and 2 <= len(line.split()) <= 15
        and not re.search(r"[:.;?!]\s*$|:", line)
        and not (ORG_START.match(words) or _NOT_MODEL_LINE.match(words) or DATE_LINE.match(words))
    )


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


#: Said of taking part: "tham gia", or working together ("cùng 15 chị em" with the one in
#: charge, "với 27 thành viên", "thay nhau").
_TAKE_PART = re.compile(r"\btham gia\b|" + prose.WORKING_TOGETHER)


def from_body_sums(body: list[tuple[str, Where]]) -> Iterator[Candidate]:
    """A sum raised written outside the results ("…; nhân dân đóng góp 54 triệu đồng" in a
    paragraph of its own): the last resort, one such sum only, and never confident."""
    numbers, with_verb = prose.sums("\n".join(t for t, _ in body))
    if with_verb and len({n.value for n in numbers[:with_verb]}) == 1:
        text = _number_text(numbers[0].value, numbers[0].approximate, "đồng")
        yield Candidate("funds_vnd", text, Method.FIGURES, LAST_RESORT, 0.8,
                        doubt="kinh phí đọc từ một câu ngoài phần kết quả")  # fmt: skip


#: A village-level place closing a position ("Chi hội trưởng Chi hội Phụ nữ thôn Khuổi Phầy",
#: "Trưởng Ban Công tác Mặt trận xóm 3"): the word, then a name in capitals or a number.
_VILLAGE = re.compile(
    r"\b(?:thôn|xóm|bản|ấp|buôn|làng|plei|sóc|tổ dân phố|khu phố|khối phố)"
    r"(?:\s+(?:[^\W\d_][\w'’-]*|\d+[A-Za-z]?)){1,4}$"
)


def place_of_position(position: str) -> Iterator[Candidate]:
    """Where a person in charge of a village's body does the model, when the paper names no
    place: that village (a story of an exemplary person, "Chi hội trưởng … thôn Khuổi Phầy").
    The last resort, and never confident."""
    found = _VILLAGE.search(position.strip().rstrip(".;,"))
    if found and all(w[:1].isupper() or w[:1].isdigit() for w in found.group(0).split()[1:]):
        yield Candidate("location", found.group(0), Method.PROSE, LAST_RESORT, 0.8,
                        doubt="địa bàn suy ra từ chức vụ của người phụ trách")  # fmt: skip


def _number_text(value: int, approximate: bool, unit: str = "") -> str:
    return ("khoảng " if approximate else "") + f"{value:,}".replace(",", ".") + (f" {unit}" if unit else "")  # fmt: skip


def labelled_fields(reader: Reader) -> set[str]:
    """The fields a form's labels give values to; a leaflet's questions are no form's labels."""
    return {
        i.name
        for i in reader.items
        if i.has_value and i.name not in (OTHER, AFFILIATION) and i.doubt != TOLD
    }


def long_places(reader: Reader, name: str) -> tuple[Where, ...]:
    for item in reader.items:
        if item.name == name and item.name in LONG_FIELDS and item.has_value:
            return item.places
    return ()


def clean_or_none(text: str | None) -> str | None:
    return clean_text(text) if text else None
