"""A registration whose second half is a year plan: activities by month, marked with an X.

After the registration items of the movement (X04) and the activity plans that units attach to
them in the shape of the "Kế hoạch … năm" tables of mass organisations (X08: "TT | Nội dung hoạt
động | T1 … T12 | Người thực hiện", an "x" in each month the activity runs). The plan's rows name
activities and the people who run them (not always the person in charge); the months are not
dates. The registration above it is short (unit, model, type, domain, person, place, aims).
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, phone_digits, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["unit_caps"], "b"), "───────"],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    k.para(doc, ("ĐĂNG KÝ VÀ KẾ HOẠCH THỰC HIỆN", "b", 14), align="center", before=12, after=0)
    k.para(doc, ("MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "b"), align="center", after=8)
    k.para(doc, ("A. ĐĂNG KÝ", "b"))
    person, position = v["leader"]
    k.para(doc, "- Đơn vị: ", (v["unit"], "b"), first=0.5)
    k.para(doc, "- Tên mô hình: ", (v["model"], "b"), first=0.5)
    kind = f"; loại mô hình: {v['type_vi']}" if v.get("type_vi") else ""
    k.para(doc, f"- Lĩnh vực: {DOMAIN_VI[v['domain']]}{kind}", first=0.5)
    phone = f" – ĐT {v['phone']}" if v.get("phone") else ""
    k.para(doc, f"- Người phụ trách: {person} ({position}){phone}", first=0.5)
    k.para(doc, f"- Địa bàn: {v['location']}", first=0.5)
    k.para(doc, "- Mục tiêu, nội dung chủ yếu:", first=0.5)
    for line in v["content"]:
        k.para(doc, line, first=1.0)
    k.para(doc, ("B. KẾ HOẠCH HOẠT ĐỘNG THEO THÁNG", "b"), before=6)
    widths = [0.8, 4.2, *[0.75] * 12, 2.0]
    grid = k.table(doc, 1 + len(v["plan"]), widths)
    heads = ["TT", "Nội dung hoạt động / Tháng", *map(str, range(1, 13)), "Người thực hiện"]
    for col, head in enumerate(heads):
        k.cell_text(grid.cell(0, col), (head, "b"), align="center", size=9 if col != 1 else 11)
    for row, (activity, months, who) in enumerate(v["plan"], start=1):
        k.cell_text(grid.cell(row, 0), str(row), align="center", size=11)
        k.cell_text(grid.cell(row, 1), activity, size=11)
        for month in range(1, 13):
            mark = "x" if month in months else ""
            k.cell_text(grid.cell(row, 1 + month), mark, align="center", size=10)
        k.cell_text(grid.cell(row, 14), who, align="center", size=10)
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[(f"- {r};", "") for r in v["recipients"]], ("- Lưu.", "")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"][0], "b")],
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
        "r13-kehoach-hlc-hoi-ccb",
        ("scan", "doc"),
        {
            "unit_id": "hlc-hoi-ccb",
            "superior": "HỘI CCB TỈNH ĐIỆN BIÊN",
            "unit_caps": "HỘI CỰU CHIẾN BINH XÃ HUỔI LẾCH",
            "unit": "Hội Cựu chiến binh xã Huổi Lếch",
            "date": ("Huổi Lếch", 27, 2, 2026),
            "model": "Cựu chiến binh giúp nhau nuôi bò sinh sản",
            "type": "collective",
            "type_vi": "tập thể",
            "domain": "economy",
            "leader": ("Lò Văn Thưởng", "Chủ tịch Hội CCB xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0913 052 784",
            "location": "bản Huổi Lếch và bản Nà Sáng",
            "content": [
                "+ Lập tổ hợp tác nuôi bò của hội viên, luân chuyển bê giống: hộ nhận bò trả "
                "lại một con bê cho hộ tiếp theo.",
                "+ Trồng 5 ha cỏ voi tập trung, làm chuồng trại xa nhà ở.",
                "+ Phấn đấu đến cuối năm 2026 mỗi hộ hội viên nghèo có ít nhất 2 con bò.",
            ],
            "plan": [
                ("Họp tổ, bình xét hộ nhận bò đợt 1", {1, 2}, "Ban Chấp hành"),
                ("Trồng cỏ voi, làm chuồng trại", {2, 3, 4}, "Tổ hợp tác"),
                ("Tập huấn tiêm phòng, phòng rét cho bò", {4, 10}, "Thú y xã"),
                ("Luân chuyển bê giống cho hộ tiếp theo", {6, 7, 11, 12}, "Lò Văn Thưởng"),
                ("Sơ kết, đánh giá mô hình", {12}, "Hội CCB xã"),
            ],
            "recipients": ["Hội CCB tỉnh", "Đảng ủy xã"],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": ("Lò Văn Thưởng", "Chủ tịch"),
            "traits": [
                "month_plan_table",
                "x_marks",
                "leader_in_plan",
                "thai_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r14-kehoach-hlc-cb-ban-na-sang",
        ("photo",),
        {
            "unit_id": "hlc-cb-ban-na-sang",
            "superior": "ĐẢNG BỘ XÃ HUỔI LẾCH",
            "unit_caps": "CHI BỘ BẢN NÀ SÁNG",
            "unit": "Chi bộ bản Nà Sáng",
            "date": ("Nà Sáng", 3, 3, 2026),
            "model": "Bản Nà Sáng xanh – sạch, giữ nếp nhà sàn Thái",
            "domain": "culture_society",
            "leader": ("Lường Văn Phanh", "Bí thư Chi bộ bản Nà Sáng"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0389 147 256",
            "location": "bản Nà Sáng",
            "content": [
                "1. Mỗi hộ giữ nhà sàn, trồng hoa trước cửa, không thả rông gia súc dưới gầm sàn.",
                "2. Chủ nhật cuối tháng cả bản làm vệ sinh đường, suối; phân loại rác tại nhà.",
                "3. Đội văn nghệ xòe Thái của bản tập luyện, phục vụ khách du lịch cộng đồng.",
            ],
            "plan": [
                ("Họp bản thống nhất hương ước", {1}, "Trưởng bản Lường Văn Ủn"),
                ("Ngày Chủ nhật xanh", set(range(1, 13)), "Đoàn viên, hội viên"),
                ("Trồng hoa ban, hoa dã quỳ ven đường", {3, 4, 9}, "Chi hội Phụ nữ"),
                ("Tập và biểu diễn xòe Thái", {5, 6, 7, 8}, "Đội văn nghệ bản"),
                ("Bình xét gia đình văn hóa", {11, 12}, "Ban Công tác Mặt trận"),
            ],
            "recipients": ["Đảng ủy xã"],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Lường Văn Phanh", "Bí thư"),
            "traits": [
                "month_plan_table",
                "x_marks",
                "every_month_row",
                "other_person_in_plan",
                "no_model_type",
                "thai_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r15-kehoach-hlc-ubnd",
        ("scan",),
        {
            "unit_id": "hlc-ubnd",
            "superior": "TỈNH ĐIỆN BIÊN",
            "unit_caps": "ỦY BAN NHÂN DÂN XÃ HUỔI LẾCH",
            "unit": "UBND xã Huổi Lếch",
            "unit_alt": ["Ủy ban nhân dân xã Huổi Lếch", "ỦY BAN NHÂN DÂN XÃ HUỔI LẾCH"],
            "date": ("Huổi Lếch", 6, 3, 2026),
            "model": "Bộ phận một cửa nói tiếng H'Mông, tiếng Thái với dân",
            "type": "collective",
            "type_vi": "tập thể",
            "domain": "political_system",
            "leader": ("Sùng Thị Mỷ", "Phó Chủ tịch UBND xã"),
            "position_alt": ["Phó Chủ tịch"],
            "phone": "0215.3862.309",
            "location": "Trung tâm Phục vụ hành chính công xã",
            "content": [
                "- Bố trí công chức biết tiếng H'Mông, tiếng Thái trực hướng dẫn người dân làm "
                "thủ tục, kể cả thủ tục trực tuyến.",
                "- Dịch các mẫu đơn thường dùng sang tiếng H'Mông, dán tại quầy.",
                "- Mỗi quý lấy ý kiến hài lòng của người dân bằng phiếu có hình ảnh.",
            ],
            "plan": [
                ("Dịch, in mẫu đơn song ngữ", {1, 2}, "Văn phòng HĐND-UBND"),
                ("Trực tiếng dân tộc tại quầy", set(range(3, 13)), "Công chức một cửa"),
                ("Lấy phiếu ý kiến người dân", {3, 6, 9, 12}, "Phó Chủ tịch UBND xã"),
                ("Đánh giá, báo cáo Ban Chỉ đạo", {6, 12}, "Văn phòng HĐND-UBND"),
            ],
            "recipients": ["Đảng ủy xã", "Ban Chỉ đạo phong trào xã"],
            "sign_block": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
            "signer": ("Lò Văn Sỹ", "Chủ tịch"),
            "traits": [
                "month_plan_table",
                "x_marks",
                "alias_unit_name",
                "landline",
                "signer_not_leader",
                "hmong_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("kehoach_thang", "registration", ("X04", "X08"), render, ENTRIES)
