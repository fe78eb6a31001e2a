"""A statistical return ("biểu") in landscape: the model's results as one row of a wide table.

After the statistical report forms of the state reporting regimes: a three-cell top block —
"Biểu số …", "Ban hành kèm theo …", "Ngày nhận báo cáo: …" on the left, the title and the
period in the middle, "Đơn vị báo cáo: …" / "Đơn vị nhận báo cáo: …" on the right (the only
place the unit is written); a table of twelve columns with a two-row header (merged groups
"Người phụ trách" and "Kết quả") and a row of column codes (A, B, 1, 2 …); money in a column
headed "(triệu đồng)"; a "Cộng" row; "Người lập biểu" and the head of the unit under the table.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits, signer_alt

WIDTHS = (1.1, 4.2, 2.0, 1.6, 2.8, 2.4, 2.3, 2.6, 1.7, 1.9, 3.9, 1.2)
CODES = ("A", "B", "1", "2", "3", "4", "5", "6", "7", "8", "9", "C")


def _header(tbl: Any) -> None:
    singles = {
        0: "STT",
        1: "Tên mô hình",
        2: "Lĩnh vực",
        3: "Tập thể / Cá nhân",
        7: "Địa bàn thực hiện",
        11: "Ghi chú",
    }
    for col, text in singles.items():
        k.cell_text(tbl.cell(0, col).merge(tbl.cell(1, col)), (text, "b", 10), align="center")
    k.cell_text(tbl.cell(0, 4).merge(tbl.cell(0, 6)), ("Người phụ trách", "b", 10), align="center")
    k.cell_text(tbl.cell(0, 8).merge(tbl.cell(0, 10)), ("Kết quả", "b", 10), align="center")
    subs = {
        4: "Họ và tên",
        5: "Chức vụ",
        6: "Điện thoại",
        8: "Số người (hộ) tham gia",
        9: "Kinh phí huy động (triệu đồng)",
        10: "Kết quả chủ yếu",
    }
    for col, text in subs.items():
        k.cell_text(tbl.cell(1, col), (text, "b", 10), align="center")
    for col, code in enumerate(CODES):
        k.cell_text(tbl.cell(2, col), (code, "i", 9), align="center")


def _top(doc: Document, v: dict[str, Any]) -> None:
    top = k.table(doc, 1, (7.0, 11.7, 7.0), grid=False)
    k.cell_text(
        top.cell(0, 0),
        [
            ("Biểu số 02/DVK", "b", 11),
            (f"Ban hành kèm theo {v['guidance']}", "i", 10),
            ("Ngày nhận báo cáo: trước ngày 05/9", "i", 10),
        ],
    )
    k.cell_text(
        top.cell(0, 1),
        [
            ("BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO”", "b", 13),
            (f"Năm {v['date'][3]}", "b", 12),
            (f"(Kỳ báo cáo: từ 01/01/{v['date'][3]} đến 31/8/{v['date'][3]})", "i", 11),
        ],
        align="center",
    )
    k.cell_text(
        top.cell(0, 2),
        [
            [("Đơn vị báo cáo: ", "", 11), (v["unit"], "b", 11)],
            [("Đơn vị nhận báo cáo: ", "", 11), (v["receiver"], "", 11)],
        ],
    )


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=12, landscape=True)
    _top(doc, v)
    k.para(doc, "", after=4)
    blanks = v.get("blank_rows", 1)
    tbl = k.table(doc, 4 + blanks + 1, WIDTHS)
    _header(tbl)
    lead = v["leader"]
    row = (
        "1",
        v["model"],
        v["domain_text"],
        v["type_text"],
        lead[0],
        lead[1],
        v.get("phone", ""),
        v["location"],
        v["participants_text"],
        v["funds_text"],
        v["results"],
        v.get("note", ""),
    )
    for col, text in enumerate(row):
        k.cell_text(
            tbl.cell(3, col), (text, "", 10), align="center" if col in (0, 8, 9) else "left"
        )
    for blank in range(blanks):
        k.cell_text(tbl.cell(4 + blank, 0), (str(blank + 2), "", 10), align="center")
    total = 4 + blanks
    k.cell_text(tbl.cell(total, 1), ("Cộng", "b", 10), align="center")
    k.cell_text(tbl.cell(total, 8), (v["participants_text"], "b", 10), align="center")
    k.cell_text(tbl.cell(total, 9), (v["funds_text"], "b", 10), align="center")
    k.para(doc, "", after=2)
    tail = k.table(doc, 1, (12.0, 13.7), grid=False)
    k.cell_text(
        tail.cell(0, 0),
        [("NGƯỜI LẬP BIỂU", "b"), ("(Ký, ghi rõ họ tên)", "i"), "", "", (v["clerk"], "b")],
        align="center",
    )
    k.cell_text(
        tail.cell(0, 1),
        [
            (date_line(*v["date"]), "i"),
            *([(v["on_behalf"], "b")] if v["on_behalf"] else []),
            (v["signer"][1].upper(), "b"),
            "",
            "",
            (v.get("name_line", v["signer"][0]), "b"),
        ],
        align="center",
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": lead[0],
        "leader_position": lead[1],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": [*v.get("position_alt", []), *signer_alt(lead, v["signer"])],
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"][0], v["stamp"])
    return doc, truth


GUIDANCE = "Hướng dẫn số 05-HD/BXDĐ ngày 12/02/2026 của Ban Xây dựng Đảng"

ENTRIES = (
    Entry(
        "h10-bieu-plt-cb-trung-hoa",
        ("scan", "doc"),
        {
            "unit_id": "plt-cb-trung-hoa",
            "date": ("Trung Hòa", 28, 8, 2026),
            "guidance": GUIDANCE,
            "unit": "Chi bộ thôn Trung Hòa",
            "unit_alt": ["CB thôn Trung Hòa"],
            "receiver": "Ban Xây dựng Đảng, Đảng ủy xã Phú Lạc Tây",
            "model": "Dân vận khéo trong hiến đất mở rộng đường liên thôn",
            "domain_text": "Kinh tế",
            "domain": "economy",
            "type_text": "Tập thể",
            "type": "collective",
            "leader": ("Võ Văn Toàn", "Bí thư Chi bộ"),
            "phone": "0912 608 335",
            "location": "Tuyến Trung Hòa – Bàu Sen",
            "participants_text": "64 hộ",
            "participants": 64,
            "funds_text": "215,4",
            "funds": 215400000,
            "results": "64 hộ hiến 2.870 m2 đất, mở rộng 1,9 km đường lên 5 m; không có khiếu nại.",
            "clerk": "Võ Thị Hằng",
            "on_behalf": "T/M CHI BỘ",
            "signer": ("Võ Văn Toàn", "Bí thư"),
            "stamp": "ĐẢNG BỘ XÃ PHÚ LẠC TÂY * CHI BỘ THÔN TRUNG HÒA",
            "traits": [
                "landscape",
                "statistical_return",
                "unit_in_top_right_box",
                "money_in_million_column",
                "rows_are_models",
                "merged_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h11-bieu-plt-cong-an",
        ("scan",),
        {
            "unit_id": "plt-cong-an",
            "date": ("Phú Lạc Tây", 31, 8, 2026),
            "guidance": GUIDANCE,
            "unit": "Công an xã Phú Lạc Tây",
            "unit_alt": ["CA xã Phú Lạc Tây"],
            "receiver": "Đảng ủy xã Phú Lạc Tây",
            "model": "Camera an ninh kết nối với Công an xã",
            "domain_text": "Quốc phòng - an ninh",
            "domain": "security_defense",
            "type_text": "Tập thể",
            "type": "collective",
            "leader": ("Nguyễn Văn Kiên", "Trưởng Công an xã"),
            "phone": "0868.045.117",
            "location": "Các trục đường chính của xã",
            "participants_text": "139 hộ",
            "participants": 139,
            "funds_text": "312",
            "funds": 312000000,
            "results": "Lắp 58 mắt camera do Nhân dân đóng góp; phát hiện, xử lý 7 vụ vi phạm "
            "trật tự an toàn giao thông.",
            "note": "Đề nghị biểu dương",
            "clerk": "Trần Minh Khôi",
            "on_behalf": "",
            "signer": ("Nguyễn Văn Kiên", "Trưởng Công an xã"),
            "name_line": "Thượng tá Nguyễn Văn Kiên",
            "position_alt": ["Trưởng Công an"],
            "stamp": "CÔNG AN TỈNH HÀ TĨNH * CÔNG AN XÃ PHÚ LẠC TÂY",
            "traits": [
                "landscape",
                "statistical_return",
                "unit_in_top_right_box",
                "rank_before_signer",
                "rows_are_models",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h12-bieu-hoi-ccb",
        ("photo",),
        {
            "unit_id": "hoi-ccb",
            "date": ("Nghĩa Thái", 30, 8, 2024),
            "guidance": "Công văn số 12-CV/ĐU ngày 05/3/2024 của Đảng ủy xã Nghĩa Thái",
            "unit": "Hội Cựu chiến binh xã Nghĩa Thái",
            "unit_alt": ["Hội Cựu chiến binh xã", "Hội CCB xã Nghĩa Thái"],
            "receiver": "Đảng ủy xã Nghĩa Thái",
            "model": "Cựu chiến binh giúp nhau giảm nghèo",
            "domain_text": "Kinh tế",
            "domain": "economy",
            "type_text": "Tập thể",
            "type": "collective",
            "leader": ("Nguyễn Văn Lâm", "Chủ tịch Hội"),
            "location": "Toàn xã Nghĩa Thái",
            "participants_text": "186 người",
            "participants": 186,
            "funds_text": "95,5",
            "funds": 95500000,
            "results": "Cho 12 hội viên vay vốn quay vòng không lãi; 5 hộ hội viên thoát nghèo.",
            "clerk": "Đỗ Văn Hiền",
            "on_behalf": "TM. BAN THƯỜNG VỤ",
            "signer": ("Nguyễn Văn Lâm", "Chủ tịch"),
            "stamp": "HỘI CỰU CHIẾN BINH XÃ NGHĨA THÁI",
            "blank_rows": 2,
            "traits": [
                "landscape",
                "statistical_return",
                "unit_in_top_right_box",
                "no_phone",
                "rows_are_models",
            ],
        },
    ),
)

LAYOUT = Layout("bieu_thongke", "report", ("H06",), render, ENTRIES, landscape=True)
