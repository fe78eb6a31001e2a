"""A web form's help lines under its questions and a forwarded registration's mail around it:
classes of confident errors, each on a small layout of our own (invented units, people and
wording; not a copy of any sample or corpus layout)."""

from __future__ import annotations

import pytest

from documents.extraction import read_fields
from documents.extraction.fields.instructions import is_forwarding, is_instruction
from documents.extraction.fields.prose import model_name, unit
from documents.extraction.fields.zones import corrected_in_note, quote_start
from documents.extraction.text import DocumentText


def _doc(*lines: str) -> DocumentText:
    doc = DocumentText(source="docx")
    for line in lines:
        doc.paragraph(line)
    return doc


@pytest.mark.parametrize(
    "line",
    [
        "Viết ngắn gọn; không quá 15 chữ",
        "Ghi rõ họ tên, ví dụ: Nguyễn Văn A",
        "Ví dụ: 0987 000 111",
        "Chọn một phương án",
        "Nêu tối đa 3 ý chính",
        "Câu trả lời của bạn",
        "*Bắt buộc",
        "Trả lời ngắn",
        "Mỗi ý một dòng, tối đa 10 dòng",
    ],
)
def test_a_help_line_tells_what_to_write(line: str) -> None:
    assert is_instruction(line)


@pytest.mark.parametrize(
    "line",
    [
        "Chi hội Cựu chiến binh ấp Bình Yên",
        "Nhà nhà sạch đẹp, ngõ xóm xanh",
        "Điện Biên Phủ trên không",  # "Điện" folds as "dien": no instruction
        "Nhập khẩu giống lúa mới",
        "Ghi nhớ lời Bác",
        "0987 000 111",
    ],
)
def test_an_answer_is_no_help_line(line: str) -> None:
    assert not is_instruction(line)


def _printed_form() -> DocumentText:
    return _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2027",
        "*Bắt buộc",
        "Tên đơn vị *",
        "Ghi đầy đủ tên, ví dụ: Chi hội Phụ nữ ấp Hòa An",
        "Chi hội Cựu chiến binh ấp Bình Yên",
        "Tên mô hình *",
        "Viết ngắn gọn; không quá 15 chữ",
        "Đèn sáng đường quê, ấp xanh sạch",
        "Số điện thoại *",
        "Ví dụ: 0987 000 111",
        "0912 604 238",
    )


def test_a_help_line_under_a_question_is_not_its_answer() -> None:
    f = read_fields(_printed_form()).fields
    assert f["unit_name"] == "Chi hội Cựu chiến binh ấp Bình Yên"
    assert f["model_name"] == "Đèn sáng đường quê, ấp xanh sạch"
    assert f["phone"] == "0912604238"


def test_a_salutation_or_a_mail_header_names_no_model() -> None:
    assert is_forwarding("Kính gửi Thường trực, phòng chuyển tiếp thư")
    assert is_forwarding("Subject: Fwd: đăng ký")
    assert not is_forwarding("Ngõ xóm bình yên")
    text = "Chủ đề: Fwd: Hội CCB đăng ký mô hình\nKính gửi Ban, phòng chuyển thư của Hội"
    assert model_name(text) is None
    assert model_name("Hội CCB đăng ký mô hình Ngõ xóm bình yên.") == "Ngõ xóm bình yên"


def test_the_office_passing_a_form_on_is_not_its_unit() -> None:
    assert unit("Văn phòng chuyển tiếp bản đăng ký của Hội CCB.") is None
    assert unit("Năm 2027, Hội Cựu chiến binh xã Bình Yên đăng ký mô hình.") == (
        "Hội Cựu chiến binh xã Bình Yên"
    )


_NOTE = [
    "Từ: Văn phòng UBND xã <vp@binhyen.test>",
    "Gửi: Ban Dân vận <danvan@binhyen.test>",
    "Ngày: 10/4/2027 09:00",
    "Chủ đề: Fwd: Đăng ký mô hình",
    "Kính gửi Ban,",
    "Văn phòng chuyển tiếp bản đăng ký của Hội CCB.",
    "---------- Forwarded message ---------",
]
_FORWARDED = [
    "Từ: Lý Văn Hào <hao@mail.test>",
    "Date: 9/4/2027 20:10",
    "Subject: Đăng ký mô hình",
    "Hội Cựu chiến binh xã Bình Yên đăng ký mô hình “Dân vận khéo” năm 2027:",
    "Tên mô hình: Ngõ xóm bình yên",
    "Người phụ trách: Lý Văn Hào, Chủ tịch Hội",
]


def test_a_forwarded_message_is_read_not_cut_as_a_quote() -> None:
    lines = [*_NOTE, *_FORWARDED]
    assert quote_start(lines) == len(lines)
    quoted = ["Vào 1/4/2027 Ban Dân vận <danvan@binhyen.test> đã viết:", "> Đề nghị gửi"]
    assert quote_start([*lines, *quoted]) == len(lines)
    # a header block with no forward mark above it is still the quoted mail
    assert quote_start([*_NOTE[:6], *_FORWARDED]) == 6


def test_a_forwarded_registration_is_read() -> None:
    result = read_fields(_doc(*_NOTE, *_FORWARDED))
    assert result.kind.value == "registration"
    assert result.fields["model_name"] == "Ngõ xóm bình yên"
    assert result.fields.get("unit_name") != "Văn phòng chuyển tiếp bản"


def test_a_note_correcting_the_forwarded_form_leaves_its_values_unsure() -> None:
    note = [*_NOTE[:5], "Văn phòng chuyển thư; anh Hào báo số máy trong thư bị gõ nhầm.", _NOTE[6]]
    lines = [*note, *_FORWARDED, "ĐT 0912 604 238"]
    assert corrected_in_note(lines)
    assert not corrected_in_note([*_NOTE, *_FORWARDED])
    result = read_fields(_doc(*lines))
    assert result.fields["model_name"] == "Ngõ xóm bình yên"
    assert all(c < 0.9 for c in result.confidence.values())


def test_a_quote_mark_joined_to_the_first_quoted_line_still_starts_the_quote() -> None:
    lines = ["Tên mô hình: Ngõ xóm bình yên", "a", "b", "c", "d"]
    joined = "Vào 1/4/2027 lúc 07:50 Ban Dân vận <dv@x.test> đã viết: > Kính gửi các chi bộ,"
    assert quote_start([*lines, joined, "> Đề nghị gửi"]) == 5


def test_a_bare_name_under_a_bulleted_list_is_its_signature() -> None:
    doc = _doc(
        "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "Tên mô hình: Ngõ xóm bình yên",
        "Nội dung:",
        "- Lắp 40 đèn đường trong xóm.",
        "- Họp dân mỗi quý một lần.",
        "Lý Văn Hào",
    )
    assert read_fields(doc).fields["content"] == (
        "- Lắp 40 đèn đường trong xóm. - Họp dân mỗi quý một lần."
    )


@pytest.mark.parametrize("gap", [" ", "\t"])
def test_a_hint_with_its_own_colon_between_label_and_answer_is_skipped(gap: str) -> None:
    """A scan reads the tab before "(Ví dụ: …)" as a space: the hint's colon is not the
    label's; the answer is after the bracket's own colon."""
    doc = _doc("PHIẾU THUYẾT MINH MÔ HÌNH", "1. Tên mô hình: Bếp ăn nhân ái bản Nà Pồng",
               f"2. Lĩnh vực{gap}(ví dụ: Kinh tế, Quốc phòng - an ninh…): Quốc phòng - an ninh",
               "3. Cách làm: Mỗi tuần hai bữa cơm cho người già neo đơn.")  # fmt: skip
    assert read_fields(doc).fields["domain"] == "security_defense"
