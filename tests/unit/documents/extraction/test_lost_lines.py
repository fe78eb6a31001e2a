"""A value that filled its line on a scan, with the next line lost by OCR, stays unsure."""

from __future__ import annotations

from collections.abc import Sequence

from documents.extraction import read_fields
from documents.extraction.text import Block, BlockKind, Box, DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _scan(lines: Sequence[tuple[str, float, float]]) -> DocumentText:
    """Paragraph lines (text, top, right end), 14 points high, from the left margin at 90."""
    doc = DocumentText(source="pdf-ocr")
    doc.ocr_confidence = 0.96
    doc.blocks.append(Block(BlockKind.TABLE_ROW, ("ĐOÀN XÃ HÒA LẠC", MOTTO), table=1, page=1,
                            boxes=(Box(1, 90, 40, 250, 70), Box(1, 300, 40, 530, 70))))  # fmt: skip
    for text, top, right in lines:
        box = Box(1, 90, top, right, top + 14)
        doc.blocks.append(
            Block(BlockKind.PARAGRAPH, (text,), page=1, boxes=(box,), quality=(0.96,))
        )
    return doc


def test_a_value_filling_its_line_over_a_lost_line_is_unsure() -> None:
    lines = [
        ("PHIẾU ĐĂNG KÝ SÁNG KIẾN", 100, 400),
        ("1. Tên sáng kiến: Thắp sáng ngõ quê", 120, 380),
        ("2. Địa bàn: Thôn Đông Hà, thôn Tây Hà và khu tái định cư ven sông Hòa", 138, 512),
        ("3. Người phụ trách: Đinh Văn Tú", 174, 330),  # a line is missing above this one
    ]
    found = read_fields(_scan(lines))
    assert str(found.fields["location"]).startswith("Thôn Đông Hà")
    assert found.confidence["location"] < 0.9


def test_a_value_filling_its_line_with_the_next_line_read_keeps_its_confidence() -> None:
    lines = [
        ("PHIẾU ĐĂNG KÝ SÁNG KIẾN", 100, 400),
        ("1. Tên sáng kiến: Thắp sáng ngõ quê", 120, 380),
        ("2. Địa bàn: Thôn Đông Hà, thôn Tây Hà và khu tái định cư ven sông Hòa", 138, 512),
        ("3. Người phụ trách: Đinh Văn Tú", 156, 330),
    ]
    lost = read_fields(_scan([*lines[:3], ("3. Người phụ trách: Đinh Văn Tú", 174, 330)]))
    kept = read_fields(_scan(lines))
    assert kept.fields["location"] == lost.fields["location"]
    assert kept.confidence["location"] > lost.confidence["location"]
