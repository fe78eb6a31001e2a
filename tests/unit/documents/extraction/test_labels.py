"""Labels of the lexicon (`fields/labels.py`), on small layouts of our own (invented people and
wording; not a copy of any sample or corpus layout), through the whole reader."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.labels import match_label
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def test_an_applicant_s_own_words_for_what_they_will_do_are_the_content() -> None:
    doc = DocumentText(source="docx")
    doc.paragraph(MOTTO)
    for line in (
        "ĐƠN ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” CÁ NHÂN",
        "Tôi tên là: Hà Văn Khun",
        "Chức vụ: Tổ trưởng tổ hòa giải bản Nà Lừa",
        "1. Tên mô hình: Bếp lửa hòa giải",
        "2. Địa bàn thực hiện: bản Nà Lừa",
        "3. Những việc tôi sẽ làm:",
        "- Mời các bên ngồi bên bếp lửa nhà văn hóa để hòa giải;",
        "- Ghi sổ theo dõi từng vụ việc.",
        "Tôi xin cam đoan thực hiện đúng nội dung đã đăng ký.",
    ):
        doc.paragraph(line)
    doc.row(["", "Nà Lừa, ngày 05 tháng 3 năm 2024\nNGƯỜI LÀM ĐƠN\n\n\nHà Văn Khun"], table=9)
    content = read_fields(doc).fields["content"]
    assert content == (
        "- Mời các bên ngồi bên bếp lửa nhà văn hóa để hòa giải; - Ghi sổ theo dõi từng vụ việc."
    )


def test_where_the_applicant_lives_ends_the_position_a_pdf_ran_it_into() -> None:
    """'Chức vụ: Trưởng bản Nà Lừa Nơi ở: …' on one line: the home is another label's, not part
    of the position."""
    doc = DocumentText(source="pdf-text")
    for line in (
        "ĐƠN ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” CÁ NHÂN",
        "Tôi tên là: Hà Văn Khun",
        "Chức vụ, nghề nghiệp: Trưởng bản Nà Lừa Nơi ở: nhà số 4, bản Nà Lừa",
        "1. Tên mô hình: Bếp lửa hòa giải",
        "2. Địa bàn thực hiện: bản Nà Lừa",
    ):
        doc.paragraph(line)
    doc.row(["", "Nà Lừa, ngày 05 tháng 3 năm 2024\nNGƯỜI LÀM ĐƠN\n\n\nHà Văn Khun"], table=9)
    assert read_fields(doc).fields["leader_position"] == "Trưởng bản Nà Lừa"


def test_a_sentence_leading_into_the_works_is_no_models_name() -> None:
    """'Mô hình sẽ làm những việc chính sau đây:' then 'Một là, …': the list is what the model
    does (its content); its first item is never the model's name."""
    for sentence in ("Mô hình sẽ làm những việc chính sau đây:", "Tổ sẽ làm các việc như sau:"):
        found = match_label(sentence)
        assert found is not None and found.field == "content"


def test_where_the_model_is_done_said_plainly_is_its_place() -> None:
    """'Nơi làm: …' is the model's place, as 'Nơi thực hiện' is."""
    doc = DocumentText(source="docx")
    doc.paragraph(MOTTO)
    for line in (
        "ĐƠN ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” CÁ NHÂN",
        "Tôi tên là: Hà Văn Khun",
        "Tên mô hình: Bếp lửa hòa giải",
        "Nơi làm: bản Nà Lừa và bản Co Mạ",
        "Những việc tôi sẽ làm:",
        "- Ghi sổ theo dõi từng vụ việc.",
    ):
        doc.paragraph(line)
    assert read_fields(doc).fields.get("location") == "bản Nà Lừa và bản Co Mạ"


def test_a_label_short_of_the_word_that_places_it_names_no_place() -> None:
    """'Thực hiện:' tells who does the work; only 'Thực hiện ở:' / 'tại:' tells where."""
    assert match_label("Thực hiện:") is None
    found = match_label("Thực hiện ở:")
    assert found is not None and found.field == "location"
    slipped = match_label("Đia bàn thưc hiện:")  # letters a scan lost still match
    assert slipped is not None and slipped.field == "location"
