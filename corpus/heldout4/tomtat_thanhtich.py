"""A landscape "BẢN TÓM TẮT THÀNH TÍCH" asking for an award for one person's model.

After the summaries that go with award proposals (N05, N06): the proposing unit under its
superior and the motto with the date line; "BẢN TÓM TẮT THÀNH TÍCH" and the award asked for;
then one ruled table across the landscape page whose only data row is the person: "TT", the
person's cell (honorific, name, year of birth, post, phone on lines of their own), the model
("Mô hình “Dân vận khéo” cá nhân"), three columns under the merged head "Kết quả thực hiện mô
hình" (people taking part, money raised in đồng, results as dash lines) and the award; a row of
column numbers "(1) … (7)" between the head and the data. The unit's head signs, not the person.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.table import Table

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits

WIDTHS = (1.0, 5.0, 4.2, 2.4, 2.6, 7.0, 3.0)
HEAD = (
    "TT",
    "Họ và tên, năm sinh, chức vụ, đơn vị công tác",
    "Mô hình “Dân vận khéo” cá nhân",
    None,
    None,
    None,
    "Hình thức đề nghị khen thưởng",
)
SUB = ("Số người tham gia", "Kinh phí huy động (đồng)", "Kết quả nổi bật")


def _head(tbl: Table) -> None:
    for col, text in enumerate(HEAD):
        if text is not None:
            k.cell_text(tbl.cell(0, col).merge(tbl.cell(1, col)), (text, "b", 12), align="center")
    k.cell_text(tbl.cell(0, 3).merge(tbl.cell(0, 5)), ("Kết quả thực hiện mô hình", "b", 12),
                align="center")  # fmt: skip
    for col, text in enumerate(SUB, start=3):
        k.cell_text(tbl.cell(1, col), (text, "b", 12), align="center")
    for col in range(len(WIDTHS)):
        k.cell_text(tbl.cell(2, col), (f"({col + 1})", "i", 11), align="center")


def _row(tbl: Table, v: dict[str, Any]) -> None:
    honorific, person, born, position = v["person"]
    lines: list[k.Run | str] = [(f"{honorific} {person}", "b", 12), (f"Sinh năm: {born}", "", 12)]
    lines.append((position, "", 12))
    if v["phone"]:
        lines.append((f"ĐT: {v['phone']}", "", 12))
    k.cell_text(tbl.cell(3, 0), ("1", "", 12), align="center")
    k.cell_text(tbl.cell(3, 1), lines)
    k.cell_text(tbl.cell(3, 2), (f"“{v['model']}”", "", 12))
    k.cell_text(tbl.cell(3, 3), (v["participants_text"], "", 12), align="center")
    k.cell_text(tbl.cell(3, 4), (v["funds_text"], "", 12), align="center")
    k.cell_text(tbl.cell(3, 5), [(line, "", 12) for line in v["results"]])
    k.cell_text(tbl.cell(3, 6), (v["award"], "", 12))


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13, landscape=True)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("───────", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (10.0, 15.0),
    )
    k.para(doc, "", after=2)
    k.para(doc, ("BẢN TÓM TẮT THÀNH TÍCH", "b", 14), align="center", after=0)
    k.para(doc, (v["subtitle"], "b"), align="center", after=6)
    tbl = k.table(doc, 4, WIDTHS)
    _head(tbl)
    _row(tbl, v)
    signer = v["signer"]
    k.signature(
        doc,
        [("NGƯỜI LẬP BIỂU", "b"), "", "", "", (v["clerk"], "b")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (signer[0], "b")],
        (12.0, 13.0),
    )
    _, person, _, position = v["person"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "model_type": "individual",
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v["phone"] else None,
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "n07-tomtat-ebl-chi-hoi-pn-ea-nu",
        ("scan", "doc"),
        {
            "unit_id": "ebl-chi-hoi-pn-ea-nu",
            "superior": "HỘI LHPN XÃ EA BLÔNG",
            "issuer_caps": "CHI HỘI PHỤ NỮ BUÔN EA NỨ",
            "unit_name": "Chi hội Phụ nữ buôn Ea Nứ",
            "unit_alt": ["CHI HỘI PHỤ NỮ BUÔN EA NỨ", "Chi hội PN buôn Ea Nứ"],
            "date": ("Ea Nứ", 20, 11, 2026),
            "subtitle": "Đề nghị tặng Giấy khen cá nhân điển hình trong phong trào thi đua "
            "“Dân vận khéo” năm 2026",
            "person": ("Bà", "H'Ngơn Mlô", 1979, "Tổ trưởng Tổ phụ nữ tiết kiệm buôn Ea Nứ"),
            "position_alt": ["Tổ trưởng Tổ phụ nữ tiết kiệm"],
            "phone": "0905 627 183",
            "model": "Hũ gạo tiết kiệm giúp chị em vay vốn nuôi heo",
            "participants_text": "45 chị em",
            "participants": 45,
            "funds_text": "38.500.000",
            "funds": 38500000,
            "results": [
                "- Từ hũ gạo và tiền tiết kiệm, cho 19 chị vay không lãi để nuôi heo, 6 hộ có "
                "heo nái sinh sản;",
                "- 4 hộ hội viên thoát nghèo trong năm 2026;",
                "- Chị em trong tổ không còn vay lãi nặng ngoài buôn.",
            ],
            "award": "Giấy khen của Ban Thường vụ Hội LHPN xã",
            "clerk": "H'Nga Byă",
            "sign_block": ["TM. CHI HỘI", "CHI HỘI TRƯỞNG"],
            "signer": ("H'Bia Êban", "Chi hội trưởng"),
            "traits": [
                "summary_table",
                "landscape",
                "merged_header",
                "column_numbers_row",
                "individual",
                "leader_not_signer",
                "ede_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "n08-tomtat-ebl-htx-ca-phe",
        ("photo",),
        {
            "unit_id": "ebl-htx-ca-phe",
            "superior": "UBND XÃ EA BLÔNG",
            "issuer_caps": "HỢP TÁC XÃ CÀ PHÊ EA BLÔNG",
            "unit_name": "Hợp tác xã Cà phê Ea Blông",
            "unit_alt": ["HỢP TÁC XÃ CÀ PHÊ EA BLÔNG", "HTX Cà phê Ea Blông"],
            "date": ("Ea Blông", 24, 11, 2026),
            "subtitle": "Đề nghị Chủ tịch Ủy ban nhân dân xã tặng Giấy khen cá nhân có mô hình "
            "“Dân vận khéo” tiêu biểu năm 2026",
            "person": ("Ông", "Y Djuăn Niê", 1988, "Tổ trưởng Tổ sản xuất số 3"),
            "phone": "0978 350 426",
            "model": "Người Ê Đê hướng dẫn bà con hái chín, sơ chế cà phê sạch",
            "participants_text": "38 hộ",
            "participants": 38,
            "funds_text": "150.000.000",
            "funds": 150000000,
            "results": [
                "- 38 hộ ở buôn Hra Ding và buôn Ea Nứ hái quả chín trên 90%, phơi trên giàn;",
                "- Giá bán cao hơn cà phê thường 4.500 đồng/kg, mỗi hộ tăng thu bình quân 21 "
                "triệu đồng/năm.",
            ],
            "award": "Giấy khen của Chủ tịch UBND xã",
            "clerk": "Lê Thị Kim Yến",
            "sign_block": ["GIÁM ĐỐC"],
            "signer": ("Võ Thành Nhân", "Giám đốc"),
            "traits": [
                "summary_table",
                "landscape",
                "merged_header",
                "column_numbers_row",
                "individual",
                "leader_not_signer",
                "ede_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "n09-tomtat-quan-su",
        ("scan",),
        {
            "unit_id": "quan-su",
            "superior": "BAN CHỈ HUY QUÂN SỰ HUYỆN NGHĨA PHONG",
            "issuer_caps": "BAN CHỈ HUY QUÂN SỰ XÃ NGHĨA THÁI",
            "unit_name": "Ban Chỉ huy Quân sự xã Nghĩa Thái",
            "unit_alt": ["BAN CHỈ HUY QUÂN SỰ XÃ NGHĨA THÁI", "Ban Chỉ huy Quân sự xã"],
            "date": ("Nghĩa Thái", 2, 12, 2024),
            "subtitle": "Đề nghị tặng Giấy khen cá nhân có thành tích trong phong trào thi đua "
            "“Dân vận khéo” năm 2024",
            "person": ("Ông", "Lương Văn Cường", 1990, "Trung đội trưởng Dân quân cơ động xã"),
            "position_alt": ["Trung đội trưởng"],
            "phone": None,
            "model": "Dân quân giúp dân gặt lúa, chống úng mùa mưa",
            "participants_text": "27 đồng chí",
            "participants": 27,
            "funds_text": "—",
            "funds": None,
            "results": [
                "- Tổ chức 14 buổi giúp 63 hộ neo đơn, gia đình chính sách gặt lúa vụ mùa;",
                "- Khơi thông 3,2 km kênh tiêu, chằng chống nhà cho 21 hộ trước bão số 3.",
            ],
            "award": "Giấy khen của Chủ tịch UBND huyện",
            "clerk": "Bùi Văn Khánh",
            "sign_block": ["CHỈ HUY TRƯỞNG"],
            "signer": ("Đinh Văn Hải", "Chỉ huy trưởng"),
            "traits": [
                "summary_table",
                "landscape",
                "merged_header",
                "column_numbers_row",
                "individual",
                "leader_not_signer",
                "no_phone",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("tomtat_thanhtich", "report", ("N05", "N06"), render, ENTRIES, landscape=True)
