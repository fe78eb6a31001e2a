"""A certified copy ("SAO Y BẢN CHÍNH"): the unit's registration followed by another body's
copy block, with its own number, date, recipients and signer.

After the copy forms of Decree 30/2020 (V05: "SAO Y", "Số: …/SY-…", place and date, "Nơi
nhận", the signer's authority and name, appended below the copied text) and of the Party's
administrative guidance (V06: "SAO Y BẢN CHÍNH" under the Party office's name): the original
registration (the unit's header, "BẢN ĐĂNG KÝ …", "Kính gửi", the items as "label: value"
paragraphs, the unit's signature), then a full-width rule and the copy block of the commune's
Party office or People's Committee, which sends the copy on. The copy's number, date and signer
are not the registration's.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

TYPE_VI = {"collective": "tập thể", "individual": "cá nhân"}


def _original(doc: Document, v: dict[str, Any]) -> None:
    k.header_block(
        doc,
        [(v["superior"], ""), (v["issuer"], "b"), "───────", (f"Số: {v['number']}", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    k.para(doc, ("BẢN ĐĂNG KÝ", "b", 14), align="center", before=10, after=0)
    k.para(doc, (f"Xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}", "b"), align="center")
    k.para(doc, "Kính gửi: ", v["addressee"], align="center", after=8)
    person, position = v["leader"]
    k.body(doc, f"{v['unit_line']} đăng ký xây dựng mô hình “Dân vận khéo” như sau:")
    items = [
        ("- Tên mô hình: ", v["model"]),
        ("- Loại mô hình: ", TYPE_VI[v["type"]]),
        ("- Lĩnh vực: ", DOMAIN_VI[v["domain"]]),
        ("- Người phụ trách: ", f"{v.get('honorific', '')}{person}, {position}"),
        ("- Điện thoại: ", v["phone"]),
        ("- Địa bàn thực hiện: ", v["location"]),
    ]
    for label, value in items:
        k.para(doc, label, value, first=1.0)
    k.para(doc, "- Nội dung thực hiện:", first=1.0)
    for line in v["content"]:
        k.body(doc, line)
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), "- Như trên;", ("- Lưu VT.", "")],
        [*[(line, "b") for line in v["sign_block"]], "", "", (v["signer"], "b")],
    )


def _copy_block(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, "─" * 44, align="center", before=6, after=4)
    c = v["copy"]
    k.header_block(
        doc,
        [*[(line, "b") for line in c["body"]], (f"Số: {c['number']}", "")],
        [(c["mark"], "b", 13), (date_line(*c["date"]), "i")],
        widths=(7.5, 8.5),
    )
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[(f"- {r};", "") for r in c["recipients"]], ("- Lưu VP.", "")],
        [*[(line, "b") for line in c["sign_block"]], "", "", (c["signer"], "b")],
    )


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    _original(doc, v)
    _copy_block(doc, v)
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v.get("unit_alt", []), "leader_position": v.get("position_alt", [])}
    c = v["copy"]
    truth = Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], c["signer"], c["body"][-1]
    )
    return doc, truth


ENTRIES = (
    Entry(
        "r07-saoy-tts-hoi-phu-nu",
        ("scan", "doc"),
        {
            "unit_id": "tts-hoi-phu-nu",
            "superior": "HỘI LHPN THÀNH PHỐ CẦN THƠ",
            "issuer": "HỘI LHPN XÃ TÂN THẠNH SÓC",
            "number": "09/ĐK-HPN",
            "addressee": "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Tân Thạnh Sóc",
            "unit_line": "Hội LHPN xã Tân Thạnh Sóc",
            "unit_alt": ["Hội Liên hiệp Phụ nữ xã Tân Thạnh Sóc", "HỘI LHPN XÃ TÂN THẠNH SÓC"],
            "model": "Nhóm phụ nữ Khmer dệt chiếu lác Sóc Dong",
            "type": "collective",
            "domain": "economy",
            "honorific": "chị ",
            "leader": ("Lâm Thị Sa Ry", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0388 142 697",
            "location": "ấp Sóc Dong",
            "content": [
                "+ Tập hợp 20 chị em Khmer không có việc làm ổn định vào nhóm dệt chiếu lác;",
                "+ Hội vận động vốn vay ưu đãi, mời nghệ nhân dạy dệt hoa văn truyền thống;",
                "+ Liên kết với cơ sở tiêu thụ ở phường Sóc Trăng, bao tiêu toàn bộ sản phẩm.",
            ],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Lâm Thị Sa Ry",
            "date": ("Tân Thạnh Sóc", 11, 3, 2026),
            "copy": {
                "body": ["ĐẢNG ỦY XÃ TÂN THẠNH SÓC", "VĂN PHÒNG"],
                "number": "07-BS/VPĐU",
                "mark": "SAO Y BẢN CHÍNH",
                "date": ("Tân Thạnh Sóc", 19, 3, 2026),
                "recipients": ["Ban Dân vận Thành ủy", "Hội LHPN thành phố"],
                "sign_block": ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
                "signer": "Võ Thị Bích Tuyền",
            },
            "traits": [
                "certified_copy",
                "copy_block_other_signer",
                "two_dates",
                "alias_unit_name",
                "signer_is_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r08-saoy-tts-cong-an",
        ("photo",),
        {
            "unit_id": "tts-cong-an",
            "superior": "CÔNG AN THÀNH PHỐ CẦN THƠ",
            "issuer": "CÔNG AN XÃ TÂN THẠNH SÓC",
            "number": "132/ĐK-CAX",
            "addressee": "Ban Dân vận Đảng ủy xã Tân Thạnh Sóc",
            "unit_line": "Công an xã Tân Thạnh Sóc",
            "unit_alt": ["CÔNG AN XÃ TÂN THẠNH SÓC"],
            "model": "Camera an ninh kết nối chùa Sà Lôn – điểm sáng bình yên",
            "type": "collective",
            "domain": "security_defense",
            "honorific": "Thượng úy ",
            "leader": ("Phan Thanh Tùng", "Phó Trưởng Công an xã"),
            "position_alt": ["Phó Trưởng Công an"],
            "phone": "0292.3796.215",
            "location": "khu vực chùa Sà Lôn và chợ ấp Sóc Dong",
            "content": [
                "1. Phối hợp Ban Quản trị chùa Sà Lôn vận động sư sãi, phật tử và tiểu thương "
                "chợ lắp camera, kết nối về Công an xã;",
                "2. Giao mỗi camera cho một hộ dân trông giữ, báo tin khi có việc bất thường;",
                "3. Họp rút kinh nghiệm với người dân mỗi quý tại nhà sala của chùa.",
            ],
            "sign_block": ["TRƯỞNG CÔNG AN XÃ"],
            "signer": "Thái Quốc Nam",
            "date": ("Tân Thạnh Sóc", 4, 3, 2026),
            "copy": {
                "body": ["ỦY BAN NHÂN DÂN", "XÃ TÂN THẠNH SÓC"],
                "number": "15/SY-UBND",
                "mark": "SAO Y",
                "date": ("Tân Thạnh Sóc", 16, 3, 2026),
                "recipients": ["Ban Quản trị chùa Sà Lôn", "Ban Dân vận Đảng ủy xã"],
                "sign_block": ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"],
                "signer": "Kim Văn Rết",
            },
            "traits": [
                "certified_copy",
                "copy_block_other_signer",
                "two_dates",
                "rank_before_name",
                "landline",
                "signer_not_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r09-saoy-cb-xom-2",
        ("scan",),
        {
            "unit_id": "cb-xom-2",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "issuer": "CHI BỘ XÓM 2",
            "number": "03-ĐK/CB",
            "addressee": "Ban Thường vụ Đảng ủy xã Nghĩa Thái",
            "unit_line": "Chi bộ xóm 2",
            "unit_alt": ["CHI BỘ XÓM 2"],
            "model": "Đảng viên nêu gương giữ đường làng xanh – sạch – đẹp",
            "type": "individual",
            "domain": "political_system",
            "honorific": "đồng chí ",
            "leader": ("Nguyễn Văn Thắng", "Phó Bí thư Chi bộ, Trưởng xóm 2"),
            "position_alt": ["Phó Bí thư Chi bộ"],
            "phone": "0977 205 316",
            "location": "xóm 2, xã Nghĩa Thái",
            "content": [
                "- Đồng chí tự nhận đoạn đường trước nhà và 300 m đường trục xóm, trồng hoa, "
                "quét dọn mỗi sáng Chủ nhật;",
                "- Vận động 46 hộ cùng làm, mỗi hộ nhận một đoạn đường.",
            ],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": "Phạm Thị Hương",
            "date": ("Nghĩa Thái", 25, 2, 2024),
            "copy": {
                "body": ["ĐẢNG ỦY XÃ NGHĨA THÁI", "VĂN PHÒNG"],
                "number": "02-BS/VPĐU",
                "mark": "SAO Y BẢN CHÍNH",
                "date": ("Nghĩa Thái", 4, 3, 2024),
                "recipients": ["Ban Tuyên giáo và Dân vận huyện ủy"],
                "sign_block": ["CHÁNH VĂN PHÒNG"],
                "signer": "Đinh Công Bằng",
            },
            "traits": [
                "certified_copy",
                "copy_block_other_signer",
                "two_dates",
                "individual_model",
                "signer_not_leader",
            ],
        },
    ),
)

LAYOUT = Layout("saoy_banchinh", "registration", ("V05", "V06"), render, ENTRIES)
