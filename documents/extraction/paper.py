"""The sheet of paper in a phone photo, cut out of its background and seen square on.

A phone photo shows the form on a desk, in perspective: the page is a quadrilateral, not a
rectangle, so its lines slope differently at the top and the bottom and no single deskew
angle straightens them; the desk around it is read as letters. `flatten` finds the sheet
(the large bright region: paper is lighter than what it lies on), takes its four corners and
maps them to a rectangle. Scans, where the paper fills the image, pass unchanged; so does any
image where the sheet is not clearly there (too small, touching the edges, not four-sided).
"""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

Point = tuple[float, float]

#: Width of the copy the sheet is searched on; corners are found to within a few pixels.
_PROBE_WIDTH = 400
#: The sheet must cover this share of the photo (else it is a detail, not the page).
_MIN_AREA = 0.35
#: ... and leave background on this many sides (else the photo is already cropped).
_MIN_FREE_SIDES = 2
#: ... and fill its four corners' outline, with nothing bright outside it (else the bright
#: region is not a sheet: a page whose shaded corner is as dark as a desk, say).
_MIN_FILL = 0.97


def otsu(histogram: list[int]) -> int:
    """The grey level that best splits a 256-bin histogram into two classes."""
    total = sum(histogram)
    weighted = sum(i * n for i, n in enumerate(histogram))
    best, best_level, below, below_sum = -1.0, 128, 0, 0.0
    for level in range(256):
        below += histogram[level]
        below_sum += level * histogram[level]
        above = total - below
        if below == 0 or above == 0:
            continue
        mean_diff = below_sum / below - (weighted - below_sum) / above
        spread = below * above * mean_diff * mean_diff
        if spread > best:
            best, best_level = spread, level
    return best_level


def _sheet_mask(image: Image.Image) -> Image.Image:
    """A small copy, white where the paper is: bright, and the text holes in it closed."""
    grey = image.reduce(max(1, image.width // (2 * _PROBE_WIDTH))).convert("L")
    scale = _PROBE_WIDTH / grey.width
    small = grey.resize((_PROBE_WIDTH, max(1, round(grey.height * scale))), Image.Resampling.BOX)
    level = otsu(small.histogram())
    mask = small.point(lambda p: 255 if p > level else 0)
    # Close the letters (dark holes in the paper), then drop specks of light on the desk.
    mask = mask.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.MinFilter(7))
    return mask.filter(ImageFilter.MinFilter(5)).filter(ImageFilter.MaxFilter(5))


def _corners(mask: Image.Image) -> list[Point] | None:
    """Top-left, top-right, bottom-right, bottom-left of the bright region: the white pixels
    that go furthest along each diagonal (the sheet is turned far less than 45°)."""
    width, height = mask.size
    data = mask.tobytes()
    best: list[tuple[float, Point]] = [(-math.inf, (0.0, 0.0)) for _ in range(4)]
    directions = ((-1, -1), (1, -1), (1, 1), (-1, 1))
    for y in range(height):
        row = data[y * width : (y + 1) * width]
        first, last = row.find(255), row.rfind(255)
        if first < 0:
            continue
        for x in (first, last):
            for index, (dx, dy) in enumerate(directions):
                value = dx * x + dy * y
                if value > best[index][0]:
                    best[index] = (value, (float(x), float(y)))
    if best[0][0] == -math.inf:
        return None
    return [point for _, point in best]


def _area(quad: list[Point]) -> float:
    return (
        abs(
            sum(
                x0 * y1 - x1 * y0
                for (x0, y0), (x1, y1) in zip(quad, quad[1:] + quad[:1], strict=True)
            )
        )
        / 2
    )


def _four_sided(mask: Image.Image, quad: list[Point]) -> bool:
    """Does the bright region fill the quadrilateral of its corners, and only it?"""
    outline = Image.new("L", mask.size, 0)
    ImageDraw.Draw(outline).polygon(quad, fill=255)
    inside = ImageChops.multiply(mask, outline).histogram()[255]
    bright, area = mask.histogram()[255], outline.histogram()[255]
    return area > 0 and inside >= _MIN_FILL * area and bright - inside <= (1 - _MIN_FILL) * area


def _plausible(quad: list[Point], width: int, height: int) -> bool:
    """A sheet: big, with desk visible around it."""
    if _area(quad) < _MIN_AREA * width * height:
        return False
    xs, ys = [p[0] for p in quad], [p[1] for p in quad]
    margin_x, margin_y = 0.01 * width, 0.01 * height
    free = sum(
        (min(xs) > margin_x, max(xs) < width - 1 - margin_x,
         min(ys) > margin_y, max(ys) < height - 1 - margin_y)
    )  # fmt: skip
    return free >= _MIN_FREE_SIDES


def perspective_coefficients(src: list[Point], dst: list[Point]) -> list[float]:
    """PIL's PERSPECTIVE coefficients mapping output points `dst` to input points `src`
    (four pairs; Gaussian elimination on the 8×8 system)."""
    m: list[list[float]] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    n = 8
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def find_sheet(image: Image.Image) -> list[Point] | None:
    """The sheet's corners in `image`'s pixels (TL, TR, BR, BL), or None when there is no
    clear sheet on a background."""
    mask = _sheet_mask(image)
    quad = _corners(mask)
    if quad is None or not _plausible(quad, *mask.size) or not _four_sided(mask, quad):
        return None
    scale = image.width / mask.width
    return [(x * scale, y * scale) for x, y in quad]


def flatten(image: Image.Image) -> Image.Image:
    """The sheet alone, as a rectangle; the image unchanged when no sheet stands out."""
    quad = find_sheet(image)
    if quad is None:
        return image
    (tl, tr, br, bl) = quad
    width = round(max(math.dist(tl, tr), math.dist(bl, br)))
    height = round(max(math.dist(tl, bl), math.dist(tr, br)))
    target: list[Point] = [(0, 0), (width, 0), (width, height), (0, height)]
    fill: int | tuple[int, ...] = 255 if image.mode == "L" else (255,) * len(image.getbands())
    return image.transform(
        (width, height),
        Image.Transform.PERSPECTIVE,
        perspective_coefficients(quad, target),
        resample=Image.Resampling.BICUBIC,
        fillcolor=fill,
    )
