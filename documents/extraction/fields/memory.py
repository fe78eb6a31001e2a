"""Layout memory: the reader's stage that reads a field where the office showed it sits.

When the office corrects a field, `locate` finds the corrected value among the form's lines and
describes its place by the template's own text, never by coordinates (a second form of the same
template has other values, of other lengths): after an anchor on its line (`inline`, "Phần việc
đăng ký: X"), some lines below a line of its own (`below`), some cells right of a cell (`right`)
or some rows under a cell of its column (`down`, a header over rows that are the forms). An
anchor is folded like a label, so numbering, case, diacritics and punctuation do not matter.

On the next form whose layout fingerprint is the same, `candidates` resolves each memory's
places on the new form's lines and hands the value on as a candidate of method `memory`: it is
validated and scored like any other value, and a memory for the sender's unit is tried before
the overall one. This runs inside the parsing sandbox: the hints come with the request.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from documents.contract import MAX_LINE_CHARS, MAX_LINES, TextLine
from documents.extraction.fields.candidates import Candidate
from documents.extraction.fields.found import Method, Where
from documents.extraction.fields.labels import OTHER, label_key, match_label, split_number
from documents.extraction.fields.lines import find_labels
from documents.extraction.normalise import fold, key
from documents.extraction.text import Block, BlockKind

#: Fields whose value is written as text on the form, so that its place can be found again.
LEARNABLE = ("unit_name", "model_name", "leader_name", "leader_position", "location", "phone")
RELATIONS = ("inline", "below", "right", "down")
MAX_ADDRESSES = 4
_BOUNDARY = re.compile(r"[\s:：.…_·\-–—|]+")
_MAX_HEAD_WORDS = 14
#: "Người phụ trách: Ông …": the honorific is part of the value's writing, not of the label.
_HONORIFIC_TAIL = re.compile(r"(?:^|\s)(?:ong|ba|d/c|dong chi|anh|chi)\.?\s*$")


@dataclass(frozen=True)
class Address:
    """Where a value sits, relative to an anchor: the `nth` line (or cell) whose folded text is
    `anchor`, then `relation` and `offset` from it; the value ends before `stop` (template text
    after the value on its line), when there is such text."""

    relation: str
    anchor: str
    nth: int = 0
    offset: int = 0
    stop: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"relation": self.relation, "anchor": self.anchor, "nth": self.nth,
                "offset": self.offset, "stop": self.stop}  # fmt: skip

    @classmethod
    def from_json(cls, data: Any) -> Address | None:
        if not isinstance(data, dict) or data.get("relation") not in RELATIONS:
            return None
        anchor, nth, offset = data.get("anchor"), data.get("nth", 0), data.get("offset", 0)
        if (
            not isinstance(anchor, str)
            or not anchor
            or not all(
                isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 1000
                for n in (nth, offset)
            )
        ):
            return None
        stop = data.get("stop") or ""
        return cls(str(data["relation"]), anchor[:120], nth, offset, str(stop)[:120])

    def describe(self) -> str:
        """The place in words, for the office's page of memories."""
        if self.relation == "inline":
            text = f"sau nhãn «{self.anchor}» trên cùng dòng"
        elif self.relation == "below":
            text = f"dòng thứ {self.offset} dưới dòng «{self.anchor}»"
        elif self.relation == "right":
            text = f"ô thứ {self.offset} bên phải ô «{self.anchor}»"
        else:
            text = f"ô thứ {self.offset} phía dưới ô «{self.anchor}» (cùng cột)"
        if self.nth:
            text += f" (lần xuất hiện thứ {self.nth + 1})"
        return text + (f", dừng trước «{self.stop}»" if self.stop else "")


@dataclass(frozen=True)
class MemoryHint:
    """One memory as the parent sends it to the reader: the layout it belongs to, the field,
    the unit it was learned for ("" for every unit), its places, and how often it was wrong."""

    id: int
    digest: str
    field: str
    unit: str
    addresses: tuple[Address, ...]
    misses: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "digest": self.digest, "field": self.field, "unit": self.unit,
                "addresses": [a.as_json() for a in self.addresses], "misses": self.misses}  # fmt: skip

    @classmethod
    def from_json(cls, data: Any) -> MemoryHint | None:
        if not isinstance(data, dict) or data.get("field") not in LEARNABLE:
            return None
        ident, misses = data.get("id"), data.get("misses", 0)
        if not isinstance(ident, int) or not isinstance(misses, int):
            return None
        addresses = tuple(
            a for a in map(Address.from_json, data.get("addresses") or []) if a is not None
        )
        digest = data.get("digest")
        if not isinstance(digest, str) or not addresses:
            return None
        unit = data.get("unit") or ""
        return cls(ident, digest[:64], str(data["field"]), str(unit)[:64],
                   addresses[:MAX_ADDRESSES], max(0, misses))  # fmt: skip


# ------------------------------------------------------------------ the document's lines


def document_lines(blocks: Sequence[Block]) -> tuple[TextLine, ...]:
    """Every non-empty line of the document in reading order, with its place."""
    out: list[TextLine] = []
    rows: dict[int, int] = {}
    for number, block in enumerate(blocks):
        table = block.table if block.kind is BlockKind.TABLE_ROW else None
        row = None
        if table is not None:
            row = block.row if block.row is not None else rows.get(table, 0)
            rows[table] = row + 1
        for cell_no, cell in enumerate(block.cells):
            texts = [t.strip() for t in cell.split("\n") if t.strip()]
            for line_no, text in enumerate(texts):
                out.append(TextLine(text[:MAX_LINE_CHARS], number, cell_no, line_no, table, row))
                if len(out) >= MAX_LINES:
                    return tuple(out)
    return tuple(out)


def anchor_key(text: str) -> str:
    """The folded key of a piece of template text, or "" when it cannot anchor anything (no
    words, a number, a whole paragraph)."""
    _, rest = split_number(text.strip())
    folded = label_key(rest)
    words = folded.split()
    usable = (
        1 <= len(words) <= 12
        and len(folded) <= 90
        and any(len(w) >= 2 and w.isalpha() for w in words)
        and sum(w.isdigit() for w in words) <= 1
    )
    return folded if usable else ""


def heads(text: str) -> Iterator[tuple[str, int]]:
    """(anchor key of the text before a word boundary, where the text after it starts), for the
    first words of a line: the places a label may end and its value begin."""
    for count, match in enumerate(_BOUNDARY.finditer(text)):
        if count >= _MAX_HEAD_WORDS:
            return
        if match.start() == 0 or match.end() >= len(text):
            continue
        found = anchor_key(text[: match.start()])
        if found:
            yield found, match.end()


@dataclass(frozen=True)
class _Cell:
    block: int
    cell: int
    table: int | None
    row: int | None
    text: str
    first: int  # index of its first line


def _cells(lines: Sequence[TextLine]) -> list[_Cell]:
    out: list[_Cell] = []
    for i, line in enumerate(lines):
        last = out[-1] if out else None
        if last is not None and (last.block, last.cell) == (line.block, line.cell):
            out[-1] = _Cell(last.block, last.cell, last.table, last.row,
                            f"{last.text} {line.text}", last.first)  # fmt: skip
        else:
            out.append(_Cell(line.block, line.cell, line.table, line.row, line.text, i))
    return out


def _same_box(a: TextLine, b: TextLine) -> bool:
    """Two lines of one flow: the same table cell, or both in paragraphs."""
    if a.table is not None or b.table is not None:
        return (a.block, a.cell) == (b.block, b.cell)
    return True


# ------------------------------------------------------------------ learning


def _pattern(field: str, value: str) -> re.Pattern[str] | None:
    if field == "phone":
        digits = re.sub(r"\D", "", value)
        if len(digits) < 9:
            return None
        local = r"\D{0,2}".join(digits[1:])
        return re.compile(rf"(?<!\d)(?:0|\+?84\D{{0,2}})\D{{0,2}}{local}(?!\d)")
    words = key(value).split()
    if not words:
        return None
    return re.compile(
        r"(?<![0-9a-z])" + r"[^0-9a-z]*".join(map(re.escape, words)) + r"(?![0-9a-z])"
    )


def locate(
    lines: Sequence[TextLine], field: str, value: str, values: Iterable[object] = ()
) -> tuple[Address, ...]:
    """The places of `value` on a form, best first; () when the form does not hold it.
    `values` are the form's other values: text that is a value never anchors anything."""
    pattern = _pattern(field, value) if field in LEARNABLE else None
    if pattern is None:
        return ()
    filled = {key(str(v)) for v in values if v not in (None, "")}
    found: list[Address] = []
    for i in range(len(lines)):
        for span in (1, 2, 3):
            chunk = lines[i : i + span]
            if len(chunk) < span or not all(_same_box(chunk[0], x) for x in chunk):
                break
            joined = " ".join(x.text for x in chunk)
            match = pattern.search(fold(joined))
            if match is None:
                continue
            if match.start() < len(chunk[0].text):
                found += [a for a in _addresses(lines, i, chunk, joined, match)
                          if a not in found and a.anchor not in filled]  # fmt: skip
            break
        if len(found) >= MAX_ADDRESSES:
            break
    order = {r: n for n, r in enumerate(RELATIONS)}
    return tuple(sorted(found, key=lambda a: order[a.relation])[:MAX_ADDRESSES])


def _addresses(
    lines: Sequence[TextLine], i: int, chunk: Sequence[TextLine], joined: str, match: re.Match[str]
) -> list[Address]:
    first = lines[i]
    stop = _stop(joined, match.end(), chunk)
    before = first.text[: match.start()]
    honorific = _HONORIFIC_TAIL.search(fold(before))
    head = anchor_key(before[: honorific.start()] if honorific else before)
    if head:
        nth = sum(1 for line in lines[:i] for k, _ in heads(line.text) if k == head)
        return [Address("inline", head, nth, 0, stop)]
    out: list[Address] = []
    cells = _cells(lines)
    here = next(c for c in cells if (c.block, c.cell) == (first.block, first.cell))
    if first.table is not None and len(key(joined[match.start() : match.end()])) >= 0.5 * len(
        key(here.text)
    ):
        out += _cell_addresses(cells, here, stop)
    for back in (1, 2, 3):
        j = i - back
        if j < 0 or not _same_box(lines[j], first):
            break
        anchor = anchor_key(lines[j].text)
        if anchor:
            nth = sum(1 for line in lines[:j] if anchor_key(line.text) == anchor)
            out.append(Address("below", anchor, nth, back, stop))
            break
    return out


def _cell_addresses(cells: list[_Cell], here: _Cell, stop: str) -> list[Address]:
    out: list[Address] = []
    left = [c for c in cells if c.block == here.block and c.cell < here.cell and c.text.strip()]
    if left and (anchor := anchor_key(left[-1].text)):
        out.append(Address("right", anchor, _nth(cells, left[-1], anchor),
                           here.cell - left[-1].cell, stop))  # fmt: skip
    above = [
        c for c in cells
        if c.table == here.table and c.cell == here.cell and c.row is not None
        and here.row is not None and c.row < here.row and c.text.strip()
    ]  # fmt: skip
    if above and (anchor := anchor_key(above[-1].text)):
        offset = (here.row or 0) - (above[-1].row or 0)
        out.append(Address("down", anchor, _nth(cells, above[-1], anchor), offset, stop))
    return out


def _nth(cells: list[_Cell], cell: _Cell, anchor: str) -> int:
    return sum(1 for c in cells if c.first < cell.first and anchor_key(c.text) == anchor)


def _stop(joined: str, end: int, chunk: Sequence[TextLine]) -> str:
    """Template text after the value on the line where it ends ("… Đơn vị: …"), if any."""
    line_end = 0
    for line in chunk:
        line_end += len(line.text) + (1 if line_end else 0)
        if end <= line_end:
            break
    tail = joined[end:line_end].strip(" \t\"'“”«»).,;")
    if not tail:
        return ""
    colon = re.search(r"[:：]", tail)
    words = key(tail[: colon.start()] if colon else tail).split()[:6]
    return anchor_key(" ".join(words))


# ------------------------------------------------------------------ applying


@dataclass(frozen=True)
class Found:
    text: str
    places: tuple[Where, ...]
    anchor: Where
    anchor_text: str


def resolve(lines: Sequence[TextLine], address: Address) -> Found | None:
    """The value at `address` on a form, or None when the form has no such place."""
    if address.relation in ("inline", "below"):
        found = _in_flow(lines, address)
    else:
        found = _in_table(lines, address)
    if found is None:
        return None
    text = _cut(found.text, address.stop).strip(" \t:：;,-–—")
    if not text or _is_label(text):
        return None
    return Found(text, found.places, found.anchor, found.anchor_text)


def _in_flow(lines: Sequence[TextLine], address: Address) -> Found | None:
    if address.relation == "inline":
        spots = [(i, start) for i, line in enumerate(lines)
                 for k, start in heads(line.text) if k == address.anchor]  # fmt: skip
    else:
        spots = [(i, -1) for i, line in enumerate(lines) if anchor_key(line.text) == address.anchor]
    if address.nth >= len(spots):
        return None
    at, start = spots[address.nth]
    anchor = lines[at]
    label = anchor.text
    if start >= 0:
        first, text = at, anchor.text[start:]
        label = anchor.text[:start].rstrip(" \t:：.…_·-–—")
    else:
        first = at + address.offset
        if first >= len(lines) or not all(_same_box(anchor, x) for x in lines[at : first + 1]):
            return None
        text = lines[first].text
    taken = [lines[first]]
    for nxt in lines[first + 1 : first + 4]:  # a value wrapped onto the next lines
        if not _same_box(taken[-1], nxt) or not _wrapped(nxt.text):
            break
        taken.append(nxt)
        text += " " + nxt.text
    places = tuple(dict.fromkeys(Where(x.block, x.cell) for x in taken))
    return Found(text, places, Where(anchor.block, anchor.cell), label)


def _in_table(lines: Sequence[TextLine], address: Address) -> Found | None:
    cells = _cells(lines)
    spots = [c for c in cells if c.table is not None and anchor_key(c.text) == address.anchor]
    if address.nth >= len(spots):
        return None
    anchor = spots[address.nth]
    if address.relation == "right":
        target = next((c for c in cells if c.block == anchor.block
                       and c.cell == anchor.cell + address.offset), None)  # fmt: skip
    else:
        row = (anchor.row or 0) + address.offset
        target = next((c for c in cells if c.table == anchor.table and c.row == row
                       and c.cell == anchor.cell), None)  # fmt: skip
    if target is None:
        return None
    return Found(target.text, (Where(target.block, target.cell),),
                 Where(anchor.block, anchor.cell), anchor.text)  # fmt: skip


def _wrapped(text: str) -> bool:
    """A line that carries on the value above it: it starts with a small letter."""
    return text[:1].islower()


def _cut(text: str, stop: str) -> str:
    if not stop:
        return text
    pattern = _pattern("model_name", stop)
    match = pattern.search(fold(text)) if pattern else None
    return text[: match.start()] if match and match.start() > 0 else text


def _is_label(text: str) -> bool:
    """A label, or a line that opens with another field's label ("Loại mô hình: Tập thể"):
    the template moved, and this is not the value."""
    found = match_label(text.rstrip(":： "), prefix=False)
    if found is not None and found.confidence >= 1.0:
        return True
    hits = find_labels(text)
    return bool(hits) and hits[0].match.confidence >= 1.0 and hits[0].match.field != OTHER


# ------------------------------------------------------------------ the stage


def candidates(
    lines: Sequence[TextLine], digest: str, hints: Iterable[MemoryHint]
) -> Iterator[Candidate]:
    """A candidate per field from the memories of this layout: the sender's unit's first, then
    the overall one; each memory's places are tried best first."""
    mine = sorted((h for h in hints if h.digest == digest), key=lambda h: (h.unit == "", h.id))
    for hint in mine:
        for address in hint.addresses:
            found = resolve(lines, address)
            if found is None:
                continue
            yield Candidate(hint.field, found.text, Method.MEMORY, -2 if hint.unit else -1,
                            1.0, found.places, found.anchor_text, found.anchor,
                            memory=hint.id, misses=hint.misses)  # fmt: skip
            break
