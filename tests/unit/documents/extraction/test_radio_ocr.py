"""Radio buttons read by OCR (`radio_ocr.py`), through `choose_option`: the circles of a web
form come out as "o", "co", "®" or nothing; a reading from them is an inference (doubtful)."""

from __future__ import annotations

import pytest

from documents.extraction import read_fields
from documents.extraction.normalise import parse_domain, parse_model_type
from documents.extraction.text import DocumentText


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tập thể. co Cá nhân", "collective"),  # the filled circle lost, the empty one "co"
        ("o Tập thể Cá nhân", "individual"),
        ("® Tập thể o5 Cá nhân", "collective"),  # the filled circle read as a sign
        ("0 Tập thể © Cá nhân", "individual"),
        ("® Tập thể C) Cá nhân", "collective"),  # an empty circle's left half, "C)"
    ],
)
def test_a_radio_group_read_by_ocr_gives_a_doubtful_choice(text: str, want: str) -> None:
    assert parse_model_type(text) == (want, True)


@pytest.mark.parametrize(
    "text",
    [
        "o Tập thể. o Cá nhân",  # nothing selected
        "Tập thể Cá nhân",  # no circle read at all
        "® Tập thể ® Cá nhân",  # two selected
        "Tập thể gồm 12 hộ, cá nhân tự nguyện",  # words between the options
    ],
)
def test_no_choice_without_one_circle_told_apart(text: str) -> None:
    assert parse_model_type(text)[0] is None


def test_a_domain_from_a_radio_row() -> None:
    assert parse_domain("o Kinh tế © Văn hóa - xã hội o Quốc phòng - an ninh") == (
        "culture_society",
        True,
    )


def _web_form(*options: str) -> DocumentText:
    """A printed web form read by OCR: each question over its options, one option per line."""
    doc = DocumentText(source="image-ocr")
    lines = ["ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "Tên đơn vị đăng ký *",
             "Chi đoàn thôn Bản Lìm", "Tên mô hình *", "Thắp sáng ngõ xóm Bản Lìm", *options]  # fmt: skip
    for line in lines:
        doc.paragraph(line)
    return doc


def test_options_one_per_line_under_the_question_are_one_group() -> None:
    """The first option under "Loại mô hình" is no answer; the button read beside another is,
    as an inference; the help line over the options is skipped."""
    doc = _web_form("Loại mô hình *", "Tập thể", "® Cá nhân", "Lĩnh vực *",
                    "Chọn một lĩnh vực chính", "o Kinh tế", "© Văn hóa - xã hội",
                    "Quốc phòng - an ninh")  # fmt: skip
    e = read_fields(doc)
    assert e.fields["model_type"] == "individual" and e.confidence["model_type"] < 0.9
    assert e.fields["domain"] == "culture_society" and e.confidence["domain"] < 0.9


def test_options_one_per_line_with_no_button_read_give_no_choice() -> None:
    e = read_fields(_web_form("Loại mô hình *", "Tập thể", "Cá nhân", "Địa bàn thực hiện *",
                              "thôn Bản Lìm"))  # fmt: skip
    assert e.fields.get("model_type") is None
    assert e.fields["location"] == "thôn Bản Lìm"


def test_two_options_a_line_with_boxes_read_as_letters_are_one_group() -> None:
    """A ticked box lost, the empty ones read as "L]", "TT]": the group spans two lines and the
    one unboxed option is the doubtful answer."""
    doc = _web_form("Lĩnh vực", "L] Kinh tế TT] Văn hóa - xã hội",
                    "Quốc phòng - an ninh L] Xây dựng hệ thống chính trị")  # fmt: skip
    e = read_fields(doc)
    assert e.fields["domain"] == "security_defense" and e.confidence["domain"] < 0.9
