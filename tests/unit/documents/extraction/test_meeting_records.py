"""A record of the meeting that weighed a model ("Biên bản họp bình xét"): its chair, secretary
and signers ran the meeting, the person it names in charge of the model runs the model; its
vote counts are the meeting's, the model's results are what the report says it achieved.
Small layouts of our own (invented units, people and wording)."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.in_charge import first, named, over_the_chair
from documents.extraction.fields.prose import location
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _record(reporter: str, header: str = "ĐẢNG ỦY XÃ SÔNG MÂY\nCHI BỘ THÔN GÒ ĐÁ") -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row([f"{header}\n───────", MOTTO], table=1)
    for line in (
        "BIÊN BẢN",
        "Họp xét mô hình “Dân vận khéo” năm 2025",
        "Hôm nay, ngày 03 tháng 10 năm 2025, tại nhà văn hóa thôn Gò Đá, Chi bộ thôn Gò Đá tổ "
        "chức họp xét mô hình “Giếng nước sạch cho xóm nghèo” của Chi bộ thôn Gò Đá.",
        "I. THÀNH PHẦN",
        "1. Chủ trì: Kha Văn Định – Bí thư Chi bộ.",
        "2. Thư ký: Mạc Thị Huệ – Chi ủy viên.",
        "II. NỘI DUNG",
        reporter,
        "Kết quả: Khoan 12 giếng, 40 hộ có nước sạch quanh năm.",
        "Ý kiến tại cuộc họp: các hộ đề nghị làm thêm bể lọc.",
        "III. KẾT QUẢ BIỂU QUYẾT",
        "- Tổng số phiếu phát ra: 30 phiếu; số phiếu thu vào: 30 phiếu;",
        "- Tán thành: 29 phiếu, chiếm 96,7%.",
        "IV. KẾT LUẬN",
        "Chi bộ thống nhất đề nghị công nhận mô hình.",
    ):
        doc.paragraph(line)
    doc.row(["THƯ KÝ\n\n\nMạc Thị Huệ", "CHỦ TRÌ\nBÍ THƯ CHI BỘ\n\n\nKha Văn Định"], table=2)
    return doc


REPORTER = (
    "Ông Lò Văn Chiến – Trưởng thôn (ĐT: 0912 334 556), người phụ trách mô hình, báo cáo: mô "
    "hình thực hiện tại thôn Gò Đá, thu hút 40 hộ dân tham gia."
)


def test_the_person_in_charge_of_the_model_is_not_the_chair_of_the_meeting() -> None:
    result = read_fields(_record(REPORTER))
    assert result.fields["leader_name"] == "Lò Văn Chiến"
    assert result.fields["leader_position"] == "Trưởng thôn"
    assert result.confidence["leader_name"] < 0.9  # a sentence, while a label names the chair


def test_the_phone_in_the_sentence_of_the_person_in_charge() -> None:
    assert read_fields(_record(REPORTER)).fields["phone"] == "0912334556"


def test_a_doctor_in_charge_is_named_after_the_title() -> None:
    reporter = "Bác sĩ Cao Minh Tâm – Trưởng Trạm Y tế, người phụ trách mô hình, báo cáo kết quả."
    assert read_fields(_record(reporter)).fields["leader_name"] == "Cao Minh Tâm"


def test_the_results_are_the_models_not_the_vote_counts() -> None:
    result = read_fields(_record(REPORTER))
    assert result.fields["results"] == "Khoan 12 giếng, 40 hộ có nước sạch quanh năm."


def test_the_place_stops_at_the_next_clause() -> None:
    assert read_fields(_record(REPORTER)).fields["location"] == "thôn Gò Đá"
    assert location("mô hình thực hiện tại xóm Bến, thu hút 1.020 người") == "xóm Bến"
    assert location("thực hiện tại các thôn Bến, Gò và Trại.") == "các thôn Bến, Gò và Trại"
    assert location("thực hiện tại thôn 2, xã Sông Mây.") == "thôn 2, xã Sông Mây"


def test_the_chair_yields_to_the_one_given_the_model() -> None:
    people = named(["1. Chủ trì: Kha Văn Định – Bí thư Chi bộ.", REPORTER])
    person = first(people)
    assert person is not None and person.name == "Lò Văn Chiến"
    assert person.position == "Trưởng thôn"
    assert over_the_chair(people)
    assert not over_the_chair(named(["1. Chủ trì: Kha Văn Định – Bí thư Chi bộ."]))


def test_the_unit_is_the_models_owner_not_the_body_that_issued_the_record() -> None:
    result = read_fields(_record(REPORTER, header="UBND XÃ SÔNG MÂY\nTHÔN GÒ ĐÁ"))
    assert result.fields["unit_name"] == "Chi bộ thôn Gò Đá"
    assert result.confidence["unit_name"] < 0.9


def test_an_office_landline_is_not_the_persons_phone() -> None:
    from documents.extraction.fields.prose import phones

    assert phones("- Trụ sở: nhà văn hóa xã Sông Mây; điện thoại 0229 3811 402.") == []
    assert phones("Chủ tịch hội: bà Lê Thị Na, điện thoại 0229 3811 402.") == ["02293811402"]
    assert phones("Trụ sở: nhà văn hóa; điện thoại 0912 334 556.") == ["0912334556"]


def test_a_project_proposal_for_a_model_registers_it() -> None:
    from documents.contract import Kind
    from documents.extraction.classify import classify

    title = "ĐỀ ÁN Xây dựng mô hình “Dân vận khéo” “Vườn thuốc nam cho người cao tuổi”"
    assert classify(title, "I. SỰ CẦN THIẾT", set()) is Kind.REGISTRATION
    assert (
        classify("ĐỀ ÁN Phát triển giao thông nông thôn", "I. MỤC TIÊU", set())
        is not Kind.REGISTRATION
    )


def test_a_landline_in_running_text_is_never_confident() -> None:
    doc = DocumentText(source="docx")
    for line in (
        "BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO”",
        "1. Tên mô hình: Giếng nước sạch cho xóm nghèo",
        "Hội có 16 chi hội, liên hệ văn thư hội điện thoại 0229 3811 402.",
        "2. Kết quả đạt được: khoan 12 giếng.",
    ):
        doc.paragraph(line)
    result = read_fields(doc)
    assert result.fields["phone"] == "02293811402"
    assert result.confidence["phone"] < 0.9


def test_a_notice_of_how_a_model_was_judged_is_a_report() -> None:
    from documents.contract import Kind
    from documents.extraction.classify import classify

    title = "THÔNG BÁO Kết quả đánh giá mô hình “Dân vận khéo” năm 2025"
    text = "Năm 2025 có 9 mô hình đăng ký, 8 mô hình được đánh giá."
    assert classify(title, text, {"model_name", "leader_name", "results"}) is Kind.REPORT


def test_the_chair_of_a_record_naming_nobody_in_charge_is_not_confident() -> None:
    result = read_fields(_record("Tổ trưởng báo cáo: mô hình thực hiện tại thôn Gò Đá."))
    assert result.fields["leader_name"] == "Kha Văn Định"
    assert result.confidence["leader_name"] < 0.9
