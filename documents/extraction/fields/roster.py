"""The person in charge of a model named by role in a roster of its members.

A model's registration often comes with the list of its members ("Danh sách trích ngang thành
viên", "Danh sách tổ viên"): a table with a column of names and a column of each one's role in
the model ("Nhiệm vụ trong mô hình", "Vai trò", "Phân công"). The person in charge is the row
whose role says so ("Phụ trách chung", "Tổ trưởng – phụ trách mô hình", "Chủ nhiệm mô hình"),
never the first row (often the Party secretary who "Chỉ đạo"), the one who only "theo dõi, đôn
đốc", the maker of the list nor the signer. That row's own columns give the position ("Chức vụ")
and the phone ("Điện thoại"). When no single row says so, the roster names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from documents.extraction.fields.candidates import Candidate
from documents.extraction.fields.found import Method, Where
from documents.extraction.fields.in_charge import InCharge
from documents.extraction.fields.zones import looks_like_name
from documents.extraction.normalise import clean_text, fold, key, parse_phone
from documents.extraction.text import Block, BlockKind

#: Column headers, folded.
_NAME = re.compile(r"^(?:ho (?:va )?ten|ten thanh vien)\b")
_ROLE = re.compile(r"^(?:nhiem vu|vai tro|phan cong|cong viec duoc giao)\b")
_POSITION = re.compile(r"^chuc (?:vu|danh)\b")
_PHONE = re.compile(r"^(?:so )?(?:dien thoai|dt|sdt)\b")

#: A role that gives the whole model: "Phụ trách chung", "phụ trách mô hình", "trực tiếp phụ
#: trách", "Chủ nhiệm mô hình".
_WHOLE = re.compile(
    r"\bphu trach(?: (?:chung|mo hinh|doi hinh|to|nhom|cau lac bo|clb))?\s*$"
    r"|\bphu trach (?:chung|mo hinh|doi hinh)\b|\btruc tiep phu trach\b|\bchu nhiem\b"
)
#: The head of the group the model is ("Tổ trưởng", "Đội trưởng", "Trưởng nhóm"), unless it
#: heads a part of it ("Tổ trưởng tổ vay vốn").
_HEAD = re.compile(
    r"^(?:to|doi|nhom|ban|chi hoi) truong\s*$|^truong (?:nhom|ban|to)\s*$"
    r"|^(?:to|doi|nhom) truong\s*[–—,-]"
)
#: Roles that never give the model: a deputy, who steers from above, who helps.
_NOT_IN_CHARGE = re.compile(r"\b(?:pho|chi dao|theo doi|phoi hop|ho tro|thanh vien)\b")


@dataclass(frozen=True)
class Member:
    """The row of the person in charge: their name, position, phone and role as written."""

    name: str
    position: str | None
    phone: str | None
    role: str
    blocks: frozenset[int]  # the roster's rows (block indexes), read here, not as prose


@dataclass(frozen=True)
class _Columns:
    name: int
    role: int
    position: int | None
    phone: int | None


def leader(blocks: Sequence[Block], offset: int = 0) -> Member | None:
    """The member whose role puts them in charge, in the first roster of `blocks` that names
    exactly one such member (`offset`: the index of the first block)."""
    for rows in _tables(blocks, offset):
        member = _leader_of(rows)
        if member is not None:
            return member
    return None


def _tables(blocks: Sequence[Block], offset: int) -> list[list[tuple[int, Block]]]:
    tables: dict[object, list[tuple[int, Block]]] = {}
    for k, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_ROW and block.table is not None:
            tables.setdefault(block.table, []).append((offset + k, block))
    return list(tables.values())


def _leader_of(rows: list[tuple[int, Block]]) -> Member | None:
    for n, (_, row) in enumerate(rows):
        columns = _columns(row.cells)
        if columns is not None:
            return _in_charge(columns, rows[n + 1 :], frozenset(i for i, _ in rows))
    return None


def _columns(cells: Sequence[str]) -> _Columns | None:
    heads = [key(c) for c in cells]

    def where(pattern: re.Pattern[str]) -> int | None:
        return next((k for k, h in enumerate(heads) if pattern.match(h)), None)

    name, role = where(_NAME), where(_ROLE)
    if name is None or role is None:
        return None
    return _Columns(name, role, where(_POSITION), where(_PHONE))


def _in_charge(
    columns: _Columns, rows: list[tuple[int, Block]], blocks: frozenset[int]
) -> Member | None:
    """The one row whose role gives the whole model, else the one heading the group."""
    members = [_member(columns, row.cells, blocks) for _, row in rows]
    people = [m for m in members if m is not None]
    for strength in (_gives_the_model, _heads_the_group):
        found = [m for m in people if strength(m.role)]
        if len(found) == 1:
            return found[0]
        if found:
            return None  # two rows say so: the roster does not settle it
    return None


def _member(columns: _Columns, cells: Sequence[str], blocks: frozenset[int]) -> Member | None:
    def cell(k: int | None) -> str:
        return " ".join(cells[k].split()) if k is not None and k < len(cells) else ""

    name = cell(columns.name)
    if not name or not looks_like_name(name):
        return None
    phone = parse_phone(cell(columns.phone)) if columns.phone is not None else None
    return Member(name, clean_text(cell(columns.position)) or None, phone, cell(columns.role),
                  blocks)  # fmt: skip


def _gives_the_model(role: str) -> bool:
    folded = fold(role)
    return bool(_WHOLE.search(folded)) and not _deputy(folded)


def _heads_the_group(role: str) -> bool:
    folded = fold(role)
    return bool(_HEAD.search(folded)) and not _NOT_IN_CHARGE.search(folded)


def _deputy(folded: str) -> bool:
    """A deputy's role ("Phó chủ nhiệm", "Tổ phó, phụ trách …") or one under someone else."""
    return bool(re.search(r"\bpho\b|\bto pho\b|\bchi dao\b", folded))


#: Where the roster's candidates rank: after a labelled person in charge (0), before a person
#: given the model in a sentence (26) and the signer (50).
RANK = 20
_DOUBT = "người phụ trách đọc từ cột nhiệm vụ của danh sách thành viên, không có nhãn"


def candidates(member: Member | None) -> Iterator[Candidate]:
    """The member in charge, their position and their phone, one group: never confident
    alone (a roster's role column is no label), confident when another reading agrees."""
    if member is None:
        return
    places = tuple(Where(i, 0) for i in sorted(member.blocks))[:1]
    values = (("leader_name", member.name), ("leader_position", member.position),
              ("phone", member.phone))  # fmt: skip
    for name, value in values:
        if value:
            yield Candidate(name, value, Method.COLUMN, RANK, 0.85, places, group="roster",
                            doubt=_DOUBT)  # fmt: skip


def as_in_charge(member: Member | None) -> list[InCharge]:
    """The member in charge as a person the text gives the model to (the signer yields)."""
    return [InCharge(member.name, member.position, direct=True)] if member else []


def rows_of(member: Member | None) -> frozenset[int]:
    """The roster's rows, read here rather than as sentences naming someone in charge."""
    return member.blocks if member else frozenset()


_PERSON_FIELDS = ("leader_name", "leader_position", "phone")


def over_its_columns(found: Iterable[Candidate], member: Member | None) -> Iterator[Candidate]:
    """A roster read as a table of forms gives its first row's person, position and phone
    under the column headers: when a row's role names the one in charge, those go."""
    for c in found:
        if member is None or not _in_rows(c, member.blocks):
            yield c


def _in_rows(c: Candidate, blocks: frozenset[int]) -> bool:
    """A person's value read under a column header from the roster's rows."""
    listed = c.name in _PERSON_FIELDS and c.method is Method.COLUMN
    return listed and any(w.block in blocks for w in c.places)
