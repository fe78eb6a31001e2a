"""Fields that came back empty on scans and photos while the typed twin read right, each class
on a small OCR-like text of our own (invented units and people), through the whole reader."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.normalise import parse_domain, parse_model_type
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _scan(*lines: str) -> DocumentText:
    doc = DocumentText(source="pdf-ocr")
    doc.ocr_confidence = 0.95
    doc.row(["CHI BỘ THÔN BẾN ĐÒ", MOTTO], table=1)
    for line in lines:
        doc.paragraph(line)
    return doc


def test_ocr_reads_empty_boxes_as_letters_and_brackets() -> None:
    """'☐' comes back as 'L]', 'LÌ]', 'TT]', '{ ]': still an empty box, never a tick."""
    assert parse_model_type("Tập thể[X] Cá nhân{ ]") == ("collective", False)
    assert parse_domain("[x] Kinh tế ] Văn hóa - xã hội LÌ] Quốc phòng - an ninh") == (
        "economy",
        False,
    )


def test_the_one_option_without_its_empty_box_is_the_ticked_one_but_only_inferred() -> None:
    """OCR drops a ticked box more often than an empty one: the only option left without a box
    is the ticked one, returned with ambiguous=True so the reader keeps it doubtful."""
    assert parse_model_type("Tập thể LÌ] Cá nhân") == ("collective", True)
    line = "Ll Kinh tế TT] Văn hóa - xã hội Quốc phòng - an ninh _L] Xây dựng hệ thống chính trị"
    assert parse_domain(line) == ("security_defense", True)
    # two options without a box, or none boxed at all: no guess
    assert parse_domain("L] Kinh tế Văn hóa - xã hội Quốc phòng - an ninh") == (None, True)
    assert parse_model_type("Tập thể Cá nhân") == (None, True)


def test_an_inferred_tick_is_read_but_never_confident() -> None:
    doc = _scan(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Bến đò sáng đèn",
        "Lĩnh vực: L] Kinh tế   Văn hóa - xã hội   LÌ] Quốc phòng - an ninh",
    )
    result = read_fields(doc)
    assert result.fields["domain"] == "culture_society"
    assert result.confidence["domain"] < 0.9


def test_stamp_and_signature_strokes_before_the_signer_are_not_part_of_it() -> None:
    """The stamp's edge and the signature's stroke come back as 'l4', 'N _' before the lines."""
    doc = _scan(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Bến đò sáng đèn",
        "Kết quả đạt được: lắp 40 bóng đèn dọc bến, 120 hộ góp công.",
    )
    doc.row(["Nơi nhận:", "TM. BAN CHI ỦY"], table=9)
    doc.row(["- Lưu.", "l4 BÍ THƯ"], table=9)
    doc.row(["", "N _Vương Thị Lựu"], table=9)
    f = read_fields(doc).fields
    assert f["leader_name"] == "Vương Thị Lựu"
    assert f["leader_position"] == "Bí thư"


def test_one_letter_words_open_a_signature_line_unharmed() -> None:
    from documents.extraction.fields.people import without_mark_junk

    assert without_mark_junk("Y TẾ XÃ") == "Y TẾ XÃ"
    assert without_mark_junk("- Lưu.") == "- Lưu."
    assert without_mark_junk("5 (Ký, đóng dấu)") == "(Ký, đóng dấu)"


def test_a_line_ocr_cut_into_cells_under_a_label_alone_is_its_value() -> None:
    """'Người phụ trách' alone, then one typed line that OCR cut at a wide gap into two cells:
    the cells are the awaited value, never a label ('Ông Lê Văn Tư') and its value."""
    doc = _scan(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "1. Tên mô hình: Bến đò sáng đèn",
        "2. Người phụ trách (họ tên, chức vụ, số điện thoại)",
    )
    doc.row(["Ông Lê Văn Tư – Trưởng thôn Bến Đò", "0915.204.377"], table=2)
    doc.row(["3. Địa bàn thực hiện", ""], table=2)
    doc.row(["Bến đò thôn Bến Đò", ""], table=2)
    f = read_fields(doc).fields
    assert f["leader_name"] == "Lê Văn Tư"
    assert f["phone"] == "0915204377"
    assert f["location"] == "Bến đò thôn Bến Đò"


def test_a_signature_read_as_a_few_letters_is_not_the_position() -> None:
    """'TRƯỞNG BAN', the signature read as 'Ww/.', then the name typed under the table."""
    doc = _scan(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Bến đò sáng đèn",
        "Kết quả đạt được: lắp 40 bóng đèn dọc bến, 120 hộ góp công.",
    )
    doc.row(["Xác nhận của UBND xã", "TM. BAN CÔNG TÁC MẶT TRẬN"], table=9)
    doc.row(["(Ký, đóng dấu)", "THÔN BẾN ĐÒ\nTRƯỞNG BAN"], table=9)
    doc.paragraph("Ww/.")
    doc.paragraph("Vương Thị Lựu")
    f = read_fields(doc).fields
    assert f["leader_name"] == "Vương Thị Lựu"
    assert f["leader_position"] == "Trưởng ban"


def test_check_boxes_ocr_cut_into_cells_and_tables_stay_one_group() -> None:
    """'Lĩnh vực' alone, then two lines of boxes that OCR cut into cells, the second line in a
    table of its own; the ticked box vanished, the empty ones read 'L]', 'TT]'."""
    doc = _scan("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”", "1. Tên mô hình: Bến đò sáng đèn")
    doc.row(["2. Loại mô hình", ""], table=2)
    doc.row(["Tập thể", "LÌ] Cá nhân"], table=2)
    doc.row(["3. Lĩnh vực", ""], table=2)
    doc.row(["L] Kinh tế", "TT] Văn hóa - xã hội"], table=2)
    doc.row(["Quốc phòng - an ninh", "_L] Xây dựng hệ thống chính trị"], table=3)
    doc.row(["4. Địa bàn thực hiện", ""], table=3)
    doc.row(["Bến đò thôn Bến Đò", ""], table=3)
    result = read_fields(doc)
    assert result.fields["model_type"] == "collective"
    assert result.fields["domain"] == "security_defense"
    assert result.fields["location"] == "Bến đò thôn Bến Đò"
    assert result.confidence["domain"] < 0.9


def test_a_number_whose_stop_ocr_read_as_a_comma_still_numbers_the_label() -> None:
    """'3, Chức vụ', '7; Kinh phí', '4_ Địa bàn': the stop after the number misread."""
    from documents.extraction.fields.labels import split_number

    assert split_number("3, Chức vụ trong Hội") == ("3", "Chức vụ trong Hội")
    assert split_number("12, 5 hộ tham gia") == (None, "12, 5 hộ tham gia")  # not before a word
    doc = _scan(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "1. Họ và tên người đăng ký: Vương Thị Lựu",
        "2, Chức vụ: Chi hội trưởng",
        "3; Tên mô hình: Bến đò sáng đèn",
        "4_ Địa bàn thực hiện: Bến đò thôn Bến Đò",
    )
    f = read_fields(doc).fields
    assert f["leader_position"] == "Chi hội trưởng"
    assert f["model_name"] == "Bến đò sáng đèn"
    assert f["location"] == "Bến đò thôn Bến Đò"


def test_an_empty_box_read_without_its_bracket_is_still_an_empty_box() -> None:
    """'☐' as 'LÌ' with no bracket at all ("Tập thể LÌ Cá nhân"): still only an empty box."""
    assert parse_model_type("Tập thể LÌ Cá nhân") == ("collective", True)
    assert parse_model_type("Tập thể Cá nhân") == (None, True)


def test_a_long_option_written_with_its_last_word_misread_is_inferred() -> None:
    """'Xây dựng hệ thống chính ri': five words of the six name the option, kept doubtful."""
    assert parse_domain("Xây đụng Hệ thông Chính ri") == ("political_system", True)
    assert parse_domain("Xây dựng nông thôn") == (None, False)
