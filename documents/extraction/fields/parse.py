"""The field reader: blocks of any format → the contract's fields, kind, confidence, provenance.

It runs in small stages: cut the document into zones (`zones.py`); find labels on each line
(`lines.py`) and values by their geometry (`flow.py` for lines, `tables.py` for tables);
collect candidates from every kind of evidence (`candidates.py`); clean and validate each
(`validate.py`); score each by its evidence (`confidence.py`) and keep the best per field. A
value the document does not hold stays absent; a value that fails its validator is refused
with the reason, and anything below 0.9 carries a doubt for the office's review.

This module runs the stages; `choose.py` picks each field's value and `assemble.py` puts
the chosen values together as the result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from documents.contract import Extraction, Kind
from documents.extraction.classify import (
    INFERRED,
    classify,
    inferred_kind,
    is_account,
    is_conclusion,
    is_panel,
    is_recognition,
)
from documents.extraction.fields import candidates as sources
from documents.extraction.fields import captions, contact, frame, in_charge, roster, story
from documents.extraction.fields.assemble import (
    FIELD_NAMES_VI,
    REQUIRED,
    extraction,
    fix_ocr_slips,
)
from documents.extraction.fields.candidates import Candidate
from documents.extraction.fields.choose import (
    LOST_LINE_CAP,
    ORDER,
    Choice,
    _groups_of,
    choose_all,
    unsure_after_correction,
    unsure_of_the_kind,
    unsure_of_the_shape,
    unsure_which_model,
)
from documents.extraction.fields.entrant import without_entrant
from documents.extraction.fields.flow import Reader
from documents.extraction.fields.found import Where
from documents.extraction.fields.indicators import figure_row
from documents.extraction.fields.memory import MemoryHint, document_lines
from documents.extraction.fields.memory import candidates as remembered
from documents.extraction.fields.mirrored import unmirror
from documents.extraction.fields.own_model import own_model, unquoted
from documents.extraction.fields.passages import settle
from documents.extraction.fields.people import person_of_story
from documents.extraction.fields.provenance import fingerprint
from documents.extraction.fields.routing import is_routing_line, is_routing_row
from documents.extraction.fields.tables import read_table
from documents.extraction.fields.zones import Zones, corrected_in_note, cut
from documents.extraction.normalise import key
from documents.extraction.panels import unfold
from documents.extraction.sheet import unframe
from documents.extraction.text import Block, BlockKind, DocumentText

# ------------------------------------------------------------------ stages


def read_fields(doc: DocumentText, hints: Sequence[MemoryHint] = ()) -> Extraction:
    """Fields of a document from its blocks, whatever format they were read from; `hints` are
    the office's layout memories (`memory.py`), used where the layout is theirs."""
    blocks, stops = captions.relabel(without_entrant(unmirror(unfold(unframe(doc.blocks)))))
    doc = replace(doc, blocks=blocks)
    zones, several = own_model(unquoted(cut(doc.blocks)))
    zones.ends |= {(i - zones.offset, 0) for i in stops if i >= zones.offset}
    title = " ".join(zones.title)
    body = list(_body_lines(zones))
    body_text = "\n".join(t for t, _ in body)
    heads = "\n".join(zones.title)  # the cover words of a title are read line by line
    panel = is_panel([*(ln for column in zones.header for ln in column), *zones.title,
                      *(t for t, _ in body[:3])])  # fmt: skip
    reader = _read_body(zones, _kind(heads, body_text, set(), panel=panel)[0])
    reader.prose += settle(reader.items, title).prose
    labelled = sources.labelled_fields(reader)
    kind, inferred = _kind(heads, body_text, labelled, reader.scored, panel)
    layout = fingerprint(reader, zones, doc.source)
    lines = document_lines(doc.blocks)
    found = list(_collect(reader, zones, title, body_text, body))
    if panel:
        found = _without_approval_slip(found, zones)
    if inferred:  # a paper telling one model in sentences: its values for review
        found += story.from_story(body_text, labelled)
    found = story.without_venue(found, title)
    found = story.without_party_seat(found, body)
    found += remembered(lines, layout.digest, hints)
    of_a_person = person_of_story(title, body_text) is not None
    chosen, refused = choose_all(found, doc, reader, of_a_person)
    if is_account(title):
        chosen = {name: unsure_of_the_shape(choice) for name, choice in chosen.items()}
    if several:
        chosen = {name: unsure_which_model(name, choice) for name, choice in chosen.items()}
    if inferred:
        chosen = {name: unsure_of_the_kind(choice) for name, choice in chosen.items()}
    if corrected_in_note([ln for b in doc.blocks for ln in b.text.split("\n")]):
        chosen = {name: unsure_after_correction(choice) for name, choice in chosen.items()}
    result = extraction(doc, kind, chosen, refused, reader, (layout, lines))
    return replace(result, warnings=(*result.warnings, INFERRED)) if inferred else result


def _kind(
    title: str, text: str, labelled: set[str], scored: bool = False, panel: bool = False
) -> tuple[Kind, bool]:
    """The document's kind, and whether it was only inferred from what the paper tells."""
    kind = classify(title, text, labelled, scored, panel)
    if kind is not Kind.UNKNOWN:
        return kind, False
    kind = inferred_kind(title, text, labelled)
    return kind, kind is not Kind.UNKNOWN


#: The slip asking a superior to approve a panel's content ("PHIẾU ĐỀ NGHỊ DUYỆT NỘI DUNG
#: PA-NÔ", "PHIẾU TRÌNH DUYỆT"): its rows tell the panel (its text, place, size, cost).
_APPROVAL_SLIP = re.compile(r"^phieu (?:de nghi |trinh )?(?:phe )?duyet\b")


#: What an approval slip tells of the model, besides the panel: the unit asking for it.
_SLIP_KEEPS = frozenset({"unit_name", "signed_date"})


def _without_approval_slip(found: list[Candidate], zones: Zones) -> list[Candidate]:
    """A panel's values without those of the approval slip under it: the slip's labels are
    the panel's ("Nội dung: Pa-nô giới thiệu …", "Vị trí đặt", "Kinh phí"), not its model's;
    only the unit asking for approval is the model's."""
    slip = next((zones.offset + k for k, block in enumerate(zones.body)
                 if _APPROVAL_SLIP.match(key(block.text))), None)  # fmt: skip
    if slip is None:
        return found
    return [c for c in found
            if c.name in _SLIP_KEEPS or not any(w.block >= slip for w in c.places)]  # fmt: skip


def _body_lines(zones: Zones) -> Iterator[tuple[str, Where]]:
    """The body's lines, without a routing slip's rows (`routing.py`)."""
    for k, block in enumerate(zones.body):
        if is_routing_row(block.cells):
            continue
        for cell_no, cell in enumerate(block.cells):
            for line in cell.split("\n"):
                if line.strip() and not is_routing_line(line):
                    yield line, Where(zones.offset + k, cell_no)


def _read_body(zones: Zones, kind_hint: Kind) -> Reader:
    """Stage two: every paragraph line and table of the body through the reader."""
    reader = Reader(kind_hint)
    table: list[tuple[int, Block]] = []
    for k, block in enumerate(zones.body):
        index = zones.offset + k
        if block.kind is BlockKind.TABLE_ROW:
            joined = _captions_of(table, block) or _over_the_page(table, block)
            if table and table[-1][1].table != block.table and not joined:
                read_table(reader, table)
                table = []
            if not (joined and block.row == 0 and block.cells == table[0][1].cells):
                table.append((index, block))  # (a header row repeated on the page is no row)
            continue
        if table:
            read_table(reader, table)
            table = []
        for n, line in enumerate(block.text.split("\n")):
            if (k, n) in zones.ends:
                reader.close()
            reader.line(line, Where(index, 0))
    if table:
        read_table(reader, table)
    return reader


def _over_the_page(table: list[tuple[int, Block]], block: Block) -> bool:
    """A table running over a page break, read as two (a PDF's table ends at the page's foot):
    one table when the rows at the top of the next page have as many cells, nothing between."""
    last, first = (table[-1][1], table[0][1]) if table else (None, None)
    if last is None or first is None or block.page is None or last.page is None:
        return False
    return block.page == last.page + 1 and len(block.cells) == len(last.cells) == len(first.cells)


def _captions_of(table: list[tuple[int, Block]], block: Block) -> bool:
    """A row of big figures and the row of their captions read as two tables (a PDF's
    borderless table): one table."""
    return len(table) == 1 and len(table[0][1].cells) == len(block.cells) \
        and figure_row(table[0][1].cells)  # fmt: skip


def _collect(
    reader: Reader, zones: Zones, title: str, body_text: str, body: list[tuple[str, Where]]
) -> Iterator[Candidate]:
    member = roster.leader(zones.body, zones.offset)  # a members table's row in charge
    items = sources.from_items(reader, {zones.offset + k: b.text for k, b in enumerate(zones.body)})
    items = roster.over_its_columns(items, member)
    yield from frame.chair_unsure(items, zones)
    yield from sources.from_mentions(reader)
    yield from sources.from_prose(reader, title, body_text)
    # its header and signer are the issuer's, not the unit's
    issuer = is_recognition(title, body_text) or is_conclusion(title)
    if not issuer:
        yield from frame.from_header(zones)
    if is_conclusion(title):
        yield from frame.from_worked_with(zones)
    yield from frame.from_owner_in_issued(zones)
    yield from frame.from_bare_village(zones, body_text)
    yield from frame.from_page_name(zones)
    yield from frame.from_agreement(zones)
    yield from sources.from_title_lines(zones)
    people = in_charge.named(frame.body_rows(zones, roster.rows_of(member)), heading=zones.title)
    yield from frame.from_in_charge(people)
    yield from roster.candidates(member)
    yield from frame.from_phones_of_people(body_text, people)
    yield from frame.from_phones_of_posts(body_text)
    yield from contact.from_contact_block(body)
    if not issuer:
        yield from frame.from_signature(zones, body_text, [*roster.as_in_charge(member), *people])
        yield from frame.from_signature_unit(zones)
    yield from frame.from_date(zones, [(t, w) for t, w in body])
    yield from sources.from_body_counts(body, sources.long_places(reader, "results"))
    yield from sources.from_body_sums(body)


__all__ = [
    "FIELD_NAMES_VI",
    "LOST_LINE_CAP",
    "ORDER",
    "REQUIRED",
    "Choice",
    "_groups_of",
    "fix_ocr_slips",
    "key",
    "read_fields",
]
