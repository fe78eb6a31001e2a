"""A province-style registration slip with check boxes, for a commune after the 2025 reform.

Built from the registration criteria of provincial "Dân vận khéo" guidance (name and address,
one of the four domains, collective or individual, who answers for it): the labels stand alone
on their lines without a colon and the value is on the next line; type and domain are lines of
check boxes written three ways — Word content controls, Wingdings symbols, or typed "[x]";
the person in charge is one line "Ông/Bà … – position – phone".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.text.paragraph import Paragraph

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

TYPES = (("collective", "Tập thể"), ("individual", "Cá nhân"))
DOMAINS = tuple((key, label.capitalize()) for key, label in DOMAIN_VI.items())


def _boxes(doc: Document, options: tuple[tuple[str, str], ...], chosen: str, style: str) -> None:
    paragraph: Paragraph = k.para(doc, "", indent=0.5)
    for number, (key, label) in enumerate(options):
        gap = "    " if number else ""
        if style == "content-control":
            paragraph.add_run(gap)
            k.content_checkbox(paragraph, key == chosen, label)
        elif style == "wingdings":
            paragraph.add_run(gap)
            k.wingdings(paragraph, "F0FE" if key == chosen else "F0A8")
            paragraph.add_run(f" {label}")
        else:
            paragraph.add_run(f"{gap}[{'x' if key == chosen else ' '}] {label}")


def _label(doc: Document, number: int, text: str) -> None:
    k.para(doc, (f"{number}. {text}", "b"), before=4, after=1)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.para(doc, ("Mẫu 01", "bi", 12), align="right", after=4)
    k.para(doc, ("PHIẾU ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH", "b", 14), align="center", after=0)
    k.para(doc, (f"“DÂN VẬN KHÉO” NĂM {v['date'][3]}", "b", 14), align="center", after=0)
    k.para(doc, (f"(Kèm theo {v['guidance']})", "i", 12), align="center", after=8)
    _label(doc, 1, "Đơn vị đăng ký")
    k.para(doc, v["unit"], indent=0.5)
    _label(doc, 2, "Loại mô hình")
    _boxes(doc, TYPES, v["type"], v["boxes"])
    _label(doc, 3, "Lĩnh vực")
    _boxes(doc, DOMAINS[:2], v["domain"], v["boxes"])
    _boxes(doc, DOMAINS[2:], v["domain"], v["boxes"])
    _label(doc, 4, "Tên mô hình, điển hình")
    k.para(doc, v["model"], indent=0.5)
    _label(doc, 5, "Người chịu trách nhiệm chính (họ tên, chức vụ, số điện thoại)")
    person = v["person"]
    k.para(doc, f"{person[0]} – {person[1]} – {v['phone']}", indent=0.5)
    _label(doc, 6, "Địa chỉ thực hiện")
    k.para(doc, v["location"], indent=0.5)
    _label(doc, 7, "Nội dung, giải pháp thực hiện")
    for line in v["content"]:
        k.para(doc, line, indent=0.5)
    k.para(doc, (date_line(*v["date"]), "i"), align="right", before=8)
    tbl = k.table(doc, 1, (7.5, 8.5), grid=False)
    k.cell_text(
        tbl.cell(0, 1),
        [("THỦ TRƯỞNG ĐƠN VỊ", "b"), ("(Ký tên, đóng dấu)", "i"), "", "", "", (v["signer"], "b")],
        align="center",
    )
    name = person[0].split(" ", 1)[1] if person[0].startswith(("Ông ", "Bà ")) else person[0]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": name,
        "leader_position": person[1],
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], v["unit"])
    return doc, truth


GUIDANCE = "Hướng dẫn số 03-HD/BXDĐ ngày 26/02/2026 của Ban Xây dựng Đảng, Đảng ủy xã"

ENTRIES = (
    Entry(
        "c25-checkbox-lhd-mttq",
        ("scan", "doc"),
        {
            "unit_id": "lhd-mttq",
            "guidance": GUIDANCE,
            "boxes": "content-control",
            "unit": "Ủy ban MTTQ Việt Nam xã Lạc Hưng Đông",
            "unit_alt": [
                "Ủy ban Mặt trận Tổ quốc Việt Nam xã Lạc Hưng Đông",
                "MTTQ xã Lạc Hưng Đông",
            ],
            "type": "collective",
            "domain": "culture_society",
            "model": "Mặt trận chung tay xây nhà Đại đoàn kết sau sáp nhập",
            "person": ("Ông Tống Văn Hiệp", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
            "position_alt": ["Chủ tịch Ủy ban MTTQ xã", "Chủ tịch"],
            "phone": "0912.447.630",
            "location": "Các thôn Đông Hạ, Thượng Phúc, Lạc Thiện, Hưng Long",
            "content": [
                "- Rà soát hộ nghèo, gia đình chính sách còn nhà xuống cấp ở các thôn của ba xã "
                "cũ, lập danh sách ưu tiên công khai tại nhà văn hóa.",
                "- Vận động doanh nghiệp, con em xa quê, các tổ chức thành viên đóng góp tiền, "
                "ngày công; mỗi nhà có một đoàn thể nhận đỡ đầu.",
            ],
            "signer": "Tống Văn Hiệp",
            "date": ("Lạc Hưng Đông", 30, 3, 2026),
            "traits": [
                "label_on_own_line",
                "content_control_checkboxes",
                "honorific_in_value",
                "person_phone_one_line",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "c26-checkbox-lhd-quan-su",
        ("photo",),
        {
            "unit_id": "lhd-quan-su",
            "guidance": GUIDANCE,
            "boxes": "wingdings",
            "unit": "Ban Chỉ huy Quân sự xã Lạc Hưng Đông",
            "unit_alt": ["Ban CHQS xã Lạc Hưng Đông", "Ban Chỉ huy Quân sự xã"],
            "type": "collective",
            "domain": "security_defense",
            "model": "Dân quân giúp dân mùa mưa bão",
            "person": ("Ông Hoàng Văn Dũng", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã"),
            "position_alt": ["Chỉ huy trưởng"],
            "phone": "+84 983 120 554",
            "location": "Các khu dân cư ven sông Vạc và vùng trũng thôn Lạc Thiện",
            "content": [
                "- Duy trì 3 tổ dân quân trực giúp dân gia cố nhà cửa, di dời tài sản, thu hoạch "
                "lúa chạy bão.",
                "- Kết hợp tuyên truyền Luật Nghĩa vụ quân sự tại các buổi giúp dân.",
            ],
            "signer": "Hoàng Văn Dũng",
            "date": ("Lạc Hưng Đông", 1, 4, 2026),
            "traits": [
                "label_on_own_line",
                "wingdings_checkboxes",
                "honorific_in_value",
                "international_phone",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "c27-checkbox-lhd-chi-doan",
        ("scan",),
        {
            "unit_id": "lhd-chi-doan-hung-long",
            "guidance": GUIDANCE,
            "boxes": "typed",
            "unit": "Chi đoàn thôn Hưng Long",
            "unit_alt": ["Chi đoàn Hưng Long"],
            "type": "individual",
            "domain": "economy",
            "model": "Thanh niên khởi nghiệp bán nông sản quê hương trên mạng",
            "person": ("Bà Đặng Thị Ngọc Ánh", "Bí thư Chi đoàn"),
            "phone": "0356 090 442",
            "location": "Thôn Hưng Long, xã Lạc Hưng Đông",
            "content": [
                "Mở gian hàng trực tuyến bán gạo, mắm tép, nem chua của các hộ trong thôn; hướng "
                "dẫn 10 đoàn viên làm video giới thiệu sản phẩm và tự bán hàng.",
            ],
            "signer": "Quách Minh Hiếu",
            "date": ("Lạc Hưng Đông", 27, 3, 2026),
            "traits": [
                "label_on_own_line",
                "typed_checkboxes",
                "honorific_in_value",
                "leader_not_signer",
                "individual",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("phieu_checkbox", "registration", ("S10", "S11"), render, ENTRIES)
