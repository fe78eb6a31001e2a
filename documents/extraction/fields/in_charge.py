"""The person in charge named in a sentence or a list of people with roles, not under a label.

"…giao đồng chí Nguyễn Văn X, Phó Trưởng ban, trực tiếp theo dõi, đôn đốc…", "Đ/c Y – Bí thư
Chi bộ trực tiếp phụ trách", a steering group listed one person a line ("2. Đ/c Z – Phó Chủ tịch
– Phó ban, trực tiếp phụ trách"). The field contract puts that person before the signer, so the
signer is only a guess once anybody else is named so; and a person read here is itself only
a guess for the office to check (the sentence may name a superior's liaison just as well).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from documents.extraction.fields.people import split_person
from documents.extraction.fields.zones import looks_like_name
from documents.extraction.normalise import clean_text, fold, fold_case, key

#: Words that give a person the model to run, in the folded text.
_ROLE = re.compile(
    r"\b(?:truc tiep\s+(?:phu trach|theo doi|chi dao|dieu hanh|quan ly|thuc hien)|phu trach|"
    r"chu nhiem (?:mo hinh|de an)|lam chu nhiem|chu tri(?:\s+thuc hien)?|theo doi,?\s+don doc|"
    r"chiu trach nhiem chinh)\b"
)
#: Where a person's name may open: after an honorific, or at the head of a list line.
_OPENS = re.compile(
    r"\b(?:[Dd]ong chi|[Dd]/c|[Dd]c|[Oo]ng|[Bb]a|[Aa]nh|[Cc]hi|[Bb]ac si|[Yy] si|[Dd]uoc si"
    r"|[Kk]y su|[Tt]hac si|[Tt]ien si"
    r"|(?:[Dd]ai|[Tt]huong|[Tt]rung|[Tt]hieu) (?:uy|ta|tuong))\s+(?=[A-Z])"
    r"|^\s*(?:\d{1,2}\s*[.)/–-]?\s*|[-–+•]\s*)?(?=[A-Z][a-z]*\s+[A-Z])"
)
#: A teacher named in a school's report ("giao cô Ma Thị Hoa, Phó Hiệu trưởng, …"); folded,
#: "cô" is "có" and "cơ" too, so the unfolded words are checked.
_TEACHER = re.compile(r"\b(?:[Cc]o|[Tt]hay)\s+(?=[A-Z])")
#: "… trực tiếp phụ trách là đồng chí X": the role first.
_ROLE_FIRST = re.compile(r"\s*(?:la|:)\s*")
#: The role of who chairs ("Chủ trì: X"), not "chủ trì thực hiện" (runs the model).
_CHAIR = re.compile(r"chu tri")
_SENTENCE = re.compile(r"[^;.\n]+(?:\.(?=\S)[^;.\n]*)*")
_MAX_POSITION_WORDS = 12
_AND = re.compile(r"\s*(?:,\s*)?\bva\s*$")
#: Words after the person's position and before the role ("…, người phụ trách mô hình").
_TAIL = re.compile(r"[\s,–-]*(?:\b(?:truc tiep|va|de|se|duoc|giao|nguoi|la)\b[\s,]*)*$")


@dataclass(frozen=True)
class InCharge:
    name: str
    position: str | None
    direct: bool  # "trực tiếp …": the one who runs it, not one of several with a share
    chair: bool = (
        False  # "Chủ trì: X" of a meeting or a record: runs the meeting, maybe not the model
    )


def first(people: list[InCharge]) -> InCharge | None:
    """The person the model is given to: the one "trực tiếp" in charge, else the first one
    given the model itself before one who only chairs ("1. Chủ trì: X – Trưởng ấp" of a
    record, then "Ông Y …, người phụ trách mô hình, báo cáo …")."""
    ordered = sorted(people, key=lambda p: (not p.direct, p.chair))
    return ordered[0] if ordered else None


def over_the_chair(people: list[InCharge]) -> bool:
    """Does the text name, besides a chair, someone else given the model? Then the chair, under
    a label too, only ran the meeting that weighed the model."""
    person = first(people)
    return (
        person is not None
        and not person.chair
        and any(p.chair and key(p.name) != key(person.name) for p in people)
    )


def named(lines: Iterable[str], heading: Iterable[str] = ()) -> list[InCharge]:
    """Every person the text gives the model to, in reading order, once each; the author
    named in the `heading` or atop the text when the text gives it to "tôi"."""
    lines = list(lines)
    author = next(filter(None, map(_author, [*heading, *lines])), None)
    found: dict[str, InCharge] = {}
    for line in lines:
        for sentence in _SENTENCE.finditer(line):
            for person in _in_sentence(sentence.group(0), author):
                found.setdefault(key(person.name), person)
    return list(found.values())


#: Who wrote or reads a paper: "Người trình bày: Ông X – Chủ tịch …", "Tham luận của đồng chí X"
#: (a line of its own, or after the conference in brackets when a PDF joined the two).
_AUTHOR = re.compile(
    r"^(?:\W*\([^()]*\))?\W*(?:(?:nguoi trinh bay|nguoi viet|nguoi bao cao|bao cao vien|trinh bay)\s*:"
    r"|(?:bai\s+)?tham luan cua\b)\s*"
)
#: The salutation after the author's line, when OCR joined the two.
_SALUTATION = re.compile(r"\s(?:Kính thưa|Thưa)\b")
#: The speaker as the one given the model: "… và giao tôi trực tiếp phụ trách".
_FIRST_PERSON = re.compile(r"\btoi(?:\s+(?:duoc giao|duoc|da|se))?[\s,]*$")


def _author(line: str) -> tuple[str, str | None] | None:
    opening = _AUTHOR.match(fold(line))
    if opening is None:
        return None
    rest = _SALUTATION.split(line[opening.end() :], maxsplit=1)[0].strip(" ()")
    opens = _opens(rest, fold_case(rest))
    start = opens[0].end() if opens and opens[0].start() == 0 else 0
    return _person(rest[start:])


def _in_sentence(sentence: str, author: tuple[str, str | None] | None = None) -> list[InCharge]:
    cased = fold_case(sentence)
    folded = fold(sentence)
    people: list[InCharge] = []
    for role in _ROLE.finditer(folded):
        person = _before(sentence, cased, role.start()) or _after(sentence, cased, role.end())
        if person is None and _FIRST_PERSON.search(folded[: role.start()]):
            person = author
        if person is not None:
            direct = role.group(0).startswith("truc tiep")
            chair = _CHAIR.fullmatch(role.group(0)) is not None
            people.append(InCharge(person[0], person[1], direct, chair))
    return people


def _before(sentence: str, cased: str, end: int) -> tuple[str, str | None] | None:
    """The last person opened before the role: 'đồng chí X, Phó Trưởng ban, trực tiếp …'."""
    opens = _opens(sentence, cased[:end])
    if not opens:
        return None
    k = len(opens) - 1
    while k > 0 and (joint := _AND.search(fold(sentence[opens[k - 1].end() : opens[k].start()]))):
        end = opens[k - 1].end() + joint.start()  # "chị A – Chi hội trưởng và chị B …": A leads
        k -= 1
    return _person(sentence[opens[k].end() : end])


def _after(sentence: str, cased: str, start: int) -> tuple[str, str | None] | None:
    """'… trực tiếp phụ trách là đồng chí X, Trưởng thôn'."""
    joint = _ROLE_FIRST.match(fold(sentence[start:]))
    if joint is None:
        return None
    rest = start + joint.end()
    opened = next(iter(_opens(sentence[rest:], cased[rest:])), None)
    if opened is None or opened.start() > 0:
        return None
    return _person(sentence[rest + opened.end() :])


def _opens(sentence: str, cased: str) -> list[re.Match[str]]:
    """Where a person's name may open in `cased` (the folded `sentence`), in order."""
    teachers = [m for m in _TEACHER.finditer(cased)
                if sentence[m.start() : m.end()].split()[0].lower() in ("cô", "thầy")]  # fmt: skip
    return sorted([*_OPENS.finditer(cased), *teachers], key=lambda m: m.start())


def _person(span: str) -> tuple[str, str | None] | None:
    tail = _TAIL.search(fold(span))
    span = span[: tail.start()] if tail else span
    name, position, _ = split_person(span.strip(" ,–-"))
    if not name or not looks_like_name(name):
        return None
    position = clean_text(_without_group_role(position.strip(" ,–-("))) if position else None
    if position and _too_long(position):
        return None  # the role belongs to another clause than the name
    return name, position or None


def _too_long(position: str) -> bool:
    """More words than a position holds. A person may hold two titles ("Phó Chủ tịch Hội LHPN
    xã, Chi hội trưởng Chi hội phụ nữ bản A"): each within the bound; more pieces than two are
    bound as a whole (a clause running on after the position)."""
    titles = position.split(",")
    if len(titles) > 2:
        return len(position.split()) > _MAX_POSITION_WORDS
    return max(len(t.split()) for t in titles) > _MAX_POSITION_WORDS


#: A steering group's own roles, after the person's position in a list of its members
#: ("Đại úy X – Phó trưởng Công an xã – Tổ phó"): the group's, not the person's position.
_GROUP_ROLE = re.compile(
    r"\s+[–—-]\s+(?i:to (?:truong|pho)|(?:pho )?truong ban|pho ban|pho to truong|"
    r"thanh vien|to vien|truong nhom|nhom truong)\s*$"
    # OCR lost the dash: only roles no position ends with ("Phó Trưởng ban" is one)
    r"|(?<![,;])\s+(?=[A-Z])(?i:to (?:truong|pho)|thanh vien|to vien)\s*$"
)


def _without_group_role(position: str) -> str:
    role = _GROUP_ROLE.search(fold_case(position))
    return position[: role.start()] if role else position


def others_than(people: list[InCharge], signer: str) -> bool:
    """Does the text name someone in charge who is not the signer?"""
    return any(key(p.name) != key(signer) for p in people)
