"""A Google Forms response printed from the browser: one card per question, the answer under it.

After the registration forms that commune boards now send as a Google Forms link (Q01) and the
way such a form prints (Q02): the browser's date and the form's title above the page, the title
card with the board's description (a deadline, a contact person and phone), the respondent's
address and "Chuyển đổi tài khoản", "*Bắt buộc", then each question in a grey box — its text with
a red "*", a help line in small grey (often an example value), the answer under it; a choice
question prints every option with "◉" on the chosen one; an unanswered question keeps its grey
placeholder "Câu trả lời của bạn". The "Gửi" button, Google's disclaimer and the page's address
close it.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, iso, joined, phone_digits

GREY = RGBColor(0x70, 0x75, 0x7A)
RED = RGBColor(0xD9, 0x30, 0x25)
PURPLE = RGBColor(0x67, 0x3A, 0xB7)
TYPES = {"collective": "Tập thể", "individual": "Cá nhân"}


def _card(doc: Document, question: str, required: bool, help_text: str | None) -> Any:
    tbl = k.table(doc, 1, [16.0])
    for edge in tbl._tbl.tblPr.find(qn("w:tblBorders")):
        edge.set(qn("w:color"), "DADCE0")
    cell = tbl.cell(0, 0)
    first = cell.paragraphs[0]
    first.paragraph_format.space_before = Pt(4)
    first.add_run(question)
    if required:
        star = first.add_run(" *")
        star.font.color.rgb = RED
    if help_text:
        hint = cell.add_paragraph().add_run(help_text)
        hint.font.size, hint.font.color.rgb = Pt(10), GREY
    return cell


def _short(cell: Any, answer: str | list[str] | None) -> None:
    if not answer:
        run = cell.add_paragraph().add_run("Câu trả lời của bạn")
        run.font.color.rgb = GREY
    else:
        for line in [answer] if isinstance(answer, str) else answer:
            cell.add_paragraph(line)
    rule = cell.add_paragraph().add_run("_" * 52)
    rule.font.size, rule.font.color.rgb = Pt(8), GREY
    doc_space(cell)


def doc_space(cell: Any) -> None:
    cell.paragraphs[-1].paragraph_format.space_after = Pt(6)


def _choice(cell: Any, options: list[str], chosen: str | None, other: str | None = None) -> None:
    for option in options:
        cell.add_paragraph(f"{'◉' if option == chosen else '◯'}  {option}")
    if other is not None:
        cell.add_paragraph(f"{'◉' if other else '◯'}  Khác: {other}")
    doc_space(cell)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=12, font="Arial")
    k.tabbed(doc, [(v["printed"], "", 8), ("Đăng ký mô hình Dân vận khéo năm 2026", "", 8)], [9.0])
    bar = k.table(doc, 1, [16.0])
    for edge in bar._tbl.tblPr.find(qn("w:tblBorders")):
        edge.set(qn("w:color"), "673AB7")
        if edge.tag == qn("w:top"):
            edge.set(qn("w:sz"), "36")
    cell = bar.cell(0, 0)
    title = cell.paragraphs[0].add_run("ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026")
    title.font.size, title.bold = Pt(18), True
    for line in v["description"]:
        cell.add_paragraph(line)
    mail = cell.add_paragraph()
    mail.add_run(v["email"]).bold = True
    switch = mail.add_run("   Chuyển đổi tài khoản")
    switch.font.color.rgb = PURPLE
    cell.add_paragraph("Không được chia sẻ").runs[0].font.color.rgb = GREY
    need = cell.add_paragraph().add_run("*Bắt buộc")
    need.font.color.rgb = RED
    doc_space(cell)
    k.para(doc, "", after=2)

    person, position = v["leader"]
    q = _card(doc, "Email", True, None)
    _short(q, v["email"])
    q = _card(doc, "Tên đơn vị đăng ký", True, v["unit_help"])
    _short(q, v["unit"])
    q = _card(doc, "Tên mô hình", True, "Tên ngắn gọn, dễ nhớ; không quá 20 chữ")
    _short(q, v["model"])
    q = _card(doc, "Loại mô hình", True, None)
    _choice(q, list(TYPES.values()), TYPES.get(v.get("type") or ""))
    q = _card(doc, "Lĩnh vực", True, "Chọn một lĩnh vực chính")
    domains = [DOMAIN_VI[d].capitalize() for d in DOMAIN_VI]
    chosen = DOMAIN_VI[v["domain"]].capitalize() if v.get("domain") else None
    _choice(q, domains, chosen, v.get("domain_other", ""))
    q = _card(doc, "Họ và tên người phụ trách mô hình", True, None)
    _short(q, v.get("name_answer", person))
    q = _card(doc, "Chức vụ", False, None)
    _short(q, v.get("position_answer", position))
    q = _card(doc, "Số điện thoại liên hệ", True, "Ví dụ: 0912 345 678")
    _short(q, v.get("phone"))
    q = _card(doc, "Địa bàn thực hiện", False, None)
    _short(q, v["location"])
    q = _card(doc, "Nội dung, cách làm chủ yếu", True, "Trả lời dài; mỗi ý một dòng")
    _short(q, v["content"])
    q = _card(doc, "Địa danh, ngày đăng ký", False, "Ví dụ: Tà Bó Giàng, ngày 01 tháng 3 năm 2026")
    place_day = v.get("date")
    _short(q, f"{place_day[0]}, ngày {place_day[1]:02d} tháng {place_day[2]} năm 2026"
           if place_day else None)  # fmt: skip
    k.para(doc, "", after=2)
    k.tabbed(doc, [("Gửi", "b"), ("Xóa hết câu trả lời", "")], [12.0])
    k.para(doc, ("Không bao giờ gửi mật khẩu thông qua Google Biểu mẫu.", "", 9), after=2)
    k.para(
        doc,
        ("Nội dung này không phải do Google tạo ra hay xác nhận. Báo cáo Lạm dụng - Điều khoản "
         "Dịch vụ - Chính sách quyền riêng tư", "", 8),
        align="center",
    )  # fmt: skip
    k.para(doc, ("Google Biểu mẫu", "b", 14), align="center", after=4)
    k.tabbed(doc, [(URL, "", 8), ("2/2", "", 8)], [16.0], right_last=True)

    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(place_day[1], place_day[2], 2026) if place_day else None,
    }
    alt = {"unit_name": v.get("unit_alt", []), "leader_position": v.get("position_alt", [])}
    return doc, Truth("registration", fields, v["unit_id"], alt, v["traits"])


DESCRIPTION = [
    "Thực hiện Kế hoạch số 09-KH/ĐU ngày 12/02/2026 của Đảng ủy xã Tà Bó Giàng, đề nghị các chi "
    "bộ, đoàn thể, cơ quan, đơn vị đăng ký mô hình trước ngày 20/3/2026.",
    "Mọi vướng mắc xin liên hệ đồng chí Đàm Văn Khánh, Trưởng Ban Xây dựng Đảng, ĐT 0912 508 317.",
]
URL = "https://docs.google.com/forms/d/e/1FAIpQLSd8vKtbg2026DVK_xaTaBoGiang/viewform"

ENTRIES = (
    Entry(
        "r01-gform-tbg-cb-na-loa",
        ("scan", "doc"),
        {
            "unit_id": "tbg-cb-na-loa",
            "printed": "09/03/2026, 21:47",
            "description": DESCRIPTION,
            "email": "pjaonaloa1971@gmail.test",
            "unit_help": "Ghi đầy đủ tên đơn vị, ví dụ: Chi bộ thôn Khuổi Hảo",
            "unit": "Chi bộ Nà Lòa",
            "unit_alt": ["Chi bộ thôn Nà Lòa"],
            "model": "Chi bộ dẫn đường, nhà nhà trồng cam sành VietGAP",
            "type": "collective",
            "domain": "economy",
            "leader": ("Hoàng Văn Pjạo", "Bí thư Chi bộ, Trưởng thôn Nà Lòa"),
            "position_alt": ["Bí thư Chi bộ", "Bí thư Chi bộ, Trưởng thôn"],
            "phone": "0983 417 265",
            "location": "thôn Nà Lòa",
            "content": [
                "- Mỗi đảng viên nhận giúp 2 hộ chuyển vườn cam tạp sang trồng cam sành theo "
                "quy trình VietGAP.",
                "- Phối hợp HTX cam sành Nà Lòa mở 3 lớp tập huấn cắt tỉa, bón phân hữu cơ.",
                "- Vận động các hộ ghi sổ nhật ký vườn, không dùng thuốc cấm.",
            ],
            "date": ("Nà Lòa", 9, 3),
            "traits": [
                "google_form_printout",
                "example_unit_in_help",
                "example_phone_in_help",
                "alias_unit_name",
                "tay_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r02-gform-tbg-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "tbg-hoi-phu-nu",
            "printed": "11/03/2026, 07:12",
            "description": DESCRIPTION,
            "email": "nhai.phunu.tbg@gmail.test",
            "unit_help": "Ghi đầy đủ tên đơn vị, ví dụ: Chi bộ thôn Khuổi Hảo",
            "unit": "Hội Liên hiệp Phụ nữ xã Tà Bó Giàng",
            "model": "Chị Đặng Thị Mẩy giữ nghề thêu thổ cẩm Dao đỏ",
            "type": "individual",
            "domain": "culture_society",
            "leader": ("Đặng Thị Mẩy", "Chi hội trưởng Chi hội Phụ nữ thôn Nặm Đăm"),
            "position_alt": ["Chi hội trưởng"],
            "phone": "0392 655 081",
            "location": "thôn Nặm Đăm",
            "content": [
                "Chị Mẩy mở lớp dạy thêu miễn phí cho con gái Dao từ 12 tuổi vào tối thứ Bảy "
                "hằng tuần tại nhà văn hóa thôn.",
                "Liên kết với 2 cơ sở homestay để bán khăn, túi, áo thêu cho khách du lịch.",
            ],
            "date": ("Tà Bó Giàng", 10, 3),
            "traits": [
                "google_form_printout",
                "individual_model",
                "respondent_not_leader",
                "example_phone_in_help",
                "dao_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r03-gform-tbg-doan-xa",
        ("scan",),
        {
            "unit_id": "tbg-doan-xa",
            "printed": "18/03/2026, 16:30",
            "description": DESCRIPTION,
            "email": "doanxatabogiang@gmail.test",
            "unit_help": "Ghi đầy đủ tên đơn vị, ví dụ: Chi bộ thôn Khuổi Hảo",
            "unit": "Đoàn xã Tà Bó Giàng",
            "model": "Thanh niên Tà Bó Giàng đưa cam sành lên sàn thương mại điện tử",
            "type": "collective",
            "domain": "economy",
            "leader": ("Triệu Văn Quyền", "Bí thư Đoàn xã"),
            "name_answer": "Triệu Văn Quyền - Bí thư Đoàn xã",
            "position_answer": None,
            "phone": "0358.226.904",
            "location": "các thôn Nà Lòa, Khuổi Hảo, Nặm Đăm, Lùng Vài",
            "content": [
                "1. Lập tổ thanh niên hỗ trợ 40 hộ mở gian hàng cam sành trên sàn thương mại điện tử.",
                "2. Mỗi tuần livestream bán cam 2 buổi trong mùa thu hoạch.",
                "3. Hướng dẫn người dân dùng mã QR truy xuất nguồn gốc.",
            ],
            "date": None,
            "traits": [
                "google_form_printout",
                "position_in_name_answer",
                "empty_position_answer",
                "no_date",
                "example_date_in_help",
                "dao_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("googleform_traloi", "registration", ("Q01", "Q02"), render, ENTRIES)
