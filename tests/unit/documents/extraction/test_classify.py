"""Registration, report or unknown: titles first, robust to OCR slips; cover letters are unknown."""

from __future__ import annotations

import pytest

from documents.contract import Kind
from documents.extraction.classify import classify, inferred_kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024", Kind.REGISTRATION),
        ("BẢN ĐĂNG KÝ XÂY DỰNG MÔ HÌNH DÂN VẬN KHÉO", Kind.REGISTRATION),
        ("ĐĂNG KÝ MÔ HÌNH DẦN VẬN KHÉO", Kind.REGISTRATION),  # OCR: Dần
        ("PHIẾU ĐẢNG KÝ MÔ HÌNH DÂN VẶN KHÉO", Kind.REGISTRATION),  # OCR tone slips
        ("BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO”", Kind.REPORT),
        ("BÁO CÁO Kết quả xây dựng mô hình “Dân vận khéo” năm 2024", Kind.REPORT),
        ("BẢO CÁO KÊT QUA MÔ HÌNH", Kind.REPORT),
    ],
)
def test_titles(title: str, kind: Kind) -> None:
    assert classify(title, "", set()) is kind


@pytest.mark.parametrize(
    "title",
    [
        "TỜ TRÌNH V/v đề nghị công nhận mô hình Dân vận khéo",
        "V/v gửi báo cáo kết quả mô hình “Dân vận khéo”",
        "CÔNG VĂN gửi bản đăng ký mô hình",
        "GIẤY MỜI họp Ban Chỉ đạo",
    ],
)
def test_cover_letters_are_unknown(title: str) -> None:
    assert classify(title, "Kính gửi: Đảng ủy xã. Xin gửi kèm theo đây.", set()) is Kind.UNKNOWN


def test_cover_letter_title_with_the_form_inside_is_the_form() -> None:
    fields = {"model_name", "leader_name", "content", "domain"}
    assert classify("V/v đăng ký mô hình", "", fields) is Kind.REGISTRATION


def test_no_title_falls_back_to_opening_text_then_fields() -> None:
    assert (
        classify("", "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO\nTên mô hình: X", set())
        is Kind.REGISTRATION
    )
    assert classify("", "Thông tin", {"model_name", "results", "participants"}) is Kind.REPORT
    assert classify("", "Thông tin", {"model_name", "content", "domain"}) is Kind.REGISTRATION
    assert classify("", "Thực đơn liên hoan", set()) is Kind.UNKNOWN


def test_report_body_mentioning_its_registration_is_still_a_report() -> None:
    text = "Chi bộ đã đăng ký và triển khai xây dựng mô hình, nay báo cáo kết quả như sau"
    assert classify("", text, {"results"}) is Kind.REPORT


def test_a_form_s_issuing_note_is_no_cover_letter() -> None:
    """'Ban hành kèm theo Công văn số …' heads a statistical return: the form's own note."""
    head = "Mẫu số 03/TK\nBan hành kèm theo Công văn số 7-CV/HND ngày 02/4\nBÁO CÁO KẾT QUẢ MÔ HÌNH"
    assert classify("", head, set()) is Kind.REPORT
    letter = "Kính gửi: Hội Nông dân xã. Chi hội gửi kèm theo công văn này bản báo cáo mô hình"
    assert classify("", letter, set()) is Kind.UNKNOWN


def test_a_letter_whose_gist_is_to_report_is_the_report() -> None:
    """ "V/v báo cáo kết quả …" (a photo puts the gist in the body): the letter reports itself;
    "V/v gửi báo cáo …" only sends one."""
    body = "V/v báo cáo kết quả mô hình “Dân vận khéo”\nKính gửi: Đảng ủy xã\nThực hiện …"
    assert classify("", body, {"results"}) is Kind.REPORT
    sending = "V/v gửi báo cáo kết quả mô hình “Dân vận khéo”\nKính gửi: Đảng ủy xã"
    assert classify("", sending, {"results"}) is Kind.UNKNOWN


# ------------------------------------------------------------ kinds inferred from the content


@pytest.mark.parametrize(
    ("title", "text", "labelled"),
    [
        (  # a feature story of an exemplary person
            "NGƯỜI TỐT VIỆC TỐT “DÂN VẬN KHÉO” Anh Lò Văn Tươi – người giữ nước cho bản",
            "Anh Tươi đã vận động bà con làm mô hình “Bể nước chung”, 54 hộ góp 30 triệu đồng.",
            set(),
        ),
        (  # a logbook of a model's activities with its cover block
            "NHẬT KÝ MÔ HÌNH “DÂN VẬN KHÉO” “Bếp ấm cho em”",
            "Người phụ trách: Hà Thị Lụa\nNgày 3/4: nấu 40 suất ăn",
            {"leader_name", "results"},
        ),
        (  # a decision recognising a unit's model
            "QUYẾT ĐỊNH Về việc công nhận mô hình “Dân vận khéo” năm 2025",
            "Điều 1. Công nhận mô hình “Chợ quê an toàn” của Chi hội Nông dân ấp 3.",
            set(),
        ),
    ],
)
def test_papers_about_a_model_are_inferred_reports(
    title: str, text: str, labelled: set[str]
) -> None:
    assert classify(title, text, labelled) is Kind.UNKNOWN
    assert inferred_kind(title, text, labelled) is Kind.REPORT


def test_paper_asking_to_register_a_model_is_an_inferred_registration() -> None:
    title = "Ý KIẾN NHÂN DÂN VỀ VIỆC ĐĂNG KÝ MÔ HÌNH “Sân chơi cho trẻ”"
    text = "Phát ra 60 phiếu, thu về 58 phiếu; 52 người đồng ý xây dựng mô hình."
    assert inferred_kind(title, text, set()) is Kind.REGISTRATION


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("TỜ TRÌNH V/v đề nghị công nhận mô hình Dân vận khéo", "Kính gửi: Đảng ủy xã. 12 hộ"),
        ("GIẤY MỜI dự hội nghị sơ kết mô hình “Dân vận khéo”", "Thời gian: 8 giờ, 30 người"),
        ("THÔNG BÁO lịch trực Tết", "Phân công 5 người trực mô hình tổ tự quản"),
        ("THƯ CẢM ƠN", "Gia đình xin cảm ơn 40 người đã đến chia buồn."),
        ("GƯƠNG ĐIỂN HÌNH “DÂN VẬN KHÉO”", "Bài viết đang được biên tập."),
    ],
)
def test_papers_not_telling_a_model_stay_unknown(title: str, text: str) -> None:
    assert inferred_kind(title, text, set()) is Kind.UNKNOWN


def test_a_units_plan_for_its_labelled_model_registers_it_whatever_its_text_says() -> None:
    title = "KẾ HOẠCH Thực hiện mô hình “Dân vận khéo” năm 2027"
    text = "1. Tên mô hình: Góc sách ấp\n2. Người phụ trách: Lê Văn Bảy\nCác tổ báo cáo kết quả hằng quý."
    labelled = {"model_name", "leader_name", "content"}
    assert classify(title, text, labelled) is Kind.REGISTRATION
    # a superior's plan for the movement labels no model
    plan = "KẾ HOẠCH Triển khai phong trào thi đua “Dân vận khéo” năm 2027"
    assert classify(plan, "Các đơn vị báo cáo kết quả về Đảng ủy.", set()) is not Kind.REGISTRATION


def test_a_joint_programme_setting_up_a_model_is_an_inferred_registration() -> None:
    title = (
        "CHƯƠNG TRÌNH PHỐI HỢP\ngiữa Đoàn Thanh niên xã và Trạm Y tế xã Suối Đá\n"
        "về xây dựng mô hình “Dân vận khéo” “Thanh niên tình nguyện hiến máu”"
    )
    text = "II. NỘI DUNG PHỐI HỢP\n1. Vận động 40 đoàn viên hiến máu mỗi năm."
    assert classify(title, text, set()) is Kind.UNKNOWN
    assert inferred_kind(title, text, set()) is Kind.REGISTRATION


def test_a_bare_joint_programme_title_reads_its_gist_in_the_opening_text() -> None:
    text = (
        "giữa Hội Cựu chiến binh xã và Chi đoàn ấp Bình An về xây dựng mô hình “Góc học tập”\n"
        "Hai bên thống nhất phối hợp, huy động 15 hội viên."
    )
    assert inferred_kind("CHƯƠNG TRÌNH PHỐI HỢP", text, set()) is Kind.REGISTRATION


def test_a_joint_programme_reviewing_a_model_stays_a_report() -> None:
    title = "CHƯƠNG TRÌNH PHỐI HỢP tổng kết mô hình “Dân vận khéo” “Ngõ xóm sáng đèn”"
    text = "Sau một năm, 120 hộ tham gia, lắp 3 km đèn."
    assert inferred_kind(title, text, set()) is Kind.REPORT


def test_a_households_petition_about_a_model_registers_it() -> None:
    """Class: a group's "ĐƠN ĐỀ NGHỊ Về việc công nhận mô hình …" asks to register its model;
    its "Về việc" is its own subject, not a cover letter's gist."""
    title = "ĐƠN ĐỀ NGHỊ\nVề việc công nhận mô hình “Dân vận khéo” “Giếng chung của xóm”"
    text = "Chúng tôi gồm 9 hộ gia đình, là thành viên Tổ dùng nước xóm Đồng Chè."
    assert classify(title, text, set()) is Kind.REGISTRATION


def test_a_petition_about_no_model_stays_unknown() -> None:
    title = "ĐƠN ĐỀ NGHỊ\nVề việc cấp lại giấy chứng nhận quyền sử dụng đất"
    assert (
        classify(title, "Tôi tên là Lò Văn Hạnh, cư trú tại xóm Đồng Chè.", set()) is Kind.UNKNOWN
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a launch speech: the model is set up today, what it will do follows
        (
            "DIỄN VĂN\nLỄ RA MẮT MÔ HÌNH “BẾP ĂN CHO NGƯỜI GIÀ NEO ĐƠN”",
            "Kính thưa các vị đại biểu! Hôm nay chi hội tổ chức ra mắt mô hình. "
            "Mô hình sẽ nấu 30 suất ăn mỗi tuần.",
        ),
        # a funding agreement whose subject line ("V/v …") is its own, no cover letter's
        (
            "HỢP ĐỒNG TÀI TRỢ\n(V/v hỗ trợ mô hình “Cầu tre vượt suối”)",
            "Bên B tài trợ 40.000.000 đồng để Bên A làm cầu. Bên A sử dụng đúng mục đích.",
        ),
        (
            "BẢN THỎA THUẬN\nVề việc hỗ trợ xây dựng “Nhà đọc sách của bản”",
            "Bên A dùng số sách được tặng xây dựng mô hình “Dân vận khéo” của Chi đoàn.",
        ),
        # a member's yearly commitment naming the model only far below its opening
        (
            "BẢN CAM KẾT\nTU DƯỠNG, RÈN LUYỆN NĂM 2027",
            "Họ và tên: Đinh Văn Lừu. "
            + "Giữ gìn đạo đức, lối sống. " * 40
            + "Tôi xây dựng mô hình “Tổ hòa giải trên nương”.",
        ),
    ],
)
def test_a_paper_taking_a_model_on_is_an_inferred_registration(title: str, body: str) -> None:
    """Class: a launch, a founding, a commitment or an agreement funding one model looks ahead
    to what the model will do: it registers the model (inferred, reviewed below 0.9)."""
    assert classify(title, body, set()) is Kind.UNKNOWN
    assert inferred_kind(title, body, {"leader_name"}) is Kind.REGISTRATION


def test_a_self_review_telling_a_registered_model_is_a_report() -> None:
    """A member's year-end self-review tells what the model achieved: the "đăng ký" of the
    model it mentions, or a form's fields read from it, make no registration of it."""
    title = "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2027"
    body = "Về mô hình “Loa bản mỗi sáng” đăng ký đầu năm, kết quả: 40 buổi phát thanh."
    labelled = {"leader_name", "content", "results"}
    assert classify(title, body, labelled) is Kind.REPORT
    assert inferred_kind(title, body, {"leader_name"}) is Kind.REPORT


def test_a_commitment_about_no_model_stays_unknown() -> None:
    title = "BẢN CAM KẾT\nKHÔNG VI PHẠM AN TOÀN GIAO THÔNG"
    body = "Tôi cam kết đội mũ bảo hiểm khi đi xe máy, không uống rượu khi lái xe."
    assert inferred_kind(title, body, {"leader_name"}) is Kind.UNKNOWN


def test_a_thank_you_letter_for_funds_is_no_registration() -> None:
    """'Thư cảm ơn nhà tài trợ' looks back on what was given and built."""
    title = "THƯ CẢM ƠN\ncác nhà tài trợ mô hình “Đèn sáng đường quê”"
    body = "Nhờ 120 triệu đồng tài trợ, mô hình đã lắp 90 bóng đèn."
    assert inferred_kind(title, body, {"leader_name"}) is Kind.REPORT


def test_a_report_named_in_the_title_stays_a_report_whatever_it_looks_back_on() -> None:
    """'BÁO CÁO kết quả … ra mắt …': the title names a report; its launch is what it tells."""
    title = "BÁO CÁO\nKết quả một năm sau lễ ra mắt mô hình “Chợ quê không rác”"
    assert classify(title, "Sau một năm, 60 hộ đã phân loại rác.", {"results"}) is Kind.REPORT
