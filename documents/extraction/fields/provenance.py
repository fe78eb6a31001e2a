"""Where a value came from (page and box, Word paragraph or table cell, the text around it) and
the fingerprint of the form's layout (its labels and structure, never its values)."""

from __future__ import annotations

import hashlib
import re

from documents.contract import LayoutFingerprint, Provenance
from documents.extraction.fields.candidates import Candidate
from documents.extraction.fields.flow import Reader
from documents.extraction.fields.found import Where
from documents.extraction.fields.labels import label_key
from documents.extraction.fields.zones import Zones
from documents.extraction.text import Block, BlockKind, Box, DocumentText

SNIPPET = 160
_QUOTED_TAIL = re.compile(r"[“”\"«»].*")


def provenance(doc: DocumentText, candidate: Candidate, value: str) -> Provenance:
    places = [w for w in candidate.places if 0 <= w.block < len(doc.blocks)]
    label_at = candidate.label_where
    first = places[0] if places else label_at
    block = doc.blocks[first.block] if first is not None else None
    box = _box(doc, places + ([label_at] if label_at else []))
    page = box.page if box else (block.page if block else None)
    return Provenance(
        method=candidate.method.value,
        snippet=_snippet(doc, places, value),
        label=candidate.label or None,
        page=page,
        bbox=tuple(box.as_list()) if box else None,  # type: ignore[arg-type]
        page_size=_page_size(doc, page),
        block=first.block if first is not None else None,
        paragraph=block.para if block is not None else None,
        table=block.table if block is not None and block.kind is BlockKind.TABLE_ROW else None,
        row=block.row if block is not None and block.kind is BlockKind.TABLE_ROW else None,
        cell=first.cell if first is not None and block is not None and block.table else None,
        memory=candidate.memory,
    )


def _box(doc: DocumentText, places: list[Where]) -> Box | None:
    """The region of the value's cells (and its label's) on the first page they reach."""
    out: Box | None = None
    for where in places:
        if not 0 <= where.block < len(doc.blocks):
            continue
        box = doc.blocks[where.block].box(where.cell)
        if box is not None:
            out = box if out is None else out.union(box)
    return out


def _page_size(doc: DocumentText, page: int | None) -> tuple[float, float] | None:
    if page is None or not 1 <= page <= len(doc.page_sizes):
        return None
    width, height = doc.page_sizes[page - 1]
    return (round(width, 1), round(height, 1))


def _snippet(doc: DocumentText, places: list[Where], value: str) -> str:
    """The value in the text of its cells, with some words either side."""
    text = " ".join(_cell(doc.blocks[w.block], w.cell) for w in places[:6])
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return value[:SNIPPET]
    at = text.casefold().find(value.casefold()[:40])
    if at < 0 or len(text) <= SNIPPET:
        return text[:SNIPPET]
    start = max(0, at - 40)
    return ("…" if start else "") + text[start : start + SNIPPET] + "…"


def _cell(block: Block, cell: int) -> str:
    return block.cells[cell] if cell < len(block.cells) else ""


def fingerprint(reader: Reader, zones: Zones, source: str) -> LayoutFingerprint:
    """The template's labels in order and its structure, hashed; the filled-in values, the
    unit's name in the header and every digit (years, numbers) are left out."""
    labels = tuple(
        f"{item.name}:{label_key(_QUOTED_TAIL.sub('', item.label))[:60]}"
        for item in reader.items
        if item.label and item.confidence >= 0.6
    )
    structure = (
        f"format:{_family(source)}",
        f"header:{len(zones.header)}",
        f"title:{_title_key(zones.title)}",
        f"signature:{len(zones.signature)}",
        *_tables(zones.body),
        *(f"geometry:{item.method.value}" for item in reader.items if item.label),
    )
    digest = hashlib.sha256("\n".join(labels + structure).encode()).hexdigest()[:32]
    return LayoutFingerprint(digest, labels, structure)


def _family(source: str) -> str:
    """Word and its PDF share a template; OCR loses too much structure to be compared with them."""
    return "scan" if source.endswith("ocr") else "typed"


def _title_key(title: list[str]) -> str:
    words = [w for w in label_key(" ".join(title)).split() if not w.isdigit()]
    return " ".join(words[:12])


def _tables(body: list[Block]) -> list[str]:
    """Each table's width (the rows are values; their number varies with the filling)."""
    widths: dict[int, int] = {}
    for block in body:
        if block.kind is BlockKind.TABLE_ROW and block.table is not None:
            widths[block.table] = max(widths.get(block.table, 0), len(block.cells))
    return [f"table:{w}" for w in widths.values()]
