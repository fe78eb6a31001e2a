"""Footnote marks in a PDF's text layer: never part of a value; a note on a name joins it."""

from __future__ import annotations

from typing import Any

from documents.extraction.pdf_notes import attach_notes


def _w(
    text: str, x0: float, top: float, size: float = 13.0, raised: bool = False
) -> dict[str, Any]:
    width = 6.0 * len(text) * size / 13.0
    bottom = top + (size if not raised else size * 0.6)
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": bottom, "size": size}


def _line(
    texts: list[str], top: float, x0: float = 85.0, size: float = 13.0
) -> list[dict[str, Any]]:
    out = []
    for text in texts:
        out.append(_w(text, x0, top, size))
        x0 = out[-1]["x1"] + 3
    return out


def _mark(after: dict[str, Any], number: str) -> dict[str, Any]:
    return _w(number, after["x1"] + 0.3, after["top"] + 0.4, size=7.5, raised=True)


def _texts(words: list[dict[str, Any]]) -> list[str]:
    return [w["text"] for w in words]


def test_a_note_on_a_name_joins_it_and_leaves_the_foot_of_the_page() -> None:
    line = _line(["Người", "phụ", "trách:", "bà", "Vàng", "Thị", "Dính"], 200)
    foot = [_w("3", 85, 740), *_line(["Tổ", "trưởng;", "ĐT", "0912", "111", "222."], 742, 94, 11)]
    words = attach_notes([*line, _mark(line[-1], "3"), *foot])
    assert _texts(words)[-1] == "Dính (Tổ trưởng; ĐT 0912 111 222)"
    assert len(words) == len(line)


def test_a_mark_on_a_place_is_dropped_and_its_note_stays() -> None:
    line = _line(["Địa", "bàn:", "bản", "Sà", "Phìn."], 220)
    foot = [_w("1", 85, 740), *_line(["Bản", "có", "86", "hộ."], 742, 94, 11)]
    words = attach_notes([*line, _mark(line[-1], "1"), *foot])
    assert _texts(words) == ["Địa", "bàn:", "bản", "Sà", "Phìn.", "1", "Bản", "có", "86", "hộ."]


def test_a_unit_exponent_and_a_number_in_the_text_stay() -> None:
    line = _line(["Diện", "tích", "300", "m"], 240)
    plain = _line(["góp", "5", "ngày", "công"], 260)
    words = attach_notes([*line, _mark(line[-1], "2"), *plain])
    assert _texts(words) == ["Diện", "tích", "300", "m", "2", "góp", "5", "ngày", "công"]


def test_a_note_whose_number_is_raised_too_joins_its_name() -> None:
    line = _line(["Chủ", "nhiệm:", "anh", "Giàng", "A", "Páo"], 300)
    foot = [_w("1", 85, 740, size=6.5, raised=True), *_line(["Y", "tá", "bản."], 741, 92, 10)]
    words = attach_notes([*line, _mark(line[-1], "1"), *foot])
    assert _texts(words)[-1] == "Páo (Y tá bản)"
    assert len(words) == len(line)
