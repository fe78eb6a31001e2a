"""OCR words into lines and text: visual rows and their column groups, the stand-alone
layout (`add_page`), Tesseract's usual slips fixed, and misread diacritics mended.

The full layout shares the PDF reader's logic (`ocr.layout_like_pdf`); the rows found here
feed it too.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from statistics import median

from documents.extraction import accents
from documents.extraction.ocr_words import PageText, Word
from documents.extraction.text import Block, DocumentText


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual lines (across columns), top to bottom."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.middle):
        if rows:
            row = rows[-1]
            height = median(w.height for w in row)
            centre = sum(w.middle for w in row) / len(row)
            if abs(word.middle - centre) <= 0.5 * max(height, word.height * 0.8):
                row.append(word)
                continue
        rows.append([word])
    return [sorted(row, key=lambda w: w.left) for row in rows]


def _groups(row: list[Word], page_width: int) -> list[list[Word]]:
    """Split a line where the gap is far wider than a space: separate columns."""
    height = median(w.height for w in row)
    gap_limit = max(2.5 * height, 0.04 * page_width)
    groups: list[list[Word]] = [[row[0]]]
    for previous, word in itertools.pairwise(row):
        if word.left - previous.right > gap_limit:
            groups.append([word])
        else:
            groups[-1].append(word)
    return groups


_ITEM_START = re.compile(
    r"^(?:\d{1,2}[.)/]|[a-zđ][.)]|(?:[IVX]{1,4}|H[Il1]{1,3}|[Il1]{2,3})[.)]|[-+•*–])(?:\s|$)"
)


@dataclass
class _Open:
    """The paragraph being built: its first line's left edge and the last line's box."""

    left: int
    right: int
    bottom: int
    height: float


def _continues(
    open_: _Open | None, row: list[Word], text: str, text_right: int, width: int
) -> bool:
    """Is this line the wrapped continuation of the open paragraph (like the PDF reader joins)?"""
    if open_ is None or _ITEM_START.match(text):
        return False
    top = min(w.top for w in row)
    wrapped = open_.right >= text_right - 0.1 * width  # the previous line ran to the margin
    close = top - open_.bottom <= 0.9 * open_.height  # ordinary line spacing, not a new block
    aligned = row[0].left <= open_.left + 0.05 * width
    return wrapped and close and aligned


def add_page(doc: DocumentText, page: PageText, page_no: int, next_table: int) -> int:
    """Append one page's lines to `doc`; returns the next free table number.

    A line splitting into far-apart groups becomes a table row; a line that continues a
    paragraph wrapped at the right margin is joined to it, so a value broken over two lines
    ("SĐT: +84 900 564 / 764") reads whole.
    """
    rows = _rows(page.words)
    text_right = max((row[-1].right for row in rows), default=0)
    in_table = False
    open_: _Open | None = None
    for row in rows:
        groups = _groups(row, page.width)
        cells = [" ".join(w.text for w in g) for g in groups]
        if len(cells) > 1:
            if not in_table:
                next_table += 1
                in_table = True
            doc.row(cells, table=next_table - 1, page=page_no)
            open_ = None
            continue
        in_table = False
        left, right = row[0].left, row[-1].right
        bottom = max(w.top + w.height for w in row)
        height = median(w.height for w in row)
        if _continues(open_, row, cells[0], text_right, page.width) and doc.blocks:
            last = doc.blocks[-1]
            doc.blocks[-1] = replace(last, cells=(f"{last.cells[0]} {cells[0]}",), centered=False)
            assert open_ is not None
            open_.right, open_.bottom = right, bottom
            continue
        margin_r = page.width - right
        centered = abs(left - margin_r) < 0.06 * page.width and left > 0.15 * page.width
        doc.paragraph(cells[0], centered=centered, page=page_no)
        open_ = _Open(left, right, bottom, height)
    return next_table


#: Tesseract's usual slips on these forms (field notes: "Dần vận", "chỉ bộ", "ĐŨ"), fixed only
#: where the slip cannot be a real word in context (lookarounds keep "chỉ bộ phận", "dần dần").
_SLIPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bDần(?= [Vv]ận\b)", "Dân"),
        (r"\bdần(?= vận\b)", "dân"),
        (r"\bDẦN(?= VẬN\b)", "DÂN"),
        (r"(?<=\b[Nn]hân )dần\b", "dân"),
        (r"(?<=\bNông )dần\b", "dân"),
        (r"\b([Dd])ần(?= cư\b)", r"\1ân"),
        (
            r"\b([Cc])h[ỉíì](?= (?:bộ\b(?! phận)|hội\b(?! viên)|đoàn\b(?! viên)|(?:ủy|uỷ)\b(?! ban)))",
            r"\1hi",
        ),
        (r"\bCH[ỈÍÌ](?= (?:BỘ|HỘI|ĐOÀN)\b)", "CHI"),
        (r"\bĐŨ\b", "ĐU"),
        ("Ð", "Đ"),  # Icelandic eth (U+00D0) looks like Đ and never occurs in Vietnamese
        ("/?[\u2044\u2215]/?", "/"),  # fraction and division slashes read in dates: "1⁄4/2024"
        (r"(?<=\S) — (?=\S)", " – "),  # a dash between words is typed as an en dash
        (r"^(?:H|I[l1]|[l1]I)(?=I?\. [A-ZĐÀ-Ỹ])", "II"),  # "HI." / "Il." for "III." / "II."
    )
)


def fix_slips(text: str) -> str:
    for pattern, replacement in _SLIPS:
        text = pattern.sub(replacement, text)
    return text


def mend_accents(page: PageText, mended: set[str]) -> PageText:
    """The page with misread diacritics mended line by line (each column of a line on its own,
    a line wrapped in its column together with its run-on, with Tesseract's confidence of each
    word); the new forms are added to `mended`."""
    new_text: dict[int, str] = {}
    rows = [_groups(row, page.width) for row in _rows(page.words)]
    for chain in _wrapped(rows):
        group = [w for part in chain for w in part]
        text, changed = accents.mend(" ".join(w.text for w in group), [w.conf for w in group])
        if changed:
            mended.update(word.lower() for word in changed)
            new_text.update((id(w), t) for w, t in zip(group, text.split(" "), strict=True))
    if not new_text:
        return page
    words = [replace(w, text=new_text.get(id(w), w.text)) for w in page.words]
    return replace(page, words=words)


def _wrapped(rows: list[list[list[Word]]]) -> list[list[list[Word]]]:
    """The line groups chained where one runs on under the other in the same column.

    A phrase wrapped in a narrow cell or at the end of a line ("Chỉ" / "hội Nông") is mended
    as one text, so the word that ends one line is read with the word that starts the next.
    A group of one row continues the chain of a group of the row just above when it starts
    within that group's span and no more than a line's height lower; a chain takes one group
    per row.
    """
    chains: list[list[list[Word]]] = []
    open_chains: list[list[list[Word]]] = []  # the chains that ended on the row above
    for row in rows:
        ended: list[list[list[Word]]] = []
        for group in row:
            left, top = group[0].left, min(w.top for w in group)
            height = median(w.height for w in group)
            for chain in open_chains:
                last = chain[-1]
                bottom = max(w.top + w.height for w in last)
                if (
                    last[0].left - height <= left <= last[-1].right
                    and 0 <= top - bottom <= 1.2 * height
                ):
                    chain.append(group)
                    open_chains.remove(chain)
                    break
            else:
                chain = [group]
                chains.append(chain)
            ended.append(chain)
        open_chains = ended
    return chains


_LETTERS = re.compile(r"[^\W\d_]+")


def _mark_mended(block: Block, mended: set[str]) -> Block:
    """The block with the mended words it contains, so the reader does not trust them alone."""
    if not mended:
        return block
    found = tuple(dict.fromkeys(w for c in block.cells for w in _LETTERS.findall(c)
                                if w.lower() in mended))  # fmt: skip
    return replace(block, mended=found) if found else block
