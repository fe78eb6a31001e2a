"""Values in sentences (`fields/prose.py`) of a public notice's opening and results, in our
own words (invented units, places and figures)."""

from __future__ import annotations

import pytest

from documents.extraction.fields.prose import location, names_a_person, participant_counts


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Chi bộ bản Co Hà công khai kết quả xây dựng mô hình “Bếp ấm bản xa” tại "
            "bản Co Hà, do đồng chí Lò Văn Pụn phụ trách, như sau:",
            "bản Co Hà",
        ),
        (
            "Ban công tác Mặt trận công khai kinh phí mô hình “Cầu nhỏ qua suối” tại 3 xóm "
            "của xã, do bà Hà Thị Mơ phụ trách, như sau:",
            "3 xóm của xã",
        ),
        (
            "Hội đã xây dựng mô hình “Tổ vay vốn” tại thôn Nà Pồng, thôn Khuổi Lếch.",
            "thôn Nà Pồng, thôn Khuổi Lếch",
        ),
    ],
)
def test_the_place_right_after_the_models_quoted_name(sentence: str, place: str) -> None:
    """'… mô hình “X” tại <place>, do …': the place the model is built in, named by its kind."""
    assert location(sentence) == place


def test_a_word_after_the_models_name_that_names_no_place_is_none() -> None:
    assert location("Chi đoàn làm mô hình “Sách cho em” tại buổi họp tháng 5.") is None


def test_the_count_a_figure_rose_from_is_not_the_count_now() -> None:
    """'tăng từ 96 hộ lên 130 hộ': the households giving now are 130."""
    numbers, _ = participant_counts("Số hộ đóng góp tăng từ 96 hộ lên 130 hộ.")
    assert numbers[0].value == 130
    numbers, _ = participant_counts("Từ 40 hộ tham gia, nay đã có 75 hộ.")
    assert numbers[0].value == 40  # no 'lên' after it: a count like any other


def test_a_person_named_with_a_form_of_address() -> None:
    assert names_a_person("Mọi ý kiến xin liên hệ ông Đèo Văn Sinh, điện thoại 0912 …")
    assert not names_a_person("Mọi ý kiến xin liên hệ đồng chí Trưởng bản.")
