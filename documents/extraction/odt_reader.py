"""OpenDocument text (.odt, LibreOffice's own format) into `DocumentText`, via odfpy.

odfpy parses through defusedxml, and the container is checked for zip bombs first. Fonts are
followed through styles (paragraph style, then span style) so a run typed in .VnTime or
VNI-Times is decoded like in a .docx.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from typing import Any

from odf.element import Element
from odf.namespaces import DRAWNS, OFFICENS, STYLENS, TABLENS, TEXTNS
from odf.opendocument import load

from documents.extraction.legacy_fonts import convert_legacy, legacy_encoding
from documents.extraction.limits import check_zip_container
from documents.extraction.text import DocumentText

NOT_ODT = "Không mở được tệp .odt (tệp bị hỏng hoặc không đúng định dạng); xin gửi lại."


class OdtError(ValueError):
    """The file is not a readable OpenDocument text; the message is for the sender."""


def _local(node: Any) -> tuple[str, str] | None:
    qname = getattr(node, "qname", None)
    return qname if isinstance(qname, tuple) else None


def _style_fonts(document: Any) -> dict[str, str]:
    """Style name → font family, for automatic and named styles (inheritance followed)."""
    faces: dict[str, str] = {}
    for face in document.fontfacedecls.childNodes:
        name = face.getAttrNS(STYLENS, "name")
        family = face.getAttrNS(
            "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", "font-family"
        )
        if name:
            faces[name] = (family or name).strip("'\"")
    fonts: dict[str, str] = {}
    parents: dict[str, str] = {}
    for container in (document.styles, document.automaticstyles):
        for style in container.childNodes:
            if _local(style) != (STYLENS, "style"):
                continue
            name = style.getAttrNS(STYLENS, "name")
            parent = style.getAttrNS(STYLENS, "parent-style-name")
            if parent:
                parents[name] = parent
            for child in style.childNodes:
                if _local(child) == (STYLENS, "text-properties"):
                    font = child.getAttrNS(STYLENS, "font-name")
                    if font:
                        fonts[name] = faces.get(font, font)
    resolved: dict[str, str] = {}
    for name in set(fonts) | set(parents):
        current, seen = name, set()
        while current not in fonts and current in parents and current not in seen:
            seen.add(current)
            current = parents[current]
        if current in fonts:
            resolved[name] = fonts[current]
    return resolved


#: Elements whose children are read in order as if they were body text.
_CONTAINERS = frozenset(
    {"list", "list-item", "list-header", "section", "frame", "text-box", "index-body",
     "table-of-content", "soft-page-break"}
)  # fmt: skip


class _Walker:
    def __init__(self, fonts: dict[str, str]) -> None:
        self.fonts = fonts
        self.doc = DocumentText(source="odt")
        self.tables = 0
        self._frames: list[Any] = []  # drawings met in the current paragraph (text boxes)

    def _text(self, node: Any, font: str | None) -> str:
        """Text of a paragraph-level node, decoding legacy-font spans on the way."""
        parts: list[str] = []
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                data = str(child.data)
                parts.append(convert_legacy(data, font) if legacy_encoding(font) else data)
                continue
            qname = _local(child)
            if qname == (TEXTNS, "s"):
                parts.append(" " * int(child.getAttrNS(TEXTNS, "c") or 1))
            elif qname == (TEXTNS, "tab"):
                parts.append("\t")
            elif qname == (TEXTNS, "line-break"):
                parts.append("\n")
            elif qname in ((TEXTNS, "note"), (OFFICENS, "annotation")):
                continue
            elif qname is not None and qname[0] == DRAWNS:
                self._frames.append(child)
            else:
                style = child.getAttrNS(TEXTNS, "style-name") if qname else None
                parts.append(self._text(child, self.fonts.get(style or "", font)))
        return "".join(parts)

    def _paragraph_text(self, node: Any) -> str:
        self._frames = []
        style = node.getAttrNS(TEXTNS, "style-name")
        text = self._text(node, self.fonts.get(style or ""))
        return unicodedata.normalize("NFC", " ".join(text.split()))

    def walk(self, node: Any) -> None:
        for child in node.childNodes:
            qname = _local(child)
            if qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                text = self._paragraph_text(child)
                frames = self._frames
                if text:
                    self.doc.paragraph(text)
                for frame in frames:  # text boxes anchored in the paragraph
                    self.walk(frame)
            elif qname == (TABLENS, "table"):
                self._table(child)
            elif qname is not None and qname[1] in _CONTAINERS:
                self.walk(child)  # tracked deletions (text:tracked-changes) are not walked

    def _table(self, table: Any) -> None:
        table_no = self.tables
        self.tables += 1
        for row in self._rows(table):
            cells: list[str] = []
            for cell in row.childNodes:
                if _local(cell) != (TABLENS, "table-cell"):
                    continue
                inner = _Walker(self.fonts)
                inner.tables = 1000 + self.tables  # nested tables flatten into the cell text
                inner.walk(cell)
                cells.append("\n".join(b.text for b in inner.doc.blocks))
            if any(cells):
                self.doc.row(cells, table=table_no)

    def _rows(self, node: Any) -> list[Element]:
        rows: list[Element] = []
        for child in node.childNodes:
            qname = _local(child)
            if qname == (TABLENS, "table-row"):
                rows.append(child)
            elif qname in (
                (TABLENS, "table-rows"),
                (TABLENS, "table-header-rows"),
                (TABLENS, "table-row-group"),
            ):
                rows.extend(self._rows(child))
        return rows


def read_odt(data: bytes) -> DocumentText:
    """An .odt as blocks (paragraphs, headings, list items, table rows). Raises `OdtError`."""
    check_zip_container(data)
    try:
        document = load(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, AttributeError) as exc:
        raise OdtError(NOT_ODT) from exc
    except Exception as exc:  # defusedxml and expat raise their own families
        raise OdtError(NOT_ODT) from exc
    walker = _Walker(_style_fonts(document))
    walker.walk(document.text)
    return walker.doc
