"""Why a value must not reach 0.9: each cause of a confident but wrong value, on small layouts of
our own, and the evidence (a validator, the geometry, OCR) that keeps it below the line."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.outline import follows
from documents.extraction.fields.validate import ODD, check, inner_label
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _doc(*lines: str, header: str, source: str = "docx") -> DocumentText:
    doc = DocumentText(source=source)
    doc.row([header, MOTTO + "\nTân Lập, ngày 3 tháng 5 năm 2025"], table=1)
    for line in lines:
        doc.paragraph(line)
    return doc


# ------------------------------------------------------------------ a value holding another label


def test_a_label_inside_a_value_is_found() -> None:
    assert inner_label("GIỮ ĐƯỜNG Người phụ trách: Lò Văn Sinh XANH") == "Người phụ trách"
    assert inner_label("Đường hoa: xanh sạch đẹp") is None  # a colon, but no label before it


def test_a_model_name_that_ran_over_another_label_is_odd() -> None:
    verdict = check("model_name", "Tuyến đường Đơn vị thực hiện: Chi đoàn bản Mòng sáng đẹp")
    assert verdict.score == ODD and "nhãn khác" in str(verdict.reason)


def test_a_name_cut_at_its_opening_quote_is_odd() -> None:
    verdict = check("model_name", "“Mỗi tuần một buổi dọn vệ")
    assert verdict.score == ODD and "cắt" in str(verdict.reason)
    assert check("model_name", "“Mỗi tuần một buổi dọn vệ sinh”").score != ODD


def test_a_title_mixed_with_a_side_label_is_not_confident() -> None:
    doc = DocumentText(source="pdf-text")
    doc.row(["Mẫu 04/TK", "BÁO CÁO MÔ HÌNH “SẠCH", "Đơn vị thực hiện: Chi đoàn bản Mòng"], table=1)
    doc.row(["", "ĐƯỜNG BẢN”", ""], table=1)
    doc.paragraph("Tân Lập, ngày 3 tháng 5 năm 2025")
    doc.paragraph("Kết quả đạt được: dọn 4 km đường bản, trồng 300 cây hoa ven đường.")
    result = read_fields(doc)
    name = result.fields.get("model_name")
    assert name is None or "Đơn vị" not in str(name) or result.confidence["model_name"] < 0.9


# ------------------------------------------------------------------ free text and its outline


def test_outline_numbers() -> None:
    assert follows("2.4", "2.3") and follows("3", "2.3") and follows("IV", "III")
    assert follows("c", "b")
    assert not follows("2.3.1", "2.3") and not follows("1", "2.3") and not follows("3", "III")


def test_free_text_ends_at_the_next_section_of_its_outline() -> None:
    doc = _doc(
        "THUYẾT MINH MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Bếp lửa nhà văn hóa",
        "2. Phần nội dung",
        "2.1. Hiện trạng (trước khi làm)",
        "Nhà văn hóa bản ít người lui tới vào mùa đông.",
        "2.2. Cách làm mới:",
        "- Biện pháp thực hiện:",
        "1. Đốt bếp lửa chung mỗi tối thứ Bảy.",
        "2. Mời già làng kể chuyện, hát then.",
        "2.3. Phạm vi nhân rộng (các bản lân cận)",
        "Các bản vùng cao của xã.",
        "3. Cam kết",
        "Thực hiện đúng nội dung đã đăng ký.",
        header="ĐOÀN XÃ TÂN LẬP\nCHI ĐOÀN BẢN MÒNG",
    )
    content = str(read_fields(doc).fields["content"])
    assert "Đốt bếp lửa" in content and "hát then" in content  # its own list stays in
    assert "Phạm vi" not in content and "Cam kết" not in content


# ------------------------------------------------------------------ OCR and inferred figures


def test_an_ocr_dash_in_a_name_is_not_confident() -> None:
    doc = _doc(
        "ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Vườn thuốc nam - góc sức khỏe",
        "Người phụ trách: Lò Văn Sinh",
        header="HỘI CỰU CHIẾN BINH XÃ TÂN LẬP",
        source="pdf-ocr",
    )
    doc.ocr_confidence = 0.97
    result = read_fields(doc)
    assert result.fields["model_name"] == "Vườn thuốc nam - góc sức khỏe"
    assert result.confidence["model_name"] < 0.9
    assert "gạch" in result.doubts["model_name"]


def test_a_count_picked_from_the_results_alone_is_not_confident() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Bếp lửa nhà văn hóa",
        "Kết quả đạt được: có 57 hộ tham gia sinh hoạt đều đặn, nhà văn hóa sáng đèn mỗi tối.",
        header="ĐOÀN XÃ TÂN LẬP\nCHI ĐOÀN BẢN MÒNG",
    )
    result = read_fields(doc)
    assert result.fields["participants"] == 57
    assert result.confidence["participants"] < 0.9
