"""A model's results as a one-page infographic: a coloured banner, a line of who and where, big
numbers over short captions in coloured tiles, a few bullet points and a source line.

After the infographics that Party news sites, provincial papers and mass mobilisation boards
publish on the "Dân vận khéo" movement and on single models (Y09: the banner with the title,
figures in large type each over a caption, "Kết quả nổi bật", a villager's quote, "Nguồn: …",
"Thực hiện: …") redrawn in Word, as commune boards do for their notice boards and fan pages
(Y10). Each figure is split from its unit and caption over two lines; only one tile is the
participants and one the money raised — the others are people helped, revenue, rates or
lengths. There is no date line (the month of the source line is not one) and no signature.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import _Cell

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, joined, phone_digits

WHITE = RGBColor(0xFF, 0xFF, 0xFF)
TILES = ("1F6F8B", "E07A1F", "2E8B57", "8E3B8E", "C0392B", "2C3E50")


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _white(cell: _Cell) -> None:
    for paragraph in cell.paragraphs:
        for run in paragraph.runs:
            run.font.color.rgb = WHITE


def _banner(doc: Document, v: dict[str, Any]) -> None:
    tbl = k.table(doc, 1, (16.0,), grid=False)
    cell = tbl.cell(0, 0)
    _shade(cell, "0B3D5C")
    k.cell_text(
        cell,
        [
            ("INFOGRAPHIC  |  MÔ HÌNH “DÂN VẬN KHÉO”", "b", 11),
            (v["model"].upper() if v.get("caps") else v["model"], "b", 20),
            (v["period"], "i", 12),
        ],
        align="center",
    )
    _white(cell)


def _tiles(doc: Document, tiles: list[tuple[str, str]]) -> None:
    tbl = k.table(doc, 2, (5.2, 5.2, 5.2), grid=False)
    for number, (figure, caption) in enumerate(tiles):
        cell = tbl.cell(number // 3, number % 3)
        _shade(cell, TILES[number])
        k.cell_text(cell, [(figure, "b", 26), (caption, "", 11), ("", "", 4)], align="center")
        _white(cell)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=12, font="Arial")
    _banner(doc, v)
    person, position = v["leader"]
    who = k.para(doc, ("Đơn vị thực hiện: ", "b"), v["unit"], align="center", before=6, after=0)
    who.paragraph_format.space_after = Pt(0)
    k.para(doc, ("Phụ trách: ", "b"), f"{v['title']}{person} – {position}", align="center", after=0)
    if v.get("phone"):
        k.para(doc, ("☎ ", "b"), v["phone"], align="center", after=0)
    tag = f"   ■ Lĩnh vực: {DOMAIN_VI[v['domain']]}" if v.get("domain") else ""
    k.para(doc, ("Địa bàn: ", "b"), v["location"], tag, align="center", after=8)
    _tiles(doc, v["tiles"])
    k.para(doc, ("KẾT QUẢ NỔI BẬT", "b", 14), align="left", before=10, after=2)
    for point in v["results"]:
        k.para(doc, point, align="left", indent=0.4, after=2)
    k.para(doc, (f"“{v['quote'][0]}”", "i"), align="center", before=8, after=0)
    k.para(doc, (f"– {v['quote'][1]}", "b", 11), align="center", after=10)
    k.para(doc, (v["footer"], "i", 10), align="center")
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": joined(v["results"]).rstrip("."),
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
    }
    alt = {"unit_name": v.get("unit_alt", []), "leader_position": v.get("position_alt", [])}
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"])


ENTRIES = (
    Entry(
        "y13-infographic-mld-ban-chqs",
        ("scan", "doc"),
        {
            "unit_id": "mld-ban-chqs",
            "model": "Dân quân cùng dân vượt hạn",
            "period": "Mùa khô 2025 – 2026",
            "unit": "Ban CHQS xã Mỹ Lâm Đông",
            "unit_alt": ["Ban Chỉ huy Quân sự xã Mỹ Lâm Đông"],
            "title": "Đại úy ",
            "leader": ("Katơr Văn Hoàng", "Chỉ huy trưởng Ban CHQS xã"),
            "position_alt": ["Chỉ huy trưởng"],
            "phone": "0978 531 260",
            "location": "thôn Suối Rua và thôn Gò Điều",
            "domain": "security_defense",
            "tiles": [
                ("36", "dân quân tham gia"),
                ("420", "hộ được chở nước sinh hoạt"),
                ("186 triệu", "đồng vận động nhân dân, doanh nghiệp"),
                ("1.260 m³", "nước sạch được chở đến từng nhà"),
                ("4,2 km", "mương dẫn nước được nạo vét"),
                ("98%", "hộ hài lòng"),
            ],
            "participants": 36,
            "funds": 186_000_000,
            "results": [
                "• Không để hộ nào thiếu nước sinh hoạt trong 5 tháng khô hạn.",
                "• Nạo vét 4,2 km mương, cứu 65 ha nho, táo khỏi chết khô.",
                "• Dân quân trực tại 3 bồn chứa nước công cộng, phát nước công bằng.",
            ],
            "quote": (
                "Nắng mấy cũng có anh em dân quân chở nước tới tận nhà.",
                "Bà Chamaléa Thị Sáu, thôn Suối Rua",
            ),
            "footer": "Nguồn: Ban CHQS xã Mỹ Lâm Đông • Thực hiện: Ban Tuyên giáo và Dân vận "
            "Đảng ủy xã • Tháng 5/2026",
            "traits": [
                "infographic",
                "figures_over_captions",
                "decoy_tiles",
                "rank_before_name",
                "no_date_line",
                "no_signature",
                "decoy_quote_person",
                "raglai_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y14-infographic-mld-tram-y-te",
        ("photo",),
        {
            "unit_id": "mld-tram-y-te",
            "model": "Mẹ khỏe – con khỏe ở thôn Raglai",
            "caps": True,
            "period": "Hai năm thực hiện (2024 – 2026)",
            "unit": "Trạm Y tế xã Mỹ Lâm Đông",
            "title": "BSCKI ",
            "leader": ("Bá Thị Mỹ Dung", "Trạm trưởng"),
            "position_alt": ["Trạm trưởng Trạm Y tế"],
            "location": "thôn Suối Rua",
            "tiles": [
                ("18", "cô đỡ thôn bản, cộng tác viên tham gia"),
                ("2.300", "lượt khám thai, khám trẻ em"),
                ("100%", "sản phụ sinh tại cơ sở y tế"),
                ("0", "ca tử vong mẹ và sơ sinh"),
                ("96%", "trẻ được tiêm chủng đầy đủ"),
                ("214", "bà mẹ dự nói chuyện chuyên đề"),
            ],
            "participants": 18,
            "results": [
                "• Đưa tỷ lệ sản phụ sinh tại cơ sở y tế từ 61% lên 100%.",
                "• Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thấp còi giảm từ 31% xuống 22%.",
                "• Cô đỡ thôn bản nói chuyện bằng tiếng Raglai tại 12 buổi sinh hoạt cộng đồng.",
            ],
            "quote": (
                "Có cô đỡ người mình nói tiếng mình, chị em không còn sợ đi trạm.",
                "Chị Mấu Thị Hằng, thôn Suối Rua",
            ),
            "footer": "Nguồn: Trạm Y tế xã Mỹ Lâm Đông • Cập nhật tháng 4/2026",
            "traits": [
                "infographic",
                "figures_over_captions",
                "decoy_tiles",
                "title_before_name",
                "model_in_caps",
                "no_phone",
                "no_funds",
                "no_date_line",
                "no_signature",
                "decoy_quote_person",
                "raglai_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y15-infographic-mld-truong",
        ("scan",),
        {
            "unit_id": "mld-truong",
            "model": "Heo đất nghĩa tình – giúp bạn đến trường",
            "period": "Năm học 2025 – 2026",
            "unit": "Trường THCS Mỹ Lâm Đông",
            "unit_alt": ["Trường Trung học cơ sở Mỹ Lâm Đông"],
            "title": "Cô ",
            "leader": (
                "Phan Thị Thu Sương",
                "Phó Hiệu trưởng, Trưởng ban Đại diện Cha mẹ học sinh",
            ),
            "position_alt": ["Phó Hiệu trưởng"],
            "phone": "0935 207 446",
            "location": "Trường THCS Mỹ Lâm Đông",
            "domain": "culture_society",
            "tiles": [
                ("640", "học sinh tham gia nuôi heo đất"),
                ("42,5 triệu", "đồng quyên góp được"),
                ("57", "suất học bổng đã trao"),
                ("12", "em bỏ học được vận động trở lại lớp"),
                ("3", "năm liền không có học sinh bỏ học"),
                ("1,1 tỷ", "đồng doanh thu bữa ăn bán trú"),
            ],
            "participants": 640,
            "funds": 42_500_000,
            "results": [
                "• Trao 57 suất học bổng, mua 120 bộ sách giáo khoa cho học sinh Chăm, Raglai.",
                "• Vận động 12 em bỏ học trở lại lớp.",
                "• Học sinh biết tiết kiệm, chia sẻ với bạn khó khăn.",
            ],
            "quote": (
                "Heo đất của lớp em đã giúp bạn Kha có xe đạp đi học.",
                "Em Đàng Thị Ni Na, lớp 8A",
            ),
            "footer": "Thực hiện: Liên đội Trường THCS Mỹ Lâm Đông, tháng 5/2026",
            "traits": [
                "infographic",
                "figures_over_captions",
                "decoy_tiles",
                "decoy_revenue",
                "no_date_line",
                "no_signature",
                "decoy_quote_person",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("infographic_sonieu", "report", ("Y09", "Y10"), render, ENTRIES)
