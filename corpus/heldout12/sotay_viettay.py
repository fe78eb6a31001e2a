"""One page of a model's tracking book, filled by hand: the model's data at the top, dated rows.

After the ruled tracking books ("Sổ theo dõi") that mass organisations keep by hand for their
models (Z05: a page with the printed heading, the model's data written on the lines under it,
then a ruled table "Ngày | Nội dung công việc | Người tham gia | Kinh phí (đ) | Ghi chú" filled
row by row with a pen) — one inside page as it is photographed or scanned for the file, not the
book's cover. Everything after the printed labels is in a handwriting-like font in blue ink. The
rows carry their own dates, counts, sums and names (helpers, guests) that are not fields; the
page has no date line and is signed by the keeper, not by the person in charge.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, phone_digits


def _line(doc: Document, *parts: tuple[str, str]) -> None:
    """Printed labels and handwritten values on one ruled line."""
    runs: list[k.Run | str] = []
    for label, value in parts:
        runs += [(label, "b"), (f" {value}   ", "h")]
    k.para(doc, *runs, align="left", after=4)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=12)
    k.para(doc, (f"– {v['page']} –", "i", 11), align="right", after=0)
    k.para(doc, ("SỔ THEO DÕI MÔ HÌNH “DÂN VẬN KHÉO”", "b", 14), align="center", after=8)
    person, position = v["leader"]
    _line(doc, ("Tên mô hình:", v["model"]))
    _line(doc, ("Đơn vị:", v["unit"]))
    _line(doc, ("Người phụ trách:", person), ("Chức vụ:", position))
    _line(doc, ("Điện thoại:", v.get("phone") or ""), ("Địa bàn:", v["location"]))
    _line(doc, ("Thành viên:", v["people"]))
    _line(doc, ("Kinh phí vận động (cộng dồn):", v["money"]))
    rows = v["rows"]
    grid = k.table(doc, len(rows) + 3, (2.6, 5.9, 2.4, 2.8, 2.3))
    heads = ("Ngày", "Nội dung công việc", "Người tham gia", "Kinh phí (đ)", "Ghi chú")
    for cell, text in zip(grid.rows[0].cells, heads, strict=True):
        k.cell_text(cell, [(text, "b")], align="center", size=11)
    for row, values in zip(grid.rows[1:], rows, strict=False):
        for number, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            k.cell_text(cell, [(text, "h")], align="left" if number == 1 else "center", size=11)
    for row in grid.rows[len(rows) + 1 :]:
        k.cell_text(row.cells[0], " ", size=11)
    k.para(doc, ("Kết quả đến nay: ", "b"), (f"{v['results']}.", "h"), align="left", before=8)
    k.signature(
        doc,
        [("", "")],
        [("Người ghi sổ", "b"), "", "", (v["keeper"], "h")],
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": None,
    }
    alt = {"unit_name": v.get("unit_alt", []), "leader_position": v.get("position_alt", [])}
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["keeper"])
    return doc, truth


ENTRIES = (
    Entry(
        "w07-sotay-bst-doan-xa",
        ("scan", "doc"),
        {
            "unit_id": "bst-doan-xa",
            "page": "Trang 7",
            "model": "Thắp sáng đường quê – Mỗi tuyến kênh một dãy đèn",
            "unit": "Đoàn xã Bào Sen Tây",
            "unit_alt": ["Đoàn TNCS Hồ Chí Minh xã Bào Sen Tây"],
            "leader": ("Kim Thị Sóc Kha", "Bí thư Đoàn xã"),
            "position_alt": ["Bí thư Đoàn"],
            "phone": "0379 604 218",
            "location": "tuyến lộ ấp Bào Sen – Sóc Tà Ni",
            "people": "32 đoàn viên",
            "participants": 32,
            "money": "47.300.000 đ",
            "funds": 47300000,
            "rows": [
                ("12/4/2026", "Họp BCH Đoàn, khảo sát 3,6 km lộ chưa có đèn", "9 người", "", ""),
                (
                    "26/4/2026",
                    "Vận động mạnh thường quân, Phật tử chùa Sóc Tà Ni",
                    "14 người",
                    "21.500.000",
                    "ông Sơn Ka Ri",
                ),
                (
                    "10/5/2026",
                    "Kéo dây, dựng 40 trụ đèn năng lượng mặt trời",
                    "32 người",
                    "18.800.000",
                    "",
                ),
                ("02/6/2026", "Bà con ấp Bào Sen góp thêm", "", "7.000.000", "anh Hai"),
                ("19/8/2026", "Thay 3 bóng hư sau mưa bão", "5 người", "", "bảo hành"),
            ],
            "results": "hoàn thành 40 trụ đèn trên 3,6 km lộ nông thôn, bàn giao cho ấp quản "
            "lý; đêm Lễ Sene Dolta đường sáng, không xảy ra tai nạn giao thông",
            "keeper": "Lâm Hoàng Duy",
            "traits": [
                "handwritten_values",
                "ledger_rows",
                "figures_in_rows",
                "no_date_line",
                "signer_not_leader",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w08-sotay-bst-hoi-ccb",
        ("photo",),
        {
            "unit_id": "bst-hoi-ccb",
            "page": "Trang 12",
            "model": "Cựu chiến binh giúp nhau giữ rừng phòng hộ ven biển",
            "unit": "Hội CCB xã Bào Sen Tây",
            "unit_alt": ["Hội Cựu chiến binh xã Bào Sen Tây"],
            "leader": ("Tô Văn Hùng", "Chủ tịch Hội CCB xã"),
            "position_alt": ["Chủ tịch Hội Cựu chiến binh xã", "Chủ tịch"],
            "phone": "0913 890 427",
            "location": "rừng phòng hộ ven biển ấp Xẻo Mắm",
            "people": "26 hội viên",
            "participants": 26,
            "money": "12.600.000 đ",
            "funds": 12600000,
            "rows": [
                ("05/3/2026", "Chia 4 tổ tuần tra, mỗi tổ 6–7 người", "26 người", "", ""),
                ("20/3/2026", "Hội viên góp mua đèn pin, áo mưa, ủng", "26 người", "7.800.000", ""),
                (
                    "14/5/2026",
                    "Trồng dặm 1.200 cây đước cùng Hạt Kiểm lâm",
                    "31 người",
                    "",
                    "KL Châu Văn Bé",
                ),
                (
                    "30/7/2026",
                    "Hội viên, chủ đầm góp sửa chòi canh, xăng xuồng",
                    "8 người",
                    "4.800.000",
                    "",
                ),
            ],
            "results": "tuần tra 118 lượt, phát hiện và báo kiểm lâm 3 vụ chặt phá rừng; trồng "
            "dặm 1.200 cây đước, không để xảy ra cháy rừng",
            "keeper": "Ngô Văn Bảy",
            "traits": [
                "handwritten_values",
                "ledger_rows",
                "figures_in_rows",
                "no_date_line",
                "signer_not_leader",
                "alias_unit_name",
                "funds_sum_of_rows",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w09-sotay-bst-tram-y-te",
        ("scan",),
        {
            "unit_id": "bst-tram-y-te",
            "page": "Trang 3",
            "model": "Nhân viên y tế ấp đến từng nhà người cao tuổi Khmer",
            "unit": "Trạm Y tế xã Bào Sen Tây",
            "leader": ("Sơn Thị Chanh Đa", "Trưởng Trạm Y tế"),
            "position_alt": ["Trạm trưởng"],
            "location": "ấp Sóc Tà Ni và ấp Bào Sen",
            "people": "9 nhân viên y tế ấp",
            "participants": 9,
            "money": "9.000.000 đ",
            "funds": 9000000,
            "rows": [
                (
                    "08/6/2026",
                    "Lập danh sách 184 người cao tuổi, 41 người bệnh mạn tính",
                    "9 người",
                    "",
                    "",
                ),
                (
                    "15/6/2026",
                    "Khám, đo huyết áp tại nhà ấp Sóc Tà Ni",
                    "6 người",
                    "",
                    "có phiên dịch",
                ),
                (
                    "01/7/2026",
                    "Cán bộ trạm góp mua máy đo huyết áp, que thử đường",
                    "",
                    "9.000.000",
                    "",
                ),
                ("22/9/2026", "Bác sĩ Quách Minh Luân TTYT khu vực tập huấn", "12 người", "", ""),
            ],
            "results": "184 người cao tuổi được lập sổ theo dõi sức khỏe, 41 người bệnh mạn "
            "tính được cấp thuốc tại nhà đều đặn hằng tháng",
            "keeper": "Thạch Thị Sà Vy",
            "traits": [
                "handwritten_values",
                "ledger_rows",
                "figures_in_rows",
                "no_date_line",
                "empty_phone",
                "signer_not_leader",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("sotay_viettay", "report", ("Z05",), render, ENTRIES)
