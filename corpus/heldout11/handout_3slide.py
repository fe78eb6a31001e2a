"""A slide deck printed as a handout: three landscape slides a page with ruled lines for notes.

After PowerPoint's "Handouts (3 slides per page)" print and export (Q05) of the short decks that
units present at a commune's review meeting (Q06): a portrait page, the handout header (the
meeting) and the print date at the top, down the left three framed landscape slides — a title
and a few bullets each — and beside each slide the ruled note lines; the page number at the foot.
Six slides on two pages: the cover (meeting, unit in capitals, the presenter, a date or a month),
general information, the way of working (people and money in the bullets), the results, the
difficulties and proposals (other figures), thanks.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, iso, joined, phone_digits, signer_alt


def _frame(cell: Any) -> None:
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "8")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    cell._tc.get_or_add_tcPr().append(borders)


def _slide(
    cell: Any, title: str, bullets: list[str], *, cover: list[tuple[str, str, float]]
) -> None:
    _frame(cell)
    if cover:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = True
    for text, flags, size in cover:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        paragraph.alignment = k.ALIGN["center"]
        paragraph.paragraph_format.space_after = Pt(2)
        k.add_runs(paragraph, [(text, flags, size)])
    if title:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(3)
        k.add_runs(paragraph, [(title, "b", 12)])
    for bullet in bullets:
        paragraph = cell.add_paragraph(style="List Bullet")
        paragraph.paragraph_format.space_after = Pt(1)
        k.add_runs(paragraph, [(bullet, "", 8.5)])


def _page(doc: Document, v: dict[str, Any], slides: list[dict[str, Any]], number: int) -> None:
    k.tabbed(doc, [(v["handout_head"], "", 9), (v["printed"], "", 9)], [17.0], right_last=True)
    tbl = k.table(doc, 2 * len(slides) - 1, [9.2, 0.6, 7.2], grid=False)
    for number_row, row in enumerate(tbl.rows):
        row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        if number_row % 2:
            row.height = Cm(1.8)
            continue
        row.height = Cm(5.6)
        slide = slides[number_row // 2]
        _slide(row.cells[0], slide.get("title", ""), slide.get("bullets", []),
               cover=slide.get("cover", []))  # fmt: skip
        notes = row.cells[2]
        for line in range(8):
            paragraph = notes.paragraphs[0] if line == 0 else notes.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(6)
            k.add_runs(paragraph, [("_" * 38, "", 9)])
    k.para(doc, (str(number), "", 9), align="center", before=6, after=0)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=11, font="Arial")
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(1.3)
    person, position = v["leader"]
    cover = [
        ("HỘI NGHỊ SƠ KẾT PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM 2026", "", 7),
        (v["unit_caps"], "b", 8),
        ("BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH", "b", 11),
        (f"“{v['model'].upper()}”", "b", 11),
        (f"Người trình bày: {v['presenter']}", "i", 7.5),
        (v["cover_date"], "i", 7.5),
    ]
    slides = [
        {"cover": cover},
        {"title": "THÔNG TIN CHUNG", "bullets": v["info"]},
        {"title": "CÁCH LÀM", "bullets": v["how"]},
        {"title": "KẾT QUẢ ĐẠT ĐƯỢC", "bullets": v["results"]},
        {"title": "KHÓ KHĂN, ĐỀ XUẤT", "bullets": v["problems"]},
        {"cover": [("XIN TRÂN TRỌNG CẢM ƠN!", "b", 16), (v["thanks_line"], "i", 8)]},
    ]
    _page(doc, v, slides[:3], 1)
    k.page_break(doc)
    _page(doc, v, slides[3:], 2)
    day, month = v["date"]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": None,
        "domain": None,
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(day, month, 2026),
    }
    alt = {
        "unit_name": [v["unit_caps"], *v.get("unit_alt", [])],
        "leader_position": v.get("position_alt", [])
        + signer_alt(v["leader"], v.get("presenter_pair", ("", ""))),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"])


ENTRIES = (
    Entry(
        "r07-handout-tbg-truong",
        ("scan", "doc"),
        {
            "unit_id": "tbg-truong",
            "handout_head": "Sơ kết Dân vận khéo 2026 - xã Tà Bó Giàng",
            "printed": "24/11/2026",
            "unit_caps": "TRƯỜNG PTDTBT TIỂU HỌC TÀ BÓ GIÀNG",
            "unit": "Trường PTDTBT Tiểu học Tà Bó Giàng",
            "unit_alt": ["Trường Phổ thông dân tộc bán trú Tiểu học Tà Bó Giàng"],
            "model": "Nồi cháo ấm cho học sinh bán trú",
            "presenter": "Lý Thị Dín, Phó Hiệu trưởng",
            "cover_date": "Tà Bó Giàng, ngày 20 tháng 11 năm 2026",
            "date": (20, 11),
            "leader": ("Phạm Thị Thanh Hương", "Hiệu trưởng"),
            "phone": "0916 237 540",
            "location": "điểm trường chính Nà Lòa",
            "info": [
                "Đơn vị thực hiện: Trường PTDTBT Tiểu học Tà Bó Giàng",
                "Tên mô hình: Nồi cháo ấm cho học sinh bán trú",
                "Người phụ trách: cô Phạm Thị Thanh Hương - Hiệu trưởng (0916 237 540)",
                "Địa bàn: điểm trường chính Nà Lòa",
                "Thời gian: từ tháng 3/2026",
            ],
            "how": [
                "32 cán bộ, giáo viên, nhân viên thay nhau nấu cháo từ 6 giờ sáng",
                "Vận động giáo viên, phụ huynh và nhà hảo tâm góp 64.800.000 đồng mua gạo, "
                "thịt, trứng",
                "Ngoài gạo hỗ trợ theo Nghị định 116/2016/NĐ-CP",
            ],
            "participants": 32,
            "funds": 64800000,
            "results": [
                "218 học sinh bán trú được ăn sáng 5 buổi/tuần",
                "Tỷ lệ chuyên cần tăng từ 91% lên 98%",
            ],
            "problems": [
                "Bếp ăn xuống cấp, cần khoảng 120 triệu đồng để sửa",
                "Đề nghị xã hỗ trợ 1 nhân viên nấu ăn hợp đồng",
            ],
            "thanks_line": "Trường PTDTBT Tiểu học Tà Bó Giàng - tháng 11/2026",
            "traits": [
                "slide_handout",
                "presenter_not_leader",
                "state_support_beside_funds",
                "figures_in_problems",
                "alias_unit_name",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r08-handout-tbg-cong-an",
        ("photo",),
        {
            "unit_id": "tbg-cong-an",
            "handout_head": "Sơ kết Dân vận khéo 2026 - xã Tà Bó Giàng",
            "printed": "25/11/2026",
            "unit_caps": "CÔNG AN XÃ TÀ BÓ GIÀNG",
            "unit": "Công an xã Tà Bó Giàng",
            "model": "Tổ tự quản an ninh trật tự thôn Lùng Vài kết nối Zalo",
            "presenter": "Thượng úy Hoàng Đức Thuận, Phó Trưởng Công an xã",
            "presenter_pair": ("Hoàng Đức Thuận", "Phó Trưởng Công an xã"),
            "cover_date": "Tháng 11/2026",
            "date": (None, 11),
            "leader": ("Hoàng Đức Thuận", "Phó Trưởng Công an xã"),
            "position_alt": ["Phó Trưởng Công an"],
            "phone": "0869 314 772",
            "location": "thôn Lùng Vài",
            "info": [
                "Đơn vị: Công an xã Tà Bó Giàng",
                "Mô hình: Tổ tự quản an ninh trật tự thôn Lùng Vài kết nối Zalo",
                "Phụ trách: Thượng úy Hoàng Đức Thuận, Phó Trưởng Công an xã",
                "SĐT trực: 0869 314 772",
                "Địa bàn: thôn Lùng Vài",
            ],
            "how": [
                "Thành lập 5 tổ tự quản với 38 thành viên là người uy tín, đảng viên, đoàn viên",
                "Lập nhóm Zalo “An ninh Lùng Vài” 214 thành viên để báo tin",
                "Nhân dân đóng góp 27 triệu đồng lắp 12 bóng đèn chiếu sáng đường thôn",
            ],
            "participants": 38,
            "funds": 27000000,
            "results": [
                "Tiếp nhận, xử lý 19 tin báo; không để xảy ra trộm cắp gia súc",
                "Vận động giao nộp 3 khẩu súng tự chế",
            ],
            "problems": [
                "Sóng điện thoại yếu ở 2 cụm dân cư xa",
                "Năm 2025 toàn xã còn 4 vụ trộm cắp, 1 vụ đánh nhau",
            ],
            "thanks_line": "Công an xã Tà Bó Giàng",
            "traits": [
                "slide_handout",
                "no_date",
                "rank_before_leader",
                "count_of_group_members",
                "figures_in_problems",
                "nung_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r09-handout-tbg-htx-cam",
        ("scan",),
        {
            "unit_id": "tbg-htx-cam",
            "handout_head": "Sơ kết Dân vận khéo 2026 - xã Tà Bó Giàng",
            "printed": "27/11/2026",
            "unit_caps": "HỢP TÁC XÃ CAM SÀNH NÀ LÒA",
            "unit": "HTX cam sành Nà Lòa",
            "unit_alt": ["Hợp tác xã cam sành Nà Lòa"],
            "model": "Liên kết tiêu thụ cam sành VietGAP",
            "presenter": "Nông Văn Chỉn, Giám đốc HTX",
            "presenter_pair": ("Nông Văn Chỉn", "Giám đốc HTX"),
            "cover_date": "Nà Lòa, ngày 26 tháng 11 năm 2026",
            "date": (26, 11),
            "leader": ("Nông Văn Chỉn", "Giám đốc Hợp tác xã"),
            "position_alt": ["Giám đốc"],
            "phone": "0973 558 129",
            "location": "thôn Nà Lòa và thôn Khuổi Hảo",
            "info": [
                "Đơn vị: HTX cam sành Nà Lòa",
                "Mô hình: Liên kết tiêu thụ cam sành VietGAP",
                "Người phụ trách: Nông Văn Chỉn - Giám đốc Hợp tác xã; ĐT: 0973 558 129",
                "Vùng trồng: thôn Nà Lòa và thôn Khuổi Hảo",
            ],
            "how": [
                "58 hộ thành viên góp vốn 1,05 tỷ đồng xây kho sơ chế, mua máy phân loại",
                "Vay Ngân hàng Nông nghiệp 500 triệu đồng làm vốn lưu động",
                "Ký hợp đồng bao tiêu với 2 siêu thị ở Hà Nội",
            ],
            "participants": 58,
            "funds": 1050000000,
            "results": [
                "Tiêu thụ 412 tấn cam, giá cao hơn bán lẻ 2.000 - 3.000 đồng/kg",
                "Thu nhập bình quân hộ thành viên đạt 185 triệu đồng/năm",
            ],
            "problems": [
                "Cần 35 ha vùng trồng được cấp mã số",
                "Đề nghị tỉnh hỗ trợ 300 triệu đồng xây kho lạnh",
            ],
            "thanks_line": "HTX cam sành Nà Lòa - Tà Bó Giàng",
            "traits": [
                "slide_handout",
                "bank_loan_beside_funds",
                "funds_in_ty",
                "figures_in_problems",
                "alias_unit_name",
                "tay_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("handout_3slide", "report", ("Q05", "Q06"), render, ENTRIES)
