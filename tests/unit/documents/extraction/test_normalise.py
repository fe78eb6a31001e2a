"""Every normaliser on the spellings people really type."""

from __future__ import annotations

from datetime import date

import pytest

from documents.extraction.normalise import (
    Number,
    clean_long_text,
    clean_text,
    fold,
    fold_case,
    iso_date,
    key,
    parse_count,
    parse_date,
    parse_domain,
    parse_model_type,
    parse_money,
    parse_phone,
    position_case,
    strip_honorific,
    strip_quotes,
)


def test_fold_keeps_length_and_maps_d_bar() -> None:
    text = "Đảng ủy xã NGHĨA THÁI"
    assert fold(text) == "dang uy xa nghia thai"
    assert len(fold(text)) == len(text)
    assert fold_case("Đỗ Văn Lực") == "Do Van Luc"


def test_key_folds_punctuation_and_space() -> None:
    assert key("  Nội dung,   giải pháp:  ") == "noi dung giai phap"
    assert key("hoà") == key("hòa") == "hoa"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ('  "Dân vận khéo trong   làm đường".  ', "Dân vận khéo trong làm đường"),
        (
            "“Dân vận khéo trong xây dựng “Tổ liên gia tự quản””",
            "Dân vận khéo trong xây dựng “Tổ liên gia tự quản”",
        ),
        (
            "Xây dựng khu dân cư “Sáng - Xanh - Sạch - Đẹp”",
            "Xây dựng khu dân cư “Sáng - Xanh - Sạch - Đẹp”",
        ),
        ("……Thắp sáng đường quê……", "Thắp sáng đường quê"),
        ("Chi bộ xóm 3;", "Chi bộ xóm 3"),
        ("Hoa\u0300 Bi\u0300nh", "Hoà Bình"),  # combining marks (Windows-1258) become NFC
        ("  ", None),
    ],
)
def test_clean_text(raw: str, want: str | None) -> None:
    assert clean_text(raw) == want


def test_strip_quotes_keeps_unbalanced_inner_quotes() -> None:
    assert strip_quotes("“A” và “B”") == "“A” và “B”"
    assert strip_quotes("'Tên'") == "Tên"


def test_clean_long_text_keeps_inner_punctuation() -> None:
    assert clean_long_text("Mục tiêu:\n - Một.\n\n - Hai.") == "Mục tiêu: - Một. - Hai."


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Nghĩa Thái, ngày 02 tháng 4 năm 2024", date(2024, 4, 2)),
        ("Nghĩa Thái, ngày 2 tháng 04 năm 2024", date(2024, 4, 2)),
        ("02/4/2024", date(2024, 4, 2)),
        ("2/04/2024", date(2024, 4, 2)),
        ("ngày 30.8.2024", date(2024, 8, 30)),
        ("NGÀY 05 THÁNG 9 NĂM 2024", date(2024, 9, 5)),
        ("Nghĩa Thái, ngày    tháng 3 năm 2024", None),
        ("Nghĩa Thái, ngày …… tháng 3 năm 2024", None),
        ("ngày 31 tháng 2 năm 2024", None),
        ("không có ngày", None),
    ],
)
def test_parse_date(raw: str, want: date | None) -> None:
    assert parse_date(raw) == want


def test_iso_date() -> None:
    assert iso_date("Nghĩa Thái, ngày 02 tháng 4 năm 2024") == "2024-04-02"
    assert iso_date(None) is None


@pytest.mark.parametrize(
    ("raw", "value", "approximate"),
    [
        ("150 triệu đồng", 150_000_000, False),
        ("150.000.000đ", 150_000_000, False),
        ("150.000.000 VNĐ", 150_000_000, False),
        ("150.000.000 đồng", 150_000_000, False),
        ("1,5 tỷ đồng", 1_500_000_000, False),
        ("113,2 triệu đồng", 113_200_000, False),
        ("1 tỷ 200 triệu đồng", 1_200_000_000, False),
        ("gần 200 triệu đồng", 200_000_000, True),
        ("trên 1,2 tỷ đồng", 1_200_000_000, True),
        ("khoảng 50 triệu", 50_000_000, True),
        ("hơn 30.000.000 đồng", 30_000_000, True),
        ("500 nghìn đồng", 500_000, False),
    ],
)
def test_parse_money(raw: str, value: int, approximate: bool) -> None:
    assert parse_money(raw) == Number(value, approximate)


@pytest.mark.parametrize("raw", ["không có", "120 hộ", "", "4,3 km"])
def test_parse_money_refuses_non_money(raw: str) -> None:
    assert parse_money(raw) is None


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("(+84) 912345678", "0912345678"),
        ("84 912 345 678", "0912345678"),
        ("ĐT: 0900.149.843", "0900149843"),
        ("0168 345 6789", "0383456789"),  # old 11-digit mobile prefix renumbered in 2018
        ("01203456789", "0703456789"),
        ("0199 123 4567", "0591234567"),
        ("0228 3812 345", "02283812345"),  # an 11-digit landline stays
        ("số nhà 12", None),
        ("0912", None),
    ],
)
def test_parse_phone(raw: str, want: str | None) -> None:
    assert parse_phone(raw) == want


@pytest.mark.parametrize(
    ("raw", "value", "approximate"),
    [
        ("120 hộ", 120, False),
        ("350 lượt người", 350, False),
        ("1.200 người", 1200, False),
        ("khoảng 80 hội viên", 80, True),
        ("trên 2.000 lượt", 2000, True),
    ],
)
def test_parse_count(raw: str, value: int, approximate: bool) -> None:
    assert parse_count(raw) == Number(value, approximate)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Tập thể", "collective"),
        ("cá nhân", "individual"),
        ("☒ Tập thể   ☐ Cá nhân", "collective"),
        ("☐ Tập thể   ☑ Cá nhân", "individual"),
        ("Tập thể ☒   Cá nhân ☐", "collective"),
        ("Tập thể ☐   Cá nhân ■", "individual"),
        ("[x] Tập thể [ ] Cá nhân", "collective"),
        ("[ ] Tập thể [X] Cá nhân", "individual"),
        ("\uf0a8 Tập thể \uf0fe Cá nhân", "individual"),  # Wingdings after LibreOffice
        ("X Tập thể      Cá nhân", "collective"),
        ("Tập thể      X Cá nhân", "individual"),
    ],
)
def test_parse_model_type(raw: str, want: str) -> None:
    assert parse_model_type(raw) == (want, False)


def test_model_type_unticked_group_is_ambiguous_not_guessed() -> None:
    assert parse_model_type("Tập thể / Cá nhân") == (None, True)
    assert parse_model_type("☐ Tập thể ☐ Cá nhân") == (None, True)
    assert parse_model_type("☒ Tập thể ☒ Cá nhân") == (None, True)
    assert parse_model_type("không rõ") == (None, False)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Kinh tế", "economy"),
        ("văn hóa - xã hội", "culture_society"),
        ("Văn hoá-xã hội", "culture_society"),
        ("quốc phòng - an ninh", "security_defense"),
        ("An ninh - Quốc phòng", "security_defense"),
        ("xây dựng hệ thống chính trị", "political_system"),
        ("Xây dựng Đảng, chính quyền", "political_system"),
        ("Phát triển kinh tế - xã hội", "economy"),
        (
            "☐ Kinh tế ☒ Văn hóa - xã hội ☐ Quốc phòng - an ninh ☐ Xây dựng hệ thống chính trị",
            "culture_society",
        ),
    ],
)
def test_parse_domain(raw: str, want: str) -> None:
    assert parse_domain(raw) == (want, False)


def test_unknown_domain_is_none() -> None:
    assert parse_domain("Môi trường") == (None, False)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Đ/c Hà Bá Kiên", "Hà Bá Kiên"),
        ("Đồng chí Mai Thị Nga", "Mai Thị Nga"),
        ("Ông Tạ Đình Việt", "Tạ Đình Việt"),
        ("Bà Đinh Thị Thanh Lan", "Đinh Thị Thanh Lan"),
        ("Ông Bà Xuân", "Xuân"),
        ("Phạm Văn Hùng", "Phạm Văn Hùng"),
        # a degree before the name, with or without its stop (no syllable is all consonants)
        ("BSCKII Lò Thị Hiên", "Lò Thị Hiên"),
        ("ThS Vi Văn Toản", "Vi Văn Toản"),
        ("KS. Hà Văn Sinh", "Hà Văn Sinh"),
        ("Bùi Văn Ks", "Bùi Văn Ks"),
    ],
)
def test_strip_honorific(raw: str, want: str) -> None:
    assert strip_honorific(raw) == want


def test_position_case() -> None:
    assert position_case("BÍ THƯ") == "Bí thư"
    assert position_case("PHÓ CHỦ TỊCH UBND XÃ") == "Phó chủ tịch UBND xã"
    assert position_case("Trưởng Công an xã") == "Trưởng Công an xã"


def test_money_abbreviations_and_bare_amounts_under_a_money_label() -> None:
    from documents.extraction.normalise import parse_amount

    assert parse_money("350 tr") == Number(350_000_000)
    assert parse_money("12,5trđ") == Number(12_500_000)
    assert parse_money("12 trường học") is None
    assert parse_amount("350.000.000") == Number(350_000_000)
    assert parse_amount("khoảng 120000000") == Number(120_000_000, True)
    assert parse_amount("12 hộ") is None  # a small bare number is no sum of money


def test_a_count_of_groups_yields_to_the_people_counted_after_it() -> None:
    from documents.extraction.normalise import parse_count

    def value(text: str) -> int | None:
        found = parse_count(text)
        return found.value if found else None

    assert value("5 chi hội với 87 hội viên") == 87
    assert value("3 nhóm gồm 40 hộ") == 40
    assert value("50 đội viên, 120 người dân") == 50  # both are people
    assert value("4 tổ") == 4  # nothing else counted
