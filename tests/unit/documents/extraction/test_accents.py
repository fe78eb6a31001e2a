"""The OCR diacritics stage (`documents.extraction.accents`): what it mends, what it must leave
alone, and that a mended value never becomes confident by itself."""

from __future__ import annotations

import pytest

from documents.extraction import ocr
from documents.extraction.accents import (
    bare,
    mend,
    place_name,
    tone_key,
    use_campaign_words,
    with_marks,
)
from documents.extraction.fields import read_fields
from documents.extraction.lexicon import vietnamese_words
from documents.extraction.text import Block, BlockKind, DocumentText

SURE, UNSURE = 96.0, 55.0


@pytest.fixture(autouse=True)
def _dictionary() -> None:
    if not vietnamese_words():
        from tests.conftest import unavailable

        unavailable("Tesseract's Vietnamese language data (vie) and dawg2wordlist are needed")


def test_letters_without_marks_and_tone_placement() -> None:
    assert bare("Đổi") == "đoi" and bare("NGƯỜI") == "nguoi"
    assert tone_key("hóa") == tone_key("hoá") != tone_key("hoà")
    assert with_marks("CONG", "cổng") == "CỔNG"
    assert with_marks("hòa", "hoá") == "hóa"  # the form's own placement of the tone is kept


def test_a_word_that_is_no_syllable_is_mended_by_its_neighbour() -> None:
    assert mend("Hội đông nhân dân", [SURE, UNSURE, SURE, SURE]) == ("Hội đồng nhân dân", ("đồng",))
    assert mend("TIN TÚC", [SURE, UNSURE])[0] == "TIN TỨC"  # capitals keep their case


def test_an_unsure_real_syllable_is_mended_when_one_word_fits() -> None:
    assert mend("Đơn vi: Chi bộ", [SURE, UNSURE, SURE, SURE])[0] == "Đơn vị: Chi bộ"
    assert mend("đề án chuyến đối số", [SURE, SURE, UNSURE, UNSURE, SURE])[0] == (
        "đề án chuyển đổi số"
    )


def test_a_real_syllable_tesseract_was_sure_of_stays() -> None:
    assert mend("Đơn vi", [SURE, SURE]) == ("Đơn vi", ())


def test_an_unsure_common_word_never_becomes_a_much_rarer_one() -> None:
    assert mend("Quyết định số 12", [SURE, SURE, 45.0, SURE]) == ("Quyết định số 12", ())
    assert mend("Chi bộ có 30 đảng viên", [SURE, SURE, 60.0, SURE, SURE, SURE])[1] == ()


def test_typed_text_is_never_changed() -> None:
    for text in ("Kết quả đạt được rất tốt", "Bảo vệ môi trường, giữ gìn cảnh quan",
                 "Ông Trần Văn Hùng, Trưởng thôn", "tổ chức 12 buổi sinh hoạt"):  # fmt: skip
        assert mend(text) == (text, ())


def test_a_word_that_fits_its_other_neighbour_is_kept() -> None:
    # "quả đất" is a word, but "kết quả" already holds "quả", and Tesseract was sure of "đạt"
    assert mend("kết quả đạt", [SURE, SURE, SURE]) == ("kết quả đạt", ())


def test_ambiguous_candidates_change_nothing() -> None:
    # "hoá giai" could be "hoà giải" (to mediate) or "hoá giải" (to defuse)
    assert mend("hoá giai", [UNSURE, UNSURE]) == ("hoá giai", ())


def test_names_are_mended_only_towards_the_units_file() -> None:
    assert mend("Lê Thị Hường", [UNSURE, UNSURE, UNSURE]) == ("Lê Thị Hường", ())
    assert mend("Lê Thị Hưòng", [UNSURE, UNSURE, UNSURE])[0] == "Lê Thị Hưòng"
    with use_campaign_words(["Lê Thị Hường", "Chi hội Cựu chiến binh thôn Bãi Sậy"]):
        assert mend("Lê Thị Hưòng", [SURE, SURE, UNSURE])[0] == "Lê Thị Hường"
        assert mend("THÔN BÃI SÂY", [SURE, SURE, SURE])[0] == "THÔN BÃI SẬY"
        # a name of the units file as written is never touched
        assert mend("Chi hội Cựu chiến binh thôn Bãi Sậy") == (
            "Chi hội Cựu chiến binh thôn Bãi Sậy",
            (),
        )
    assert mend("THÔN BÃI SÂY", [SURE, SURE, SURE]) == ("THÔN BÃI SÂY", ())


def test_the_place_of_a_units_name_counts_as_a_name_of_its_own() -> None:
    assert place_name("Chi hội Cựu chiến binh thôn Bãi Sậy") == "thôn Bãi Sậy"
    assert place_name("Chi bộ xóm 7") is None and place_name("Hội Nông dân") is None


def test_a_units_file_name_changes_a_sure_word_only_when_written_whole() -> None:
    with use_campaign_words(["Chi bộ xóm Sáu", "Chi bộ Cơ quan xã"]):
        assert mend("xóm sau khi", [SURE, SURE, SURE]) == ("xóm sau khi", ())
        assert mend("Chi bộ xóm Sau", [SURE, SURE, SURE, SURE])[0] == "Chi bộ xóm Sáu"
        # "Chi bộ có 12" begins like "Chi bộ Cơ quan" but is not that name
        assert mend("Chi bộ có 12 đảng viên", [SURE] * 5) == ("Chi bộ có 12 đảng viên", ())


def test_a_page_is_mended_line_by_line_and_its_blocks_name_the_mended_words() -> None:
    words = [ocr.Word(100, 100, 90, 30, SURE, "Tên"), ocr.Word(200, 100, 90, 30, SURE, "đơn"),
             ocr.Word(300, 100, 60, 30, UNSURE, "vi:"), ocr.Word(380, 100, 90, 30, SURE, "Chi"),
             ocr.Word(480, 100, 90, 30, SURE, "bộ")]  # fmt: skip
    mended: set[str] = set()
    page = ocr.mend_accents(ocr.PageText(words, 2480, 3508), mended)
    assert [w.text for w in page.words] == ["Tên", "đơn", "vị:", "Chi", "bộ"]
    assert mended == {"vị"}
    doc = DocumentText(source="image-ocr")
    doc.paragraph("Tên đơn vị: Chi bộ")
    assert ocr._mark_mended(doc.blocks[0], mended).mended == ("vị",)


def test_a_phrase_wrapped_in_its_column_is_mended_across_the_line_end() -> None:
    """'Chỉ' ends one line of a narrow cell and 'hội' starts the next: one phrase."""
    words = [ocr.Word(1500, 100, 120, 30, SURE, "Chức"), ocr.Word(1630, 100, 90, 30, SURE, "vụ"),
             ocr.Word(1500, 140, 120, 30, SURE, "trưởng"),
             ocr.Word(1630, 140, 60, 30, UNSURE, "Chỉ"),
             ocr.Word(1500, 180, 80, 30, SURE, "hội"), ocr.Word(1590, 180, 110, 30, SURE, "Nông"),
             # a column far to the left on the same rows is another text
             ocr.Word(100, 140, 90, 30, SURE, "Ghi"), ocr.Word(200, 140, 60, 30, SURE, "chú")]  # fmt: skip
    mended: set[str] = set()
    page = ocr.mend_accents(ocr.PageText(words, 2480, 3508), mended)
    assert [w.text for w in page.words][3] == "Chi"
    assert mended == {"chi"}
    assert ocr._wrapped([[[words[6], words[7]], [words[2], words[3]]]]) == [
        [[words[6], words[7]]],
        [[words[2], words[3]]],
    ]


def test_a_mended_value_is_never_confident_alone() -> None:
    def read(mended: tuple[str, ...]) -> tuple[float, str]:
        doc = DocumentText(source="image-ocr")
        doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO")
        doc.paragraph("Tên mô hình: Tuổi trẻ chung tay chuyển đổi số")
        doc.blocks[-1] = Block(BlockKind.PARAGRAPH, doc.blocks[-1].cells, quality=(0.97,),
                               mended=mended)  # fmt: skip
        doc.ocr_confidence = 0.97
        result = read_fields(doc)
        return result.confidence["model_name"], result.doubts.get("model_name", "")

    plain, _ = read(())
    mended, why = read(("đổi",))
    assert mended < 0.9 and "đổi" in why
    assert plain > mended


def test_a_hook_read_as_an_acute_is_mended_towards_a_far_more_common_syllable() -> None:
    """Photos: hỏi read as sắc on a real but rare syllable that makes no word around it."""
    assert mend("Điếm sinh hoạt cộng đồng", [SURE] * 5) == (
        "Điểm sinh hoạt cộng đồng",
        ("Điểm",),
    )
    assert mend("Lớp Tiếu học", [SURE] * 3)[0] == "Lớp Tiểu học"


def test_a_hook_read_as_an_acute_is_mended_when_it_makes_the_word_with_a_neighbour() -> None:
    # "tố" and "tổ" are both common, but only "tổ chức" is a word
    assert mend("Tố chức hội nghị", [SURE] * 4) == ("Tổ chức hội nghị", ("Tổ",))
    # "Tuối" is no syllable; "tuổi trẻ" and "tươi trẻ" are words: the hook alone is the slip
    assert mend("Tuối trẻ Nghĩa Thái", [SURE] * 4)[0] == "Tuổi trẻ Nghĩa Thái"
    # an acute that already makes a word stays
    assert mend("giá bán lẻ", [SURE] * 3) == ("giá bán lẻ", ())


def test_a_hook_is_not_put_on_common_words_words_in_context_or_typed_text() -> None:
    # "tố" and "tổ" are both common: no guess, even where "tổ" is meant
    assert mend("Tố hòa giải thôn", [SURE] * 4)[0] == "Tố hòa giải thôn"
    # "số" is far more common than "sổ"; "lý" makes a word with its neighbour
    assert mend("Có số liệu quản lý", [SURE] * 5)[0] == "Có số liệu quản lý"
    # typed text has no confidence: only non-syllables change there
    assert mend("Điếm sinh hoạt cộng đồng")[0] == "Điếm sinh hoạt cộng đồng"
