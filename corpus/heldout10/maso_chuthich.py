"""A provincial "Mẫu số 01" registration whose labels carry note marks explained at the bottom.

After the forms appended to provincial guidance on the "Dân vận khéo" movement (X01: "Mẫu số
01" top right, the superior body and the unit with a mark "(1)", "PHIẾU ĐĂNG KÝ …", numbered
items with marks "(2)" … "(7)", the date line, the signature) and the way such annexes explain
their blanks in a "Ghi chú:" block under the signature (X02). The notes give EXAMPLES of values
(a unit, a model, a phone, a domain list) that are not this document's values. The model's name
and the person in charge's phone are typed into Word frames (`w:framePr`, a bordered box beside
the label), as clerks do to keep a printed form's lines intact.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, phone_digits, signer_alt

NOTES = (
    "(1) Ghi tên cơ quan cấp trên trực tiếp và tên đơn vị đăng ký đúng như con dấu, ví dụ: "
    "“Chi bộ bản …”, “Hội Nông dân xã …”.",
    "(2) Tên mô hình ngắn gọn, nêu rõ việc làm, ví dụ: “Dân vận khéo trong phát triển cây mắc ca”.",
    "(3) Ghi “tập thể” hoặc “cá nhân”.",
    "(4) Chọn một trong bốn lĩnh vực: kinh tế; văn hóa - xã hội; quốc phòng - an ninh; xây "
    "dựng hệ thống chính trị.",
    "(5) Người phụ trách là người trực tiếp chỉ đạo mô hình (Bí thư chi bộ, Trưởng bản, Chi "
    "hội trưởng …); ghi số điện thoại di động, ví dụ: 0912 345 678.",
    "(6) Ghi tên bản, tổ dân cư hoặc cơ quan nơi thực hiện.",
    "(7) Nêu tối đa 5 nội dung, giải pháp chính; không chép lại kế hoạch của cấp trên.",
)


def framed(doc: Document, text: str, width_cm: float) -> Paragraph:
    """A paragraph in a Word frame at the right margin, boxed, that the text beside wraps."""
    paragraph = k.para(doc, (text, "b"), align="left", after=0)
    ppr = paragraph._p.get_or_add_pPr()
    frame = OxmlElement("w:framePr")
    for attr, value in (
        ("w:w", str(int(Cm(width_cm).twips))),
        ("w:hSpace", "142"),
        ("w:wrap", "around"),
        ("w:vAnchor", "text"),
        ("w:hAnchor", "margin"),
        ("w:xAlign", "right"),
        ("w:y", "1"),
    ):
        frame.set(qn(attr), value)
    borders = OxmlElement("w:pBdr")
    for edge in ("top", "left", "bottom", "right"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "6")
        line.set(qn("w:space"), "2")
        line.set(qn("w:color"), "000000")
        borders.append(line)
    ppr.insert(0, frame)
    ppr.append(borders)
    return paragraph


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.para(doc, ("Mẫu số 01", "bi"), align="right", after=0)
    head = k.header_block(
        doc,
        [(v["superior"], ""), (v["unit_caps"], "b"), "───────"],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    head.cell(0, 0).paragraphs[1].add_run("(1)").font.superscript = True
    k.para(doc, ("PHIẾU ĐĂNG KÝ", "b", 15), align="center", before=12, after=0)
    k.para(doc, ("XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "b"), align="center", after=8)
    k.para(doc, ("Kính gửi: ", "b"), v["to"], align="center", after=8)
    k.para(doc, ("1. Tên đơn vị đăng ký", "b"), ("(1)", "s"), ": ", v["unit"])
    framed(doc, v["model"], 9.5)
    k.para(doc, ("2. Tên mô hình", "b"), ("(2)", "s"), ":", after=14)
    k.para(doc, ("3. Loại mô hình", "b"), ("(3)", "s"), ": ", v["type_vi"])
    k.para(doc, ("4. Lĩnh vực", "b"), ("(4)", "s"), ": ", DOMAIN_VI[v["domain"]])
    person, position = v["leader"]
    k.para(doc, ("5. Người phụ trách", "b"), ("(5)", "s"), f": {person}; chức vụ: {position}")
    if v.get("phone"):
        framed(doc, v["phone"], 5.0)
        k.para(doc, "Số điện thoại liên hệ:", indent=0.5, after=8)
    k.para(doc, ("6. Địa bàn thực hiện", "b"), ("(6)", "s"), ": ", v["location"])
    k.para(doc, ("7. Nội dung, giải pháp thực hiện", "b"), ("(7)", "s"), ":")
    for line in v["content"]:
        k.para(doc, line, first=1.0)
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[(f"- {r};", "") for r in v["recipients"]], ("- Lưu.", "")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"][0], "b")],
    )
    k.para(doc, ("Ghi chú:", "bi", 11), before=10, after=0)
    for note in NOTES:
        k.para(doc, (note, "i", 11), after=0)
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": " ".join(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], v["signer"]),
    }
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"][0])
    return doc, truth


ENTRIES = (
    Entry(
        "r01-maso-hlc-cb-ban-hang-chua",
        ("scan", "doc"),
        {
            "unit_id": "hlc-cb-ban-hang-chua",
            "superior": "ĐẢNG ỦY XÃ HUỔI LẾCH",
            "unit_caps": "CHI BỘ BẢN HÁNG CHUA",
            "unit": "Chi bộ bản Háng Chua",
            "unit_alt": ["CHI BỘ BẢN HÁNG CHUA"],
            "date": ("Háng Chua", 9, 3, 2026),
            "to": "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Huổi Lếch",
            "model": "Bản Háng Chua nói không với ma túy và tảo hôn",
            "type": "collective",
            "type_vi": "tập thể",
            "domain": "security_defense",
            "leader": ("Giàng A Chư", "Bí thư Chi bộ, Trưởng bản"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0915 328 407",
            "location": "bản Háng Chua",
            "content": [
                "- Mỗi tháng một buổi sinh hoạt ở nhà văn hóa bản, người có uy tín dòng họ "
                "Giàng, Sùng, Thào nói chuyện bằng tiếng H'Mông về tác hại của ma túy và tảo hôn.",
                "- 12 tổ liên gia tự quản ký cam kết không để người nghiện mới, không cưới hỏi "
                "khi chưa đủ tuổi.",
                "- Đảng viên nhận theo dõi, giúp đỡ 5 người sau cai nghiện có việc làm trồng "
                "chè, nuôi dê.",
            ],
            "recipients": ["Đảng ủy xã (b/c)", "Ban Dân vận Đảng ủy xã"],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Giàng A Chư", "Bí thư"),
            "traits": [
                "form_notes",
                "note_examples",
                "value_in_frame",
                "phone_in_frame",
                "hmong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r02-maso-hlc-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "hlc-hoi-phu-nu",
            "superior": "HỘI LHPN TỈNH ĐIỆN BIÊN",
            "unit_caps": "HỘI LHPN XÃ HUỔI LẾCH",
            "unit": "Hội Phụ nữ xã Huổi Lếch",
            "unit_alt": ["Hội Liên hiệp Phụ nữ xã Huổi Lếch", "HỘI LHPN XÃ HUỔI LẾCH"],
            "date": ("Huổi Lếch", 16, 3, 2026),
            "to": "Ban Thường vụ Hội LHPN tỉnh Điện Biên",
            "model": "Lò Thị Xuân dạy chị em dệt thổ cẩm Thái giữ nghề truyền thống",
            "type": "individual",
            "type_vi": "cá nhân",
            "domain": "culture_society",
            "leader": ("Lò Thị Xuân", "Chi hội trưởng Phụ nữ bản Nà Sáng"),
            "position_alt": ["Chi hội trưởng"],
            "phone": "0386.712.905",
            "location": "bản Nà Sáng",
            "content": [
                "1. Mở lớp dệt thổ cẩm tại gầm nhà sàn vào tối thứ Ba, thứ Sáu cho chị em và "
                "các cháu gái Thái.",
                "2. Tự bỏ khung dệt, sợi bông và chàm nhuộm để các chị học trước, trả dần bằng "
                "sản phẩm.",
                "3. Liên hệ homestay ở bản bán khăn piêu, túi thổ cẩm cho khách du lịch.",
            ],
            "recipients": ["Hội LHPN tỉnh", "Đảng ủy xã"],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": ("Vàng Thị Mỷ", "Chủ tịch"),
            "traits": [
                "form_notes",
                "note_examples",
                "value_in_frame",
                "phone_in_frame",
                "individual_model",
                "alias_unit_name",
                "signer_not_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r03-maso-hlc-cong-an",
        ("scan",),
        {
            "unit_id": "hlc-cong-an",
            "superior": "CÔNG AN TỈNH ĐIỆN BIÊN",
            "unit_caps": "CÔNG AN XÃ HUỔI LẾCH",
            "unit": "Công an xã Huổi Lếch",
            "unit_alt": ["CÔNG AN XÃ HUỔI LẾCH"],
            "date": ("Huổi Lếch", 23, 3, 2026),
            "to": "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Huổi Lếch",
            "model": "Camera an ninh bản Sín Chải – mắt thần nơi biên giới",
            "type": "collective",
            "type_vi": "tập thể",
            "domain": "security_defense",
            "leader": ("Vàng A Dế", "Phó Trưởng Công an xã"),
            "position_alt": ["Phó Trưởng Công an"],
            "location": "bản Sín Chải và đường liên bản Sín Chải – Háng Chua",
            "content": [
                "+ Vận động các hộ kinh doanh, người dân đóng góp lắp 8 camera tại ngã ba, cầu "
                "treo và điểm trường.",
                "+ Tổ an ninh trật tự cơ sở trực màn hình tại nhà văn hóa bản; kết nối nhóm Zalo "
                "“An ninh Sín Chải” với Công an xã.",
                "+ Hằng quý họp bản đánh giá, biểu dương hộ phát hiện, tố giác tội phạm.",
            ],
            "recipients": ["Công an tỉnh (Phòng PV05)", "Đảng ủy xã"],
            "sign_block": ["TRƯỞNG CÔNG AN XÃ"],
            "signer": ("Thiếu tá Lò Văn Khiêm", "Trưởng Công an xã"),
            "traits": [
                "form_notes",
                "note_examples",
                "value_in_frame",
                "no_phone",
                "signer_not_leader",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("maso_chuthich", "registration", ("X01", "X02"), render, ENTRIES)
