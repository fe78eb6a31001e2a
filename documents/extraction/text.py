"""The text of a document as every reader hands it to the field parser.

Each format reader (docx, pdf-text, OCR, odt, legacy doc) turns a file into a `DocumentText`: an
ordered list of blocks, already converted to Unicode NFC (legacy fonts decoded). A block is either
a paragraph (one line or a few lines of running text) or a table row (its cells, left to right).
The field parser only ever sees this shape, so a new format needs only a new reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    TABLE_ROW = "table_row"


@dataclass(frozen=True)
class Block:
    """A paragraph (`cells` has one item) or a table row (`cells` left to right).

    `table` numbers the table a row belongs to (rows of one table share it; None for paragraphs),
    so a parser can tell a two-column header block from a form table. `bold`/`centered` are hints
    where the format has them (titles are usually bold and centred).
    """

    kind: BlockKind
    cells: tuple[str, ...]
    table: int | None = None
    bold: bool = False
    centered: bool = False
    page: int | None = None

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

    def paragraph(self, text: str, **hints: bool | int | None) -> None:
        self.blocks.append(Block(BlockKind.PARAGRAPH, (text,), **hints))  # type: ignore[arg-type]

    def row(
        self, cells: list[str] | tuple[str, ...], table: int, **hints: bool | int | None
    ) -> None:
        self.blocks.append(
            Block(BlockKind.TABLE_ROW, tuple(cells), table=table, **hints)  # type: ignore[arg-type]
        )

    @property
    def plain_text(self) -> str:
        return "\n".join(b.text for b in self.blocks)
