"""A registration laid out as a table: the fields as rows, last year's model beside this year's.

After the comparison tables that units attach when they register again (Q07): a header, the
title, one sentence, then "TT | Nội dung | Năm 2025 (đã thực hiện) | Năm 2026 (đăng ký)" with a
row per item — unit, model, type, domain, person in charge, position, phone, place, content, and
last year's results — where this year's cell often says only "Như năm 2025", "Không thay đổi" or
"Như trên" (Q08). The truth is this year's model: a repeated cell takes last year's value, an
empty cell of this year stays empty even when last year's holds another person's phone.
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

SAME = ("Như năm 2025", "Không thay đổi", "Như trên")
TYPES = {"collective": "Tập thể", "individual": "Cá nhân"}
ROWS = (
    ("unit", "Tên đơn vị"),
    ("model", "Tên mô hình"),
    ("type", "Loại mô hình"),
    ("domain", "Lĩnh vực"),
    ("person", "Người phụ trách"),
    ("position", "Chức vụ"),
    ("phone", "Điện thoại"),
    ("location", "Địa bàn thực hiện"),
    ("content", "Nội dung, giải pháp"),
    ("results", "Kết quả đạt được"),
)


def _shown(key: str, value: Any) -> list[str]:
    if value is None:
        return [""]
    if key == "type" and value in TYPES:
        return [TYPES[value]]
    if key == "domain" and value in DOMAIN_VI:
        return [DOMAIN_VI[value].capitalize()]
    return value if isinstance(value, list) else [value]


def _resolved(key: str, old: Any, new: Any) -> Any:
    return old if isinstance(new, str) and new in SAME else new


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["unit_caps"], "b"), ("───────", "")],
        k.quoc_hieu(),
        widths=(6.3, 9.7),
    )
    k.para(doc, ("BẢN ĐĂNG KÝ", "b", 14), align="center", before=10, after=0)
    k.para(doc, ("MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "b"), align="center", after=0)
    k.para(doc, ("(có đối chiếu với mô hình đã thực hiện năm 2025)", "i"), align="center", after=8)
    k.body(doc, v["intro"], after=6)
    tbl = k.table(doc, len(ROWS) + 1, [1.0, 3.6, 5.7, 5.7])
    for cell, text in zip(
        tbl.rows[0].cells,
        ["TT", "Nội dung", "Năm 2025 (đã thực hiện)", "Năm 2026 (đăng ký)"],
        strict=True,
    ):
        k.cell_text(cell, [(text, "b")], align="center", size=12)
    old, new = v["y2025"], v["y2026"]
    for number, (key, label) in enumerate(ROWS, start=1):
        row = tbl.rows[number].cells
        k.cell_text(row[0], str(number), align="center", size=12)
        k.cell_text(row[1], label, size=12)
        k.cell_text(row[2], _shown(key, old.get(key)), size=12)
        k.cell_text(row[3], _shown(key, new.get(key)), size=12)
    place, day, month = v["date"]
    k.para(doc, (date_line(place, day, month, 2026), "i"), align="right", before=8, after=0)
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 11), ("- Ban Xây dựng Đảng xã;", "", 11), ("- Lưu.", "", 11)],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"][0], "b")],
    )
    value = {key: _resolved(key, old.get(key), new.get(key)) for key, _ in ROWS}
    fields = {
        "unit_name": value["unit"],
        "model_name": value["model"],
        "model_type": value["type"],
        "domain": value["domain"],
        "leader_name": value["person"],
        "leader_position": value["position"],
        "phone": phone_digits(value["phone"]) if value["phone"] else None,
        "location": value["location"],
        "content": joined(value["content"]),
        "signed_date": iso(day, month, 2026),
    }
    alt = {
        "unit_name": [v["unit_caps"], *v.get("unit_alt", [])],
        "leader_position": v.get("position_alt", [])
        + signer_alt((value["person"], value["position"]), v["signer"]),
    }
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"][0])
    return doc, truth


ENTRIES = (
    Entry(
        "r10-hainam-tbg-hoi-ccb",
        ("scan", "doc"),
        {
            "unit_id": "tbg-hoi-ccb",
            "superior": "HỘI CCB TỈNH TUYÊN QUANG",
            "unit_caps": "HỘI CCB XÃ TÀ BÓ GIÀNG",
            "intro": "Căn cứ kết quả thực hiện mô hình năm 2025, Hội Cựu chiến binh xã đăng ký "
            "xây dựng mô hình “Dân vận khéo” năm 2026 như sau:",
            "y2025": {
                "unit": "Hội Cựu chiến binh xã Tà Bó Giàng",
                "model": "Cựu chiến binh giúp nhau làm kinh tế vườn đồi",
                "type": "collective",
                "domain": "economy",
                "person": "Sầm Văn Lịch",
                "position": "Chủ tịch Hội",
                "phone": "0915 402 773",
                "location": "thôn Khuổi Hảo",
                "content": ["Hội viên đổi công trồng 12 ha quế, cam."],
                "results": ["14 hộ hội viên thoát nghèo; 2 trang trại mới"],
            },
            "y2026": {
                "unit": "Không thay đổi",
                "model": "Cựu chiến binh tham gia giữ rừng đầu nguồn",
                "type": "Như năm 2025",
                "domain": "security_defense",
                "person": "Vi Văn Hảo",
                "position": "Phó Chủ tịch Hội",
                "phone": "0382 615 904",
                "location": "thôn Nặm Đăm và thôn Lùng Vài",
                "content": [
                    "- Lập 2 tổ cựu chiến binh tuần tra rừng mỗi tuần một lần.",
                    "- Phối hợp Ban CHQS xã, kiểm lâm tuyên truyền phòng cháy rừng mùa khô.",
                ],
                "results": ["Sẽ báo cáo khi sơ kết"],
            },
            "position_alt": ["Phó Chủ tịch"],
            "date": ("Tà Bó Giàng", 16, 3),
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": ("Sầm Văn Lịch", "Chủ tịch"),
            "traits": [
                "two_year_table",
                "same_as_last_year_cells",
                "signer_not_leader",
                "last_year_leader_and_phone",
                "tay_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r11-hainam-tbg-cb-khuoi-hao",
        ("photo",),
        {
            "unit_id": "tbg-cb-khuoi-hao",
            "superior": "ĐẢNG BỘ XÃ TÀ BÓ GIÀNG",
            "unit_caps": "CHI BỘ THÔN KHUỔI HẢO",
            "intro": "Chi bộ thôn Khuổi Hảo đăng ký mô hình “Dân vận khéo” năm 2026, đối chiếu "
            "với mô hình năm 2025 đã được Đảng ủy xã công nhận:",
            "y2025": {
                "unit": "Chi bộ thôn Khuổi Hảo",
                "model": "Đường sáng, nhà sạch, thôn xanh",
                "type": "collective",
                "domain": "culture_society",
                "person": "Ma Văn Slình",
                "position": "Bí thư Chi bộ",
                "phone": "0978 226 381",
                "location": "thôn Khuổi Hảo",
                "content": ["Làm 1,8 km đường bê tông, lắp 40 bóng đèn."],
                "results": ["Thôn đạt chuẩn thôn văn hóa năm 2025"],
            },
            "y2026": {
                "unit": "Như năm 2025",
                "model": "Tủ sách nhà văn hóa cho thiếu nhi Tày",
                "type": "Như năm 2025",
                "domain": "Như năm 2025",
                "person": "Không thay đổi",
                "position": "Bí thư Chi bộ, Trưởng thôn",
                "phone": "Như trên",
                "location": "nhà văn hóa thôn Khuổi Hảo",
                "content": [
                    "- Vận động con em đi làm xa góp sách, giá sách.",
                    "- Đoàn viên thay nhau mở tủ sách tối thứ Sáu, Chủ nhật.",
                    "- Dạy thiếu nhi hát then, đàn tính mỗi tháng một buổi.",
                ],
                "results": None,
            },
            "position_alt": ["Bí thư Chi bộ"],
            "date": ("Khuổi Hảo", 11, 3),
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Ma Văn Slình", "Bí thư"),
            "traits": [
                "two_year_table",
                "same_as_last_year_cells",
                "values_only_in_last_year_column",
                "tay_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r12-hainam-tbg-dang-uy",
        ("scan",),
        {
            "unit_id": "tbg-dang-uy",
            "superior": "ĐẢNG BỘ TỈNH TUYÊN QUANG",
            "unit_caps": "ĐẢNG ỦY XÃ TÀ BÓ GIÀNG",
            "intro": "Ban Thường vụ Đảng ủy xã đăng ký mô hình “Dân vận khéo” năm 2026 của "
            "Đảng ủy, có đối chiếu với mô hình năm 2025:",
            "y2025": {
                "unit": "Đảng ủy xã Tà Bó Giàng",
                "model": "Đảng viên giữ mối liên hệ với hộ gia đình",
                "type": "collective",
                "domain": "political_system",
                "person": "Hoàng Thị Lan",
                "position": "Phó Bí thư Thường trực Đảng ủy",
                "phone": "0913 770 254",
                "location": "4 thôn",
                "content": ["Mỗi đảng viên phụ trách 10 - 15 hộ."],
                "results": ["100% hộ có đảng viên theo dõi"],
            },
            "y2026": {
                "unit": "Đảng ủy xã Tà Bó Giàng",
                "model": "Bí thư chi bộ đối thoại với dân mỗi quý",
                "type": "collective",
                "domain": "political_system",
                "person": "Đàm Văn Khánh",
                "position": "Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng",
                "phone": None,
                "location": "các thôn Nà Lòa, Khuổi Hảo, Nặm Đăm, Lùng Vài",
                "content": [
                    "1. Mỗi quý, bí thư chi bộ và trưởng thôn đối thoại trực tiếp với nhân dân.",
                    "2. Ý kiến của dân được ghi sổ, trả lời trong 15 ngày.",
                ],
                "results": ["-"],
            },
            "position_alt": ["Trưởng Ban Xây dựng Đảng"],
            "date": ("Tà Bó Giàng", 5, 3),
            "sign_block": ["T/M ĐẢNG ỦY", "BÍ THƯ"],
            "signer": ("Đàm Quốc Toàn", "Bí thư"),
            "traits": [
                "two_year_table",
                "empty_phone_this_year",
                "last_year_leader_and_phone",
                "signer_not_leader",
                "tay_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("bang_hainam", "registration", ("Q07", "Q08"), render, ENTRIES)
