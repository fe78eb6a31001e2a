"""Dotted leaders taken off a page before OCR, rules, colons, ellipses and text left alone."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from documents.extraction.ocr_leaders import leader_mask, paper_level, remove_leaders
from tests.conftest import unavailable

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
PAPER = 242


def _font(size: int = 54) -> ImageFont.FreeTypeFont:
    if not FONT.exists():
        unavailable("fonts-liberation2 is not installed")
    return ImageFont.truetype(str(FONT), size)


def _dots(draw: ImageDraw.ImageDraw, x0: int, x1: int, baseline: int, ink: int = 20) -> None:
    """A leader of 7 px dots every 14 px sitting on `baseline`."""
    for x in range(x0, x1, 14):
        draw.ellipse((x, baseline - 7, x + 7, baseline), fill=ink)


def _page() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    page = Image.new("L", (2480, 900), PAPER)
    return page, ImageDraw.Draw(page)


def _ink_in(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return sum(image.crop(box).point(lambda p: 1 if p < 128 else 0).histogram()[1:])


def test_a_leader_after_a_filled_value_is_painted_paper_and_the_text_stays() -> None:
    page, draw = _page()
    font = _font()
    draw.text((300, 200), "Tên đơn vị:", font=font, fill=0, anchor="ls")
    draw.text((640, 200), "Chi bộ bản Nà Sáng", font=font, fill=140, anchor="ls")
    _dots(draw, 1120, 2200, 200)
    cleaned = remove_leaders(page)
    assert _ink_in(cleaned, (1130, 180, 2200, 210)) == 0
    text_box = (300, 140, 1100, 215)
    assert cleaned.crop(text_box).tobytes() == page.crop(text_box).tobytes()
    assert cleaned.getpixel((1500, 196)) == paper_level(page)


def test_leaders_at_another_resolution_are_found_too() -> None:
    page = Image.new("L", (1240, 500), PAPER)
    draw = ImageDraw.Draw(page)
    for x in range(200, 1100, 7):
        draw.rectangle((x, 96, x + 3, 99), fill=30)
    assert leader_mask(page).getbbox() is not None


def test_solid_and_slightly_slanted_rules_are_not_leaders() -> None:
    page, draw = _page()
    draw.rectangle((300, 300, 2200, 303), fill=10)
    draw.line((300, 500, 2200, 510), fill=10, width=3)  # a rule scanned a little askew
    draw.rectangle((300, 700, 1000, 760), outline=10, width=3)  # a box around a value
    assert leader_mask(page).getbbox() is None


def test_a_line_of_text_a_colon_and_an_ellipsis_are_not_leaders() -> None:
    page, draw = _page()
    font = _font()
    draw.text((300, 200), "ca. nam . ma vun ca mà ươn uea sau mưa", font=font, fill=0, anchor="ls")
    draw.text((300, 400), "Điện thoại:", font=font, fill=0, anchor="ls")
    draw.text((300, 600), "Lĩnh vực: …… kinh tế", font=font, fill=0, anchor="ls")
    assert leader_mask(page).getbbox() is None


def test_a_page_without_leaders_is_returned_as_it_is() -> None:
    page, draw = _page()
    draw.text((300, 200), "Tên mô hình: Nước sạch", font=_font(), fill=0, anchor="ls")
    assert remove_leaders(page) is page
