"""Name keys: the ways one name is written fold to one key; different names stay different."""

from __future__ import annotations

import pytest

from documents.names import KeyMaker, fold, numbers_of, text_key, years_in

COMMUNE = KeyMaker.for_names(
    [
        ["Công an xã", "Công an xã Nghĩa Thái"],
        ["Hội Nông dân xã", "Hội Nông dân xã Nghĩa Thái"],
        ["Chi bộ Trạm Y tế", "Chi bộ Trạm Y tế xã", "Chi bộ Trạm y tế Nghĩa Thái"],
        ["Hội Khuyến học xã", "Hội Khuyến học xã Nghĩa Thái"],
        ["Chi bộ Cơ quan", "Chi bộ Cơ quan xã"],
        ["Hội LHPN", "Hội LHPN xã"],
    ]
)


def test_fold_maps_d_bar_and_unifies_tone_placement() -> None:
    assert fold("ĐOÀN Thanh niên") == "doan thanh nien"
    assert fold("Hoà Bình") == fold("Hòa Bình") == "hoa binh"
    assert fold("Uỷ ban") == fold("Ủy ban") == "uy ban"
    decomposed = "Chi bo\u0323 xo\u0301m"  # combining marks, as Windows-1258 leaves them
    assert fold(decomposed) == "chi bo xom"


def test_filler_is_learnt_from_the_directory() -> None:
    assert set(COMMUNE.fillers) == {("nghia", "thai"), ("xa",)}
    assert KeyMaker.for_names([["Công an xã", "Công an xã Nghĩa Thái"]]).fillers == ()


@pytest.mark.parametrize(
    "text",
    ["Chi bộ xóm 3", "CHI BỘ XÓM BA", "Chi bộ Xóm III", "chi bo xom 03", "CB X3",
     "Chi ủy - Chi bộ xóm 3", "Chi bộ X 3", "Chi bộ xóm ba xã Nghĩa Thái"],
)  # fmt: skip
def test_number_forms_meet(text: str) -> None:
    assert COMMUNE.key(text) == "chi bo xom 3"


def test_compound_number_words() -> None:
    assert COMMUNE.key("Chi bộ xóm Mười Một") == "chi bo xom 11"
    assert COMMUNE.key("Xóm Hai mươi mốt") == "xom 21"
    assert COMMUNE.key("Xóm XIV") == "xom 14"
    assert numbers_of(COMMUNE.key("Chi bộ xóm 1")) != numbers_of(COMMUNE.key("Chi bộ xóm 11"))


def test_number_words_outside_place_names_are_words() -> None:
    assert COMMUNE.key("Ủy ban MTTQ Việt Nam") == "mat tran to quoc"
    assert COMMUNE.key("Chi bộ xóm Đồng Tâm") == "chi bo xom dong tam"


@pytest.mark.parametrize(
    ("texts", "key"),
    [
        (["MTTQ xã", "UBMTTQ xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Nghĩa Thái",
          "Ban Thường trực UBMTTQ xã", "UBMT xã"], "mat tran to quoc"),
        (["HPN xã", "Hội LHPN", "HLHPN", "Hội Phụ nữ xã", "BCH Hội LHPN xã",
          "Hội Liên hiệp Phụ nữ xã Nghĩa Thái"], "hoi lien hiep phu nu"),
        (["HND xã", "Hội ND xã", "Hội Nông dân"], "hoi nong dan"),
        (["Hội CCB", "HCCB", "CCB xã", "Hội Cựu chiến binh xã"], "hoi cuu chien binh"),
        (["ĐTN xã", "Đoàn TN xã", "Đoàn TNCS Hồ Chí Minh xã", "Xã Đoàn Nghĩa Thái"],
         "doan thanh nien"),
        (["BCHQS xã", "Ban CHQS xã", "BCH Quân sự xã", "Ban Chỉ huy Quân sự xã"],
         "ban chi huy quan su"),
        (["CA xã", "Công an xã Nghĩa Thái"], "cong an"),
        (["Chi bộ CA xã", "CB Công an"], "chi bo cong an"),
        (["CB TYT", "Chi bộ Trạm Y tế xã"], "chi bo tram y te"),
        (["CB Trường MN", "Chi bộ trường mầm non"], "chi bo truong mam non"),
        (["Chi bộ HTX", "Chi bộ Hợp tác xã"], "chi bo hop tac xa"),
        (["UBND xã", "Uỷ ban nhân dân xã"], "uy ban nhan dan"),
    ],
)  # fmt: skip
def test_abbreviations_meet(texts: list[str], key: str) -> None:
    assert {COMMUNE.key(t) for t in texts} == {key}


def test_near_names_keep_distinct_keys() -> None:
    assert COMMUNE.key("Chi bộ Công an xã") != COMMUNE.key("Công an xã")
    assert COMMUNE.key("Chi bộ Trường TH") != COMMUNE.key("Chi bộ Trường THCS")


def test_free_text_keys_and_years() -> None:
    assert text_key("  “Đường   xóm SẠCH” ") == "duong xom sach"
    assert years_in(text_key("DK_DVK_2023_Xom3")) == {2023}
    assert years_in("báo cáo năm 2024, giai đoạn 2021 2025") == {2024, 2021, 2025}


def test_hamlet_words_and_lettered_numbers() -> None:
    assert COMMUNE.key("Chi bộ thôn 3") == COMMUNE.key("Chi bộ Xóm 3") == COMMUNE.key("CB thon3")
    assert numbers_of(COMMUNE.key("Chi bộ xóm 3A")) == ("3a",)
    assert COMMUNE.key("HỘI NÔNG DÂN VIỆT NAM") == "hoi nong dan"
