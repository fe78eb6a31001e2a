"""A registration sent as messages in a group chat (a screenshot or an export): the bubbles
carry the values between other members' messages, senders and times; a reminder's casual words
are no model name and a value a narrow bubble wrapped reads on. Layouts of our own."""

from __future__ import annotations

import pytest

from documents.extraction import read_fields
from documents.extraction.fields.chrome import ends_value
from documents.extraction.fields.prose import location, model_name, model_type
from documents.extraction.text import DocumentText


def _chat(*lines: str) -> DocumentText:
    doc = DocumentText(source="pdf-text")
    doc.row(["10:12", "5G 60%"], table=1)
    doc.row(["‹ Dân vận xã Tân Phú 2026", ""], table=1)
    for line in lines:
        doc.paragraph(line)
    return doc


@pytest.mark.parametrize(
    "text",
    [
        "Nhờ các chi hội gửi đăng ký mô hình DVK năm 2026 trước 20/4 nhé.",
        "Các đơn vị đăng ký mô hình Dân vận khéo sớm giúp em nha",
        "Chi đoàn đăng ký mô hình Thanh niên tình nguyện luôn ạ",
    ],
)
def test_a_reminder_in_chat_words_is_no_model_name(text: str) -> None:
    assert model_name(text) is None


def test_the_quoted_name_after_a_reminder_is_the_model() -> None:
    text = (
        "Nhờ các chi hội gửi đăng ký mô hình DVK năm 2026 trước 20/4 nhé.\n"
        "Chi hội Phụ nữ ấp Tân Lợi đăng ký mô hình “Góp gạo nuôi em đến trường” ạ"
    )
    assert model_name(text) == "Góp gạo nuôi em đến trường"
    assert model_name("Hợp tác xã đăng ký mô hình Cánh đồng lớn liên kết") == (
        "Cánh đồng lớn liên kết"
    )


@pytest.mark.parametrize("line", ["Trần Thị Hoa  09:05", "Đinh Công Lực\t21:47"])
def test_a_sender_before_the_time_heads_the_next_message(line: str) -> None:
    assert ends_value(line)


@pytest.mark.parametrize("line", ["Ra quân lúc 07:30", "Họp tổ 19:30 tối thứ Bảy"])
def test_a_time_inside_text_is_no_sender(line: str) -> None:
    assert not ends_value(line)


def test_values_a_narrow_bubble_wrapped_read_on() -> None:
    doc = _chat(
        "Trần Thị Hoa\t09:02",
        "Nhờ các chi hội gửi đăng ký mô hình DVK năm 2026 trước 20/4 nhé.",
        "Võ Văn Tâm\t09:10",
        "Chi đoàn ấp Tân Lợi đăng ký mô hình",
        "“Thắp sáng đường quê” ạ",
        "Võ Văn Tâm\t09:11",
        "Người phụ trách: Võ Văn Tâm – Phó Bí thư",
        "Chi đoàn kiêm Công an viên. ĐT 0912 447",
        "385",
        "Lý Thị Nga\t09:12",
        "Chi hội Nông dân gửi sau nha",
        "Võ Văn Tâm\t09:14",
        "Địa bàn: tuyến đường liên ấp, ấp",
        "Tân Lợi",
        "Võ Văn Tâm\t09:15",
        "Nội dung:",
        "- Lắp 30 bóng đèn năng lượng mặt trời;",
        "- Đoàn viên thay phiên kiểm tra đèn.",
        "09:20",
        "Đã nhận, cảm ơn Tâm!",
    )
    f = read_fields(doc).fields
    assert f["model_name"] == "Thắp sáng đường quê"
    assert f["leader_position"] == "Phó Bí thư Chi đoàn kiêm Công an viên"
    assert f["phone"] == "0912447385"
    assert f["location"] == "tuyến đường liên ấp, ấp Tân Lợi"
    assert (
        f["content"]
        == "- Lắp 30 bóng đèn năng lượng mặt trời; - Đoàn viên thay phiên kiểm tra đèn."
    )


def test_a_position_ends_where_no_body_follows() -> None:
    doc = _chat(
        "Tên mô hình: Sân chơi cho em",
        "Người phụ trách: Đỗ Thị Lan – Bí thư",
        "Hôm nay chi đoàn họp, em gửi thêm sau.",
    )
    f = read_fields(doc).fields
    assert f["leader_position"] == "Bí thư"


def test_a_chat_messages_shorthand_gives_the_kind_and_the_unit() -> None:
    doc = _chat(
        "Phạm Thu Hà\t14:02",
        "Chi hội Phụ nữ ấp Mỹ Hòa gửi đăng ký ạ",
        "Tên mô hình: Tiết kiệm vì chị em nghèo",
        "Lĩnh vực: kinh tế. Loại: tập thể",
    )
    f = read_fields(doc).fields
    assert f["unit_name"] == "Chi hội Phụ nữ ấp Mỹ Hòa"
    assert f["model_type"] == "collective" and f["domain"] == "economy"


def test_the_kind_right_after_the_quoted_name() -> None:
    assert model_type("Tổ đăng ký mô hình “Đèn đường tự quản”, tập thể, lĩnh vực an ninh") == (
        "collective"
    )
    assert model_type("Em đăng ký mô hình “Tủ sách nhà em” (cá nhân)") == "individual"
    assert model_type("Mô hình “Đèn đường tự quản”, do tổ phụ trách") is None


def test_a_messages_short_sentence_gives_the_place_never_sure() -> None:
    assert location("Anh Ba phụ trách, ĐT 0912 000 111. Làm ở ấp 3 và ấp 5.") == "ấp 3 và ấp 5"
    assert location("Làm ở nhà văn hóa cho tiện.") is None  # no place named by its kind
