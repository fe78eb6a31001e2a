"""Scans: readings OCR may have spoilt without showing it stay below the confident band.
Small layouts of our own (invented units, people and wording)."""

from __future__ import annotations

from documents.extraction import ocr, read_fields
from documents.extraction.accents import slip_doubts
from documents.extraction.fields.confidence import SIGNED_FOR_ANOTHER
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _words(top: int, left: int, *texts: str, gap: int = 14) -> list[ocr.Word]:
    """Words of one OCR line, 40 px high, `gap` px apart."""
    out, x = [], left
    for text in texts:
        width = 22 * len(text)
        out.append(ocr.Word(x, top, width, 40, 95, text))
        x += width + gap
    return out


def _page(model_line: list[ocr.Word]) -> ocr.PageText:
    words = [
        *_words(100, 300, "ĐƠN", "ĐĂNG", "KÝ", "MÔ", "HÌNH"),
        *model_line,
        *_words(300, 200, "Đơn", "vị:", "Chi", "đoàn", "thôn", "Na", "Ri"),
    ]
    return ocr.PageText(words, 2400, 3400)


def _model(model_line: list[ocr.Word]) -> tuple[object, float]:
    doc = ocr.layout_like_pdf([_page(model_line)], "pdf-ocr")
    assert doc is not None
    doc.source = "pdf-ocr"
    result = read_fields(doc)
    return result.fields["model_name"], result.confidence["model_name"]


def test_a_gap_where_ocr_dropped_a_dash_keeps_the_name_below_confident() -> None:
    """'Đèn đường thôn' ⟨gap of a lost dash⟩ 'ngõ xóm sáng': read, but not ≥ 0.9."""
    head = _words(200, 200, "Tên", "mô", "hình:", "Đèn", "đường", "thôn")
    tail = _words(200, head[-1].right + 50, "ngõ", "xóm", "sáng")
    name, conf = _model(head + tail)
    assert name == "Đèn đường thôn ngõ xóm sáng"
    assert conf < 0.9


def test_ordinary_spaces_and_a_label_after_a_gap_stay_confident() -> None:
    line = _words(200, 200, "Tên", "mô", "hình:", "Đèn", "đường", "thôn", "ngõ", "xóm", "sáng")
    assert _model(line)[1] >= 0.9


def test_a_label_after_a_gap_parts_two_fields_and_spoils_neither() -> None:
    line = _words(200, 200, "Tên", "mô", "hình:", "Đèn", "đường", "thôn")
    person = _words(400, 200, "Người", "phụ", "trách:", "Lò", "Văn", "Minh")
    position = _words(400, person[-1].right + 50, "Chức", "vụ:", "Bí", "thư")
    doc = ocr.layout_like_pdf([ocr.PageText([*_page(line).words, *person, *position],
                                            2400, 3400)], "pdf-ocr")  # fmt: skip
    assert doc is not None
    result = read_fields(doc)
    assert result.fields["leader_name"] == "Lò Văn Minh"
    assert result.confidence["leader_name"] >= 0.9


def test_a_word_whose_hook_ocr_may_have_read_as_an_acute_is_kept_but_not_sure() -> None:
    """'Cống' or 'Cổng', 'Tố' or 'Tổ': both common words; kept as read, below 0.9."""
    line = _words(200, 200, "Tên", "mô", "hình:", "Cống", "làng", "sáng", "đèn")
    name, conf = _model(line)
    assert name == "Cống làng sáng đèn"
    assert conf < 0.9
    assert slip_doubts("Tố tự quản đường làng") == ["Tố"]


def test_names_and_words_in_a_known_word_are_no_hook_doubt() -> None:
    assert slip_doubts("Chi hội Phú Lạc") == []  # a place's name: spelt as given
    assert slip_doubts("Tổ tuần tra ban đêm") == []
    assert slip_doubts("Vườn cây cánh quạt") == []  # "cánh quạt" is a word


def _signed_doc(signature: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["ỦY BAN MTTQ VIỆT NAM\nXÃ SƠN THỦY", MOTTO], table=1)
    doc.paragraph("BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH")
    doc.paragraph("Tên mô hình: Vườn rau sạch bên suối")
    doc.row(["Nơi nhận:\n- Lưu.", signature], table=9)
    return doc


def test_a_superior_header_unit_is_unsure_when_the_signer_signs_for_another_body() -> None:
    """'TM. BAN CÔNG TÁC MẶT TRẬN' (its place lost) under a commune body's header: whose form?"""
    result = read_fields(_signed_doc("TM. BAN CÔNG TÁC MẶT TRẬN\nTRƯỞNG BAN\nLò Văn Minh"))
    assert result.confidence["unit_name"] < 0.9
    assert SIGNED_FOR_ANOTHER in result.doubts["unit_name"]


def test_the_body_s_own_organ_signing_leaves_the_header_unit_as_it_was() -> None:
    organ = read_fields(_signed_doc("TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLò Văn Minh"))
    assert SIGNED_FOR_ANOTHER not in organ.doubts.get("unit_name", "")


def test_an_acute_whose_hook_twin_is_about_as_common_is_a_doubt() -> None:
    """'biến' (change) and 'biển' (sea) are both everyday words: a scan's 'ven biến' may be
    either, though 'biến' is the slightly commoner of the two."""
    assert "biến" in slip_doubts("Bãi tắm sạch ven biến")
    assert slip_doubts("Bãi tắm sạch ven biển") == []


def _location(value: list[str], *more: str) -> tuple[object, float]:
    line = _words(200, 200, "Tên", "mô", "hình:", "Đèn", "đường", "thôn", "ngõ", "xóm", "sáng")
    place = _words(400, 200, "Địa", "bàn:", *value)
    note = _words(600, 200, *more) if more else []
    doc = ocr.layout_like_pdf([ocr.PageText([*_page(line).words, *place, *note], 2400, 3400)],
                              "pdf-ocr")  # fmt: skip
    assert doc is not None
    doc.source = "pdf-ocr"
    result = read_fields(doc)
    return result.fields["location"], result.confidence["location"]


def test_a_lone_digit_of_a_scanned_place_is_not_sure() -> None:
    """'7 tổ dân phố' may be '1 tổ': one glyph, nothing on the page to check it by."""
    place, conf = _location(["7", "tổ", "dân", "phố"])
    assert place == "7 tổ dân phố"
    assert conf < 0.9


def test_a_digit_the_document_writes_twice_is_confirmed() -> None:
    place, conf = _location(["7", "tổ", "dân", "phố"], "Ghi", "chú:", "đã", "họp", "7", "tổ")
    assert place == "7 tổ dân phố"
    assert conf >= 0.9


def test_a_scanned_place_without_digits_stays_confident() -> None:
    place, conf = _location(["thôn", "Na", "Ri"])
    assert place == "thôn Na Ri"
    assert conf >= 0.9
