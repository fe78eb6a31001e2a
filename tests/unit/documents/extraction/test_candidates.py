"""Candidates for fields (`fields/candidates.py`), on small layouts of our own (invented units,
people and wording; not a copy of any sample or corpus layout), through the whole reader."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.prose import domain_aside
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _doc(*lines: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["HỘI NÔNG DÂN XÃ PHÚ MỸ\n───", MOTTO + "\nPhú Mỹ, ngày 02 tháng 6 năm 2024"], table=1)
    for line in lines:
        doc.paragraph(line)
    doc.row(["Nơi nhận:\n- Lưu.", "CHỦ TỊCH\n\n\nTrịnh Văn Bảo"], table=9)
    return doc


def test_the_domain_written_under_a_proposal_title() -> None:
    doc = _doc(
        "ĐỀ ÁN",
        "Xây dựng mô hình “Dân vận khéo” “Vườn rau sạch cho bếp ăn bán trú”",
        "(Mô hình tập thể – lĩnh vực kinh tế)",
        "I. SỰ CẦN THIẾT",
        "Bếp ăn của điểm trường thiếu rau sạch.",
        "II. NỘI DUNG, GIẢI PHÁP",
        "- Hội viên góp giống, làm vườn rau cạnh điểm trường.",
    )
    assert read_fields(doc).fields["domain"] == "economy"


def test_the_domain_in_brackets_beside_the_model_a_report_tells_of() -> None:
    doc = _doc(
        "BÁO CÁO THÀNH TÍCH",
        "Tên tập thể đề nghị: Hội Nông dân xã Phú Mỹ",
        "I. THÀNH TÍCH ĐẠT ĐƯỢC",
        "Năm 2024, Hội xây dựng mô hình “Tổ hợp tác nuôi ong” (lĩnh vực kinh tế), giúp hội "
        "viên có thêm thu nhập:",
        "- Địa bàn thực hiện: thôn Đá Bàn.",
        "- Kết quả: 32 hộ nuôi ong, mỗi hộ thu thêm 1,5 triệu đồng mỗi tháng.",
    )
    result = read_fields(doc)
    assert result.fields["domain"] == "economy"
    assert result.confidence["domain"] < 0.9  # a sentence, not a label


def test_two_domains_in_brackets_give_none() -> None:
    text = "Mô hình “A” (lĩnh vực kinh tế) và mô hình “B” (lĩnh vực văn hóa - xã hội)."
    assert domain_aside(text) is None
    assert domain_aside("Mô hình “A” (lĩnh vực kinh tế).") == "kinh tế"


def test_a_bare_address_is_second_to_the_place_labelled_for_the_model() -> None:
    doc = _doc(
        "BÁO CÁO THÀNH TÍCH",
        "Tên tập thể đề nghị: Hội Nông dân xã Phú Mỹ",
        "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
        "- Địa chỉ: thôn Trung Tâm; điện thoại 0203 3811 220.",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        "Hội duy trì mô hình “Tổ hợp tác nuôi ong”:",
        "- Địa bàn thực hiện: thôn Đá Bàn và thôn Khe Cát.",
        "- Kết quả: 32 hộ nuôi ong.",
    )
    assert read_fields(doc).fields["location"] == "thôn Đá Bàn và thôn Khe Cát"


def test_a_sentence_opening_with_the_label_words_is_no_model_name() -> None:
    doc = _doc(
        "KẾ HOẠCH",
        "Triển khai xây dựng mô hình “Dân vận khéo” năm 2024",
        "Hội Nông dân xã Phú Mỹ xây dựng kế hoạch triển khai mô hình như sau:",
        "I. YÊU CẦU",
        "1. Mô hình có người phụ trách, có kết quả đo đếm được.",
        "II. NỘI DUNG",
        "1. Tên mô hình: Tổ hợp tác nuôi ong",
        "2. Người phụ trách: Trịnh Văn Bảo – Chủ tịch Hội",
        "3. Các nội dung thực hiện:",
        "- Hội viên góp đàn ong giống, học kỹ thuật chia đàn.",
    )
    assert read_fields(doc).fields["model_name"] == "Tổ hợp tác nuôi ong"


def test_a_row_of_a_schedule_of_tasks_is_not_the_content() -> None:
    doc = _doc(
        "KẾ HOẠCH",
        "Triển khai xây dựng mô hình “Dân vận khéo” năm 2024",
        "Hội Nông dân xã Phú Mỹ xây dựng kế hoạch triển khai mô hình như sau:",
        "1. Tên mô hình: Tổ hợp tác nuôi ong",
        "2. Người phụ trách: Trịnh Văn Bảo – Chủ tịch Hội",
        "3. Các nội dung thực hiện:",
        "- Hội viên góp đàn ong giống, học kỹ thuật chia đàn.",
        "III. TIẾN ĐỘ THỰC HIỆN",
    )
    doc.row(["TT", "Nội dung công việc", "Thời gian", "Người thực hiện"], table=4)
    doc.row(["1", "Họp ra mắt tổ", "Tháng 3/2024", "Trịnh Văn Bảo"], table=4)
    doc.row(["2", "Tập huấn chia đàn", "Tháng 5/2024", "Lê Thị Gấm"], table=4)
    content = read_fields(doc).fields["content"]
    assert content == "- Hội viên góp đàn ong giống, học kỹ thuật chia đàn."


def test_the_model_named_under_a_title_band_with_its_kind_before_the_movement() -> None:
    """'INFOGRAPHIC | MÔ HÌNH “DÂN VẬN KHÉO”' over the model's name: the kind of paper before a
    bar does not hide the movement's line; the name under it is the model's."""
    for band in ("INFOGRAPHIC | MÔ HÌNH “DÂN VẬN KHÉO”", "BẢN TIN • MÔ HÌNH “DÂN VẬN KHÉO”"):
        doc = DocumentText(source="docx")
        for line in (
            band,
            "Giếng sạch cho bản vùng cao",
            "Năm 2025 – 2026",
            "Đơn vị thực hiện: Đoàn Thanh niên xã Nậm Cha",
            "Phụ trách: Anh Giàng A Sử – Bí thư Đoàn xã",
            "Địa bàn: bản Nậm Cha   ■ Lĩnh vực: văn hóa - xã hội",
        ):
            doc.paragraph(line)
        doc.row(["60\nhộ tham gia", "120 triệu\nđồng nhân dân đóng góp"], table=2)
        doc.paragraph("KẾT QUẢ NỔI BẬT")
        doc.paragraph("• Khoan 4 giếng cho 60 hộ.")
        assert read_fields(doc).fields.get("model_name") == "Giếng sạch cho bản vùng cao"


def test_the_domain_told_in_the_value_of_the_type_line() -> None:
    doc = _doc(
        "BẢN ĐĂNG KÝ",
        "Tên mô hình: “Tổ nông dân làm phân hữu cơ từ rơm”",
        "Loại mô hình: Tập thể – lĩnh vực kinh tế",
        "Địa bàn thực hiện: thôn Đá Bàn.",
    )
    result = read_fields(doc)
    assert result.fields["model_type"] == "collective"
    assert result.fields["domain"] == "economy"


def test_the_domain_told_in_a_type_cell_of_a_table() -> None:
    doc = DocumentText(source="docx")
    doc.row(["HỘI NÔNG DÂN XÃ PHÚ MỸ\n───", MOTTO + "\nPhú Mỹ, ngày 02 tháng 6 năm 2024"], table=1)
    doc.paragraph("GIẤY XÁC NHẬN")
    doc.row(["Tên mô hình", "Góc sách cho em ở nhà văn hóa thôn"], table=2)
    doc.row(["Đơn vị thực hiện", "Chi đoàn thôn Đá Bàn"], table=2)
    doc.row(["Loại, lĩnh vực", "Mô hình cá nhân – lĩnh vực văn hóa - xã hội"], table=2)
    doc.row(["Nơi nhận:\n- Lưu.", "CHỦ TỊCH\n\n\nTrịnh Văn Bảo"], table=9)
    result = read_fields(doc)
    assert result.fields["model_type"] == "individual"
    assert result.fields["domain"] == "culture_society"


def test_a_type_line_without_a_domain_gives_none() -> None:
    doc = _doc("BẢN ĐĂNG KÝ", "Tên mô hình: “Tổ nông dân làm phân hữu cơ từ rơm”",
               "Loại mô hình: Tập thể")  # fmt: skip
    assert read_fields(doc).fields.get("domain") is None
