"""PDF reader pieces that need no sample file: running headers, glued words, wrapped lines."""

from __future__ import annotations

from typing import Any

from documents.extraction.pdf_reader import _drop_running_header, _group_lines, _unglue


def _word(text: str, x0: float, top: float, bold: bool = False) -> dict[str, Any]:
    width = 6.0 * len(text)
    font = "ABC+LiberationSerif-Bold" if bold else "ABC+LiberationSerif"
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 12, "size": 13.0,
            "fontname": font}  # fmt: skip


def test_words_become_lines_and_column_segments() -> None:
    words = [
        _word("ĐẢNG", 100, 50),
        _word("BỘ", 130, 50.5),
        _word("ĐẢNG", 330, 51),
        _word("CỘNG", 360, 50),
    ]
    (line,) = _group_lines(words, 0)
    assert [s[2] for s in line.segments] == ["ĐẢNG BỘ", "ĐẢNG CỘNG"]


def test_bold_lead_in_becomes_a_tab() -> None:
    words = [_word("Tên", 90, 100, True), _word("mô", 112, 100, True), _word("hình", 128, 100, True),
             _word("Đường", 156, 100), _word("hoa", 190, 100)]  # fmt: skip
    (line,) = _group_lines(words, 0)
    assert line.text == "Tên mô hình\tĐường hoa"


def test_unglue_splits_a_tab_narrower_than_the_tolerance() -> None:
    assert _unglue("Chức vụBí thư") == "Chức vụ Bí thư"
    assert _unglue("UBND xã") == "UBND xã"


def test_running_header_repeated_on_later_pages_is_dropped() -> None:
    first = _group_lines([_word("ĐẢNG", 90, 40), _word("CHI", 90, 60), _word("Nội", 90, 90)], 0)
    running = [ln.text for ln in first]
    later = _group_lines([_word("ĐẢNG", 90, 40), _word("CHI", 90, 60), _word("Tiếp", 90, 90)], 1)
    assert [ln.text for ln in _drop_running_header(later, running)] == ["Tiếp"]
    single = _group_lines([_word("ĐẢNG", 90, 40), _word("Khác", 90, 60)], 1)
    assert len(_drop_running_header(single, running)) == 2  # one equal line is a coincidence


def test_lay_out_words_builds_header_columns_and_paragraphs() -> None:
    from documents.extraction.pdf_reader import lay_out_words

    words = [_word("ĐẢNG", 90, 40), _word("BỘ", 122, 40), _word("ĐẢNG", 330, 40), _word("CỘNG", 360, 40),
             _word("CHI", 90, 58), _word("BỘ", 112, 58), _word("Ngày", 330, 58),
             _word("Tên", 90, 120), _word("mô", 112, 120), _word("hình:", 128, 120), _word("Đường", 160, 120)]  # fmt: skip
    doc = lay_out_words([words], page_width=595, source="image-ocr")
    assert doc.source == "image-ocr"
    assert doc.blocks[0].cells == ("ĐẢNG BỘ", "ĐẢNG CỘNG")
    assert doc.blocks[1].cells == ("CHI BỘ", "Ngày")
    assert doc.blocks[-1].text == "Tên mô hình: Đường"


def _phrase(text: str, x0: float, top: float) -> list[dict[str, Any]]:
    """The words of `text` from x0, one space (4 pt) apart."""
    words = []
    for token in text.split():
        words.append(_word(token, x0, top))
        x0 = words[-1]["x1"] + 4
    return words


def _ending_at(text: str, x1: float, top: float) -> list[dict[str, Any]]:
    width = sum(6.0 * len(t) for t in text.split()) + 4 * (len(text.split()) - 1)
    return _phrase(text, x1 - width, top)


def _laid_out(*lines: list[dict[str, Any]], source: str = "pdf-text") -> list[tuple[str, ...]]:
    from documents.extraction.pdf_reader import lay_out_words

    margin = _ending_at("Dòng chữ đầy đủ để biết lề phải của trang in.", 520, 400)
    words = [w for line in lines for w in line] + margin
    doc = lay_out_words([words], page_width=595, source=source)
    return [b.cells for b in doc.blocks]


def test_a_line_of_check_boxes_is_not_a_table_of_two_columns() -> None:
    blocks = _laid_out(
        _phrase("2. Loại mô hình", 90, 100),
        _phrase("[ ] Tập thể", 90, 118) + _phrase("[x] Cá nhân", 300, 118),
        _phrase("3. Lĩnh vực", 90, 136),
    )
    assert ("[ ] Tập thể [x] Cá nhân",) in blocks
    assert ("3. Lĩnh vực",) in blocks


def test_a_wrapped_line_with_a_wide_tab_runs_on_in_its_last_cell() -> None:
    blocks = _laid_out(
        _phrase("2. Người đăng ký: Vũ Thị Tâm", 90, 100)
        + _ending_at("Đơn vị: Chi bộ Trường Tiểu học Sơn", 518, 100),
        _phrase("Trà", 90, 116),
        _phrase("3. Chức vụ: Giáo viên", 90, 132) + _phrase("Điện thoại: 0834216579", 330, 132),
    )
    assert ("2. Người đăng ký: Vũ Thị Tâm", "Đơn vị: Chi bộ Trường Tiểu học Sơn Trà") in blocks
    assert ("3. Chức vụ: Giáo viên", "Điện thoại: 0834216579") in blocks


def test_a_row_under_a_labelled_value_reaching_the_margin_stays_a_row_in_ocr() -> None:
    """OCR reads ruled tables as lines: there a line at the margin is the next row."""
    blocks = _laid_out(
        _phrase("Người phụ trách", 90, 100)
        + _ending_at("Ông Lù Văn Pao, ĐT: 0912 000 111", 518, 100),
        _phrase("Địa chỉ", 90, 116) + _phrase("Bản Nậm Cắn", 240, 116),
        source="image-ocr",
    )
    assert ("Địa chỉ", "Bản Nậm Cắn") in blocks


def test_a_labelled_line_after_a_finished_sentence_starts_a_paragraph() -> None:
    blocks = _laid_out(
        _ending_at("- Phấn đấu lát xong 1,2 km đường ngõ trước Tết năm nay.", 518, 100),
        _phrase("Địa bàn thực hiện: các ngõ của tổ dân phố 5.", 90, 116),
    )
    assert ("Địa bàn thực hiện: các ngõ của tổ dân phố 5.",) in blocks


def test_a_row_starting_at_the_margin_under_a_full_value_cell_is_the_next_row() -> None:
    blocks = _laid_out(
        _phrase("Tên mô hình", 90, 100)
        + _ending_at("“Cùng nhau thắp sáng đường quê bằng đèn năng lượng”", 518, 100),
        _phrase("Loại mô hình", 90, 122) + _phrase("Tập thể", 240, 122),
    )
    assert ("Loại mô hình", "Tập thể") in blocks


def test_a_date_set_right_under_a_dotted_leader_is_not_the_line_above_wrapped() -> None:
    blocks = _laid_out(
        _phrase("5. Kết quả mong đợi: Lát 800 m ngõ xóm " + "." * 36, 90, 100),
        _ending_at("Hòa Lạc, ngày 7 tháng 5 năm 2025", 520, 122),
    )
    assert ("Hòa Lạc, ngày 7 tháng 5 năm 2025",) in blocks


def test_a_centred_title_still_wraps_onto_its_second_line() -> None:
    blocks = _laid_out(
        _phrase("BÁO CÁO TỔNG KẾT VIỆC XÂY DỰNG MÔ HÌNH KHÉO VẬN ĐỘNG NHÂN DÂN TRONG NĂM", 92, 100),
        _phrase("HAI NGHÌN HAI MƯƠI LĂM", 235, 118),
    )
    assert any("TRONG NĂM HAI NGHÌN" in cells[0] for cells in blocks)


def test_symbol_font_bullets_read_as_bullets() -> None:
    from documents.extraction.pdf_reader import _repaired
    from documents.extraction.text import Block, BlockKind

    block = Block(BlockKind.PARAGRAPH, ("\uf0b7 Lắp 30 camera an ninh",))
    assert _repaired([block], None)[0].cells == ("• Lắp 30 camera an ninh",)


def test_a_line_opening_with_its_own_label_is_no_wrapped_end_of_the_cell_above() -> None:
    blocks = _laid_out(
        _phrase("Họ và tên: Hồ Thị Lan", 90, 100)
        + _phrase("Năm sinh: 1980", 300, 100)
        + _ending_at("Dân tộc: Pa Kô", 518, 100),
        _phrase("Chức vụ, nghề nghiệp: Tổ trưởng tổ phụ nữ thôn A Roàng", 90, 116),
    )
    assert ("Chức vụ, nghề nghiệp: Tổ trưởng tổ phụ nữ thôn A Roàng",) in blocks
