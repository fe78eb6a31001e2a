"""The commune's "THÔNG BÁO" of the year's assessed models, one unit's model detailed.

After a ministry's letter to its units about the year's emulation review (D10: "Kính gửi:",
the grounds, numbered points, "Nơi nhận") and the convention of notices ("Số: …/TB-…", D11),
the commune's own habit of sending each unit the list with its own row picked out: the steering board left with "Số: …/TB-BCĐ", the motto and the date line
right, "THÔNG BÁO / Kết quả đánh giá mô hình “Dân vận khéo” năm …", "Kính gửi:" the unit, the
grounds, "1. Kết quả chung" (models registered and assessed, by rating), "2. Danh sách" (a table
of five or six units, models, persons in charge, points and ratings), "3. Kết quả mô hình của
đơn vị" (the addressed unit's model: person, phone, place, people, money, results as dash
lines), "4. Đề nghị"; recipients left, the board's deputy head right.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits

HEAD = ("TT", "Đơn vị", "Tên mô hình", "Người phụ trách", "Điểm", "Xếp loại")
WIDTHS = (0.9, 4.0, 5.0, 3.2, 1.3, 1.6)


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
    k.para(doc, ("THÔNG BÁO", "b", 14), align="center", before=10, after=0)
    k.para(
        doc,
        (f"Kết quả đánh giá mô hình “Dân vận khéo” năm {v['year']}", "b"),
        align="center",
        after=8,
    )
    k.para(doc, ("Kính gửi: ", "b"), v["to"], align="center", after=6)
    k.body(doc, v["grounds"])
    k.para(doc, ("1. Kết quả chung", "b"))
    k.body(doc, v["overall"])
    k.para(doc, ("2. Danh sách mô hình được đánh giá", "b"), before=4)
    tbl = k.table(doc, 1 + len(v["rows"]), WIDTHS)
    for col, title in enumerate(HEAD):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=11)
    for row, cells in enumerate(v["rows"], start=1):
        mark = "b" if cells[0] == v["unit_line"] else ""
        for col, text in enumerate((str(row), *cells)):
            k.cell_text(
                tbl.cell(row, col),
                (text, mark),
                size=11,
                align="left" if col in (1, 2, 3) else "center",
            )
    person, position = v["leader"]
    k.para(doc, (f"3. Kết quả mô hình của {v['unit_line']}", "b"), before=6)
    k.para(doc, f"- Tên mô hình: “{v['model']}”.", indent=0.5)
    phone = f"; điện thoại: {v['phone']}" if v.get("phone") else ""
    k.para(doc, f"- Người phụ trách: {person}, {position}{phone}.", indent=0.5)
    k.para(doc, f"- Địa bàn: {v['location']}.", indent=0.5)
    for line in v["figures"]:
        k.para(doc, line, indent=0.5)
    k.para(doc, f"- Kết quả nổi bật: {v['results']}.", indent=0.5)
    k.para(doc, ("4. Đề nghị", "b"), before=4)
    k.body(doc, v["ask"])
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), "- Như kính gửi;", "- Thường trực Đảng ủy (b/c);", "- Lưu VT."],
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
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    stamp = " ".join(v["issuer_caps"])
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)


ENTRIES = (
    Entry(
        "h16-thongbao-hlh-hoi-nong-dan",
        ("scan", "doc"),
        {
            "unit_id": "hlh-hoi-nong-dan",
            "issuer_caps": ["ĐẢNG ỦY XÃ HÒA LỘC HẢI", "BAN CHỈ ĐẠO PHONG TRÀO “DÂN VẬN KHÉO”"],
            "number": "09/TB-BCĐ",
            "date": ("Hòa Lộc Hải", 22, 12, 2026),
            "year": 2026,
            "to": "Hội Nông dân xã Hòa Lộc Hải",
            "unit_line": "Hội Nông dân xã Hòa Lộc Hải",
            "grounds": "Căn cứ Kế hoạch số 02-KH/BCĐ ngày 20/02/2026 và kết quả kiểm tra thực tế "
            "từ ngày 01/12 đến ngày 12/12/2026, Ban Chỉ đạo thông báo kết quả như sau:",
            "overall": "Năm 2026 có 17 mô hình đăng ký, 16 mô hình được đánh giá; 5 mô hình xếp "
            "loại tốt, 9 mô hình khá, 2 mô hình đạt.",
            "rows": [
                (
                    "Đoàn xã Hòa Lộc Hải",
                    "Thanh niên Hòa Lộc Hải giữ biển xanh",
                    "Võ Minh Khoa",
                    "93",
                    "Tốt",
                ),
                (
                    "Hội Nông dân xã Hòa Lộc Hải",
                    "Cánh đồng rau sạch ven biển",
                    "Ngô Văn Sáu",
                    "91",
                    "Tốt",
                ),
                (
                    "Hội CCB xã Hòa Lộc Hải",
                    "Cựu chiến binh tự quản an ninh trật tự khu dân cư",
                    "Trần Văn Mười",
                    "88",
                    "Khá",
                ),
                (
                    "Công an xã Hòa Lộc Hải",
                    "Camera an ninh tuyến biển",
                    "Lương Quốc Tuấn",
                    "90",
                    "Tốt",
                ),
                (
                    "Chi bộ thôn Cửa Lở",
                    "Bến cá xanh – không rác thải nhựa",
                    "Huỳnh Văn Lộc",
                    "85",
                    "Khá",
                ),
            ],
            "model": "Cánh đồng rau sạch ven biển",
            "leader": ("Ngô Văn Sáu", "Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0935 062 749",
            "location": "Cánh đồng cát thôn Trung Phường",
            "location_alt": ["thôn Trung Phường"],
            "figures": [
                "- Số hộ tham gia: 58 hộ hội viên, diện tích 9,6 ha.",
                "- Kinh phí: hội viên đóng góp 312.000.000 đồng làm hệ thống tưới nhỏ giọt; "
                "Quỹ Hỗ trợ nông dân cho vay 400.000.000 đồng.",
            ],
            "results": "Rau đạt chứng nhận VietGAP, bán cho 4 bếp ăn trường học và khách sạn; "
            "thu nhập bình quân 95 triệu đồng/ha/vụ, tăng 30% so với trước",
            "participants": 58,
            "funds": 312000000,
            "ask": "Hội Nông dân xã hoàn thiện hồ sơ, báo cáo thành tích gửi Ban Chỉ đạo trước "
            "ngày 28/12/2026 để đề nghị khen thưởng.",
            "sign_block": ["T/M BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"],
            "signer": "Phan Thị Thu Ba",
            "traits": [
                "result_notice",
                "list_of_units_table",
                "issuer_not_unit",
                "loan_beside_funds",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h17-thongbao-hlh-cong-an",
        ("photo",),
        {
            "unit_id": "hlh-cong-an",
            "issuer_caps": ["ĐẢNG ỦY XÃ HÒA LỘC HẢI", "BAN CHỈ ĐẠO PHONG TRÀO “DÂN VẬN KHÉO”"],
            "number": "10/TB-BCĐ",
            "date": ("Hòa Lộc Hải", 22, 12, 2026),
            "year": 2026,
            "to": "Công an xã Hòa Lộc Hải",
            "unit_line": "Công an xã Hòa Lộc Hải",
            "grounds": "Căn cứ kết quả chấm điểm của Tổ kiểm tra ngày 10/12/2026, Ban Chỉ đạo "
            "thông báo như sau:",
            "overall": "Có 16 mô hình được đánh giá, trong đó 5 mô hình xếp loại tốt.",
            "rows": [
                (
                    "Hội Nông dân xã Hòa Lộc Hải",
                    "Cánh đồng rau sạch ven biển",
                    "Ngô Văn Sáu",
                    "91",
                    "Tốt",
                ),
                (
                    "Công an xã Hòa Lộc Hải",
                    "Camera an ninh tuyến biển",
                    "Lương Quốc Tuấn",
                    "90",
                    "Tốt",
                ),
                (
                    "Trường Tiểu học Hòa Lộc Hải",
                    "Dạy bơi an toàn cho học sinh vùng biển",
                    "Phạm Đức Nhân",
                    "89",
                    "Khá",
                ),
                (
                    "Ban CHQS xã Hòa Lộc Hải",
                    "Dân quân bám biển, giúp dân mùa bão",
                    "Bhling Văn Mai",
                    "87",
                    "Khá",
                ),
            ],
            "model": "Camera an ninh tuyến biển",
            "leader": ("Lương Quốc Tuấn", "Trưởng Công an xã"),
            "position_alt": ["Trưởng Công an"],
            "location": "Tuyến đường ven biển thôn Cửa Lở, Bãi Ngang, Trung Phường",
            "location_alt": ["thôn Cửa Lở, Bãi Ngang, Trung Phường"],
            "figures": [
                "- Có 1.146 hộ dân tham gia đóng góp và cùng theo dõi camera.",
                "- Nhân dân, doanh nghiệp đóng góp 1,05 tỷ đồng lắp 38 camera; Công an thành phố "
                "hỗ trợ đường truyền.",
            ],
            "results": "Trộm cắp tài sản giảm 70%, phát hiện 6 vụ việc nhờ camera, không để "
            "xảy ra đua xe trên tuyến ven biển",
            "participants": 1146,
            "funds": 1050000000,
            "ask": "Công an xã tiếp tục duy trì mô hình, gửi báo cáo tổng kết trước ngày "
            "28/12/2026.",
            "sign_block": ["T/M BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN"],
            "signer": "Phan Thị Thu Ba",
            "traits": [
                "result_notice",
                "list_of_units_table",
                "issuer_not_unit",
                "no_phone",
                "funds_in_billions",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h18-thongbao-cb-xom-3",
        ("scan",),
        {
            "unit_id": "cb-xom-3",
            "issuer_caps": ["ĐẢNG ỦY XÃ NGHĨA THÁI", "BAN DÂN VẬN"],
            "number": "05-TB/BDV",
            "date": ("Nghĩa Thái", 20, 12, 2024),
            "year": 2024,
            "to": "Chi bộ xóm 3",
            "unit_line": "Chi bộ xóm 3",
            "grounds": "Căn cứ kết quả kiểm tra, đánh giá các mô hình năm 2024, Ban Dân vận Đảng "
            "ủy thông báo như sau:",
            "overall": "Toàn xã có 21 mô hình, 18 mô hình đạt yêu cầu.",
            "rows": [
                ("Chi bộ xóm 1", "Xóm 1 sáng – xanh – sạch", "Trần Văn Hợp", "86", "Khá"),
                ("Chi bộ xóm 3", "Đường làng nở hoa", "Đoàn Văn Thắng", "92", "Tốt"),
                ("Hội Nông dân xã", "Tổ hợp tác rau an toàn", "Vũ Văn Hòa", "88", "Khá"),
            ],
            "model": "Đường làng nở hoa",
            "leader": ("Đoàn Văn Thắng", "Bí thư Chi bộ"),
            "phone": "0915 274 083",
            "location": "Các tuyến đường xóm 3",
            "location_alt": ["xóm 3"],
            "figures": [
                "- 174 hộ tham gia trồng và chăm sóc hoa.",
                "- Nhân dân đóng góp 46.500.000 đồng; xã hỗ trợ 10.000.000 đồng cây giống.",
            ],
            "results": "Trồng 2,8 km đường hoa, 100% hộ phân loại rác tại nguồn",
            "participants": 174,
            "funds": 46500000,
            "ask": "Chi bộ xóm 3 nhân rộng mô hình sang các xóm lân cận.",
            "sign_block": ["T/M BAN DÂN VẬN", "TRƯỞNG BAN"],
            "signer": "Nguyễn Văn Khánh",
            "traits": [
                "result_notice",
                "list_of_units_table",
                "issuer_not_unit",
                "support_beside_funds",
            ],
        },
    ),
)

LAYOUT = Layout("thongbao_ketqua", "report", ("D10", "D11"), render, ENTRIES)
