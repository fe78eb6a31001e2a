"""Values OCR garbles on scans and photos, each class on a small text of our own (invented
units, people and places), through the whole reader or the stage that mends it."""

from __future__ import annotations

import pytest

from documents.extraction import ocr, read_fields
from documents.extraction.fields.lines import find_labels, next_label
from documents.extraction.fields.validate import check_unit
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _scan(*lines: str) -> DocumentText:
    doc = DocumentText(source="pdf-ocr")
    doc.ocr_confidence = 0.95
    doc.row(["HỘI CỰU CHIẾN BINH XÃ LŨNG VÂN", MOTTO], table=1)
    for line in lines:
        doc.paragraph(line)
    return doc


@pytest.mark.parametrize(
    ("heading", "columns"),
    [
        ("CÁC CHỈ TIÊU ĐĂNG KÝ", ["TT", "Nội dung các chỉ tiêu", "Đơn vị\ntính", "Kế hoạch"]),
        ("Chỉ tiêu năm 2025", ["TT", "Các chỉ tiêu", "Đơn vị\ntính", "Mức đăng ký", "Ghi chú"]),
    ],
)
def test_a_unit_of_measure_header_split_over_two_lines_is_not_the_unit(
    heading: str, columns: list[str]
) -> None:
    """'Đơn vị tính' read as 'Đơn vị' / 'tính' in a header cell of a table of targets: the
    unit comes from the header, never 'tính Kế hoạch …'."""
    doc = _scan("BẢNG ĐĂNG KÝ GIAO ƯỚC THI ĐUA", "Tên mô hình: Vườn cây nghĩa tình", heading)
    doc.row(columns, table=2)
    doc.row(["1", "Số cây giống trồng mới", "cây", "350", ""][: len(columns)], table=2)
    result = read_fields(doc)
    assert result.fields["unit_name"] == "HỘI CỰU CHIẾN BINH XÃ LŨNG VÂN"


def test_only_a_value_starting_with_the_word_tinh_is_refused_as_a_unit() -> None:
    assert check_unit("tính Kế hoạch Thực hiện").value is None
    assert check_unit("TÍNH KẾT QUẢ").value is None
    # "Tỉnh" (province) and names that merely contain "tính" stay units
    assert check_unit("Tỉnh đoàn Lạng Sơn").value == "Tỉnh đoàn Lạng Sơn"
    assert check_unit("Chi hội Tính Mỹ").value == "Chi hội Tính Mỹ"


def _table_form(person_cell: str) -> DocumentText:
    doc = _scan("BẢN ĐĂNG KÝ THI ĐUA NĂM 2026")
    doc.row(["Tên mô hình", "Vườn mẫu trồng cam sạch"], table=3)
    doc.row(["Người phụ trách", person_cell], table=3)
    doc.row(["Số điện thoại", "0974 111 222"], table=3)
    return doc


def test_a_name_cell_ocr_joined_with_the_next_label_and_value_is_split() -> None:
    """Without its rules a row 'Người phụ trách | Lò Văn Pấng | Chức vụ | Chi hội trưởng'
    reads as one value cell: the name ends where the next exact label begins."""
    result = read_fields(_table_form("Lò Văn Pấng Chức vụ Chi hội trưởng"))
    assert result.fields["leader_name"] == "Lò Văn Pấng"
    assert result.fields["leader_position"] == "Chi hội trưởng"
    assert result.fields["phone"] == "0974111222"


def test_the_same_on_a_line_without_colons() -> None:
    hits = find_labels("Người phụ trách: Hà Thị Mai Chức vụ Tổ trưởng tổ hòa giải")
    assert [(h.match.field, h.value) for h in hits] == [
        ("leader_name", "Hà Thị Mai"),
        ("leader_position", "Tổ trưởng tổ hòa giải"),
    ]


def test_a_name_is_cut_only_before_an_exact_label_followed_by_a_value() -> None:
    # no label after the name, or the label's value missing, or words that are no name
    assert next_label("Hà Thị Mai", "leader_name") is None
    assert next_label("Hà Thị Mai Chức vụ", "leader_name") is None
    assert next_label("đồng chí Hà Thị Mai Chức vụ Tổ trưởng", "leader_name") is None
    # only a person's name: a model's name may hold label words
    assert next_label("Vườn Cây Chức vụ Mới", "model_name") is None


def _line(top: int, *texts: str) -> list[ocr.Word]:
    """One line of words spread from the left margin to the right one (dotted leaders)."""
    width = 1600 // len(texts)
    return [ocr.Word(200 + k * width, top, width - 30, 40, 92, t) for k, t in enumerate(texts)]


def test_a_numbered_line_whose_stop_ocr_misread_is_not_joined_to_the_line_above() -> None:
    """'3, Chức vụ …' after a line whose dotted leaders reach the margin: still a new item."""
    words = [
        *_line(100, "2.", "Thuộc", "chi", "hội:", "Chi", "hội", "Bản", "Lầu", "........"),
        *_line(160, "3,", "Chức", "vụ:", "Chi", "hội", "trưởng", "..........", "........"),
        *_line(220, "4:", "Số", "điện", "thoại:", "0974", "111", "222", "........"),
        *_line(280, "Sau", "dòng", "này", "là", "phần", "nội", "dung", "chính"),
    ]
    doc = ocr.layout_like_pdf([ocr.PageText(words, 2000, 3000)], "pdf-ocr")
    assert doc is not None
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("2. Thuộc") and "Chức vụ" not in texts[0]
    assert texts[1].startswith("3, Chức vụ") and "Số điện" not in texts[1]
    assert texts[2].startswith("4: Số điện thoại")


def test_a_label_of_two_words_or_a_proven_phone_word_after_a_name_cuts_it() -> None:
    """One rule for every label typed after a name without its colon: a label of two words
    before a capitalised value, or a one-word label whose value proves it (a phone)."""
    cut, hit = next_label("Thạch Sô Phal Đơn vị Chi bộ ấp Sóc Tre", "leader_name") or (0, None)
    assert hit is not None and (hit.match.field, hit.value) == ("unit_name", "Chi bộ ấp Sóc Tre")
    assert cut == len("Thạch Sô Phal ")
    cut, hit = next_label("Thạch Sô Phal ĐT 0917 338 462", "leader_name") or (0, None)
    assert hit is not None and hit.match.field == "phone"
    # a one-word label needs a value that proves it: a capitalised word alone does not
    assert next_label("Thạch Sô Phal ĐT Sóc Tre", "leader_name") is None


def test_dotted_leaders_between_a_name_and_the_next_label() -> None:
    hits = find_labels("5. Người phụ trách: Lý Thị Sen ....Chức vụ Tổ trưởng tổ hòa giải ....")
    assert [h.match.field for h in hits] == ["leader_name", "leader_position"]
    assert hits[1].value.startswith("Tổ trưởng tổ hòa giải")
