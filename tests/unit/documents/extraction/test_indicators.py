"""Figures over their captions (`fields/indicators.py`) as an infographic prints them: tiles,
each a big figure over its caption in one cell, in one row or several. Units, people and
figures are invented; each test names a class of layout, not one paper's strings."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.text import DocumentText


def _infographic(*rows: list[str]) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.paragraph("INFOGRAPHIC | MÔ HÌNH “DÂN VẬN KHÉO”")
    doc.paragraph("Đơn vị thực hiện: Chi hội Nông dân thôn Tân Lập")
    doc.paragraph("Phụ trách: Ông Hà Văn Thụ – Chi hội trưởng")
    for row in rows:
        doc.row(row, table=1)
    doc.paragraph("KẾT QUẢ NỔI BẬT")
    doc.paragraph("• Làm mới 3 km kênh nội đồng.")
    return doc


def test_tiles_of_figures_over_captions_give_the_people_and_the_money() -> None:
    """'52\\nhội viên tham gia | 310 triệu\\nđồng nhân dân đóng góp | 3 km\\nkênh …': each cell
    a figure over its caption."""
    f = read_fields(
        _infographic(["52\nhội viên tham gia", "310 triệu\nđồng nhân dân đóng góp", "3 km\nkênh"])
    ).fields
    assert f.get("participants") == 52
    assert f.get("funds_vnd") == 310_000_000


def test_two_rows_of_tiles_with_shares_and_measures() -> None:
    """Tiles in two rows; a share ('96%') or a measure ('1.200 m³') is a figure of no field,
    and a caption of people 'tham gia' counts them whatever they are called."""
    f = read_fields(
        _infographic(
            ["96%\nhộ hài lòng", "1.200 m³\nđất đào đắp"],
            ["27\nthợ cả, tổ viên tham gia", "45,5 triệu\nđồng vận động"],
        )
    ).fields
    assert f.get("participants") == 27
    assert f.get("funds_vnd") == 45_500_000


def test_a_row_of_cells_of_words_is_no_tiles() -> None:
    """Cells of two lines whose first line is no figure: no count is read from them."""
    f = read_fields(
        _infographic(["Năm 2025\nhội viên tham gia", "Tổ 3\nđồng nhân dân đóng góp"])
    ).fields
    assert f.get("participants") is None
    assert f.get("funds_vnd") is None
