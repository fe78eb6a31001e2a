"""Dashes and apostrophes Tesseract dropped, put back from the gaps the words left."""

from __future__ import annotations

from documents.extraction.ocr_marks import RESTORED_CONF, restore_marks
from documents.extraction.ocr_words import PageText, Word


def _line(*items: tuple[str, int], top: int = 500, conf: float = 96.0) -> list[Word]:
    """Words of one line: (text, gap before it in px); letters 24 px wide, 40 px high."""
    words: list[Word] = []
    x = 300
    for text, gap in items:
        x += gap
        width = 24 * len(text)
        words.append(Word(x, top, width, 40, conf, text))
        x += width
    return words


def _texts(page: PageText) -> list[str]:
    return [w.text for w in page.words]


def test_a_dash_and_two_spaces_wide_gap_gets_its_dash_back() -> None:
    words = _line(("Vườn", 0), ("rau", 16), ("bán", 15), ("trú", 15), ("bữa", 55), ("cơm", 16),
                  ("có", 16), ("rau", 15))  # fmt: skip
    page = restore_marks(PageText(words, 2480, 3508))
    assert " ".join(_texts(page)) == "Vườn rau bán trú – bữa cơm có rau"


def test_even_gaps_a_column_gap_and_a_gap_before_a_label_stay() -> None:
    even = _line(("Nhà", 0), ("trường", 16), ("có", 15), ("412", 16), ("học", 15), ("sinh", 16))
    column = _line(("Xác", 0), ("nhận", 16), ("của", 15), ("cấp", 15), ("ủy", 16), ("T/M", 700),
                   top=900)  # fmt: skip
    label = _line(("bản", 0), ("Sín", 16), ("Chải", 15), ("Chức", 60), ("vụ:", 15),
                  ("Trưởng", 16), ("bản", 15), top=1300)  # fmt: skip
    words = [*even, *column, *label]
    page = PageText(words, 2480, 3508)
    assert restore_marks(page) is page


def test_no_dash_where_a_table_rule_was_taken_off() -> None:
    words = _line(("Nguyễn", 0), ("Văn", 16), ("An", 15), ("Hội", 55), ("viên", 16), ("mới", 15))
    rule_x = words[2].right + 25
    page = PageText(words, 2480, 3508, v_rules=((rule_x, 400, 600),))
    assert restore_marks(page) is page


def test_a_lone_capital_touching_a_name_is_one_name_with_an_apostrophe() -> None:
    words = _line(("bà", 0), ("mẹ", 16), ("H", 15), ("Mông", 3), ("sinh", 16), ("con", 15))
    page = restore_marks(PageText(words, 2480, 3508))
    assert _texts(page) == ["bà", "mẹ", "H'Mông", "sinh", "con"]
    joined = page.words[2]
    assert joined.conf <= RESTORED_CONF
    assert (joined.left, joined.right) == (words[2].left, words[3].right)


def test_a_lone_capital_at_an_ordinary_space_or_a_vowel_stays() -> None:
    spaced = _line(("Chi", 0), ("bộ", 16), ("B", 15), ("Nà", 16), ("Sáng", 15), ("xã", 16))
    vowel = _line(("ông", 0), ("Y", 16), ("Moan", 2), ("Niê", 16), ("xã", 15), top=900)
    page = PageText([*spaced, *vowel], 2480, 3508)
    assert restore_marks(page) is page


def test_a_gap_where_the_lines_nearby_start_a_column_is_a_borderless_table() -> None:
    label = _line(("Nội", 0), ("dung,", 16), ("giải", 15), ("pháp", 16), ("Tổ", 55), ("chức", 16),
                  ("6", 15), ("buổi", 16))  # fmt: skip
    value_x = label[4].left
    above = [
        Word(300, 400, 96, 40, 96.0, "Tên"),
        Word(412, 400, 96, 40, 96.0, "mô"),
        Word(value_x, 400, 120, 40, 96.0, "Chợ"),
        Word(value_x + 136, 400, 72, 40, 96.0, "quê"),
    ]
    page = PageText([*above, *label], 2480, 3508)
    assert restore_marks(page) is page


def test_no_dash_in_a_ruled_table_whose_column_rule_was_not_traced_that_far() -> None:
    words = _line(("Người", 0), ("phụ", 16), ("trách", 15), ("Điểm", 55), ("Xếp", 16), ("loại", 15))
    rules = ((440, 250, 2300), (600, 250, 2300))  # the header's rules above and below
    page = PageText(words, 2480, 3508, h_rules=rules)
    assert restore_marks(page) is page


def test_no_dash_in_a_row_of_columns() -> None:
    words = _line(("TT", 0), ("Đơn", 120), ("vị", 16), ("Người", 150), ("phụ", 16), ("trách", 15),
                  ("Điểm", 55), ("Xếp", 90))  # fmt: skip
    page = PageText(words, 2480, 3508)
    assert restore_marks(page) is page


def _dash(left: int, width: int, top: int = 500) -> Word:
    """A dash Tesseract read as "-", on a line of 40 px high words."""
    return Word(left, top + 18, width, 4, 95.0, "-")


def test_a_dash_as_wide_as_an_en_dash_is_one_and_a_hyphen_stays() -> None:
    wide = [
        Word(300, 500, 96, 40, 96.0, "Đường"),
        _dash(412, 26),
        Word(454, 500, 72, 40, 96.0, "hoa"),
    ]
    narrow = [Word(300, 700, 96, 40, 96.0, "Kinh"), _dash(412, 13, top=700),
              Word(441, 700, 72, 40, 96.0, "Mường")]  # fmt: skip
    page = restore_marks(PageText([*wide, *narrow], 2480, 3508))
    assert _texts(page) == ["Đường", "–", "hoa", "Kinh", "-", "Mường"]


def test_a_dash_wider_than_an_en_dash_is_left_as_read() -> None:
    words = [
        Word(300, 500, 96, 40, 96.0, "Đường"),
        _dash(412, 60),
        Word(490, 500, 72, 40, 96.0, "x"),
    ]
    page = PageText(words, 2480, 3508)
    assert _texts(restore_marks(page)) == ["Đường", "-", "x"]
