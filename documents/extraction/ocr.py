"""Scans and photos through Tesseract (Vietnamese), back into `DocumentText` blocks.

Tesseract runs as a child process with `OMP_THREAD_LIMIT=1`: Debian's OpenMP build otherwise
starts more threads than the machine has cores and one page becomes six times slower. Pages
run side by side instead, on up to `workers` children.

Before OCR a photographed sheet is cut from the desk it lies on and squared (`paper.flatten`),
each page is turned upright (EXIF orientation for photos; Tesseract's OSD when the first pass
reads badly or the page looks sideways), despeckled when dusty, deskewed (projection profiles
on a small copy) and cleared of table rules. Tesseract's TSV output gives every word
with its box; the words are regrouped into visual lines and laid out with the PDF reader's
column logic (`layout_like_pdf`), so a scan yields the same blocks as the PDF it was printed
from: the two-column header ("ĐẢNG BỘ XÃ … | ĐẢNG CỘNG SẢN VIỆT NAM"), label/value rows and
wrapped lines joined. `add_page` is the simpler stand-alone layout used when that reader is
absent. Last, Tesseract's usual slips on these forms are fixed where context allows.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import subprocess
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from statistics import median
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter, ImageOps, ImageSequence

from documents.extraction import accents, paper
from documents.extraction.limits import MAX_OCR_PAGES, UnsafeFile, image_pixels, pages_to_read
from documents.extraction.ocr_tables import RuledPage, edges, trace_rules
from documents.extraction.text import Block, DocumentText

OCR_DPI = 300
#: Longest side fed to Tesseract; a 300 dpi A4 is 3508 px.
MAX_OCR_SIDE = 4200
#: Render budget per PDF page, whatever size the page claims to be.
MAX_RENDER_PIXELS = 40_000_000
PAGE_TIMEOUT = 90.0
#: Below this mean word confidence the page is tried upside down / sideways too.
GOOD_CONFIDENCE = 0.70
UNREADABLE = "Không đọc được chữ trong ảnh/bản quét; xin gửi bản Word hoặc bản quét rõ hơn."


class OcrError(RuntimeError):
    """Tesseract failed or is missing."""


@dataclass(frozen=True)
class Steps:
    """The preparation steps of a page and Tesseract's settings, each measured on its own by
    `bench.bench_ocr_steps` (field accuracy and time with and without it)."""

    flatten: bool = True  # a photographed sheet cut from its background, perspective undone
    table_cells: bool = False  # ruled tables rebuilt from the removed rules (`ocr_tables`)
    rule_dark: int = 48  # a window along a rule averages darker than this (grey levels)
    #: The same, for the rules traced to rebuild table cells (None: `rule_dark`). Tracing does
    #: not change what Tesseract reads, so it may find blurred grey rules that removal leaves.
    trace_dark: int | None = None
    colour_ink: bool = True  # red stamps and blue signatures made paper before OCR
    despeckle: bool = True
    deskew: bool = True
    remove_rules: bool = True
    contrast: bool = False  # stretch the grey levels of a dull photo
    dictionary: bool = True  # Tesseract's Vietnamese word list during recognition
    user_words: str | None = None  # a file of extra words (the units' names) for Tesseract
    psm: int = 4
    threshold: int = 2  # 0 Otsu, 1 adaptive (tiled) Otsu, 2 Sauvola
    accents: bool = True  # misread Vietnamese diacritics mended from a word list (`accents`)


STEPS = Steps()


@contextmanager
def using(steps: Steps) -> Iterator[None]:
    """Run OCR with other steps (benchmarks compare them)."""
    global STEPS
    saved, STEPS = STEPS, steps
    try:
        yield
    finally:
        STEPS = saved


@dataclass(frozen=True)
class Word:
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0..100
    text: str

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


Segment = tuple[int, int, int]  # a rule: across-position, start, end (pixels)


@dataclass(frozen=True)
class PageText:
    words: list[Word]
    width: int
    height: int
    h_rules: tuple[Segment, ...] = ()  # table rules taken off the page before OCR
    v_rules: tuple[Segment, ...] = ()

    @property
    def confidence(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words) / 100 if self.words else 0.0


# --- Tesseract ------------------------------------------------------------------------------


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _tesseract(image: Image.Image, args: list[str], timeout: float = PAGE_TIMEOUT) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", *args],
            input=buffer.getvalue(),
            capture_output=True,
            env=_child_env(),
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError as exc:
        raise OcrError("tesseract is not installed") from exc
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"tesseract took more than {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise OcrError(done.stderr.decode("utf-8", "replace")[-300:])
    return done.stdout.decode("utf-8", "replace")


#: Below this confidence a word without a letter or digit is dust or a border stub.
_JUNK_CONF = 75.0


def _is_junk(text: str, conf: float) -> bool:
    if len(text) == 1 and not text.isdigit() and conf < 60:
        return True  # a lone unsure letter: the page edge of a photo, a stamp, a star
    return conf < _JUNK_CONF and not any(c.isalnum() for c in text)


def parse_tsv(tsv: str) -> list[Word]:
    """Words (level 5) of Tesseract's TSV. Dropped: marks it could not read (conf ≤ 1), table
    borders read as "|", and unsure punctuation-only marks (dust, ends of rules)."""
    words: list[Word] = []
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip().strip("|¦").strip()
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        if text and conf > 1 and not _is_junk(text, conf):
            words.append(Word(left, top, width, height, conf, text))
    return words


def _off_the_page(word: Word, width: int, height: int) -> bool:
    """A letter or two in the outer margin: the paper's edge in a photo, a punch hole."""
    if len(word.text) > 2:
        return False
    return (
        word.right < 0.07 * width
        or word.left > 0.93 * width
        or word.top + word.height < 0.03 * height
        or word.top > 0.97 * height
    )


def ocr_page(image: Image.Image, dpi: int = OCR_DPI) -> PageText:
    """One page's words. `--psm 4` (one column of lines of varying size): the default
    layout analysis cuts the "1." "2." numbers of a numbered form into a column of their own
    and misreads them, and `--psm 6` drops whole lines of ruled tables. Columns are found
    again from the word boxes afterwards."""
    # Sauvola (local) thresholding: phone photos are lit unevenly and a global threshold
    # blackens the shaded corner; on clean scans it reads the same (measured on the samples).
    steps = STEPS
    args = ["-l", "vie", "--dpi", str(dpi), "--psm", str(steps.psm),
            "-c", f"thresholding_method={steps.threshold}"]  # fmt: skip
    if not steps.dictionary:
        args += ["-c", "load_system_dawg=0", "-c", "load_freq_dawg=0"]
    if steps.user_words:
        args += ["--user-words", steps.user_words]
    args.append("tsv")
    words = parse_tsv(_tesseract(image, args))
    kept = [w for w in words if not _off_the_page(w, image.width, image.height)]
    return PageText(kept, image.width, image.height)


_ROTATE_RE = re.compile(r"Rotate:\s*(\d+)")
_OSD_CONF_RE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def detect_rotation(image: Image.Image) -> int:
    """Degrees (clockwise) Tesseract's OSD says the page must turn; 0 when unsure."""
    small = image.reduce(2) if image.width > 2000 else image
    try:
        out = _tesseract(small, ["--psm", "0", "--dpi", "150"], timeout=30)
    except OcrError:
        return 0  # blank or too few letters: OSD refuses, keep the page as it is
    rotate, conf = _ROTATE_RE.search(out), _OSD_CONF_RE.search(out)
    if not rotate or not conf or float(conf.group(1)) < 1.5:
        return 0
    return int(rotate.group(1)) % 360


# --- geometry -------------------------------------------------------------------------------


def _ink(image: Image.Image, width: int = 600) -> Image.Image:
    """A small copy with ink white on black, for profiles."""
    grey = image.convert("L")
    scale = width / grey.width
    small = grey.resize((width, max(1, round(grey.height * scale))), Image.Resampling.BOX)
    return small.point(lambda p: 255 if p < 140 else 0)


def _profile_score(ink: Image.Image, angle: float = 0.0, rows: bool = True) -> float:
    """Sharpness of the row (or column) profile: text lines make it jump from ink to gap."""
    turned = ink.rotate(angle, resample=Image.Resampling.NEAREST) if angle else ink
    if rows:
        profile = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    else:
        profile = turned.resize((turned.width, 1), Image.Resampling.BOX).tobytes()
    values = [float(v) for v in profile]
    return sum((b - a) ** 2 for a, b in itertools.pairwise(values)) / max(len(values), 1)


def looks_sideways(image: Image.Image) -> bool:
    ink = _ink(image, 400)
    return _profile_score(ink, rows=False) > 1.5 * _profile_score(ink, rows=True)


def estimate_skew(image: Image.Image, limit: float = 6.0) -> float:
    """The angle (degrees, counter-clockwise) that makes the text lines horizontal."""
    ink = _ink(image)

    def best(candidates: Iterable[float]) -> float:
        return max(candidates, key=lambda a: _profile_score(ink, a))

    steps = int(limit / 0.5)
    coarse = best(i * 0.5 for i in range(-steps, steps + 1))
    return round(best(coarse + i * 0.1 for i in range(-5, 6)), 2)


def deskew(image: Image.Image) -> Image.Image:
    angle = estimate_skew(image)
    if abs(angle) < 0.25:
        return image
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def _fit(image: Image.Image) -> Image.Image:
    """Greyscale, no larger than `MAX_OCR_SIDE`. Small print is not enlarged: a photo at
    200 dpi enlarged to 300 dpi's size read worse (0.814 against 0.859 of fields on the
    corpus's photos, `bench.bench_ocr_steps`) and took longer."""
    grey = image.convert("L")
    side = max(grey.size)
    if side > MAX_OCR_SIDE:
        scale = MAX_OCR_SIDE / side
        grey = grey.resize(
            (round(grey.width * scale), round(grey.height * scale)), Image.Resampling.LANCZOS
        )
    return grey


def _speckle_share(image: Image.Image) -> float:
    """Share of pixels a 3×3 median filter flips between ink and paper."""
    filtered = image.filter(ImageFilter.MedianFilter(3))
    changed = ImageChops.difference(image, filtered).point(lambda p: 255 if p > 128 else 0)
    return changed.histogram()[255] / max(1, image.width * image.height)


def despeckle(image: Image.Image) -> Image.Image:
    """A median filter, only for speckled scans: Tesseract reads dust as letters, but the
    filter also thins small clean print, so a clean page is left as it is. The decision is
    taken on a central crop (a quarter of the page) to keep clean pages cheap."""
    w, h = image.size
    crop = image.crop((w // 4, h // 4, w * 3 // 4, h * 3 // 4))
    if _speckle_share(crop) > 0.002:
        return image.filter(ImageFilter.MedianFilter(3))
    return image


_RULE_SPAN = 80  # px at 300 dpi (7 mm): longer straight runs of ink are rules, not letters
_RULE_CLEARANCE = 6  # px: a rule (≤ 4 px thick) has paper this far on either side
#: `Steps.rule_dark` for scans: a thin rule scanned (blurred, grey, its core at 50–70) is
#: missed at the default 48, so its table cells are rebuilt only at this threshold. On the
#: corpus's scans it found those rules (+3 fields) but also took letters off a cell (−2), so
#: it and `table_cells` are off by default until a rule test tells rules from letters better.
SCAN_RULE_DARK = 110


def _rule_mask(image: Image.Image, horizontal: bool, dark: int | None = None) -> Image.Image:
    """White where a straight ink run at least `_RULE_SPAN` long lies, black elsewhere.

    Averaging windows of `_RULE_SPAN` along one axis leaves a window dark only when a rule
    fills it; two passes half a window apart catch rules at any offset."""
    w, h = image.size
    limit = STEPS.rule_dark if dark is None else dark
    mask = Image.new("L", image.size, 0)
    for offset in (0, _RULE_SPAN // 2):
        count = ((w if horizontal else h) - offset) // _RULE_SPAN
        if count < 1:
            continue
        if horizontal:
            box = (offset, 0, offset + count * _RULE_SPAN, h)
            small = image.crop(box).resize((count, h), Image.Resampling.BOX)
        else:
            box = (0, offset, w, offset + count * _RULE_SPAN)
            small = image.crop(box).resize((w, count), Image.Resampling.BOX)
        ink = small.point(lambda p: 255 if p < limit else 0)
        # A rule is thin: paper on both sides of it. A run of serifs along a baseline
        # has letter stems above it and stays.
        for shift in (_RULE_CLEARANCE, -_RULE_CLEARANCE):
            beside = (
                ImageChops.offset(small, 0, shift)
                if horizontal
                else ImageChops.offset(small, shift, 0)
            )
            ink = ImageChops.darker(ink, beside.point(lambda p: 255 if p > 220 else 0))
        grown = ink.resize((box[2] - box[0], box[3] - box[1]), Image.Resampling.NEAREST)
        mask.paste(ImageChops.lighter(mask.crop(box), grown), box[:2])
    return mask


def remove_rules(image: Image.Image) -> Image.Image:
    """The page without table borders: Tesseract reads ruled cells badly (borders become
    "|" or swallow the letters next to them), and the layout finds columns without them."""
    return _without_rules(image)[0]


def _without_rules(image: Image.Image) -> tuple[Image.Image, list[Segment], list[Segment]]:
    """The page without its rules, and the rules (horizontal, vertical) that were taken off."""
    horizontal, vertical = _rule_mask(image, True), _rule_mask(image, False)
    mask = ImageChops.lighter(horizontal, vertical)
    if STEPS.table_cells and STEPS.trace_dark not in (None, STEPS.rule_dark):
        horizontal = _rule_mask(image, True, STEPS.trace_dark)
        vertical = _rule_mask(image, False, STEPS.trace_dark)
    rules = (trace_rules(horizontal, True), trace_rules(vertical, False))
    if not mask.getbbox():
        return image, *rules
    return ImageChops.lighter(image, mask), *rules


def remove_colour_ink(image: Image.Image) -> Image.Image:
    """Red stamps and blue-ink signatures become paper: printed text is black or grey, and a
    stamp over a name makes Tesseract misread it. Greyscale pages pass unchanged."""
    if image.mode not in ("RGB", "RGBA", "P", "CMYK"):
        return image
    red, green, blue = image.convert("RGB").split()
    spread = ImageChops.subtract(ImageChops.lighter(ImageChops.lighter(red, green), blue),
                                 ImageChops.darker(ImageChops.darker(red, green), blue))  # fmt: skip
    ink = spread.point(lambda p: 255 if p > 70 else 0)
    if not ink.getbbox():
        return image.convert("L")
    grown = ink.filter(ImageFilter.MaxFilter(3))
    return ImageChops.lighter(image.convert("L"), grown)


def stretch_contrast(image: Image.Image) -> Image.Image:
    """A dull photo's grey levels stretched to the full range (1 % clipped at each end)."""
    return ImageOps.autocontrast(image, cutoff=1)


def prepare(image: Image.Image) -> Image.Image:
    """The page as Tesseract reads it, after the steps switched on in `STEPS`."""
    return _prepare(image)[0]


def _prepare(image: Image.Image) -> tuple[Image.Image, list[Segment], list[Segment]]:
    """The page as Tesseract reads it and the table rules taken off it."""
    steps = STEPS
    page = paper.flatten(image) if steps.flatten else image
    page = remove_colour_ink(page) if steps.colour_ink else page
    page = _fit(page)
    if steps.contrast:
        page = stretch_contrast(page)
    if steps.despeckle:
        page = despeckle(page)
    if steps.deskew:
        page = deskew(page)
    if steps.remove_rules:
        return _without_rules(page)
    return page, [], []


def read_upright(image: Image.Image) -> PageText:
    """OCR one page, turning it first when it is sideways or reads badly upright."""
    page, h_rules, v_rules = _prepare(image)
    first: PageText | None = None
    if not looks_sideways(page):
        first = replace(ocr_page(page), h_rules=tuple(h_rules), v_rules=tuple(v_rules))
        if first.confidence >= GOOD_CONFIDENCE and len(first.words) >= 5:
            return first
    rotation = detect_rotation(page)
    if rotation == 0:
        return first if first is not None else ocr_page(page)
    turned = ocr_page(deskew(page.rotate(-rotation, expand=True, fillcolor=255)))
    if first is None or turned.confidence > first.confidence:
        return turned
    return first


# --- words to blocks ------------------------------------------------------------------------


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


A4_WIDTH_PT = 595.0

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


def layout_like_pdf(pages: list[PageText], source: str) -> DocumentText | None:
    """Lay the words out with the PDF reader's column and paragraph logic, as if the scan were
    a PDF text layer: the same header blocks, label/value columns and joined wrapped lines
    that the field parser is tuned on. None when that reader is not available.

    Word boxes are scaled so the page is A4-wide in points, and every word of a visual line
    gets the line's top (diacritics make OCR boxes of one line start at different heights).
    """
    try:
        from documents.extraction.pdf_layout import _Builder, _layout
        from documents.extraction.pdf_lines import _group_lines
        from documents.extraction.pdf_tables import _tables
    except ImportError:
        return None
    builder = _Builder()
    builder.doc.source = source
    items: list[Any] = []
    rights: list[float] = []
    lefts: list[float] = []
    for page_no, page in enumerate(pages):
        scale = A4_WIDTH_PT / max(page.width, 1)
        words: list[dict[str, Any]] = []
        for row in _rows(page.words):
            top = median(w.top for w in row) * scale
            # An OCR box spans the ink (x-height to descender, ~0.75 em), a PDF word the em.
            size = median(w.height for w in row) * scale * 1.35
            for w in row:
                words.append(
                    {"x0": w.left * scale, "x1": w.right * scale, "top": top,
                     "bottom": top + size, "text": w.text, "size": size, "fontname": "",
                     "conf": w.conf}
                )  # fmt: skip
        builder.doc.page_sizes.append((A4_WIDTH_PT, page.height * scale))
        tables: list[Any] = []
        if STEPS.table_cells and page.h_rules and page.v_rules:
            ruled = RuledPage(edges(list(page.h_rules), list(page.v_rules), scale))
            tables, words = _tables(ruled, words, page_no)
        lines = _group_lines(words, page_no)
        # The text edges come from real lines: one speck of dust read as a letter at the
        # margin would otherwise make no line look "full" and no wrapped line would join.
        solid = [line for line in lines if len(line.text) >= 12] or lines
        rights.extend(line.x1 for line in solid)
        lefts.extend(line.x0 for line in solid)
        builder.page_centre = A4_WIDTH_PT / 2
        items.extend(sorted([*lines, *tables], key=lambda item: item.top))
    if rights:
        builder.right_edge = max(rights)
        builder.left_edge = min(lefts)
        builder.text_centre = (builder.left_edge + builder.right_edge) / 2
    _layout(items, builder)
    doc: DocumentText = builder.doc
    return doc


# --- diacritics -----------------------------------------------------------------------------


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


# --- entry points ---------------------------------------------------------------------------


def ocr_images(
    images: list[Image.Image], source: str, *, workers: int = 2, warnings: Iterable[str] = ()
) -> DocumentText:
    """OCR pages (in parallel, each in its own Tesseract) into one `DocumentText`."""
    doc = DocumentText(source=source, warnings=list(warnings))
    if not images:
        doc.warnings.append(UNREADABLE)
        return doc
    run: Callable[[Image.Image], PageText] = read_upright
    if workers > 1 and len(images) > 1:
        with ThreadPoolExecutor(max_workers=min(workers, len(images))) as pool:
            pages = list(pool.map(run, images))
    else:
        pages = [run(image) for image in images]
    mended: set[str] = set()
    if STEPS.accents:
        pages = [mend_accents(page, mended) for page in pages]
    laid_out = layout_like_pdf(pages, source)
    if laid_out is not None:
        doc.blocks = laid_out.blocks
        doc.page_sizes = laid_out.page_sizes
    else:
        table = 0
        for number, page in enumerate(pages, start=1):
            table = add_page(doc, page, number, table)
    doc.blocks = [_mark_mended(replace(b, cells=tuple(fix_slips(c) for c in b.cells)), mended)
                  for b in doc.blocks]  # fmt: skip
    all_words = [w for p in pages for w in p.words]
    doc.ocr_confidence = (
        round(sum(w.conf for w in all_words) / len(all_words) / 100, 4) if all_words else 0.0
    )
    if not all_words:
        doc.warnings.append(UNREADABLE)
    return doc


def load_image_frames(
    data: bytes, max_pages: int = MAX_OCR_PAGES
) -> tuple[list[Image.Image], list[str]]:
    """The frames of an image file (multi-page TIFF too), upright by EXIF, size-checked."""
    with Image.open(io.BytesIO(data)) as probe:
        image_pixels(*probe.size)  # from the header, before any pixel is decoded
    warnings: list[str] = []
    frames: list[Image.Image] = []
    with Image.open(io.BytesIO(data)) as image:
        if image.format == "JPEG" and max(image.size) > MAX_OCR_SIDE:
            # Let libjpeg decode a big photo at 1/2, 1/4… of its size: far less time and memory.
            scale = MAX_OCR_SIDE / max(image.size)
            mode = "L" if image.mode == "L" else "RGB"
            image.draft(mode, (round(image.width * scale), round(image.height * scale)))
        count = getattr(image, "n_frames", 1)
        keep, warning = pages_to_read(count, max_pages)
        if warning:
            warnings.append(warning)
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            if index >= keep:
                break
            image_pixels(*frame.size)
            upright = ImageOps.exif_transpose(frame.copy()) if index == 0 else frame.copy()
            frames.append(upright.convert("RGB" if upright.mode in _COLOUR else "L"))
    return frames, warnings


_COLOUR = ("RGB", "RGBA", "P", "CMYK", "YCbCr")


def read_image(data: bytes, *, workers: int = 2) -> DocumentText:
    """A photo or scan (.jpg .png .tif …) as text. Raises `UnsafeFile` for oversized images."""
    try:
        frames, warnings = load_image_frames(data)
    except Image.DecompressionBombError as exc:
        raise UnsafeFile("Ảnh có kích thước quá lớn; xin chụp lại.", str(exc)) from exc
    return ocr_images(frames, "image-ocr", workers=workers, warnings=warnings)


def render_pdf_pages(
    data: bytes, max_pages: int = MAX_OCR_PAGES, dpi: int = OCR_DPI, password: str | None = None
) -> tuple[list[Image.Image], list[str]]:
    """Pages of a PDF as greyscale images at `dpi` (less for absurdly large pages)."""
    pdf = pdfium.PdfDocument(data, password=password)
    try:
        keep, warning = pages_to_read(len(pdf), max_pages)
        images: list[Image.Image] = []
        for index in range(keep):
            page = pdf[index]
            width, height = page.get_size()
            scale = dpi / 72
            pixels = width * height * scale * scale
            if pixels > MAX_RENDER_PIXELS:
                scale *= (MAX_RENDER_PIXELS / pixels) ** 0.5
            grey = not STEPS.colour_ink  # colour only matters to take stamps away
            images.append(page.render(scale=scale, grayscale=grey).to_pil())
            page.close()
        return images, [warning] if warning else []
    finally:
        pdf.close()


def read_scanned_pdf(
    data: bytes, *, max_pages: int = MAX_OCR_PAGES, workers: int = 2
) -> DocumentText:
    """A PDF without a usable text layer (a scan), page images through OCR."""
    images, warnings = render_pdf_pages(data, max_pages)
    return ocr_images(images, "pdf-ocr", workers=workers, warnings=warnings)
