"""A five-year review ("Báo cáo tổng kết 5 năm", 2021–2025) of a unit's "Dân vận khéo" work.

After reviews of a movement over the 2021–2025 period (B05, B06: the period's directives, the
models built year by year, the outstanding models): the unit's header and the motto, "BÁO CÁO /
Tổng kết 5 năm thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 – 2025", sections
I–IV, a table of the unit's figures by year (2021 … 2025 and a total column: models registered,
models recognised, households taking part, money raised in millions), the outstanding model
detailed in "3. Mô hình tiêu biểu", shortcomings, the 2026–2030 direction, "Nơi nhận:" and the
head's signature.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits

YEARS = (2021, 2022, 2023, 2024, 2025)
ROWS = (
    "Số mô hình đăng ký",
    "Số mô hình được công nhận",
    "Số hộ dân tham gia",
    "Kinh phí huy động (triệu đồng)",
)


def _fmt(number: float) -> str:
    text = f"{number:,.1f}" if isinstance(number, float) else f"{number:,}"
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [
            *[(line, "") for line in v["issuer_top"]],
            (v["issuer"], "b"),
            "───────",
            (f"Số: {v['number']}", ""),
        ],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    k.para(doc, ("BÁO CÁO", "b", 14), align="center", before=12, after=0)
    k.para(
        doc,
        ("Tổng kết 5 năm thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 – 2025", "b"),
        align="center",
        after=8,
    )
    k.para(doc, ("I. ĐẶC ĐIỂM TÌNH HÌNH", "b"), align="left")
    k.body(doc, v["situation"])
    k.para(doc, ("II. KẾT QUẢ THỰC HIỆN", "b"), align="left")
    k.para(doc, ("1. Công tác lãnh đạo, chỉ đạo", "b"), align="left")
    k.body(doc, v["leadership"])
    k.para(doc, ("2. Kết quả xây dựng mô hình qua các năm", "b"), align="left")
    tbl = k.table(doc, len(ROWS) + 1, (5.0, 1.7, 1.7, 1.7, 1.7, 1.7, 1.8))
    for col, title in enumerate(("Chỉ tiêu", *map(str, YEARS), "Tổng")):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=11)
    for row, title in enumerate(ROWS, start=1):
        values = v["table"][row - 1]
        k.cell_text(tbl.cell(row, 0), title, size=11)
        for col, value in enumerate([*values, sum(values)], start=1):
            k.cell_text(tbl.cell(row, col), _fmt(value), align="center", size=11)
    k.para(doc, ("3. Mô hình tiêu biểu", "b"), align="left", before=6)
    person, position = v["leader"]
    k.body(doc, f"Mô hình “{v['model']}”{v.get('model_tail', '')}, thực hiện tại {v['location']}.")
    phone = f", điện thoại {v['phone']}" if v.get("phone") else ""
    k.body(doc, f"- Người phụ trách: {v.get('honorific', '')}{person}, {position}{phone}.")
    k.body(doc, f"- Số người tham gia: {v['participants_text']}.")
    k.body(doc, f"- Kinh phí: {v['funds_text']}.")
    k.body(doc, f"- Kết quả: {v['results']}.")
    k.para(doc, ("III. HẠN CHẾ, NGUYÊN NHÂN", "b"), align="left")
    k.body(doc, v["limits"])
    k.para(doc, ("IV. PHƯƠNG HƯỚNG GIAI ĐOẠN 2026 – 2030", "b"), align="left")
    k.body(doc, v["direction"])
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[(f"- {r};", "") for r in v["recipients"]], ("- Lưu VT.", "")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], v["issuer"])
    return doc, truth


ENTRIES = (
    Entry(
        "q07-tongket-tdn-hoi-ccb",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "tdn-hoi-ccb",
            "issuer_top": ["HỘI CCB TỈNH ĐỒNG NAI"],
            "issuer": "HỘI CCB XÃ TÂN ĐỨC NAM",
            "unit_line": "Hội Cựu chiến binh xã Tân Đức Nam",
            "unit_alt": ["HỘI CCB XÃ TÂN ĐỨC NAM"],
            "number": "21/BC-CCB",
            "date": ("Tân Đức Nam", 22, 12, 2025),
            "situation": "Hội có 12 chi hội với 318 hội viên, trong đó 41 hội viên là người đồng "
            "bào dân tộc S'tiêng, Chơ Ro; đời sống hội viên chủ yếu dựa vào cây cao su, cây điều.",
            "leadership": "Thực hiện Kế hoạch số 07-KH/ĐU ngày 15/3/2021 của Đảng ủy, Ban Chấp "
            "hành Hội ban hành 5 kế hoạch hằng năm, đưa phong trào vào nghị quyết của từng chi hội.",
            "table": [
                [3, 4, 4, 5, 6],
                [2, 3, 4, 4, 6],
                [96, 130, 152, 188, 214],
                [85.0, 110.5, 140.0, 162.0, 190.0],
            ],
            "model": "Cựu chiến binh giúp nhau làm kinh tế vườn điều",
            "model_tail": " (lĩnh vực kinh tế)",
            "domain": "economy",
            "location": "ấp Bàu Tre và ấp Suối Cả",
            "location_alt": ["ấp Bàu Tre"],
            "honorific": "đồng chí ",
            "leader": ("Đặng Văn Sáng", "Chủ tịch Hội CCB xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0918 362 704",
            "participants_text": "62 hội viên cựu chiến binh",
            "participants": 62,
            "funds_text": "hội viên góp quỹ xoay vòng 310.000.000 đồng; vay Ngân hàng Chính sách "
            "xã hội 500.000.000 đồng",
            "funds": 310000000,
            "results": "Sau 5 năm, 62 hội viên ghép 18 ha điều cao sản, năng suất tăng từ 1,1 lên "
            "1,8 tấn/ha; 9 hộ cựu chiến binh thoát nghèo, không còn hộ hội viên nghèo",
            "limits": "Một số chi hội chưa chủ động; giá hạt điều biến động làm thu nhập hội viên "
            "chưa ổn định.",
            "direction": "Mỗi chi hội có ít nhất 01 mô hình “Dân vận khéo”; nhân rộng mô hình vườn "
            "điều ra toàn xã.",
            "recipients": ["Hội CCB tỉnh", "Đảng ủy xã", "Ban Dân vận Đảng ủy xã"],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Đặng Văn Sáng",
            "traits": [
                "five_year_table",
                "sections",
                "tcvn3",
                "signer_is_leader",
                "loan_not_funds",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q08-tongket-tdn-mttq",
        ("photo", "doc"),
        {
            "unit_id": "tdn-mttq",
            "issuer_top": ["ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐỒNG NAI"],
            "issuer": "ỦY BAN MTTQ VIỆT NAM XÃ TÂN ĐỨC NAM",
            "unit_line": "Ủy ban MTTQ Việt Nam xã Tân Đức Nam",
            "unit_alt": ["ỦY BAN MTTQ VIỆT NAM XÃ TÂN ĐỨC NAM"],
            "number": "48/BC-MTTQ",
            "date": ("Tân Đức Nam", 5, 1, 2026),
            "situation": "Xã có 6 ấp, 4.216 hộ với 16.830 nhân khẩu; đồng bào Hoa ở ấp Hòa Bình, "
            "đồng bào S'tiêng ở ấp Suối Cả chiếm gần 18% dân số.",
            "leadership": "Ban Thường trực Ủy ban MTTQ xã phối hợp các tổ chức thành viên phát "
            "động phong trào tại 6 hội nghị đại biểu nhân dân các ấp.",
            "table": [
                [5, 7, 8, 8, 9],
                [4, 6, 8, 7, 9],
                [420, 615, 780, 902, 1040],
                [210.0, 355.0, 480.5, 512.0, 640.0],
            ],
            "model": "Con đường bê tông nghĩa tình",
            "location": "6 ấp của xã Tân Đức Nam",
            "location_alt": ["6 ấp"],
            "honorific": "bà ",
            "leader": ("Huỳnh Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ xã"),
            "position_alt": ["Phó Chủ tịch"],
            "phone": "0271.3861.902",
            "participants_text": "1.325 hộ dân",
            "participants": 1325,
            "funds_text": "nhân dân đóng góp 2,36 tỷ đồng và hiến 14.200 m² đất; ngân sách xã hỗ "
            "trợ xi măng",
            "funds": 2360000000,
            "results": "Đã làm mới 11,4 km đường bê tông, lắp 420 bóng đèn chiếu sáng; 4/6 ấp đạt "
            "ấp văn hóa, không có khiếu kiện về đất làm đường",
            "limits": "Việc vận động hiến đất ở ấp Hòa Bình còn chậm; một số tổ chức thành viên "
            "chưa báo cáo đúng hạn.",
            "direction": "Tiếp tục vận động nhân dân làm đường, gắn với xây dựng nông thôn mới "
            "nâng cao.",
            "recipients": [
                "Ủy ban MTTQ Việt Nam tỉnh",
                "Thường trực Đảng ủy xã",
                "Các tổ chức thành viên",
            ],
            "sign_block": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
            "signer": "Nguyễn Hoàng Vũ",
            "traits": [
                "five_year_table",
                "sections",
                "signer_not_leader",
                "billions",
                "landline",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q09-tongket-hoi-nong-dan",
        ("scan",),
        {
            "unit_id": "hoi-nong-dan",
            "issuer_top": ["HỘI NÔNG DÂN HUYỆN"],
            "issuer": "HỘI NÔNG DÂN XÃ NGHĨA THÁI",
            "unit_line": "Hội Nông dân xã Nghĩa Thái",
            "unit_alt": ["HỘI NÔNG DÂN XÃ NGHĨA THÁI"],
            "number": "09/BC-HND",
            "date": ("Nghĩa Thái", 18, 12, 2025),
            "situation": "Hội có 14 chi hội, 1.960 hội viên; sản xuất lúa và rau màu là chính.",
            "leadership": "Ban Thường vụ Hội đưa chỉ tiêu xây dựng mô hình vào nghị quyết đại hội "
            "nhiệm kỳ và giao cho từng chi hội.",
            "table": [
                [4, 4, 5, 6, 6],
                [3, 4, 5, 5, 6],
                [150, 168, 205, 236, 260],
                [60.0, 72.5, 95.0, 120.0, 134.0],
            ],
            "model": "Cánh đồng lúa hữu cơ xóm 5",
            "location": "Cánh đồng Đồng Bông, xóm 5",
            "location_alt": ["xóm 5"],
            "leader": ("Vũ Văn Hòa", "Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Chủ tịch Hội"],
            "participants_text": "47 hộ hội viên",
            "participants": 47,
            "funds_text": "các hộ góp 126.000.000 đồng mua máy cấy, chế phẩm sinh học",
            "funds": 126000000,
            "results": "Sau 3 vụ, giá bán lúa hữu cơ cao hơn 25%, 47 hộ có lãi bình quân 9 triệu "
            "đồng/sào/năm",
            "limits": "Diện tích sản xuất hữu cơ còn nhỏ lẻ, chưa có sản phẩm OCOP.",
            "direction": "Mở rộng cánh đồng hữu cơ lên 30 ha, liên kết tiêu thụ với doanh nghiệp.",
            "recipients": ["Hội Nông dân huyện", "Đảng ủy xã"],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Vũ Văn Hòa",
            "traits": ["five_year_table", "sections", "signer_is_leader", "no_phone"],
        },
    ),
)

LAYOUT = Layout("tongket_5nam", "report", ("B05", "B06"), render, ENTRIES)
