"""Classes of failure on typed forms of unseen layouts (joint labels, dossiers, framed values,
numbered lists, glossed labels), each on a small layout of our own (invented units, people and
wording; not a copy of any sample or corpus layout), through the whole reader."""

from __future__ import annotations

from documents.extraction import read_fields
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


def test_a_label_naming_two_figures_gives_both() -> None:
    doc = _doc(
        "Kính gửi: Ban Dân vận Huyện ủy Hòa Lạc",
        "Công văn của Huyện ủy cho biết toàn huyện có 31 mô hình, kinh phí 2,4 tỷ đồng.",
        "Chi hội Nông dân thôn Đồng Me báo cáo như sau:",
        "1. Tên mô hình: “Cánh đồng chung một bờ”.",
        "2. Người phụ trách: ông Lưu Văn Khải – Chi hội trưởng, điện thoại 0912 337 448.",
        "3. Số hộ tham gia và kinh phí: 58 hộ dồn điền; các hộ góp 72.000.000 đồng đắp bờ vùng.",
        "4. Kết quả: Năng suất lúa tăng 12%, không còn tranh chấp bờ thửa.",
        header="HỘI NÔNG DÂN XÃ HÒA LẠC\nCHI HỘI NÔNG DÂN THÔN ĐỒNG ME",
        signature="CHI HỘI TRƯỞNG\n\n\nLưu Văn Khải",
    )
    f = read_fields(doc).fields
    assert f["participants"] == 58
    assert f["funds_vnd"] == 72_000_000


def test_a_dossiers_form_keeps_the_date_of_its_own_header_under_the_cover() -> None:
    doc = DocumentText(source="docx")
    doc.paragraph("ĐOÀN XÃ BẮC SƠN", bold=True)
    doc.paragraph("CHI ĐOÀN THÔN NÀ LAY", bold=True)
    for line in ("TẬP HỒ SƠ", "MÔ HÌNH “DÂN VẬN KHÉO”", "“Thắp sáng đường quê”",
                 "Bắc Sơn, năm 2027", "MỤC LỤC"):  # fmt: skip
        doc.paragraph(line, bold=True, centered=True)  # the cover
    for line in ("1. Phiếu đăng ký\t2", "2. Biên bản họp chi đoàn\t3", "3. Dự toán\t4",
                 "4. Ảnh công trình\t5", "(Mục 2 đến 4 đóng kèm riêng)"):  # fmt: skip
        doc.paragraph(line)
    doc.row(
        ["ĐOÀN XÃ BẮC SƠN\nCHI ĐOÀN THÔN NÀ LAY\n───────",
         MOTTO + "\n───────────\nBắc Sơn, ngày 21 tháng 2 năm 2027"],
        table=1,
    )  # fmt: skip
    for line in ("PHIẾU ĐĂNG KÝ", "1. Đơn vị đăng ký: Chi đoàn thôn Nà Lay",
                 "2. Tên mô hình: Thắp sáng đường quê", "3. Người phụ trách: Hà Văn Tấn",
                 "4. Số điện thoại: 0977 310 452", "5. Địa bàn thực hiện: thôn Nà Lay",
                 "6. Nội dung, giải pháp thực hiện:",
                 "- Đoàn viên góp công lắp 40 bóng đèn năng lượng mặt trời dọc đường thôn;",
                 "- Mỗi hộ đầu đường nhận trông một cột đèn;",
                 "- Chi đoàn kiểm tra đèn mỗi tháng một lần."):  # fmt: skip
        doc.paragraph(line)
    doc.row(["Nơi nhận:\n- Lưu.", "BÍ THƯ\n\n\nHà Văn Tấn"], table=9)
    assert read_fields(doc).fields["signed_date"] == "2027-02-21"


def test_a_list_under_the_last_label_keeps_an_item_opening_like_a_label() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "1. Tên đơn vị: Chi hội Cựu chiến binh thôn Khe Mạ",
        "2. Tên mô hình: Đường làng sáng – xanh",
        "3. Người phụ trách: Hoàng Văn Lự",
        "4. Nội dung thực hiện:",
        "1. Hội viên góp ngày công phát quang hai bên đường.",
        "2. Mỗi hộ trồng 10 cây keo chắn gió đầu ngõ.",
        "3. Địa bàn khó đi thì hội viên trẻ nhận phần.",
        "5. Kết quả: 4 km đường được phát quang.",
        header="HỘI CCB XÃ KHE MẠ",
    )
    f = read_fields(doc).fields
    content = f["content"]
    assert isinstance(content, str) and "Địa bàn khó đi" in content
    assert f.get("location") is None
    assert "4 km" not in content


def test_a_bilingual_forms_glosses_are_no_values() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "1. Tên mô hình: Nước sạch về bản",
        "(Npe tus qauv)",
        "2. Số điện thoại:",
        "(Tus xov tooj)",
        "3. Nội dung thực hiện:",
        "(Cov haujlwm yuav ua)",
        "Đảng viên vận động các hộ góp ống dẫn nước từ khe về bể chung của bản.",
        header="CHI BỘ BẢN PÁ KHOANG",
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Nước sạch về bản"
    assert f.get("phone") is None
    assert f["content"] == "Đảng viên vận động các hộ góp ống dẫn nước từ khe về bể chung của bản."


def test_a_gloss_is_told_from_a_vietnamese_caption() -> None:
    from documents.extraction.fields.gloss import is_gloss

    assert is_gloss("(Tus neeg saib xyuas)") and is_gloss("(Qhov chaw ua)")
    assert not is_gloss("(Tên mô hình)") and not is_gloss("(ghi rõ họ tên)")
    assert not is_gloss("(khoảng 120 hộ)") and not is_gloss("Tus xov tooj")


def test_a_free_text_takes_a_list_whose_first_item_opens_with_label_words() -> None:
    doc = _doc(
        "BẢN ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "- Tên mô hình: Bến đò an toàn",
        "- Địa bàn thực hiện: bến đò ấp Vàm Lớn",
        "- Nội dung thực hiện:",
        "1. Phối hợp Đồn Biên phòng phát áo phao cho người đi đò;",
        "2. Chủ đò ký cam kết không chở quá số người.",
        header="CÔNG AN XÃ VÀM LỚN",
    )
    content = read_fields(doc).fields["content"]
    assert isinstance(content, str) and content.startswith("1. Phối hợp Đồn Biên phòng")
    assert content.endswith("không chở quá số người.")


def test_a_story_of_a_village_leader_gives_that_village_as_the_place_not_for_sure() -> None:
    doc = DocumentText(source="docx")
    doc.paragraph("HỘI NÔNG DÂN", bold=True)
    doc.paragraph("XÃ TÂN LẬP", bold=True)
    doc.paragraph("GƯƠNG ĐIỂN HÌNH “DÂN VẬN KHÉO” CÁ NHÂN", bold=True, centered=True)
    doc.paragraph("Anh Vi Văn Thắm và con đường bê tông Nà Pàn", bold=True, centered=True)
    doc.paragraph(
        "Anh Vi Văn Thắm, Chi hội trưởng Chi hội Nông dân bản Nà Pàn, đã khởi xướng mô hình "
        "“Đường đẹp do dân làm” từ năm 2024."
    )
    doc.paragraph("Đến nay, 64 hộ đã góp 120 triệu đồng, làm được 2 km đường bê tông.")
    doc.paragraph("Tân Lập, ngày 03 tháng 12 năm 2026")
    found = read_fields(doc)
    assert found.fields["location"] == "bản Nà Pàn"
    assert found.confidence["location"] < 0.9


def test_a_place_run_on_into_the_kind_line_gives_the_kind_and_domain_not_for_sure() -> None:
    doc = DocumentText(source="pdf-text")
    doc.paragraph("ĐOÀN XÃ MƯỜNG CHANH", bold=True, centered=True)
    doc.paragraph("MÔ HÌNH “DÂN VẬN KHÉO”", bold=True, centered=True)
    doc.paragraph("Tủ thuốc nam của bản", bold=True, centered=True)
    doc.paragraph("Thực hiện tại: Nhà văn hóa bản Co Muông Mô hình cá nhân – lĩnh vực kinh tế")
    doc.paragraph("VÌ SAO CÓ MÔ HÌNH?", bold=True)
    doc.paragraph("Bản xa trạm y tế, bà con hay tự mua thuốc không rõ nguồn gốc.")
    found = read_fields(doc)
    assert found.fields["location"] == "Nhà văn hóa bản Co Muông"
    assert found.fields["model_type"] == "individual"
    assert found.fields["domain"] == "economy"
    assert max(found.confidence[k] for k in ("location", "model_type", "domain")) < 0.9


def test_a_speaker_given_the_model_keeps_the_position_of_the_authors_line() -> None:
    doc = DocumentText(source="docx")
    doc.row(["HỘI NÔNG DÂN XÃ PHÚ MỸ", ""], table=1)
    doc.paragraph("THAM LUẬN", bold=True, centered=True)
    doc.paragraph("Kết quả thực hiện mô hình “Nông dân giữ nước sạch”", bold=True, centered=True)
    doc.paragraph("Người trình bày: Bà Trần Thị Lụa – Phó Chủ tịch Hội Nông dân xã")
    doc.paragraph("Kính thưa các đồng chí!", bold=True)
    doc.paragraph(
        "Ban Chấp hành Hội đăng ký mô hình “Nông dân giữ nước sạch” và giao tôi trực tiếp phụ "
        "trách, các chi hội trưởng cùng làm."
    )
    doc.paragraph("Kết quả: 14 giếng khoan được làm sạch, 220 hộ có nước hợp vệ sinh.")
    f = read_fields(doc).fields
    assert f["leader_name"] == "Trần Thị Lụa"
    assert f["leader_position"] == "Phó Chủ tịch Hội Nông dân xã"


def test_an_applicants_own_name_is_the_person_not_the_confirming_signer() -> None:
    doc = DocumentText(source="doc")
    doc.paragraph(MOTTO.split("\n")[0], bold=True, centered=True)
    doc.paragraph("ĐƠN ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” CÁ NHÂN", bold=True, centered=True)
    doc.paragraph("Tôi tên là: Hồ Văn Đợi        Sinh năm: 1975        Dân tộc: Vân Kiều")
    doc.paragraph("Chức vụ: Trưởng thôn Xi Pa")
    doc.paragraph("1. Tên mô hình: Vườn thuốc nam ven suối")
    doc.paragraph("2. Những việc tôi sẽ làm: trồng 200 gốc cây thuốc, dạy con cháu nhận biết cây.")
    doc.paragraph("XÁC NHẬN CỦA CHI BỘ THÔN XI PA", bold=True)
    doc.paragraph("T/M CHI BỘ", bold=True)
    doc.paragraph("BÍ THƯ", bold=True)
    doc.paragraph("Lê Văn Sáu\tXi Pa, ngày 02 tháng 4 năm 2027")
    doc.paragraph("NGƯỜI LÀM ĐƠN", bold=True, centered=True)
    doc.paragraph("Hồ Văn Đợi", centered=True)
    assert read_fields(doc).fields["leader_name"] == "Hồ Văn Đợi"


def test_a_surname_mended_from_ocr_is_a_guess_never_sure() -> None:
    doc = DocumentText(source="image-ocr")
    doc.paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO")
    doc.paragraph("Tên mô hình: Già làng giữ lửa")
    doc.paragraph("Người phụ trách: Đàng Văn Kiên")  # a Chăm surname, read right
    doc.ocr_confidence = 0.97
    found = read_fields(doc)
    assert found.fields["leader_name"] == "Đặng Văn Kiên"
    assert found.confidence["leader_name"] <= 0.85
