"""Field validators on values a reader could take by mistake."""

from __future__ import annotations

from documents.extraction.fields.validate import (
    check_amount,
    check_count,
    check_model,
    check_phone,
    check_unit,
)


def test_a_phone_without_the_zero_a_sheet_dropped_is_given_back_for_review() -> None:
    verdict = check_phone("905 318 772")
    assert verdict.value == "0905318772" and verdict.reason
    assert check_phone("12345678").value is None


def test_a_section_heading_is_never_a_unit() -> None:
    assert check_unit("KẾT QUẢ NỔI BẬT").value is None
    assert check_unit("Ban Công tác Mặt trận thôn 2").value == "Ban Công tác Mặt trận thôn 2"


def test_a_sum_beside_a_statement_that_nothing_was_mobilised_is_not_the_funds() -> None:
    said = "Không vận động đóng góp; mua loa từ kinh phí của xã (8.500.000 đồng)."
    assert check_amount(said).value is None
    assert check_amount("Hội viên đóng góp 8.500.000 đồng").value == 8_500_000


def test_a_count_of_millions_is_a_misread_figure_not_the_participants() -> None:
    assert check_count("0040002000642 người").value is None
    assert check_count("1.250 hội viên").value == 1250


def test_a_models_value_opening_with_the_word_name_is_the_name_after_it() -> None:
    """'Mô hình đăng ký:' over 'Tên: X': the small label "Tên" is no part of the name."""
    assert check_model("Tên: Già làng gõ cửa từng nhà").value == "Già làng gõ cửa từng nhà"
    assert check_model("Tên gọi: “Suối trong bản em”").value == "Suối trong bản em"
    assert check_model("Tênh hênh bản em").value == "Tênh hênh bản em"  # no label
