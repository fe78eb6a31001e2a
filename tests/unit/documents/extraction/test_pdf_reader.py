"""PDF reader pieces that need no sample file: running headers, glued words, wrapped lines."""

from __future__ import annotations

from typing import Any

from documents.extraction.pdf_reader import _drop_running_header, _group_lines, _unglue


def _word(text: str, x0: float, top: float, bold: bool = False) -> dict[str, Any]:
    width = 6.0 * len(text)
    font = "ABC+LiberationSerif-Bold" if bold else "ABC+LiberationSerif"
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 12, "size": 13.0,
            "fontname": font}  # fmt: skip


def test_words_become_lines_and_column_segments() -> None:
    words = [
        _word("ĐẢNG", 100, 50),
        _word("BỘ", 130, 50.5),
        _word("ĐẢNG", 330, 51),
        _word("CỘNG", 360, 50),
    ]
    (line,) = _group_lines(words, 0)
    assert [s[2] for s in line.segments] == ["ĐẢNG BỘ", "ĐẢNG CỘNG"]


def test_bold_lead_in_becomes_a_tab() -> None:
    words = [_word("Tên", 90, 100, True), _word("mô", 112, 100, True), _word("hình", 128, 100, True),
             _word("Đường", 156, 100), _word("hoa", 190, 100)]  # fmt: skip
    (line,) = _group_lines(words, 0)
    assert line.text == "Tên mô hình\tĐường hoa"


def test_unglue_splits_a_tab_narrower_than_the_tolerance() -> None:
    assert _unglue("Chức vụBí thư") == "Chức vụ Bí thư"
    assert _unglue("UBND xã") == "UBND xã"


def test_running_header_repeated_on_later_pages_is_dropped() -> None:
    first = _group_lines([_word("ĐẢNG", 90, 40), _word("CHI", 90, 60), _word("Nội", 90, 90)], 0)
    running = [ln.text for ln in first]
    later = _group_lines([_word("ĐẢNG", 90, 40), _word("CHI", 90, 60), _word("Tiếp", 90, 90)], 1)
    assert [ln.text for ln in _drop_running_header(later, running)] == ["Tiếp"]
    single = _group_lines([_word("ĐẢNG", 90, 40), _word("Khác", 90, 60)], 1)
    assert len(_drop_running_header(single, running)) == 2  # one equal line is a coincidence


def test_lay_out_words_builds_header_columns_and_paragraphs() -> None:
    from documents.extraction.pdf_reader import lay_out_words

    words = [_word("ĐẢNG", 90, 40), _word("BỘ", 122, 40), _word("ĐẢNG", 330, 40), _word("CỘNG", 360, 40),
             _word("CHI", 90, 58), _word("BỘ", 112, 58), _word("Ngày", 330, 58),
             _word("Tên", 90, 120), _word("mô", 112, 120), _word("hình:", 128, 120), _word("Đường", 160, 120)]  # fmt: skip
    doc = lay_out_words([words], page_width=595, source="image-ocr")
    assert doc.source == "image-ocr"
    assert doc.blocks[0].cells == ("ĐẢNG BỘ", "ĐẢNG CỘNG")
    assert doc.blocks[1].cells == ("CHI BỘ", "Ngày")
    assert doc.blocks[-1].text == "Tên mô hình: Đường"
