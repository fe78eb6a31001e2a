"""The text of a document as every reader hands it to the field parser.

Each format reader (docx, pdf-text, OCR, odt, legacy doc) turns a file into a `DocumentText`: an
ordered list of blocks, already converted to Unicode NFC (legacy fonts decoded). A block is either
a paragraph (one line or a few lines of running text) or a table row (its cells, left to right).
The field parser only ever sees this shape, so a new format needs only a new reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

#: A page's size in the units of its boxes (PDF points; OCR pages are scaled to 595 wide).
PageSize = tuple[float, float]


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    TABLE_ROW = "table_row"


@dataclass(frozen=True)
class Box:
    """A region of a page, in PDF points from its top-left corner (1-based page number).

    OCR word boxes are scaled to a page 595 points wide (A4), so every reader speaks one unit."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: Box | None) -> Box:
        if other is None or other.page != self.page:
            return self
        return Box(self.page, min(self.x0, other.x0), min(self.top, other.top),
                   max(self.x1, other.x1), max(self.bottom, other.bottom))  # fmt: skip

    def as_list(self) -> list[float]:
        return [round(v, 1) for v in (self.x0, self.top, self.x1, self.bottom)]


@dataclass(frozen=True)
class Block:
    """A paragraph (`cells` has one item) or a table row (`cells` left to right).

    `table` numbers the table a row belongs to (rows of one table share it; None for paragraphs),
    so a parser can tell a two-column header block from a form table. `bold`/`centered` are hints
    where the format has them (titles are usually bold and centred).

    Where it came from, for provenance: `row` numbers a table row inside its table (from 0),
    `para` a Word paragraph in the document (from 0), `boxes` gives each cell's region on its
    page (PDF and OCR), and `quality` each cell's mean OCR word confidence (0..1).
    `mended` lists the words of the block whose diacritics the OCR stage `accents` changed.
    """

    kind: BlockKind
    cells: tuple[str, ...]
    table: int | None = None
    bold: bool = False
    centered: bool = False
    page: int | None = None
    row: int | None = None
    para: int | None = None
    boxes: tuple[Box | None, ...] = ()
    quality: tuple[float | None, ...] = ()
    mended: tuple[str, ...] = ()

    def box(self, cell: int = 0) -> Box | None:
        return self.boxes[cell] if cell < len(self.boxes) else None

    @property
    def text(self) -> str:
        return (
            " | ".join(c for c in self.cells if c)
            if self.kind is BlockKind.TABLE_ROW
            else (self.cells[0] if self.cells else "")
        )


@dataclass
class DocumentText:
    """The whole document as blocks, plus what the reader noticed on the way."""

    blocks: list[Block] = field(default_factory=list)
    source: str = "unknown"  # docx | pdf-text | pdf-ocr | image-ocr | doc | odt | …
    warnings: list[str] = field(default_factory=list)
    ocr_confidence: float | None = None  # mean word confidence 0..1 for OCR sources
    page_sizes: list[PageSize] = field(default_factory=list)  # where boxes are known

    def paragraph(self, text: str, **hints: bool | int | None) -> None:
        self.blocks.append(Block(BlockKind.PARAGRAPH, (text,), **hints))  # type: ignore[arg-type]

    def row(
        self, cells: list[str] | tuple[str, ...], table: int, **hints: bool | int | None
    ) -> None:
        if "row" not in hints:
            last = self.blocks[-1] if self.blocks else None
            same = last is not None and last.table == table and last.row is not None
            hints["row"] = last.row + 1 if same and last is not None and last.row is not None else 0
        self.blocks.append(
            Block(BlockKind.TABLE_ROW, tuple(cells), table=table, **hints)  # type: ignore[arg-type]
        )

    @property
    def plain_text(self) -> str:
        return "\n".join(b.text for b in self.blocks)
