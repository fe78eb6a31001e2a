"""More classes of failure seen on unseen layouts, each on a small layout of our own (invented
units, people and wording; not a copy of any sample or corpus layout), through the whole reader."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.normalise import iso_date
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _doc(*lines: str, header: str = "", signature: str = "") -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row([header, MOTTO], table=1)
    for line in lines:
        doc.paragraph(line)
    if signature:
        doc.row(["Nơi nhận:\n- Lưu.", signature], table=9)
    return doc


def test_footnote_marks_glued_to_labels() -> None:
    doc = _doc(
        "ĐƠN XIN ĐĂNG KÝ MÔ HÌNH",
        "Tên mô hình³: Sân chơi cuối tuần cho thiếu nhi",
        "- Đơn vị thực hiện (nếu không phải người viết đơn)2: Chi đoàn khối phố Hạ Long",
        "- Lĩnh vực4: Văn hóa - xã hội",
    )
    f = read_fields(doc).fields
    assert f["unit_name"] == "Chi đoàn khối phố Hạ Long"
    assert f["domain"] == "culture_society"


def test_a_free_text_label_heading_its_own_sub_items_holds_no_text() -> None:
    doc = _doc(
        "ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” - THUYẾT MINH",
        "Tên mô hình: Sân chơi cuối tuần cho thiếu nhi",
        "4. Nội dung mô hình:",
        "4.1. Bối cảnh (ghi ngắn gọn)",
        "Khối phố không có chỗ cho trẻ vui chơi.",
        "4.2. Các bước triển khai",
        "- Giải pháp thực hiện:",
        "Mượn sân nhà văn hóa mỗi chiều Chủ nhật; đoàn viên thay nhau trông.",
        "4.3. Ai có thể áp dụng",
        "Các khối phố có nhà văn hóa.",
    )
    content = read_fields(doc).fields["content"]
    assert content == "Mượn sân nhà văn hóa mỗi chiều Chủ nhật; đoàn viên thay nhau trông."


def test_free_text_under_a_bullet_label_ends_at_the_next_bulleted_label() -> None:
    doc = _doc(
        "ĐƠN ĐĂNG KÝ MÔ HÌNH",
        "Tên mô hình: Sân chơi cuối tuần cho thiếu nhi",
        "- Cách làm:",
        "Mượn sân nhà văn hóa mỗi chiều Chủ nhật.",
        "- Chi phí dự trù (nếu có): Không đáng kể",
        "- Điều kiện để làm theo: có sân rộng.",
    )
    content = read_fields(doc).fields["content"]
    assert content == "Mượn sân nhà văn hóa mỗi chiều Chủ nhật."


def test_a_date_filled_into_dotted_blanks() -> None:
    assert iso_date("Hạ Long, ngày …07… tháng …9… năm 2025") == "2025-09-07"
    assert iso_date("ngày ___12___ tháng __10__ năm 2025") == "2025-10-12"
    assert iso_date("Hạ Long, ngày 7 tháng 9 năm 20…25") == "2025-09-07"  # "năm 20" printed
    assert iso_date("ngày 7 tháng 9 năm 20256") is None


def test_the_unit_signing_below_beats_a_superior_body_alone_in_the_header() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Sân chơi cuối tuần cho thiếu nhi",
        "Kết quả đạt được: 40 em sinh hoạt đều mỗi tuần.",
        header="ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG HẠ LONG",
        signature="TM. BAN CÔNG TÁC MẶT TRẬN\nKHỐI PHỐ 4\nTRƯỞNG BAN\n\n\nTạ Văn Khiêm",
    )
    result = read_fields(doc)
    assert result.fields["unit_name"] == "BAN CÔNG TÁC MẶT TRẬN KHỐI PHỐ 4"


def test_a_labelled_kind_beats_the_heading_of_a_list_of_people() -> None:
    doc = _doc(
        "ĐĂNG KÝ THI ĐUA NĂM 2025",
        "1. Cá nhân:",
    )
    doc.row(["TT", "Họ và tên", "Chức vụ", "Danh hiệu"], table=2)
    doc.row(["1", "Tạ Văn Khiêm", "Đội trưởng", "Lao động tiên tiến"], table=2)
    doc.paragraph("2. Mô hình “Dân vận khéo”")
    doc.paragraph("- Tên mô hình: Sân chơi cuối tuần cho thiếu nhi")
    doc.paragraph("- Loại hình: Tập thể")
    result = read_fields(doc)
    assert result.fields["model_type"] == "collective"


def test_the_signer_as_applicant_gives_no_position() -> None:
    doc = _doc(
        "ĐƠN ĐĂNG KÝ MÔ HÌNH",
        "Tên mô hình: Sân chơi cuối tuần cho thiếu nhi",
        signature="Hạ Long, ngày 7 tháng 9 năm 2025\nNgười làm đơn\n(Ký, ghi rõ họ tên)\n\n\nTạ Văn Khiêm",
    )
    result = read_fields(doc)
    assert result.fields["leader_name"] == "Tạ Văn Khiêm"
    assert "leader_position" not in result.fields


def test_a_statistical_return_whose_rows_are_the_forms() -> None:
    """Two header rows with merged cells, a row of column codes, a money unit in the header,
    and figures of one to three digits that are values, not row numbers."""
    doc = DocumentText(source="docx")
    doc.row(["Biểu 07/TK", "BÁO CÁO MÔ HÌNH “DÂN VẬN KHÉO” 6 THÁNG\n(Kỳ báo cáo: 01/01 - 30/6/2025)",
             "Đơn vị nhận báo cáo: Phòng Văn hóa"], table=1)  # fmt: skip
    head = ["TT", "Tên mô hình", "Tập thể / Cá nhân", "Người phụ trách", "", "Kết quả", "", ""]
    sub = ["", "", "", "Họ và tên", "Điện thoại", "Số hộ tham gia", "Kinh phí (triệu đồng)", "Ghi chú"]  # fmt: skip
    codes = ["A", "B", "C", "1", "2", "3", "4", "D"]
    data = ["1", "Sân chơi cuối tuần", "Tập thể", "Tạ Văn Khiêm", "0912 300 400", "85", "42,5", ""]
    for row in (head, sub, codes, data):
        doc.row(row, table=2)
    doc.paragraph("Hạ Long, ngày 7 tháng 9 năm 2025")
    result = read_fields(doc)
    f = result.fields
    assert f["model_name"] == "Sân chơi cuối tuần"
    assert f["model_type"] == "collective"
    assert f["leader_name"] == "Tạ Văn Khiêm" and f["phone"] == "0912300400"
    assert f["participants"] == 85 and f["funds_vnd"] == 42_500_000
    assert f["signed_date"] == "2025-09-07"


def test_a_row_of_check_boxes_under_a_choice_label_is_its_value_not_a_label() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Sân chơi cuối tuần cho thiếu nhi",
        "3. Hình thức",
        "☐ Cá nhân   ☒ Tập thể",
    )
    assert read_fields(doc).fields["model_type"] == "collective"


def test_a_table_of_indicators_gives_the_figures_achieved_in_their_unit() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2025",
        "Tên mô hình: Sân chơi cuối tuần cho thiếu nhi",
        "Kết quả: sân chơi mở đều đặn mỗi Chủ nhật.",
    )
    for row in (
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
        ["1", "Số em được trông giữ", "em", "50", "61"],
        ["2", "Số gia đình tham gia", "hộ", "40", "47"],
        ["3", "Kinh phí huy động", "nghìn đồng", "9.000", "12.500"],
    ):
        doc.row(row, table=3)
    f = read_fields(doc).fields
    assert f["participants"] == 47  # the row that says who took part, achieved, not planned
    assert f["funds_vnd"] == 12_500_000


def test_a_long_hint_in_brackets_does_not_hide_a_label() -> None:
    doc = _doc(
        "ĐƠN ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Sân chơi cuối tuần cho thiếu nhi",
        "- Đơn vị thực hiện (ghi đầy đủ tên cơ quan, tổ chức trực tiếp triển khai mô hình tại "
        "địa phương, nếu có): Chi đoàn khối phố Hạ Long",
    )
    assert read_fields(doc).fields["unit_name"] == "Chi đoàn khối phố Hạ Long"


def test_the_person_labelled_in_charge_beats_the_first_of_a_list_of_names() -> None:
    doc = _doc("ĐĂNG KÝ THI ĐUA VÀ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2025")
    doc.row(["STT", "Họ và tên", "Chức vụ", "Điện thoại", "Danh hiệu"], table=2)
    doc.row(["1", "Tạ Văn Khiêm", "Đội trưởng", "0912 300 400", "Chiến sĩ thi đua"], table=2)
    doc.row(["2", "Lò Thị Nhung", "Đội phó", "0912 300 401", "Lao động tiên tiến"], table=2)
    doc.paragraph("Tên mô hình: Sân chơi cuối tuần cho thiếu nhi")
    doc.paragraph("Người phụ trách: KS. Lò Thị Nhung – Phó trưởng đội; điện thoại: 0912 300 401")
    f = read_fields(doc).fields
    assert f["leader_name"] == "Lò Thị Nhung"  # the engineer's title "KS." is no part of it
    assert f["leader_position"] == "Phó trưởng đội"  # hers, not the first row's "Đội trưởng"


def test_a_labelled_line_in_a_cell_is_not_the_value_of_the_cell_before_it() -> None:
    doc = DocumentText(source="pdf-text")
    doc.row(["Mẫu 07/TK", "BÁO CÁO MÔ HÌNH “DÂN VẬN KHÉO”", "Đơn vị báo cáo: Chi đoàn khối phố 4"],
            table=1)  # fmt: skip
    doc.paragraph("Tên mô hình: Sân chơi cuối tuần cho thiếu nhi")
    doc.paragraph("Kết quả: sân chơi mở đều đặn mỗi Chủ nhật.")
    assert read_fields(doc).fields["unit_name"] == "Chi đoàn khối phố 4"


def test_a_hint_in_brackets_between_a_label_and_its_value() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Sân chơi cuối tuần cho thiếu nhi",
        "3. Lĩnh vực\t(chọn một: Kinh tế, Văn hóa - xã hội, Quốc phòng - an ninh): Văn hóa - xã hội",
    )
    assert read_fields(doc).fields["domain"] == "culture_society"


def test_an_indicator_counting_attendance_gives_the_participants() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Sân chơi cuối tuần cho thiếu nhi",
    )
    doc.row(["TT", "Tên chỉ tiêu", "ĐVT", "Thực hiện"], table=3)
    doc.row(["1", "Số lượt người đến sân chơi", "lượt", "1.240"], table=3)
    assert read_fields(doc).fields["participants"] == 1240


def test_a_signature_typed_after_the_recipients_glued_to_the_last_one() -> None:
    """An old .doc converted to text: no signature table, the on-behalf line glued to the last
    recipient ("- Lưu.TM. BAN …")."""
    doc = _doc(
        "BÁO CÁO KẾT QUẢ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Sân chơi cuối tuần cho thiếu nhi",
        "Kết quả: sân chơi mở đều đặn mỗi Chủ nhật.",
        "Nơi nhận:",
        "- Ban Thường trực MTTQ phường;",
        "- Lưu.TM. BAN CÔNG TÁC MẶT TRẬN",
        "KHỐI PHỐ 4",
        "TRƯỞNG BAN",
        "Tạ Văn Khiêm",
        header="ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG HẠ LONG",
    )
    f = read_fields(doc).fields
    assert f["leader_name"] == "Tạ Văn Khiêm" and f["leader_position"] == "Trưởng ban"
    assert f["unit_name"] == "BAN CÔNG TÁC MẶT TRẬN KHỐI PHỐ 4"
