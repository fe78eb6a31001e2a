"""A model's registration sent as the "danh sách trích ngang" of its members: a landscape table,
one row per person, the person in charge one row among them.

After the personal summary lists that dossiers carry (Y05: "DANH SÁCH TRÍCH NGANG", "TT | Họ và
tên | Năm sinh (Nam, Nữ) | Dân tộc | Tôn giáo | Chức vụ, đơn vị | … | Điện thoại | Ghi chú",
"NGƯỜI LẬP DANH SÁCH" beside the head's signature) adapted to a model's members (Y06). The
person in charge is the row whose role says so ("Tổ trưởng – phụ trách", "Phụ trách chung"),
not the first row (the Party secretary who directs) nor the list's maker; the phone is that
row's. The model and its ground are in the lines under the title; a line of content in `y07`
and `y09` only; no type or domain; the day of the date line left blank in `y09`.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.table import Table

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits

HEAD = (
    "TT",
    "Họ và tên",
    "Năm sinh",
    "",
    "Dân tộc",
    "Tôn giáo",
    "Chức vụ, đơn vị",
    "Nhiệm vụ trong mô hình",
    "Nơi ở",
    "Điện thoại",
)
WIDTHS = (0.9, 3.8, 1.2, 1.2, 1.5, 2.1, 4.6, 4.0, 3.3, 3.1)
SIZE = 10.5


def _header(tbl: Table) -> None:
    """Two header rows: "Năm sinh" over "Nam" and "Nữ", the other titles merged down."""
    for col, title in enumerate(HEAD):
        if col == 3:
            continue
        if col == 2:
            cell = tbl.cell(0, 2).merge(tbl.cell(0, 3))
            k.cell_text(tbl.cell(1, 2), ("Nam", "b", SIZE), align="center")
            k.cell_text(tbl.cell(1, 3), ("Nữ", "b", SIZE), align="center")
        else:
            cell = tbl.cell(0, col).merge(tbl.cell(1, col))
        k.cell_text(cell, (title, "b", SIZE), align="center")


def _members(doc: Document, rows: list[tuple[str, ...]]) -> None:
    tbl = k.table(doc, len(rows) + 2, WIDTHS)
    _header(tbl)
    for number, row in enumerate(rows, start=1):
        name, year, female, *rest = row
        cells = [str(number), name, "" if female else year, year if female else "", *rest]
        for col, text in enumerate(cells):
            align = "left" if col in (1, 6, 7, 8) else "center"
            k.cell_text(tbl.cell(number + 1, col), (text, "", SIZE), align=align)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=12, landscape=True)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["issuer"], "b"), "───────"],
        k.quoc_hieu(),
        widths=(11.0, 14.0),
    )
    k.para(doc, ("DANH SÁCH TRÍCH NGANG", "b", 14), align="center", before=8, after=0)
    k.para(doc, (f"Thành viên mô hình “{v['model']}”", "b"), align="center", after=0)
    k.para(doc, (v["attached"], "i", 11), align="center", after=6)
    k.para(doc, ("Đơn vị xây dựng mô hình: ", "b"), v["unit"], align="left", after=0)
    k.para(doc, ("Địa bàn: ", "b"), v["location"], align="left", after=4)
    if v.get("content"):
        k.para(doc, ("Nội dung hoạt động chính: ", "b"), v["content"], align="left", after=4)
    _members(doc, v["rows"])
    k.para(doc, (f"Danh sách có {len(v['rows'])} người.", "i", 11), align="left", before=4)
    k.para(doc, (date_line(*v["date"]), "i"), align="right", after=0)
    k.signature(
        doc,
        [("NGƯỜI LẬP DANH SÁCH", "b"), "", "", (v["maker"], "b")],
        [*[(line, "b") for line in v["sign_block"]], "", "", (v["signer"], "b")],
        widths=(12.0, 13.0),
    )
    lead = v["rows"][v["lead"]]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "leader_name": lead[0],
        "leader_position": lead[5],
        "phone": phone_digits(lead[-1]),
        "location": v["location"],
        "content": v.get("content", "").rstrip(".") or None,
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], v["stamp"])
    return doc, truth


ENTRIES = (
    Entry(
        "y07-trichngang-mld-to-det",
        ("scan", "doc"),
        {
            "unit_id": "mld-to-det",
            "superior": "HỘI LHPN XÃ MỸ LÂM ĐÔNG",
            "issuer": "TỔ HỢP TÁC DỆT THỔ CẨM MỸ LÂM THƯỢNG",
            "model": "Giữ khung dệt, giữ nghề cho con gái Chăm",
            "attached": "(Kèm theo Bản đăng ký mô hình “Dân vận khéo” năm 2026)",
            "unit": "Tổ hợp tác dệt thổ cẩm Mỹ Lâm Thượng",
            "unit_alt": ["TỔ HỢP TÁC DỆT THỔ CẨM MỸ LÂM THƯỢNG"],
            "location": "thôn Mỹ Lâm Thượng",
            "content": "mở lớp dạy dệt cho nữ sinh vào dịp hè; nhận đơn hàng chung, chia việc "
            "cho các khung dệt tại nhà; đưa sản phẩm vào điểm du lịch cộng đồng.",
            "rows": [
                (
                    "Đàng Năng Thọ",
                    "1968",
                    False,
                    "Chăm",
                    "Bà-la-môn",
                    "Bí thư Chi bộ thôn Mỹ Lâm Thượng",
                    "Chỉ đạo chung",
                    "Mỹ Lâm Thượng",
                    "0905 318 462",
                ),
                (
                    "Thập Thị Hoa",
                    "1975",
                    True,
                    "Chăm",
                    "Bà-la-môn",
                    "Tổ trưởng Tổ hợp tác dệt",
                    "Tổ trưởng – phụ trách mô hình",
                    "Mỹ Lâm Thượng",
                    "0977 240 319",
                ),
                (
                    "Phú Thị Kim Liên",
                    "1982",
                    True,
                    "Chăm",
                    "Bani",
                    "Chủ tịch Hội LHPN xã",
                    "Phối hợp, hỗ trợ vốn",
                    "Hữu Đức Hạ",
                    "0914 562 087",
                ),
                (
                    "Quảng Thị Ngọc Bích",
                    "1990",
                    True,
                    "Chăm",
                    "Bà-la-môn",
                    "Thợ dệt",
                    "Dạy nghề",
                    "Mỹ Lâm Thượng",
                    "0868 117 402",
                ),
                (
                    "Lộ Thị Hồng",
                    "1996",
                    True,
                    "Chăm",
                    "Bà-la-môn",
                    "Thợ dệt",
                    "Thủ quỹ, nhận đơn hàng",
                    "Mỹ Lâm Thượng",
                    "0352 608 931",
                ),
                (
                    "Đàng Thị Xuân",
                    "2001",
                    True,
                    "Chăm",
                    "Bà-la-môn",
                    "Đoàn viên",
                    "Bán hàng trực tuyến",
                    "Mỹ Lâm Thượng",
                    "0392 550 174",
                ),
            ],
            "lead": 1,
            "position_alt": ["Tổ trưởng – phụ trách mô hình", "Tổ trưởng"],
            "date": ("Mỹ Lâm Thượng", 14, 3, 2026),
            "maker": "Lộ Thị Hồng",
            "sign_block": ["TỔ TRƯỞNG"],
            "signer": "Thập Thị Hoa",
            "stamp": None,
            "traits": [
                "member_list",
                "leader_by_role_column",
                "many_phones",
                "decoy_first_row",
                "decoy_list_maker",
                "no_type_domain",
                "landscape",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y08-trichngang-mld-hoi-ccb",
        ("photo",),
        {
            "unit_id": "mld-hoi-ccb",
            "superior": "HỘI CCB TỈNH KHÁNH HÒA",
            "issuer": "HỘI CỰU CHIẾN BINH XÃ MỸ LÂM ĐÔNG",
            "model": "Cựu chiến binh giúp nhau làm kinh tế vườn",
            "attached": "(Gửi kèm hồ sơ đăng ký mô hình)",
            "unit": "Hội CCB xã Mỹ Lâm Đông",
            "unit_alt": ["HỘI CỰU CHIẾN BINH XÃ MỸ LÂM ĐÔNG", "Hội Cựu chiến binh xã Mỹ Lâm Đông"],
            "location": "thôn Gò Điều, thôn Hữu Đức Hạ",
            "rows": [
                (
                    "Lê Công Thành",
                    "1964",
                    False,
                    "Kinh",
                    "Không",
                    "Phó Bí thư Thường trực Đảng ủy xã",
                    "Chỉ đạo",
                    "Gò Điều",
                    "0913 470 226",
                ),
                (
                    "Lê Công Hậu",
                    "1959",
                    False,
                    "Kinh",
                    "Không",
                    "Chủ tịch Hội CCB xã",
                    "Phụ trách chung",
                    "Gò Điều",
                    "0258 3869 117",
                ),
                (
                    "Trương Văn Lợi",
                    "1961",
                    False,
                    "Kinh",
                    "Phật giáo",
                    "Chi hội trưởng CCB thôn Gò Điều",
                    "Tổ trưởng tổ vay vốn",
                    "Gò Điều",
                    "0399 281 604",
                ),
                (
                    "Thập Văn Mạnh",
                    "1966",
                    False,
                    "Chăm",
                    "Bani",
                    "Chi hội trưởng CCB thôn Hữu Đức Hạ",
                    "Theo dõi vốn, ngày công",
                    "Hữu Đức Hạ",
                    "0971 345 820",
                ),
                (
                    "Nguyễn Thị Lài",
                    "1963",
                    True,
                    "Kinh",
                    "Không",
                    "Hội viên",
                    "Thư ký",
                    "Gò Điều",
                    "0385 902 713",
                ),
            ],
            "lead": 1,
            "position_alt": ["Phụ trách chung", "Chủ tịch"],
            "date": ("Mỹ Lâm Đông", 20, 3, 2026),
            "maker": "Nguyễn Thị Lài",
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Lê Công Hậu",
            "stamp": "HỘI CỰU CHIẾN BINH XÃ MỸ LÂM ĐÔNG",
            "traits": [
                "member_list",
                "leader_by_role_column",
                "many_phones",
                "landline_area_code",
                "decoy_first_row",
                "decoy_list_maker",
                "no_content",
                "no_type_domain",
                "alias_unit_name",
                "landscape",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y09-trichngang-mld-doan-xa",
        ("scan",),
        {
            "unit_id": "mld-doan-xa",
            "superior": "ĐOÀN TNCS HỒ CHÍ MINH TỈNH KHÁNH HÒA",
            "issuer": "BCH ĐOÀN XÃ MỸ LÂM ĐÔNG",
            "model": "Thanh niên Raglai đi đầu giữ rừng, làm đường",
            "attached": "(Kèm theo Bản đăng ký mô hình của BCH Đoàn xã)",
            "unit": "BCH Đoàn xã Mỹ Lâm Đông",
            "unit_alt": ["Đoàn xã Mỹ Lâm Đông", "BCH ĐOÀN XÃ MỸ LÂM ĐÔNG"],
            "location": "thôn Suối Rua",
            "content": "đoàn viên tham gia Tổ bảo vệ rừng đầu nguồn; mỗi quý làm một ngày thứ "
            "Bảy tình nguyện sửa đường vào khu sản xuất; hướng dẫn thanh niên Raglai dùng điện "
            "thoại thông minh tra cứu thủ tục hành chính",
            "rows": [
                (
                    "Pinăng Văn Tiếp",
                    "1979",
                    False,
                    "Raglai",
                    "Không",
                    "Bí thư Chi bộ thôn Suối Rua",
                    "Chỉ đạo",
                    "Suối Rua",
                    "0388 214 907",
                ),
                (
                    "Lưu Thị Ngọc Hiền",
                    "1994",
                    True,
                    "Chăm",
                    "Bà-la-môn",
                    "Bí thư Đoàn xã",
                    "Theo dõi, đôn đốc",
                    "Mỹ Lâm Thượng",
                    "0936 704 281",
                ),
                (
                    "Katơr Minh Quân",
                    "1998",
                    False,
                    "Raglai",
                    "Không",
                    "Bí thư Chi đoàn thôn Suối Rua",
                    "Đội trưởng – phụ trách đội hình",
                    "Suối Rua",
                    "0862 319 045",
                ),
                (
                    "Chamaléa Thị Mai",
                    "2000",
                    True,
                    "Raglai",
                    "Không",
                    "Phó Bí thư Chi đoàn",
                    "Đội phó",
                    "Suối Rua",
                    "0345 118 762",
                ),
                (
                    "Pinăng Văn Kha",
                    "2003",
                    False,
                    "Raglai",
                    "Không",
                    "Đoàn viên",
                    "Thành viên",
                    "Suối Rua",
                    "0398 662 510",
                ),
                (
                    "Mấu Thị Hằng",
                    "2004",
                    True,
                    "Raglai",
                    "Công giáo",
                    "Đoàn viên",
                    "Thành viên",
                    "Suối Rua",
                    "0329 745 106",
                ),
                (
                    "Katơr Văn Dũng",
                    "2005",
                    False,
                    "Raglai",
                    "Không",
                    "Đoàn viên",
                    "Thành viên",
                    "Suối Rua",
                    "0867 204 339",
                ),
            ],
            "lead": 2,
            "position_alt": ["Bí thư Chi đoàn", "Đội trưởng – phụ trách đội hình", "Đội trưởng"],
            "date": ("Mỹ Lâm Đông", None, 3, 2026),
            "maker": "Chamaléa Thị Mai",
            "sign_block": ["TM. BAN THƯỜNG VỤ ĐOÀN XÃ", "BÍ THƯ"],
            "signer": "Lưu Thị Ngọc Hiền",
            "stamp": None,
            "traits": [
                "member_list",
                "leader_by_role_column",
                "many_phones",
                "decoy_first_row",
                "decoy_list_maker",
                "decoy_signer",
                "date_day_blank",
                "no_type_domain",
                "landscape",
                "raglai_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("trichngang_danhsach", "registration", ("Y05", "Y06"), render, ENTRIES)
