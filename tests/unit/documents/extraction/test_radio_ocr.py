"""Radio buttons read by OCR (`radio_ocr.py`), through `choose_option`: the circles of a web
form come out as "o", "co", "®" or nothing; a reading from them is an inference (doubtful)."""

from __future__ import annotations

import pytest

from documents.extraction.normalise import parse_domain, parse_model_type


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tập thể. co Cá nhân", "collective"),  # the filled circle lost, the empty one "co"
        ("o Tập thể Cá nhân", "individual"),
        ("® Tập thể o5 Cá nhân", "collective"),  # the filled circle read as a sign
        ("0 Tập thể © Cá nhân", "individual"),
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
