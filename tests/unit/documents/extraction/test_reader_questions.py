"""Forms set as questions ("2.1. Tên mô hình là gì?" with the answer below or after it), on
small layouts of our own (invented units, people and wording), through the whole reader."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.labels import question_label, split_number
from documents.extraction.fields.lines import find_labels
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _doc(*lines: str, header: str = "CHI ĐOÀN THÔN ĐÔNG HÀ") -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row([header, MOTTO], table=1)
    for line in lines:
        doc.paragraph(line)
    return doc


def test_questions_are_labels_by_meaning() -> None:
    assert question_label("Tên sáng kiến là gì").field == "model_name"  # type: ignore[union-attr]
    assert question_label("Sáng kiến thuộc lĩnh vực nào").field == "domain"  # type: ignore[union-attr]
    assert question_label("Ai phụ trách").field == "leader_name"  # type: ignore[union-attr]
    asked = question_label("Chi đoàn sẽ làm những việc gì")
    assert asked is not None and asked.field == "content"
    assert question_label("Chi đoàn mong được giúp gì") is None


def test_a_question_is_numbered_with_its_word() -> None:
    assert split_number("Câu 4. Ai phụ trách?") == ("4", "Ai phụ trách?")
    assert split_number("Câu lạc bộ bóng chuyền")[0] is None


def test_the_end_of_a_question_is_never_its_value() -> None:
    (hit,) = find_labels("1.2. Tên sáng kiến là gì?")
    assert hit.match.field == "model_name" and hit.value == ""
    (hit,) = find_labels("1.2. Tên sáng kiến là gì? Thắp sáng ngõ quê")
    assert hit.value == "Thắp sáng ngõ quê"


def test_a_question_form_reads_answers_and_ticked_options() -> None:
    doc = _doc(
        "PHIẾU HỎI - ĐĂNG KÝ SÁNG KIẾN “DÂN VẬN KHÉO”",
        "Câu 1. Tên sáng kiến là gì?",
        "Trả lời: Thắp sáng ngõ quê",
        "Câu 2. Sáng kiến của một tập thể hay của một cá nhân?",
        "☐ Cá nhân    ☒ Tập thể",
        "Câu 3. Sáng kiến thuộc lĩnh vực nào?",
        "☒ Kinh tế    ☐ Văn hóa - xã hội    ☐ Quốc phòng - an ninh",
        "Câu 4. Chi đoàn sẽ làm những việc gì?",
        "a) Góp tiền mua bóng đèn và dây điện;",
        "b) Đoàn viên tự kéo dây, lắp đèn dọc các ngõ.",
        "Câu 5. Chi đoàn mong được giúp gì?",
        "Trả lời: Xin xã cho mượn thang.",
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Thắp sáng ngõ quê"
    assert f["model_type"] == "collective"
    assert f["domain"] == "economy"
    assert f["content"] == (
        "a) Góp tiền mua bóng đèn và dây điện; b) Đoàn viên tự kéo dây, lắp đèn dọc các ngõ."
    )


def test_a_unit_answered_with_its_superior_in_brackets_drops_the_brackets() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ SÁNG KIẾN",
        "Câu 1. Đơn vị nào đăng ký?",
        "Trả lời: Chi đoàn thôn Đông Hà (Đoàn xã Hòa Lạc)",
        "Câu 2. Tên sáng kiến là gì?",
        "Trả lời: Thắp sáng ngõ quê",
    )
    assert read_fields(doc).fields["unit_name"] == "Chi đoàn thôn Đông Hà"


def test_a_question_inside_free_text_does_not_end_it() -> None:
    doc = _doc(
        "ĐĂNG KÝ SÁNG KIẾN",
        "1. Tên sáng kiến: Thắp sáng ngõ quê",
        "2. Nội dung:",
        "Vì sao ngõ cần đèn?",
        "Đêm tối, các cháu đi học về dễ ngã.",
    )
    content = read_fields(doc).fields["content"]
    assert content == "Vì sao ngõ cần đèn? Đêm tối, các cháu đi học về dễ ngã."
