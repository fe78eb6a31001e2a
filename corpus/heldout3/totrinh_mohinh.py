"""A "TỜ TRÌNH" that proposes a model to the commune, its items inside section II.

After the "tờ trình" of Nghị định 30/2020/NĐ-CP, Phụ lục III (K01): "Số: …/TTr-…", the type
name "TỜ TRÌNH" and the gist "Về việc …" under it, "Kính gửi:", a "Căn cứ …" paragraph; then
"I. SỰ CẦN THIẾT" in prose (figures of the present state that are not the model's), "II. NỘI
DUNG ĐỀ XUẤT" whose numbered items put a label and a value on one line ("1. Tên mô hình: …",
"2. Đơn vị chủ trì: …", "3. Người chịu trách nhiệm chính: …" with the position after a comma,
"4. Điện thoại: …", "5. Địa điểm thực hiện: …", "6. Cách làm:" over dash lines, "7. Kinh phí
dự kiến: …" that is a plan, not money mobilised); "III. KIẾN NGHỊ"; "Kính trình … xem xét, quyết
định./."; the head signs ("GIÁM ĐỐC", "HIỆU TRƯỞNG", "CHỦ TỊCH").
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt


def _item(doc: Document, label: str, value: str) -> None:
    k.para(doc, (f"{label}: ", "b"), value, first=1.0)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [(v["issuer"][0], "", 12), (v["issuer"][1], "b", 12), ("───────", ""),
         (f"Số: {v['number']}", "", 13)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )  # fmt: skip
    k.para(doc, "", after=4)
    k.para(doc, ("TỜ TRÌNH", "b", 14), align="center", after=0)
    k.para(
        doc,
        (f"Về việc đề xuất xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}", "b"),
        align="center",
        after=8,
    )
    k.para(doc, "Kính gửi: ", (v["to"], ""), align="center", after=8)
    k.body(doc, f"Căn cứ {v['basis']};")
    k.body(doc, f"{v['sender']} kính trình {v['to_short']} nội dung sau:")
    k.para(doc, ("I. SỰ CẦN THIẾT", "b"))
    k.body(doc, v["need"])
    k.para(doc, ("II. NỘI DUNG ĐỀ XUẤT", "b"))
    person, position = v["leader"]
    _item(doc, "1. Tên mô hình", v["model"])
    _item(doc, "2. Đơn vị chủ trì", v["unit_name"])
    _item(doc, "3. Người chịu trách nhiệm chính", f"{v['honorific']} {person}, {position}")
    _item(doc, "4. Điện thoại", v["phone"])
    _item(doc, "5. Địa điểm thực hiện", v["location"])
    k.para(doc, ("6. Cách làm:", "b"), first=1.0)
    for line in v["content"]:
        k.body(doc, line)
    _item(doc, "7. Kinh phí dự kiến", v["budget"])
    k.para(doc, ("III. KIẾN NGHỊ", "b"))
    k.body(doc, v["proposal"])
    k.body(doc, f"Kính trình {v['to_short']} xem xét, quyết định./.")
    signer = v["signer"]
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), ("- Như trên;", "", 11), ("- Lưu: VT.", "", 11)],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (signer[0], "b")],
    )
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], signer),
    }
    stamp = f"{v['issuer'][0]} {v['issuer'][1]}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "k01-totrinh-ytb-htx-che",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "ytb-htx-che",
            "issuer": ("UBND XÃ YÊN THẠCH BẮC", "HỢP TÁC XÃ CHÈ YÊN THẠCH"),
            "number": "08/TTr-HTX",
            "date": ("Yên Thạch Bắc", 12, 3, 2026),
            "to": "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Yên Thạch Bắc.",
            "to_short": "Ban Chỉ đạo",
            "basis": "Kế hoạch số 05-KH/ĐU ngày 20/01/2026 của Đảng ủy xã Yên Thạch Bắc về "
            "thực hiện phong trào thi đua “Dân vận khéo” năm 2026",
            "sender": "Hợp tác xã Chè Yên Thạch",
            "unit_name": "Hợp tác xã Chè Yên Thạch",
            "unit_alt": ["HỢP TÁC XÃ CHÈ YÊN THẠCH", "HTX Chè Yên Thạch"],
            "need": "Hợp tác xã hiện có 64 thành viên, 38 ha chè, trong đó mới có 9 ha được "
            "chứng nhận VietGAP; giá chè búp tươi bán lẻ của các hộ thấp hơn giá thu mua theo "
            "hợp đồng từ 20 đến 25%.",
            "model": "Vận động hộ dân liên kết trồng chè an toàn theo chuỗi",
            "honorific": "ông",
            "leader": ("Lê Văn Độ", "Giám đốc Hợp tác xã"),
            "position_alt": ["Giám đốc"],
            "phone": "0986 417 235",
            "location": "Thôn Suối Vàng và thôn Gò Sim",
            "content": [
                "- Tổ chức 6 buổi họp dân tại nhà văn hóa thôn, giới thiệu quy trình sản xuất "
                "chè an toàn và hợp đồng bao tiêu;",
                "- Mỗi thành viên Hội đồng quản trị nhận giúp đỡ 5 hộ chuyển đổi, ghi nhật ký "
                "sản xuất;",
                "- Phối hợp Hội Nông dân xã mở lớp tập huấn sử dụng phân bón hữu cơ.",
            ],
            "budget": "45.000.000 đồng (nguồn quỹ phát triển sản xuất của Hợp tác xã)",
            "proposal": "Đề nghị Ban Chỉ đạo xã công nhận đăng ký và hỗ trợ kết nối tiêu thụ "
            "sản phẩm.",
            "sign_block": ["GIÁM ĐỐC"],
            "signer": ("Lê Văn Độ", "Giám đốc"),
            "traits": [
                "type_name_totrinh",
                "items_in_section",
                "planned_budget",
                "honorific_before_name",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k02-totrinh-ytb-truong-tieu-hoc",
        ("photo",),
        {
            "unit_id": "ytb-truong-tieu-hoc",
            "issuer": ("UBND XÃ YÊN THẠCH BẮC", "TRƯỜNG TIỂU HỌC YÊN THẠCH BẮC"),
            "number": "15/TTr-THYTB",
            "date": ("Yên Thạch Bắc", 18, 3, 2026),
            "to": "Đảng ủy, Ủy ban nhân dân xã Yên Thạch Bắc.",
            "to_short": "Đảng ủy, Ủy ban nhân dân xã",
            "basis": "Kế hoạch số 05-KH/ĐU ngày 20/01/2026 của Đảng ủy xã Yên Thạch Bắc",
            "sender": "Trường Tiểu học Yên Thạch Bắc",
            "unit_name": "Trường Tiểu học Yên Thạch Bắc",
            "unit_alt": ["TRƯỜNG TIỂU HỌC YÊN THẠCH BẮC", "Trường TH Yên Thạch Bắc"],
            "need": "Nhà trường có 412 học sinh, trong đó 96 em ở thôn Suối Vàng phải đi bộ "
            "trên 3 km qua đường đồi; năm học 2024 - 2025 có 7 em bỏ học giữa chừng.",
            "model": "Cha mẹ cùng đưa đón, giữ trẻ đến trường",
            "honorific": "bà",
            "leader": ("Đào Thị Mến", "Phó Hiệu trưởng"),
            "phone": "0357.862.019",
            "location": "Điểm trường chính và điểm trường thôn Suối Vàng",
            "content": [
                "- Lập 8 nhóm phụ huynh thay phiên đưa đón học sinh theo tuyến đường;",
                "- Giáo viên chủ nhiệm đến nhà vận động các em có nguy cơ bỏ học, báo cáo "
                "hằng tuần;",
                "- Tổ chức bữa trưa bán trú có sự góp gạo, góp rau của phụ huynh.",
            ],
            "budget": "12.000.000 đồng",
            "proposal": "Đề nghị Ủy ban nhân dân xã sửa chữa đoạn đường dốc Khe Cạn trước năm "
            "học mới.",
            "sign_block": ["HIỆU TRƯỞNG"],
            "signer": ("Nguyễn Thị Loan", "Hiệu trưởng"),
            "traits": [
                "type_name_totrinh",
                "items_in_section",
                "planned_budget",
                "honorific_before_name",
                "leader_not_signer",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k03-totrinh-hoi-chu-thap-do",
        ("scan",),
        {
            "unit_id": "hoi-chu-thap-do",
            "issuer": ("UBMTTQ XÃ NGHĨA THÁI", "HỘI CHỮ THẬP ĐỎ XÃ"),
            "number": "04/TTr-CTĐ",
            "date": ("Nghĩa Thái", 9, 4, 2024),
            "to": "Ban Thường trực Ủy ban MTTQ Việt Nam xã Nghĩa Thái.",
            "to_short": "Ban Thường trực",
            "basis": "Hướng dẫn số 21-HD/BDVHU ngày 12/3/2024 của Ban Dân vận Huyện ủy",
            "sender": "Hội Chữ thập đỏ xã Nghĩa Thái",
            "unit_name": "Hội Chữ thập đỏ xã Nghĩa Thái",
            "unit_alt": ["Hội Chữ thập đỏ xã", "HỘI CHỮ THẬP ĐỎ XÃ"],
            "need": "Toàn xã có 143 người cao tuổi sống một mình, 27 người khuyết tật nặng; "
            "năm 2023 Hội mới tổ chức thăm hỏi được vào các dịp lễ, Tết.",
            "model": "Tủ thuốc nhân đạo và tổ chăm sóc người già neo đơn",
            "honorific": "bà",
            "leader": ("Lê Thị Hồng", "Chủ tịch Hội Chữ thập đỏ xã"),
            "position_alt": ["Chủ tịch"],
            "phone": "0915 330 482",
            "location": "Xóm 3, xóm 7 và xóm Đồng Tâm",
            "content": [
                "- Đặt 3 tủ thuốc nhân đạo tại nhà văn hóa xóm, giao cho hội viên là y tá "
                "nghỉ hưu quản lý;",
                "- Lập tổ tình nguyện mỗi tuần đến thăm, đo huyết áp cho người già neo đơn.",
            ],
            "budget": "20.000.000 đồng (vận động các nhà hảo tâm)",
            "proposal": "Đề nghị Ủy ban MTTQ xã đưa mô hình vào chương trình phối hợp năm 2024.",
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": ("Lê Thị Hồng", "Chủ tịch"),
            "traits": [
                "type_name_totrinh",
                "items_in_section",
                "planned_budget",
                "honorific_before_name",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("totrinh_mohinh", "registration", ("K01",), render, ENTRIES)
