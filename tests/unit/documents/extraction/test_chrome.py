"""Page chrome (`fields/chrome.py`) on small layouts of our own: a web form printed from a
browser, a chat exported to PDF, a five-year review with a table by year. Units, people and
wording are invented; each test names a class of lines, not one form's strings."""

from __future__ import annotations

import pytest

from documents.extraction import read_fields
from documents.extraction.fields.chrome import ends_value, is_furniture
from documents.extraction.fields.lines import find_labels
from documents.extraction.fields.validate import check_model
from documents.extraction.text import DocumentText


@pytest.mark.parametrize(
    "line",
    [
        "☑ Tôi cam đoan nội dung kê khai ở trên là chính xác.",
        "[x] Chúng tôi đồng ý với điều khoản sử dụng",
        "Tôi xin cam đoan những điều trên là đúng",
        "[Zl Tôi cam đoan các thông tin trên",  # the ticked box as OCR reads it
        "[ Lưu nháp ]   [ Gửi lại ]",
        "[In] [Xóa hồ sơ] Trở về ]",
        "Nộp lúc 09:12 ngày 5/6/2025 bởi chidoan.ap2",
        "Đã gửi lúc 7:05 PM, 12/11/2025",
        "09:41",
        "16:02 Lò Thị Mai",
        "Hôm qua 18:40",
        "T6 07:15",
        "Đã xem",
    ],
)
def test_lines_printed_after_the_last_answer_end_a_value(line: str) -> None:
    assert ends_value(line)


@pytest.mark.parametrize(
    "line",
    [
        "https://xa-minh-son.test/mau/dang-ky?id=88 2/3",
        "http://abc.test/x",
        "11/20/25, 4:15 PM Hồ sơ đăng ký – Cổng thông tin xã",
        "Trang 2/3",
        "Lưu hành nội bộ",
        "Xuất từ Messenger · Trang 2",
        "Trang chủ › Thủ tục › Hồ sơ 55",
        "👍 3",
        "❤️",
    ],
)
def test_headers_footers_and_reactions_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Chúng tôi cam kết duy trì mô hình đến hết năm.",  # a pledge inside free text
        "- Mở lớp học bơi miễn phí cho trẻ em [mỗi hè]",
        "Trang bị 20 bình chữa cháy cho các hộ kinh doanh",
        "7:30 sáng Chủ nhật, đoàn viên dọn vệ sinh đường làng",
        "☐",
        "[ ] Tập thể    [x] Cá nhân",
        "Gửi tặng 30 suất quà cho hộ nghèo",
        "15/3/2026, 7h30 ra quân dọn vệ sinh đường làng",
        "Hôm qua mưa lớn, tổ đã sửa xong cống",
    ],
)
def test_text_is_neither(line: str) -> None:
    assert not ends_value(line) and not is_furniture(line)


def test_a_web_form_printed_from_a_browser() -> None:
    doc = DocumentText(source="pdf")
    for line in (
        "11/20/25, 4:15 PM Hồ sơ đăng ký – Cổng thông tin xã Minh Sơn",
        "CỔNG THÔNG TIN XÃ MINH SƠN",
        "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO NĂM 2025",
        "Tên đơn vị * Chi đoàn thôn Khe Mạ Mã số đơn vị * CD-07",
        "Loại mô hình * ○ Tập thể ◉ Cá nhân Lĩnh vực * Kinh tế ▾",
        "Tên mô hình * Vườn ươm cây giống cho thanh niên lập nghiệp",
        "Nội dung thực hiện * - Ươm 5.000 cây keo giống mỗi vụ;",
        "- Hướng dẫn đoàn viên ghép cây ăn quả.",
        "[x] Tôi đồng ý để xã công bố mô hình trên cổng thông tin.",
        "Nộp lúc 20:15, ngày 18 tháng 11 năm 2025 – tài khoản: khema.cd",
        "[ In ] [ Chỉnh sửa ] [ Về trang chủ ]",
        "https://minhson.test/dvk/ho-so/2025-31 1/1",
    ):
        doc.paragraph(line)
    result = read_fields(doc)
    f = result.fields
    assert f["unit_name"] == "Chi đoàn thôn Khe Mạ"
    assert f["model_type"] == "individual"
    assert f["domain"] == "economy"
    assert f["content"] == "Ươm 5.000 cây keo giống mỗi vụ; - Hướng dẫn đoàn viên ghép cây ăn quả."
    assert f["signed_date"] == "2025-11-18"


def test_a_web_form_grid_of_cells_stops_a_choice_at_the_next_label_cell() -> None:
    doc = DocumentText(source="docx")
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO")
    doc.row(["Tên đơn vị *", "Hội Cựu chiến binh xã Minh Sơn", "Năm thực hiện *", "2025"], table=1)
    doc.row(["Loại mô hình *", "(•) Tập thể ( ) Cá nhân", "Lĩnh vực *", "Văn hóa - xã hội ▾"],
            table=1)  # fmt: skip
    doc.row(["Tên mô hình *", "Tủ sách cựu chiến binh", "", ""], table=1)
    f = read_fields(doc).fields
    assert f["unit_name"] == "Hội Cựu chiến binh xã Minh Sơn"
    assert f["model_type"] == "collective"
    assert f["domain"] == "culture_society"


def test_an_unknown_starred_label_ends_the_value_before_it() -> None:
    hits = find_labels("Tên đơn vị * Chi hội Phụ nữ thôn Bản Pắc Mã số thuế * 0101")
    assert (hits[0].match.field, hits[0].value) == ("unit_name", "Chi hội Phụ nữ thôn Bản Pắc")


def test_a_chat_exported_to_pdf_ends_the_content_at_the_next_message() -> None:
    doc = DocumentText(source="pdf")
    for line in (
        "Đảng bộ xã Minh Sơn",
        "Lò Văn Sơn",
        "Chi bộ thôn Nà Pồng đăng ký mô hình tập thể, lĩnh vực kinh tế:",
        "Tên mô hình: Đường điện sáng thôn Nà Pồng",
        "Người phụ trách: Lò Văn Sơn, Bí thư Chi bộ",
        "Địa bàn: thôn Nà Pồng",
        "Nội dung: kéo 40 cột đèn năng lượng mặt trời dọc trục thôn",
        "09:41",
        "Lò Thị Mai",
        "👍 3",
        "10:02",
        "Hà Văn Tùng",
        "Thôn đã họp dân thống nhất góp công lắp đặt.",
        "10:15",
        "Xuất từ Zalo PC · Trang 1",
    ):
        doc.paragraph(line)
    f = read_fields(doc).fields
    assert f["content"] == "kéo 40 cột đèn năng lượng mặt trời dọc trục thôn"


def test_a_table_by_year_gives_no_figure_of_the_model() -> None:
    doc = DocumentText(source="docx")
    doc.paragraph("BÁO CÁO TỔNG KẾT 5 NĂM PHONG TRÀO DÂN VẬN KHÉO")
    doc.paragraph("1. Kết quả qua các năm")
    for cells in (
        ["Chỉ tiêu", "2021", "2022", "2023", "2024", "2025", "Tổng"],
        ["Số mô hình đăng ký", "2", "3", "3", "4", "5", "17"],
        ["Số hộ tham gia", "40", "55", "61", "70", "88", "314"],
    ):
        doc.row(cells, table=1)
    doc.paragraph("2. Mô hình tiêu biểu")
    doc.paragraph(
        "Mô hình “Tổ vay vốn xoay vòng nuôi dê” (lĩnh vực kinh tế), thực hiện tại thôn Bản Pắc."
    )
    doc.paragraph("- Số người tham gia: 23 hộ hội viên.")
    f = read_fields(doc).fields
    assert f["model_name"] == "Tổ vay vốn xoay vòng nuôi dê"
    assert f["participants"] == 23


@pytest.mark.parametrize("value", ["3 4 4 5 6 22", "12.5 - 14", "tiêu biểu", "điển hình năm 2025"])
def test_a_model_name_is_never_only_figures_or_praise(value: str) -> None:
    assert check_model(value).value is None


def test_a_declaration_a_pdf_ran_into_the_last_answer_ends_it() -> None:
    """'… mỗi tuần. Tôi xin cam đoan …' on one line (a PDF joined them): the value stops at its
    own sentence."""
    doc = DocumentText(source="pdf-text")
    for line in (
        "ĐƠN ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” CÁ NHÂN",
        "Tôi tên là: Lường Thị Phấn",
        "1. Tên mô hình: Tủ sách bản Mòng",
        "2. Nội dung thực hiện:",
        "- Cho các em mượn sách mỗi tuần. Tôi xin cam đoan thực hiện đúng nội dung đã đăng ký.",
    ):
        doc.paragraph(line)
    doc.row(["", "Bản Mòng, ngày 02 tháng 4 năm 2024\nNGƯỜI LÀM ĐƠN\n\n\nLường Thị Phấn"], table=9)
    assert read_fields(doc).fields["content"] == "- Cho các em mượn sách mỗi tuần."


@pytest.mark.parametrize(
    "line",
    [
        "Danh sách này được niêm yết công khai tại hội trường thôn từ ngày 3/6 đến hết ngày 10/6.",
        "Bảng kê đã được niêm yết tại nhà sinh hoạt cộng đồng bản Hua Nà.",
        "Mọi thắc mắc, kiến nghị xin liên hệ Ban công tác Mặt trận thôn.",
        "Các ý kiến góp ý gửi về Văn phòng Đảng ủy xã trước ngày 20/6.",
        "“Nhờ tổ tiết kiệm, nhà tôi mua được con bò.” – Chị Vi Thị Lan, bản Co Mạ",
        "Nguồn: Ban Dân vận Huyện ủy",
        "Thiết kế: Tổ truyền thông xã",
        "Đồ họa: Lê Thu",
    ],
)
def test_a_papers_closing_lines_end_a_long_value(line: str) -> None:
    """A notice's posting and contact sentences, a quoted testimonial with its speaker and an
    infographic's credits come after the last value and never belong to it."""
    assert ends_value(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nguồn vốn: 150 triệu đồng từ quỹ hội",
        "Kết quả bình xét được công khai cho bà con cùng biết.",
        "Mô hình “Ngõ xóm sáng” - một cách làm hay của thôn",
        "- Bà Lò Thị Hoa nhận nuôi 2 cháu mồ côi.",
        "Khẩu hiệu “Dân biết, dân bàn” – Ông bà ta đã dạy.",
    ],
)
def test_text_like_closing_lines_goes_on(line: str) -> None:
    assert not ends_value(line)


def test_a_notice_closing_a_pdf_ran_into_the_results_ends_them() -> None:
    """'… xong. Bảng công khai được niêm yết tại …' on one line: the value keeps its own
    sentences only."""
    doc = DocumentText(source="pdf-text")
    for line in (
        "BẢNG CÔNG KHAI KẾT QUẢ MÔ HÌNH DÂN VẬN KHÉO",
        "Tên mô hình: Đường bê tông liên xóm Khe Lim",
        "Kết quả: làm xong 1,2 km đường, 64 hộ góp 310 ngày công. "
        "Bảng công khai được niêm yết tại nhà văn hóa xóm từ ngày 5/7 đến hết ngày 20/7.",
        "Mọi ý kiến thắc mắc xin liên hệ đồng chí Trưởng xóm.",
    ):
        doc.paragraph(line)
    results = read_fields(doc).fields.get("results")
    assert results == "làm xong 1,2 km đường, 64 hộ góp 310 ngày công."


def _infographic(*tail: str) -> DocumentText:
    """An infographic of our own: a title band, figures, a bulleted results list, then what
    an infographic prints under its list (given as `tail`)."""
    doc = DocumentText(source="docx")
    for line in (
        "MÔ HÌNH “DÂN VẬN KHÉO” – Sân chơi cho em",
        "Đơn vị thực hiện: Chi đoàn thôn Hòa Bình",
        "Phụ trách: Anh Lê Văn Tám – Bí thư Chi đoàn",
        "KẾT QUẢ NỔI BẬT",
        "• Dựng 2 sân chơi bằng gỗ tận dụng.",
        "• Trồng 80 cây bóng mát quanh sân.",
        *tail,
    ):
        doc.paragraph(line)
    return doc


_LIST = "• Dựng 2 sân chơi bằng gỗ tận dụng. • Trồng 80 cây bóng mát quanh sân."


@pytest.mark.parametrize(
    "tail",
    [
        (
            "“Chiều nào các cháu cũng ra sân, không còn chơi ngoài đường.”",
            "– Bà Hà Thị Út, xóm Bãi",
        ),
        ("“Chiều nào các cháu cũng ra sân,", "không còn chơi ngoài đường.”", "— Ông Vi Văn Lự"),
        (
            "«Em thích nhất cái cầu trượt.»",
            "- Em Lò Thị Ngân, lớp 3B",
            "Thực hiện: Tổ truyền thông",
        ),
    ],
)
def test_a_quotation_over_its_speakers_line_ends_the_results(tail: tuple[str, ...]) -> None:
    """A testimonial printed under the results, its quotation on a line (or lines) of its own
    and its speaker ('– Bà X, xóm Y') on the next: the results end before the quotation."""
    assert read_fields(_infographic(*tail)).fields.get("results") == _LIST


def test_a_quotation_a_pdf_ran_into_the_last_bullet_is_cut_off_it() -> None:
    """'… quanh sân. “…”' on one line, the speaker under it: the bullet keeps its own words."""
    doc = DocumentText(source="pdf-text")
    for line in (
        "MÔ HÌNH “DÂN VẬN KHÉO” – Sân chơi cho em",
        "Đơn vị thực hiện: Chi đoàn thôn Hòa Bình",
        "KẾT QUẢ NỔI BẬT",
        "• Dựng 2 sân chơi bằng gỗ tận dụng.",
        "• Trồng 80 cây bóng mát quanh sân. “Em thích nhất cái cầu trượt.”",
        "– Em Lò Thị Ngân, lớp 3B",
    ):
        doc.paragraph(line)
    assert read_fields(doc).fields.get("results") == _LIST


def test_a_dashed_list_of_people_is_no_speaker_without_a_quotation() -> None:
    """'– Bà X nhận …' under a bullet with no quotation: the list goes on."""
    results = read_fields(_infographic("– Bà Hà Thị Út nhận trông sân mỗi chiều")).fields.get(
        "results"
    )
    assert results == _LIST + " – Bà Hà Thị Út nhận trông sân mỗi chiều"


def test_a_quoted_value_alone_stays_the_value() -> None:
    """The value all in quotation marks, a name under it: nothing is left to keep, the value
    is not cut to nothing."""
    doc = DocumentText(source="docx")
    for line in (
        "MÔ HÌNH “DÂN VẬN KHÉO” – Sân chơi cho em",
        "Kết quả:",
        "“Sân chơi mở cửa mỗi chiều cho 40 em.”",
        "– Anh Lê Văn Tám",
    ):
        doc.paragraph(line)
    assert read_fields(doc).fields.get("results") is not None


@pytest.mark.parametrize(
    "closing",
    [
        "Mọi ý kiến thắc mắc xin liên hệ bà Lê Thị Hạnh, Ủy viên Ban Thường trực, điện thoại 0912 445 781.",
        "Mọi ý kiến phản ánh xin gửi về ông Tạ Văn Mừng, số điện thoại 0986.113.240.",
    ],
)
def test_a_notices_contact_phone_is_not_the_models(closing: str) -> None:
    """A notice's closing sentence gives whom to ask about the notice: its phone is not the
    model's contact, so no phone is read from it."""
    doc = DocumentText(source="docx")
    for line in (
        "BẢNG CÔNG KHAI KẾT QUẢ MÔ HÌNH DÂN VẬN KHÉO “NƯỚC SẠCH VỀ BẢN”",
        "Ban công tác Mặt trận bản Pá Lông công khai kết quả mô hình như sau:",
        "Kết quả: lắp 3 bể lọc nước cho 52 hộ.",
        "Bảng công khai được niêm yết tại nhà văn hóa bản từ ngày 2/6/2026 đến hết ngày 2/7/2026. "
        + closing,
    ):
        doc.paragraph(line)
    assert read_fields(doc).fields.get("phone") is None


def test_a_phone_beside_a_notices_closing_still_reads() -> None:
    """Only the closing sentence is set aside: the model's phone in the text before it reads."""
    doc = DocumentText(source="docx")
    for line in (
        "BÁO CÁO KẾT QUẢ MÔ HÌNH DÂN VẬN KHÉO “NƯỚC SẠCH VỀ BẢN”",
        "Mô hình do ông Lò Văn Pọm, Trưởng bản, phụ trách, điện thoại 0977 301 552.",
        "Mọi ý kiến thắc mắc xin liên hệ Ban công tác Mặt trận, điện thoại 0912 445 781.",
    ):
        doc.paragraph(line)
    assert read_fields(doc).fields.get("phone") == "0977301552"


def test_a_notices_closing_phone_naming_no_one_stays_unsure() -> None:
    """'Mọi ý kiến xin liên hệ: 0912 …' naming no one: maybe the unit's line, maybe the
    model's; read, below the confident line, with a doubt."""
    doc = DocumentText(source="docx")
    for line in (
        "BẢNG CÔNG KHAI KẾT QUẢ MÔ HÌNH DÂN VẬN KHÉO “NƯỚC SẠCH VỀ BẢN”",
        "Ban công tác Mặt trận bản Pá Lông công khai kết quả mô hình như sau:",
        "Kết quả: lắp 3 bể lọc nước cho 52 hộ.",
        "Mọi ý kiến thắc mắc xin liên hệ: 0912 445 781.",
    ):
        doc.paragraph(line)
    found = read_fields(doc)
    assert found.fields.get("phone") == "0912445781"
    assert found.confidence["phone"] < 0.9


def test_a_testimonial_joined_onto_the_last_bullet_is_cut_off_it() -> None:
    from documents.extraction.fields.chrome import testimonial_inside

    line = "- 30 hộ có nước sạch. “Giờ không phải gánh nước nữa.” – bà Lò Thị Vân, bản Hua Păng"
    cut = testimonial_inside(line)
    assert cut is not None and line[:cut].rstrip() == "- 30 hộ có nước sạch."
    assert testimonial_inside("“Giờ không phải gánh nước nữa.” – bà Lò Thị Vân, bản Hua") is None
    assert testimonial_inside("- 30 hộ có nước sạch. “Giếng làng” – tên gọi của bản") is None
