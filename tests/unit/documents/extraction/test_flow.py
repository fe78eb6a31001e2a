"""The flow of lines (`fields/flow.py`): where a free-text value ends, on small layouts of our
own (invented units, people and wording; not a copy of any sample or corpus layout)."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _proposal(*sections: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["CHI ĐOÀN THÔN SUỐI ĐÁ\n───", MOTTO + "\nSuối Đá, ngày 04 tháng 5 năm 2024"], table=1)
    doc.paragraph("ĐỀ ÁN")
    doc.paragraph("Xây dựng mô hình “Dân vận khéo” “Góc đọc sách bên suối”")
    for line in sections:
        doc.paragraph(line)
    doc.row(["Nơi nhận:\n- Lưu.", "BÍ THƯ CHI ĐOÀN\n\n\nLò Văn Pấng"], table=9)
    return doc


def test_the_next_roman_part_ends_a_value_opened_under_a_numbered_item() -> None:
    """'III. NỘI DUNG, GIẢI PHÁP' after 'II. MỤC TIÊU' / '2. Mục tiêu cụ thể:' opens the content,
    though the objective's item was numbered 1, 2: the parts go on, the objective ends."""
    doc = _proposal(
        "I. SỰ CẦN THIẾT",
        "Thiếu nhi trong thôn không có chỗ đọc sách sau giờ học.",
        "II. MỤC TIÊU",
        "1. Mục tiêu chung: Mỗi em đọc ít nhất một cuốn sách mỗi tháng.",
        "2. Mục tiêu cụ thể:",
        "- 60 em thiếu nhi được mượn sách miễn phí;",
        "III. NỘI DUNG, GIẢI PHÁP",
        "- Đoàn viên quyên góp sách cũ, đóng kệ tại nhà sinh hoạt cộng đồng;",
        "- Mở góc đọc chiều thứ Bảy, đoàn viên thay phiên trông.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Chi đoàn thôn phân công đoàn viên theo tuần.",
    )
    content = read_fields(doc).fields["content"]
    assert content == (
        "- Đoàn viên quyên góp sách cũ, đóng kệ tại nhà sinh hoạt cộng đồng; "
        "- Mở góc đọc chiều thứ Bảy, đoàn viên thay phiên trông."
    )


def test_a_roman_list_inside_a_value_does_not_end_it() -> None:
    """A roman list the value numbers itself ('I.', 'II.' under the content) stays its text."""
    doc = _proposal(
        "I. SỰ CẦN THIẾT",
        "Thiếu nhi trong thôn không có chỗ đọc sách sau giờ học.",
        "II. NỘI DUNG, GIẢI PHÁP",
        "1. Nội dung:",
        "- Đoàn viên quyên góp sách cũ, đóng kệ tại nhà sinh hoạt cộng đồng;",
        "2. Cách làm:",
        "- Mở góc đọc chiều thứ Bảy.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Chi đoàn thôn phân công đoàn viên theo tuần.",
    )
    content = str(read_fields(doc).fields["content"] or "")
    assert "quyên góp sách cũ" in content
    assert "phân công đoàn viên" not in content


def test_a_telephone_sign_before_a_number_labels_the_phone() -> None:
    """'☎ 0912 …' under the person in charge, as a poster prints it: the sign is the phone's
    label; a number with no sign, or a sign before words, is none."""
    for line, phone in (
        ("☎ 0916 204 357", "0916204357"),
        ("📞: 0916.204.357", "0916204357"),
        ("☎\t0916 204 357", "0916204357"),
        ("☎ Gọi cho chúng tôi", None),
    ):
        doc = DocumentText(source="docx")
        for text in (
            "MÔ HÌNH “DÂN VẬN KHÉO” – Bếp ăn bán trú",
            "Đơn vị thực hiện: Chi hội Phụ nữ thôn Hòa Nam",
            "Phụ trách: Bà Lý Thị Dịu – Chi hội trưởng",
            line,
        ):
            doc.paragraph(text)
        assert read_fields(doc).fields.get("phone") == phone


def _paper(title: list[str], lines: list[str]) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(
        ["HỘI NÔNG DÂN XÃ HÒA SƠN\n───", MOTTO + "\nHòa Sơn, ngày 09 tháng 3 năm 2027"], table=1
    )
    for line in title:
        doc.paragraph(line, centered=True)
    for line in lines:
        doc.paragraph(line)
    return doc


def test_a_speech_lists_what_the_model_will_do_under_a_lead_sentence() -> None:
    """Class: a launch speech leads into the model's contents in its own words, after an address
    ("Thưa bà con! Mô hình sẽ làm những việc sau:"), counts them in words ("Một là, …"), then
    goes on in sentences of its own: the list alone is the content."""
    doc = _paper(
        ["DIỄN VĂN", "LỄ RA MẮT MÔ HÌNH “RUỘNG LÚA KHÔNG KHÓI RƠM”"],
        [
            "Kính thưa các vị đại biểu!",
            "Hôm nay Hội Nông dân xã ra mắt mô hình “Ruộng lúa không khói rơm” tại thôn Đồng Mít.",
            "Thưa bà con! Mô hình sẽ làm những việc sau đây:",
            "Một là, thu gom rơm sau gặt để ủ phân, không đốt ngoài đồng;",
            "Hai là, mở 3 buổi hướng dẫn ủ rơm bằng chế phẩm vi sinh cho hội viên.",
            "Tổ ủ rơm có 12 hội viên, do ông Triệu Văn Khé làm tổ trưởng, rất mong bà con ủng hộ.",
            "Xin trân trọng cảm ơn!",
        ],
    )
    result = read_fields(doc)
    assert result.fields["content"] == (
        "Một là, thu gom rơm sau gặt để ủ phân, không đốt ngoài đồng; Hai là, mở 3 buổi hướng"
        " dẫn ủ rơm bằng chế phẩm vi sinh cho hội viên."
    )
    assert result.confidence["content"] < 0.9


def test_an_agreement_lists_what_the_receiving_side_pledges() -> None:
    """'…; Bên A cam kết:' after the model it builds: the pledged items are the content; the
    giver's article ('Nội dung và giá trị tài trợ') is not."""
    doc = _paper(
        ["THỎA THUẬN TÀI TRỢ", "Xây dựng mô hình “Giếng nước sạch cho bản”"],
        [
            "Điều 1. Nội dung và giá trị tài trợ",
            "Bên B tặng Bên A 6 bồn lọc nước, trị giá 30 triệu đồng.",
            "Điều 2. Trách nhiệm của Bên A",
            "Bên A dùng số bồn trên xây dựng mô hình “Giếng nước sạch cho bản”; Bên A cam kết:",
            "- Lắp bồn lọc tại 6 cụm dân cư trong tháng 5;",
            "- Giao mỗi cụm một hội viên giữ gìn, súc rửa bồn hằng quý.",
            "Chủ tịch Hội trực tiếp phụ trách, báo cáo Bên B kết quả sau 6 tháng.",
        ],
    )
    assert read_fields(doc).fields["content"] == (
        "- Lắp bồn lọc tại 6 cụm dân cư trong tháng 5; - Giao mỗi cụm một hội viên giữ gìn,"
        " súc rửa bồn hằng quý."
    )


def test_a_members_own_pledge_is_not_the_models_content() -> None:
    """'… tôi xin cam kết … như sau:' leads a member's own pledges, not a model's work: no
    content is opened by it."""
    doc = _paper(
        ["BẢN CAM KẾT", "TU DƯỠNG, RÈN LUYỆN NĂM 2027"],
        [
            "Thực hiện hướng dẫn của Đảng ủy, tôi xin cam kết tu dưỡng, rèn luyện năm 2027 như sau:",
            "- Giữ gìn đạo đức, lối sống giản dị;",
            "- Tham gia đầy đủ sinh hoạt chi bộ.",
        ],
    )
    assert "content" not in read_fields(doc).fields


def test_results_led_by_what_was_done_end_at_the_next_point_of_a_self_review() -> None:
    """'… mô hình …, bản thân đã:' inside point 2 of a self-review leads the results; point 3
    ('3. Về trách nhiệm nêu gương') is the review's next point, not more results."""
    doc = _paper(
        ["BẢN KIỂM ĐIỂM CÁ NHÂN", "Năm 2027"],
        [
            "I. Ưu điểm, kết quả đạt được",
            "1. Về tư tưởng chính trị",
            "Chấp hành tốt chủ trương của Đảng.",
            "2. Về thực hiện nhiệm vụ được giao",
            "Thực hiện mô hình “Sữa cho bé vùng cao” ở 3 thôn, bản thân đã:",
            "Vận động 45 bà mẹ cho con bú sớm; trẻ suy dinh dưỡng giảm từ 19% xuống 11%.",
            "3. Về trách nhiệm nêu gương",
            "Thường xuyên xuống thôn.",
        ],
    )
    result = read_fields(doc)
    assert result.kind.value == "report"
    assert result.fields["results"] == (
        "Vận động 45 bà mẹ cho con bú sớm; trẻ suy dinh dưỡng giảm từ 19% xuống 11%."
    )


def test_a_group_label_over_the_models_own_sub_labels() -> None:
    """'Mô hình đăng ký:' over 'Tên: …' and 'Việc làm cụ thể:': the name loses its sub-label,
    the listed work is the content."""
    doc = _paper(
        ["BẢN CAM KẾT", "TU DƯỠNG, RÈN LUYỆN NĂM 2027"],
        [
            "Họ và tên: Sầm Văn Tính",
            "Tôi đăng ký xây dựng mô hình “Dân vận khéo” như dưới đây.",
            "Mô hình đăng ký:",
            "Tên: Bí thư chi bộ gõ cửa từng nhà vận động làm nhà tiêu hợp vệ sinh",
            "Việc làm cụ thể:",
            "1. Họp dân từng xóm nói về lợi ích nhà tiêu hợp vệ sinh;",
            "2. Gia đình tôi làm trước để bà con xem.",
            "IV. Đề nghị",
            "Đề nghị chi bộ giúp đỡ.",
        ],
    )
    result = read_fields(doc)
    assert result.kind.value == "registration"
    assert result.fields["model_name"] == (
        "Bí thư chi bộ gõ cửa từng nhà vận động làm nhà tiêu hợp vệ sinh"
    )
    assert result.fields["content"] == (
        "1. Họp dân từng xóm nói về lợi ích nhà tiêu hợp vệ sinh; 2. Gia đình tôi làm trước để"
        " bà con xem."
    )


def test_a_contracts_roman_article_ends_the_pledged_list() -> None:
    """'ĐIỀU III: TRÁCH NHIỆM CỦA BÊN B' after the receiving side's list: the next article."""
    doc = _paper(
        ["HỢP ĐỒNG TÀI TRỢ", "(V/v hỗ trợ mô hình “Sân chơi cho trẻ bản Mò”)"],
        [
            "ĐIỀU I: NỘI DUNG HỢP ĐỒNG",
            "Bên B tài trợ 30 triệu đồng cho Chi đoàn bản Mò (Bên A).",
            "ĐIỀU II: TRÁCH NHIỆM CỦA BÊN A",
            "Bên A sử dụng tiền tài trợ đúng mục đích, cụ thể:",
            "- Làm xích đu, cầu trượt bằng gỗ tại sân nhà văn hóa;",
            "- Giao Chi đoàn trông coi sân chơi vào chiều thứ Bảy.",
            "ĐIỀU III: TRÁCH NHIỆM CỦA BÊN B",
            "Chuyển tiền trong 10 ngày kể từ ngày ký.",
        ],
    )
    result = read_fields(doc)
    assert result.kind.value == "registration"
    assert result.fields["content"] == (
        "- Làm xích đu, cầu trượt bằng gỗ tại sân nhà văn hóa; - Giao Chi đoàn trông coi sân"
        " chơi vào chiều thứ Bảy."
    )


def test_a_proposal_letters_lead_tells_what_was_done_not_contents() -> None:
    """A letter proposing a model for recognition ('… với những nội dung sau:') is an account
    of what the model did: its lead opens no contents."""
    doc = _paper(
        ["TỜ TRÌNH", "Về việc đề nghị công nhận mô hình “Dân vận khéo” năm 2027"],
        [
            "Hội Nông dân xã kính trình Đảng ủy xã công nhận mô hình “Vườn cam sạch bản Khe”"
            " là mô hình tiêu biểu, với những nội dung sau:",
            "- 30 hộ trồng cam theo hướng hữu cơ, thu 90 tấn quả;",
            "- Hội viên góp 60 triệu đồng làm đường vào vườn.",
        ],
    )
    result = read_fields(doc)
    assert result.kind.value == "report"
    assert "content" not in result.fields
