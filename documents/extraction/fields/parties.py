"""The parties of an agreement ("BÊN A (Bên nhận tài trợ): …", "Đại diện: Ông …", "Chức vụ:
…", "Điện thoại: …"): which one is the unit building the model, who stands for it, and whose
post and phone each line gives.

A sponsorship or support agreement names two parties, each with its representative and that
person's post and phone on the lines under it. The model is the receiving party's: the one
the paper marks as receiving ("Bên nhận tài trợ") or says builds the model ("Bên A xây dựng
mô hình …"). The giver (a company, a person living away) is never the unit, nor its
representative the leader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from documents.extraction.fields.people import split_person
from documents.extraction.fields.zones import ORG_START, looks_like_name
from documents.extraction.normalise import clean_text, fold, key

#: How many lines above a position or phone a party's representative may stand.
REACH = 4
#: A party opening its lines: "BÊN A (Bên nhận tài trợ): HỘI …", "Bên B: Anh X", folded.
_PARTY = re.compile(r"^\W*ben\s+([a-d])\b\s*(?:\(([^)]*)\))?\s*:\s*(.*)$")
#: Its representative's line: "Đại diện: Ông X", "Do ông: X", "Người đại diện: Chị X – …".
_REPRESENTED = re.compile(r"^\W*(?:nguoi\s+)?(?:dai dien|do ong|do ba)\b[^:]{0,12}:?\s*(.+)$")
#: The party the paper marks as receiving ("Bên nhận tài trợ", "bên được hỗ trợ").
_RECEIVES = re.compile(r"\bben (?:nhan|duoc)\b")
#: "Bên A xây dựng mô hình …", "Bên A dùng số tài sản trên xây dựng mô hình": the builder.
_BUILDS = re.compile(r"\bben ([a-d])\b[^.;\n]{0,60}?\b(?:xay dung|thuc hien|trien khai)\s+mo hinh")


@dataclass(frozen=True)
class Party:
    letter: str
    name: str  # as written after the colon
    receiving: bool  # marked as the receiving party in its own line
    representative: tuple[str, str | None] | None  # name and post, when one line gives them


def representative(lines: list[str]) -> str:
    """The nearest representative's line above a position or phone, within its party:
    "name:" and the name's key (the group `choose` ties a post and phone to), else ""."""
    for line in reversed(lines[-REACH:]):
        folded = fold(line).strip()
        said = _REPRESENTED.match(folded)
        if said:
            name = split_person(line[said.start(1) :].strip(" |\t"))[0] or ""
            return f"name:{key(name)}" if looks_like_name(name) else ""
        if _PARTY.match(folded):
            return ""
    return ""


def opens_party(text: str) -> bool:
    """A line opening one party of an agreement, the party's own lines under it."""
    return _PARTY.match(fold(text).strip()) is not None


def parties(rows: list[str]) -> list[Party]:
    """Each party of an agreement in reading order, with its representative."""
    found: list[Party] = []
    for k, row in enumerate(rows):
        opened = _PARTY.match(fold(row).strip())
        if opened is None:
            continue
        stripped = row.strip()
        name = clean_text(stripped[len(stripped) - len(opened.group(3)) :]) or ""
        receiving = bool(_RECEIVES.search(opened.group(2) or ""))
        person = _represented(rows[k + 1 : k + 1 + REACH])
        found.append(Party(opened.group(1), name, receiving, person))
    return found


def _represented(lines: list[str]) -> tuple[str, str | None] | None:
    for line in lines:
        folded = fold(line).strip()
        if _PARTY.match(folded):
            return None
        said = _REPRESENTED.match(folded)
        if said:
            person, post, _ = split_person(line[said.start(1) :].strip(" |\t"))
            return (person, post) if person and looks_like_name(person) else None
    return None


def builder(rows: list[str]) -> Party | None:
    """The party building the model: the one marked receiving, or the one the text says
    builds it; both when both are said, and they must agree; never a party that is no unit."""
    found = parties(rows)
    if len(found) < 2:
        return None
    marked = {p.letter for p in found if p.receiving}
    said = {m.group(1) for m in _BUILDS.finditer(fold("\n".join(rows)))}
    letters = (marked & said) if marked and said else (marked or said)
    if len(letters) != 1:
        return None
    party = next(p for p in found if p.letter in letters)
    return party if ORG_START.match(fold(party.name)) else None


def candidates_of(rows: list[str]) -> Iterator[tuple[str, str, str]]:
    """(field, value, group) of the building party: its name as the unit, its representative
    as the person in charge, and the post written with them."""
    party = builder(rows)
    if party is None:
        return
    yield "unit_name", party.name, ""
    if party.representative is None:
        return
    person, post = party.representative
    group = f"name:{key(person)}"
    yield "leader_name", person, group
    if post:
        yield "leader_position", post, group
