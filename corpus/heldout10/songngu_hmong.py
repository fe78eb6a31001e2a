"""A bilingual registration: every Vietnamese label has its H'Mông gloss on the line under it.

After the two-language papers that highland communes hand to H'Mông villagers (X03: the
Vietnamese label first, its gloss in the H'Mông Latin script (RPA) in italics under it, as on
bilingual notices and leaflets of the ethnic minority programmes) and the registration items of
the movement (X04). The value follows the Vietnamese label on the same line, so the gloss sits
between one value and the next label; the title and the "Kính gửi" are glossed too. The glosses
are the writer's, from dictionary knowledge of H'Mông Đơ, not checked by a speaker.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, phone_digits, signer_alt

GLOSS = {
    "unit": "Npe koom haum sau npe",
    "model": "Npe tus qauv",
    "type": "Hom qauv: ib pab neeg los yog ib tug neeg",
    "domain": "Ceg haujlwm",
    "person": "Tus neeg saib xyuas",
    "position": "Txoj haujlwm",
    "phone": "Tus xov tooj",
    "location": "Qhov chaw ua",
    "content": "Cov haujlwm yuav ua",
}


def _item(doc: Document, number: int, label: str, value: str, gloss: str) -> None:
    k.para(doc, (f"{number}. {label}: ", "b"), value, after=0)
    k.para(doc, (f"({gloss})", "i", 11), indent=0.6, after=4)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["unit_caps"], "b"), "───────"],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    k.para(doc, ("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”", "b", 14), align="center", before=12)
    k.para(doc, ("DAIM NTAWV SAU NPE TUS QAUV “DAN VAAJ KHEEB”", "i", 12), align="center")
    k.para(doc, ("Năm 2026 – Xyoo 2026", "b"), align="center", after=8)
    k.para(doc, ("Kính gửi: ", "b"), v["to"], align="center", after=0)
    k.para(doc, ("(Xa mus rau: Pawg thawj coj “Dan vaaj kheeb” hauv xaa)", "i", 11), align="center")
    person, position = v["leader"]
    n = 1
    _item(doc, n, "Tên đơn vị đăng ký", v["unit"], GLOSS["unit"])
    n += 1
    _item(doc, n, "Tên mô hình", v["model"], GLOSS["model"])
    if v.get("type_vi"):
        n += 1
        _item(doc, n, "Loại mô hình", v["type_vi"], GLOSS["type"])
    n += 1
    _item(doc, n, "Lĩnh vực", DOMAIN_VI[v["domain"]], GLOSS["domain"])
    n += 1
    _item(doc, n, "Người phụ trách", person, GLOSS["person"])
    n += 1
    _item(doc, n, "Chức vụ", position, GLOSS["position"])
    n += 1
    _item(doc, n, "Số điện thoại", v.get("phone") or "", GLOSS["phone"])
    n += 1
    _item(doc, n, "Địa bàn thực hiện", v["location"], GLOSS["location"])
    n += 1
    k.para(doc, (f"{n}. Nội dung, giải pháp: ", "b"), after=0)
    k.para(doc, (f"({GLOSS['content']})", "i", 11), indent=0.6, after=2)
    for line in v["content"]:
        k.para(doc, line, first=1.0)
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[(f"- {r};", "") for r in v["recipients"]], ("- Lưu.", "")],
        [
            *[(line, "b") for line in v["sign_block"]],
            ("(Kos npe)", "i", 11),
            "",
            "",
            (v["signer"][0], "b"),
        ],
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
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
        "r04-songngu-hlc-hoi-nong-dan",
        ("scan", "doc"),
        {
            "unit_id": "hlc-hoi-nong-dan",
            "superior": "HỘI NÔNG DÂN TỈNH ĐIỆN BIÊN",
            "unit_caps": "HỘI NÔNG DÂN XÃ HUỔI LẾCH",
            "unit": "Hội Nông dân xã Huổi Lếch",
            "unit_alt": ["HỘI NÔNG DÂN XÃ HUỔI LẾCH"],
            "date": ("Huổi Lếch", 4, 3, 2026),
            "to": "Ban Thường vụ Hội Nông dân tỉnh Điện Biên",
            "model": "Trồng mắc ca xen cà phê trên đất dốc",
            "type": "collective",
            "type_vi": "tập thể",
            "domain": "economy",
            "leader": ("Sùng A Lử", "Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0978 240 316",
            "location": "bản Háng Chua và bản Sín Chải",
            "content": [
                "- Vận động hội viên chuyển 35 ha nương ngô thoái hóa sang trồng mắc ca xen cà "
                "phê, làm băng cỏ chống xói mòn.",
                "- Phối hợp doanh nghiệp bao tiêu hạt mắc ca, hỗ trợ cây giống trả chậm.",
                "- Mở lớp tập huấn kỹ thuật ngay tại nương, nói bằng tiếng H'Mông.",
            ],
            "recipients": ["Hội Nông dân tỉnh", "Đảng ủy xã"],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": ("Sùng A Lử", "Chủ tịch"),
            "traits": [
                "bilingual_hmong",
                "gloss_under_label",
                "hmong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r05-songngu-hlc-cb-ban-sin-chai",
        ("photo",),
        {
            "unit_id": "hlc-cb-ban-sin-chai",
            "superior": "ĐẢNG BỘ XÃ HUỔI LẾCH",
            "unit_caps": "CHI BỘ BẢN SÍN CHẢI",
            "unit": "CB bản Sín Chải",
            "unit_alt": ["Chi bộ bản Sín Chải", "CHI BỘ BẢN SÍN CHẢI"],
            "date": ("Sín Chải", 12, 3, 2026),
            "to": "Ban Chỉ đạo phong trào “Dân vận khéo” xã Huổi Lếch",
            "model": "Đám ma văn minh, không để người chết trong nhà nhiều ngày",
            "domain": "culture_society",
            "leader": ("Thào A Sình", "Trưởng bản Sín Chải"),
            "position_alt": ["Trưởng bản"],
            "location": "bản Sín Chải",
            "content": [
                "1. Trưởng bản, trưởng dòng họ Thào, Vàng, Mùa cùng thống nhất hương ước: tổ "
                "chức tang lễ không quá 48 giờ, không mổ nhiều trâu bò.",
                "2. Đảng viên, người có uy tín làm trước; tổ hiếu hỉ của bản giúp gia đình có "
                "tang.",
                "3. Tuyên truyền trên loa bản bằng tiếng H'Mông mỗi sáng thứ Hai.",
            ],
            "recipients": ["Đảng ủy xã"],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Mùa A Giống", "Bí thư"),
            "traits": [
                "bilingual_hmong",
                "gloss_under_label",
                "empty_phone",
                "no_model_type",
                "alias_unit_name",
                "signer_not_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r06-songngu-hlc-mttq",
        ("scan",),
        {
            "unit_id": "hlc-mttq",
            "superior": "ỦY BAN MTTQ VIỆT NAM TỈNH ĐIỆN BIÊN",
            "unit_caps": "ỦY BAN MTTQ VIỆT NAM XÃ HUỔI LẾCH",
            "unit": "Ủy ban MTTQ Việt Nam xã Huổi Lếch",
            "date": ("Huổi Lếch", 18, 3, 2026),
            "to": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Điện Biên",
            "model": "Ban Công tác Mặt trận bản giám sát công trình đường về bản",
            "type": "collective",
            "type_vi": "tập thể",
            "domain": "political_system",
            "leader": ("Quàng Văn Thịnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
            "position_alt": ["Chủ tịch Ủy ban MTTQ"],
            "phone": "0215 3 862 451",
            "location": "4 bản của xã",
            "content": [
                "- Mỗi bản lập tổ giám sát đầu tư của cộng đồng gồm trưởng ban công tác Mặt "
                "trận, người có uy tín và đại diện phụ nữ.",
                "- Công khai dự toán, khối lượng đường bê tông tại nhà văn hóa bằng hai thứ "
                "tiếng Việt và H'Mông.",
                "- Tổng hợp ý kiến của dân gửi UBND xã sau mỗi đợt nghiệm thu.",
            ],
            "recipients": ["Ủy ban MTTQ Việt Nam tỉnh", "Đảng ủy xã"],
            "sign_block": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
            "signer": ("Quàng Văn Thịnh", "Chủ tịch"),
            "traits": [
                "bilingual_hmong",
                "gloss_under_label",
                "landline",
                "thai_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("songngu_hmong", "registration", ("X03", "X04"), render, ENTRIES)
