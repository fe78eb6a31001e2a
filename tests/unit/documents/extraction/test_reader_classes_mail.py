"""Reports sent as an e-mail (with the message they answer quoted under them) and reviews that
tell several models: classes of failure seen on unseen layouts, each on a small layout of our own
(invented units, people and wording; not a copy of any sample or corpus layout)."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.people import split_person
from documents.extraction.fields.prose import model_name, unit
from documents.extraction.fields.validate import check
from documents.extraction.fields.zones import quote_start
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _mail(*lines: str) -> DocumentText:
    doc = DocumentText(source="docx")
    for line in lines:
        doc.paragraph(line)
    return doc


def _mail_report() -> DocumentText:
    return _mail(
        "Từ:\tĐoàn Thanh niên xã Hòa Lộc <doanxa@hoaloc.test>",
        "Ngày gửi:\t03/09/2025 10:15",
        "Chủ đề:\tBáo cáo mô hình Dân vận khéo năm 2025 - Đoàn xã",
        "══════════════════════════════",
        "Kính gửi: Ban Dân vận Đảng ủy xã",
        "Ban Chấp hành Đoàn Thanh niên xã Hòa Lộc xin báo cáo kết quả mô hình như sau:",
        "- Mô hình: “Thắp sáng đường quê”.",
        "- Người phụ trách: anh Trịnh Văn Khải, Phó Bí thư Đoàn xã, số máy 0987 221 430.",
        "- Tham gia: 36 đoàn viên.",
        "- Kết quả:",
        "+ Lắp 120 bóng đèn trên 4 km đường;",
        "+ Hướng dẫn 300 người dùng dịch vụ công.",
        "Hòa Lộc, ngày 02 tháng 9 năm 2025",
        "Trân trọng,",
        "Trịnh Văn Khải",
        "Vào Thứ Hai, 25/08/2025, Ban Dân vận <danvan@hoaloc.test> đã viết:",
        "> Đề nghị các đơn vị gửi báo cáo trước ngày 05/09/2025.",
        "> Liên hệ đồng chí Lương Thị Hoa, ĐT 0912 000 111.",
    )


def test_a_position_ends_before_the_phone_written_after_it() -> None:
    assert split_person("anh Lò Văn Sáng, Trưởng ấp, số máy 0987 221 430.")[1] == "Trưởng ấp"
    assert split_person("Lò Văn Sáng, Chủ tịch Hội Nông dân (0987.221.430).")[1] == (
        "Chủ tịch Hội Nông dân"
    )
    assert check("leader_position", "Chủ tịch Hội Nông dân (0987.221.430)").value == (
        "Chủ tịch Hội Nông dân"
    )
    assert check("leader_position", "Trưởng ban (xóm 4)").value == "Trưởng ban (xóm 4)"


def test_the_unit_is_the_organisation_not_its_executive_nor_the_verb_after_it() -> None:
    assert check("unit_name", "Ban Chấp hành Hội Nông dân xã Hòa Lộc").value == (
        "Hội Nông dân xã Hòa Lộc"
    )
    assert check("unit_name", "BCH Chi đoàn thôn 2").value == "Chi đoàn thôn 2"
    assert check("unit_name", "Ban Chấp hành Quân sự xã Hòa Lộc").value == (
        "Ban Chấp hành Quân sự xã Hòa Lộc"
    )
    assert unit("Hội Nông dân xã Hòa Lộc xin đăng ký mô hình sau:") == "Hội Nông dân xã Hòa Lộc"
    assert unit("Kính gửi: Ban Dân vận xã\nChi bộ thôn 2 báo cáo kết quả") == "Chi bộ thôn 2"


def test_a_rule_line_or_the_movement_name_is_no_model_name() -> None:
    assert model_name("Chủ đề: Báo cáo mô hình Dân vận khéo\n──────────\n- Có 20 hộ") is None
    assert model_name("Báo cáo mô hình Dân vận khéo năm 2025 - Đoàn xã") is None
    assert check("model_name", "Thắp sáng đường quê ───────── - Có 20 hộ").value == (
        "Thắp sáng đường quê"
    )


def test_a_quoted_message_starts_at_its_marks() -> None:
    lines = ["Từ: A", "Chủ đề: B", "Nội dung", "Hòa Lộc, ngày 02 tháng 9 năm 2025", "Trân trọng,"]
    assert quote_start([*lines, "Ngày 01/09/2025 08:00, vanphong@x.test viết:", "> Hạn nộp"]) == 5
    assert quote_start([*lines, "-----Original Message-----", "From: X"]) == 5
    assert quote_start([*lines, "Từ: Văn phòng", "Gửi: Thứ Hai", "Chủ đề: Báo cáo"]) == 5
    assert quote_start(lines) == len(lines)
    assert quote_start([*lines, "Từ: 01/3/2025", "Đến: 30/9/2025", "Kết quả: tốt"]) == 8


def test_a_mailed_report_is_read_without_the_message_it_quotes() -> None:
    result = read_fields(_mail_report())
    f = result.fields
    assert f["unit_name"] == "Đoàn Thanh niên xã Hòa Lộc"
    assert f["model_name"] == "Thắp sáng đường quê"
    assert f["leader_name"] == "Trịnh Văn Khải"
    assert f["leader_position"] == "Phó Bí thư Đoàn xã"
    assert f["signed_date"] == "2025-09-02"
    assert f["participants"] == 36


def _review(*model_sections: tuple[str, ...]) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["HỘI NÔNG DÂN XÃ HÒA LỘC\nSố: 07/BC-HND", MOTTO + "\nHòa Lộc, ngày 30 tháng 6 năm 2025"],
            table=1)  # fmt: skip
    for line in ("BÁO CÁO SƠ KẾT", "Công tác Hội 6 tháng đầu năm 2025",
                 "I. KẾT QUẢ CÁC MÔ HÌNH", "Hội duy trì các mô hình sau:"):  # fmt: skip
        doc.paragraph(line)
    for section in model_sections:
        for line in section:
            doc.paragraph(line)
    doc.paragraph("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM")
    doc.paragraph("- Nhân rộng các mô hình.")
    doc.row(["Nơi nhận:\n- Lưu.", "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nĐinh Văn Tâm"], table=9)
    return doc


_OTHER = (
    "1. Mô hình “Tổ hợp tác nuôi ong”",
    "Do chi hội thôn 3 thực hiện, ông Mạc Văn Lừng phụ trách.",
    "Kết quả: 40 đàn ong, mỗi hộ lãi 12 triệu đồng.",
    "Có 15 hội viên tham gia, góp 60 triệu đồng.",
)
_OWN = (
    "2. Mô hình “Cánh đồng không rơm rạ cháy”",
    "Đây là mô hình “Dân vận khéo” năm 2025 của Hội, do ông Đinh Văn Tâm, Chủ tịch Hội phụ "
    "trách, thực hiện tại cánh đồng thôn 1 và thôn 2.",
    "Kết quả: Không còn đốt rơm rạ trên 85 ha lúa.",
    "Có 210 hộ tham gia; bà con góp 48 triệu đồng mua máy cuốn rơm.",
)


def test_a_review_of_several_models_gives_the_units_own_model_only() -> None:
    result = read_fields(_review(_OTHER, _OWN))
    f = result.fields
    assert f["model_name"] == "Cánh đồng không rơm rạ cháy"
    assert f["results"] == "Không còn đốt rơm rạ trên 85 ha lúa."
    assert f["location"] == "cánh đồng thôn 1 và thôn 2"  # as the sentence writes it
    assert f["participants"] == 210
    assert f["funds_vnd"] == 48_000_000
    assert result.confidence["location"] < 0.9


def test_a_review_of_several_models_none_marked_as_own_is_for_review() -> None:
    own = (_OWN[0], "Do ông Đinh Văn Tâm, Chủ tịch Hội phụ trách.", *_OWN[2:])
    result = read_fields(_review(_OTHER, own))
    assert all(c < 0.9 for k, c in result.confidence.items()
               if k in ("model_name", "results", "participants", "funds_vnd"))  # fmt: skip


def test_a_lead_in_line_is_no_results() -> None:
    assert check("results", "Các mô hình tiêu biểu:").value is None
    assert check("results", "Kết quả cụ thể như sau:").value is None
    assert check("results", "Lắp 120 bóng đèn: đường sáng hơn.").value is not None


def test_a_scanned_place_ending_in_one_syllable_may_be_cut_short() -> None:
    def scan(place: str) -> DocumentText:
        doc = DocumentText(source="pdf-ocr", ocr_confidence=0.95)
        for line in ("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
                     "Tên mô hình: Một cửa thân thiện", f"Địa bàn thực hiện: {place}",
                     "Người phụ trách: Lò Văn Sáng"):  # fmt: skip
            doc.paragraph(line)
        return doc

    cut = read_fields(scan("Trụ sở UBND xã Hòa"))
    whole = read_fields(scan("Trụ sở UBND xã Hòa Lộc"))
    assert cut.fields["location"] == "Trụ sở UBND xã Hòa"
    assert cut.confidence["location"] < 0.9
    assert whole.confidence["location"] >= cut.confidence["location"]


def test_bodies_counted_beside_people_are_not_people() -> None:
    from documents.extraction.fields.prose import participant_counts

    counts, _ = participant_counts("Có 210 hộ và 5 doanh nghiệp tham gia góp vốn.")
    assert [n.value for n in counts] == [210]
    counts, _ = participant_counts("Có 5 doanh nghiệp tham gia.")
    assert [n.value for n in counts] == [5]


def test_quoted_lines_start_a_quote_only_when_they_run_to_the_end() -> None:
    lines = ["Từ: A", "Nội dung", "> 50 hộ tham gia", "Hòa Lộc, ngày 02 tháng 9 năm 2025"]
    assert quote_start(lines) == len(lines)
    assert quote_start([*lines, "> Đề nghị gửi báo cáo", "> trước ngày 05/09/2025."]) == 4


def test_the_quoted_mail_gives_no_phone_to_doubt_the_persons() -> None:
    result = read_fields(_mail_report())
    assert result.fields["phone"] == "0987221430"
    assert "0912000111" not in str(result.fields)
