"""A review that tells several models ("1. Mô hình “X”", "2. Mô hình “Y”" …), of which one is
the unit's own "Dân vận khéo" model: the fields are that model's only.

A half-year review or a year's report of an association tells each model under a numbered
heading, with its own person, place, results and figures. The one the form is about is the
section whose text says so ("Đây là mô hình “Dân vận khéo” năm 2026 của …"); the other
sections are blanked before the reader sees them (their blocks stay, empty, so that places keep
pointing at the document's blocks). When no section, or more than one, says so, the reader
cannot know which model is meant: `several` tells the caller to send the model's values to
review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from documents.extraction.fields.lines import ROMAN
from documents.extraction.fields.zones import Zones, mostly_upper, quote_start
from documents.extraction.normalise import fold
from documents.extraction.text import Block, BlockKind

_HEADING = re.compile(r"^\s*\d{1,2}\s*[.)]\s*mo hinh\s*[“\"«]")
#: The sentence that makes a model the unit's own: the movement named as what it is.
_OWN = re.compile(r"\bmo hinh\s*[“\"«]?\s*dan van kheo\b")
#: The fields that belong to one model of the review.
MODEL_FIELDS = frozenset({"model_name", "leader_name", "leader_position", "phone", "location",
                          "content", "results", "participants", "funds_vnd"})  # fmt: skip


@dataclass(frozen=True)
class Line:
    block: int  # index in zones.body
    line: int  # index of the line in the block's text
    text: str


def own_model(zones: Zones) -> tuple[Zones, bool]:
    """The zones with only the own model's section among several, and whether several models
    are told with none (or more than one) marked as the unit's own."""
    lines = _lines(zones.body)
    sections = _sections(lines)
    if len(sections) < 2:
        return zones, False
    own = [s for s in sections if any(_OWN.search(fold(ln.text)) for ln in s[1:])]
    if len(own) != 1:
        return zones, True
    others = {(ln.block, ln.line) for s in sections if s is not own[0] for ln in s}
    ends = frozenset(_after_results(own[0]))
    return replace(zones, body=_blanked(zones.body, others), ends=ends), False


#: "Kết quả: …" with its text on the line.
_RESULTS_LINE = re.compile(r"^\s*(?:[-+•]\s*)?ket qua(?: dat duoc)?\s*:\s*\S")


def _after_results(section: list[Line]) -> Iterator[tuple[int, int]]:
    """A model's "Kết quả: …" is the line it is written on: the people and money told after it
    are the model's figures, not its results."""
    for line, nxt in pairwise(section):
        if _RESULTS_LINE.match(fold(line.text)):
            yield nxt.block, nxt.line


def unquoted(zones: Zones) -> Zones:
    """The zones without the earlier mail a mailed report quotes under it ("Vào …, … đã
    viết:", "> " lines): its people, phones and dates are the office's, not the form's."""
    lines = _lines(zones.body)
    start = quote_start([ln.text for ln in lines])
    if start >= len(lines):
        return zones
    quoted = {(ln.block, ln.line) for ln in lines[start:]}
    return replace(zones, body=_blanked(zones.body, quoted))


def _lines(body: list[Block]) -> list[Line]:
    return [
        Line(k, n, text)
        for k, block in enumerate(body)
        if block.kind is not BlockKind.TABLE_ROW
        for n, text in enumerate(block.text.split("\n"))
    ]


def _sections(lines: list[Line]) -> list[list[Line]]:
    """Each numbered model heading with the lines under it, up to the next heading or a
    heading of a higher level ("III. PHƯƠNG HƯỚNG …", a line in capitals)."""
    sections: list[list[Line]] = []
    current: list[Line] | None = None
    for line in lines:
        if _HEADING.match(fold(line.text)):
            current = [line]
            sections.append(current)
        elif ROMAN.match(line.text) or mostly_upper(line.text):
            current = None
        elif current is not None:
            current.append(line)
    return sections


def _blanked(body: list[Block], others: set[tuple[int, int]]) -> list[Block]:
    out = []
    for k, block in enumerate(body):
        if block.kind is BlockKind.TABLE_ROW or not any(b == k for b, _ in others):
            out.append(block)
            continue
        kept = [t for n, t in enumerate(block.text.split("\n")) if (k, n) not in others]
        out.append(replace(block, cells=("\n".join(kept),)))
    return out
