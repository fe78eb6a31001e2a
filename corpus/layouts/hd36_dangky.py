"""A Chi bộ's registration written as a Party document in the HD 36-HD/VPTW format.

Header: the superior Party committee over the issuing Chi bộ, a star, "Số ..-ĐK/CB" on the left;
"ĐẢNG CỘNG SẢN VIỆT NAM" and the place/date on the right. The model is named in a sentence,
the sections are Roman-numbered headings, and the person in charge is named in prose in the
last section ("giao đồng chí … – Bí thư Chi bộ trực tiếp phụ trách"). Signed "T/M CHI BỘ".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import (
    DOMAIN_VI,
    Entry,
    Layout,
    Truth,
    date_line,
    iso,
    joined,
    phone_digits,
    signer_alt,
)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [
            (v["superior"], "", 13),
            (v["unit_header"], "b", 13),
            ("*", "", 13),
            (v["number"], "", 13),
        ],
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 14), "", (date_line(*v["date"]), "i", 13)],
        (7.5, 8.5),
    )
    k.para(doc, "", after=6)
    k.para(doc, ("ĐĂNG KÝ", "b", 15), align="center", after=0)
    k.para(doc, (v["title"], "b", 14), align="center", after=0)
    k.para(doc, "-----", align="center", after=8)
    type_words = {"collective": "mô hình tập thể ", "individual": "mô hình cá nhân "}
    domain = f", thuộc lĩnh vực {DOMAIN_VI[v['domain']]}" if v.get("domain") else ""
    k.body(
        doc,
        f"Thực hiện {v['basis']}, {v['unit_prose']} đăng ký xây dựng "
        f"{type_words.get(v.get('model_type') or '', 'mô hình ')}"
        f"“{v['model']}”{domain}, cụ thể như sau:",
    )
    k.para(doc, ("I. MỤC ĐÍCH, YÊU CẦU", "b"), before=4)
    for line in v["aims"]:
        k.body(doc, line)
    k.para(doc, ("II. NỘI DUNG, GIẢI PHÁP THỰC HIỆN", "b"), before=4)
    for line in v["content"]:
        k.body(doc, line)
    if v.get("location"):
        k.body(doc, f"Địa bàn thực hiện: {v['location']}.")
    k.para(doc, ("III. TỔ CHỨC THỰC HIỆN", "b"), before=4)
    lead = v["leader"]
    phone = f" (điện thoại {v['phone']})" if v.get("phone") else ""
    k.body(
        doc,
        f"Chi ủy phân công đồng chí {lead[0]} – {lead[1]} trực tiếp phụ trách mô hình{phone}; "
        f"{v['helpers']}",
    )
    k.body(doc, v["closing"])
    k.signature(
        doc,
        [("Nơi nhận:", "bu", 12), *[(f"- {r}", "", 12) for r in v["recipients"]]],
        [("T/M CHI BỘ", "b"), (v["signer"][1].upper(), "b"), "", "", "", (v["signer"][0], "b")],
    )
    fields = {
        "unit_name": v["unit_header"],
        "model_name": v["model"],
        "model_type": v.get("model_type"),
        "domain": v.get("domain"),
        "leader_name": lead[0],
        "leader_position": lead[1],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v.get("location"),
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": [*v.get("position_alt", []), *signer_alt(lead, v["signer"])],
        "content": [joined([*v["content"], f"Địa bàn thực hiện: {v['location']}."])]
        if v.get("location")
        else [],
    }
    stamp = f"{v['superior']} * {v['unit_header']}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"][0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "c01-hd36dk-cb-xom-7",
        ("scan", "doc"),
        {
            "unit_id": "cb-xom-7",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "unit_header": "CHI BỘ XÓM 7",
            "unit_prose": "Chi bộ xóm 7",
            "unit_alt": ["Chi bộ xóm 7"],
            "number": "Số 04-ĐK/CB",
            "date": ("Nghĩa Thái", 28, 3, 2024),
            "title": "xây dựng mô hình “Dân vận khéo” năm 2024",
            "basis": "Kế hoạch số 21-KH/ĐU, ngày 04/3/2024 của Ban Thường vụ Đảng ủy xã về "
            "phong trào thi đua “Dân vận khéo” năm 2024",
            "model_type": "collective",
            "domain": "economy",
            "model": "Dân vận khéo trong cứng hóa đường giao thông nội đồng",
            "aims": [
                "- Phát huy vai trò của chi bộ và đảng viên trong vận động Nhân dân hiến đất, "
                "góp công, góp của làm đường nội đồng.",
                "- Mỗi đảng viên phụ trách vận động ít nhất 8 hộ; không để xảy ra khiếu kiện.",
            ],
            "content": [
                "- Chi bộ ra nghị quyết chuyên đề; họp dân công khai phương án, mức đóng góp "
                "và danh sách hộ hiến đất mở rộng mặt đường.",
                "- Thành lập tổ giám sát cộng đồng gồm đại diện Chi hội Cựu chiến binh, "
                "Chi hội Nông dân và người có uy tín trong xóm.",
                "- Phấn đấu cứng hóa 2,4 km đường trục nội đồng trước vụ mùa năm 2024.",
            ],
            "location": "các tuyến đường trục nội đồng xứ Đồng Mả và Cồn Dâu, xóm 7",
            "leader": ("Bùi Đức Thắng", "Bí thư Chi bộ"),
            "phone": "0983.417.265",
            "helpers": "đồng chí Trần Văn Mạnh – Trưởng xóm phối hợp tổ chức họp dân và "
            "theo dõi tiến độ hằng tháng.",
            "closing": "Chi bộ xóm 7 trân trọng đăng ký với Ban Thường vụ Đảng ủy xã./.",
            "recipients": ["Đảng ủy xã (để b/c),", "Khối Dân vận xã,", "Lưu Chi bộ."],
            "signer": ("Bùi Đức Thắng", "Bí thư"),
            "traits": ["hd36", "leader_in_prose", "model_in_sentence", "roman_sections"],
        },
    ),
    Entry(
        "c02-hd36dk-cb-tram-y-te",
        ("photo",),
        {
            "unit_id": "cb-tram-y-te",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "unit_header": "CHI BỘ TRẠM Y TẾ",
            "unit_prose": "Chi bộ Trạm Y tế xã",
            "unit_alt": ["Chi bộ Trạm Y tế", "Chi bộ Trạm Y tế xã"],
            "number": "Số 02-ĐK/CB",
            "date": ("Nghĩa Thái", 1, 4, 2024),
            "title": "mô hình “Dân vận khéo” năm 2024",
            "basis": "Kế hoạch số 21-KH/ĐU của Ban Thường vụ Đảng ủy xã",
            "model_type": "collective",
            "domain": "culture_society",
            "model": "Khám sàng lọc tại nhà cho người cao tuổi neo đơn",
            "aims": [
                "Nâng cao tinh thần “lương y như từ mẫu”, đưa dịch vụ y tế đến tận nhà người "
                "cao tuổi không tự đi lại được.",
            ],
            "content": [
                "Lập danh sách người cao tuổi neo đơn, người khuyết tật nặng của 14 xóm; "
                "mỗi quý tổ chức một đợt khám sàng lọc tại nhà, cấp thuốc thông thường và "
                "hướng dẫn người nhà chăm sóc.",
                "Phối hợp Hội Người cao tuổi và Hội Chữ thập đỏ vận động nhà hảo tâm hỗ trợ "
                "máy đo huyết áp cho các chi hội.",
            ],
            "location": None,
            "leader": ("Lã Thị Thanh Hương", "Trạm trưởng Trạm Y tế"),
            "phone": "0868 204 517",
            "helpers": "các đảng viên của Chi bộ mỗi người phụ trách một cụm xóm.",
            "closing": "Đề nghị Đảng ủy xã quan tâm chỉ đạo, tạo điều kiện để mô hình đạt kết "
            "quả./.",
            "recipients": ["Thường trực Đảng ủy,", "Lưu CB."],
            "signer": ("Nguyễn Văn Thiệu", "Bí thư"),
            "traits": ["hd36", "leader_in_prose", "leader_not_signer", "model_in_sentence"],
        },
    ),
    Entry(
        "c03-hd36dk-lhd-cb-dong-ha",
        ("scan",),
        {
            "unit_id": "lhd-cb-dong-ha",
            "superior": "ĐẢNG BỘ XÃ LẠC HƯNG ĐÔNG",
            "unit_header": "CHI BỘ THÔN ĐÔNG HẠ",
            "unit_prose": "Chi bộ thôn Đông Hạ",
            "unit_alt": ["Chi bộ thôn Đông Hạ"],
            "number": "Số 01-ĐK/CB",
            "date": ("Lạc Hưng Đông", 20, 3, 2026),
            "title": "xây dựng mô hình “Dân vận khéo” năm 2026",
            "basis": "Hướng dẫn số 03-HD/BXDĐ, ngày 26/02/2026 của Ban Xây dựng Đảng, Đảng ủy "
            "xã Lạc Hưng Đông",
            "model_type": None,
            "domain": None,
            "model": "Thôn Đông Hạ sáng – xanh – sạch, an toàn",
            "aims": [
                "- Huy động Nhân dân cùng làm, cùng giữ hệ thống đèn chiếu sáng và cây xanh "
                "trên các ngõ xóm sau khi sáp nhập xã.",
            ],
            "content": [
                "- Vận động mỗi hộ đóng góp 200.000 đồng và ngày công lắp 96 bóng đèn năng lượng "
                "mặt trời trên 11 ngõ.",
                "- Giao mỗi ngõ một tổ tự quản do đảng viên làm tổ trưởng, quét dọn vào sáng "
                "Chủ nhật cuối tháng.",
                "- Đưa tiêu chí “ngõ sáng, ngõ xanh” vào bình xét gia đình văn hóa cuối năm.",
            ],
            "location": "11 ngõ xóm và tuyến đường trục thôn Đông Hạ",
            "leader": ("Trịnh Văn Khiêm", "Bí thư Chi bộ, Trưởng thôn"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": None,
            "helpers": "Ban Công tác Mặt trận thôn phối hợp vận động các hộ.",
            "closing": "Chi bộ thôn Đông Hạ kính đăng ký./.",
            "recipients": ["Ban Xây dựng Đảng - Đảng ủy xã,", "Lưu."],
            "signer": ("Trịnh Văn Khiêm", "Bí thư"),
            "traits": ["hd36", "leader_in_prose", "no_type", "no_domain", "commune_2026"],
        },
    ),
)

LAYOUT = Layout("hd36_dangky", "registration", ("S01", "S02"), render, ENTRIES)
