"""Read a .docx/.docm into blocks straight from its XML (parsed once, macros never touched).

python-docx's `paragraph.text` skips content controls (the Word 2010 check boxes live in
`w:sdt`), text boxes and Wingdings symbols, and walking its object tree costs more than the
XML itself, so this reader walks `word/document.xml` with lxml.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from lxml import etree  # type: ignore[import-untyped]

from documents.extraction.docx_parts import (
    NOTE_CLOSE,
    NOTE_MARK,
    NOTE_OPEN,
    furniture_stripped,
    names_a_person,
    relationships,
    section_parts,
)
from documents.extraction.normalise import SYMBOL_BOXES
from documents.extraction.text import Block, DocumentText

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = "{" + W + "}"
_TXBX = "{" + W + "}txbxContent"

_CHECKED, _UNCHECKED = "☒", "☐"

_MAX_XML = 50 * 1024 * 1024
_INVISIBLE = {0xAD: None, 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None}


def _is_legacy_font(font: str) -> bool:
    lowered = font.strip().lower()
    return lowered.startswith((".vn", "vni"))


class DocxError(ValueError):
    """The file is not a readable Word document; the message is for the sender (Vietnamese)."""


Converter = Callable[[str, str | None], str]


def _legacy_converter() -> Converter | None:
    try:
        from documents.extraction.legacy_fonts import convert_legacy, legacy_encoding
    except ImportError:  # the colleague's module is optional at this layer
        return None

    def convert(text: str, font: str | None) -> str:
        return convert_legacy(text, font) if legacy_encoding(font) else text

    return convert


@dataclass
class _Styles:
    """Fonts that runs inherit: document default, paragraph and character styles."""

    default_font: str | None = None
    fonts: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def parse(cls, xml: bytes | None) -> _Styles:
        styles = cls()
        if not xml:
            return styles
        root = etree.fromstring(xml, parser=_parser())
        fonts = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}rFonts")
        styles.default_font = _font_of(fonts)
        based: dict[str, str] = {}
        for style in root.iterfind(f"{_W}style"):
            sid = style.get(f"{_W}styleId") or ""
            styles.fonts[sid] = _font_of(style.find(f"{_W}rPr/{_W}rFonts"))
            parent = style.find(f"{_W}basedOn")
            if parent is not None:
                based[sid] = parent.get(f"{_W}val") or ""
        for sid in list(styles.fonts):
            seen = {sid}
            cur = sid
            while styles.fonts.get(cur) is None and cur in based and based[cur] not in seen:
                cur = based[cur]
                seen.add(cur)
            styles.fonts[sid] = styles.fonts.get(cur)
        return styles


def _font_of(fonts: etree._Element | None) -> str | None:
    if fonts is None:
        return None
    found = fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi") or fonts.get(f"{_W}cs")
    return str(found) if found else None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


class _Walker:
    def __init__(self, doc: DocumentText, styles: _Styles, convert: Converter | None) -> None:
        self.doc = doc
        self.styles = styles
        self.convert = convert
        self.tables = 0
        self.paragraphs = 0  # body paragraphs seen: provenance names a paragraph by number
        self.pending_boxes: list[etree._Element] = []
        self.notes: dict[str, str] = {}  # "f1"/"e1" → the footnote's/endnote's text
        self.loose_notes: list[str] = []  # notes on no name: read after the body
        self.note_numbers: dict[str, int] = {}  # a loose note's number, in reading order

    # ------------------------------------------------------------------ inline text
    def paragraph_text(self, p: etree._Element) -> tuple[str, bool, bool]:
        ppr = p.find(f"{_W}pPr")
        para_font = self.styles.default_font
        centered = False
        bold_para = False
        if ppr is not None:
            style = ppr.find(f"{_W}pStyle")
            if style is not None:
                para_font = self.styles.fonts.get(style.get(f"{_W}val") or "") or para_font
            jc = ppr.find(f"{_W}jc")
            centered = jc is not None and jc.get(f"{_W}val") == "center"
            bold_para = ppr.find(f"{_W}rPr/{_W}b") is not None
        parts: list[str] = []
        bold_chars = 0
        total_chars = 0
        lead: int | None = 0  # characters of the bold run(s) the paragraph opens with
        was_bold: bool | None = None
        for run_text, bold in self._runs(p, para_font):
            if run_text.startswith(NOTE_OPEN):
                parts.append(run_text)  # a note's marker: no weight, no cell wall
                continue
            n = len(run_text.strip())
            if lead is not None and n and not bold:
                if 0 < lead <= 60:
                    _mark_bold_label(parts)
                lead = None
            elif lead is not None and bold:
                lead += n
            if n and was_bold is not None and bold != was_bold and _glued(parts, run_text, bold):
                parts.append("\n" if bold else "\t")  # a bold label opens a row, its value a cell
            if n:
                was_bold = bold
            parts.append(run_text)
            total_chars += n
            bold_chars += n if bold else 0
        text = self._place_notes(unicodedata.normalize("NFC", "".join(parts)))
        bold = bold_para or (total_chars > 0 and bold_chars >= 0.8 * total_chars)
        return text, bold, centered

    def _place_notes(self, text: str) -> str:
        """A note on a name becomes its apposition, "Lù Văn Sình (Phó Bí thư …)", as a form
        writes it inline; any other note (on the title, on a place) is kept for after the body
        with its number, as the foot of the page prints it ("1 Thông qua tại …"), so that it
        never lengthens the value it marks nor reads as the form's own date line."""

        def place(match: re.Match[str]) -> str:
            key = match.group(1)
            note = self.notes.get(key, "")
            if not note:
                return ""
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = NOTE_MARK.sub("", text[line_start : match.start()])
            if names_a_person(before):
                return " (" + note.rstrip(" .;") + ")"
            number = self.note_numbers.setdefault(key, len(self.note_numbers) + 1)
            self.loose_notes.append(f"{number} {note}")
            return ""

        return NOTE_MARK.sub(place, text) if NOTE_OPEN in text else text

    def _runs(self, node: etree._Element, para_font: str | None) -> Iterator[tuple[str, bool]]:
        for child in node:
            tag = child.tag
            if tag == f"{_W}r":
                yield from self._run(child, para_font)
            elif tag == f"{_W}sdt":
                box = _checkbox_state(child)
                if box is not None:
                    yield (_CHECKED if box else _UNCHECKED) + " ", False
                else:
                    content = child.find(f"{_W}sdtContent")
                    if content is not None:
                        yield from self._runs(content, para_font)
            elif tag in (f"{_W}hyperlink", f"{_W}ins", f"{_W}smartTag", f"{_W}customXml",
                         f"{_W}fldSimple", f"{_W}sdtContent", f"{_W}moveTo"):  # fmt: skip
                yield from self._runs(child, para_font)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    yield from self._runs(choice, para_font)

    def _run(self, r: etree._Element, para_font: str | None) -> Iterator[tuple[str, bool]]:
        rpr = r.find(f"{_W}rPr")
        font = para_font
        bold = False
        if rpr is not None:
            rstyle = rpr.find(f"{_W}rStyle")
            if rstyle is not None:
                font = self.styles.fonts.get(rstyle.get(f"{_W}val") or "") or font
            font = _font_of(rpr.find(f"{_W}rFonts")) or font
            b = rpr.find(f"{_W}b")
            bold = b is not None and b.get(f"{_W}val") not in ("0", "false")
        buf: list[str] = []
        marks: list[str] = []
        for child in r:
            tag = child.tag
            if tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
                prefix = "f" if tag == f"{_W}footnoteReference" else "e"
                marks.append(NOTE_OPEN + prefix + (child.get(f"{_W}id") or "") + NOTE_CLOSE)
            elif tag == f"{_W}t":
                buf.append(child.text or "")
            elif tag == f"{_W}tab" or tag == f"{_W}ptab":
                buf.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                buf.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                buf.append("-")
            elif tag == f"{_W}sym":
                buf.append(_symbol(child.get(f"{_W}font"), child.get(f"{_W}char")))
            elif tag == f"{_W}fldChar" and (box := _form_checkbox(child)) is not None:
                buf.append((_CHECKED if box else _UNCHECKED) + " ")
            elif tag in (f"{_W}drawing", f"{_W}pict", f"{{{MC}}}AlternateContent"):
                self._collect_boxes(child)
        text = "".join(buf)
        if not text:
            yield from ((mark, bold) for mark in marks)
            return
        lowered = (font or "").lower()
        if lowered in SYMBOL_BOXES:
            table = SYMBOL_BOXES[lowered]
            text = "".join(table.get(ord(c) & 0xFF, c) if ord(c) < 0x100 or 0xF000 <= ord(c) < 0xF100
                           else c for c in text)  # fmt: skip
        elif self.convert is not None and font and _is_legacy_font(font):
            text = self.convert(text, font)
        else:
            text = text.translate(_INVISIBLE)  # optional hyphens, zero-width spaces
        yield text, bold
        yield from ((mark, bold) for mark in marks)

    def _collect_boxes(self, node: etree._Element) -> None:
        """Text boxes come out after their anchor paragraph; mc:Fallback repeats them."""
        if node.tag == f"{{{MC}}}AlternateContent":
            choice = node.find(f"{{{MC}}}Choice")
            node = choice if choice is not None else node
        for box in node.iter(_TXBX):
            if any(anc.tag == f"{{{MC}}}Fallback" for anc in box.iterancestors()):
                continue
            self.pending_boxes.append(box)

    # ------------------------------------------------------------------ blocks
    def body(self, container: etree._Element) -> None:
        # frames waiting for the paragraph they sit beside, with their own paragraph numbers
        framed: list[tuple[etree._Element, int]] = []
        for child in container:
            tag = child.tag
            if tag == f"{_W}p" and _beside_next(child):
                framed.append((child, self.paragraphs))
                self.paragraphs += 1
                continue
            if tag == f"{_W}p":
                self.paragraph(child)
            for frame, number in framed:  # after its anchor; before a table, in its place
                self.paragraph(frame, number)
            framed = []
            if tag == f"{_W}p":
                continue
            if tag == f"{_W}tbl":
                self.table(child)
            elif tag in (f"{_W}sdt", f"{_W}customXml"):
                content = child.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else child
                if content is not None:
                    self.body(content)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self.body(choice)
        for frame, number in framed:
            self.paragraph(frame, number)

    def paragraph(self, p: etree._Element, number: int | None = None) -> None:
        text, bold, centered = self.paragraph_text(p)
        if number is None:
            number = self.paragraphs
            self.paragraphs += 1
        for line in text.split("\n"):
            if line.strip():
                self.doc.paragraph(line, bold=bold, centered=centered, para=number)
        self._flush_boxes()

    def _flush_boxes(self) -> None:
        boxes, self.pending_boxes = self.pending_boxes, []
        for box in boxes:
            self.body(box)

    def cell_text(self, tc: etree._Element, nested: list[etree._Element]) -> str:
        lines: list[str] = []
        for child in tc:
            if child.tag == f"{_W}p":
                text, _, _ = self.paragraph_text(child)
                lines.extend(t for t in text.split("\n"))
                for box in self.pending_boxes:
                    for bp in box.iter(f"{_W}p"):
                        lines.append(self.paragraph_text(bp)[0])
                self.pending_boxes = []
            elif child.tag == f"{_W}tbl" and (chars := self._comb(child)) is not None:
                lines.append(chars)
            elif child.tag == f"{_W}tbl":
                nested.append(child)
            elif child.tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    lines.append(self.cell_text(content, nested))
        return "\n".join(lines).strip("\n")

    def _comb(self, tbl: etree._Element) -> str | None:
        """Characters in boxes: a declaration ("Tờ khai") writes a phone, a code or a date one
        character to a box, as a one-row table inside the item's cell. Its characters are one
        value ("0914562087"), read in the cell where the boxes stand; None for any other table
        (several rows, a box holding more than one character, or no character at all)."""
        rows = tbl.findall(f"{_W}tr")
        if len(rows) != 1 or tbl.find(f".//{_W}tc//{_W}tbl") is not None:
            return None
        chars = [self.cell_text(tc, []).strip() for tc in _row_cells(rows[0])]
        if any(len(c) > 1 for c in chars) or not any(c.isalnum() for c in chars):
            return None
        return "".join(c or " " for c in chars).strip()

    def table(self, tbl: etree._Element) -> None:
        self.tables += 1
        table_id = self.tables
        for row_no, tr in enumerate(tbl.iterfind(f"{_W}tr")):
            cells: list[str] = []
            nested: list[etree._Element] = []
            count = 0
            for tc in _row_cells(tr):
                count += 1
                vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
                if vmerge is not None and vmerge.get(f"{_W}val") in (None, "continue"):
                    cells.append("")
                else:
                    cells.append(self.cell_text(tc, nested))
                cells.extend([""] * (_grid_span(tc) - 1))  # merged across: one column each
            filled = [c for c in cells if c.strip()]
            if count == 1:
                for line in (filled[0] if filled else "").split("\n"):
                    if line.strip():
                        self.doc.paragraph(line)
            elif filled:
                self.doc.row(cells, table=table_id, row=row_no)
            for inner in nested:
                self.table(inner)


#: How far down its anchor paragraph a frame may start and still sit beside its first line.
_BESIDE_TWIPS = 240


def _beside_next(p: etree._Element) -> bool:
    """A framed paragraph ("wrap around") anchored to the text at the top of the paragraph
    that follows it: Word shows it beside that paragraph (a value in a box right of its label,
    "2. Tên mô hình:" | "Bản … nói không với ma túy"), so it reads after it, as in the PDF."""
    frame = p.find(f"{_W}pPr/{_W}framePr")
    if frame is None or frame.get(f"{_W}vAnchor") != "text":
        return False
    if frame.get(f"{_W}dropCap") not in (None, "none"):
        return False  # a drop cap: the first letter of the paragraph that follows
    try:
        y = int(frame.get(f"{_W}y") or 0)
    except ValueError:
        return False
    return frame.get(f"{_W}yAlign") is None and abs(y) <= _BESIDE_TWIPS


def _grid_span(tc: etree._Element) -> int:
    span = tc.find(f"{_W}tcPr/{_W}gridSpan")
    try:
        return max(1, min(int(span.get(f"{_W}val") or 1), 64)) if span is not None else 1
    except ValueError:
        return 1


def _row_cells(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr:
        if child.tag == f"{_W}tc":
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if content is not None:
                yield from (c for c in content if c.tag == f"{_W}tc")


def _mark_bold_label(parts: list[str]) -> None:
    """'**Tên mô hình** Đường hoa': a bold lead-in is a label; a tab makes that visible."""
    joined = "".join(parts).rstrip()
    if joined and joined[-1] not in ":：.…_\t" and any(c.isalpha() for c in joined):
        parts.append("\t")


def _glued(parts: list[str], run_text: str, label: bool) -> bool:
    """A word or a sentence's end, then a capitalised run of the other weight with no space
    between: a lost cell or a lost column break.

    Tables that a converter flattened ("…dân hưởng**Đơn vị xây dựng mô hình**Chi bộ…") keep
    their labels bold and their values plain; the change of weight at a glued boundary is the
    only trace of the cell walls: a bold label starts a new line (a row), a plain value after
    it a new cell (a tab).
    """
    before = parts[-1] if parts else ""
    first = run_text[0]
    starts = first.isupper() or (not label and first.isdigit())  # a value may be a number
    ends = bool(before) and (before[-1].isalnum() or before[-1] in ".;!?)”")
    return ends and starts


def _checkbox_state(sdt: etree._Element) -> bool | None:
    pr = sdt.find(f"{_W}sdtPr")
    if pr is None:
        return None
    box = pr.find(f"{{{W14}}}checkbox")
    if box is None:
        return None
    checked = box.find(f"{{{W14}}}checked")
    return checked is not None and checked.get(f"{{{W14}}}val") in ("1", "true")


def _form_checkbox(fld_char: etree._Element) -> bool | None:
    """A legacy FORMCHECKBOX field's state (None for any other field): `w:checked` when the
    user ticked or cleared it, else the box's default. The field draws no glyph of its own."""
    box = fld_char.find(f"{_W}ffData/{_W}checkBox")
    if box is None:
        return None
    for tag in ("checked", "default"):
        state = box.find(f"{_W}{tag}")
        if state is not None:
            return state.get(f"{_W}val", "1") in ("1", "true", "on")
    return False


def _symbol(font: str | None, char: str | None) -> str:
    if not char:
        return ""
    try:
        code = int(char, 16)
    except ValueError:
        return ""
    table = SYMBOL_BOXES.get((font or "").lower())
    if table is not None and (code & 0xFF) in table:
        return table[code & 0xFF]
    return chr(code)


def read_docx(data: bytes) -> DocumentText:
    """Blocks of a .docx/.docm in reading order; raises DocxError for a broken package.

    The page header comes before the body and the page footer after it, with the notes that
    marked no name between them, as a printed page shows them."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocxError("tệp Word bị hỏng; xin mở tệp bằng Word, lưu lại rồi gửi lại") from exc
    with archive:
        try:
            info = archive.getinfo("word/document.xml")
        except KeyError as exc:
            raise DocxError("tệp Word không có nội dung văn bản") from exc
        if info.file_size > _MAX_XML:
            raise DocxError("tệp Word quá lớn")
        try:
            document = archive.read(info)
            parts = _side_parts(archive)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
            raise DocxError(
                "tệp Word bị hỏng hoặc có mật khẩu; xin lưu lại bản không đặt mật khẩu rồi gửi lại"
            ) from exc
    styles_xml = parts.get("word/styles.xml")
    # Fonts matter only for legacy encodings and symbol check boxes: skip the styles part
    # (the costliest XML of a short form) and the per-run conversion when none is named.
    special = (b'w:ascii=".Vn', b'w:ascii="VNI', b"Wingdings", b'w:hAnsi=".Vn', b'w:hAnsi="VNI')
    styles_matter = styles_xml is not None and any(s in styles_xml for s in special)
    legacy = any(
        s in blob for blob in (document, styles_xml or b"") for s in special[:2] + special[3:]
    )
    try:
        root = etree.fromstring(document, parser=_parser())
        styles = _Styles.parse(styles_xml if styles_matter else None)
    except etree.XMLSyntaxError as exc:
        raise DocxError("tệp Word bị hỏng; xin mở tệp bằng Word, lưu lại rồi gửi lại") from exc
    doc = DocumentText(source="docx")
    body = root.find(f"{_W}body")
    if body is None:
        raise DocxError("tệp Word không có nội dung văn bản")
    walker = _Walker(doc, styles, _legacy_converter() if legacy else None)
    walker.notes = _notes(walker, parts)
    rels = relationships(parts.get("word/_rels/document.xml.rels"))
    _page_parts(walker, _shown(body, rels, parts, "header"), header=True)
    walker.body(body)
    for note in dict.fromkeys(walker.loose_notes):
        doc.paragraph(note)
    _page_parts(walker, _shown(body, rels, parts, "footer"), header=False)
    return doc


def _side_parts(archive: zipfile.ZipFile) -> dict[str, bytes]:
    """Styles, relationships, headers, footers and notes: the parts read besides the body."""
    wanted = ("word/header", "word/footer", "word/footnotes", "word/endnotes")
    found: dict[str, bytes] = {}
    for info in archive.infolist():
        name = info.filename
        if info.file_size >= _MAX_XML or not name.endswith((".xml", ".rels")):
            continue
        if name in ("word/styles.xml", "word/_rels/document.xml.rels") or name.startswith(wanted):
            found[name] = archive.read(info)
    return found


def _shown(
    body: etree._Element, rels: dict[str, str], parts: dict[str, bytes], kind: str
) -> list[bytes]:
    """The header or footer parts the sections show; every such part when the package has no
    relationships to say which (a hand-made or damaged file)."""
    names = section_parts(body, rels, kind) if rels else []
    if not rels:
        names = sorted(n for n in parts if n.startswith(f"word/{kind}") and n.endswith(".xml"))
    return [parts[n] for n in names if n in parts]


def _notes(walker: _Walker, parts: dict[str, bytes]) -> dict[str, str]:
    """Footnote and endnote texts by id ("f1", "e2"); separators are no notes."""
    notes: dict[str, str] = {}
    for name, prefix, tag in (
        ("word/footnotes.xml", "f", "footnote"),
        ("word/endnotes.xml", "e", "endnote"),
    ):
        xml = parts.get(name)
        if not xml:
            continue
        try:
            root = etree.fromstring(xml, parser=_parser())
        except etree.XMLSyntaxError:
            continue
        for note in root.iterfind(f"{_W}{tag}"):
            if note.get(f"{_W}type") not in (None, "normal"):
                continue
            lines = (walker.paragraph_text(p)[0] for p in note.iter(f"{_W}p"))
            text = " ".join(" ".join(line.split()) for line in lines).strip()
            if text:
                notes[prefix + (note.get(f"{_W}id") or "")] = text
    return notes


_MOTTO = re.compile(r"CỘNG\s+HÒA|CỘNG\s+HOÀ|ĐẢNG\s+CỘNG\s+SẢN|Độc\s+lập", re.IGNORECASE)


def _page_parts(walker: _Walker, parts: list[bytes], *, header: bool) -> None:
    """The page headers (before the body) or footers (after it), each distinct text once: a
    part repeated on every page is read as one letterhead or one date line. Page numbers and
    the file's path are page furniture, left out. A header with the national motto is read
    first, as it heads the first page."""
    seen: set[str] = set()
    read: list[list[Block]] = []
    for xml in parts:
        blocks = _part_blocks(walker, xml)
        key = "\n".join(b.text for b in blocks)
        if blocks and key not in seen:
            seen.add(key)
            read.append(blocks)
    if header:
        read.sort(key=lambda blocks: not any(_MOTTO.search(b.text) for b in blocks))
    for blocks in read:
        walker.doc.blocks.extend(blocks)


def _part_blocks(walker: _Walker, xml: bytes) -> list[Block]:
    if b"<w:t" not in xml:
        return []
    try:
        root = etree.fromstring(xml, parser=_parser())
    except etree.XMLSyntaxError:
        return []
    probe = DocumentText()
    saved, walker.doc = walker.doc, probe
    numbered = walker.paragraphs  # body paragraphs keep their numbers for provenance
    walker.body(root)
    walker.doc, walker.paragraphs = saved, numbered
    kept: list[Block] = []
    for block in probe.blocks:
        cells = tuple(furniture_stripped(c) if c.strip() else c for c in block.cells)
        if any(c.strip() for c in cells):
            kept.append(replace(block, cells=cells, para=None))
    return kept
