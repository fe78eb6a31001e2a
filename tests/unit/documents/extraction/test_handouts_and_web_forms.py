"""A slide handout's bulleted results over several rows (`table_pairs._loose_row`), and a web
form's printout: its long questions as labels and its date line above the submit bar
(`frame._last`); small texts and layouts of our own."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.text import DocumentText

_NOTES = "______________________________"


def _handout() -> DocumentText:
    doc = DocumentText(source="pdf")
    doc.paragraph("HỘI NGHỊ SƠ KẾT DÂN VẬN KHÉO NĂM 2026")
    doc.paragraph("BÁO CÁO MÔ HÌNH “TỦ SÁCH BẢN EM”")
    doc.row(["THÔNG TIN CHUNG", _NOTES], table=1)
    doc.row(["• Tên mô hình: Tủ sách bản em", _NOTES], table=1)
    doc.row(["• Địa bàn: bản Phiêng Luông", _NOTES], table=1)
    doc.row(["KẾT QUẢ ĐẠT ĐƯỢC", _NOTES], table=2)
    doc.row(["• Lập 6 tủ sách ở 6 điểm trường lẻ của xã", _NOTES], table=2)
    doc.row(["• Trẻ mượn 1.200 lượt sách", _NOTES], table=2)
    doc.row(["KHÓ KHĂN, ĐỀ XUẤT", _NOTES], table=3)
    doc.row(["• Thiếu sách tiếng dân tộc", _NOTES], table=3)
    return doc


def test_a_handouts_bulleted_results_go_on_over_every_bullet() -> None:
    found = read_fields(_handout())
    results = str(found.fields["results"])
    assert "Lập 6 tủ sách" in results
    assert "1.200 lượt sách" in results
    assert "Thiếu sách" not in results


def _web_form(date_answer: str) -> DocumentText:
    doc = DocumentText(source="docx")
    for line in (
        "ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026",
        "*Bắt buộc",
        "Tên đơn vị đăng ký *",
        "Chi đoàn thôn Bản Khoang",
        _NOTES,
        "Tên mô hình *",
        "Đoạn đường thanh niên tự quản",
        _NOTES,
        "Họ và tên người phụ trách mô hình *",
        "Sùng A Páo",
        _NOTES,
        "Nội dung, cách làm chủ yếu *",
        "Trả lời dài; mỗi ý một dòng",
        "- Mỗi tháng dọn cỏ hai bên đường một lần.",
        "- Trồng 300 cây hoa ban dọc đường.",
        _NOTES,
        "Địa danh, ngày đăng ký",
        "Ví dụ: Bản Khoang, ngày 02 tháng 4 năm 2026",
        date_answer,
        _NOTES,
        "Gửi",
        "Xóa hết câu trả lời",
        "Không bao giờ gửi mật khẩu qua biểu mẫu.",
        "Nội dung này không phải do nhà cung cấp biểu mẫu tạo ra.",
        "Điều khoản dịch vụ - Chính sách quyền riêng tư",
        "Biểu mẫu trực tuyến",
        "https://forms.example.test/viewform",
    ):
        doc.paragraph(line)
    return doc


def test_a_web_forms_long_questions_are_labels_and_its_date_stands_above_the_submit_bar() -> None:
    found = read_fields(_web_form("Bản Khoang, ngày 15 tháng 4 năm 2026"))
    assert found.fields["leader_name"] == "Sùng A Páo"
    content = str(found.fields["content"])
    assert content.startswith("- Mỗi tháng dọn cỏ")
    assert "Địa danh" not in content and "Ví dụ" not in content
    assert str(found.fields["signed_date"]) == "2026-04-15"


def test_a_web_forms_example_date_is_no_date_of_its_own() -> None:
    found = read_fields(_web_form("Câu trả lời của bạn"))
    assert found.fields.get("signed_date") is None


def test_where_a_model_is_carried_out_or_grown_is_its_place() -> None:
    doc = DocumentText(source="docx")
    for line in (
        "Chi hội Nông dân bản Co Mạ xin đăng ký mô hình như sau:",
        "Tên mô hình: Cùng nhau trồng chè Shan tuyết",
        "Thực hiện ở: bản Co Mạ, đồi chè Pá Khoang",
    ):
        doc.paragraph(line)
    assert read_fields(doc).fields["location"] == "bản Co Mạ, đồi chè Pá Khoang"
    doc = DocumentText(source="pdf")
    doc.paragraph("BÁO CÁO MÔ HÌNH “CÙNG NHAU TRỒNG CHÈ”")
    doc.row(["THÔNG TIN CHUNG", _NOTES], table=1)
    doc.row(["• Mô hình: Cùng nhau trồng chè Shan tuyết", _NOTES], table=1)
    doc.row(["• Vùng trồng: bản Co Mạ và bản Huổi Lóng", _NOTES], table=1)
    assert read_fields(doc).fields["location"] == "bản Co Mạ và bản Huổi Lóng"


def test_a_handouts_wrapped_phone_and_a_bullet_apart_from_its_words_are_read() -> None:
    doc = DocumentText(source="pdf")
    doc.paragraph("BÁO CÁO MÔ HÌNH “BẾN NƯỚC SẠCH”")
    doc.row(["THÔNG TIN CHUNG", _NOTES], table=1)
    doc.row(["• Mô hình: Bến nước sạch bản Nà Hừ", _NOTES], table=1)
    doc.row(["• Người phụ trách: Lò Văn Khương - Trưởng bản; ĐT:", _NOTES], table=1)
    doc.row(["0978 112 604", _NOTES], table=1)
    doc.row(["•", _NOTES], table=1)
    doc.row(["SĐT trực: 0387 220 915", ""], table=1)
    found = read_fields(doc)
    assert found.fields["leader_name"] == "Lò Văn Khương"
    assert found.fields["phone"] == "0978112604"  # the person's own, wrapped onto a row


def test_an_opening_slides_place_and_date_line_is_the_signing_date() -> None:
    doc = DocumentText(source="docx")
    doc.paragraph("Sơ kết Dân vận khéo 2026 - xã Mường Lói\t30/11/2026")
    doc.row(
        [
            "HỘI NGHỊ SƠ KẾT PHONG TRÀO “DÂN VẬN KHÉO” NĂM 2026\n"
            "CHI ĐOÀN BẢN HUỔI MỘ\n"
            "BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH\n"
            "“THẮP SÁNG ĐƯỜNG BẢN”\n"
            "Người trình bày: Lường Văn Piếng, Bí thư Chi đoàn\n"
            "Mường Lói, ngày 18 tháng 11 năm 2026",
            _NOTES,
        ],
        table=1,
    )
    doc.row(
        ["THÔNG TIN CHUNG\nMô hình: Thắp sáng đường bản\nĐịa bàn: bản Huổi Mộ", _NOTES], table=2
    )
    for k, section in enumerate(
        (
            "CÁCH LÀM\n• Đoàn viên góp công kéo dây điện\n• Mỗi hộ góp một bóng đèn",
            "KẾT QUẢ ĐẠT ĐƯỢC\n• 2 km đường bản có đèn\n• Không còn trộm vặt ban đêm",
            "KHÓ KHĂN, ĐỀ XUẤT\n• Tiền điện hằng tháng\n• Đề nghị xã hỗ trợ 20 bóng",
            "XIN TRÂN TRỌNG CẢM ƠN!\nChi đoàn bản Huổi Mộ - tháng 11/2026",
        ),
        3,
    ):
        doc.row([section, _NOTES], table=k)
    assert str(read_fields(doc).fields["signed_date"]) == "2026-11-18"
