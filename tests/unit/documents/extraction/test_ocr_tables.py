"""Ruled tables of a scan: blurred grey rules found and removed, and the cells rebuilt from them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from documents.extraction import ocr
from documents.extraction.ocr_tables import RuledPage, edges, trace_rules
from documents.extraction.text import BlockKind
from tests.conftest import unavailable

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
COLUMNS = (200, 500, 1500, 2000)  # x of the vertical rules
ROWS = (600, 760, 1000, 1240)  # y of the horizontal rules
CELLS = (
    ("TT", "Nội dung chỉ tiêu", "Đơn vị\ntính"),
    ("1", "Số tổ liên gia thành lập", "tổ"),
    ("2", "Số hộ tham gia", "hộ"),
)


def scanned_table() -> Image.Image:
    """A ruled table at 300 dpi as a scanner gives it: thin grey rules, blurred, grey paper;
    the last header cell on two lines."""
    if not FONT.exists():
        unavailable("fonts-dejavu-core is not installed")
    page = Image.new("L", (2480, 1600), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 42)
    draw.text((200, 300), "II. CÁC CHỈ TIÊU ĐĂNG KÝ THI ĐUA", font=font, fill=20)
    for x in COLUMNS:
        draw.line((x, ROWS[0], x, ROWS[-1]), fill=70, width=3)
    for y in ROWS:
        draw.line((COLUMNS[0], y, COLUMNS[-1], y), fill=70, width=3)
    for r, row in enumerate(CELLS):
        for c, text in enumerate(row):
            draw.multiline_text((COLUMNS[c] + 30, ROWS[r] + 25), text, font=font, fill=20)
    return page.filter(ImageFilter.GaussianBlur(0.7))


def rule_positions(segments: list[tuple[int, int, int]]) -> list[int]:
    """One position per rule: traced rows or columns closer than 10 px are the same rule."""
    positions: list[int] = []
    for across in sorted({s[0] for s in segments}):
        if not positions or across - positions[-1] > 10:
            positions.append(across)
    return positions


SCAN_STEPS = ocr.Steps(rule_dark=ocr.SCAN_RULE_DARK, table_cells=True)


def test_blurred_grey_rules_are_found_and_taken_off() -> None:
    with ocr.using(SCAN_STEPS):
        page, horizontal, vertical = ocr._without_rules(scanned_table())
    assert [round(y, -1) for y in rule_positions(horizontal)] == [round(y, -1) for y in ROWS]
    assert [round(x, -1) for x in rule_positions(vertical)] == [round(x, -1) for x in COLUMNS]
    # The rule is paper now; the letters are still there.
    rule_pixel = page.getpixel((1000, ROWS[1] + 1))
    assert isinstance(rule_pixel, int) and rule_pixel > 200
    assert min(page.crop((COLUMNS[1] + 30, ROWS[1] + 25, COLUMNS[2], ROWS[2])).tobytes()) < 100


def test_traced_rules_become_a_table_of_cells() -> None:
    across, down = Image.new("L", (800, 600), 0), Image.new("L", (800, 600), 0)
    for y in (100, 300, 500):
        ImageDraw.Draw(across).line((100, y, 700, y), fill=255, width=4)
    for x in (100, 400, 700):
        ImageDraw.Draw(down).line((x, 100, x, 500), fill=255, width=4)
    horizontal, vertical = trace_rules(across, True), trace_rules(down, False)
    tables = RuledPage(edges(horizontal, vertical, 0.24)).find_tables()
    assert len(tables) == 1
    assert [len(row.cells) for row in tables[0].rows] == [2, 2]


def test_a_lone_rule_is_no_table() -> None:
    mask = Image.new("L", (800, 600), 0)
    ImageDraw.Draw(mask).line((100, 300, 700, 300), fill=255, width=4)
    assert RuledPage(edges(trace_rules(mask, True), [], 0.24)).find_tables() == []


def test_blurred_grey_rules_are_missed_at_the_default_threshold() -> None:
    _, horizontal, _ = ocr._without_rules(scanned_table())
    assert len(rule_positions(horizontal)) < len(ROWS)


def test_scanned_table_reads_as_one_table_of_rows_with_two_line_cells_whole() -> None:
    with ocr.using(SCAN_STEPS):
        doc = ocr.ocr_images([scanned_table()], "pdf-ocr")
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [len(r.cells) for r in rows] == [3, 3, 3]
    assert len({r.table for r in rows}) == 1  # the header belongs to the rows below it
    assert " ".join(rows[0].cells[2].split()) == "Đơn vị tính"
    assert rows[1].cells[1] == "Số tổ liên gia thành lập"


def test_without_the_step_each_row_stands_alone() -> None:
    with ocr.using(ocr.Steps(rule_dark=ocr.SCAN_RULE_DARK, table_cells=False)):
        doc = ocr.ocr_images([scanned_table()], "pdf-ocr")
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert len({r.table for r in rows}) > 1
