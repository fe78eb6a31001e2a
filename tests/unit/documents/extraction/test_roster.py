"""A model's members listed with their roles: the person in charge is the row whose role says
so, not the first row, the list's maker nor the signer; that row's position and phone go with
them. An attached list's bracketed note ("(Gửi kèm hồ sơ đăng ký …)") is no cover letter.
Small layouts of our own (invented units, people and wording)."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.fields.roster import leader
from documents.extraction.text import Block, BlockKind, DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
HEAD = ("STT", "Họ và tên", "Năm sinh", "Chức vụ", "Vai trò trong mô hình", "Điện thoại")
STEER = ("1", "Hà Văn Quyết", "1970", "Bí thư Chi bộ xóm Rạng", "Chỉ đạo", "0912 004 118")
WATCH = ("2", "Lò Thị Nguyệt", "1988", "Chủ tịch Hội Phụ nữ xã", "Theo dõi, đôn đốc",
         "0986 552 301")  # fmt: skip
RUNS = ("3", "Vàng Văn Sử", "1979", "Trưởng xóm Rạng", "Tổ trưởng – phụ trách mô hình",
        "0377 861 204")  # fmt: skip
HELPS = ("4", "Mùa Thị Dung", "1995", "Hội viên", "Thủ quỹ", "0357 110 926")


def _rows(*rows: tuple[str, ...]) -> list[Block]:
    return [Block(BlockKind.TABLE_ROW, r, table=4) for r in rows]


def _doc(*rows: tuple[str, ...], signer: str = "Lò Thị Nguyệt", note: str = "") -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["HỘI LHPN XÃ NẬM CHÀ\nCHI HỘI PHỤ NỮ XÓM RẠNG", MOTTO], table=1)
    doc.paragraph("DANH SÁCH THÀNH VIÊN")
    doc.paragraph("Mô hình “Xóm Rạng sạch đẹp, không rác thải”")
    if note:
        doc.paragraph(note)
    doc.paragraph("Đơn vị xây dựng mô hình: Chi hội Phụ nữ xóm Rạng")
    doc.paragraph("Địa bàn: xóm Rạng")
    for row in rows:
        doc.row(list(row), table=4)
    doc.paragraph("Nậm Chà, ngày 9 tháng 4 năm 2026")
    doc.row(["NGƯỜI LẬP\n\n\nMùa Thị Dung", f"CHI HỘI TRƯỞNG\n\n\n{signer}"], table=8)
    return doc


def test_the_row_whose_role_gives_the_model_is_the_one_in_charge() -> None:
    member = leader(_rows(HEAD, STEER, WATCH, RUNS, HELPS))
    assert member is not None
    assert member.name == "Vàng Văn Sử"
    assert member.position == "Trưởng xóm Rạng"
    assert member.phone == "0377861204"


def test_general_charge_beats_the_head_of_a_sub_team() -> None:
    general = ("2", "Lò Thị Nguyệt", "1988", "Chủ tịch Hội", "Phụ trách chung", "0986 552 301")
    sub_team = ("3", "Vàng Văn Sử", "1979", "Trưởng xóm", "Tổ trưởng tổ thu gom", "0377 861 204")
    member = leader(_rows(HEAD, STEER, general, sub_team))
    assert member is not None and member.name == "Lò Thị Nguyệt"


def test_a_roster_naming_nobody_in_charge_or_two_names_nobody() -> None:
    assert leader(_rows(HEAD, STEER, WATCH, HELPS)) is None
    other = ("5", "Sùng A Páo", "1990", "Công an viên", "Phụ trách chung", "0399 000 123")
    both = ("6", "Giàng Thị Mỷ", "1992", "Hội viên", "Phụ trách chung", "0399 000 456")
    assert leader(_rows(HEAD, other, both)) is None


def test_a_table_without_a_role_column_is_no_roster() -> None:
    head = ("STT", "Họ và tên", "Năm sinh", "Chức vụ", "Ghi chú")
    assert leader(_rows(head, ("1", "Vàng Văn Sử", "1979", "Tổ trưởng", "phụ trách"))) is None


def test_a_deputy_or_one_who_steers_is_never_in_charge() -> None:
    deputy = ("2", "Lò Thị Nguyệt", "1988", "Hội viên", "Tổ phó, phụ trách quỹ", "0986 552 301")
    assert leader(_rows(HEAD, STEER, deputy)) is None


def test_the_signer_and_the_first_row_yield_to_the_row_in_charge() -> None:
    result = read_fields(_doc(HEAD, STEER, WATCH, RUNS, HELPS))
    assert result.fields["leader_name"] == "Vàng Văn Sử"
    assert result.fields["leader_position"] == "Trưởng xóm Rạng"
    assert result.fields["phone"] == "0377861204"
    assert result.confidence["leader_name"] < 0.9  # the signer says otherwise


def test_an_attached_lists_note_is_no_cover_letter() -> None:
    note = "(Gửi kèm hồ sơ đăng ký mô hình)"
    result = read_fields(_doc(HEAD, STEER, RUNS, HELPS, signer="Vàng Văn Sử", note=note))
    assert result.kind is Kind.REGISTRATION
    assert result.fields["leader_name"] == "Vàng Văn Sử"
