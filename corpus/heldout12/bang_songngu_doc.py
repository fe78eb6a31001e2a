"""A registration typed in a table whose section cells are rotated and whose labels are bilingual.

After the forms of projects run with foreign donors in the coastal Mekong delta, which print
every label in Vietnamese with its English under it so that both the commune and the donor's
staff can read them (Z08: "Tên đơn vị / Unit name", "Người phụ trách / Person in charge", a
project code, the donor's name), and the tables that group their rows under a merged cell whose
text runs bottom to top (Z09: Word's "Text direction" on a merged first column, "ĐƠN VỊ / UNIT",
"MÔ HÌNH / MODEL" …). The values are in Vietnamese; the check boxes carry both languages; the
project's own code, beneficiaries and budget are not the model's fields.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

DOMAIN_EN = {
    "economy": "Economy",
    "culture_society": "Culture - society",
    "security_defense": "Defence - security",
    "political_system": "Political system",
}


def _rotate(cell: _Cell) -> None:
    direction = OxmlElement("w:textDirection")
    direction.set(qn("w:val"), "btLr")
    cell._tc.get_or_add_tcPr().append(direction)
    align = OxmlElement("w:vAlign")
    align.set(qn("w:val"), "center")
    cell._tc.get_or_add_tcPr().append(align)


def _box(checked: bool) -> str:
    return "☒" if checked else "☐"


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=12)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["unit_caps"], "b"), "───────"],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
        widths=(7.0, 9.0),
    )
    k.para(doc, (v["project"], "i", 10), align="center", before=6, after=4)
    k.para(doc, ("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "b", 14), align="center",
           after=0)  # fmt: skip
    k.para(doc, ("REGISTRATION FORM – “SKILFUL MASS MOBILISATION” MODEL 2026", "bi", 11),
           align="center", after=8)  # fmt: skip
    person, position = v["leader"]
    kind = v.get("type")
    kinds = [
        f"{_box(kind == 'collective')} Tập thể / Collective     "
        f"{_box(kind == 'individual')} Cá nhân / Individual"
    ]
    domain = v.get("domain")
    domains = [f"{DOMAIN_VI[domain]} / {DOMAIN_EN[domain]}"] if domain else [""]
    sections: list[tuple[str, list[tuple[str, str, list[str]]]]] = [
        (
            "ĐƠN VỊ / UNIT",
            [
                ("Tên đơn vị", "Unit name", [v["unit"]]),
                ("Mã hồ sơ dự án", "Project file No.", [v["file_no"]]),
            ],
        ),
        (
            "MÔ HÌNH / MODEL",
            [
                ("Tên mô hình", "Model name", [v["model"]]),
                ("Loại mô hình", "Type", kinds),
                ("Lĩnh vực", "Field", domains),
                ("Địa bàn thực hiện", "Location", [v["location"]]),
            ],
        ),
        (
            "PHỤ TRÁCH / IN CHARGE",
            [
                ("Họ và tên", "Full name", [person]),
                ("Chức vụ", "Position", [position]),
                ("Điện thoại", "Phone", [v.get("phone") or ""]),
            ],
        ),
        (
            "NỘI DUNG / ACTIVITIES",
            [
                ("Nội dung, giải pháp", "Activities, solutions", v["content"]),
                ("Số hộ hưởng lợi dự kiến", "Expected beneficiaries", [v["beneficiaries"]]),
            ],
        ),
    ]
    count = sum(len(rows) for _, rows in sections)
    grid = k.table(doc, count, (1.4, 4.4, 10.2))
    index = 0
    for heading, rows in sections:
        first = grid.cell(index, 0)
        merged = first.merge(grid.cell(index + len(rows) - 1, 0)) if len(rows) > 1 else first
        k.cell_text(merged, [(heading, "b")], align="center", size=9)
        _rotate(merged)
        for label, english, lines in rows:
            k.cell_text(grid.cell(index, 1), [(label, "b"), (english, "i", 10)], size=0)
            k.cell_text(grid.cell(index, 2), list(lines))
            index += 1
    k.para(doc, (v["note"], "i", 10), before=4)
    k.signature(
        doc,
        [("Xác nhận của nhà tài trợ / Donor's acknowledgement", "bi"), "", "", "",
         (v["donor_officer"], "")],
        [*[(line, "b") for line in v["sign_block"]], ("(Ký tên / Signature)", "i"), "", "", "",
         (v["signer"][0], "b")],
    )  # fmt: skip
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": kind,
        "domain": domain,
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
    }
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"][0])
    return doc, truth


ENTRIES = (
    Entry(
        "w13-songngu-bst-mttq",
        ("scan", "doc"),
        {
            "unit_id": "bst-mttq",
            "superior": "ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU",
            "unit_caps": "ỦY BAN MTTQ VIỆT NAM XÃ BÀO SEN TÂY",
            "date": ("Bào Sen Tây", 16, 3, 2026),
            "project": "Dự án “Cộng đồng ven biển thích ứng với biến đổi khí hậu” – "
            "Coastal Communities Resilience Project (CCRP), tài trợ bởi Quỹ Mekong Xanh",
            "unit": "Ủy ban MTTQ Việt Nam xã Bào Sen Tây",
            "unit_alt": ["ỦY BAN MTTQ VIỆT NAM XÃ BÀO SEN TÂY"],
            "file_no": "CCRP-CM-2026-014",
            "model": "Mặt trận cùng dân giữ nước ngọt mùa hạn mặn",
            "type": "collective",
            "domain": "culture_society",
            "location": "ấp Xẻo Mắm và ấp Kinh Ngang",
            "leader": ("Danh Sà Rết", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
            "position_alt": ["Chủ tịch Ủy ban MTTQ", "Chủ tịch"],
            "phone": "0942 507 386",
            "content": [
                "- Vận động mỗi hộ trữ ít nhất 2 m³ nước ngọt trước mùa khô;",
                "- Lập 6 tổ tự quản đóng, mở cống theo lịch độ mặn;",
                "- Phối hợp dự án cấp 80 bồn chứa cho hộ nghèo, cận nghèo.",
            ],
            "beneficiaries": "240 hộ",
            "note": "Ghi chú / Note: Ngân sách dự án (không thuộc kinh phí đơn vị huy động): "
            "350.000.000 đồng / Project budget: VND 350,000,000.",
            "donor_officer": "Nguyễn Hoàng Lan (CCRP)",
            "sign_block": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
            "signer": ("Danh Sà Rết", "Chủ tịch"),
            "traits": [
                "rotated_section_cells",
                "bilingual_labels",
                "checkbox_bilingual",
                "decoy_project_code",
                "decoy_budget",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w14-songngu-bst-truong",
        ("photo",),
        {
            "unit_id": "bst-truong",
            "superior": "UBND XÃ BÀO SEN TÂY",
            "unit_caps": "TRƯỜNG TH BÀO SEN TÂY",
            "date": ("Bào Sen Tây", 24, 3, 2026),
            "project": "Chương trình “Trường học an toàn trước thiên tai” – Safe Schools "
            "Programme, hỗ trợ bởi tổ chức Children First Mekong",
            "unit": "Trường TH Bào Sen Tây",
            "unit_alt": ["Trường Tiểu học Bào Sen Tây", "TRƯỜNG TH BÀO SEN TÂY"],
            "file_no": "SSP/CM/26-07",
            "model": "Dạy bơi an toàn cho học sinh vùng sông nước",
            "type": "collective",
            "domain": "culture_society",
            "location": "ao bơi di động tại điểm trường chính ấp Bào Sen",
            "leader": ("Lâm Thị Sa Ranh", "Hiệu trưởng"),
            "phone": "0945 118 372",
            "content": [
                "1. Mỗi năm dạy bơi 10 buổi cho toàn bộ học sinh lớp 3, lớp 4;",
                "2. Vận động phụ huynh làm áo phao từ can nhựa cho con đi xuồng;",
                "3. Giáo viên người Khmer dạy song ngữ kỹ năng phòng đuối nước.",
            ],
            "beneficiaries": "312 học sinh",
            "note": "Ghi chú / Note: Dự án cấp 01 bể bơi di động trị giá 180 triệu đồng "
            "(hiện vật) / In-kind: one portable pool.",
            "donor_officer": "Peter Holm",
            "sign_block": ["HIỆU TRƯỞNG"],
            "signer": ("Lâm Thị Sa Ranh", "Hiệu trưởng"),
            "traits": [
                "rotated_section_cells",
                "bilingual_labels",
                "checkbox_bilingual",
                "decoy_project_code",
                "foreign_name_signature",
                "alias_unit_name",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w15-songngu-bst-cb-ap-xeo-mam",
        ("scan",),
        {
            "unit_id": "bst-cb-ap-xeo-mam",
            "superior": "ĐẢNG BỘ XÃ BÀO SEN TÂY",
            "unit_caps": "CHI BỘ ẤP XẺO MẮM",
            "date": ("Bào Sen Tây", 2, 4, 2026),
            "project": "Dự án “Rừng ngập mặn cho sinh kế” – Mangroves for Livelihoods (M4L)",
            "unit": "Chi bộ ấp Xẻo Mắm",
            "unit_alt": ["CHI BỘ ẤP XẺO MẮM"],
            "file_no": "M4L-2026/CM-03",
            "model": "Đảng viên nhận chăm sóc rừng đước, giao khoán cho hộ nghèo",
            "type": None,
            "domain": "economy",
            "location": "bãi bồi ven biển ấp Xẻo Mắm",
            "leader": ("Nguyễn Văn Tám", "Bí thư Chi bộ"),
            "position_alt": ["Bí thư"],
            "content": [
                "- Mỗi đảng viên nhận chăm sóc 2 ha rừng đước trồng mới;",
                "- Giao khoán bảo vệ rừng cho 18 hộ nghèo, hộ được hưởng lợi thủy sản dưới tán;",
                "- Họp dân hằng quý công khai diện tích, sản lượng khai thác.",
            ],
            "beneficiaries": "18 hộ nghèo",
            "note": "Ghi chú / Note: Diện tích dự án hỗ trợ trồng mới 45 ha / 45 ha of new "
            "planting supported by the project.",
            "donor_officer": "Trịnh Quốc Bảo (M4L)",
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Nguyễn Văn Tám", "Bí thư"),
            "traits": [
                "rotated_section_cells",
                "bilingual_labels",
                "checkbox_bilingual",
                "no_type_checked",
                "empty_phone",
                "decoy_project_code",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("bang_songngu_doc", "registration", ("Z08", "Z09"), render, ENTRIES)
