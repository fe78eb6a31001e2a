"""Cut a document into its administrative zones: header block, title, body, signature block.

Vietnamese official forms (Nghị định 30/2020 layout) put the issuing unit top-left beside the
national motto, the title centred and bold, and the signer bottom-right under "TM."/"KT.";
knowing the zones lets the parser read the unit and signer without labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from documents.extraction.normalise import fold, fold_case
from documents.extraction.text import Block, BlockKind


@dataclass(frozen=True)
class Where:
    """A cell of a block (paragraphs have one cell), by its index in the document's blocks."""

    block: int
    cell: int = 0


_MOTTO = re.compile(r"cong hoa xa hoi|dang cong san viet nam|doc lap\s*-?\s*tu do|cong hoa xhcn")
_SIGN_MARK = re.compile(
    r"^\s*(?:t/?m\.?|kt\.?|tl\.?|tuq\.?|q\.)\s|^\s*nguoi (?:dang ky|bao cao|viet|lap|ky)\b|"
    r"^\s*noi nhan|^\s*xac nhan|^\s*\(ky\b(?! bao cao)|ky,? ghi ro ho ten|ky ten|dong dau"
)
ORG_START = re.compile(
    r"^(?:chi bo|dang bo|dang uy|hoi|doan|ban|cong an|ubnd|uy ban|mttq|chi hoi|chi doan|"
    r"truong|tram|hop tac xa|htx|to|cong doan|phong|van phong|quan su|cau lac bo|clb)\b"
)
#: A rule line (box-drawing, long dashes or underscores) ends a value and is never one.
RULE = r"[─━═_—–=-]{4,}"
_DECOR = re.compile(r"^[\s\-_—–=*~.o0O─━═]*$")
_DATE_AT_TOP = re.compile(r"^(?:[^\d:]{0,40}|[^:,]{1,25}),\s*ngay\b.{0,30}\d{4}\s*$")
_TITLE_STOP = re.compile(r"^\s*(?:kinh gui|can cu|thuc hien|\d+[.)]|[ivx]+[.)])")


@dataclass
class Zones:
    header: list[list[str]] = field(default_factory=list)  # columns, each a list of lines
    title: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    signature: list[list[str]] = field(default_factory=list)  # columns
    offset: int = 0  # index of the first body block among the document's blocks
    header_places: tuple[Where, ...] = ()
    signature_places: tuple[Where, ...] = ()
    #: Lines (body block, line in it) before which a value running on ends (`own_model.py`).
    ends: frozenset[tuple[int, int]] = frozenset()
    #: Where the signature starts (a block index) when an annex follows it as body again.
    signed_at: int | None = None
    #: Header lines read from a row of their own (a scan split the header's table), by line.
    header_cells: dict[str, Where] = field(default_factory=dict)


def is_decoration(text: str) -> bool:
    return bool(_DECOR.match(text)) or fold(text).strip() in ("o0o", "ooo", "***")


def mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def table_columns(rows: list[Block]) -> list[list[str]]:
    width = max(len(r.cells) for r in rows)
    cols: list[list[str]] = [[] for _ in range(width)]
    for row in rows:
        for i, cell in enumerate(row.cells):
            cols[i].extend(line.strip() for line in cell.split("\n") if line.strip())
    return cols


#: Where a mail quotes the message it answers: "> " lines, "Vào …, … đã viết:", "-----Original
#: Message-----", or a block of mail header lines ("Từ:" over "Gửi:" and "Chủ đề:"). A
#: forwarded message is no quote: it may be the form itself.
_QUOTE_MARK = re.compile(
    r"^\s*(?:-{3,}\s*(?:original message|thu goc)"
    r"|(?:vao|ngay|on)\b.{0,140}\b(?:viet|wrote)\s*:\s*(?:$|>))"
)
_MAIL_HEADER = re.compile(r"^\s*(?:tu|from)\s*:")
_MAIL_SENT = re.compile(r"^\s*(?:gui|da gui|ngay gui|sent|date)\s*:")
_MAIL_SUBJECT = re.compile(r"^\s*(?:chu de|tieu de|subject)\s*:")


def quote_start(lines: list[str]) -> int:
    """The index of the first line of a quoted earlier message in a mail's text (or the number
    of lines when none is quoted): what is quoted is another body's, with its own dates and
    people. Mail header lines count only below the mail's own text."""
    folded = [fold(line) for line in lines]
    for k, line in enumerate(folded):
        if _QUOTE_MARK.match(line) or _quoted_to_the_end(folded[k:]):
            return k
        if _quoted_header(folded, k):
            return k
    return len(lines)


#: "---------- Forwarded message ---------", "Begin forwarded message:": what follows is the
#: message forwarded, maybe the form itself, not a quote of an earlier one.
_FORWARDED = re.compile(
    r"^\s*(?:-{3,}\s*(?:forwarded message|thu chuyen tiep|tin nhan chuyen tiep)\b"
    r"|begin forwarded message\b)"
)


#: "… số điện thoại trong thư bị gõ nhầm, số đúng là …": a forwarder's note correcting the form.
_CORRECTION = re.compile(
    r"\b(?:(?:go|ghi|viet|danh|bi) nham|nham lan|dinh chinh|sua lai|sua giup|(?:so|ten) dung la)\b"
)


def corrected_in_note(lines: list[str]) -> bool:
    """Does the note above a forwarded message say a value of the form below was mistyped?
    Then the form's own values may be the wrong ones."""
    folded = [fold(line) for line in lines]
    mark = next((k for k, line in enumerate(folded) if _FORWARDED.match(line)), None)
    return mark is not None and any(_CORRECTION.search(line) for line in folded[:mark])


def _forwarded_above(lines: list[str]) -> bool:
    """Is the last line with text above a mail header the mark of a forwarded message?"""
    above = [line for line in lines if line.strip()]
    return bool(above) and _FORWARDED.match(above[-1]) is not None


def _quoted_header(folded: list[str], k: int) -> bool:
    """A block of mail header lines at `k` below the mail's own text, not under the mark of a
    forwarded message: the mail it answers."""
    line = folded[k]
    return (
        k >= 5
        and _MAIL_HEADER.match(line) is not None
        and _mail_header_below(folded[k + 1 : k + 5])
        and not _forwarded_above(folded[:k])
    )


def _mail_header_below(lines: list[str]) -> bool:
    """The lines under a "Từ:" of a quoted mail: when it was sent and its subject."""
    return any(_MAIL_SENT.match(n) for n in lines) and any(_MAIL_SUBJECT.match(n) for n in lines)


def _quoted_to_the_end(lines: list[str]) -> bool:
    """'> ' lines that run to the end of the text: the quoted message (one '>' line inside a
    form's text is not)."""
    return lines[0].lstrip().startswith(">") and all(
        line.lstrip().startswith(">") for line in lines if line.strip()
    )


def _split_tabs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\t+|\s{4,}", text) if p.strip()]


def is_signature_text(text: str) -> bool:
    """A line of the signature block: "TM.", "Người báo cáo", "(ký, ghi rõ họ tên)"; or a
    whole block without such marks (`_signed_block`)."""
    return any(_SIGN_MARK.search(fold(line)) for line in text.split("\n")) or _signed_block(text)


_PLACE_DATE = re.compile(r"^[^,:]{1,40},\s*ngay\b.{0,30}\d{4}\s*$")


def _signed_block(text: str) -> bool:
    """ "Tân Lập, ngày 9 tháng 3 năm 2026 / HIỆU TRƯỞNG / (the signature) / Lê Thị Hoa": a place
    and date, a position in capitals and a name last, with nothing else, is a signature."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return (
        3 <= len(lines) <= 5
        and bool(_PLACE_DATE.match(fold(lines[0])))
        and all(mostly_upper(line) for line in lines[1:-1])
        and looks_like_name(lines[-1])
    )


def _places(
    blocks: list[Block], indices: range | list[int], first_cell: bool = False
) -> tuple[Where, ...]:
    return tuple(
        Where(i, c) for i in indices for c in range(1 if first_cell else len(blocks[i].cells))
    )


def cut(blocks: list[Block]) -> Zones:
    """Header, title, body and signature of a document (Nghị định 30/2020 layout)."""
    zones = Zones()
    start = _header_table(blocks, zones)
    if not zones.header:
        start = _header_lines(blocks, zones)
    zones.header_places = _places(blocks, range(start), first_cell=True)
    end = _signature_table(blocks, start, zones)
    if not zones.signature:
        end = _signature_lines(blocks, start, zones)
    annex = _annex(blocks, end) if zones.signature and not _labelled(blocks[start:end]) else None
    zones.signature = [part for col in zones.signature for part in _split_endorsement(col)]
    zones.signature_places = _places(blocks, range(end, annex or len(blocks)))
    body = blocks[start:end]
    if annex is not None:  # the signed rows stay out of the body, blank, so places still hold
        zones.signed_at = end
        body += [Block(BlockKind.PARAGRAPH, ("",)) for _ in range(end, annex)] + blocks[annex:]
    k = _title(body, zones)
    zones.body = body[k:]
    zones.offset = start + k
    return zones


def _header_table(blocks: list[Block], zones: Zones) -> int:
    """A table with the motto (or a unit line in capitals) near the top; where the body starts."""
    first_table = next((b.table for b in blocks[:4] if b.kind is BlockKind.TABLE_ROW), None)
    if first_table is None:
        return 0
    rows_at = [i for i, b in enumerate(blocks) if b.table == first_table]
    if len(rows_at) > 2 and any(_form_row(blocks[i]) for i in rows_at[1:]):
        rows_at = _leading_header_rows(blocks, rows_at)  # the whole form is one table
    rows = [blocks[i] for i in rows_at]
    text = fold(" ".join(b.text for b in rows))
    first = rows[0].cells[0] if rows[0].cells else ""
    if not (_MOTTO.search(text) or (mostly_upper(first) and not _is_label(first))):
        return 0
    zones.header = table_columns(rows)
    return _header_tail(blocks, rows_at[-1] + 1, zones.header, zones.header_cells)


def _leading_header_rows(blocks: list[Block], rows_at: list[int]) -> list[int]:
    """The rows of a one-table form that still belong to its header: a unit's name wrapped
    over two rows ("TRƯỜNG MẦM NON KIM" / "BÌNH NAM") under its superior body, the motto, the
    rule, the number and date. The first row always does; the first row of anything else
    (a title, a label, prose) ends it."""
    k, gist = 1, False
    while k < len(rows_at):
        cells = [c.strip() for c in blocks[rows_at[k]].cells]
        gist = gist and cells[0] != "" and not any(cells[1:]) and not looks_title(cells[0])
        if re.match(r"^(?:v\s*/\s*v|ve viec)\b", fold(cells[0]) if cells else ""):
            gist = True  # "V/v …" (the gist of a letter) and the rows it wraps onto
        elif not gist and not all(_header_cell(c) for c in cells):
            break
        k += 1
    return rows_at[:k]


def _header_cell(cell: str) -> bool:
    text = cell.strip()
    f = fold(text)
    if not text or is_decoration(text) or _MOTTO.search(f) or _DATE_AT_TOP.match(f):
        return True
    if re.match(r"^so\s*[:.]", f):
        return True
    return mostly_upper(text) and not looks_title(text) and not _is_label(text)


def _header_lines(blocks: list[Block], zones: Zones) -> int:
    """A header typed as paragraphs, its two columns kept apart by tabs or wide gaps."""
    cols: list[list[str]] = [[], []]
    start = 0
    for i, b in enumerate(blocks[:8]):
        if b.kind is not BlockKind.PARAGRAPH:
            break
        taken = _header_line(b, i, cols)
        if taken is None:
            break
        if taken:
            start = i + 1
    if cols[0] or cols[1]:
        zones.header = cols
    return start


def _header_line(b: Block, i: int, cols: list[list[str]]) -> bool | None:
    """Put one paragraph into the header's columns: True taken, False skipped, None stop."""
    parts = _split_tabs(b.text)
    folded = fold(b.text)
    if len(parts) >= 2 and (_MOTTO.search(folded) or mostly_upper(parts[0])):
        cols[0].append(parts[0])
        cols[1].append(" ".join(parts[1:]))
        return True
    if looks_title(b.text):
        return None
    if cols[0] and len(parts) == 1 and (mostly_upper(parts[0]) or "ngay" in folded) \
            and i < 7 and not b.centered:  # fmt: skip
        cols[1 if "ngay" in folded else 0].append(parts[0])
        return True
    if motto := _MOTTO.search(folded):
        before = b.text[: motto.start()].strip()
        if before and mostly_upper(before):  # "ĐOÀN XÃ TÂN LẬP ĐẢNG CỘNG SẢN VIỆT NAM"
            cols[0].append(before)
        cols[1].append(b.text[motto.start() :].strip())
        return True
    if i == 0 and mostly_upper(b.text) and not b.centered and not looks_title(b.text):
        cols[0].append(b.text)
        return True
    return None if (cols[0] or cols[1]) else False


_ANNEX = re.compile(
    r"^\(?\s*(?:ban hanh )?kem theo (?:quyet dinh|ke hoach|thong bao|bao cao)|^phu luc\b"
)


def _labelled(blocks: list[Block]) -> bool:
    """Two lines or rows at least opening with a field's label ("Tên mô hình: …"): a form,
    whose annex (a plan, a list) only adds to it."""
    from documents.extraction.fields.labels import OTHER, match_label

    def labelled(text: str) -> bool:
        head = text.split(":", 1)[0].strip() if ":" in text[:70] else ""
        found = match_label(head, prefix=False) if head else None
        return found is not None and found.confidence >= 1.0 and found.field != OTHER

    rows = (b.kind is BlockKind.TABLE_ROW and _form_row(b) for b in blocks)
    return sum(row or labelled(b.text) for row, b in zip(rows, blocks, strict=True)) >= 2


def _annex(blocks: list[Block], end: int) -> int | None:
    """Where an annex under the signature starts ("PHỤ LỤC", "(Kèm theo Quyết định số …)"
    under its heading): it holds what the paper decides about, so it is body again."""
    for i in range(end + 1, len(blocks)):
        b = blocks[i]
        if b.kind is not BlockKind.PARAGRAPH:
            continue
        if _ANNEX.match(fold(b.text.strip())):
            above = blocks[i - 1]
            heading = above.kind is BlockKind.PARAGRAPH and mostly_upper(above.text)
            return i - 1 if heading and i - 1 > end else i
        if _headed_annex(b.text):
            return i
    return None


def _headed_annex(text: str) -> bool:
    """The annex's heading and its "(Kèm theo …)" on one line, as OCR joins them."""
    head, bracket, rest = text.partition("(")
    return (
        bool(bracket)
        and len(head) <= 120
        and mostly_upper(head)
        and _ANNEX.match(fold("(" + rest.strip())) is not None
    )


def _signature_table(blocks: list[Block], start: int, zones: Zones) -> int:
    """The last table whose text has signature marks; where the body ends."""
    for i in range(len(blocks) - 1, max(start, 1) - 1, -1):  # a signature never opens a form
        b = blocks[i]
        if b.kind is BlockKind.TABLE_ROW and b.table is not None and _signed_row(b):
            if _story_after(blocks, i):
                continue  # "Người viết | X": a label of a story's head table, not its signer
            return _signature_rows(blocks, start, i, zones)
        if i < len(blocks) - 14:
            break
    return len(blocks)


#: Words of a paragraph of running text, not a signature's line, a name or a recipient.
_SENTENCE_WORDS = 12


#: A note under a form's signature ("(3) Ghi một trong các lĩnh vực …", "* Ghi chú: …").
_FOOTNOTE = re.compile(r"^\s*(?:\(?\d{1,2}\)|\*|\(\*\)|ghi chu|luu y|chu thich|chu y|huong dan)")


def _story_after(blocks: list[Block], i: int) -> bool:
    """Two paragraphs of running text at least after the table of row `i` (up to an annex):
    the table heads the paper (a news script's "Người viết | …"), it does not sign it."""
    table = blocks[i].table
    last = max(j for j, b in enumerate(blocks) if b.table == table)
    end = _annex(blocks, last) or len(blocks)
    sentences = [
        b for b in blocks[last + 1 : end]
        if b.kind is BlockKind.PARAGRAPH and len(b.text.split()) >= _SENTENCE_WORDS
        and not _FOOTNOTE.match(fold(b.text)) and re.search(r"[.;!?…]\s*[”\"»)]?\s*$", b.text.strip())
    ]  # fmt: skip
    return len(sentences) >= 2


def _signed_row(block: Block) -> bool:
    """A row of a signature table: one of its cells opens with a signature mark ("DUYỆT PHÁT |
    NGƯỜI VIẾT": the mark of the second column starts its cell, not the row's line)."""
    return (
        is_signature_text(block.text)
        or any(is_signature_text(c) for c in block.cells[1:])
        or _approval_beside_date(block)
    )


#: The head of an approver's block ("Ý KIẾN DUYỆT CỦA …", "PHÊ DUYỆT", "NGƯỜI DUYỆT").
_APPROVER = re.compile(r"^\s*(?:y kien (?:phe )?duyet|nguoi duyet|phe duyet|duyet)\b")
#: The signer's place and date atop a cell (a scan may read its comma as a stop).
_PLACE_DATE_READ = re.compile(r"^[^,:.]{1,40}[,.]\s*ngay\b.{0,30}\d{4}\s*$")


def _approval_beside_date(block: Block) -> bool:
    """ "Ý KIẾN DUYỆT CỦA … | Giồng Sao, ngày 01 tháng 4 năm 2026": the approver's block beside
    the signer's place and date opens the signature (a routing slip's "Ý kiến phê duyệt |
    Người trình", with no date, is the slip's)."""
    cells = [fold(c).strip() for c in block.cells]
    return (
        len(cells) >= 2
        and bool(_APPROVER.match(cells[0]))
        and any(_PLACE_DATE_READ.match(c.split("\n")[0]) for c in cells[1:])
    )


def _signature_rows(blocks: list[Block], start: int, i: int, zones: Zones) -> int:
    table = blocks[i].table
    rows_idx = [j for j, x in enumerate(blocks) if x.table == table and j >= start]
    if len(rows_idx) > 6 or any(_form_row(blocks[j]) for j in rows_idx if j != i):
        rows_idx = [j for j in rows_idx if j >= i]  # the form's table ends with it
    # rows above the first signed one are the form's (a value running on): not signature
    signed = min(j for j in rows_idx if _signed_row(blocks[j]))
    rows_idx = [j for j in rows_idx if j >= signed]
    rows = [blocks[j] for j in rows_idx]
    zones.signature = table_columns(rows)
    for tail in blocks[rows_idx[-1] + 1 : _annex(blocks, rows_idx[-1]) or len(blocks)]:
        cols = zones.signature
        under = _column_under(tail, rows)
        offset = len(cols) - len(tail.cells) if len(tail.cells) <= len(cols) else 0
        for k, cell in enumerate(tail.cells[: len(cols)]):
            col = under if under is not None else k + offset
            cols[col].extend(x.strip() for x in cell.split("\n") if x.strip())
    return rows_idx[0]


def _column_under(tail: Block, rows: list[Block]) -> int | None:
    """The signature column a line typed below the table sits under, by its position on the
    page (a name under the left column must not be taken as the right one's signer)."""
    box = tail.box(0)
    if box is None or len(tail.cells) != 1:
        return None
    centre = (box.x0 + box.x1) / 2
    best: tuple[float, int] | None = None
    for row in rows:
        for k, cell_box in enumerate(row.boxes):
            if cell_box is None or (cell_box.page != box.page and cell_box.page + 1 != box.page):
                continue
            distance = abs((cell_box.x0 + cell_box.x1) / 2 - centre)
            if best is None or distance < best[0]:
                best = (distance, k)
    return best[1] if best is not None else None


def _signature_lines(blocks: list[Block], start: int, zones: Zones) -> int:
    """Trailing paragraphs from a signature mark on, split into columns by tabs."""
    for i in range(max(start, len(blocks) - 14), len(blocks)):
        b = blocks[i]
        if b.kind is BlockKind.PARAGRAPH and _SIGN_MARK.search(fold(b.text)):
            tail_parts = [_split_tabs(x.text) for x in blocks[i:]]
            width = max(len(p) for p in tail_parts)
            sig_cols: list[list[str]] = [[] for _ in range(width)]
            for p in tail_parts:
                offset = width - len(p)
                for k, t in enumerate(p):
                    sig_cols[k + offset].extend(_unglue_on_behalf(t))
            zones.signature = _split_confirmation(sig_cols)
            return i
    return len(blocks)


#: The head of a superior's block set beside or under the signer's: its confirmation or its
#: approval ("XÁC NHẬN CỦA …", "Ý KIẾN DUYỆT CỦA …", "PHÊ DUYỆT", "NGƯỜI DUYỆT", "cấp trên").
_ENDORSEMENT = re.compile(
    r"\bxac nhan\b|\bcap tren\b|\bphe duyet\b|\by kien (?:phe )?duyet\b|\bnguoi duyet\b"
    r"|^\W*duyet\b|\bduyet cua\b"
)


def is_endorsement(column: list[str]) -> bool:
    """A signature column that opens as a superior's confirmation or approval: its date is when
    the superior approved, its name the approver's; neither is the document's (class: an
    approval slip under a proposal, a superior's confirmation beside a unit's report)."""
    return any(_ENDORSEMENT.search(fold(line)) for line in column[:4])


_GLUED_ON_BEHALF = re.compile(r"(?<=[.;)])\s*(?=(?:T/?M|KT|TL|TUQ)\.\s)")
_ON_BEHALF = re.compile(r"^\s*(?:T/?M|KT|TL|TUQ)\.\s")


def _split_confirmation(cols: list[list[str]]) -> list[list[str]]:
    """One column opening with "Xác nhận của …" or "Nơi nhận:" and holding a "TM. …" line
    further down: two signature blocks typed one under the other (a converter dropped the
    table that set them side by side); the signer's block starts at that line."""
    if len(cols) != 1 or not cols[0] or not re.match(r"(?:xac nhan|noi nhan)", fold(cols[0][0])):
        return cols
    lines = cols[0]
    cut = next((k for k in range(1, len(lines)) if _ON_BEHALF.match(lines[k])), None)
    return cols if cut is None else [lines[:cut], lines[cut:]]


#: A date written anyhow ("26/3/2026", "ngày 04 tháng 4 năm 2026").
_ANY_DATE = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b|\bngay\b.{0,20}\d{4}")
#: A place and date line ("Tà Lang, ngày 10 tháng 3 năm 2026"), maybe glued after a signing hint.
_PLACED_DATE = re.compile(r",\s*ngay\b.{0,30}\d{4}\s*$")
#: What closes a signature block's head: "T/M CHI BỘ", "KT. CHỦ TỊCH", "(Ký tên, đóng dấu)".
_SIGNS = re.compile(r"^\s*(?:t/?m|kt|tl|tuq)\.?\s|^\s*\(\s*ky\b")


def _split_endorsement(column: list[str]) -> list[list[str]]:
    """A superior's approval or confirmation, then a place and date line after the superior's
    own date or signing line ("Đồng ý. 26/3/2026", "T/M CHI BỘ", "(Ký tên, đóng dấu)"): the
    signer's block typed under the superior's in one column (a converter dropped the table that
    set them side by side); the signer's block starts at that line. A date line above the
    superior's signing line is the superior's own."""
    if not is_endorsement(column):
        return [column]
    for k in range(1, len(column)):
        line = fold(column[k])
        if not _PLACED_DATE.search(line):
            continue
        above = [fold(x) for x in column[1:k]]
        if any(_ANY_DATE.search(x) or _SIGNS.match(x) for x in above) or _SIGNS.match(line):
            return [column[:k], column[k:]]
    return [column]


def _unglue_on_behalf(line: str) -> list[str]:
    """'- Lưu.TM. BAN CÔNG TÁC MẶT TRẬN': a converter glued the signature's first line to the
    last recipient's; two lines again."""
    return [part for part in _GLUED_ON_BEHALF.split(line) if part.strip()]


def _title(body: list[Block], zones: Zones) -> int:
    """Bold, centred or capital lines right after the header; how many blocks they take."""
    k = 0
    while k < len(body) and len(zones.title) < 5:
        b = body[k]
        if b.kind is not BlockKind.PARAGRAPH:
            break
        text = b.text.strip()
        if not zones.title and _DATE_AT_TOP.match(fold(text)):
            if zones.header:  # the date line of a header typed without its left column
                zones.header[-1].append(text)
            k += 1
            continue
        if is_decoration(text):
            _unit_lines_above_rule(zones)
            k += 1
            continue
        if _TITLE_STOP.match(fold(text)) or ":" in text[:40]:
            break
        quoted = bool(zones.title) and text[:1] in '“"«' and len(text) <= 200
        if not (b.bold or b.centered or mostly_upper(text) or quoted):
            break  # a quoted line under the title is its model's name, bold or not (OCR)
        zones.title.append(text)
        k += 1
    return k


def _unit_lines_above_rule(zones: Zones) -> None:
    """Capital lines naming a unit ("HỘI CỰU CHIẾN BINH XÃ …"), centred above a rule line on a
    paper without the motto, are its header, not its title: move them there."""
    lines = zones.title
    if not lines or (zones.header and zones.header[0]) or not ORG_START.match(fold(lines[0])):
        return
    if all(mostly_upper(t) and not looks_title(t) for t in lines):
        zones.header = [list(lines), *(zones.header[1:] or [[]])]
        zones.title = []


def _is_label(text: str) -> bool:
    """'STT', 'TÊN MÔ HÌNH': a column heading typed in capitals, not a unit's name."""
    from documents.extraction.fields.labels import match_label

    first = text.split("\n")[0].strip().rstrip(": ")
    found = match_label(first, prefix=False) if 0 < len(first) < 60 else None
    return found is not None and found.confidence >= 1.0


def _form_row(block: Block) -> bool:
    """A row that belongs to the form itself: its title or a field label."""
    from documents.extraction.fields.labels import OTHER, match_label

    for cell in block.cells:
        first = cell.split("\n")[0].strip()
        if looks_title(first):
            return True
        found = match_label(first.rstrip(": "), prefix=False) if 0 < len(first) < 60 else None
        if found is not None and found.confidence >= 1.0 and found.field != OTHER:
            return True
    return False


def _header_tail(
    blocks: list[Block], start: int, header: list[list[str]], cells_at: dict[str, Where]
) -> int:
    """Lines that belong to a header block but fell outside its columns (a unit line longer
    than its column, the date line under it): take them while they look the part."""
    while start < len(blocks) and blocks[start].kind is BlockKind.TABLE_ROW:
        cells = [c.strip() for c in blocks[start].cells]
        if not _header_row_apart(cells, header):
            break
        for k, cell in enumerate(cells):  # "Số: 55/GM-UBND | …, ngày 14 tháng 8 năm 2026"
            lines = [x.strip() for x in cell.split("\n") if x.strip()]
            header[k].extend(lines)
            cells_at.update((line, Where(start, k)) for line in lines)
        start += 1
    while start < len(blocks) and blocks[start].kind is BlockKind.PARAGRAPH:
        text = blocks[start].text.strip()
        f = fold(text)
        if is_decoration(text):
            pass
        elif mostly_upper(text) and ORG_START.match(f) and not looks_title(text):
            header[0].append(text)
        elif re.match(r"^[^\d:]{0,40},\s*ngay\b", f) and len(header) > 1:
            header[1].append(text)
        else:
            break
        start += 1
    return start


def _header_row_apart(cells: list[str], header: list[list[str]]) -> bool:
    """A row of the header that a scan read as a table of its own: the number and the date
    line under the two columns, nothing else."""
    f = [fold(c) for c in cells]
    dated = any(_DATE_AT_TOP.match(c) or re.match(r"^so\s*[:.]", c) for c in f)
    plain = all(c and not is_decoration(c) and _header_cell(c) for c in cells)
    return dated and plain and 1 < len(cells) <= len(header)


#: "BẢN CAM KẾT", "BẢN KIỂM ĐIỂM", "BẢN THỎA THUẬN": a paper's own title; folded, "bản" is
#: "ban" (a committee, "BAN CHỈ ĐẠO"), so only the kind of paper after it tells it from a unit.
_PAPER_TITLE = re.compile(
    r"^ban (?:tu )?(?:cam ket|kiem diem|thoa thuan|ghi nho|giao uoc|tuong trinh|cam doan)\b"
)


def looks_title(text: str) -> bool:
    f = fold(text)
    return any(w in f for w in ("dang ky", "bao cao", "phieu", "to trinh", "cong van",
                                "tom tat thanh tich", "tham luan", "bien ban")) \
        or bool(_PAPER_TITLE.match(f))  # fmt: skip


_NAME_WORD = re.compile(r"^[A-Z](?:['’][A-Z])?[a-z]*$|^[A-Z]+$")  # H'Bia, K'Nai: Ê Đê, K'Ho


def looks_like_name(text: str) -> bool:
    """A typed personal name: 2–6 capitalised words, no digits or brackets."""
    words = fold_case(text.strip()).split()
    if not 2 <= len(words) <= 6 or any(c.isdigit() or c in "()/:;," for c in text):
        return False
    return all(_NAME_WORD.match(w) for w in words)
