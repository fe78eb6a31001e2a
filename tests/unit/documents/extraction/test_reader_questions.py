"""Forms set as questions ("2.1. Tên mô hình là gì?" with the answer below or after it), on
small layouts of our own (invented units, people and wording), through the whole reader."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.labels import OTHER, question_label, split_number
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


def _leaflet(*lines: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["HỘI CỰU CHIẾN BINH XÃ AN HÒA\n───────", "TÀI LIỆU TUYÊN TRUYỀN\n(Lưu hành nội bộ)"],
            table=1)  # fmt: skip
    doc.paragraph("HỎI – ĐÁP")
    doc.paragraph("VỀ MÔ HÌNH “CỰU CHIẾN BINH GIÚP NHAU NUÔI BÒ”")
    for line in lines:
        doc.paragraph(line)
    return doc


def test_a_leaflets_question_with_its_mark_names_the_field() -> None:
    (hit,) = find_labels("Câu 4. Hỏi: Sau một năm, mô hình đạt kết quả gì?")
    assert hit.match.field == "results" and hit.value == ""
    long = "Câu 2. Hỏi: Mô hình “Cựu chiến binh giúp nhau nuôi bò sinh sản” do ai xây dựng?"
    (hit,) = find_labels(long)  # the quoted name does not make the question too long
    assert hit.aside == "Cựu chiến binh giúp nhau nuôi bò sinh sản"
    assert question_label("Phong trào “Dân vận khéo” của huyện có những kết quả gì").field == OTHER  # type: ignore[union-attr]


def test_a_question_and_answer_leaflet_reads_answers_below_the_confident_band() -> None:
    doc = _leaflet(
        "Câu 1. Hỏi: Phong trào “Dân vận khéo” của huyện năm nay có những kết quả gì?",
        "Đáp: Toàn huyện có 402 mô hình được công nhận, huy động 31 tỷ đồng; riêng lĩnh vực "
        "kinh tế có 150 mô hình.",
        "Câu 2. Hỏi: Mô hình “Cựu chiến binh giúp nhau nuôi bò” do ai xây dựng, ai phụ trách?",
        "Đáp: Mô hình do Hội Cựu chiến binh xã An Hòa xây dựng từ năm 2025. Ông Đào Văn Mạnh, "
        "Chủ tịch Hội, trực tiếp phụ trách. Bà con cần hỏi thêm xin gọi ông Mạnh theo số "
        "0915 204 386.",
        "Câu 3. Hỏi: Kinh phí thực hiện mô hình lấy từ đâu?",
        "Đáp: Hội viên góp 96 triệu đồng mua 12 con bò giống.",
        "Câu 4. Hỏi: Sau một năm, mô hình đạt kết quả gì?",
        "Đáp: 12 hộ có bò sinh sản, 5 hộ thoát nghèo; đàn bò tăng lên 21 con.",
        "Câu 5. Hỏi: Muốn vào tổ thì liên hệ ai?",
        "Đáp: Liên hệ anh Trịnh Văn Đủ, tổ trưởng, điện thoại 0389 551 620.",
    )
    result = read_fields(doc)
    f, conf = result.fields, result.confidence
    assert f["results"] == "12 hộ có bò sinh sản, 5 hộ thoát nghèo; đàn bò tăng lên 21 con."
    assert f["funds_vnd"] == 96_000_000
    assert f["phone"] == "0915204386"  # the one in charge's, not the later contact's
    assert f["unit_name"] == "Hội Cựu chiến binh xã An Hòa"
    assert f["model_name"] == "Cựu chiến binh giúp nhau nuôi bò"
    assert f.get("domain") is None  # the campaign's fields are other units' models
    assert all(conf[name] < 0.9 for name in f)
