"""Letters, notices and minutes about one model, and a panel presenting one: their kinds.

Class 1: an open letter ("Thư ngỏ") in which a unit takes on a model and calls people to
contribute registers it. Class 2: a superior's notice of conclusions after a working session
on a unit's model reports it. Class 3: the minutes of accepting or handing over what a model
built report it. Class 4: the proof of a roadside panel presenting a model registers it, and
its printing cost is no money the model raised. Papers naming no model stay unknown.
"""

from __future__ import annotations

import pytest

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.classify import classify, inferred_kind, is_panel
from documents.extraction.fields.labels import match_label
from documents.extraction.fields.story import phone_in, quoted_models
from documents.extraction.fields.validate import check
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"

OPEN_LETTER = (
    "THƯ NGỎ\nV/v chung tay xây dựng mô hình “Dân vận khéo” “Giếng sạch cho bản Pá Khoang”"
)
OPEN_LETTER_TEXT = (
    "Kính gửi: Quý nhà hảo tâm, bà con con em xa quê.\n"
    "Hội Liên hiệp Phụ nữ xã Mường Phăng đăng ký thực hiện mô hình “Dân vận khéo” “Giếng sạch "
    "cho bản Pá Khoang”, khoan 4 giếng cho 90 hộ.\nMọi đóng góp xin gửi về số tài khoản 1234."
)


def test_an_open_letter_calling_to_build_one_model_registers_it() -> None:
    assert classify(OPEN_LETTER, OPEN_LETTER_TEXT, set()) is Kind.UNKNOWN
    assert inferred_kind(OPEN_LETTER, OPEN_LETTER_TEXT, set()) is Kind.REGISTRATION


@pytest.mark.parametrize(
    ("title", "text"),
    [  # an appeal naming no model; an appeal for two models; a thank-you open letter
        ("THƯ NGỎ", "Kêu gọi ủng hộ đồng bào vùng lũ, đóng góp 30 triệu đồng, 40 hộ."),
        (
            "THƯ NGỎ",
            "Chúng tôi đăng ký mô hình “Đèn đường” và mô hình “Cây xanh” tại 3 thôn, 80 hộ.",
        ),
        (
            "THƯ NGỎ CẢM ƠN",
            "Mô hình “Giếng sạch” đã đăng ký năm trước nay hoàn thành, 90 hộ có nước sạch.",
        ),
    ],
)
def test_other_open_letters_register_nothing(title: str, text: str) -> None:
    assert inferred_kind(title, text, set()) is not Kind.REGISTRATION


def test_a_notice_of_conclusions_on_one_model_reports_it() -> None:
    title = (
        "THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ\ntại buổi làm việc với Hội Nông dân xã"
    )
    text = (
        "Ngày 10/5, Ban Thường vụ làm việc với Hội Nông dân xã về mô hình “Dân vận khéo” "
        "“Cánh đồng lớn”.\n1. Kết quả đạt được: 120 hộ tham gia, dồn điền 45 ha.\n2. Hạn chế"
    )
    assert classify(title, text, set()) is Kind.UNKNOWN
    assert inferred_kind(title, text, set()) is Kind.REPORT


def test_a_notice_of_conclusions_on_no_model_stays_unknown() -> None:
    title = "THÔNG BÁO KẾT LUẬN của đồng chí Bí thư tại hội nghị giao ban tháng 5"
    text = "Các chi bộ hoàn thành thu đảng phí; mô hình dân vận các thôn tiếp tục duy trì, 12 thôn."
    assert inferred_kind(title, text, set()) is Kind.UNKNOWN


def test_minutes_accepting_what_one_model_built_report_it() -> None:
    title = "BIÊN BẢN NGHIỆM THU VÀ BÀN GIAO CÔNG TRÌNH"
    text = (
        "Công trình: Nhà văn hóa thôn Nà Sản\n"
        "Thuộc mô hình: “Dân vận khéo” “Mái nhà chung của bản” của Chi bộ thôn Nà Sản\n"
        "Khối lượng: 120 m2; nhân dân góp 85 triệu đồng, 1.200 ngày công."
    )
    assert inferred_kind(title, text, set()) is Kind.REPORT
    road = "Công trình: Đường trục xã, nhà thầu Công ty An Phát, giá trị 2 tỷ đồng."
    assert inferred_kind("BIÊN BẢN NGHIỆM THU", road, set()) is Kind.UNKNOWN


def test_the_model_after_the_movement_s_quoted_name_and_after_a_label() -> None:
    text = "Tên mô hình: “Dân vận khéo” năm 2026 “Sân chơi cho em”\nmô hình “Sân chơi cho em”"
    assert [name for name, _ in quoted_models(text)] == ["san choi cho em"]  # folded


def test_a_bookkeeper_s_phone_in_a_story_is_not_the_model_s() -> None:
    text = (
        "Mô hình do ông Lò Văn Pánh, Trưởng bản, phụ trách, điện thoại 0912 111 222.\n"
        "Mọi thắc mắc xin liên hệ bà Quàng Thị Ên, kế toán, điện thoại 0988 333 444."
    )
    assert phone_in(text) == "0912111222"


def _panel_proof() -> DocumentText:
    doc = DocumentText(source="docx")
    for line in (
        "BẢN THIẾT KẾ PA-NÔ TUYÊN TRUYỀN (in thử, khổ thật 3 m × 2 m)",
        "ĐOÀN THANH NIÊN XÃ NA Ư",
        "MÔ HÌNH “DÂN VẬN KHÉO”",
        "“Thắp sáng đường biên”",
        "Đơn vị thực hiện: Đoàn Thanh niên xã Na Ư",
        "Người phụ trách: anh Vàng A Dế – Bí thư Đoàn xã",
        "Điện thoại: 0977 555 666",
        "Nội dung: lắp 60 cột đèn năng lượng mặt trời dọc đường tuần tra biên giới",
    ):
        doc.paragraph(line)
    doc.paragraph("PHIẾU ĐỀ NGHỊ DUYỆT NỘI DUNG PA-NÔ")
    doc.row(["Kích thước:", "3 m × 2 m, bạt hiflex"], table=2)
    doc.row(["Kinh phí:", "5.500.000 đồng"], table=2)
    return doc


def test_a_panel_s_proof_registers_its_model_without_its_printing_cost() -> None:
    result = read_fields(_panel_proof())
    assert result.kind is Kind.REGISTRATION
    assert result.fields.get("funds_vnd") is None
    assert result.fields["phone"] == "0977555666"


def test_a_panel_is_told_by_its_opening_lines_only() -> None:
    assert is_panel(["MA-KÉT PA-NÔ TUYÊN TRUYỀN"])
    assert is_panel(["(Bản in thử – pa-nô thật 2,4 m × 1,2 m)"])
    assert not is_panel(["BÁO CÁO KẾT QUẢ", "Đã làm 3 pa-nô, in thử 200 tờ rơi"])


def test_the_approval_slip_s_rows_tell_the_panel_not_the_model() -> None:
    doc = _panel_proof()
    doc.row(["Nội dung:", "Pa-nô giới thiệu mô hình của Đoàn xã, đặt ở ngã ba chợ"], table=2)
    doc.row(["Vị trí đặt:", "Ngã ba chợ Na Ư, cạnh trạm y tế"], table=2)
    result = read_fields(doc)
    assert result.fields["content"].startswith("lắp 60 cột đèn")  # type: ignore[union-attr]
    assert "Ngã ba" not in str(result.fields.get("location"))


@pytest.mark.parametrize("value", ["Kinh tế", "Văn hóa - xã hội", "Tập thể"])
def test_a_domain_or_a_type_is_no_model_name(value: str) -> None:
    assert check("model_name", value).value is None
    assert check("model_name", "Kinh tế xanh nơi bản làng").value == "Kinh tế xanh nơi bản làng"


def _conclusion_notice() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["ĐẢNG BỘ XÃ TÂN LẬP\nSố 12-TB/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM\nTân Lập, ngày 9 tháng 8 năm 2026"],
            table=1)  # fmt: skip
    for line in (
        "THÔNG BÁO",
        "KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ ĐẢNG ỦY XÃ",
        "tại buổi làm việc với Hội Cựu chiến binh xã",
        "Ngày 05/8/2026, đồng chí Đinh Công Tráng, Bí thư Đảng ủy xã đã làm việc với Hội Cựu "
        "chiến binh xã Tân Lập về kết quả mô hình “Dân vận khéo” “Cựu binh giữ rừng”.",
        "Sau khi nghe ông Hà Văn Thụ, Chủ tịch Hội Cựu chiến binh xã báo cáo, đồng chí Bí thư "
        "kết luận:",
        "1. Kết quả đạt được: 35 hội viên tuần tra 1.200 ha rừng, không để xảy ra cháy rừng.",
        "2. Hạn chế: ghi chép sổ sách chưa đầy đủ.",
    ):
        doc.paragraph(line)
    return doc


def test_a_notice_of_conclusions_reads_the_unit_met_and_the_one_who_reported() -> None:
    result = read_fields(_conclusion_notice())
    assert result.kind is Kind.REPORT
    assert result.fields["unit_name"] == "Hội Cựu chiến binh xã Tân Lập"
    assert result.fields["leader_name"] == "Hà Văn Thụ"
    assert result.fields["model_name"] == "Cựu binh giữ rừng"
    assert max(result.confidence.values()) < 0.9


def test_a_section_about_a_field_is_its_label() -> None:
    found = match_label("1. Về kết quả")
    assert found is not None and found.field == "results" and found.confidence < 1.0
    lead = match_label("Nhà trường sẽ")  # "Nhà trường sẽ:" over the list of what it will do
    assert lead is not None and lead.field == "content"
    assert match_label("Về việc") is None or match_label("Về việc").field != "results"  # type: ignore[union-attr]


def _open_letter() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["BAN QUẢN TRỊ CHÙA PHƯỚC LÂM", MOTTO], table=1)
    for line in (
        "THƯ NGỎ",
        "V/v chung tay thực hiện mô hình “Dân vận khéo” “Bếp cơm từ thiện Phước Lâm”",
        "Ban Quản trị chùa Phước Lâm đăng ký thực hiện mô hình “Dân vận khéo” “Bếp cơm từ thiện "
        "Phước Lâm” tại chùa Phước Lâm, ấp Hòa Lợi.",
        "Mô hình tập trung thực hiện các nội dung:",
        "- Nấu 300 suất cơm mỗi tuần cho bệnh nhân nghèo;",
        "- Vận động 40 phật tử luân phiên nấu, phát cơm.",
        "Mô hình do Thượng tọa Danh Sóc, Trụ trì chùa, trực tiếp phụ trách, điện thoại 0911 222 333.",
        "Mọi đóng góp xin gửi về Văn phòng chùa, gặp ông Lý Văn Ba, thủ quỹ, điện thoại 0944 555 666.",
    ):
        doc.paragraph(line)
    return doc


def test_an_open_letter_s_list_is_its_content_and_its_head_leads_it() -> None:
    result = read_fields(_open_letter())
    assert result.kind is Kind.REGISTRATION
    assert str(result.fields["content"]).rstrip(".") == (
        "- Nấu 300 suất cơm mỗi tuần cho bệnh nhân nghèo; - Vận động 40 phật tử luân phiên nấu, "
        "phát cơm"
    )
    assert result.fields["model_name"] == "Bếp cơm từ thiện Phước Lâm"
    assert result.fields["leader_name"] == "Danh Sóc"
    assert max(result.confidence.values()) < 0.9
