"""A mass organisation's "KẾ HOẠCH" to carry out its model, with a timeline table of who does what.

After plans issued to carry out a programme (D07: "Kế hoạch triển khai như sau:", "1. Mục
đích", "2. Yêu cầu", duties by body, then "Tổ chức thực hiện") and a district's plan for its
models (D06): the unit left with "Số: …/KH-…", the motto and the date line right, "KẾ HOẠCH /
Triển khai xây dựng mô hình “Dân vận khéo” năm …", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG" (the
model, its one person in charge with post and phone on one line, the place, the work as dash
lines), "III. TIẾN ĐỘ THỰC HIỆN" (a table: work, time, who does it, who helps — many names, the
person in charge among them), "IV. TỔ CHỨC THỰC HIỆN"; recipients left, the signer right.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits

HEAD = ("TT", "Nội dung công việc", "Thời gian", "Người thực hiện", "Phối hợp")
WIDTHS = (0.9, 6.3, 2.6, 3.4, 2.8)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [
            (v["issuer_caps"][0], "", 12),
            (v["issuer_caps"][1], "b", 12),
            ("───────", ""),
            (f"Số: {v['number']}", "", 13),
        ],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, ("KẾ HOẠCH", "b", 14), align="center", before=10, after=0)
    k.para(
        doc,
        (f"Triển khai xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}", "b"),
        align="center",
        after=8,
    )
    k.body(doc, v["opening"])
    k.para(doc, ("I. MỤC ĐÍCH, YÊU CẦU", "b"), before=4)
    for line in v["aims"]:
        k.para(doc, line, indent=0.5)
    k.para(doc, ("II. NỘI DUNG", "b"), before=4)
    person, position = v["leader"]
    k.para(doc, f"1. Tên mô hình: “{v['model']}”.", indent=0.5)
    phone = f" – ĐT: {v['phone']}" if v.get("phone") else ""
    k.para(doc, f"2. Người phụ trách: {person} – {position}{phone}.", indent=0.5)
    k.para(doc, f"3. Địa bàn triển khai: {v['location']}.", indent=0.5)
    k.para(doc, "4. Các nội dung thực hiện:", indent=0.5)
    for line in v["content"]:
        k.para(doc, line, indent=1.0)
    k.para(doc, ("III. TIẾN ĐỘ THỰC HIỆN", "b"), before=4)
    tbl = k.table(doc, 1 + len(v["steps"]), WIDTHS)
    for col, title in enumerate(HEAD):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=12)
    for row, cells in enumerate(v["steps"], start=1):
        for col, text in enumerate((str(row), *cells)):
            k.cell_text(
                tbl.cell(row, col), text, align="left" if col in (1, 3) else "center", size=12
            )
    k.para(doc, ("IV. TỔ CHỨC THỰC HIỆN", "b"), before=6)
    for line in v["organise"]:
        k.body(doc, line)
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[f"- {r};" for r in v["recipients"]], "- Lưu VT."],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": None,
        "domain": None,
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
        "location": v.get("location_alt", []),
    }
    stamp = " ".join(v["issuer_caps"])
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "h10-kehoach-hlh-doan-xa",
        ("scan", "doc"),
        {
            "unit_id": "hlh-doan-xa",
            "issuer_caps": ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN XÃ HÒA LỘC HẢI"],
            "number": "07-KH/ĐTN",
            "date": ("Hòa Lộc Hải", 11, 3, 2026),
            "unit_line": "Đoàn xã Hòa Lộc Hải",
            "unit_alt": ["BCH ĐOÀN XÃ HÒA LỘC HẢI", "Ban Chấp hành Đoàn xã Hòa Lộc Hải"],
            "opening": "Thực hiện Kế hoạch số 02-KH/BCĐ ngày 20/02/2026 của Ban Chỉ đạo phong "
            "trào thi đua “Dân vận khéo” xã, Ban Chấp hành Đoàn xã Hòa Lộc Hải xây dựng kế "
            "hoạch triển khai mô hình như sau:",
            "aims": [
                "1. Phát huy vai trò xung kích của đoàn viên trong giữ gìn môi trường biển.",
                "2. Mô hình có địa chỉ, có người phụ trách, có kết quả cụ thể, cân đong được.",
            ],
            "model": "Thanh niên Hòa Lộc Hải giữ biển xanh",
            "leader": ("Võ Minh Khoa", "Bí thư Đoàn xã"),
            "phone": "0376 948 215",
            "location": "Bãi biển Bãi Ngang – Cửa Lở (dài 3,2 km)",
            "location_alt": ["Bãi biển Bãi Ngang – Cửa Lở"],
            "content": [
                "- Ra quân nhặt rác bãi biển vào sáng Chủ nhật đầu tiên hằng tháng;",
                "- Trồng 1.500 cây phi lao chắn cát tại đoạn bờ sạt lở;",
                "- Lập đội cứu hộ tình nguyện 20 đoàn viên trực bãi tắm mùa hè.",
            ],
            "steps": [
                (
                    "Ra mắt mô hình, phát động đoàn viên",
                    "Tháng 3/2026",
                    "Võ Minh Khoa",
                    "Các chi đoàn",
                ),
                (
                    "Trồng cây phi lao đợt 1",
                    "Tháng 4/2026",
                    "Nguyễn Văn Hậu, Phó Bí thư",
                    "Hội CCB xã",
                ),
                ("Tập huấn cứu hộ, sơ cứu", "Tháng 5/2026", "Trần Thị Bích Ngọc", "Trạm Y tế xã"),
                ("Sơ kết 6 tháng", "Tháng 7/2026", "Võ Minh Khoa", "Ban Dân vận"),
            ],
            "organise": [
                "Các chi đoàn thôn xây dựng kế hoạch cụ thể, báo cáo kết quả về Ban Thường vụ "
                "Đoàn xã trước ngày 25 hằng tháng.",
            ],
            "recipients": ["Ban Dân vận Đảng ủy xã", "Ban Chỉ đạo phong trào xã", "Các chi đoàn"],
            "sign_block": ["TM. BAN CHẤP HÀNH", "BÍ THƯ"],
            "signer": "Võ Minh Khoa",
            "traits": [
                "implementation_plan",
                "timeline_table_with_people",
                "document_number",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h11-kehoach-hlh-hoi-ccb",
        ("photo",),
        {
            "unit_id": "hlh-hoi-ccb",
            "issuer_caps": ["HỘI CCB THÀNH PHỐ ĐÀ NẴNG", "HỘI CCB XÃ HÒA LỘC HẢI"],
            "number": "04/KH-CCB",
            "date": ("Hòa Lộc Hải", 18, 3, 2026),
            "unit_line": "Hội Cựu chiến binh xã Hòa Lộc Hải",
            "unit_alt": ["HỘI CCB XÃ HÒA LỘC HẢI", "Hội CCB xã Hòa Lộc Hải"],
            "opening": "Căn cứ Nghị quyết Đại hội Hội Cựu chiến binh xã Hòa Lộc Hải nhiệm kỳ "
            "2022 - 2027, Ban Thường vụ Hội Cựu chiến binh xã ban hành Kế hoạch như sau:",
            "aims": [
                "1. Cựu chiến binh gương mẫu, đi đầu trong bảo vệ an ninh trật tự thôn xóm.",
            ],
            "model": "Cựu chiến binh tự quản an ninh trật tự khu dân cư",
            "leader": ("Trần Văn Mười", "Chủ tịch Hội CCB xã"),
            "position_alt": ["Chủ tịch Hội"],
            "location": "thôn Trung Phường và thôn Bãi Ngang",
            "location_alt": ["Trung Phường và Bãi Ngang"],
            "content": [
                "- Thành lập 2 tổ tuần tra với 24 hội viên, tuần tra đêm thứ Bảy, Chủ nhật;",
                "- Hòa giải mâu thuẫn trong khu dân cư, cảm hóa 5 thanh niên chậm tiến;",
                "- Phối hợp Công an xã tuyên truyền phòng chống ma túy.",
            ],
            "steps": [
                ("Thành lập tổ tuần tra", "Tháng 3/2026", "Trần Văn Mười", "Công an xã"),
                (
                    "Tuần tra đêm cuối tuần",
                    "Cả năm",
                    "Lê Văn Chín, Đàng Văn Thọ",
                    "Ban CTMT thôn Bãi Ngang",
                ),
                (
                    "Nhận cảm hóa thanh niên",
                    "Tháng 4 - 12/2026",
                    "Nguyễn Văn Tư, Phan Văn Út",
                    "Gia đình các em",
                ),
            ],
            "organise": [
                "Các chi hội phân công hội viên, báo cáo Ban Thường vụ Hội hằng quý.",
            ],
            "recipients": ["Hội CCB thành phố", "Đảng ủy xã", "Các chi hội"],
            "sign_block": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
            "signer": "Trần Văn Mười",
            "traits": [
                "implementation_plan",
                "timeline_table_with_people",
                "no_phone",
                "document_number",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h12-kehoach-doan-thanh-nien",
        ("scan",),
        {
            "unit_id": "doan-thanh-nien",
            "issuer_caps": ["HUYỆN ĐOÀN NGHĨA HƯNG", "BCH ĐOÀN XÃ NGHĨA THÁI"],
            "number": "15-KH/ĐTN",
            "date": ("Nghĩa Thái", 6, 3, 2024),
            "unit_line": "Đoàn Thanh niên xã Nghĩa Thái",
            "unit_alt": ["BCH ĐOÀN XÃ NGHĨA THÁI", "Đoàn xã Nghĩa Thái"],
            "opening": "Thực hiện chương trình công tác năm 2024, Ban Chấp hành Đoàn Thanh niên "
            "xã Nghĩa Thái xây dựng kế hoạch triển khai mô hình như sau:",
            "aims": ["1. Đưa chuyển đổi số đến người cao tuổi, hộ kinh doanh nhỏ."],
            "model": "Tổ công nghệ số cộng đồng",
            "leader": ("Phạm Thanh Tùng", "Bí thư Đoàn xã"),
            "phone": "0962 580 317",
            "location": "Nhà văn hóa các xóm",
            "content": [
                "- Hướng dẫn người dân cài VNeID, thanh toán không dùng tiền mặt;",
                "- Mỗi đoàn viên hỗ trợ ít nhất 10 hộ trong năm.",
            ],
            "steps": [
                ("Tập huấn đoàn viên nòng cốt", "Tháng 3/2024", "Phạm Thanh Tùng", "Bưu điện xã"),
                (
                    "Hỗ trợ tại nhà văn hóa xóm",
                    "Tháng 4 - 10/2024",
                    "Vũ Thị Hà, Đỗ Văn Nam",
                    "Trưởng xóm",
                ),
            ],
            "organise": ["Các chi đoàn báo cáo kết quả về Ban Thường vụ Đoàn xã hằng tháng."],
            "recipients": ["Huyện Đoàn", "Đảng ủy xã", "Các chi đoàn"],
            "sign_block": ["TM. BAN CHẤP HÀNH", "BÍ THƯ"],
            "signer": "Phạm Thanh Tùng",
            "traits": [
                "implementation_plan",
                "timeline_table_with_people",
                "document_number",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("kehoach_trienkhai", "registration", ("D06", "D07"), render, ENTRIES)
