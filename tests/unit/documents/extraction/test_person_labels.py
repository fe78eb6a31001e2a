"""A person's name with the next label glued after it (the colon lost on a scan, or never
typed), and a position after a name whose dash OCR lost: the name stops where the label or
the position starts."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from documents.extraction import read_fields
from documents.extraction.fields.in_charge import named
from documents.extraction.fields.labels import LabelMatch, match_label
from documents.extraction.fields.lines import find_labels
from documents.extraction.fields.people import split_person
from documents.extraction.normalise import strip_honorific
from documents.extraction.text import DocumentText

TITLE = "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2025"


def _fields(rows: list[list[str]]) -> Mapping[str, object]:
    doc = DocumentText()
    doc.paragraph(TITLE)
    for row in rows:
        doc.row(row, table=0)
    return read_fields(doc).fields


@pytest.mark.parametrize(
    "cell",
    [
        "Hoàng Thị Mơ Chức vụ Tổ trưởng tổ phụ nữ",
        "Hoàng Thị Mơ   Chức vụ: Tổ trưởng tổ phụ nữ",
        "Hoàng Thị Mơ Chức danh Tổ trưởng tổ phụ nữ",
    ],
)
def test_a_position_label_after_the_name_in_one_cell(cell: str) -> None:
    fields = _fields([["Tên mô hình", "Bếp ăn tình thương"], ["Người phụ trách", cell]])
    assert fields["leader_name"] == "Hoàng Thị Mơ"
    assert fields["leader_position"] == "Tổ trưởng tổ phụ nữ"


def test_a_position_wrapped_onto_the_next_line_of_the_cell() -> None:
    cell = "Lò Văn Pản Chức vụ Phó Chủ tịch Ủy ban\nnhân dân xã"
    fields = _fields([["Người phụ trách", cell]])
    assert fields["leader_name"] == "Lò Văn Pản"
    assert fields["leader_position"] == "Phó Chủ tịch Ủy ban nhân dân xã"


def test_labels_glued_after_a_name_on_a_line() -> None:
    hits = find_labels("Người phụ trách: Lò Văn Pản ĐT 0912 345 678")
    assert [(h.match.field, h.value) for h in hits] == [
        ("leader_name", "Lò Văn Pản"),
        ("phone", "0912 345 678"),
    ]
    hits = find_labels("Họ và tên: Hoàng Thị Mơ Chức vụ Tổ trưởng")
    assert [h.value for h in hits] == ["Hoàng Thị Mơ", "Tổ trưởng"]


@pytest.mark.parametrize(
    "line",
    [
        "Người phụ trách: Hoàng Thị Mơ Chức vụ",  # no value after the label words
        "Người phụ trách: Hoàng Thị Mơ chức vụ tổ trưởng",  # not a label: lower case
        "Tên mô hình: Đường Điện thoại sáng",  # not after a person's name
    ],
)
def test_no_label_is_cut_out_without_proof(line: str) -> None:
    assert len(find_labels(line)) == 1


def test_a_position_after_a_name_whose_dash_ocr_lost() -> None:
    assert split_person("Lương Thị Hạnh Phó Bí thư Chi bộ, Tổ trưởng tổ dân phố") == (
        "Lương Thị Hạnh",
        "Phó Bí thư Chi bộ, Tổ trưởng tổ dân phố",
        None,
    )
    assert split_person("Đinh Văn Mạnh Chi hội trưởng (0912 345 678)") == (
        "Đinh Văn Mạnh",
        "Chi hội trưởng",
        "0912345678",
    )
    assert split_person("Mai Xuân Trường, Bí thư Chi bộ")[:2] == (
        "Mai Xuân Trường",
        "Bí thư Chi bộ",
    )


def test_a_surname_that_starts_like_an_honorific_is_kept() -> None:
    assert strip_honorific("Bàn Văn Lợi") == "Bàn Văn Lợi"  # a Dao surname, not "Bà …"
    assert strip_honorific("Bà Bàn Thị Mây") == "Bàn Thị Mây"
    assert strip_honorific("Ông Bành Văn Tư") == "Bành Văn Tư"
    assert strip_honorific("Đ/c.Lê Văn Hậu") == "Lê Văn Hậu"


@pytest.mark.parametrize(
    ("line", "name", "position"),
    [
        ("Nhà trường giao cô Vi Thị Nhung, Phó Hiệu trưởng, trực tiếp phụ trách mô hình.",
         "Vi Thị Nhung", "Phó Hiệu trưởng"),
        ("Người trực tiếp phụ trách là thầy Đào Văn Khánh, Tổng phụ trách Đội.",
         "Đào Văn Khánh", "Tổng phụ trách Đội"),
        ("- Thiếu tá Lù Văn Sinh – Phó trưởng Công an xã – Tổ phó, trực tiếp phụ trách mô hình;",
         "Lù Văn Sinh", "Phó trưởng Công an xã"),
        ("- Đ/c Giàng A Chu – Chỉ huy phó – Thành viên, trực tiếp phụ trách;",
         "Giàng A Chu", "Chỉ huy phó"),
        ("Trạm giao ông Bàn Văn Lợi, Trưởng Trạm Y tế, trực tiếp phụ trách mô hình.",
         "Bàn Văn Lợi", "Trưởng Trạm Y tế"),
    ],
)  # fmt: skip
def test_people_in_charge_named_in_prose(line: str, name: str, position: str) -> None:
    assert [(p.name, p.position) for p in named([line])] == [(name, position)]


def test_no_person_opens_at_words_that_only_fold_like_an_honorific() -> None:
    assert named(["Trường có Ban Đại Diện cha mẹ học sinh trực tiếp phụ trách."]) == []
    # a position that is a group's role only when it follows another position
    assert named(["đồng chí Hà Văn Dũng – Tổ trưởng tổ dân phố trực tiếp phụ trách"])[
        0
    ].position == ("Tổ trưởng tổ dân phố")


def test_group_roles_and_deputies_where_ocr_lost_the_dashes() -> None:
    line = "- Trung úy Sầm Văn Hữu Phó trưởng Công an xã Tổ phó, trực tiếp phụ trách mô hình;"
    assert [(p.name, p.position) for p in named([line])] == [
        ("Sầm Văn Hữu", "Phó trưởng Công an xã")
    ]
    line = "phân công đồng chí Lục Văn Quế Chi hội phó trực tiếp phụ trách, chia tổ"
    assert [(p.name, p.position) for p in named([line])] == [("Lục Văn Quế", "Chi hội phó")]
    line = "giao đồng chí Lý Thị Sen, Phó Trưởng ban, trực tiếp theo dõi"
    assert named([line])[0].position == "Phó Trưởng ban"  # a position, not a group's role


def test_labels_whose_spaces_ocr_lost_in_a_numbered_table() -> None:
    rows = [["TT", "NỘI DUNG ĐĂNG KÝ"], ["1", "Tênmôhình Thư viện xanh cho bản xa"],
            ["2", "Lĩnhvực Văn hóa - xã hội"], ["3", "Người phụtrách Lò Thị Hoa"]]  # fmt: skip
    fields = _fields(rows)
    assert fields["model_name"] == "Thư viện xanh cho bản xa"
    assert fields["domain"] == "culture_society"
    assert fields["leader_name"] == "Lò Thị Hoa"


def test_a_quoted_line_under_the_title_is_the_models_name_without_bold() -> None:
    """OCR knows no bold: the model's name quoted on its own line under the title."""
    doc = DocumentText(source="pdf-ocr")
    doc.row(["HỘI NÔNG DÂN XÃ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], table=0)
    doc.paragraph("BÁO CÁO", centered=True)
    doc.paragraph("Kết quả thực hiện mô hình “Dân vận khéo”", centered=True)
    doc.paragraph("“Nông dân giúp nhau làm chuồng trại hợp vệ sinh” năm 2025")
    doc.paragraph("I. TÌNH HÌNH CHUNG")
    doc.paragraph("Hội có 140 hội viên ở 6 chi hội.")
    assert read_fields(doc).fields["model_name"] == "Nông dân giúp nhau làm chuồng trại hợp vệ sinh"


def test_an_unspaced_label_is_sure_only_with_its_value_after_it() -> None:
    """A header cell alone ("Nộidungđăngký" over "Thông tin cụ thể") is a column's heading as
    often as a label: without a value after it, it is no surer than any fuzzy match."""
    alone = match_label("Nộidungđăngký")
    assert alone is None or alone.confidence < 1.0
    assert find_labels("Nộidungđăngký") == []
    assert match_label("Tênmôhình", unspaced=True) == LabelMatch("model_name", 1.0, None)
    assert [h.value for h in find_labels("Tênmôhình: Đường hoa")] == ["Đường hoa"]


def test_a_surname_that_reads_like_the_position_after_it_stays_in_the_name() -> None:
    """OCR lost the dash in "Cao Văn Trường – Trưởng thôn": the two words fold alike."""
    name, position, _ = split_person("Cao Văn Trường Trưởng thôn Gò Đá")
    assert name == "Cao Văn Trường"
    assert position == "Trưởng thôn Gò Đá"


def test_a_rank_before_the_post_is_no_part_of_the_position() -> None:
    name, position, phone = split_person(
        "Lò Văn Chiến (Thượng úy, Phó Trưởng Công an xã; ĐT 0911 222 333)"
    )
    assert (name, position, phone) == ("Lò Văn Chiến", "Phó Trưởng Công an xã", "0911222333")
    assert split_person("Ông Vi Văn Sáu, Trung tâm văn hóa xã")[1] == "Trung tâm văn hóa xã"


def test_one_label_for_type_and_domain_gives_both() -> None:
    doc = DocumentText(source="docx")
    for line in (
        "HỘI CỰU CHIẾN BINH XÃ MƯỜNG KHƯƠNG",
        "ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026",
        "1. Tên mô hình: “Cựu chiến binh giữ rừng đầu nguồn”",
        "2. Loại hình và lĩnh vực: mô hình cá nhân; lĩnh vực kinh tế.",
        "3. Người phụ trách: ông Tẩn Văn Lở",
    ):
        doc.paragraph(line)
    fields = read_fields(doc).fields
    assert fields["model_type"] == "individual"
    assert fields["domain"] == "economy"


@pytest.mark.parametrize("rank", ["Đảng viên", "Đảng viên dự bị"])
def test_a_party_rank_gives_way_to_the_members_office(rank: str) -> None:
    fields = _fields(
        [
            ["Tên mô hình", "Vườn thuốc nam cho người già"],
            ["Họ và tên", "Triệu Thị Nhung"],
            ["Chức vụ Đảng", rank],
            ["Chức vụ chính quyền, đoàn thể", "Chi hội trưởng Chi hội Nông dân bản Nà Lầu"],
        ]
    )
    assert fields["leader_position"] == "Chi hội trưởng Chi hội Nông dân bản Nà Lầu"


def test_a_party_office_still_counts_as_a_position() -> None:
    fields = _fields(
        [
            ["Tên mô hình", "Vườn thuốc nam cho người già"],
            ["Họ và tên", "Triệu Thị Nhung"],
            ["Chức vụ Đảng", "Bí thư Chi bộ bản Nà Lầu"],
        ]
    )
    assert fields["leader_position"] == "Bí thư Chi bộ bản Nà Lầu"
