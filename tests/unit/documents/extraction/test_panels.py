"""Pages printed in panels (a folded leaflet), on layouts of our own: found from word boxes,
read panel by panel, the cover first; a word processor's table of panels unfolded the same
way; and the forms that also leave gutters kept as they are."""

from __future__ import annotations

from typing import Any

from documents.extraction import read_fields
from documents.extraction.panels import cover_first, find_panels, unfold
from documents.extraction.pdf_reader import lay_out_words
from documents.extraction.text import Block, BlockKind, DocumentText

PANEL_A = [
    "VÌ SAO CÓ MÔ HÌNH NÀY?",
    "Ngõ xóm tối nên các cháu đi học về",
    "muộn hay vấp ngã, người già ngại ra",
    "đường sau bữa cơm tối ở nhà mình.",
    "Kết quả: 30 bóng đèn sáng khắp xóm.",
]
PANEL_B = [
    "KINH PHÍ",
    "Bà con góp tiền mua bóng đèn cho cả",
    "xóm, tổng cộng là 24.000.000 đồng.",
    "LIÊN HỆ",
    "Trần Văn Bình",
    "Tổ trưởng tổ dân phố",
    "☎ 0912 345 678",
]
PANEL_C = [
    "CHI HỘI NÔNG DÂN ẤP HÒA LẠC",
    "MÔ HÌNH “DÂN VẬN KHÉO”",
    "Ngõ sáng cho em đến trường",
    "Thực hiện tại: ấp Hòa Lạc xã An Hòa",
    "và các ấp lân cận trong xã nhà",
]


def _words(lines: list[str], x0: float) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for row, text in enumerate(lines):
        x = x0
        for token in text.split():
            out.append({"text": token, "x0": x, "x1": x + 5.0 * len(token), "top": 60.0 + 16 * row,
                        "bottom": 72.0 + 16 * row, "size": 11.0, "fontname": "ABC+Serif"})  # fmt: skip
            x += 5.0 * len(token) + 3
    return out


def _leaflet() -> list[dict[str, Any]]:
    return _words(PANEL_A, 30) + _words(PANEL_B, 300) + _words(PANEL_C, 570)


def test_panels_are_found_by_their_gutters_only_with_prose_in_each() -> None:
    words = _leaflet()
    lines: dict[float, list[dict[str, Any]]] = {}
    for w in words:
        lines.setdefault(w["top"], []).append(w)
    panels = find_panels(list(lines.values()))
    assert panels is not None and len(panels) == 3
    # a label | value grid of two columns, or three columns of short cells: no panels
    grid = _words(["Tên mô hình", "Địa bàn"], 30) + _words(["Ngõ sáng", "Ấp Hòa Lạc"], 300)
    rows: dict[float, list[dict[str, Any]]] = {}
    for w in grid:
        rows.setdefault(w["top"], []).append(w)
    assert find_panels(list(rows.values())) is None


def test_a_leaflet_page_reads_panel_by_panel_its_cover_first() -> None:
    doc = lay_out_words([_leaflet()], page_width=842, source="pdf-text")
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("CHI HỘI NÔNG DÂN ẤP HÒA LẠC")  # the cover panel first
    assert texts.index("VÌ SAO CÓ MÔ HÌNH NÀY?") < texts.index("KINH PHÍ")
    assert not any("KINH PHÍ" in t and "VÌ SAO" in t for t in texts)


def test_cover_first_only_moves_a_panel_that_opens_with_a_body() -> None:
    assert cover_first(["a", "HỘI NÔNG DÂN XÃ AN", "c"], str) == ["HỘI NÔNG DÂN XÃ AN", "a", "c"]
    assert cover_first(["a", "KẾT QUẢ NỔI BẬT", "c"], str) == ["a", "KẾT QUẢ NỔI BẬT", "c"]


def _table_leaflet() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["\n".join(PANEL_A), "\n".join(PANEL_B), "\n".join(PANEL_C)], table=1)
    return doc


def test_a_table_of_panels_unfolds_into_lines_and_reads_as_a_leaflet() -> None:
    doc = _table_leaflet()
    blocks = unfold(doc.blocks)
    assert blocks[0].text == "CHI HỘI NÔNG DÂN ẤP HÒA LẠC"
    assert all(b.kind is BlockKind.PARAGRAPH for b in blocks)
    f = read_fields(doc).fields
    assert str(f["unit_name"]).lower() == "chi hội nông dân ấp hòa lạc"
    assert f["model_name"] == "Ngõ sáng cho em đến trường"
    assert f["leader_name"] == "Trần Văn Bình"
    assert f["leader_position"] == "Tổ trưởng tổ dân phố"
    assert f["phone"] == "0912345678"
    assert f["funds_vnd"] == 24_000_000


def test_a_form_table_is_no_table_of_panels() -> None:
    row = Block(BlockKind.TABLE_ROW, ("Tên mô hình", "Ngõ sáng", "Ghi chú"), table=1, row=0)
    assert unfold([row]) == [row]


def test_a_why_heading_names_no_field_and_a_cover_line_no_unit() -> None:
    from documents.extraction.fields.labels import OTHER, question_label
    from documents.extraction.fields.people import header_units
    from documents.extraction.fields.zones import Zones

    found = question_label("Vì sao có mô hình này?")
    assert found is not None and found.field == OTHER  # its reasons, not the model's name
    zones = Zones(header=[["ỦY BAN NHÂN DÂN XÃ AN HÒA", "MÔ HÌNH “DÂN VẬN KHÉO”", "BẾP ẤM"], []])
    assert header_units(zones) == ["ỦY BAN NHÂN DÂN XÃ AN HÒA"]


def test_ticked_highlights_give_way_to_the_fields_own_statement() -> None:
    from documents.contract import Kind
    from documents.extraction.fields.flow import Reader

    reader = Reader(Kind.REPORT)
    for line in ("KẾT QUẢ NỔI BẬT", "✔ 30 bóng đèn", "✔ 2 km đường sáng",
                 "Kết quả: Lắp 30 bóng đèn, thắp sáng 2 km đường xóm"):  # fmt: skip
        reader.line(line)
    results = [it for it in reader.items if it.name == "results"]
    assert [p.text for r in results for p in r.parts] == [
        "Lắp 30 bóng đèn, thắp sáng 2 km đường xóm"
    ]
    assert ("✔ 30 bóng đèn", None) in reader.prose  # still read for its figures
    plain = Reader(Kind.REPORT)  # a list without ticks stays the value, its label line too
    for line in ("KẾT QUẢ", "- 30 bóng đèn", "Kết quả: Lắp 30 bóng đèn, thắp sáng 2 km"):
        plain.line(line)
    assert len([it for it in plain.items if it.name == "results"]) == 1


def test_a_cover_names_its_model_on_the_line_after_the_movement() -> None:
    from documents.extraction.fields.candidates import from_title_lines
    from documents.extraction.fields.zones import Zones

    zones = Zones(header=[["HỘI NÔNG DÂN XÃ AN HÒA", "MÔ HÌNH “DÂN VẬN KHÉO”"], []],
                  title=["Vườn rau sạch cho bếp trường"])  # fmt: skip
    (found,) = from_title_lines(zones)
    assert (found.text, found.strength) == ("Vườn rau sạch cho bếp trường", 0.85)
    zones.title = ["Kính gửi: Ban Chỉ đạo xã"]
    assert not list(from_title_lines(zones))


def test_a_centred_line_wraps_only_when_the_next_word_would_not_fit() -> None:
    from documents.extraction.pdf_reader import _Builder, _centred_in, _group_lines

    def centred(text: str, top: float) -> Any:
        width = 5.0 * len(text.replace(" ", "")) + 3 * (len(text.split()) - 1)
        (line,) = _group_lines(_words([text], 300 - width / 2), 0)
        line.top = line.words[0]["top"] = top  # one line at `top`
        line.bounds = (200.0, 400.0)
        return line

    first = centred("Thực hiện tại: ấp Hòa Lạc xã An Hòa", 60)
    assert _centred_in(first)
    builder = _Builder()
    builder.add_line(first)
    builder.add_line(centred("Mô hình tập thể", 76))  # would fit after it: a line of its own
    builder.flush_para()
    assert [b.text for b in builder.doc.blocks] == [
        "Thực hiện tại: ấp Hòa Lạc xã An Hòa",
        "Mô hình tập thể",
    ]


def test_a_header_name_broken_where_no_name_ends_goes_on_below() -> None:
    from documents.extraction.fields.people import header_units
    from documents.extraction.fields.zones import Zones

    zones = Zones(
        header=[["HỘI NÔNG DÂN TỈNH ĐỒNG NAM", "BAN CHẤP HÀNH", "HỘI NÔNG DÂN XÃ SUỐI ĐÁ"], []]
    )
    assert header_units(zones) == [
        "HỘI NÔNG DÂN TỈNH ĐỒNG NAM",
        "BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ SUỐI ĐÁ",
    ]
    zones = Zones(header=[["BAN THƯỜNG TRỰC ỦY BAN", "MTTQ VIỆT NAM PHƯỜNG HÒA AN"], []])
    assert header_units(zones) == ["BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM PHƯỜNG HÒA AN"]
    zones = Zones(header=[["CHI BỘ THÔN KHE BẢN", "HỘI NÔNG DÂN XÃ SUỐI ĐÁ"], []])
    assert header_units(zones) == ["CHI BỘ THÔN KHE BẢN", "HỘI NÔNG DÂN XÃ SUỐI ĐÁ"]
