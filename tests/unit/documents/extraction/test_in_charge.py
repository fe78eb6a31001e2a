"""A person in charge named in a sentence or a list of people with roles, while someone else
signs: the person named wins over the signer (the field contract), and neither is confident.
Small layouts of our own (invented units, people and wording)."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.fields.in_charge import named
from documents.extraction.fields.prose import titled_names
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
SIGNED = "TM. BAN CÔNG TÁC MẶT TRẬN\nTRƯỞNG BAN\n\n\nHoàng Văn Lực"


def _doc(*lines: str, signature: str = SIGNED, table: list[list[str]] | None = None) -> DocumentText:  # fmt: skip
    doc = DocumentText(source="docx")
    doc.row(["ỦY BAN MTTQ XÃ ĐỒNG TÂM\nBAN CÔNG TÁC MẶT TRẬN THÔN BÃI SẬY", MOTTO], table=1)
    for line in lines:
        doc.paragraph(line)
    for row in table or []:
        doc.row(row, table=5)
    doc.row(["Nơi nhận:\n- Lưu.", signature], table=9)
    return doc


REPORT = (
    "BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO”",
    "1. Tên mô hình: Đường hoa tự quản",
    "2. Kết quả đạt được: trồng 2 km hoa.",
)


def test_a_person_given_the_model_in_a_sentence_beats_the_signer() -> None:
    doc = _doc(
        *REPORT,
        "Ban công tác Mặt trận giao đồng chí Đinh Thị Hoa, Phó Trưởng ban, trực tiếp theo dõi, "
        "đôn đốc các hộ chăm sóc đường hoa.",
    )
    result = read_fields(doc)
    assert result.fields["leader_name"] == "Đinh Thị Hoa"
    assert result.fields["leader_position"] == "Phó Trưởng ban"
    assert result.confidence["leader_name"] < 0.9
    assert "leader_name" in result.doubts


def test_a_person_directly_in_charge_after_a_dash() -> None:
    doc = _doc(*REPORT, "Mô hình có đồng chí Vi Văn Sáng – Bí thư Chi bộ trực tiếp phụ trách.")
    result = read_fields(doc)
    assert result.fields["leader_name"] == "Vi Văn Sáng"
    assert result.fields["leader_position"] == "Bí thư Chi bộ"


def test_the_one_in_charge_in_a_steering_group_list() -> None:
    doc = _doc(
        *REPORT,
        "3. Ban chỉ đạo mô hình:",
        "- Đ/c Lò Văn Tài – Bí thư Chi bộ – Trưởng ban;",
        "- Đ/c Hà Thị Mây – Chi hội trưởng Phụ nữ – Phó ban, trực tiếp phụ trách;",
        "- Đ/c Lường Văn Ổn – Trưởng thôn – thành viên.",
    )
    result = read_fields(doc)
    assert result.fields["leader_name"] == "Hà Thị Mây"
    assert result.confidence["leader_name"] < 0.9


def test_the_one_in_charge_in_a_table_of_people() -> None:
    table = [
        ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ"],
        ["1", "Lò Văn Tài", "Bí thư Chi bộ", "Trưởng ban"],
        ["2", "Hà Thị Mây", "Chi hội trưởng", "Trực tiếp phụ trách mô hình"],
    ]
    people = named(["1 – Lò Văn Tài – Bí thư Chi bộ – Trưởng ban",
                    "2 – Hà Thị Mây – Chi hội trưởng – Trực tiếp phụ trách mô hình"])  # fmt: skip
    assert [(p.name, p.position, p.direct) for p in people] == [
        ("Hà Thị Mây", "Chi hội trưởng", True)
    ]
    result = read_fields(_doc(*REPORT, table=table))
    assert result.confidence.get("leader_name", 0.0) < 0.9


def test_the_signer_named_in_charge_stays_the_leader() -> None:
    doc = _doc(*REPORT, "Mô hình do đồng chí Hoàng Văn Lực, Trưởng ban trực tiếp phụ trách.")
    result = read_fields(doc)
    assert result.fields["leader_name"] == "Hoàng Văn Lực"


def test_the_signer_alone_is_still_the_leader_when_nobody_is_named() -> None:
    result = read_fields(_doc(*REPORT))
    assert result.fields["leader_name"] == "Hoàng Văn Lực"
    assert result.confidence["leader_name"] >= 0.9


def test_the_signer_is_not_confident_when_an_unread_person_is_in_charge() -> None:
    doc = _doc(*REPORT, "Phân công cán bộ trực tiếp theo dõi, đôn đốc từng hộ.")
    result = read_fields(doc)
    assert result.fields["leader_name"] == "Hoàng Văn Lực"
    assert result.confidence["leader_name"] < 0.85


# ------------------------------------------------------------------ other misses of the same set


def test_a_model_named_only_inside_a_results_sentence_is_read_for_review() -> None:
    doc = _doc(
        "BÁO CÁO KẾT QUẢ NĂM 2025",
        "1. Kết quả đạt được:",
        "Năm qua, Ban công tác Mặt trận đã triển khai mô hình “Đường hoa tự quản” ở cả 4 xóm.",
    )
    result = read_fields(doc)
    assert result.fields["model_name"] == "Đường hoa tự quản"
    assert result.confidence["model_name"] < 0.9


def test_a_ratio_of_households_counts_the_achieved_ones() -> None:
    doc = _doc(*REPORT[:2], "2. Kết quả đạt được: đã có 96/104 hộ tham gia trồng hoa.")
    assert read_fields(doc).fields["participants"] == 96


def test_participants_in_a_later_numbered_item_are_read_for_review() -> None:
    doc = _doc(
        *REPORT,
        "3. Công tác tuyên truyền, vận động:",
        "Tổ chức 3 buổi họp thôn, vận động được 75 hộ tham gia ngày công.",
    )
    result = read_fields(doc)
    assert result.fields["participants"] == 75
    assert result.confidence["participants"] < 0.9


def test_of_two_people_given_the_model_together_the_first_leads() -> None:
    people = named(["Thôn giao anh Lò Văn Tài – Trưởng thôn và chị Hà Thị Mây – Chi hội trưởng "
                    "phụ trách, họp dân mỗi tháng."])  # fmt: skip
    assert [(p.name, p.position) for p in people] == [("Lò Văn Tài", "Trưởng thôn")]


def test_people_named_with_a_title_but_not_the_common_noun_ong_ba() -> None:
    text = (
        "Nhắc con cháu phụng dưỡng ông bà, cha mẹ. Mô hình của Bà Thạch Thị Sa Ly, "
        "hội viên; đồng chí Danh Sóc Kha giúp đỡ."
    )
    assert titled_names(text) == ["Thạch Thị Sa Ly", "Danh Sóc Kha"]


def test_the_head_of_a_proposal_is_the_one_in_charge_with_all_his_positions() -> None:
    """'Đồng chí X – Bí thư Chi bộ, Trưởng thôn, Chủ nhiệm đề án' in a proposal's board: X is
    in charge, his positions without the role, over the signer's one title."""
    people = named(
        [
            "1. Ban chủ nhiệm đề án:",
            "- Đồng chí Lò Văn Pấng – Bí thư Chi đoàn, Tổ trưởng tổ tự quản, Chủ nhiệm đề án;",
            "- Đồng chí Cầm Thị Ơn – Phó Bí thư Chi đoàn, thành viên;",
        ]
    )
    assert [(p.name, p.position) for p in people][:1] == [
        ("Lò Văn Pấng", "Bí thư Chi đoàn, Tổ trưởng tổ tự quản")
    ]
