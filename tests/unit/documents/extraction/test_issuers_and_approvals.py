"""Who signs, who certifies, where a value ends: a superior's approval is not the paper's date
or signer; a certificate's header is who certifies, not the unit certified; an office's line is
not the model's contact; a certificate's attestation ends the value above it. Own layouts."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields import frame
from documents.extraction.fields.chrome import closing_matter, ends_value
from documents.extraction.fields.found import ISSUER
from documents.extraction.fields.validate import ODD, check
from documents.extraction.fields.zones import cut, is_endorsement
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _proposal() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.paragraph("ĐOÀN XÃ HÒA BÌNH", bold=True)
    doc.paragraph("PHIẾU ĐỀ NGHỊ DUYỆT NỘI DUNG BẢNG TIN", bold=True, centered=True)
    doc.row(["Đơn vị đề nghị:", "Đoàn xã Hòa Bình"], table=1)
    doc.row(["Nội dung:", "Bảng tin giới thiệu mô hình “Thắp sáng đường làng”"], table=1)
    return doc


def test_an_approval_column_is_an_endorsement() -> None:
    assert is_endorsement(["Ý KIẾN DUYỆT CỦA THƯỜNG TRỰC ĐẢNG ỦY", "Đồng ý."])
    assert is_endorsement(["NGƯỜI DUYỆT", "Đồng ý", "Ngày 12/6/2025"])
    assert is_endorsement(["XÁC NHẬN CỦA CẤP ỦY", "Nhất trí"])
    assert not is_endorsement(["Hòa Bình, ngày 09 tháng 6 năm 2025", "TM. BAN CHẤP HÀNH"])


def test_the_approvers_date_beside_the_signer_is_not_the_papers() -> None:
    doc = _proposal()
    doc.row(
        [
            "Ý KIẾN DUYỆT CỦA THƯỜNG TRỰC ĐẢNG ỦY\nĐồng ý, cho in.\nNgày 12/6/2025\n\nLê Văn Tám",
            "Hòa Bình, ngày 09 tháng 6 năm 2025\nBÍ THƯ ĐOÀN XÃ\n\n\nNguyễn Thị Mai",
        ],
        table=2,
    )
    result = read_fields(doc)
    assert result.fields.get("signed_date") == "2025-06-09"
    assert result.fields.get("leader_name") != "Lê Văn Tám"


def test_the_approvers_date_on_a_row_of_its_own_is_not_the_papers() -> None:
    doc = _proposal()
    doc.row(["Ý KIẾN DUYỆT CỦA THƯỜNG TRỰC ĐẢNG ỦY", "Hòa Bình, ngày 09 tháng 6 năm 2025"], table=2)
    doc.row(["ĐẢNG ỦY XÃ HÒA BÌNH", "TM. BAN CHẤP HÀNH"], table=2)
    doc.row(["Đồng ý.", "BÍ THƯ"], table=2)
    doc.row(["Ngày 12/6/2025", ""], table=2)
    doc.row(["Lê Văn Tám", "Nguyễn Thị Mai"], table=2)
    assert read_fields(doc).fields.get("signed_date") == "2025-06-09"


def test_an_approval_typed_over_the_signers_block_keeps_the_signers_date() -> None:
    doc = _proposal()
    for line in (
        "Ý KIẾN DUYỆT CỦA THƯỜNG TRỰC ĐẢNG ỦY",
        "Nhất trí, sửa lỗi chính tả. 15/6/2025",
        "Hòa Bình, ngày 10 tháng 6 năm 2025",
        "TM. BAN CHẤP HÀNH",
        "BÍ THƯ",
        "Nguyễn Thị Mai",
    ):
        doc.paragraph(line)
    assert read_fields(doc).fields.get("signed_date") == "2025-06-10"


def _certificate(
    *rows: tuple[str, str], after: tuple[str, ...] = (), issuer: str = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ"
) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row([f"{issuer}\nSố: 12/GXN", MOTTO + "\nAn Phú, ngày 5 tháng 8 năm 2025"], table=1)
    doc.paragraph("GIẤY XÁC NHẬN", bold=True, centered=True)
    doc.paragraph("Kết quả mô hình “Dân vận khéo” năm 2025", bold=True, centered=True)
    doc.paragraph("ỦY BAN NHÂN DÂN XÃ AN PHÚ XÁC NHẬN:", bold=True, centered=True)
    for n, (label, value) in enumerate(rows, 1):
        doc.row([str(n), label, value], table=2)
    for line in after:
        doc.paragraph(line)
    doc.row(["Nơi nhận:\n- Như trên;\n- Lưu VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bảy"],
            table=3)  # fmt: skip
    return doc


def test_a_certificates_issuer_is_never_the_unit_for_sure() -> None:
    doc = _certificate(
        ("Tên mô hình", "“Hòa giải từ gốc”"),
        ("Kết quả", "Hòa giải thành 17 vụ việc, không có đơn thư vượt cấp."),
        issuer="ỦY BAN MTTQ VIỆT NAM\nTỈNH ĐỒNG NAI\nỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ",
    )
    header = list(frame.from_header(cut(doc.blocks)))
    assert [c.text for c in header] == ["ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ"]
    assert header[0].doubt == ISSUER  # who certifies, maybe about another unit
    result = read_fields(doc)
    unit = str(result.fields.get("unit_name") or "")
    assert "ỦY BAN" not in unit.upper() or result.confidence["unit_name"] < 0.9


def test_the_certified_unit_is_read_without_its_superior_in_brackets() -> None:
    doc = _certificate(
        ("Đơn vị", "Tổ hòa giải ấp Tân Lợi (trực thuộc Ban công tác Mặt trận ấp Tân Lợi)"),
        ("Tên mô hình", "“Hòa giải từ gốc”"),
        ("Kết quả", "Hòa giải thành 17 vụ việc, không có đơn thư vượt cấp."),
    )
    assert read_fields(doc).fields.get("unit_name") == "Tổ hòa giải ấp Tân Lợi"


def test_the_attestation_after_the_table_ends_the_results() -> None:
    doc = _certificate(
        ("Đơn vị", "Tổ hòa giải ấp Tân Lợi"),
        ("Kết quả", "Hòa giải thành 17 vụ việc, không có đơn thư vượt cấp."),
        after=("Nội dung trên là đúng sự thật. Giấy xác nhận này được cấp để bổ sung hồ sơ.",),
    )
    results = str(read_fields(doc).fields.get("results"))
    assert results.startswith("Hòa giải thành 17 vụ việc")
    assert "sự thật" not in results and "hồ sơ" not in results


def test_attestations_are_closing_matter() -> None:
    assert closing_matter("Nội dung trên là đúng sự thật.")
    assert ends_value("Thường trực Ủy ban MTTQ xã xác nhận nội dung trên là chính xác.")
    assert ends_value("Giấy xác nhận có giá trị để bổ sung hồ sơ khen thưởng.")
    assert not closing_matter("Nội dung sinh hoạt được xác định rõ từng tháng.")


def test_an_offices_line_is_not_the_models_contact() -> None:
    verdict = check("phone", "Văn phòng UBND xã, 0274 3851 120")
    assert verdict.score == ODD and verdict.value == "02743851120"
    assert check("phone", "Đường dây nóng: 0912 345 678").score == ODD
    assert check("phone", "0912 345 678").score != ODD


def test_an_offices_line_in_a_certificate_is_not_confident() -> None:
    doc = _certificate(
        ("Đơn vị", "Tổ hòa giải ấp Tân Lợi"),
        ("Kết quả", "Hòa giải thành 17 vụ việc, không có đơn thư vượt cấp."),
        after=(
            "Nội dung trên là đúng sự thật.",
            "Liên hệ: Văn phòng Ủy ban nhân dân xã, 0274 3851 120.",
        ),
    )
    result = read_fields(doc)
    assert result.fields.get("phone") is None or result.confidence["phone"] < 0.9


def test_a_persons_workplace_under_position_and_unit_is_a_guess_for_the_unit() -> None:
    doc = _certificate(
        ("Họ và tên", "Đinh Thị Hoa"),
        ("Chức vụ, đơn vị", "Giáo viên, Tổng phụ trách Đội, Trường Tiểu học xã An Phú"),
        ("Tên mô hình", "“Thư viện xanh cho em”"),
        ("Kết quả", "Lập 6 tủ sách lưu động, 420 lượt học sinh mượn sách mỗi tháng."),
    )
    result = read_fields(doc)
    assert str(result.fields.get("leader_position")).startswith("Giáo viên")
    assert "Trường" not in str(result.fields.get("leader_position"))
    assert result.fields.get("unit_name") == "Trường Tiểu học xã An Phú"
    assert result.confidence["unit_name"] < 0.9  # where she works, not surely whose model


def test_a_date_under_the_superiors_signing_line_is_the_applicants() -> None:
    doc = _proposal()
    for line in (
        "XÁC NHẬN CỦA CHI BỘ THÔN BÃI SẬY",
        "Chi bộ thống nhất đề nghị cho đăng ký.",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Bãi Sậy, ngày 04 tháng 7 năm 2025",
        "NGƯỜI LÀM ĐƠN",
        "Nguyễn Thị Mai",
    ):
        doc.paragraph(line)
    assert read_fields(doc).fields.get("signed_date") == "2025-07-04"


def test_a_superiors_own_date_above_its_signing_line_stays_its_own() -> None:
    column = ["XÁC NHẬN CỦA UBND XÃ", "Bãi Sậy, ngày 06 tháng 7 năm 2025", "TM. ỦY BAN NHÂN DÂN"]
    doc = _proposal()
    for line in column:
        doc.paragraph(line)
    assert read_fields(doc).fields.get("signed_date") != "2025-07-06"


def test_a_numbered_row_with_an_unknown_label_is_no_run_on_of_the_row_above() -> None:
    doc = _certificate(
        ("Đơn vị", "Tổ hòa giải ấp Tân Lợi"),
        ("Mô hình", "“Hòa giải từ gốc”"),
        ("Tổ trưởng tổ hòa giải", "Ông Võ Văn Mười – Tổ trưởng Tổ hòa giải"),
        ("Nơi sinh hoạt", "nhà văn hóa ấp Tân Lợi"),
        ("Kết quả", "Hòa giải thành 17 vụ việc, không có đơn thư vượt cấp."),
    )
    result = read_fields(doc)
    assert result.fields.get("model_name") == "Hòa giải từ gốc"
    assert "nhà văn hóa" not in str(result.fields.get("leader_position"))


def test_an_approval_beside_a_scanned_place_and_date_opens_the_signature() -> None:
    doc = _proposal()
    doc.row(["Ý KIẾN DUYỆT CỦA THƯỜNG TRỰC ĐẢNG ỦY", "Hòa Bình. ngày 09 tháng 6 năm 2025"], table=2)
    doc.row(["Nhất trí. Ngày 12/6/2025", "BÍ THƯ ĐOÀN XÃ"], table=2)
    doc.row(["Lê Văn Tám", "Nguyễn Thị Mai"], table=2)
    assert read_fields(doc).fields.get("signed_date") == "2025-06-09"
