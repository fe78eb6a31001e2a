"""Papers that tell one model in running text, with no labels: a bulletin's interview, a news
script, an invitation whose agenda has the model reported. Read as reports for review (every
value below 0.9), the reporter's questions, the publisher and an invitation's venue apart.
Layouts and people of our own."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.fields import story
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _interview() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.paragraph("BAN TUYÊN GIÁO HUYỆN ỦY MƯỜNG KHƯƠNG", bold=True, centered=True)
    doc.paragraph("BẢN TIN SINH HOẠT CHI BỘ", bold=True, centered=True)
    doc.paragraph("Số 3 – Tháng 9/2026", centered=True)
    doc.paragraph("Nước sạch về bản cao", bold=True, centered=True)
    doc.paragraph(
        "Mô hình “Bể nước chung cho bản Pả Lùng” của Chi đoàn bản Pả Lùng đã đưa nước về "
        "từng nhà. Phóng viên trao đổi với anh Giàng A Sử, Bí thư Chi đoàn bản Pả Lùng."
    )
    doc.paragraph(
        "PV: Cả huyện còn 1.500 hộ thiếu nước, 40 tỷ đồng vốn chương trình. Anh bắt đầu ra sao?"
    )
    doc.paragraph(
        "Anh Giàng A Sử: Ở bản Tả Ván, bản Pả Lùng nước thiếu. Chúng tôi xây bể ngay tại bản Pả Lùng."
    )
    doc.paragraph("PV: Ai góp sức, tiền ở đâu?")
    doc.paragraph(
        "Anh Giàng A Sử: Có 31 đoàn viên thay nhau đào rãnh. Đoàn viên và bà con đóng góp "
        "42.000.000 đồng mua ống; ngân hàng cho vay thêm 100 triệu đồng nhưng đó là vay riêng."
    )
    doc.paragraph("PV: Kết quả đến nay?")
    doc.paragraph(
        "Anh Giàng A Sử: Kết quả: 58 hộ có nước sạch quanh năm, trẻ em không phải đi gánh nước "
        "buổi sáng nữa. Ai cần hỏi cách làm cứ gọi số 0977 123 456."
    )
    doc.paragraph("HOÀNG MAI (thực hiện)", bold=True)
    return doc


def test_an_interview_about_one_model_is_a_report_read_from_its_answers() -> None:
    result = read_fields(_interview())
    fields = result.fields
    assert result.kind is Kind.REPORT
    assert fields["model_name"] == "Bể nước chung cho bản Pả Lùng"
    assert fields["unit_name"] == "Chi đoàn bản Pả Lùng"
    assert fields["leader_name"] == "Giàng A Sử"
    assert fields["leader_position"] == "Bí thư Chi đoàn bản Pả Lùng"
    assert fields["phone"] == "0977123456"
    assert fields["participants"] == 31
    assert fields["funds_vnd"] == 42_000_000  # the question's 40 tỷ and the loan are not it
    assert str(fields["results"]).startswith("58 hộ có nước sạch quanh năm")
    assert "gọi số" not in str(fields["results"])
    assert fields["location"] == "bản Pả Lùng"  # where it was built, not where water lacks
    assert result.confidence and max(result.confidence.values()) < 0.9


def _script(closing: bool) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["UBND XÃ PHÚC LỢI\nĐÀI TRUYỀN THANH XÃ", MOTTO], table=1)
    doc.paragraph("BẢN TIN PHÁT THANH", bold=True, centered=True)
    doc.row(["Chủ đề", "Gương người tốt"], table=2)
    doc.row(["Người viết", "Nông Văn Hải – cộng tác viên"], table=2)
    doc.paragraph("Những ngọn đèn ở thôn Nà Ngần", bold=True, centered=True)
    doc.paragraph(
        "Thưa bà con! Con đường vào thôn Nà Ngần nay sáng đèn suốt đêm, nhờ các hội viên phụ nữ."
    )
    doc.paragraph(
        "Đó là mô hình “Thắp sáng ngõ xóm” do Chi hội Phụ nữ thôn Nà Ngần làm từ đầu năm. "
        "Chị Hà Thị Mến, Chi hội trưởng Phụ nữ thôn, người phụ trách mô hình, cho biết như vậy."
    )
    doc.paragraph(
        "Tổ có 22 hội viên, chia nhau lắp đèn ở thôn Nà Ngần. Các chị tự góp 9.500.000 đồng "
        "mua bóng đèn và dây điện."
    )
    doc.paragraph(
        "Kết quả, 3 km đường thôn đã có đèn, không còn xảy ra trộm cắp ban đêm trong năm 2026."
    )
    doc.paragraph("Ai cần giúp lắp đèn xin gọi chị Mến theo số 0912 555 017.")
    if closing:
        doc.row(["DUYỆT BÀI\n\n\nLý Văn Tú", "NGƯỜI VIẾT\n\n\nNông Văn Hải"], table=3)
    return doc


def test_a_news_script_is_read_with_or_without_its_closing_table() -> None:
    for closing in (True, False):
        result = read_fields(_script(closing))
        fields = result.fields
        assert result.kind is Kind.REPORT
        assert fields["unit_name"] == "Chi hội Phụ nữ thôn Nà Ngần"  # not the radio station
        assert fields["leader_name"] == "Hà Thị Mến"
        assert fields["leader_position"] == "Chi hội trưởng Phụ nữ thôn"
        assert fields["location"] == "thôn Nà Ngần"
        assert fields["participants"] == 22
        assert fields["funds_vnd"] == 9_500_000
        assert fields["phone"] == "0912555017"
        assert str(fields["results"]).startswith("3 km đường thôn đã có đèn")
        assert max(result.confidence.values()) < 0.9


def _invitation(title: str, lead: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["ĐẢNG ỦY XÃ HÒA BÌNH\nSố: 12-GM/ĐU", f"{MOTTO}\nHòa Bình, ngày 3 tháng 7 năm 2026"],
            table=1)  # fmt: skip
    doc.paragraph("GIẤY MỜI", bold=True, centered=True)
    doc.paragraph(title, bold=True, centered=True)
    doc.paragraph("Ban Thường vụ Đảng ủy xã trân trọng kính mời:")
    doc.paragraph(lead)
    doc.paragraph("Thời gian: 8 giờ 00 ngày 10/7/2026.")
    doc.paragraph("Địa điểm: Hội trường Ủy ban nhân dân xã Hòa Bình.")
    doc.paragraph("Chương trình:")
    doc.paragraph("1. Tuyên bố lý do;")
    doc.paragraph(
        "2. Ông Lý Văn Bảo, Tổ trưởng tổ hòa giải thôn Đồng Tâm, người phụ trách mô hình, "
        "báo cáo: mô hình thực hiện tại thôn Đồng Tâm từ năm 2024, vận động 40 hộ tham gia. "
        "Kết quả: hòa giải thành 15 vụ việc, không có đơn thư vượt cấp;"
    )
    doc.paragraph("3. Trao giấy khen và bế mạc.")
    doc.row(["Nơi nhận:\n- Như trên;\n- Lưu VP.", "T/M ĐẢNG ỦY\nBÍ THƯ\n\n\nVũ Đình Quang"],
            table=2)  # fmt: skip
    return doc


def test_an_invitation_tells_its_model_not_its_venue_nor_its_signer() -> None:
    doc = _invitation(
        "Dự lễ biểu dương mô hình “Dân vận khéo” năm 2026",
        "Tới dự lễ biểu dương mô hình “Hòa giải giỏi” của Ban Công tác Mặt trận thôn Đồng Tâm.",
    )
    result = read_fields(doc)
    fields = result.fields
    assert result.kind is Kind.REPORT
    assert fields["model_name"] == "Hòa giải giỏi"
    assert fields["unit_name"] == "Ban Công tác Mặt trận thôn Đồng Tâm"
    assert fields["leader_name"] == "Lý Văn Bảo"
    assert fields["location"] == "thôn Đồng Tâm"  # not the hall the guests meet in
    assert fields["participants"] == 40
    assert str(fields["results"]).startswith("hòa giải thành 15 vụ việc")
    assert max(result.confidence.values()) < 0.9


def test_an_invitation_to_visit_one_model_is_a_report_one_about_two_is_not() -> None:
    one = _invitation(
        "Dự hội nghị tham quan mô hình “Dân vận khéo”",
        "Tới dự hội nghị tham quan mô hình “Hòa giải giỏi” của Ban Công tác Mặt trận thôn Đồng Tâm.",
    )
    assert read_fields(one).kind is Kind.REPORT
    two = _invitation(
        "Dự hội nghị nhân rộng mô hình “Dân vận khéo”",
        "Tới dự hội nghị nhân rộng mô hình “Hòa giải giỏi” và mô hình “Đường hoa” của các thôn.",
    )
    assert read_fields(two).kind is Kind.UNKNOWN


def test_a_form_with_labels_is_not_read_as_a_story() -> None:
    doc = DocumentText(source="docx")
    doc.row(["CHI BỘ THÔN ĐỒNG TÂM", MOTTO], table=1)
    doc.paragraph("BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO”", bold=True, centered=True)
    doc.paragraph("1. Tên mô hình: Đường hoa thôn Đồng Tâm")
    doc.paragraph("2. Người phụ trách: Lê Thị Hương")
    doc.paragraph(
        "3. Kết quả: học tập mô hình “Hòa giải giỏi” của Ban Công tác Mặt trận thôn Bắc, chi bộ "
        "trồng 2 km hoa ở thôn Đồng Tâm."
    )
    assert list(story.from_story("\n".join(b.text for b in doc.blocks), {"model_name"})) == []
    result = read_fields(doc)
    assert str(result.fields["unit_name"]).casefold() == "chi bộ thôn đồng tâm"


def test_a_title_over_two_lines_makes_no_cover_word() -> None:
    """'… ĐIỆN BIÊN' over 'BẢN TIN …' is no 'biên bản' (a record, never a report)."""
    doc = _interview()
    doc.blocks[0] = type(doc.blocks[0])(
        doc.blocks[0].kind, ("BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN",), bold=True, centered=True
    )
    doc.blocks[1] = type(doc.blocks[1])(
        doc.blocks[1].kind, ("BẢN TIN DÂN VẬN",), bold=True, centered=True
    )
    assert read_fields(doc).kind is Kind.REPORT


def test_counts_in_words_and_places_in_sentences() -> None:
    assert story.members("Mười hai cụ trong tổ góp 3 triệu đồng.") == 12
    assert story.members("Cả xóm có 214 hộ đều được tổ đến thăm.") is None
    assert story.place_in("Ở xóm 4 xã Hòa Bình, bà con đã quen việc này.") == "xóm 4"
    assert story.place_in("Lớp mở tại nhà văn hóa bản Chư Pả, ở bản Lao Chải.") == (
        "nhà văn hóa bản Chư Pả"
    )
    assert story.place_in("Đại biểu tập trung tại hội trường xã Hòa Bình.") is None


def test_the_unit_written_after_the_model_and_a_remark_in_brackets() -> None:
    text = "Mô hình “Bếp ấm” (mô hình tập thể) của Chi hội Phụ nữ thôn 2 đã nấu 300 suất ăn."
    assert story.unit_after(text, story.quoted_models(text)[0][1]) == "Chi hội Phụ nữ thôn 2"
    text = "Mô hình “Bếp ấm” giúp 30 cháu có bữa trưa, do các mẹ tự làm."
    assert story.unit_after(text, story.quoted_models(text)[0][1]) is None


def test_an_invitation_titled_alone_says_what_to_in_its_first_line() -> None:
    """A photo's OCR ran the line under "GIẤY MỜI" into the next sentence: not centred, so the
    title is "GIẤY MỜI" alone; its first line still says it honours a model."""
    doc = _invitation("", "")
    doc.blocks[2] = type(doc.blocks[2])(
        doc.blocks[2].kind,
        ("Dự lễ biểu dương mô hình “Dân vận khéo” năm 2026 Ban Thường vụ Đảng ủy xã kính mời:",),
    )
    doc.blocks[3] = type(doc.blocks[3])(
        doc.blocks[3].kind,
        ("Tới dự lễ biểu dương mô hình “Hòa giải giỏi” của Ban Công tác Mặt trận thôn Đồng Tâm.",),
    )
    result = read_fields(doc)
    assert result.kind is Kind.REPORT
    assert result.fields["leader_name"] == "Lý Văn Bảo"  # not the signer
    assert result.fields["location"] == "thôn Đồng Tâm"


def test_an_official_who_only_speaks_of_the_model_yields_to_the_person_of_the_title() -> None:
    doc = DocumentText(source="docx")
    doc.paragraph("GƯƠNG SÁNG VÙNG CAO", bold=True, centered=True)
    doc.paragraph("Chị Lường Thị Dung – người giữ lửa bếp bán trú", bold=True, centered=True)
    doc.paragraph(
        "Mỗi sáng, chị Lường Thị Dung, Chi hội trưởng Phụ nữ bản Huổi Só, nấu cơm cho các cháu."
    )
    doc.paragraph(
        "Ông Quàng Văn Chính, Chủ tịch UBND xã, cho biết mô hình “Bếp ăn bán trú” đã giúp "
        "80 cháu đến lớp đều, các mẹ góp 12 triệu đồng mua nồi, bát."
    )
    result = read_fields(doc)
    assert result.kind is Kind.REPORT
    assert result.fields.get("leader_name") == "Lường Thị Dung"
    assert max(result.confidence.values()) < 0.9
