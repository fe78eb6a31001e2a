"""Papers about a model whose title is neither a form nor a known report (a logbook, a story of
an exemplary person): read as a report with every value below 0.9, on layouts of our own."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.classify import INFERRED
from documents.extraction.fields.zones import cut
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _logbook() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["CHI ĐOÀN THÔN BẢN VẼ", MOTTO], table=9)
    for line in (
        "NHẬT KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "“Bếp ấm cho em”",
        "Người phụ trách: Hà Thị Lụa",
        "Chức vụ: Bí thư Chi đoàn",
        "Điện thoại: 0912 345 678",
    ):
        doc.paragraph(line)
    doc.row(["Ngày", "Việc làm", "Số người"], table=1)
    doc.row(["03/4/2025", "Nấu 40 suất ăn trưa cho học sinh", "12"], table=1)
    doc.paragraph("Kết quả: 40 học sinh bán trú có bữa trưa nóng suốt năm học")
    return doc


def test_a_logbook_about_a_model_is_an_inferred_report_with_values_under_review() -> None:
    result = read_fields(_logbook())
    assert result.kind is Kind.REPORT
    assert result.fields["leader_name"] == "Hà Thị Lụa"
    assert result.fields["phone"] == "0912345678"
    assert INFERRED in result.warnings
    assert result.confidence and max(result.confidence.values()) < 0.9
    assert all(k in result.doubts for k in result.confidence)


def test_a_paper_about_no_model_stays_unknown_with_nothing_read() -> None:
    doc = DocumentText(source="docx")
    for line in (
        "THỰC ĐƠN LIÊN HOAN CUỐI NĂM",
        "Gà luộc, xôi gấc: 40 người",
        "Chủ trì: Hà Thị Lụa",
    ):
        doc.paragraph(line)
    result = read_fields(doc)
    assert result.kind is Kind.UNKNOWN
    assert not result.fields


def test_unit_lines_centred_above_a_rule_are_the_header_not_the_title() -> None:
    doc = DocumentText(source="docx")
    for line in (
        "HỘI NÔNG DÂN HUYỆN SƠN ĐỘNG",
        "HỘI NÔNG DÂN XÃ AN BÁ",
        "──────",
        "SỔ GHI CHÉP HOẠT ĐỘNG MÔ HÌNH “DÂN VẬN KHÉO”",
        "“Tổ hợp tác nuôi ong”",
        "Người phụ trách: Lâm Văn Sáng",
        "Điện thoại: 0987 111 222",
    ):
        doc.paragraph(line, centered=True)
    doc.paragraph("Năm 2025 tổ thu 2 tấn mật, 15 hộ tham gia góp 30 triệu đồng.")
    zones = cut(doc.blocks)
    assert zones.header[0] == ["HỘI NÔNG DÂN HUYỆN SƠN ĐỘNG", "HỘI NÔNG DÂN XÃ AN BÁ"]
    assert zones.title[0].startswith("SỔ GHI CHÉP")
    result = read_fields(doc)
    assert result.kind is Kind.REPORT
    assert result.fields["unit_name"] == "HỘI NÔNG DÂN XÃ AN BÁ"


def test_an_annex_under_the_signature_is_read_as_body() -> None:
    doc = DocumentText(source="docx")
    doc.row(["ỦY BAN NHÂN DÂN\nXÃ AN BÁ", MOTTO + "\nAn Bá, ngày 5 tháng 12 năm 2025"], table=1)
    for line in (
        "QUYẾT ĐỊNH",
        "Về việc công nhận mô hình “Dân vận khéo” năm 2025",
        "Điều 1. Công nhận mô hình “Tổ hợp tác nuôi ong” của Hội Nông dân xã An Bá.",
    ):
        doc.paragraph(line)
    doc.row(
        ["Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLý Văn Quế"], 2
    )
    doc.paragraph("PHỤ LỤC TÓM TẮT MÔ HÌNH")
    doc.paragraph("(Kèm theo Quyết định số 45/QĐ-UBND ngày 05/12/2025)")
    doc.row(["Tên mô hình", "Tổ hợp tác nuôi ong"], table=3)
    doc.row(["Đơn vị thực hiện", "Hội Nông dân xã An Bá"], table=3)
    doc.row(["Người phụ trách", "Lâm Văn Sáng"], table=3)
    doc.row(["Kết quả", "15 hộ tham gia, thu 2 tấn mật mỗi năm"], table=3)
    zones = cut(doc.blocks)
    assert zones.signature and not any("Sáng" in line for col in zones.signature for line in col)
    fields = read_fields(doc).fields
    assert fields["unit_name"] == "Hội Nông dân xã An Bá"
    assert fields["leader_name"] == "Lâm Văn Sáng"


def test_an_annex_whose_heading_ocr_joined_to_its_note_is_read_as_body() -> None:
    doc = DocumentText(source="pdf-ocr")
    doc.row(["ỦY BAN NHÂN DÂN\nXÃ AN BÁ", MOTTO + "\nAn Bá, ngày 5 tháng 12 năm 2025"], table=1)
    doc.paragraph("QUYẾT ĐỊNH")
    doc.paragraph("Điều 1. Công nhận mô hình “Tổ hợp tác nuôi ong” của Hội Nông dân xã An Bá.")
    doc.row(["Nơi nhận:\n- Như Điều 1;", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLý Văn Quế"], 2)
    doc.paragraph("TÓM TẮT MÔ HÌNH (Kèm theo Quyết định số 45/QĐ-UBND ngày 05/12/2025)")
    doc.row(["Tên mô hình", "Tổ hợp tác nuôi ong"], table=3)
    doc.row(["Người phụ trách", "Lâm Văn Sáng"], table=3)
    doc.row(["Kết quả", "15 hộ tham gia, thu 2 tấn mật mỗi năm"], table=3)
    fields = read_fields(doc).fields
    assert fields["leader_name"] == "Lâm Văn Sáng"
    assert fields["results"] == "15 hộ tham gia, thu 2 tấn mật mỗi năm"


def _story(person_line: str, lead: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["HỘI NÔNG DÂN XÃ AN BÁ", MOTTO], table=1)
    doc.paragraph("NGƯỜI TỐT VIỆC TỐT – MÔ HÌNH CÁ NHÂN “DÂN VẬN KHÉO”", centered=True)
    doc.paragraph(person_line, centered=True)
    doc.paragraph(lead)
    doc.paragraph("Anh kể: “Lúc đầu bà con chưa tin, phải làm trước cho mọi người xem”.")
    doc.paragraph("Sau hai năm, 20 hộ theo mô hình “Vườn mẫu” đã góp 40 triệu đồng, thu 8 tấn rau.")
    return doc


def test_a_story_names_its_person_in_the_title_with_the_position_beside_them() -> None:
    doc = _story(
        "Anh Lò Văn Tươi – người giữ vườn cho bản",
        "Ở tuổi 40, anh Lò Văn Tươi, người Thái trắng, Tổ trưởng tổ hợp tác rau an toàn bản Co "
        "Phương, đã khởi xướng mô hình.",
    )
    result = read_fields(doc)
    assert result.kind is Kind.REPORT
    assert result.fields["leader_name"] == "Lò Văn Tươi"
    assert result.fields["leader_position"] == "Tổ trưởng tổ hợp tác rau an toàn bản Co Phương"
    assert result.fields["model_type"] == "individual"
    assert str(result.fields["results"]).startswith("Sau hai năm, 20 hộ")
    assert max(result.confidence.values()) < 0.9


def test_a_story_lead_giving_the_position_before_the_name() -> None:
    doc = _story(
        "Bà Quàng Thị Ón: mười năm giữ nếp bản",
        "Là Chi hội trưởng Chi hội Phụ nữ bản Mường Khoa, bà Quàng Thị Ón đã vận động chị em.",
    )
    fields = read_fields(doc).fields
    assert fields["leader_name"] == "Quàng Thị Ón"
    assert fields["leader_position"] == "Chi hội trưởng Chi hội Phụ nữ bản Mường Khoa"


def test_a_logbook_total_row_gives_the_model_figures_not_its_first_entry() -> None:
    doc = _logbook()
    doc.blocks = [b for b in doc.blocks if b.table != 1]
    doc.row(["STT", "Ngày", "Việc làm", "Số người tham gia", "Kinh phí (đồng)"], table=4)
    doc.row(["1", "03/4/2025", "Nấu 40 suất ăn", "12", "1.500.000"], table=4)
    doc.row(["2", "10/5/2025", "Sửa bếp", "8", ""], table=4)
    doc.row(["3", "2/6/2025", "Nấu 60 suất ăn", "15", "2.000.000"], table=4)
    doc.row(["Tổng cộng", "", "", "35", "3.500.000"], table=4)
    fields = read_fields(doc).fields
    assert fields["participants"] == 35
    assert fields["funds_vnd"] == 3_500_000


def test_a_list_of_models_with_a_total_row_but_no_dates_is_not_a_logbook() -> None:
    doc = _logbook()
    doc.blocks = [b for b in doc.blocks if b.table != 1]
    doc.row(["STT", "Tên mô hình", "Số người tham gia", "Kinh phí (đồng)"], table=4)
    doc.row(["1", "Bếp ấm cho em", "12", "1.500.000"], table=4)
    doc.row(["2", "Sân chơi cho trẻ", "8", "900.000"], table=4)
    doc.row(["Cộng", "", "20", "2.400.000"], table=4)
    assert read_fields(doc).fields.get("participants") != 20


def test_a_forms_own_annex_stays_out_of_its_body() -> None:
    doc = DocumentText(source="docx")
    doc.row(["CHI BỘ BẢN CO", MOTTO], table=1)
    for line in (
        "BẢN ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Nước sạch về bản",
        "Người phụ trách: Lường Văn Khay",
        "Bản Co, ngày 3 tháng 4 năm 2025",
    ):
        doc.paragraph(line)
    doc.row(["XÁC NHẬN CỦA CẤP ỦY", "NGƯỜI ĐĂNG KÝ\n\nLường Văn Khay"], table=2)
    doc.paragraph("PHỤ LỤC")
    doc.paragraph("(Kèm theo bản đăng ký) Kế hoạch triển khai")
    doc.row(["Việc", "Người thực hiện"], table=3)
    doc.row(["Đào mương", "Cà Văn Pằn, Trưởng bản"], table=3)
    assert cut(doc.blocks).signed_at is None
    assert read_fields(doc).fields["signed_date"] == "2025-04-03"


def test_a_recognition_decisions_issuer_is_not_the_unit_nor_its_signer_the_leader() -> None:
    doc = DocumentText(source="docx")
    doc.row(["ỦY BAN NHÂN DÂN\nXÃ AN BÁ", MOTTO + "\nAn Bá, ngày 5 tháng 12 năm 2025"], table=1)
    doc.paragraph("QUYẾT ĐỊNH", centered=True)
    doc.paragraph("Về việc công nhận mô hình “Dân vận khéo” năm 2025", centered=True)
    for line in (
        "Điều 1. Công nhận mô hình “Tổ hợp tác nuôi ong” của Hội Nông dân xã An Bá, "
        "thu hút 15 hộ tham gia.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ):
        doc.paragraph(line)
    doc.row(
        ["Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLý Văn Quế"], 2
    )
    result = read_fields(doc)
    assert result.kind is Kind.REPORT
    assert "NHÂN DÂN" not in str(result.fields.get("unit_name", "")).upper()
    assert result.fields.get("leader_name") != "Lý Văn Quế"
    assert max(result.confidence.values()) < 0.9


def test_an_invitation_to_honour_a_model_is_read_as_a_report_for_review() -> None:
    doc = DocumentText(source="docx")
    doc.row(["ỦY BAN MTTQ VIỆT NAM XÃ AN BÁ\nSố: 7/GM-MTTQ", MOTTO], table=1)
    doc.paragraph("GIẤY MỜI", centered=True, bold=True)
    doc.paragraph("Dự Lễ tôn vinh mô hình “Dân vận khéo” năm 2026", centered=True, bold=True)
    doc.paragraph("Tới dự Lễ tôn vinh mô hình “Bếp ấm” của Chi hội Phụ nữ thôn 2.")
    doc.paragraph(
        "Chị Lò Thị Hoa, Chi hội trưởng, người phụ trách mô hình, báo cáo: 40 hội viên góp 12 triệu đồng."
    )
    result = read_fields(doc)
    assert result.kind is Kind.REPORT
    assert all(c < 0.9 for c in result.confidence.values())


def test_an_invitation_to_a_meeting_stays_unknown() -> None:
    doc = DocumentText(source="docx")
    doc.row(["ĐẢNG ỦY XÃ AN BÁ", MOTTO], table=1)
    doc.paragraph("GIẤY MỜI", centered=True, bold=True)
    doc.paragraph("Dự hội nghị sơ kết phong trào “Dân vận khéo” 6 tháng đầu năm", centered=True)
    doc.paragraph("Thời gian: 8 giờ ngày 5/7/2026, tại hội trường Đảng ủy xã.")
    assert read_fields(doc).kind is Kind.UNKNOWN


def _proposal(models: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["HỘI NÔNG DÂN XÃ PHÌN NGAN\nSố: 21/TTr-HND", MOTTO], table=3)
    for line in (
        "TỜ TRÌNH",
        "Về việc đề nghị công nhận mô hình “Dân vận khéo” năm 2026",
        "Kính gửi: Ban Thường vụ Đảng ủy xã Phìn Ngan",
        "Căn cứ Kế hoạch số 05-KH/ĐU ngày 10/01/2026 của Đảng ủy xã,",
        f"Hội Nông dân xã kính trình Đảng ủy xã xem xét, công nhận {models} là mô hình “Dân vận khéo”.",
        "Mô hình do đồng chí Thào Seo Lử, Phó Chủ tịch Hội Nông dân xã, số máy 0977 123 456, phụ trách.",
        "Kết quả, 40 ha chè Shan đạt chuẩn, thu nhập tăng 15%.",
    ):
        doc.paragraph(line)
    return doc


def test_a_letter_proposing_one_model_for_recognition_is_an_inferred_report() -> None:
    result = read_fields(_proposal("mô hình “Chè Shan tuyết bản Lử”"))
    assert result.kind is Kind.REPORT
    assert result.fields["model_name"] == "Chè Shan tuyết bản Lử"
    assert result.fields["leader_name"] == "Thào Seo Lử"
    assert INFERRED in result.warnings
    assert result.confidence and max(result.confidence.values()) <= 0.85


def test_a_letter_proposing_several_models_stays_unknown() -> None:
    result = read_fields(
        _proposal("mô hình “Chè Shan tuyết bản Lử” và mô hình “Đường sáng bản Ngan”")
    )
    assert result.kind is Kind.UNKNOWN


def test_a_proposal_s_figures_and_office_phone_are_read_from_its_sentences() -> None:
    doc = _proposal("mô hình “Chè Shan tuyết bản Lử”")
    doc.paragraph(
        "Tổ chè họp dân bàn bạc; 73 hộ dân trong bản góp công làm đường lên đồi chè. Hội vận động "
        "con em xa quê ủng hộ được 96 triệu đồng, cùng với 40 triệu đồng ngân sách xã hỗ trợ."
    )
    result = read_fields(doc)
    assert result.fields["participants"] == 73
    assert result.fields["funds_vnd"] == 96_000_000
    assert result.fields["phone"] == "0977123456"


def test_a_commitment_sheets_own_title_is_no_committee_of_the_header() -> None:
    """'BẢN CAM KẾT' folds to 'ban cam ket', as a committee ('BAN CHỈ ĐẠO') would: under the
    header it is the paper's title, not a unit line of the header."""
    doc = DocumentText(source="docx")
    doc.row(["ĐẢNG BỘ XÃ HÒA SƠN\nCHI BỘ BẢN CỐC", MOTTO], table=9)
    for line in ("BẢN CAM KẾT", "TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2027", "Họ và tên: Lù Văn Sáng"):
        doc.paragraph(line)
    zones = cut(doc.blocks)
    assert zones.title[:2] == ["BẢN CAM KẾT", "TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2027"]
    assert "BẢN CAM KẾT" not in zones.header[0]
