"""A contact block under "LIÊN HỆ": the person, position and phone by their shapes, kept
below the confident line."""

from __future__ import annotations

from documents.extraction.fields.contact import from_contact_block
from documents.extraction.fields.found import Where


def _body(*lines: str) -> list[tuple[str, Where]]:
    return [(line, Where(k)) for k, line in enumerate(lines)]


def test_the_block_under_a_contact_heading_gives_person_position_phone() -> None:
    found = {c.name: c for c in from_contact_block(_body(
        "CÁCH LÀM", "Góp tiền mua bóng đèn.", "THÔNG TIN LIÊN HỆ:", "Bà Lò Thị Mai",
        "Chi hội trưởng phụ nữ", "ĐT 0987.654.321", "Nhà văn hóa bản Na Hin",
    ))}  # fmt: skip
    assert found["leader_name"].text == "Lò Thị Mai"
    assert found["leader_position"].text == "Chi hội trưởng phụ nữ"
    assert found["phone"].text == "0987654321"
    assert all(c.strength < 0.9 for c in found.values())


def test_no_person_on_the_first_line_no_candidates() -> None:
    assert not list(from_contact_block(_body("LIÊN HỆ", "Văn phòng UBND xã, 0987 654 321")))
    assert not list(from_contact_block(_body("Liên hệ với chúng tôi", "Lò Thị Mai")))


def test_a_name_and_post_on_one_dashed_line_then_the_phone() -> None:
    found = {c.name: c for c in from_contact_block(_body(
        "THÔNG TIN LIÊN HỆ", "Anh Vàng A Chứ – Bí thư Chi đoàn bản Sín Chải",
        "ĐT/Zalo: 0388.112.457 – chidoan@example.test",
    ))}  # fmt: skip
    assert found["leader_name"].text == "Vàng A Chứ"
    assert found["leader_position"].text == "Bí thư Chi đoàn bản Sín Chải"
    assert found["phone"].text == "0388112457"
    assert all(c.strength < 0.9 for c in found.values())


def test_a_dashed_line_that_names_an_office_names_nobody() -> None:
    lines = ("LIÊN HỆ", "Văn phòng xã – tầng 2 nhà A", "ĐT 0388 112 457")
    assert not list(from_contact_block(_body(*lines)))
