"""A contact block under its heading: "LIÊN HỆ" over the person's name, position and phone.

Leaflets and notices end with a block that names whom to ask, one item a line, with no label
on any of them: the name, the position under it, the phone (often after "☎"), an address.
The heading alone says what the block is; each line is told by its shape (a personal name, a
short line of words, a phone number). Found this way the person is a likely leader, never a
sure one: a contact may be a clerk, so the candidates stay below the confident line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from documents.extraction.fields.candidates import Candidate
from documents.extraction.fields.found import Method, Where
from documents.extraction.fields.lines import is_heading
from documents.extraction.fields.people import split_person
from documents.extraction.fields.zones import looks_like_name
from documents.extraction.normalise import fold, parse_phone, strip_honorific

#: A heading that opens a contact block (folded, its colon and punctuation off).
_CONTACT = re.compile(r"^(?:thong tin )?(?:lien he|lien lac|dau moi lien he|nguoi lien he)$")
#: How many lines under the heading the block may hold.
_BLOCK = 5
_STRENGTH = 0.85
#: A dash between a name and a post.
_DASHED = re.compile(r"\S\s+[–—-]\s+\S")


def from_contact_block(body: list[tuple[str, Where]]) -> Iterator[Candidate]:
    """The person, position and phone of the first contact block of the body."""
    for k, (text, where) in enumerate(body):
        heading = re.sub(r"[^\w\s]", " ", fold(text)).strip()
        if not (is_heading(text) and _CONTACT.match(" ".join(heading.split()))):
            continue
        block: list[tuple[str, Where]] = []
        for line, place in body[k + 1 : k + 1 + _BLOCK]:
            if is_heading(line):
                break
            block.append((line.strip(), place))
        yield from _read_block(block, text, where)
        return


def _read_block(block: list[tuple[str, Where]], label: str, where: Where) -> Iterator[Candidate]:
    if not block:
        return
    name, position = _person_line(block[0][0])
    if name is None:
        return
    place = block[0][1]
    yield Candidate("leader_name", name, Method.NEXT_LINES, 24, _STRENGTH,
                    (place,), label=label, label_where=where, group="contact")  # fmt: skip
    rest = block[1:]
    if position is None and rest and _position_line(rest[0][0]):
        position, place = rest[0]
    if position is not None:
        yield Candidate("leader_position", position, Method.NEXT_LINES, 24, _STRENGTH,
                        (place,), label=label, label_where=where, group="contact")  # fmt: skip
    for line, at in rest:
        phone = parse_phone(line)
        if phone:
            yield Candidate("phone", phone, Method.NEXT_LINES, 24, _STRENGTH, (at,),
                            label=label, label_where=where, group="contact")  # fmt: skip
            return


def _person_line(text: str) -> tuple[str | None, str | None]:
    """The block's first line: a name alone, or a name and the post after a dash ("Bà Lò Thị
    Xuân – Chủ nhiệm Hợp tác xã"); anything else names nobody."""
    if looks_like_name(strip_honorific(text)):
        return strip_honorific(text), None
    if not _DASHED.search(text):
        return None, None
    name, position, _ = split_person(text)
    if not name or not looks_like_name(name) or not position or not _position_line(position):
        return None, None
    return name, position


def _position_line(text: str) -> bool:
    """A short line of words: no digits, no label, not a sentence."""
    return (
        1 <= len(text.split()) <= 10
        and not re.search(r"\d|:|[.;!?]$", text)
        and parse_phone(text) is None
    )
