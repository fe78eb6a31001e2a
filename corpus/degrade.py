"""Turn a rendered PDF into what units really send: a scan or a phone photo of the signed paper.

Every page is rendered with pypdfium2; the signature block gets a red round stamp and an ink
scribble over the signer's typed name (found in the PDF's text layer); then a scan is turned a
little, blurred, given noise and JPEG-compressed into an image PDF, and a photo is put on a
table, seen in perspective, lit unevenly and saved as JPEG (one-page forms) or as a PDF of
photos (longer forms, as scanning apps on phones make them). All randomness comes from a seed.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
INK_RED = (205, 35, 45)
INK_BLUE = (25, 40, 120)


@dataclass(frozen=True)
class Marks:
    """What to draw over the signature block: the signer's typed name and the stamp's text."""

    signer: str | None
    stamp: str | None


def _font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    try:
        return ImageFont.truetype(str(FONT_DIR / name), size)
    except OSError:
        return ImageFont.load_default()


def _find(page: pdfium.PdfPage, text: str) -> tuple[float, float, float, float] | None:
    """(left, bottom, right, top) in points of the last occurrence of `text` on the page."""
    textpage = page.get_textpage()
    searcher = textpage.search(text, match_case=False)
    box = None
    while (found := searcher.get_next()) is not None:
        index, count = found
        first, last = textpage.get_charbox(index), textpage.get_charbox(index + count - 1)
        box = (first[0], min(first[1], last[1]), last[2], max(first[3], last[3]))
    searcher.close()
    textpage.close()
    return box


def _stamp(text: str, radius: int, rng: random.Random) -> Image.Image:
    """A round red stamp: two rings, the text around, a star in the middle (white ground)."""
    size = radius * 2 + 8
    layer = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(layer)
    c = size / 2
    width = max(3, radius // 28)
    draw.ellipse((c - radius, c - radius, c + radius, c + radius), outline=INK_RED, width=width)
    inner = radius * 0.72
    draw.ellipse((c - inner, c - inner, c + inner, c + inner), outline=INK_RED, width=width - 1)
    font = _font(max(10, radius // 6))
    letters = list(f" {text.upper()} ★")
    step = 2 * math.pi / len(letters)
    for number, letter in enumerate(letters):
        angle = -math.pi / 2 + number * step
        glyph = Image.new("L", (radius // 3, radius // 3), 0)
        ImageDraw.Draw(glyph).text((radius // 12, 0), letter, fill=255, font=font)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        r = (radius + inner) / 2
        x = c + r * math.cos(angle) - glyph.width / 2
        y = c + r * math.sin(angle) - glyph.height / 2
        layer.paste(Image.new("RGB", glyph.size, INK_RED), (int(x), int(y)), glyph)
    star = _font(int(radius * 0.6))
    draw.text((c, c), "★", fill=INK_RED, font=star, anchor="mm")
    layer = layer.rotate(rng.uniform(-25, 25), fillcolor="white")
    return layer.filter(ImageFilter.GaussianBlur(0.7))


def _scribble(width: int, height: int, rng: random.Random) -> Image.Image:
    """A handwritten-looking signature: a few joined loops and a flourish."""
    layer = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(layer)
    phase = [rng.uniform(0, 6.28) for _ in range(3)]
    loops = rng.randint(3, 6)
    points = []
    for step in range(160):
        t = step / 159
        x = width * (0.05 + 0.85 * t) + width * 0.05 * math.sin(2 * math.pi * loops * t + phase[0])
        y = height * (
            0.5
            + 0.32 * math.sin(2 * math.pi * loops * t + phase[1])
            - 0.15 * math.sin(2 * math.pi * t + phase[2])
        )
        points.append((x, y))
    draw.line(points, fill=INK_BLUE, width=max(2, height // 22), joint="curve")
    draw.line(
        [(width * 0.1, height * 0.85), (width * 0.95, height * 0.7)],
        fill=INK_BLUE,
        width=max(2, height // 26),
    )
    return layer.filter(ImageFilter.GaussianBlur(0.6))


def _mark(
    image: Image.Image,
    box: tuple[float, float, float, float],
    page_height: float,
    scale: float,
    marks: Marks,
    rng: random.Random,
) -> Image.Image:
    """Sign above the typed name and stamp over the left half of the signature."""
    left, bottom, right, top = box
    x0, x1 = left * scale, right * scale
    y_top, y_bottom = (page_height - top) * scale, (page_height - bottom) * scale
    line = max(y_bottom - y_top, 10 * scale)
    middle = (x0 + x1) / 2
    sig = _scribble(int(max(x1 - x0, 60 * scale) * 1.2), int(line * 3.0), rng)
    out = _multiply(image, sig, int(middle - sig.width / 2), int(y_top - line * 3.3))
    if marks.stamp:
        stamp = _stamp(marks.stamp, int(scale * 45), rng)
        x = int(middle - stamp.width * rng.uniform(0.8, 1.0))
        y = int(y_top - stamp.height * rng.uniform(0.7, 0.9))
        out = _multiply(out, stamp, x, y)
    return out


def _multiply(base: Image.Image, layer: Image.Image, x: int, y: int) -> Image.Image:
    canvas = Image.new("RGB", base.size, "white")
    canvas.paste(layer, (x, y))
    return ImageChops.multiply(base.convert("RGB"), canvas)


def render_pages(pdf_bytes: bytes, dpi: int, marks: Marks, rng: random.Random) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    scale = dpi / 72
    pages: list[Image.Image] = []
    found_on = None
    boxes = []
    for number in range(len(pdf)):
        page = pdf[number]
        box = _find(page, marks.signer) if marks.signer else None
        boxes.append((box, page.get_height()))
        if box is not None:
            found_on = number
    for number in range(len(pdf)):
        page = pdf[number]
        image = page.render(scale=scale).to_pil().convert("RGB")
        if number == found_on:
            box, height = boxes[number]
            assert box is not None
            image = _mark(image, box, height, scale, marks, rng)
        pages.append(image)
        page.close()
    pdf.close()
    return pages


def _noise(image: Image.Image, sigma: float) -> Image.Image:
    """Gaussian grain of `sigma` grey levels added to every pixel (a random tile repeated:
    drawing a full page of noise costs more than the rest of the scan)."""
    tile = Image.effect_noise((509, 509), sigma)
    noise = Image.new("L", image.size)
    for top in range(0, image.height, tile.height):
        for left in range(0, image.width, tile.width):
            noise.paste(tile, (left, top))
    if image.mode == "RGB":
        noise = Image.merge("RGB", (noise, noise, noise))
    return ImageChops.add(image, noise, 1.0, -128)


def scan(pdf_bytes: bytes, marks: Marks, seed: int, *, dpi: int = 300) -> bytes:
    """The signed form through an office scanner: greyscale image PDF, turned ≤1.2°."""
    rng = random.Random(seed)
    pages = []
    for page in render_pages(pdf_bytes, dpi, marks, rng):
        grey = page.convert("L").rotate(
            rng.uniform(-1.2, 1.2), resample=Image.Resampling.BICUBIC, fillcolor=250
        )
        grey = grey.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
        grey = _noise(grey, rng.uniform(10, 20))
        grey = grey.point(lambda p: min(255, int(p * 0.95 + 12)))  # paper is never white
        pages.append(grey)
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=55)
    return buffer.getvalue()


def _coefficients(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE coefficients mapping output points `dst` to input points `src`."""
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    n = 8
    m = [[*row, b] for row, b in zip(rows, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _photo_page(page: Image.Image, rng: random.Random) -> Image.Image:
    w, h = page.size
    pad = int(w * 0.07)
    table = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (118, 92, 66))
    table.paste(page, (pad, pad))
    tw, th = table.size

    def j() -> float:  # a jitter of the corners
        return rng.uniform(0.0, 0.05)

    dst: list[tuple[float, float]] = [(0, 0), (tw, 0), (tw, th), (0, th)]
    corners = [
        (tw * j(), th * j()),
        (tw * (1 - j()), th * j()),
        (tw * (1 - j() * 0.5), th * (1 - j())),
        (tw * j() * 0.5, th * (1 - j())),
    ]
    turn = math.radians(rng.uniform(-2.5, 2.5))  # the phone held a little askew
    cx, cy, cos, sin = tw / 2, th / 2, math.cos(turn), math.sin(turn)
    src = [
        (cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos)
        for x, y in corners
    ]
    warped = table.transform(
        table.size,
        Image.Transform.PERSPECTIVE,
        _coefficients(src, dst),
        resample=Image.Resampling.BILINEAR,
        fillcolor=(90, 70, 50),
    )
    ramp = Image.linear_gradient("L")  # light from one side: top or left
    if rng.random() < 0.5:
        ramp = ramp.transpose(Image.Transpose.ROTATE_90)
    ramp = ramp.resize(warped.size)
    light = ramp.point(lambda p: int(150 + p * 0.41))
    shade = Image.merge("RGB", (light, light, light.point(lambda p: max(0, p - 12))))
    photo = ImageChops.multiply(warped, shade)
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.2)))
    return _noise(photo, rng.uniform(8, 14))


def photo(pdf_bytes: bytes, marks: Marks, seed: int, *, dpi: int = 200) -> tuple[bytes, str]:
    """The signed form photographed by a phone: a JPEG for one page, else a PDF of photos.
    Returns (bytes, extension)."""
    rng = random.Random(seed)
    pages = [_photo_page(p, rng) for p in render_pages(pdf_bytes, dpi, marks, rng)]
    buffer = io.BytesIO()
    if len(pages) == 1:
        pages[0].save(buffer, "JPEG", quality=72)
        return buffer.getvalue(), "jpg"
    pages[0].save(buffer, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=70)
    return buffer.getvalue(), "pdf"
