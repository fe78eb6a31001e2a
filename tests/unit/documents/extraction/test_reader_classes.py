"""Each class of failure of issue 13, on small layouts of our own (not the samples' wording,
order or structure), through the whole reader."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _doc(*lines: str | tuple[str, ...], header: str | None = None, source: str = "docx") -> DocumentText:  # fmt: skip
    doc = DocumentText(source=source)
    if header is not None:
        doc.row([header, MOTTO + "\nAn Phú, ngày 9 tháng 4 năm 2025"], table=1)
    table = 1
    previous_tuple = False
    for line in lines:
        if isinstance(line, tuple):
            if not previous_tuple:
                table += 1
            doc.row(list(line), table=table)
            previous_tuple = True
        else:
            doc.paragraph(line)
            previous_tuple = False
    return doc


# ------------------------------------------------------------------ label alone on its line


def test_numbered_labels_alone_with_values_on_the_next_lines() -> None:
    doc = _doc(
        "BẢN ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "3) Tên gọi mô hình",
        "Ngõ xóm sáng đèn",
        "4) Địa bàn áp dụng",
        "Tổ dân phố Bình An, phường An Phú",
        "5) Giải pháp thực hiện",
        "Vận động mỗi hộ lắp một bóng đèn trước cửa.",
        "Tổ chức bảo dưỡng hằng quý.",
        "6) Thời gian thực hiện",
        "Quý II năm 2025",
        header="ĐẢNG BỘ PHƯỜNG AN PHÚ\nCHI BỘ TỔ DÂN PHỐ BÌNH AN",
    )
    result = read_fields(doc)
    f = result.fields
    assert result.kind is Kind.REGISTRATION
    assert f["model_name"] == "Ngõ xóm sáng đèn"
    assert f["location"] == "Tổ dân phố Bình An, phường An Phú"
    assert f["content"] == "Vận động mỗi hộ lắp một bóng đèn trước cửa. Tổ chức bảo dưỡng hằng quý."
    assert result.provenance["model_name"].method == "next_lines"


def test_unnumbered_bare_number_labels_without_colon() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH",
        "1  Tên mô hình",
        "Bếp ăn nghĩa tình",
        "2  Người phụ trách",
        "Trịnh Văn Quân",
        header="HỘI CHỮ THẬP ĐỎ XÃ AN PHÚ",
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Bếp ăn nghĩa tình"
    assert f["leader_name"] == "Trịnh Văn Quân"


# ------------------------------------------------------------------ check-box lines


def test_a_row_of_check_boxes_is_never_the_value_of_a_text_label() -> None:
    doc = _doc(
        "ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Đơn vị đăng ký",
        "☐ Thôn, tổ dân phố   ☒ Trường học   ☐ Doanh nghiệp",
        "Chi đoàn Trường THCS An Phú",
        "Tên mô hình",
        "Thư viện xanh",
    )
    result = read_fields(doc)
    assert result.fields["unit_name"] == "Chi đoàn Trường THCS An Phú"
    assert result.fields["model_name"] == "Thư viện xanh"


def test_check_boxes_in_cells_under_a_text_label_are_skipped_too() -> None:
    doc = _doc(
        "ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Đơn vị đăng ký:",
        ("☒ Khu dân cư", "☐ Cơ quan, đơn vị"),
        "Tổ dân phố số 4",
        "Tên mô hình: Ánh sáng đường quê",
    )
    assert read_fields(doc).fields["unit_name"] == "Tổ dân phố số 4"


# ------------------------------------------------------------------ two labels on one line


def test_two_labels_on_one_line_are_split() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Chợ không túi ni lông",
        "Họ và tên: Lương Thị Mến      Chức vụ: Phó Chủ tịch Hội Phụ nữ",
        "Số điện thoại: 0356 111 222; Địa bàn: thôn Đồng Lạc",
        header="HỘI LHPN XÃ AN PHÚ",
    )
    f = read_fields(doc).fields
    assert f["leader_name"] == "Lương Thị Mến"
    assert f["leader_position"] == "Phó Chủ tịch Hội Phụ nữ"
    assert f["phone"] == "0356111222"
    assert f["location"] == "thôn Đồng Lạc"


def test_a_colon_inside_free_text_does_not_split_it() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Vườn cây đoàn kết",
        "Nội dung thực hiện: mỗi hộ trồng 5 cây; Chức vụ: không áp dụng cho phần này",
    )
    content = read_fields(doc).fields["content"]
    assert isinstance(content, str) and content.endswith("không áp dụng cho phần này")


# ------------------------------------------------------------------ label remnants, junk


def test_label_remnant_and_honorific_are_stripped() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Sân chơi cho em",
        "Người chủ trì: Họ và tên Ông Phan Hữu Dũng",
    )
    assert read_fields(doc).fields["leader_name"] == "Phan Hữu Dũng"


def test_ocr_junk_at_the_ends_of_a_value_is_trimmed() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: ỎDân vận khéo trong giữ gìn vệ sinh…Õ",
        source="image-ocr",
    )
    doc.ocr_confidence = 0.95
    assert read_fields(doc).fields["model_name"] == "Dân vận khéo trong giữ gìn vệ sinh"


# ------------------------------------------------------------------ header: superior body


def test_unit_line_in_ordinary_case_under_its_superior_body() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Ngõ xanh",
        "Kết quả đạt được: trồng 300 cây.",
        header="HỘI NÔNG DÂN XÃ AN PHÚ\nChi hội Nông dân thôn Đồng Lạc",
    )
    assert read_fields(doc).fields["unit_name"] == "Chi hội Nông dân thôn Đồng Lạc"


def test_district_body_above_the_commune_association() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Tổ vay vốn xoay vòng",
        "Kết quả đạt được: 40 hội viên vay vốn.",
        header="HỘI CỰU CHIẾN BINH HUYỆN TÂY SƠN\nHỘI CỰU CHIẾN BINH XÃ AN PHÚ",
    )
    assert read_fields(doc).fields["unit_name"] == "HỘI CỰU CHIẾN BINH XÃ AN PHÚ"


def test_a_village_under_its_commune_body_is_a_unit_of_its_own() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Đường làng sạch",
        "Kết quả đạt được: 60 hộ dọn vệ sinh mỗi tuần.",
        header="ỦY BAN NHÂN DÂN\nXÃ ĐỒNG TÂM\nXÓM BẢN ĐƯỜNG",
    )
    assert read_fields(doc).fields["unit_name"] == "XÓM BẢN ĐƯỜNG"


def test_the_commune_line_still_completes_its_body() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Đường làng sạch",
        "Kết quả đạt được: 60 hộ dọn vệ sinh mỗi tuần.",
        header="ỦY BAN NHÂN DÂN\nXÃ ĐỒNG TÂM",
    )
    assert read_fields(doc).fields["unit_name"] == "ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM"


def test_the_phone_under_the_signers_name_is_theirs() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Đường làng sạch",
        "Kết quả đạt được: 60 hộ dọn vệ sinh mỗi tuần.",
        ("Nơi nhận:\n- UBND xã;\n- Lưu.", "TRƯỞNG XÓM\n\n\nLò Văn Pản\nĐT: 0364 118 205"),
        header="ỦY BAN NHÂN DÂN\nXÃ ĐỒNG TÂM\nXÓM BẢN ĐƯỜNG",
    )
    fields = read_fields(doc).fields
    assert fields["leader_name"] == "Lò Văn Pản"
    assert fields["phone"] == "0364118205"


def test_the_signers_phone_is_not_the_phone_of_someone_else_in_charge() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Đường làng sạch",
        "Mô hình do đồng chí Hà Thị Lụa, Bí thư Chi đoàn xóm phụ trách.",
        "Kết quả đạt được: 60 hộ dọn vệ sinh mỗi tuần.",
        ("Nơi nhận:\n- UBND xã;\n- Lưu.", "TRƯỞNG XÓM\n\n\nLò Văn Pản\nĐT: 0364 118 205"),
        header="ỦY BAN NHÂN DÂN\nXÃ ĐỒNG TÂM\nXÓM BẢN ĐƯỜNG",
    )
    fields = read_fields(doc).fields
    assert fields["leader_name"] == "Hà Thị Lụa"
    assert fields.get("phone") is None


def test_superior_body_alone_in_the_header_yields_to_the_unit_in_the_text() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Năm 2025, Chi bộ thôn Đồng Lạc đã đăng ký xây dựng mô hình “Ngõ xanh”.",
        "Kết quả đạt được: trồng 300 cây, 50 hộ tham gia.",
        header="ĐẢNG BỘ XÃ AN PHÚ",
    )
    result = read_fields(doc)
    assert result.fields["unit_name"] == "Chi bộ thôn Đồng Lạc"


def test_affiliation_of_an_individual_is_not_the_reporting_unit() -> None:
    doc = _doc(
        "BÁO CÁO THÀNH TÍCH CÁ NHÂN",
        "- Họ tên: Quách Văn Sơn",
        "- Đơn vị công tác: Chi hội Nông dân thôn 2, Hội Nông dân xã An Phú",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        "Giúp 12 hộ thoát nghèo trong mô hình “Bò giống xoay vòng”.",
        header="HỘI NÔNG DÂN HUYỆN TÂY SƠN\nHỘI NÔNG DÂN XÃ AN PHÚ",
    )
    assert read_fields(doc).fields["unit_name"] == "HỘI NÔNG DÂN XÃ AN PHÚ"


# ------------------------------------------------------------------ tables


def test_list_table_with_two_header_rows_and_merged_cells() -> None:
    doc = _doc(
        "DANH SÁCH ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO NĂM 2025",
        "A. Tập thể",
        ("TT", "Tên đơn vị", "Mô hình đăng ký", "", "Người phụ trách"),
        ("", "", "Tên mô hình", "Lĩnh vực", ""),
        ("1", "Chi đoàn thôn 3", "Thắp sáng đường làng", "Kinh tế", "Lò Văn Pình"),
        header="ĐOÀN XÃ AN PHÚ",
    )
    result = read_fields(doc)
    f = result.fields
    assert f["unit_name"] == "Chi đoàn thôn 3"
    assert f["model_name"] == "Thắp sáng đường làng"
    assert f["domain"] == "economy"
    assert f["leader_name"] == "Lò Văn Pình"
    assert f["model_type"] == "collective"  # from the list's heading
    assert result.provenance["model_name"].method == "column"
    assert result.provenance["model_name"].row == 2 and result.provenance["model_name"].cell == 2


def test_a_list_of_several_models_is_read_but_not_trusted() -> None:
    doc = _doc(
        "DANH SÁCH ĐĂNG KÝ MÔ HÌNH",
        ("STT", "Tên mô hình", "Lĩnh vực", "Người phụ trách"),
        ("1", "Thắp sáng đường làng", "Kinh tế", "Lò Văn Pình"),
        ("2", "Sân chơi cho em", "Văn hóa - xã hội", "Mùa A Dế"),
    )
    result = read_fields(doc)
    assert result.fields["model_name"] == "Thắp sáng đường làng"
    assert result.confidence["model_name"] < 0.9
    assert "model_name" in result.doubts
    assert any("nhiều mô hình" in w for w in result.warnings)


def test_value_in_the_cell_below_its_label() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        ("Tên mô hình", "Người phụ trách"),
        ("Tuyến phố văn minh", "Hà Thị Thu"),
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Tuyến phố văn minh"
    assert f["leader_name"] == "Hà Thị Thu"


# ------------------------------------------------------------------ report sections, prose


def test_report_section_body_is_the_results_and_its_heading_names_the_model() -> None:
    doc = _doc(
        "BÁO CÁO THÀNH TÍCH",
        "(Mẫu này áp dụng đối với tập thể)",
        "Tên tập thể đề nghị: Hội Người cao tuổi xã An Phú",
        "I. ĐẶC ĐIỂM",
        "Hội có 900 hội viên.",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        "1. Kết quả thực hiện mô hình “Câu lạc bộ dưỡng sinh”",
        "Duy trì 6 câu lạc bộ với 240 hội viên tham gia tập luyện hằng ngày.",
        "2. Các biện pháp, kinh nghiệm",
        "Giao chi hội tự quản.",
        "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
        "Giấy khen năm 2024.",
    )
    result = read_fields(doc)
    f = result.fields
    assert result.kind is Kind.REPORT
    assert f["model_name"] == "Câu lạc bộ dưỡng sinh"
    assert f["results"] == "Duy trì 6 câu lạc bộ với 240 hội viên tham gia tập luyện hằng ngày."
    assert f["participants"] == 240
    assert f["model_type"] == "collective"
    assert f["unit_name"] == "Hội Người cao tuổi xã An Phú"


def test_person_in_charge_named_in_prose_beats_an_organisation_under_the_label() -> None:
    doc = _doc(
        "ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Nước sạch cho bản",
        "Chủ trì: Chi bộ bản Nà Lừa, đồng chí Lường Văn Chăm – Bí thư Chi bộ trực tiếp phụ trách",
    )
    result = read_fields(doc)
    assert result.fields["leader_name"] == "Lường Văn Chăm"
    assert result.fields["leader_position"] == "Bí thư Chi bộ"


def test_phone_written_inside_running_text() -> None:
    doc = _doc(
        "ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Nước sạch cho bản",
        "Ban chủ nhiệm gồm 5 người; mọi ý kiến xin liên hệ: 0912.000.111.",
    )
    assert read_fields(doc).fields["phone"] == "0912000111"


# ------------------------------------------------------------------ OCR slips


def test_surname_misread_by_ocr_is_mended_and_a_plain_one_is_kept() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Nước sạch cho bản",
        "Người phụ trách: Định Thị Thanh Lan",
        source="image-ocr",
    )
    doc.ocr_confidence = 0.96
    assert read_fields(doc).fields["leader_name"] == "Đinh Thị Thanh Lan"
    typed = _doc("PHIẾU ĐĂNG KÝ MÔ HÌNH", "Tên mô hình: X Y", "Người phụ trách: Định Văn An")
    assert read_fields(typed).fields["leader_name"] == "Định Văn An"  # typed text is as written


def test_a_value_refused_by_its_validator_is_null_with_a_doubt() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Nước sạch cho bản",
        "Người phụ trách: Ban công tác Mặt trận thôn",
        "Điện thoại: 12345",
    )
    result = read_fields(doc)
    assert "leader_name" not in result.fields and "phone" not in result.fields
    assert "leader_name" in result.doubts and "phone" in result.doubts
    assert any("Số điện thoại không đọc được" in w for w in result.warnings)


def test_a_scanned_name_with_a_word_the_dictionary_lacks_is_not_trusted() -> None:
    from documents.extraction.lexicon import unknown_words, vietnamese_words

    if vietnamese_words() is None:
        from tests.conftest import unavailable

        unavailable("Tesseract's Vietnamese language data (vie) is not installed")
    assert unknown_words("Tuối trẻ Lạc Hưng Đông") == ["Tuối"]
    assert unknown_words("Tuổi trẻ Lạc Hưng Đông, UBND xã") == []
    doc = _doc("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO", "Tên mô hình: Tuối trẻ số hóa thủ tục",
               source="image-ocr")  # fmt: skip
    doc.ocr_confidence = 0.97
    result = read_fields(doc)
    assert result.confidence["model_name"] < 0.9
    assert "Tuối" in result.doubts["model_name"]


_AGREEMENT = (
    "THỎA THUẬN TÀI TRỢ",
    "Xây dựng mô hình “Dân vận khéo” “Bếp ăn bán trú cho học sinh bản xa”",
    "BÊN A (Bên nhận tài trợ): HỘI PHỤ NỮ XÃ THANH SƠN",
    "Đại diện: Bà Vàng Thị Chở",
    "Chức vụ: Chủ tịch Hội Phụ nữ xã",
    "Điện thoại: 0387 220 514",
    "BÊN B (Bên tài trợ): CÔNG TY TNHH GẠO NÚI",
    "Đại diện: Ông Trần Minh Khôi",
    "Chức vụ: Giám đốc",
    "Điện thoại: 0912 331 870",
    "Điều 1. Bên B tài trợ cho Bên A 40.000.000 đồng để nấu bữa trưa cho 80 học sinh.",
)


def test_an_agreements_representative_keeps_their_post_and_phone() -> None:
    doc = _doc(
        *_AGREEMENT,
        "Bên A giao đồng chí Sùng Thị Mai, Chi hội trưởng Chi hội Phụ nữ bản Khe Mạ trực tiếp "
        "phụ trách mô hình (ĐT 0356 718 442).",
        header="HỘI PHỤ NỮ HUYỆN MƯỜNG LA\nHỘI PHỤ NỮ XÃ THANH SƠN",
    )
    fields = read_fields(doc).fields
    assert fields["leader_name"] == "Sùng Thị Mai"
    assert fields["leader_position"] == "Chi hội trưởng Chi hội Phụ nữ bản Khe Mạ"
    assert fields["phone"] == "0356718442"


def test_a_representative_line_ties_the_post_under_it_to_that_person() -> None:
    from documents.extraction.fields.parties import representative as _representative

    lines = list(_AGREEMENT[2:5])
    assert _representative(lines) == "name:vang thi cho"
    assert _representative([*_AGREEMENT[2:4], _AGREEMENT[6]]) == ""  # Bên B opens between


def test_a_speech_by_line_gives_the_post_without_what_the_speaker_did() -> None:
    from documents.extraction.fields.validate import check_position

    by_line = "Chủ nhiệm Hợp tác xã Tân Tiến trình bày tại hội trường xã"
    assert check_position(by_line).value == "Chủ nhiệm Hợp tác xã Tân Tiến"
    assert check_position("Trưởng ban Báo cáo viên xã").value == "Trưởng ban Báo cáo viên xã"


def test_a_phone_the_writer_gives_as_their_own_is_not_the_last_named_persons() -> None:
    from documents.extraction.fields.prose import phone_owner

    text = (
        "Tổ tự quản có 9 người, ông Đinh Văn Lực làm tổ phó. Có việc gấp, bà con gọi cho tôi "
        "theo số điện thoại 0973 551 208."
    )
    assert phone_owner(text, "0973551208") is None
    text = "Tổ tự quản có 9 người, tổ phó là ông Đinh Văn Lực, điện thoại 0973 551 208."
    assert phone_owner(text, "0973551208") == "Đinh Văn Lực"


def test_a_chat_apps_number_and_a_number_closing_the_persons_clause_are_phones() -> None:
    from documents.extraction.fields.prose import phone_after, phones

    assert phones("Cần hỗ trợ xin nhắn (SĐT/Zalo 0388 204 117).") == ["0388204117"]
    assert phones("Hỏi giống cây: Zalo 0971.440.352") == ["0971440352"]
    text = "Cần hỏi kỹ thuật xin gọi anh Tòng Văn Khiêm – Phó Giám đốc HTX, phụ trách: 0966.121.830\n#NongSan"
    start = text.index("Khiêm") + len("Khiêm")
    assert phone_after(text, start) == "0966121830"
    assert phone_after("anh Tòng Văn Khiêm, sinh năm: 1982, ở bản Hua Pầu.", 18) is None


def test_a_shared_posts_author_above_its_time_is_a_guess_for_the_unit() -> None:
    doc = _doc(
        "Ủy ban nhân dân xã Tà Xùa\t đã chia sẻ một bài viết.",
        "Hội Cựu chiến binh xã Tà Xùa\t ✔",
        "4 tháng 8 lúc 09:40 · 🌏",
        "MÔ HÌNH “DÂN VẬN KHÉO” “CỰU CHIẾN BINH GIÚP NHAU NUÔI BÒ” – SAU MỘT NĂM",
        "Năm qua, 24 hội viên nhận 30 con bò giống, đã có 11 bê con được trao tiếp cho hộ khác.",
    )
    result = read_fields(doc)
    assert result.fields["unit_name"] == "Hội Cựu chiến binh xã Tà Xùa"
    assert result.confidence["unit_name"] < 0.9


def test_a_hamlets_record_names_the_hamlet_body_that_owns_the_model() -> None:
    doc = _doc(
        "BIÊN BẢN",
        "Họp bình xét mô hình “Dân vận khéo” năm 2026",
        "Hôm nay, tại Nhà văn hóa ấp Rạch Gốc, ấp Rạch Gốc họp bình xét mô hình “Ngõ sáng” "
        "của Chi hội Cựu chiến binh ấp Rạch Gốc.",
        "I. THÀNH PHẦN THAM DỰ",
        "1. Chủ trì: Lâm Văn Tư – Trưởng ấp.",
        "II. NỘI DUNG",
        "Ông Tô Văn Bảy – Chi hội trưởng, người phụ trách mô hình, báo cáo kết quả thực hiện.",
        "Kết quả: lắp 40 bóng đèn trên 2 km đường.",
        header="UBND XÃ TÂN ÂN\nẤP RẠCH GỐC",
    )
    assert read_fields(doc).fields["unit_name"] == "Chi hội Cựu chiến binh ấp Rạch Gốc"


def test_an_agreements_receiving_party_is_the_unit_and_its_representative_the_leader() -> None:
    doc = _doc(
        "THỎA THUẬN TÀI TRỢ",
        "Xây dựng mô hình “Dân vận khéo” “Góc đọc sách cho thiếu nhi bản Nậm Cang”",
        "Bên A: Chi đoàn bản Nậm Cang",
        "Người đại diện: Anh Giàng A Dình – Bí thư Chi đoàn",
        "Điện thoại: 0347 905 216",
        "Bên B: Chị Lê Thu Hà, trú tại phường Cầu Giấy, Hà Nội",
        "Điện thoại: 0904 118 632",
        "Điều 1. Bên B tặng Bên A 200 cuốn sách và 2 giá sách.",
        "Điều 2. Bên A dùng số sách trên xây dựng mô hình “Dân vận khéo” tại nhà văn hóa bản.",
        ("ĐẠI DIỆN BÊN A\nBÍ THƯ CHI ĐOÀN\n\n\nGiàng A Dình", "ĐẠI DIỆN BÊN B\n\n\nLê Thu Hà"),
    )
    result = read_fields(doc)
    fields = result.fields
    assert fields["unit_name"] == "Chi đoàn bản Nậm Cang"
    assert fields["leader_name"] == "Giàng A Dình"
    assert fields["leader_position"] == "Bí thư Chi đoàn"
    assert fields["phone"] == "0347905216"
    assert result.confidence["unit_name"] < 0.9


def test_the_party_that_builds_the_model_is_the_unit_never_the_giver() -> None:
    from documents.extraction.fields.parties import builder, candidates_of

    rows = [
        "BÊN A (Bên tài trợ): CÔNG TY TNHH CHÈ SAN", "Đại diện: Ông Vũ Đức Long",
        "BÊN B (Bên nhận tài trợ): HỘI NÔNG DÂN XÃ NẬM CANG",
        "Đại diện: Ông Hầu A Lử – Chủ tịch Hội", "Điện thoại: 0335 127 480",
        "Bên B xây dựng mô hình “Chè sạch vùng cao” tại 3 bản.",
    ]  # fmt: skip
    party = builder(rows)
    assert party is not None and party.letter == "b"
    assert list(candidates_of(rows)) == [
        ("unit_name", "HỘI NÔNG DÂN XÃ NẬM CANG", ""),
        ("leader_name", "Hầu A Lử", "name:hau a lu"),
        ("leader_position", "Chủ tịch Hội", "name:hau a lu"),
    ]
    giver_builds = [rows[0].replace("(Bên tài trợ)", ""), rows[1], "Bên B: Anh Lò Văn Sáng",
                    "Bên A xây dựng mô hình “Chè sạch vùng cao”."]  # fmt: skip
    assert builder(giver_builds) is None  # a company is no unit
