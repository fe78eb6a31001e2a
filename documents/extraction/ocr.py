"""Scans and photos through Tesseract (Vietnamese), back into `DocumentText` blocks.

Tesseract runs as a child process with `OMP_THREAD_LIMIT=1`: Debian's OpenMP build otherwise
starts more threads than the machine has cores and one page becomes six times slower. Pages
run side by side instead, on up to `workers` children.

Before OCR a photographed sheet is cut from the desk it lies on and squared (`paper.flatten`),
each page is turned upright (EXIF orientation for photos; Tesseract's OSD when the first pass
reads badly or the page looks sideways), despeckled when dusty, deskewed (projection profiles
on a small copy) and cleared of dotted leaders (`ocr_leaders`) and table rules. Tesseract's TSV
output gives every word with its box; lines its layout analysis lost are read again one by one
(`ocr_recover`), and dashes and apostrophes it dropped are put back from the gaps
(`ocr_marks`); the words are regrouped into visual lines and laid out with the PDF reader's
column logic (`layout_like_pdf`), so a scan yields the same blocks as the PDF it was printed
from: the two-column header ("ĐẢNG BỘ XÃ … | ĐẢNG CỘNG SẢN VIỆT NAM"), label/value rows and
wrapped lines joined. `add_page` is the simpler stand-alone layout used when that reader is
absent. Last, Tesseract's usual slips on these forms are fixed where context allows.

This module holds the steps (`STEPS`, `using`) and every stage that reads them, so a benchmark
that replaces `ocr.STEPS` or `ocr.read_upright` (`bench.ocr_cached`) changes what runs. The
stages themselves live beside it: Tesseract and the word model in `ocr_words`, page
preparation on the image in `ocr_image`, lines, slips and diacritics in `ocr_lines`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from statistics import median
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageOps, ImageSequence

from documents.extraction import paper
from documents.extraction.limits import MAX_OCR_PAGES, UnsafeFile, image_pixels, pages_to_read
from documents.extraction.ocr_image import MAX_OCR_SIDE as MAX_OCR_SIDE
from documents.extraction.ocr_image import _fit, _rule_mask
from documents.extraction.ocr_image import deskew as deskew
from documents.extraction.ocr_image import despeckle as despeckle
from documents.extraction.ocr_image import estimate_skew as estimate_skew
from documents.extraction.ocr_image import looks_sideways as looks_sideways
from documents.extraction.ocr_image import remove_colour_ink as remove_colour_ink
from documents.extraction.ocr_image import stretch_contrast as stretch_contrast
from documents.extraction.ocr_leaders import remove_leaders as remove_leaders
from documents.extraction.ocr_lines import _mark_mended as _mark_mended
from documents.extraction.ocr_lines import _rows
from documents.extraction.ocr_lines import _wrapped as _wrapped
from documents.extraction.ocr_lines import add_page as add_page
from documents.extraction.ocr_lines import fix_slips as fix_slips
from documents.extraction.ocr_lines import mend_accents as mend_accents
from documents.extraction.ocr_marks import restore_marks as restore_marks
from documents.extraction.ocr_recover import recover_lost_lines as recover_lost_lines
from documents.extraction.ocr_tables import RuledPage, edges, trace_rules
from documents.extraction.ocr_words import PAGE_TIMEOUT as PAGE_TIMEOUT
from documents.extraction.ocr_words import OcrError as OcrError
from documents.extraction.ocr_words import PageText as PageText
from documents.extraction.ocr_words import Segment as Segment
from documents.extraction.ocr_words import Word as Word
from documents.extraction.ocr_words import _off_the_page as _off_the_page
from documents.extraction.ocr_words import _tesseract
from documents.extraction.ocr_words import detect_rotation as detect_rotation
from documents.extraction.ocr_words import parse_tsv as parse_tsv
from documents.extraction.text import DocumentText

OCR_DPI = 300
#: Render budget per PDF page, whatever size the page claims to be.
MAX_RENDER_PIXELS = 40_000_000
#: Below this mean word confidence the page is tried upside down / sideways too.
GOOD_CONFIDENCE = 0.70
UNREADABLE = "Không đọc được chữ trong ảnh/bản quét; xin gửi bản Word hoặc bản quét rõ hơn."


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
    leaders: bool = True  # dotted leaders after a form's labels painted over (`ocr_leaders`)
    marks: bool = True  # dashes and apostrophes Tesseract dropped put back (`ocr_marks`)
    recover: bool = True  # lines the page layout lost read again one by one (`ocr_recover`)


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


def ocr_page(image: Image.Image, dpi: int = OCR_DPI, psm: int | None = None) -> PageText:
    """One page's words. `--psm 4` (one column of lines of varying size): the default
    layout analysis cuts the "1." "2." numbers of a numbered form into a column of their own
    and misreads them, and `--psm 6` drops whole lines of ruled tables. Columns are found
    again from the word boxes afterwards."""
    # Sauvola (local) thresholding: phone photos are lit unevenly and a global threshold
    # blackens the shaded corner; on clean scans it reads the same (measured on the samples).
    steps = STEPS
    args = ["-l", "vie", "--dpi", str(dpi), "--psm", str(psm or steps.psm),
            "-c", f"thresholding_method={steps.threshold}"]  # fmt: skip
    if not steps.dictionary:
        args += ["-c", "load_system_dawg=0", "-c", "load_freq_dawg=0"]
    if steps.user_words:
        args += ["--user-words", steps.user_words]
    args.append("tsv")
    words = parse_tsv(_tesseract(image, args))
    kept = [w for w in words if not _off_the_page(w, image.width, image.height)]
    return PageText(kept, image.width, image.height)


#: `Steps.rule_dark` for scans: a thin rule scanned (blurred, grey, its core at 50–70) is
#: missed at the default 48, so its table cells are rebuilt only at this threshold. On the
#: corpus's scans it found those rules (+3 fields) but also took letters off a cell (−2), so
#: it and `table_cells` are off by default until a rule test tells rules from letters better.
SCAN_RULE_DARK = 110


def remove_rules(image: Image.Image) -> Image.Image:
    """The page without table borders: Tesseract reads ruled cells badly (borders become
    "|" or swallow the letters next to them), and the layout finds columns without them."""
    return _without_rules(image)[0]


def _without_rules(image: Image.Image) -> tuple[Image.Image, list[Segment], list[Segment]]:
    """The page without its rules, and the rules (horizontal, vertical) that were taken off."""
    horizontal = _rule_mask(image, True, STEPS.rule_dark)
    vertical = _rule_mask(image, False, STEPS.rule_dark)
    mask = ImageChops.lighter(horizontal, vertical)
    trace = STEPS.trace_dark
    if STEPS.table_cells and trace is not None and trace != STEPS.rule_dark:
        horizontal = _rule_mask(image, True, trace)
        vertical = _rule_mask(image, False, trace)
    rules = (trace_rules(horizontal, True), trace_rules(vertical, False))
    if not mask.getbbox():
        return image, *rules
    return ImageChops.lighter(image, mask), *rules


def prepare(image: Image.Image) -> Image.Image:
    """The page as Tesseract reads it, after the steps switched on in `STEPS`."""
    return _prepare(image)[0]


def squared(image: Image.Image) -> Image.Image:
    """The page cut out, greyscale, cleaned and straightened: before leaders and rules go."""
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
    return page


def _prepare(image: Image.Image) -> tuple[Image.Image, list[Segment], list[Segment]]:
    """The page as Tesseract reads it and the table rules taken off it."""
    page = squared(image)
    if STEPS.leaders:
        page = remove_leaders(page)
    if STEPS.remove_rules:
        return _without_rules(page)
    return page, [], []


def read_upright(image: Image.Image) -> PageText:
    """OCR one page, turning it first when it is sideways or reads badly upright; then the
    lines Tesseract's layout lost read again one by one (`ocr_recover`)."""
    page, prepared = read_page(image)
    if STEPS.recover and prepared is not None:
        return recover_lost_lines(prepared, page, read_line)
    return page


def read_line(image: Image.Image) -> list[Word]:
    """The words of an image of one line of text."""
    return ocr_page(image, psm=7).words


def read_page(image: Image.Image) -> tuple[PageText, Image.Image | None]:
    """The page's words, and the prepared image they were read from (None when read turned)."""
    page, h_rules, v_rules = _prepare(image)
    first: PageText | None = None
    if not looks_sideways(page):
        first = replace(ocr_page(page), h_rules=tuple(h_rules), v_rules=tuple(v_rules))
        if first.confidence >= GOOD_CONFIDENCE and len(first.words) >= 5:
            return first, page
    rotation = detect_rotation(page)
    if rotation == 0:
        return (first, page) if first is not None else (ocr_page(page), page)
    turned = ocr_page(deskew(page.rotate(-rotation, expand=True, fillcolor=255)))
    if first is None or turned.confidence > first.confidence:
        return turned, None
    return first, page


A4_WIDTH_PT = 595.0


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
    builder.numbered_rows = True
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
    if STEPS.marks:
        pages = [restore_marks(page) for page in pages]
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
