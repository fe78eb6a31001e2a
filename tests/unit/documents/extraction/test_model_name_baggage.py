"""A model's quoted name is the name; what surrounds it in its value is not (`validate.py`):
the movement's own name in quotes before it, the model's kind before it, a year, its owner, a
remark in brackets or a clause of its kind or domain after it. The kind and domain told there
are read too, not for sure. Words after the quotes that are none of these keep the value whole,
unless words before the quotes were cut: then the quoted run is only a guess. Invented text."""

from __future__ import annotations

import pytest

from documents.extraction import read_fields
from documents.extraction.fields.confidence import CONFIDENT
from documents.extraction.fields.prose import phone_after, phone_owner
from documents.extraction.fields.validate import GOOD, ODD, check_model
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (
            "“Dân vận khéo” “Bếp ấm vùng cao” năm 2027 của Hội Nông dân xã Tà Xùa – lĩnh vực "
            "kinh tế",
            "Bếp ấm vùng cao",
        ),
        (
            "“Dân vận khéo” “Đèn đường cho bản” (mô hình tập thể, lĩnh vực văn hóa - xã hội)",
            "Đèn đường cho bản",
        ),
        ("tập thể “Nước sạch về thôn” (lĩnh vực kinh tế)", "Nước sạch về thôn"),
        ("Mô hình cá nhân “Cô đỡ thôn bản”", "Cô đỡ thôn bản"),
        ("“Dân vận khéo” năm 2027 “Góp đất mở đường”", "Góp đất mở đường"),
        ("“Ruộng chung của xóm”, mô hình tập thể, thuộc lĩnh vực kinh tế", "Ruộng chung của xóm"),
        (
            "“Dân vận khéo” “Cầu tre thành cầu bê tông” của Chi bộ thôn Nậm Ngà, do đồng chí "
            "Vàng Văn Sử phụ trách",
            "Cầu tre thành cầu bê tông",
        ),
    ],
)
def test_the_quoted_name_without_its_baggage_for_sure(value: str, name: str) -> None:
    verdict = check_model(value)
    assert verdict.value == name
    assert verdict.score == GOOD


@pytest.mark.parametrize(
    "value",
    [
        "“Năm không, ba sạch” trong xây dựng nông thôn mới",  # the words after are the name's
        "“Dân vận khéo” trong chăm lo hội viên",  # the movement's words open a longer name
        "Nuôi ong lấy mật",
    ],
)
def test_a_name_whose_quotes_hold_only_part_of_it_stays_whole(value: str) -> None:
    assert check_model(value).value == value


def test_words_after_the_quotes_of_a_cut_value_make_it_a_guess() -> None:
    verdict = check_model("“Dân vận khéo” “Sân chơi cho em” Tổ trưởng, người lo việc")
    assert verdict.value == "Sân chơi cho em"
    assert verdict.score == ODD and verdict.reason


def test_the_movement_alone_is_still_no_name() -> None:
    assert check_model("“Dân vận khéo” năm 2027").value is None


def _minutes() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["HỘI LIÊN HIỆP PHỤ NỮ XÃ PÀ CỎ", MOTTO + "\nPà Cỏ, ngày 3 tháng 6 năm 2027"], 1)
    doc.paragraph("BIÊN BẢN NGHIỆM THU")
    doc.paragraph("Tên mô hình: “Dân vận khéo” “Vườn rau sạch cho bếp trường” (mô hình tập thể, "
                  "lĩnh vực văn hóa - xã hội)")  # fmt: skip
    doc.paragraph("Đơn vị thực hiện: Chi hội Phụ nữ thôn Pà Cỏ")
    doc.paragraph("Địa bàn: điểm trường Pà Cỏ")
    doc.paragraph("Hôm nay, tại điểm trường Pà Cỏ, chúng tôi gồm:")
    doc.paragraph("- Bà Giàng Thị Mỷ – Chủ tịch Hội, người trực tiếp phụ trách mô hình "
                  "(0376 415 208);")  # fmt: skip
    doc.paragraph("- Ông Sùng A Lử – Trưởng thôn (ĐT 0912 300 411).")
    doc.paragraph("Kinh phí vận động: 18.000.000 đồng")
    doc.paragraph("Kết quả: 42 hội viên góp 380 ngày công, trường có 1.200 m² rau sạch.")
    return doc


def test_the_kind_and_domain_beside_the_name_are_read_not_for_sure() -> None:
    result = read_fields(_minutes())
    assert result.fields["model_name"] == "Vườn rau sạch cho bếp trường"
    assert result.confidence["model_name"] >= CONFIDENT
    assert result.fields["model_type"] == "collective"
    assert result.fields["domain"] == "culture_society"
    assert result.confidence["model_type"] < CONFIDENT
    assert result.confidence["domain"] < CONFIDENT


def test_a_phone_alone_in_brackets_after_a_post_is_the_persons() -> None:
    text = "Bà Giàng Thị Mỷ – Chủ tịch Hội, người trực tiếp phụ trách mô hình (0376 415 208);"
    assert phone_after(text, len("Bà Giàng Thị Mỷ")) == "0376415208"
    other = "Bà Giàng Thị Mỷ – Chủ tịch Hội, cùng ông Sùng A Lử (0912 300 411)"
    assert phone_after(other, len("Bà Giàng Thị Mỷ")) is None
    assert phone_after("Bà Giàng Thị Mỷ (sinh năm 1980)", len("Bà Giàng Thị Mỷ")) is None


def test_a_numbered_row_with_a_label_unknown_is_no_run_on_of_the_name_above() -> None:
    doc = DocumentText(source="docx")
    doc.row(["ỦY BAN MTTQ VIỆT NAM XÃ PÀ CỎ", MOTTO + "\nPà Cỏ, ngày 9 tháng 11 năm 2027"], 1)
    doc.paragraph("GIẤY XÁC NHẬN")
    doc.paragraph("(V/v xác nhận kết quả mô hình “Dân vận khéo” năm 2027)")
    doc.row(["1", "Đơn vị", "Tổ hòa giải thôn Sán Chải"], 2)
    doc.row(["2", "Mô hình", "“Nói để dân nghe”"], 2)
    doc.row(["3", "Tổ trưởng, người đứng đầu", "Ông Lù Văn Páo – Tổ trưởng Tổ hòa giải"], 2)
    doc.row(["4", "Thành viên", "9 tổ viên"], 2)
    doc.row(["5", "Kết quả", "Hòa giải thành 14 vụ việc trong năm 2027."], 2)
    result = read_fields(doc)
    assert result.fields["model_name"] == "Nói để dân nghe"


def test_a_phone_in_the_clause_after_a_semicolon_is_still_the_persons() -> None:
    text = "phân công đồng chí Lò Văn Ín, Phó Chủ tịch Hội, phụ trách mô hình; điện thoại: 0378 112 509."
    assert phone_after(text, text.find(",")) == "0378112509"
    other = "phân công đồng chí Lò Văn Ín phụ trách; giao bà Cầm Thị Dung (điện thoại 0378 112 509)"
    assert phone_after(other, other.find(" phụ trách")) is None


def test_a_phone_after_an_officer_named_by_rank_is_that_officers() -> None:
    text = "Cử Trung úy Hà Văn Sáng, Đội trưởng Đội công tác (điện thoại 0378 112 509), cùng 4 chiến sĩ."
    assert phone_owner(text, "0378112509") == "Hà Văn Sáng"


def test_a_numbered_row_with_nothing_beside_its_number_reads_on() -> None:
    """An empty numbered row (a photo's table whose cells OCR lost) must not stop the reader."""
    doc = DocumentText(source="docx")
    doc.row(["1", "Tên mô hình", "“Mùa nước an toàn”"], 2)
    doc.row(["2", "", ""], 2)
    doc.row(["3", "Người phụ trách", "Bà Thạch Thị Sa Vây – Hiệu trưởng"], 2)
    result = read_fields(doc)
    assert result.fields["model_name"] == "Mùa nước an toàn"
    assert result.fields["leader_name"] == "Thạch Thị Sa Vây"
