"""Results said in prose, in reports with no "Kết quả" label: a press release's bullets under
"Một số kết quả chính:", an event script's figures under "Những con số của mô hình (…):", a
letter of thanks' paragraph of what the gifts became. Read for review (below 0.9); the
paragraph of the response to the appeal is not the results. Texts of our own."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields import outcomes
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def test_bullets_under_a_lead_line_are_the_results() -> None:
    lines = [
        "Mô hình do Chi hội Nông dân thôn Bến Đá xây dựng từ năm 2024.",
        "Những con số sau hai năm (người dẫn đọc trước phần báo cáo):",
        "• 73 hộ tham gia làm phân hữu cơ từ rơm rạ;",
        "• Giảm 40% lượng phân hóa học, năng suất lúa tăng 6 tạ/ha;",
        "Nguyễn Văn Bảy",
    ]
    said = outcomes.results("\n".join(lines))
    assert said is not None and said.how == "lead"
    assert said.text.startswith("• 73 hộ tham gia")
    assert said.text.endswith("tăng 6 tạ/ha")
    assert "Nguyễn Văn Bảy" not in said.text


def test_one_paragraph_under_a_lead_line_and_a_trailing_quote_dropped() -> None:
    paragraph = ["Kết quả một năm (đồng chí Trưởng ban báo cáo):",
                 "Cả 54 hộ đã làm nhà vệ sinh hợp vệ sinh, tỷ lệ đạt 100%.", "Lò Văn Piểng"]  # fmt: skip
    assert (
        outcomes.after_lead(paragraph) == "Cả 54 hộ đã làm nhà vệ sinh hợp vệ sinh, tỷ lệ đạt 100%"
    )
    bullets = ["Một số kết quả chính:", "- 20 km kênh được nạo vét;",
               "- 9 tổ dùng nước được lập. “Nay nước về tận ruộng.” – ông Lù Văn Sính, bản Nặm"]  # fmt: skip
    assert outcomes.after_lead(bullets) == "20 km kênh được nạo vét; - 9 tổ dùng nước được lập"


def test_items_under_a_lead_whose_bullets_were_lost_run_while_they_end_on_semicolons() -> None:
    lines = ["Sau hai năm:", "41 hộ trồng 60 ha quế;", "Thu nhập tăng 25%.", "“Quế tốt lắm.”"]
    assert outcomes.after_lead(lines) == "41 hộ trồng 60 ha quế; Thu nhập tăng 25%"


def test_a_lead_and_a_paragraph_a_scan_broke_into_lines_are_joined_again() -> None:
    body = (
        "Kết quả cả năm (đồng chí Trưởng thôn báo cáo, ĐT\n0366 101 202):\n"
        "Cả 61 hộ đã xây bể chứa nước,\nkhông còn hộ nào thiếu nước sinh\nhoạt mùa khô.\n"
        "Vì A Chống"
    )
    said = outcomes.results(body)
    assert said is not None and said.how == "lead"
    assert (
        said.text == "Cả 61 hộ đã xây bể chứa nước, không còn hộ nào thiếu nước sinh hoạt mùa khô"
    )


def test_a_lead_line_needs_a_colon_and_words_of_outcomes() -> None:
    assert outcomes.is_lead("Sau một năm:")
    assert not outcomes.is_lead("Báo cáo kết quả thực hiện mô hình")  # an agenda item, no colon
    assert not outcomes.is_lead("Thành phần tham dự:")
    assert not outcomes.is_lead("- Kết quả: tốt;")  # a bullet is no lead
    assert not outcomes.is_lead("Kết quả dự kiến (đến hết năm 2027):")  # a plan
    assert not outcomes.is_lead("Những kết quả chưa đạt được:")  # a shortfall


def test_of_two_so_far_paragraphs_the_one_of_what_was_done() -> None:
    lines = [
        "Sau 6 tháng vận động, chương trình nhận được sự hưởng ứng của 250 hộ với tổng số tiền "
        "95.000.000 đồng.",
        "Đến nay đã đổ 2,1 km đường bê tông và lắp 40 cột đèn; trẻ em đi học không còn lội bùn.",
    ]
    assert outcomes.so_far(lines) == (
        "Đến nay đã đổ 2,1 km đường bê tông và lắp 40 cột đèn; trẻ em đi học không còn lội bùn"
    )
    assert outcomes.so_far(lines[:1]) is not None  # alone, the response is all there is


def _letter() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.paragraph("ĐOÀN TNCS HỒ CHÍ MINH XÃ SUỐI GIÀNG", bold=True)
    doc.paragraph(MOTTO, bold=True, centered=True)
    doc.paragraph("Suối Giàng, ngày 14 tháng 3 năm 2026")
    doc.paragraph("THƯ CẢM ƠN", bold=True, centered=True)
    doc.paragraph("Kính gửi: Quý nhà hảo tâm và bà con các bản.")
    doc.paragraph(
        "Năm 2025, Đoàn xã Suối Giàng thực hiện mô hình “Tủ sách bản em” tại bản Pang Cáng, do "
        "đồng chí Sùng A Dơ, Bí thư Đoàn xã, trực tiếp phụ trách."
    )
    doc.paragraph("Các nhà hảo tâm và 84 đoàn viên đã ủng hộ 36 triệu đồng cùng 1.200 cuốn sách.")
    doc.paragraph(
        "Nay bản đã có 3 tủ sách mở, mỗi tháng 150 lượt em mượn đọc; 12 em đọc chưa thạo nay đã "
        "đọc trôi chảy."
    )
    doc.paragraph("Đoàn xã xin chân thành cảm ơn tấm lòng của quý vị.")
    doc.paragraph("BÍ THƯ", bold=True)
    doc.paragraph("Sùng A Dơ", bold=True)
    return doc


def test_a_letter_of_thanks_gives_the_paragraph_before_its_thanks_for_review() -> None:
    result = read_fields(_letter())
    results = str(result.fields["results"])
    assert results.startswith("Nay bản đã có 3 tủ sách mở")
    assert "ủng hộ" not in results  # the gifts' paragraph is not what they became
    assert result.confidence["results"] < 0.9


def test_the_paragraph_before_thanks_is_read_only_in_a_letter_of_thanks() -> None:
    body = "Nay bản đã có 3 tủ sách, 150 lượt em mượn đọc mỗi tháng ở bản.\nXin cảm ơn quý vị."
    assert outcomes.results(body, "BÁO CÁO") is None
    said = outcomes.results(body, "THƯ CẢM ƠN")
    assert said is not None and said.how == "letter"
    gifts = "Bà con đã đóng góp 36 triệu đồng và 300 ngày công cho bản.\nXin cảm ơn quý vị."
    assert outcomes.results(gifts, "THƯ CẢM ƠN") is None


def test_a_phone_beside_a_post_without_a_name_goes_to_each_holder_of_that_post() -> None:
    from documents.extraction.fields.frame import from_phones_of_posts

    text = (
        "Chủ trì: đồng chí Lò Văn Khiêm, Chủ tịch Hội Nông dân xã\n"
        "Dẫn chương trình: đồng chí Quàng Thị Én, Bí thư Đoàn xã\n"
        "Số liệu (đồng chí Chủ tịch Hội trình bày, ĐT 0367 220 518):"
    )
    found = list(from_phones_of_posts(text))
    assert [(c.text, c.group) for c in found] == [("0367220518", "name:lo van khiem")]
    assert all(c.strength < 0.9 for c in found)
    # a person named with the phone is read elsewhere (`from_phones_of_people`), not here
    assert not list(from_phones_of_posts("MC: đồng chí Quàng Thị Én, Bí thư (ĐT 0367 220 518)"))


def test_a_posts_lead_pointing_down_at_its_bullets_opens_the_results() -> None:
    """A page's post ends its lead on a hand pointing down, not a colon; a lead opening on the
    time so far may run longer than a title-like one."""
    lines = [
        "Tròn 8 tháng hoạt động ở nhà sinh hoạt cộng đồng xóm Đồng Tâm, câu lạc bộ của Chi đoàn "
        "thôn đã trở thành nơi hẹn quen thuộc của các bạn nhỏ mỗi tối cuối tuần 👇",
        "- 640 lượt thiếu nhi đến mượn truyện, tập vẽ;",
        "- 21 đoàn viên thay phiên trông lớp.",
        "Mọi góp ý xin gửi về trang của Chi đoàn.",
    ]
    said = outcomes.results("\n".join(lines))
    assert said is not None and said.how == "lead"
    assert (
        said.text
        == "640 lượt thiếu nhi đến mượn truyện, tập vẽ; - 21 đoàn viên thay phiên trông lớp"
    )
    assert not outcomes.is_lead("Ảnh các bạn nhỏ của câu lạc bộ 👇")
