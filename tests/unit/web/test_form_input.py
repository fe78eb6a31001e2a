"""Vietnamese dates and numbers as people type them into the register's forms."""

from __future__ import annotations

from datetime import date

import pytest

from web.form_input import (
    FieldInputError,
    format_date,
    format_integer,
    parse_date_input,
    parse_integer_input,
    parse_money_input,
)


@pytest.mark.parametrize(
    "text",
    [
        "05/04/2024",
        "5/4/2024",
        "05-04-2024",
        "05.04.2024",
        " 5 / 4 / 2024 ",
        "2024-04-05",
        "2024-4-5",
        "ngày 5 tháng 4 năm 2024",
        "Ngày 05 tháng 04, năm 2024",
    ],
)
def test_dates_in_every_usual_shape(text: str) -> None:
    assert parse_date_input(text) == date(2024, 4, 5)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/02/2024", "không phải một ngày có thật"),
        ("2024-02-31", "không phải một ngày có thật"),
        ("04/2024", "hãy nhập dạng ngày/tháng/năm"),
        ("5/4/24", "hãy nhập dạng ngày/tháng/năm"),
        ("hôm qua", "hãy nhập dạng ngày/tháng/năm"),
        ("2/4/2024 và 3/4/2024", "hãy nhập dạng ngày/tháng/năm"),
    ],
)
def test_a_bad_date_says_what_to_type(text: str, message: str) -> None:
    with pytest.raises(FieldInputError, match=message):
        parse_date_input(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("350", 350), ("1.500", 1500), ("1 500", 1500), ("1.500.000", 1_500_000), ("0", 0)],
)
def test_whole_numbers_with_vietnamese_grouping(text: str, value: int) -> None:
    assert parse_integer_input(text) == value


@pytest.mark.parametrize("text", ["1,5", "1.50", "-3", "350 người", "abc", "1.5000"])
def test_what_is_not_a_whole_number_is_refused(text: str) -> None:
    with pytest.raises(FieldInputError, match="không phải số nguyên"):
        parse_integer_input(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("150000000", 150_000_000),
        ("150.000.000", 150_000_000),
        ("150.000.000 đồng", 150_000_000),
        ("150.000.000đ", 150_000_000),
        ("150 triệu", 150_000_000),
        ("150 triệu đồng", 150_000_000),
        ("1,5 tỷ", 1_500_000_000),
        ("1 tỷ 200 triệu", 1_200_000_000),
        ("500 nghìn", 500_000),
    ],
)
def test_money_in_figures_or_with_its_unit(text: str, value: int) -> None:
    assert parse_money_input(text) == value


@pytest.mark.parametrize("text", ["khoảng 150 triệu", "150 triệu và 20 triệu nữa", "1,5", "nhiều"])
def test_money_that_is_not_one_sum_is_refused(text: str) -> None:
    with pytest.raises(FieldInputError, match="không phải số tiền"):
        parse_money_input(text)


def test_values_are_shown_the_vietnamese_way() -> None:
    assert format_integer(1_500_000) == "1.500.000"
    assert format_integer(350) == "350"
    assert format_integer(None) == ""
    assert format_integer("không rõ") == "không rõ"
    assert format_date("2024-04-05") == "05/04/2024"
    assert format_date(date(2024, 4, 5)) == "05/04/2024"
    assert format_date("đầu tháng 4") == "đầu tháng 4"
