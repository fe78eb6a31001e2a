"""A registration typed in a table whose labels sit in the RIGHT column and the values LEFT.

Written from the convention of office tables that put the filled text first and a narrow
"Mục" (item) column on the right (V07), as some unit clerks lay out a form copied from a
two-language sheet: the unit's header, "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”", a grid whose
head row is "Nội dung đăng ký | Mục", then one row per item with the value on the left and the
label in italics on the right ("Tên đơn vị", "Tên mô hình", …, "Nội dung, giải pháp"), the date
line and the head's signature under the grid.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

TYPE_VI = {"collective": "Tập thể", "individual": "Cá nhân"}


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["issuer"], "b"), "───────"],
        k.quoc_hieu(),
    )
    k.para(doc, ("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”", "b", 14), align="center", before=10)
    k.para(doc, (f"Năm {v['date'][3]}", "b"), align="center", after=8)
    person, position = v["leader"]
    rows: list[tuple[list[str], str]] = [
        ([v["unit_line"]], "Tên đơn vị"),
        ([v["model"]], "Tên mô hình"),
        ([TYPE_VI[v["type"]]], "Loại mô hình"),
        ([DOMAIN_VI[v["domain"]]], "Lĩnh vực"),
        ([person], "Người phụ trách"),
        ([position], "Chức vụ"),
        ([v.get("phone") or ""], "Điện thoại"),
        ([v["location"]], "Địa bàn thực hiện"),
        (v["content"], "Nội dung, giải pháp"),
    ]
    grid = k.table(doc, len(rows) + 1, (12.0, 4.0))
    k.cell_text(grid.cell(0, 0), ("Nội dung đăng ký", "b"), align="center")
    k.cell_text(grid.cell(0, 1), ("Mục", "b"), align="center")
    for row, (value, label) in enumerate(rows, start=1):
        k.cell_text(grid.cell(row, 0), list(value))
        k.cell_text(grid.cell(row, 1), (label, "i"), align="right")
    k.signature(
        doc,
        [""],
        [
            (date_line(*v["date"]), "i"),
            *[(x, "b") for x in v["sign_block"]],
            "",
            "",
            "",
            (v["signer"], "b"),
        ],
    )
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v.get("unit_alt", []), "leader_position": v.get("position_alt", [])}
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], v["issuer"])
    return doc, truth


ENTRIES = (
    Entry(
        "r10-nhanphai-tts-truong-th",
        ("scan", "doc"),
        {
            "unit_id": "tts-truong-th",
            "superior": "ỦY BAN NHÂN DÂN XÃ TÂN THẠNH SÓC",
            "issuer": "TRƯỜNG TIỂU HỌC TÂN THẠNH SÓC",
            "unit_line": "Trường Tiểu học Tân Thạnh Sóc",
            "unit_alt": ["TRƯỜNG TIỂU HỌC TÂN THẠNH SÓC"],
            "model": "Thầy cô đến từng nhà vận động học sinh Khmer ra lớp",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Trương Thị Ngọc Giàu", "Hiệu trưởng"),
            "phone": "0946 318 502",
            "location": "ấp Trà Canh và ấp Kinh Mới",
            "content": [
                "- Mỗi giáo viên chủ nhiệm nhận theo dõi học sinh có nguy cơ bỏ học, đến nhà "
                "gặp cha mẹ trước mỗi năm học;",
                "- Mời sư cả chùa Sà Lôn và người có uy tín trong phum sóc cùng vận động;",
                "- Dạy tăng cường tiếng Việt cho học sinh lớp 1 người Khmer trong hè.",
            ],
            "sign_block": ["HIỆU TRƯỞNG"],
            "signer": "Trương Thị Ngọc Giàu",
            "date": ("Tân Thạnh Sóc", 9, 3, 2026),
            "traits": ["labels_right", "values_left", "signer_is_leader", "commune_2026"],
        },
    ),
    Entry(
        "r11-nhanphai-tts-ubnd",
        ("photo",),
        {
            "unit_id": "tts-ubnd",
            "superior": "THÀNH PHỐ CẦN THƠ",
            "issuer": "ỦY BAN NHÂN DÂN XÃ TÂN THẠNH SÓC",
            "unit_line": "UBND xã Tân Thạnh Sóc",
            "unit_alt": ["Ủy ban nhân dân xã Tân Thạnh Sóc", "ỦY BAN NHÂN DÂN XÃ TÂN THẠNH SÓC"],
            "model": "Bộ phận Một cửa song ngữ Việt – Khmer",
            "type": "collective",
            "domain": "political_system",
            "leader": ("Kim Văn Rết", "Chánh Văn phòng HĐND và UBND xã"),
            "position_alt": ["Chánh Văn phòng"],
            "phone": "0292 3796 088",
            "location": "Trung tâm Phục vụ hành chính công xã Tân Thạnh Sóc",
            "content": [
                "1. Bố trí 01 công chức biết tiếng Khmer trực tại Bộ phận Một cửa các ngày trong "
                "tuần;",
                "2. Niêm yết thủ tục thường dùng bằng hai thứ tiếng;",
                "3. Hướng dẫn người cao tuổi nộp hồ sơ trực tuyến, không để người dân đi lại "
                "nhiều lần.",
            ],
            "sign_block": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
            "signer": "Trần Quốc Khởi",
            "date": ("Tân Thạnh Sóc", 13, 3, 2026),
            "traits": [
                "labels_right",
                "values_left",
                "alias_unit_name",
                "landline",
                "signer_not_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r12-nhanphai-tts-htx-lua",
        ("scan",),
        {
            "unit_id": "tts-htx-lua",
            "superior": "LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ CẦN THƠ",
            "issuer": "HTX NÔNG NGHIỆP SÓC DONG",
            "unit_line": "Hợp tác xã Nông nghiệp Sóc Dong",
            "unit_alt": ["HTX NÔNG NGHIỆP SÓC DONG"],
            "model": "Giám đốc hợp tác xã bao tiêu lúa cho hộ nghèo",
            "type": "individual",
            "domain": "economy",
            "leader": ("Danh Sóc", "Giám đốc Hợp tác xã"),
            "position_alt": ["Giám đốc"],
            "location": "ấp Sóc Dong, ấp Kinh Mới",
            "content": [
                "Ứng trước giống, phân bón không tính lãi cho 15 hộ nghèo, hộ cận nghèo người "
                "Khmer; thu mua lúa của các hộ cao hơn giá thương lái 150 đồng/kg; hướng dẫn kỹ "
                "thuật tại ruộng mỗi vụ.",
            ],
            "sign_block": ["GIÁM ĐỐC"],
            "signer": "Danh Sóc",
            "date": ("Tân Thạnh Sóc", 17, 3, 2026),
            "traits": [
                "labels_right",
                "values_left",
                "individual_model",
                "no_phone",
                "signer_is_leader",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("nhanphai_bang", "registration", ("V07",), render, ENTRIES)
