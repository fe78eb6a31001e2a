"""The format-independent field parser on blocks built by hand (as OCR or odt readers give)."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.fields.labels import OTHER, match_label
from documents.extraction.text import DocumentText


def _doc(*lines: str | tuple[str, ...], source: str = "test") -> DocumentText:
    doc = DocumentText(source=source)
    table = 100
    for line in lines:
        if isinstance(line, tuple):
            doc.row(list(line), table=table)
        else:
            table += 1
            doc.paragraph(line)
    return doc


HEADER = (
    "ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ THÔN ĐÔNG HÒA\n*",
    "ĐẢNG CỘNG SẢN VIỆT NAM\n\nTân Lập, ngày 05 tháng 4 năm 2024",
)


def _with_header(*lines: str | tuple[str, ...]) -> DocumentText:
    doc = DocumentText(source="test")
    doc.row(list(HEADER), table=1)
    rest = _doc(*lines)
    doc.blocks.extend(rest.blocks)
    return doc


def test_label_vocabulary_matches_by_meaning_and_typos() -> None:
    cases = {
        "Tên đơn vị": "unit_name",
        "Tên tập thể": "unit_name",
        "3. Đơn vị chủ trì": "unit_name",
        "Tên gọi mô hình": "model_name",
        "Tên mô hinh": "model_name",
        "Chủ nhiệm mô hình": "leader_name",
        "Người phụ trách mô hình (họ tên)": "leader_name",
        "Nguòi phụ trách": "leader_name",
        "SĐT liên hệ": "phone",
        "Chức danh": "leader_position",
        "Địa bàn triển khai": "location",
        "Nội dung, cách làm": "content",
        "KẾT QUẢ THỰC HIỆN MÔ HÌNH": "results",
        "Tổng số người tham gia": "participants",
        "Tổng kinh phí huy động": "funds_vnd",
        "Thời gian thực hiện": OTHER,
        "Bài học kinh nghiệm": OTHER,
    }
    for label, field in cases.items():
        found = match_label(label)
        assert found is not None, label
        assert found.field == field, label


def test_unrelated_text_is_not_a_label() -> None:
    assert match_label("Nhân dân phấn khởi, tin tưởng vào sự lãnh đạo của Chi bộ") is None
    assert match_label("Xyz") is None


def test_label_with_a_letter_ocr_dropped_is_found_before_more_words() -> None:
    found = match_label("14.Lnh vực áp dụng mô hình:")
    assert found is not None and found.field == "domain" and found.number == "14"
    assert found.confidence < 0.85  # less sure than the same label spelt right
    assert match_label("Tên mô hnh dân vận khéo năm 2026") is not None
    # a first or last letter lost, or a letter changed, makes other words: no label
    assert match_label("Cô qua từng nhà vận động bà con") is None
    assert match_label("Chủ tịch UBND xã Tân Lập ký") is None


def test_exact_label_more_confident_than_fuzzy() -> None:
    exact = match_label("Người phụ trách")
    fuzzy = match_label("Người phụ tránh")
    assert exact is not None and fuzzy is not None
    assert exact.confidence > fuzzy.confidence


def test_registration_lines_without_numbering_and_values_over_paragraphs() -> None:
    doc = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024",
        "Tên mô hình:",
        "“Dân vận khéo trong làm đường",
        "giao thông nông thôn”",
        "Loại hình: ☒ Tập thể ☐ Cá nhân",
        "Lĩnh vực: Kinh tế",
        "Chủ nhiệm mô hình: Đồng chí Lê Đình Khoa - Bí thư Chi bộ; ĐT: 0912.345.678",
        "Nội dung, giải pháp:",
        "- Họp dân công khai chủ trương.",
        "- Đảng viên gương mẫu đi đầu.",
        "Thời gian thực hiện: tháng 4 đến tháng 9",
    )
    result = read_fields(doc)
    assert result.kind is Kind.REGISTRATION
    f = result.fields
    assert f["unit_name"] == "CHI BỘ THÔN ĐÔNG HÒA"
    assert f["model_name"] == "Dân vận khéo trong làm đường giao thông nông thôn"
    assert f["model_type"] == "collective"
    assert f["domain"] == "economy"
    assert f["leader_name"] == "Lê Đình Khoa"
    assert f["leader_position"] == "Bí thư Chi bộ"
    assert f["phone"] == "0912345678"
    assert f["content"] == "- Họp dân công khai chủ trương. - Đảng viên gương mẫu đi đầu."
    assert f["signed_date"] == "2024-04-05"
    assert "results" not in f and "participants" not in f
    assert result.confidence["model_name"] >= 0.9
    assert not any("Thiếu" in w for w in result.warnings)


def test_dotted_leaders_and_blank_leaders() -> None:
    doc = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "1. Tên mô hình:……Dân vận khéo trong dồn điền đổi thửa……………",
        "2. Loại mô hình: Cá nhân",
        "3. Lĩnh vực:………………………………",
        "4. Người phụ trách:…………Vi Thị Mỵ…………",
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Dân vận khéo trong dồn điền đổi thửa"
    assert f["leader_name"] == "Vi Thị Mỵ"
    assert "domain" not in f


def test_two_column_table_with_header_row_and_label_value_in_one_cell() -> None:
    doc = _with_header(
        "BẢN ĐĂNG KÝ XÂY DỰNG MÔ HÌNH DÂN VẬN KHÉO",
        ("Nội dung", "Thông tin đăng ký"),
        ("Tên mô hình", "Tuyến đường hoa kiểu mẫu"),
        ("Lĩnh vực: Văn hoá - xã hội", ""),
        ("Người phụ trách", "Bà Nguyễn Thị Hoa"),
        ("Chức vụ", "Chi hội trưởng"),
        ("Nội dung", "Mục tiêu: trồng 2 km hoa.\n- Mỗi hộ nhận chăm sóc 20 m."),
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Tuyến đường hoa kiểu mẫu"
    assert f["domain"] == "culture_society"
    assert f["leader_name"] == "Nguyễn Thị Hoa"
    assert f["leader_position"] == "Chi hội trưởng"
    assert f["content"] == "Mục tiêu: trồng 2 km hoa. - Mỗi hộ nhận chăm sóc 20 m."


def test_prose_report_reads_sentences_and_the_results_section() -> None:
    doc = _with_header(
        "BÁO CÁO",
        "Kết quả xây dựng mô hình “Dân vận khéo” năm 2024",
        "Thực hiện Kế hoạch số 45-KH/ĐU ngày 12/3/2024, Chi bộ thôn Đông Hòa đã đăng ký và triển "
        "khai xây dựng mô hình “Vận động nhân dân hiến đất làm đường” (mô hình tập thể) thuộc lĩnh "
        "vực kinh tế. Sau 5 tháng thực hiện, Chi bộ báo cáo như sau:",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Thôn có 412 hộ. Mô hình do đồng chí Hoàng Minh Tuấn, Trưởng thôn trực tiếp phụ trách.",
        "II. KẾT QUẢ ĐẠT ĐƯỢC",
        "Đã vận động 120 hộ hiến 1.500 m² đất, huy động 350 triệu đồng và 1.200 ngày công.",
        "Nhân dân phấn khởi.",
        "III. BÀI HỌC KINH NGHIỆM",
        "Phải kiên trì.",
    )
    result = read_fields(doc)
    f = result.fields
    assert result.kind is Kind.REPORT
    assert f["model_name"] == "Vận động nhân dân hiến đất làm đường"
    assert f["model_type"] == "collective"
    assert f["domain"] == "economy"
    assert f["leader_name"] == "Hoàng Minh Tuấn"
    assert f["leader_position"] == "Trưởng thôn"
    assert f["results"] == (
        "Đã vận động 120 hộ hiến 1.500 m² đất, huy động 350 triệu đồng và 1.200 ngày công. "
        "Nhân dân phấn khởi."
    )
    assert f["participants"] == 120
    assert f["funds_vnd"] == 350_000_000
    assert "content" not in f


def test_leader_from_signature_when_nobody_in_charge_is_named() -> None:
    doc = _with_header(
        "BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO”",
        "1. Tên mô hình: Camera an ninh tự quản",
        "2. Kết quả đạt được: lắp 12 camera.",
        ("Nơi nhận:\n- Lưu.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Ký, ghi rõ họ tên)\n\n\nNgô Thị Xuân"),
    )
    f = read_fields(doc).fields
    assert f["leader_name"] == "Ngô Thị Xuân"
    assert f["leader_position"] == "Phó chủ tịch"


def test_individual_signer_has_no_position() -> None:
    doc = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "1. Tên mô hình: Gương mẫu hiến đất",
        "2. Loại mô hình: cá nhân",
        (
            "XÁC NHẬN CỦA CHI BỘ\nBÍ THƯ\n\nLê Văn Nam",
            "NGƯỜI ĐĂNG KÝ\n(Ký, ghi rõ họ tên)\n\nQuách Quang Thắng",
        ),
    )
    f = read_fields(doc).fields
    assert f["leader_name"] == "Quách Quang Thắng"
    assert "leader_position" not in f


def test_named_leader_beats_signer() -> None:
    doc = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Người phụ trách: Ông Tạ Đình Việt",
        ("Nơi nhận:", "TM. CHI BỘ\nBÍ THƯ\n\nPhạm Văn Hùng"),
    )
    f = read_fields(doc).fields
    assert f["leader_name"] == "Tạ Đình Việt"
    assert "leader_position" not in f


def test_blank_day_gives_no_date() -> None:
    doc = DocumentText()
    doc.row(
        [
            "ỦY BAN MTTQ VIỆT NAM\nXÃ TÂN LẬP",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTân Lập, ngày    tháng 3 năm 2024",
        ],
        table=1,
    )
    doc.paragraph("BẢN ĐĂNG KÝ XÂY DỰNG MÔ HÌNH DÂN VẬN KHÉO")
    doc.paragraph("Kính gửi: Đảng ủy xã, ngày 12/3/2024")
    doc.paragraph("Tên mô hình: Nhà Đại đoàn kết")
    f = read_fields(doc).fields
    assert "signed_date" not in f
    assert f["unit_name"] == "ỦY BAN MTTQ VIỆT NAM XÃ TÂN LẬP"


def test_labelled_counts_and_hedged_money_warn() -> None:
    doc = _with_header(
        "BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Thắp sáng đường quê",
        "Kết quả đạt được: 4,8 km đường có điện.",
        "Số hộ tham gia: 1.106 hộ",
        "Kinh phí huy động: gần 1,2 tỷ đồng",
    )
    result = read_fields(doc)
    assert result.fields["participants"] == 1106
    assert result.fields["funds_vnd"] == 1_200_000_000
    assert any("ước lượng" in w for w in result.warnings)
    assert result.confidence["funds_vnd"] < result.confidence["participants"]


def test_registration_never_carries_report_fields() -> None:
    doc = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Thắp sáng đường quê",
        "Nội dung: lắp đèn.",
        "Kinh phí dự kiến: 50 triệu đồng",
        "Số hộ tham gia: 100 hộ",
    )
    f = read_fields(doc).fields
    assert "funds_vnd" not in f and "participants" not in f and "results" not in f


def test_missing_required_fields_are_listed_in_vietnamese() -> None:
    doc = _with_header("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO", "Tên mô hình: Thắp sáng đường quê")
    warnings = " ".join(read_fields(doc).warnings)
    assert "Thiếu thông tin" in warnings
    assert "lĩnh vực" in warnings and "người phụ trách" in warnings
    assert "tên mô hình" not in warnings


def test_cover_letter_is_unknown_with_no_fields() -> None:
    doc = _doc(
        "ĐẢNG BỘ XÃ TÂN LẬP",
        "V/v gửi bản đăng ký mô hình “Dân vận khéo” năm 2024",
        "Kính gửi: Ban Chỉ đạo xã",
        "Chi bộ thôn Đông Hòa xin gửi kèm theo đây bản đăng ký mô hình. Đề nghị xem xét.",
    )
    result = read_fields(doc)
    assert result.kind is Kind.UNKNOWN
    assert result.fields == {}
    assert result.warnings


def test_poorly_read_scan_is_never_confident() -> None:
    """Evidence from OCR is only as good as the words: a page read at 50 % is never ≥ 0.9."""
    lines = ("PHIẾU ĐĂNG KÝ MÔ HÌNH DẦN VẬN KHÉO", "Tên mô hình: Thắp sáng đường quê")
    typed = read_fields(_with_header(*lines))
    scanned_doc = _with_header(*lines)
    scanned_doc.source = "pdf-ocr"
    scanned_doc.ocr_confidence = 0.5
    scanned = read_fields(scanned_doc)
    assert scanned.kind is Kind.REGISTRATION
    assert scanned.source == "pdf-ocr"
    assert typed.confidence["model_name"] >= 0.9
    assert scanned.confidence["model_name"] < 0.9
    assert "model_name" in scanned.doubts and "quét" in scanned.doubts["model_name"]


def test_header_row_table_reads_the_first_model_and_warns_about_more() -> None:
    doc = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        ("TT", "Tên mô hình", "Loại mô hình", "Lĩnh vực", "Người phụ trách"),
        ("1", "Đường hoa", "Tập thể", "Kinh tế", "Ông Lê Văn An - Bí thư"),
        ("2", "Camera an ninh", "Tập thể", "An ninh", "Bà Lê Thị Bình"),
    )
    result = read_fields(doc)
    assert result.fields["model_name"] == "Đường hoa"
    assert result.fields["domain"] == "economy"
    assert result.fields["leader_name"] == "Lê Văn An"
    assert any("nhiều mô hình" in w for w in result.warnings)


def test_signer_typed_in_capitals_and_no_name_at_all() -> None:
    named = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Đường hoa",
        ("Nơi nhận:", "TM. CHI BỘ\nBÍ THƯ\n(đã ký)\nNGUYỄN VĂN MINH"),
    )
    assert read_fields(named).fields["leader_name"] == "Nguyễn Văn Minh"
    unnamed = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Đường hoa",
        ("Nơi nhận:", "TM. CHI BỘ\nBÍ THƯ"),
    )
    assert "leader_name" not in read_fields(unnamed).fields


def test_dash_separator_and_one_checkbox_per_line() -> None:
    doc = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình – Đường hoa kiểu mẫu",
        "Loại mô hình:",
        "☐ Tập thể",
        "☒ Cá nhân",
        "Lĩnh vực: Văn hóa - xã hội",
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Đường hoa kiểu mẫu"
    assert f["model_type"] == "individual"
    assert f["domain"] == "culture_society"


def test_unticked_group_warns_instead_of_guessing() -> None:
    doc = _with_header("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO", "Loại mô hình: ☐ Tập thể ☐ Cá nhân")
    result = read_fields(doc)
    assert "model_type" not in result.fields
    assert any("loại mô hình" in w and "không đánh dấu" in w for w in result.warnings)


def test_prose_registration_without_header_and_a_four_cell_label_row() -> None:
    doc = _doc(
        "ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO NĂM 2024",
        "Chi bộ xóm Bảy đăng ký xây dựng mô hình “Xóm không rác” thuộc lĩnh vực văn hóa - xã hội, "
        "do đồng chí Lê Văn Tám, Bí thư chi bộ trực tiếp phụ trách.",
        "Nội dung thực hiện:",
        "+ Vận động phân loại rác.",
        "Nghĩa Thái, ngày 3 tháng 4 năm 2024",
        ("Điện thoại", "0912 345 678", "Địa bàn", "Xóm Bảy"),
    )
    f = read_fields(doc).fields
    assert f["unit_name"] == "Chi bộ xóm Bảy"
    assert f["model_name"] == "Xóm không rác"
    assert f["domain"] == "culture_society"
    assert f["leader_name"] == "Lê Văn Tám"
    assert f["content"] == "+ Vận động phân loại rác."  # the date line ends it
    assert f["phone"] == "0912345678" and f["location"] == "Xóm Bảy"
    assert f["signed_date"] == "2024-04-03"


def test_unnumbered_label_alone_on_its_line_opens_its_section() -> None:
    doc = _with_header(
        "BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình",
        "Đường hoa kiểu mẫu",
        "Kết quả đạt được",
        "Trồng 3 km hoa, 85 hộ tham gia.",
        "Bài học kinh nghiệm",
        "Kiên trì vận động.",
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Đường hoa kiểu mẫu"
    assert f["results"] == "Trồng 3 km hoa, 85 hộ tham gia."
    assert f["participants"] == 85


def test_bare_label_before_a_name_or_quote_but_not_ordinary_sentences() -> None:
    doc = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình (ghi rõ) “Đường hoa kiểu mẫu”",
        "Người phụ trách Ông Lê Văn An",
        "Mô hình “Đường hoa” đã được nhân dân đồng tình.",
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Đường hoa kiểu mẫu"
    assert f["leader_name"] == "Lê Văn An"
    prose_only = _with_header(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO", "Đơn vị Chi bộ đã họp và thống nhất đăng ký."
    )
    # "Đơn vị" opening a sentence is not a label: the unit still comes from the header
    assert read_fields(prose_only).fields["unit_name"] == "CHI BỘ THÔN ĐÔNG HÒA"


def test_usual_ocr_slips_are_mended_in_names_of_scanned_forms() -> None:
    doc = DocumentText(source="image-ocr", ocr_confidence=0.95)
    doc.row(["ĐẢNG BỘ XÃ TÂN LẬP\nCHỈ BỘ THÔN ĐÔNG HÒA", "ĐẢNG CỘNG SẢN VIỆT NAM"], table=1)
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DẦN VẬN KHÉO")
    doc.paragraph("Tên mô hình: Dần vận khéo trong làm đường")
    f = read_fields(doc).fields
    assert f["unit_name"] == "CHI BỘ THÔN ĐÔNG HÒA"
    assert f["model_name"] == "Dân vận khéo trong làm đường"
    typed = _with_header("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO", "Tên mô hình: Dần vận")
    assert read_fields(typed).fields["model_name"] == "Dần vận"  # typed text is left as written
