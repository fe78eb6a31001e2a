"""Dotted leaders ("Tên đơn vị: ………… value …………") taken off a page before OCR.

A printed form leaves a dotted line after each label for the answer; filled in on a computer,
the value sits on those dots and the dots run on after it to the margin. Tesseract reads a
line of dots next to a word as one long word and the value turns to garbage ("HY Xã HHỚI 2"
for "Đảng ủy xã Huổi Lếch"), worst when the value is printed in a lighter or coloured ink.

A leader is told from text by its shape alone: along a thin band the ink comes and goes (dots),
and the band has paper above it (where a line of letters has its x-height, ascenders and
accents) and just below it; a solid rule is inked all along. Windows of a few dots' length are tested side by side; a run of
at least `_MIN_RUN` such windows is a leader and is painted with the paper's grey (a white
stripe on a grainy scan would itself look like a mark). A colon keeps its lower dot (its upper
dot is above it) and the short "……" after a label is too short to be taken.

Sizes are for a page 2480 px wide (A4 at 300 dpi) and scale with the page's width.
"""

from __future__ import annotations

from PIL import Image, ImageChops

_A4_WIDTH = 2480
_WINDOW = 32  # px: a window holds two to three dots of a leader
_MIN_RUN = 4  # windows in a row: a leader is longer than a colon and an ellipsis
_MIN_COVER = 50  # a window's band is at least this inked (of 255): dots, not a speck
_MAX_COVER = 185  # ... and at most this: dots, not a rule (rules are taken off as such)
_MIN_BREAKS = 3  # ink starts or stops this often in a window: dots, not a rule's slanted edge
_MAX_STRAY = 6  # ... and above and below it at most this (of 255): paper
_ABOVE = (6, 25)  # px above the band that must be paper: a line of letters has ink there
_BELOW = (6, 10)  # px below it (the next line's accents may start soon after)
_THICK = 2  # px above and below the band's middle that are dotted too
_GROW = 6  # px: the band's mask grown up and down to cover whole dots
#: What the words read depend on (benchmarks key their cache of OCR'd pages with it).
SETTINGS = (
    3,
    _THICK,
    _WINDOW,
    _MIN_RUN,
    _MIN_COVER,
    _MAX_COVER,
    _MIN_BREAKS,
    _MAX_STRAY,
    _ABOVE,
    _BELOW,
    _GROW,
)


def _shift(image: Image.Image, dx: int, dy: int, fill: int) -> Image.Image:
    """`image` moved by (dx, dy), the uncovered part filled with `fill` (no wrapping)."""
    moved = Image.new("L", image.size, fill)
    moved.paste(image, (dx, dy))
    return moved


def paper_level(image: Image.Image) -> int:
    """The page's most common grey among the light half: the paper."""
    histogram = image.histogram()
    return max(range(128, 256), key=lambda level: histogram[level])


def leader_mask(image: Image.Image) -> Image.Image:
    """White where a dotted leader lies on the greyscale `image`, black elsewhere."""
    scale = min(max(image.width / _A4_WIDTH, 0.5), 2.0)
    window = max(8, round(_WINDOW * scale))
    above = range(round(_ABOVE[0] * scale), round(_ABOVE[1] * scale) + 1)
    below = range(round(_BELOW[0] * scale), round(_BELOW[1] * scale) + 1)
    grow = max(2, round(_GROW * scale))
    thick = max(1, round(_THICK * scale))
    dark = paper_level(image) * 55 // 100
    ink = image.point(lambda p: 255 if p < dark else 0)
    width, height = image.size
    # Where ink starts or stops along a row; a window of dots has several such places.
    edges = ImageChops.difference(ink, _shift(ink, 1, 0, 0))
    least = _MIN_BREAKS * 255 / window
    mask = Image.new("L", image.size, 0)
    for offset in (0, window // 2):
        count = (width - offset) // window
        if count < _MIN_RUN:
            continue
        box = (offset, 0, offset + count * window, height)
        # One pixel per window and row: how much of the window's row is ink.
        small = ink.crop(box).resize((count, height), Image.Resampling.BOX)
        dotted = small.point(lambda p: 255 if _MIN_COVER <= p <= _MAX_COVER else 0)
        breaks = edges.crop(box).resize((count, height), Image.Resampling.BOX)
        dotted = ImageChops.darker(dotted, breaks.point(lambda p: 255 if p >= least else 0))
        # Dots are rows of dots a few pixels high, not the ragged edge of a rule.
        found = dotted
        for dy in (-thick, thick):
            found = ImageChops.darker(found, _shift(dotted, 0, dy, 0))
        paper = small.point(lambda p: 255 if p <= _MAX_STRAY else 0)
        for dy in above:
            found = ImageChops.darker(found, _shift(paper, 0, dy, 255))
        for dy in below:
            found = ImageChops.darker(found, _shift(paper, 0, -dy, 255))
        found = _runs(found, _MIN_RUN)
        if not found.getbbox():
            continue
        grown = found
        for dy in range(1, grow + 1):
            grown = ImageChops.lighter(grown, _shift(found, 0, dy, 0))
            grown = ImageChops.lighter(grown, _shift(found, 0, -dy, 0))
        wide = grown.resize((box[2] - box[0], height), Image.Resampling.NEAREST)
        mask.paste(ImageChops.lighter(mask.crop(box), wide), box[:2])
    return mask


def _runs(found: Image.Image, length: int) -> Image.Image:
    """The windows of `found` that belong to a run of at least `length` along a row."""
    # Runs starting at each window: the window and the next length-1 are all found.
    starts = found
    for dx in range(1, length):
        starts = ImageChops.darker(starts, _shift(found, -dx, 0, 0))
    kept = starts
    for dx in range(1, length):
        kept = ImageChops.lighter(kept, _shift(starts, dx, 0, 0))
    return kept


def remove_leaders(image: Image.Image) -> Image.Image:
    """The greyscale page with its dotted leaders painted over with the paper's grey."""
    mask = leader_mask(image)
    if not mask.getbbox():
        return image
    paper = Image.new("L", image.size, paper_level(image))
    return Image.composite(paper, image, mask)
