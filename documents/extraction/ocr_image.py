"""Page preparation on the image alone: squaring up (sideways test, skew), despeckling,
finding table rules, taking colour ink away, stretching contrast, fitting Tesseract's size.

Which of these run, and with which thresholds, is decided in `ocr` from `ocr.STEPS`; the
functions here take their settings as arguments so that decision stays in one place.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PIL import Image, ImageChops, ImageFilter, ImageOps

#: Longest side fed to Tesseract; a 300 dpi A4 is 3508 px.
MAX_OCR_SIDE = 4200


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


def _rule_mask(image: Image.Image, horizontal: bool, dark: int) -> Image.Image:
    """White where a straight ink run at least `_RULE_SPAN` long lies, black elsewhere.

    Averaging windows of `_RULE_SPAN` along one axis leaves a window dark only when a rule
    fills it (averages darker than `dark`, a grey level); two passes half a window apart
    catch rules at any offset."""
    w, h = image.size
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
        ink = small.point(lambda p: 255 if p < dark else 0)
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
