"""The photographed sheet found, cut out and squared; scans and unclear photos left alone."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from documents.extraction import ocr, paper
from tests.conftest import unavailable

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
DESK = (112, 86, 60)


def sheet(width: int = 1240, height: int = 1754) -> Image.Image:
    """An A4 page at 150 dpi with a title and a few lines of Vietnamese."""
    if not FONT.exists():
        unavailable("fonts-dejavu-core is not installed")
    page = Image.new("RGB", (width, height), (246, 244, 238))
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 30)
    draw.text((260, 120), "PHIẾU ĐĂNG KÝ MÔ HÌNH", font=font, fill=(20, 20, 20))
    for i, line in enumerate(("Tên đơn vị: Chi hội Phụ nữ thôn Đông", "Người phụ trách: Trần Thị Mai",
                              "Điện thoại: 0912 345 678", "Nội dung: chuyển đổi cây trồng")):  # fmt: skip
        draw.text((120, 300 + 70 * i), line, font=font, fill=(20, 20, 20))
    return page


def photographed(
    page: Image.Image, corners: list[paper.Point], size: tuple[int, int]
) -> Image.Image:
    """`page` seen in perspective on a desk: its corners land on `corners` of a `size` photo."""
    w, h = page.size
    source: list[paper.Point] = [(0, 0), (w, 0), (w, h), (0, h)]
    # Map each photo pixel back to the page; outside the page it is desk.
    coefficients = paper.perspective_coefficients(source, corners)
    photo = page.transform(size, Image.Transform.PERSPECTIVE, coefficients,
                           resample=Image.Resampling.BICUBIC, fillcolor=DESK)  # fmt: skip
    return photo


CORNERS: list[paper.Point] = [(90, 120), (1290, 70), (1340, 1860), (60, 1900)]


def test_the_sheets_corners_are_found_on_a_desk() -> None:
    photo = photographed(sheet(), CORNERS, (1440, 2000))
    found = paper.find_sheet(photo)
    assert found is not None
    for (x, y), (fx, fy) in zip(CORNERS, found, strict=True):
        assert math.dist((x, y), (fx, fy)) < 15


def test_flattening_squares_the_sheet_and_drops_the_desk() -> None:
    photo = photographed(sheet(), CORNERS, (1440, 2000))
    flat = paper.flatten(photo)
    # About the sheet's own size, and no desk colour left near its corners.
    assert abs(flat.width - 1240) < 80 and abs(flat.height - 1754) < 120
    for x, y in ((10, 10), (flat.width - 11, 10), (10, flat.height - 11), (flat.width - 11, flat.height - 11)):  # fmt: skip
        red, green, blue = flat.getpixel((x, y))  # type: ignore[misc]
        assert min(red, green, blue) > 200, (x, y)


def test_flattened_photo_reads_like_the_page() -> None:
    photo = photographed(sheet(), CORNERS, (1440, 2000))
    with ocr.using(ocr.Steps()):
        text = " ".join(w.text for w in ocr.read_upright(photo).words)
    for needle in ("Trần", "Mai", "0912", "chuyển", "đổi"):
        assert needle in text


@pytest.mark.parametrize("image", ["scan", "cropped", "blank", "shaded corner"])
def test_images_without_a_sheet_on_a_background_are_left_alone(image: str) -> None:
    page = sheet()
    if image == "cropped":  # a photo cropped to the sheet: paper touches every edge
        page = photographed(
            page, [(-20, -10), (1260, -15), (1250, 1770), (-10, 1760)], (1240, 1754)
        )
    if image == "blank":
        page = Image.new("RGB", (800, 1000), (250, 250, 250))
    if image == "shaded corner":  # a page lit from one corner: its far corner as dark as a desk
        ramp = Image.linear_gradient("L")
        corner = ImageChops.screen(ramp, ramp.transpose(Image.Transpose.ROTATE_90))
        light = corner.resize(page.size).point(lambda p: 40 + p * 0.8).convert("RGB")
        page = ImageChops.multiply(page, light)
    assert paper.find_sheet(page) is None
    assert paper.flatten(page) is page


def test_otsu_splits_two_grey_levels() -> None:
    histogram = [0] * 256
    histogram[60], histogram[200] = 500, 1500
    assert 60 <= paper.otsu(histogram) < 200
