"""Values in sentences (`fields/prose.py`) of a public notice's opening and results, in our
own words (invented units, places and figures)."""

from __future__ import annotations

import pytest

from documents.extraction.fields.prose import (
    location,
    model_name,
    names_a_person,
    participant_counts,
    sums,
    title_model_name,
)


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


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (  # the movement's quote, the kind, an aside and the verb between name and place
            "Về mô hình “Dân vận khéo” cá nhân “Loa phát thanh bản Mường” (lĩnh vực văn hóa) "
            "đăng ký tại bản Hua Pe, kết quả như sau:",
            "bản Hua Pe",
        ),
        (  # a counted place after a bracketed aside; "bản thân" is no village
            "Thực hiện mô hình “Dân vận khéo” “Sữa cho bé” (mô hình cá nhân; lĩnh vực y tế) ở "
            "5 bản vùng sâu, bản thân đã:",
            "5 bản vùng sâu",
        ),
        (  # a venue, not a village
            "Nhà trường thực hiện mô hình “Vườn rau của em” (lĩnh vực giáo dục) tại khu nội trú "
            "của trường. Kết quả:",
            "khu nội trú của trường",
        ),
        (  # the owner between the name and its venue
            "Bên A xây dựng mô hình “Dân vận khéo” của Chi đoàn bản Lả tại nhà văn hóa bản Lả; "
            "Bên A cam kết:",
            "nhà văn hóa bản Lả",
        ),
        (  # a ceremony's title may still place the model in a village
            "Lễ ra mắt mô hình “Đèn đường bản em” tại bản Co Lắc (ông Lò Văn Ón)",
            "bản Co Lắc",
        ),
        (  # a canal the model runs along, its stretch in brackets
            "Chi bộ đăng ký mô hình “Bờ kênh xanh” tại tuyến kênh Xẻo Lá (từ cầu Một đến "
            "vàm Xẻo Lá), do đồng chí Trần Văn Út phụ trách.",
            "tuyến kênh Xẻo Lá",
        ),
        (  # a pagoda that runs the model
            "Ban Quản trị đăng ký thực hiện mô hình “Dân vận khéo” “Lớp chữ mùa hè” tại chùa "
            "Cà Đước, từ ngày 01/6 đến ngày 20/8/2027.",
            "chùa Cà Đước",
        ),
    ],
)
def test_the_place_after_the_models_name_and_what_stands_between(sentence: str, place: str) -> None:
    assert location(sentence) == place


def test_a_ceremonys_hall_is_not_where_the_model_runs() -> None:
    """'Lễ ra mắt mô hình “X” tại nhà văn hóa …': where people meet for the launch."""
    assert location("Lễ ra mắt mô hình “Đèn đường bản em” tại nhà văn hóa bản Co Lắc.") is None


def test_the_models_name_after_the_movement_and_its_kind() -> None:
    """'mô hình “Dân vận khéo” cá nhân “X”': the second quote is the model's name."""
    text = "Về mô hình “Dân vận khéo” cá nhân “Loa phát thanh bản Mường” (lĩnh vực văn hóa):"
    assert model_name(text) == "Loa phát thanh bản Mường"


def test_a_name_shouted_in_a_headline_is_read_as_the_sentence_writes_it() -> None:
    text = (
        "MÔ HÌNH “GÓC SÁCH CHO EM” – NHÌN LẠI MỘT NĂM\n"
        "Năm qua, Chi đoàn thực hiện mô hình “Góc sách cho em” tại nhà văn hóa bản Lả."
    )
    assert model_name(text) == "Góc sách cho em"
    assert model_name("MÔ HÌNH “GÓC SÁCH CHO EM” – NHÌN LẠI MỘT NĂM") == "GÓC SÁCH CHO EM"


def test_the_count_a_figure_rose_from_is_not_the_count_now() -> None:
    """'tăng từ 96 hộ lên 130 hộ': the households giving now are 130."""
    numbers, _ = participant_counts("Số hộ đóng góp tăng từ 96 hộ lên 130 hộ.")
    assert numbers[0].value == 130
    numbers, _ = participant_counts("Từ 40 hộ tham gia, nay đã có 75 hộ.")
    assert numbers[0].value == 40  # no 'lên' after it: a count like any other


def test_a_person_named_with_a_form_of_address() -> None:
    assert names_a_person("Mọi ý kiến xin liên hệ ông Đèo Văn Sinh, điện thoại 0912 …")
    assert not names_a_person("Mọi ý kiến xin liên hệ đồng chí Trưởng bản.")


def test_an_agreements_title_names_the_model_it_funds() -> None:
    """'Về việc hỗ trợ xây dựng “X”': the quoted name the agreement supports; a title that only
    builds something quoted, without support, names no model by itself."""
    assert title_model_name("BẢN THỎA THUẬN Về việc hỗ trợ xây dựng “Bếp ăn cho em” (Số 02)") == (
        "Bếp ăn cho em"
    )
    assert title_model_name("Về việc tài trợ xây dựng “Dân vận khéo” năm 2026") is None
    assert title_model_name("KẾ HOẠCH Triển khai “Tháng hành động vì môi trường”") is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (  # a time phrase after the places
            "Hội Cựu chiến binh xã đăng ký mô hình “Đèn sáng ven sông”, thực hiện tại xóm Bãi "
            "Dâu và xóm Gò Me trong năm 2027.",
            "xóm Bãi Dâu và xóm Gò Me",
        ),
        (  # a month the work starts in
            "Chi đoàn thực hiện mô hình “Sân chơi cho em” tại thôn Lũng Cáy từ tháng 4/2027, do "
            "anh Vàng Seo Lử phụ trách.",
            "thôn Lũng Cáy",
        ),
        (  # an apposition after a dash that counts the places
            "Hội Nông dân ra mắt mô hình “Tổ nước sạch” tại bản Nậm Xe và bản Pá Hốc – hai bản "
            "năm ngoái còn thiếu nước.",
            "bản Nậm Xe và bản Pá Hốc",
        ),
        (  # a dash inside the place itself stays
            "Đoàn xã thực hiện mô hình “Đường hoa thanh niên” tại tuyến đường Cốc Pàng – mốc 45.",
            "tuyến đường Cốc Pàng – mốc 45",
        ),
        (  # a village named by a number word is no year
            "Chi bộ xây dựng mô hình “Ngõ sạch” tại ấp Năm Căn.",
            "ấp Năm Căn",
        ),
    ],
)
def test_the_place_ends_before_a_time_phrase_or_an_apposition(sentence: str, place: str) -> None:
    """The sentence goes on after the places: a year, a month or what the places are like."""
    assert location(sentence) == place


def test_the_ground_a_sentence_lists_after_a_semicolon() -> None:
    """'…; lĩnh vực …; địa bàn: …': the place among the model's particulars in one sentence."""
    sentence = (
        "Chi bộ đăng ký mô hình cá nhân “Giúp hộ nghèo nuôi bò” do đồng chí Lê Văn Tư trực tiếp "
        "thực hiện; lĩnh vực kinh tế; địa bàn: các hộ chăn nuôi xóm Đồng Cao."
    )
    assert location(sentence) == "các hộ chăn nuôi xóm Đồng Cao"
    assert location("Báo cáo về địa bàn: tình hình chung.") is None  # no semicolon, no list


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Ban chỉ đạo lập 4 nhóm với 27 thành viên là hội viên nòng cốt.", 27),
        ("15 đoàn viên thay nhau trực điểm phát nước uống mỗi chiều.", 15),
        ("Anh cùng 9 y tá thôn đến từng nhà nhắc tiêm chủng; 140 trẻ được tiêm đủ.", 9),
        ("14 hộ thành viên góp vốn mua máy sấy chè.", 14),
    ],
)
def test_counts_of_people_working_together_say_who_takes_part(sentence: str, count: int) -> None:
    numbers, said = participant_counts(sentence)
    assert said == 1
    assert numbers[0].value == count


def test_a_comparison_is_no_count_of_taking_part() -> None:
    _, said = participant_counts("Năm nay có 90 hộ, tăng so với 70 hộ năm trước.")
    assert said == 0


def test_a_bank_loan_named_with_its_lender_is_no_sum_raised() -> None:
    numbers, said = sums(
        "Các hộ góp 300 triệu đồng dựng xưởng.\nVay Ngân hàng Chính sách 200 triệu đồng mua giống."
    )
    assert said == 1
    assert [n.value for n in numbers] == [300_000_000]
