"""Where a free-text value starts and ends (`passages.py`), on small layouts of our own (invented
units, people and wording), through the whole reader and stage by stage."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.found import Item
from documents.extraction.fields.passages import (
    first_sentence,
    is_restatement,
    is_subheading,
    settle,
)
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
HEADER = "ĐẢNG BỘ PHƯỜNG BẾN THỦY\nCHI BỘ KHỐI 7"


def _doc(*lines: str | tuple[str, ...]) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row([HEADER, MOTTO + "\nBến Thủy, ngày 3 tháng 12 năm 2025"], table=1)
    table = 1
    previous_tuple = False
    for line in lines:
        if isinstance(line, tuple):
            table += 0 if previous_tuple else 1
            doc.row(list(line), table=table)
            previous_tuple = True
        else:
            doc.paragraph(line)
            previous_tuple = False
    doc.row(["Nơi nhận:\n- Lưu.", "T/M CHI BỘ\nBÍ THƯ\n\n\nLê Thị Hồng"], table=99)
    return doc


def _item(*lines: str, name: str = "results") -> Item:
    item = Item(name, 1.0, None)
    for line in lines:
        item.add(line, None)
    return item


# ------------------------------------------------------------------ a list, then a paragraph


def test_a_closed_bulleted_list_ends_the_results_and_the_paragraph_after_keeps_its_figures() -> (
    None
):
    doc = _doc(
        "BÁO CÁO SƠ KẾT MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Ngõ sáng, ngõ sạch",
        "Kết quả đạt được:",
        "- Lắp 38 bóng đèn chiếu sáng ở 9 ngõ;",
        "- Các ngõ được quét dọn mỗi sáng thứ bảy.",
        "Đã có 211/230 hộ góp công; bà con đóng góp 47 triệu đồng.",
        "III. NHIỆM VỤ THỜI GIAN TỚI",
        "Duy trì lịch quét dọn.",
    )
    result = read_fields(doc)
    assert result.fields["results"] == (
        "- Lắp 38 bóng đèn chiếu sáng ở 9 ngõ; - Các ngõ được quét dọn mỗi sáng thứ bảy."
    )
    assert result.confidence["results"] >= 0.9  # the list closed itself: a clear end
    assert result.fields["funds_vnd"] == 47_000_000  # the paragraph still gives the money


def test_a_list_not_closed_the_usual_way_keeps_the_paragraph_after_it() -> None:
    lines = (
        "BÁO CÁO SƠ KẾT MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Ngõ sáng, ngõ sạch",
        "Kết quả đạt được:",
        "- Lắp 38 bóng đèn chiếu sáng ở 9 ngõ.",
        "- Các ngõ được quét dọn mỗi sáng thứ bảy.",
    )
    concluded = read_fields(_doc(*lines, "Nhờ vậy khối được phường khen thưởng cuối năm."))
    assert str(concluded.fields["results"]).endswith("khen thưởng cuối năm.")
    assert concluded.confidence["results"] >= 0.9  # a conclusion of the list: its own text
    figures = read_fields(_doc(*lines, "Có 211/230 hộ tham gia, góp 47 triệu đồng."))
    assert str(figures.fields["results"]).endswith("góp 47 triệu đồng.")
    assert figures.confidence["results"] < 0.9  # who took part and the money: maybe apart
    assert "đoạn văn sau" in figures.doubts["results"]


def test_a_paragraph_before_the_list_is_kept_and_the_mix_is_not_trusted() -> None:
    item = _item(
        "Sau một năm, khối đạt được:",
        "- Lắp 38 bóng đèn;",
        "- Quét dọn mỗi tuần.",
        "Bà con đóng góp 47 triệu đồng.",
    )
    settle([item])
    assert len(item.parts) == 4
    assert item.doubt


def test_a_wrapped_item_of_the_list_is_not_a_new_paragraph() -> None:
    item = _item("- Lắp 38 bóng đèn chiếu sáng ở 9 ngõ và", "đường trục khối;", "- Quét dọn.")
    settle([item])
    assert [p.text for p in item.parts][-1] == "- Quét dọn."
    assert not item.after and not item.doubt


# ------------------------------------------------------------------ a section told in prose


def test_report_section_keeps_only_the_sentences_that_tell_results() -> None:
    doc = _doc(
        "BÁO CÁO THÀNH TÍCH NĂM 2025",
        "I. TÌNH HÌNH",
        "Khối có 230 hộ, 31 đảng viên.",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        "1. Xây dựng mô hình “Dân vận khéo”",
        "Năm 2025, Chi bộ khối 7 đăng ký xây dựng mô hình “Ngõ sáng, ngõ sạch”, giao đồng chí "
        "Phan Văn Quý – Phó Bí thư Chi bộ trực tiếp phụ trách (số điện thoại: 0915 224 781).",
        "Khối đã lắp 38 bóng đèn chiếu sáng ở 9 ngõ.",
        "Các ngõ được quét dọn mỗi sáng thứ bảy; không còn rác đổ trộm.",
        "2. Một số chỉ tiêu",
        ("TT", "Nội dung", "Số lượng"),
        ("1", "Bóng đèn lắp mới", "38"),
        ("2", "Ngày công", "120"),
        "III. ĐỀ NGHỊ",
        "Đề nghị Đảng ủy phường tặng Giấy khen.",
    )
    result = read_fields(doc)
    assert result.fields["results"] == (
        "Khối đã lắp 38 bóng đèn chiếu sáng ở 9 ngõ. "
        "Các ngõ được quét dọn mỗi sáng thứ bảy; không còn rác đổ trộm."
    )
    assert result.fields["phone"] == "0915224781"  # the registration sentence went to the prose


def test_a_trailing_title_and_a_scanned_table_header_are_not_results() -> None:
    item = _item(
        "Khối đã lắp 38 bóng đèn chiếu sáng ở 9 ngõ.",
        "2. Một số chỉ tiêu",
        "TT Nội dung Số lượng",
    )
    settle([item])
    assert [p.text for p in item.parts] == ["Khối đã lắp 38 bóng đèn chiếu sáng ở 9 ngõ."]


def test_a_numbered_list_of_results_keeps_its_items() -> None:
    item = _item("1. Lắp 38 bóng đèn chiếu sáng;", "2. Không còn rác đổ trộm")
    settle([item])
    assert len(item.parts) == 2  # the last item lost its stop: still an item, not a title
    item = _item("1. Tuyên truyền", "Tổ chức 6 buổi nói chuyện.", "2. Vận động", "Có 80 hộ ký.")
    settle([item])
    assert len(item.parts) == 4  # several sub-sections: all kept, and not trusted
    assert item.doubt


def test_content_keeps_its_first_sentence_whatever_it_says() -> None:
    sentence = "Chi bộ đăng ký mô hình “Ngõ sáng”, do đồng chí Phan Văn Quý phụ trách."
    item = _item(sentence, "Mỗi tuần quét dọn một lần.", name="content")
    settle([item])
    assert item.parts[0].text == sentence


# ------------------------------------------------------------------ the stages' tests


def test_what_a_sub_heading_is() -> None:
    assert is_subheading("1. Xây dựng mô hình “Dân vận khéo”")
    assert is_subheading("II. Một số chỉ tiêu")
    assert not is_subheading("1. Lắp 38 bóng đèn chiếu sáng.")
    assert not is_subheading("- Các ngõ được quét dọn")
    assert not is_subheading("2. Kết quả đạt được:")
    assert not is_subheading("Một số chỉ tiêu")


def test_what_a_restatement_is() -> None:
    assert is_restatement(
        "Năm 2025, Chi bộ đăng ký mô hình “Ngõ sáng”, do đồng chí Phan Văn Quý trực tiếp phụ trách."
    )
    assert is_restatement("Chi bộ đã đăng ký thực hiện mô hình “Ngõ sáng” từ tháng 3.")
    # a figure of what was done makes it a result
    assert not is_restatement("Chi bộ đăng ký mô hình “Ngõ sáng”, vận động 120 hộ tham gia.")
    assert not is_restatement("Mô hình “Ngõ sáng” được phường chọn để nhân rộng.")


def test_first_sentence_stops_before_a_capital_or_a_bullet() -> None:
    assert first_sentence("Lắp 38 bóng đèn (đợt 1). Các ngõ sạch.") == (
        "Lắp 38 bóng đèn (đợt 1).",
        "Các ngõ sạch.",
    )
    assert first_sentence("Đạt 2,5 km. - Quét dọn.") == ("Đạt 2,5 km.", "- Quét dọn.")
    assert first_sentence("Đạt 2.5 km đường") == ("Đạt 2.5 km đường", "")


def test_a_restatement_giving_the_model_to_someone_then_the_results_label() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ NĂM 2025",
        "1. Công tác tuyên truyền",
        "Lồng ghép tuyên truyền vào 10 buổi sinh hoạt khối.",
        "2. Kết quả xây dựng mô hình “Dân vận khéo”",
        "Chi bộ chọn xây dựng mô hình “Ngõ sáng, ngõ sạch”, giao ông Phan Văn Quý – Tổ trưởng "
        "tổ dân phố trực tiếp theo dõi, đôn đốc. Kết quả:",
        "- Lắp 38 bóng đèn chiếu sáng ở 9 ngõ.",
        "- Các ngõ được quét dọn mỗi sáng thứ bảy.",
        "3. Tồn tại",
        "Còn 2 ngõ chưa có đèn.",
    )
    result = read_fields(doc)
    assert result.fields["results"] == (
        "- Lắp 38 bóng đèn chiếu sáng ở 9 ngõ. - Các ngõ được quét dọn mỗi sáng thứ bảy."
    )


# ------------------------------------------------------------------ objective is not content


def test_an_objective_yields_to_the_content_beside_it() -> None:
    lines = (
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "1. Tên mô hình: Ngõ sáng, ngõ sạch",
        "2. Mục tiêu: Mọi ngõ của khối có đèn và sạch rác.",
        "3. Nội dung, cách làm:",
        "- Mỗi hộ góp 100 nghìn đồng mua đèn;",
        "- Tổ dân phố chia lịch quét dọn.",
        "4. Thời gian thực hiện: năm 2025",
    )
    result = read_fields(_doc(*lines))
    assert result.fields["content"] == (
        "- Mỗi hộ góp 100 nghìn đồng mua đèn; - Tổ dân phố chia lịch quét dọn."
    )
    assert result.confidence["content"] >= 0.85
    alone = read_fields(_doc(*lines[:3], lines[-1]))  # the only text of the form: taken
    assert alone.fields["content"] == "Mọi ngõ của khối có đèn và sạch rác."


def test_an_objective_under_an_empty_content_label_is_part_of_the_content() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "1. Tên mô hình: Ngõ sáng, ngõ sạch",
        "2. Nội dung, cách làm",
        "Mục tiêu: mọi ngõ của khối có đèn và sạch rác.",
        "- Mỗi hộ góp 100 nghìn đồng mua đèn.",
        "3. Thời gian thực hiện: năm 2025",
    )
    result = read_fields(doc)
    assert str(result.fields["content"]).startswith("mọi ngõ của khối có đèn")
    assert result.confidence["content"] >= 0.9


def test_a_restatement_over_several_scanned_lines_goes_whole() -> None:
    item = _item(
        "Năm 2025, Chi bộ khối 7 đăng ký xây dựng mô hình “Ngõ sáng, ngõ sạch”, giao",
        "đồng chí Phan Văn Quý – Phó Bí thư Chi bộ trực tiếp phụ trách (số điện thoại:",
        "0915 224 781). Khối đã lắp 38 bóng đèn chiếu sáng ở 9 ngõ.",
        "Các ngõ được quét dọn mỗi sáng thứ bảy.",
    )
    moved = settle([item]).prose
    assert [p.text for p in item.parts] == [
        "Khối đã lắp 38 bóng đèn chiếu sáng ở 9 ngõ.",
        "Các ngõ được quét dọn mỗi sáng thứ bảy.",
    ]
    assert "0915 224 781" in moved[0][0]


def test_of_a_section_in_numbered_parts_the_part_titled_as_results_is_the_value() -> None:
    item = _item(
        "1. Công tác tuyên truyền",
        "Lồng ghép tuyên truyền vào 10 buổi sinh hoạt khối.",
        "2. Kết quả thực hiện mô hình “Ngõ sáng, ngõ sạch”",
        "Khối đã lắp 38 bóng đèn chiếu sáng ở 9 ngõ.",
        "3. Tồn tại",
        "Còn 2 ngõ chưa có đèn.",
    )
    settle([item])
    assert [p.text for p in item.parts] == ["Khối đã lắp 38 bóng đèn chiếu sáng ở 9 ngõ."]
    assert not item.doubt
    untitled = _item("1. Tuyên truyền", "Tổ chức 6 buổi.", "2. Vận động", "Có 80 hộ ký.")
    settle([untitled])
    assert len(untitled.parts) == 4  # no part says it is the results: all kept, doubted
    assert untitled.doubt


def test_of_a_report_on_other_business_too_the_part_titled_by_the_model_is_the_results() -> None:
    """A ward's monthly report tells several matters; the model is one of them, and a lead-in
    that says who runs it is no result (it goes back to the prose)."""
    item = _item(
        "1. Kinh tế – dịch vụ",
        "Các chợ tạm hoạt động ổn định; thu thuế đạt 92% kế hoạch.",
        "2. Trật tự đô thị và mô hình “Vỉa hè thông thoáng, phố phường văn minh”",
        "Mô hình do ông Đào Minh Thức, Tổ trưởng tổ dân phố phụ trách, ra mắt tháng 3. Sau 3 tháng:",
        "- 41 hộ buôn bán tự dọn hàng hóa khỏi vỉa hè;",
        "- Dựng 6 biển nhắc nhở tại các ngã ba.",
        "3. Y tế – giáo dục",
        "Tiêm chủng đủ cho 58 cháu.",
    )
    moved = settle([item], "BÁO CÁO Tình hình kinh tế, xã hội tháng 6 của tổ dân phố")
    assert [p.text for p in item.parts] == [
        "- 41 hộ buôn bán tự dọn hàng hóa khỏi vỉa hè;",
        "- Dựng 6 biển nhắc nhở tại các ngã ba.",
    ]
    assert "Đào Minh Thức" in moved.prose[0][0]


def test_a_paper_about_its_model_keeps_every_part() -> None:
    """Under a title about the model every part tells it: no part is picked by its name."""
    lines = (
        "1. Giới thiệu mô hình “Vỉa hè thông thoáng”",
        "Tổ dân phố chọn làm mô hình từ đầu năm.",
        "2. Việc đã làm",
        "Dựng 6 biển nhắc nhở.",
    )
    item = _item(*lines)
    settle([item], "BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO”")
    assert len(item.parts) == 4


def test_a_lead_in_that_only_announces_the_results_stays() -> None:
    item = _item(
        "Sau nửa năm, mô hình đạt được kết quả như sau:",
        "- 41 hộ buôn bán tự dọn hàng hóa khỏi vỉa hè;",
        "- Dựng 6 biển nhắc nhở.",
    )
    settle([item])
    assert item.parts[0].text.startswith("Sau nửa năm")
    told = _item(
        "Ban chỉ huy xây dựng mô hình (mô hình tập thể, lĩnh vực an ninh). Kết quả chính:",
        "- Tuần tra 30 đêm;",
        "- Không có vụ trộm.",
    )
    moved = settle([told])
    assert [p.text for p in told.parts] == ["- Tuần tra 30 đêm;", "- Không có vụ trộm."]
    assert "mô hình tập thể" in moved.prose[0][0]


def test_a_quoted_name_in_a_title_counts_as_one_word() -> None:
    assert is_subheading(
        "2. An ninh và mô hình “Ngõ xóm bình yên, nhà nhà đóng cửa trước khi đi làm đồng”"
    )
    assert not is_subheading(
        "2. An ninh và mô hình ngõ xóm bình yên, nhà nhà đóng cửa trước khi đi làm"
    )
