"""A group's operating rules ("QUY CHẾ Hoạt động của Tổ …") carrying out one model, sent as
its registration: chapters and articles ("Chương I", "Điều 2. Địa bàn hoạt động"), each
article's heading a label and its body the value; the rules are dated by the decision issuing
them. Small layouts of our own (invented units, people and wording)."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.fields.lines import find_labels
from documents.extraction.fields.validate import check_location
from documents.extraction.text import DocumentText

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM\n───────"
ISSUED = "(Ban hành kèm theo Quyết định số 04-QĐ/CB ngày 21 tháng 2 năm 2026 của Chi ủy Chi bộ bản Pá Khoang)"  # fmt: skip
ISSUED_BLANK = "(Ban hành kèm theo Quyết định số    /QĐ-CB ngày     tháng 2 năm 2026 của Chi ủy)"


def _rules(issued: str = ISSUED) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["ĐẢNG BỘ XÃ MƯỜNG PHĂNG\nCHI BỘ BẢN PÁ KHOANG\n*", PARTY], table=1)
    for line in (
        "QUY CHẾ",
        "Hoạt động của Tổ tự quản đường làng bản Pá Khoang",
        issued,
        "Chương I",
        "NHỮNG QUY ĐỊNH CHUNG",
        "Điều 1. Tên gọi, tính chất",
        "1. Tên gọi: Tổ tự quản đường làng bản Pá Khoang, thực hiện mô hình “Đường làng sáng, "
        "xanh, sạch”.",
        "2. Tổ là mô hình “Dân vận khéo” tập thể thuộc lĩnh vực văn hóa - xã hội, do Chi bộ bản "
        "Pá Khoang chỉ đạo xây dựng.",
        "Điều 2. Địa bàn hoạt động",
        "Tổ hoạt động trên địa bàn bản Pá Khoang và đường lên bãi Co Mạy.",
        "Điều 3. Thành viên và bộ máy của Tổ",
        "1. Tổ trưởng: đồng chí Lò Văn Piệng, Trưởng bản, điện thoại 0914 227 603, phụ trách "
        "chung.",
        "2. Tổ phó: bà Quàng Thị Ún, điện thoại 0357 902 114.",
        "Chương II",
        "NHIỆM VỤ VÀ NỘI DUNG HOẠT ĐỘNG",
        "Điều 4. Nội dung hoạt động",
        "1. Quét dọn đường làng sáng thứ Bảy hằng tuần;",
        "2. Trồng hoa ban hai bên đường vào bản;",
        "3. Tổ chức thu gom rác về điểm tập kết.",
        "Điều 5. Chế độ sinh hoạt",
        "Tổ họp mỗi quý một lần tại nhà văn hóa bản.",
    ):
        doc.paragraph(line)
    doc.row(["Nơi nhận:\n- Đảng ủy xã;\n- Lưu.", "T/M CHI ỦY\nBÍ THƯ\n\n\nLò Văn Piệng"], table=3)
    return doc


def test_rules_carrying_out_one_model_register_it() -> None:
    result = read_fields(_rules())
    assert result.kind is Kind.REGISTRATION
    assert result.fields["model_name"] == "Đường làng sáng, xanh, sạch"
    assert result.fields["model_type"] == "collective"
    assert result.fields["domain"] == "culture_society"
    assert result.fields["leader_name"] == "Lò Văn Piệng"


def test_an_article_heading_is_the_label_and_its_body_the_value() -> None:
    result = read_fields(_rules())
    assert result.fields["location"] == "bản Pá Khoang và đường lên bãi Co Mạy"
    assert str(result.fields["content"]).rstrip(".") == (
        "1. Quét dọn đường làng sáng thứ Bảy hằng tuần; 2. Trồng hoa ban hai bên đường vào "
        "bản; 3. Tổ chức thu gom rác về điểm tập kết"
    )  # the next article ends it; its numbered point opening with a verb is no label


def test_rules_are_dated_by_their_issuing_decision_for_review() -> None:
    result = read_fields(_rules())
    assert result.fields["signed_date"] == "2026-02-21"
    assert result.confidence["signed_date"] < 0.9
    assert "signed_date" not in read_fields(_rules(ISSUED_BLANK)).fields


def test_a_numbered_point_opening_with_a_generic_label_word_is_no_label() -> None:
    assert find_labels("4. Tổ chức nạo vét mương trước mỗi vụ.") == []
    assert find_labels("3. Đơn vị Chi bộ bản Pá Khoang")[0].match.field == "unit_name"
    assert find_labels("2. Phạm vi toàn xã Mường Phăng")[0].value == "toàn xã Mường Phăng"


def test_the_place_of_an_article_sentence_is_what_follows_dia_ban() -> None:
    verdict = check_location("Tổ hoạt động trên địa bàn bản Pá Khoang và bãi Co Mạy.")
    assert verdict.value == "bản Pá Khoang và bãi Co Mạy"
    assert check_location("Nhà văn hóa bản Pá Khoang").value == "Nhà văn hóa bản Pá Khoang"


def test_rules_of_a_board_naming_no_model_register_none() -> None:
    doc = DocumentText(source="docx")
    doc.row(["ĐẢNG BỘ XÃ MƯỜNG PHĂNG\nBAN CHỈ ĐẠO", PARTY], table=1)
    for line in (
        "QUY CHẾ",
        "Hoạt động của Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Mường Phăng",
        "Điều 1. Phạm vi điều chỉnh",
        "Quy chế này quy định nhiệm vụ, quyền hạn và lề lối làm việc của Ban Chỉ đạo.",
        "Điều 2. Chế độ làm việc",
        "Ban Chỉ đạo họp định kỳ 6 tháng một lần.",
    ):
        doc.paragraph(line)
    assert read_fields(doc).kind is not Kind.REGISTRATION
