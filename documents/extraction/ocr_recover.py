"""Lines of a page Tesseract's layout analysis lost, read again one by one.

Tesseract first cuts a page into blocks, and now and then it takes a block of printed lines for
a picture and reads nothing from it: the first five answers of a filled-in form in grey ink
next to black labels, a phone number alone in a box. The words then are simply missing. The
page itself still shows them: a band of ink where no word was read. Each such band (a line,
or the end of a line past the words read) is cut out and read as a single line (`--psm 7`);
what comes back is kept only when Tesseract is sure of it, so a signature or a stamp read as
letters does not join the text.

A grey stamp pressed over the signature block joins its lines into one band too tall to be a
line ("TRƯỞNG BAN" and the name under it, read as nothing). Inside such a band only the black
ink of print is looked at (a stamp's and a pen's ink is lighter): the lines it shows are read
again like the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from statistics import median

from PIL import Image

from documents.extraction.ocr_leaders import paper_level
from documents.extraction.ocr_words import OcrError, PageText, Word

#: Median word confidence (0..100) a line read again needs to be kept.
MIN_CONF = 85.0
#: Words read below this confidence, or taller than the line, are specks and rules: dropped.
MIN_WORD_CONF = 10.0
#: ... and this many letters or digits (a stray mark is not a line).
MIN_CHARACTERS = 3
#: A band of ink this many times the page's usual line height is not one line: skipped.
MAX_LINE = 1.6
#: The words across a band differ in height by at most this many band heights: one line.
ONE_LINE = 0.5
#: Ink runs closer than this many line heights are one piece of a line.
JOIN = 2.0
#: A piece shorter than this many line heights is a mark, not lost words.
MIN_PIECE = 3.0
#: Words read widen by this many line heights when the ink they cover is told from the rest.
COVER_PAD = 0.3
_RULE_MARKS = "[]|"
#: Inside a band too tall for a line, ink darker than this share of the paper's level is print.
PRINT_DARK = 0.3
#: Below this share of lines with words read, the page was read turned or not at all.
MIN_READ_SHARE = 0.5
#: What the words read depend on (benchmarks key their cache of OCR'd pages with it).
SETTINGS = (
    6,
    ONE_LINE,
    MIN_WORD_CONF,
    COVER_PAD,
    MIN_CONF,
    MIN_CHARACTERS,
    MAX_LINE,
    JOIN,
    MIN_PIECE,
    MIN_READ_SHARE,
    PRINT_DARK,
)

Box = tuple[int, int, int, int]
ReadLine = Callable[[Image.Image], list[Word]]


def recover_lost_lines(prepared: Image.Image, page: PageText, read_line: ReadLine) -> PageText:
    """`page` with the words of its lost lines, read from `prepared` (the image it was read
    from) by `read_line`."""
    if prepared.size != (page.width, page.height) or not page.words:
        return page
    added: list[Word] = []
    for box in lost_lines(prepared, page.words):
        added += _read_again(prepared, box, read_line, sure=lambda c: median(c) >= MIN_CONF)
    stamped = stamped_lines(prepared, page.words)
    if stamped:
        # Under a stamp: the print alone (lighter ink made paper), every word sure.
        cut = round(paper_level(prepared) * PRINT_DARK)
        printed = prepared.point(lambda p: p if p < cut else 255)
        for box in stamped:
            added += _read_again(printed, box, read_line, sure=lambda c: min(c) >= MIN_CONF)
    return replace(page, words=[*page.words, *added]) if added else page


def _read_again(
    image: Image.Image, line: Box, read_line: ReadLine, sure: Callable[[list[float]], bool]
) -> list[Word]:
    """The words of one lost line read alone, in page coordinates; none when unsure."""
    left, top, right, bottom = line
    height = bottom - top
    box = (max(0, left - height // 2), max(0, top - height // 3),
           min(image.width, right + height // 2), min(image.height, bottom + height // 3))  # fmt: skip
    try:
        read = read_line(image.crop(box))
    except OcrError:
        return []  # a picture's piece Tesseract cannot take as a line: the page reads without it
    words = [w for w in read
             if w.text.strip() and w.conf >= MIN_WORD_CONF and w.height <= 1.5 * height]  # fmt: skip
    characters = sum(c.isalnum() for w in words for c in w.text)
    if not words or characters < MIN_CHARACTERS or not sure([w.conf for w in words]):
        return []
    placed = (replace(w, left=w.left + box[0], top=w.top + box[1], text=w.text.strip(_RULE_MARKS))
              for w in words)  # fmt: skip
    return [w for w in placed if w.text]  # what is left of a box's rule beside the words: none


def lost_lines(prepared: Image.Image, words: list[Word]) -> list[Box]:
    """The pieces of ink lines no word was read from (left, top, right, bottom)."""
    paper = paper_level(prepared)
    ink = _ink(prepared, paper * 55 // 100)
    bands = _bands(ink)
    if not bands:
        return []
    usual = median(bottom - top for top, bottom in bands)
    lines = [(top, bottom) for top, bottom in bands if bottom - top <= MAX_LINE * usual]
    read = [any(_in_band(w, top, bottom) for w in words) for top, bottom in lines]
    if sum(read) < MIN_READ_SHARE * len(lines):
        return []
    return _lost_in(ink, lines, words)


def stamped_lines(prepared: Image.Image, words: list[Word]) -> list[Box]:
    """The pieces of black print lines no word was read from inside bands too tall for a line
    (a grey stamp or a signature over them), found in the print's ink alone."""
    paper = paper_level(prepared)
    bands = _bands(_ink(prepared, paper * 55 // 100))
    if not bands:
        return []
    usual = median(bottom - top for top, bottom in bands)
    tall = [(top, bottom) for top, bottom in bands if bottom - top > MAX_LINE * usual]
    if not tall:
        return []
    dark = _ink(prepared, round(paper * PRINT_DARK))
    inner = [b for top, bottom in tall for b in _bands_within(dark, top, bottom)]
    return _lost_in(dark, [b for b in inner if b[1] - b[0] <= MAX_LINE * usual], words)


def _ink(prepared: Image.Image, dark: int) -> Image.Image:
    return prepared.point(lambda p: 255 if p < dark else 0)


def _bands_within(ink: Image.Image, top: int, bottom: int) -> list[tuple[int, int]]:
    """The bands of `ink` between rows `top` and `bottom`, in page rows."""
    inner = _bands(ink.crop((0, top, ink.width, bottom)))
    return [(top + a, top + b) for a, b in inner]


def _lost_in(ink: Image.Image, lines: list[tuple[int, int]], words: list[Word]) -> list[Box]:
    lost: list[Box] = []
    for top, bottom in lines:
        height = bottom - top
        middles = [w.middle for w in words if w.top < bottom and w.top + w.height > top]
        if middles and max(middles) - min(middles) > ONE_LINE * height:
            continue  # lines of columns side by side, not one line: no place to put words
        pad = round(COVER_PAD * height)
        covered = [(w.left - pad, w.right + pad) for w in words if _in_band(w, top, bottom)]
        for left, right in _pieces(ink, top, bottom, covered, height):
            lost.append((left, top, right, bottom))
    return lost


def _bands(ink: Image.Image) -> list[tuple[int, int]]:
    """Runs of rows with ink, at least a few pixels high (top, bottom)."""
    profile = ink.resize((1, ink.height), Image.Resampling.BOX).tobytes()
    least = max(4, ink.width // 200)
    bands: list[tuple[int, int]] = []
    start: int | None = None
    for y, value in enumerate([*profile, 0]):
        if value >= 2 and start is None:
            start = y
        elif value < 2 and start is not None:
            if y - start >= least:
                bands.append((start, y))
            start = None
    return bands


def _in_band(word: Word, top: int, bottom: int) -> bool:
    return top <= word.middle <= bottom


def _pieces(
    ink: Image.Image, top: int, bottom: int, covered: list[tuple[int, int]], height: int
) -> list[tuple[int, int]]:
    """Stretches of the band with ink outside the words read, joined across small gaps."""
    columns = ink.crop((0, top, ink.width, bottom)).resize((ink.width, 1), Image.Resampling.BOX)
    profile = columns.tobytes()
    free = bytearray(1 if v else 0 for v in profile)
    for left, right in covered:
        for x in range(max(0, left), min(len(free), right)):
            free[x] = 0
    pieces: list[tuple[int, int]] = []
    for x, on in enumerate(free):
        if not on:
            continue
        if pieces and x - pieces[-1][1] <= JOIN * height:
            pieces[-1] = (pieces[-1][0], x + 1)
        else:
            pieces.append((x, x + 1))
    return [(a, b) for a, b in pieces if b - a >= MIN_PIECE * height]
