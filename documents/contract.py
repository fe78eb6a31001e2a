"""The field contract (`spec/fields.md`) as types: document kinds, enums, the extraction result."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    REGISTRATION = "registration"
    REPORT = "report"
    UNKNOWN = "unknown"


class ModelType(StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"


class Domain(StrEnum):
    ECONOMY = "economy"
    CULTURE_SOCIETY = "culture_society"
    SECURITY_DEFENSE = "security_defense"
    POLITICAL_SYSTEM = "political_system"


#: Every field key of the contract, in the order forms usually list them.
FIELD_KEYS: tuple[str, ...] = (
    "unit_name",
    "model_name",
    "model_type",
    "domain",
    "leader_name",
    "leader_position",
    "phone",
    "location",
    "content",
    "results",
    "participants",
    "funds_vnd",
    "signed_date",
)

#: Fields that only one kind of document carries.
REGISTRATION_ONLY = frozenset({"content"})
REPORT_ONLY = frozenset({"results", "participants", "funds_vnd"})

FieldValue = str | int | None


@dataclass(frozen=True)
class Provenance:
    """Where one field's value came from, so the office can check it at a glance.

    `method` is how the value was tied to its field (`inline`, `next_lines`, `cell`,
    `cell_below`, `column`, `section`, `header`, `signature`, `prose`, `title`, `date_line`,
    `figures`). PDF and OCR values carry the 1-based `page` and `bbox` (x0, top, x1, bottom in
    PDF points from the page's top-left corner; OCR pages are scaled to 595 points wide) with
    the `page_size` in the same units; Word values carry the `paragraph` number (from 0, body
    paragraphs in order) or the `table`, `row` and `cell` (from 1, 0 and 0). `snippet` is the
    text around the value, `label` the label it was found by.
    """

    method: str
    snippet: str
    label: str | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    page_size: tuple[float, float] | None = None
    block: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    #: The layout memory that placed the value (method `memory`), so a later correction of the
    #: value can weaken that memory.
    memory: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Provenance:
        def pair(v: Any, n: int) -> Any:
            ok = isinstance(v, list | tuple) and len(v) == n
            return tuple(float(x) for x in v) if ok else None

        def number(v: Any) -> int | None:
            return v if isinstance(v, int) and not isinstance(v, bool) else None

        return cls(
            method=str(data.get("method", "")),
            snippet=str(data.get("snippet", ""))[:500],
            label=str(data["label"])[:200] if data.get("label") is not None else None,
            page=number(data.get("page")),
            bbox=pair(data.get("bbox"), 4),
            page_size=pair(data.get("page_size"), 2),
            block=number(data.get("block")),
            paragraph=number(data.get("paragraph")),
            table=number(data.get("table")),
            row=number(data.get("row")),
            cell=number(data.get("cell")),
            memory=number(data.get("memory")),
        )


@dataclass(frozen=True)
class LayoutFingerprint:
    """A stable hash of a form's template: its labels (as folded keys, with the field each
    names) and its structure (zones, tables, label geometry), never its filled-in values.

    Two forms filled in on one template share a `digest`; `labels` and `structure` say what it
    was made of, so a layout memory can show the office what it learned."""

    digest: str
    labels: tuple[str, ...] = ()
    structure: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"digest": self.digest, "labels": list(self.labels),
                "structure": list(self.structure)}  # fmt: skip

    @classmethod
    def from_json(cls, data: Any) -> LayoutFingerprint | None:
        if not isinstance(data, dict) or not isinstance(data.get("digest"), str):
            return None
        return cls(
            str(data["digest"])[:64],
            tuple(str(x) for x in data.get("labels") or [])[:200],
            tuple(str(x) for x in data.get("structure") or [])[:200],
        )


#: Bounds of the lines an extraction keeps (a form is far below them; a long report is cut).
MAX_LINES = 2000
MAX_LINE_CHARS = 400


@dataclass(frozen=True)
class TextLine:
    """One line of the document as the reader saw it, with its place in the structure: the block
    (paragraph or table row, by index), the cell in the row, the line in the cell, and for table
    rows the table and row numbers. Kept with the extraction so that a correction by the office
    can be located in the form's structure (the layout memory) without reading the file again."""

    text: str
    block: int
    cell: int = 0
    line: int = 0
    table: int | None = None
    row: int | None = None

    def as_json(self) -> list[Any]:
        return [self.text, self.block, self.cell, self.line, self.table, self.row]

    @classmethod
    def from_json(cls, data: Any) -> TextLine | None:
        if not isinstance(data, list | tuple) or len(data) != 6 or not isinstance(data[0], str):
            return None
        numbers = data[1:]
        if not all(n is None or (isinstance(n, int) and not isinstance(n, bool)) for n in numbers):
            return None
        block, cell, line, table, row = numbers
        if block is None or cell is None or line is None:
            return None
        return cls(data[0][:MAX_LINE_CHARS], block, cell, line, table, row)


class ExtractionUnavailableError(RuntimeError):
    """No parsing worker could run (fork limit, out of memory, overload): the fault is ours,
    not the file's, so the caller retries later instead of calling the file unreadable."""


@dataclass(frozen=True)
class Extraction:
    """What one file was read as: its kind, the contract's fields and how sure we are of each.

    `fields` holds only contract keys; a key the document does not contain is absent or None.
    `source` names the reader that produced the text ("docx", "pdf-text", "pdf-ocr", "image-ocr",
    "doc", "odt", …) so the office can tell a typed form from a scan.
    """

    kind: Kind
    fields: dict[str, FieldValue] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    source: str = "unknown"
    #: Where each field's value came from (see `Provenance`).
    provenance: dict[str, Provenance] = field(default_factory=dict)
    #: The template the form was filled in on (None for an unreadable file).
    layout: LayoutFingerprint | None = None
    #: Why a field was not trusted (confidence below 0.9, or a value refused): for review.
    doubts: dict[str, str] = field(default_factory=dict)
    #: The document's lines in reading order, with their places (see `TextLine`).
    lines: tuple[TextLine, ...] = ()

    def as_json(self, file: str | None = None, *, lines: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "fields": {k: self.fields.get(k) for k in FIELD_KEYS if k in self.fields},
            "confidence": dict(self.confidence),
            "warnings": list(self.warnings),
            "source": self.source,
            "provenance": {k: p.as_json() for k, p in self.provenance.items()},
            "layout": self.layout.as_json() if self.layout else None,
            "doubts": dict(self.doubts),
        }
        if lines:
            data["lines"] = [line.as_json() for line in self.lines]
        if file is not None:
            data = {"file": file, **data}
        return data

    @classmethod
    def unreadable(cls, reason: str, source: str = "unknown") -> Extraction:
        """The result for a file that could not be read: kind unknown and the reason why."""
        return cls(kind=Kind.UNKNOWN, warnings=(reason,), source=source)
