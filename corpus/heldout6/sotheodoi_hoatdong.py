"""A logbook of a model's activities ("SỔ THEO DÕI HOẠT ĐỘNG"), with its cover and a summary.

After the notebooks that village Party branches and their members keep of meetings and of what
they did (T10), and the convention of tracking sheets (T13): a cover page (the superior and the
unit in capitals, "SỔ THEO DÕI" in big letters, the model's name, a framed block with the
person in charge, the post, the phone, the place and the day the book was opened, the year at
the bottom), then "NHẬT KÝ HOẠT ĐỘNG" as a table of dated rows ("TT | Ngày | Nội dung hoạt động
| Số người tham gia | Kinh phí huy động (đồng) | Ghi chú") with a total row; the budget's
support only in the notes; then "TỔNG HỢP KẾT QUẢ" and the date line above the unit's
confirmation and the keeper of the book.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits

HEAD = ("TT", "Ngày", "Nội dung hoạt động", "Số người tham gia", "Kinh phí huy động (đồng)",
        "Ghi chú")  # fmt: skip
WIDTHS = (1.0, 2.2, 5.8, 2.0, 2.5, 2.5)


def _money(amount: int | None) -> str:
    return "" if not amount else f"{amount:,}".replace(",", ".")


def _cover(doc: Document, v: dict[str, Any]) -> None:
    for line in v["cover_caps"]:
        k.para(doc, (line, "b", 13), align="center", after=0)
    k.para(doc, "───────", align="center", after=80)
    k.para(doc, ("SỔ THEO DÕI", "b", 30), align="center", after=4)
    k.para(doc, ("HOẠT ĐỘNG MÔ HÌNH “DÂN VẬN KHÉO”", "b", 17), align="center", after=10)
    k.para(doc, (f"“{v['model']}”", "bi", 18), align="center", after=40)
    person, position = v["leader"]
    box = k.table(doc, 1, (13.0,))
    k.cell_text(
        box.cell(0, 0),
        [
            f"Người phụ trách: {person}",
            f"Chức vụ: {position}",
            f"Điện thoại: {v['phone']}",
            f"Địa bàn: {v['location']}",
            f"Ngày mở sổ: {v['opened']}",
        ],
        size=14,
    )
    k.para(doc, (f"Năm {v['date'][3]}", "b", 15), align="center", before=120, after=0)


def _log(doc: Document, v: dict[str, Any]) -> tuple[int, int]:
    k.page_break(doc)
    k.para(doc, ("NHẬT KÝ HOẠT ĐỘNG", "b", 14), align="center", after=6)
    rows = v["rows"]
    tbl = k.table(doc, 2 + len(rows), WIDTHS)
    for col, title in enumerate(HEAD):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=11)
    for number, (day, what, people, money, note) in enumerate(rows, start=1):
        k.cell_text(tbl.cell(number, 0), str(number), align="center", size=11)
        k.cell_text(tbl.cell(number, 1), day, align="center", size=11)
        k.cell_text(tbl.cell(number, 2), what, size=11)
        k.cell_text(tbl.cell(number, 3), str(people), align="center", size=11)
        k.cell_text(tbl.cell(number, 4), _money(money), align="right", size=11)
        k.cell_text(tbl.cell(number, 5), note, size=11)
    people_total = sum(r[2] for r in rows)
    money_total = sum(r[3] or 0 for r in rows)
    last = len(rows) + 1
    merged = tbl.cell(last, 0).merge(tbl.cell(last, 2))
    k.cell_text(merged, ("Cộng", "b"), align="center", size=11)
    k.cell_text(tbl.cell(last, 3), (str(people_total), "b"), align="center", size=11)
    k.cell_text(tbl.cell(last, 4), (_money(money_total), "b"), align="right", size=11)
    return people_total, money_total


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    _cover(doc, v)
    people_total, money_total = _log(doc, v)
    k.para(doc, ("TỔNG HỢP KẾT QUẢ", "b"), before=10, after=4)
    k.body(doc, v["summary"].format(people=people_total, money=_money(money_total)))
    k.para(doc, "Kết quả: ", v["results"], first=1.0)
    k.para(doc, (date_line(*v["date"]), "i"), align="right", before=6, after=0)
    person, position = v["leader"]
    k.signature(
        doc,
        [(v["confirm"], "b"), "", "", "", (v["signer"], "b")],
        [("NGƯỜI GHI SỔ", "b"), "", "", "", (v["keeper"], "b")],
        (8.0, 8.0),
    )
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "results": v["results"].rstrip("."),
        "participants": people_total,
        "funds_vnd": money_total,
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    stamp = " ".join(v["cover_caps"])
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "t13-sotheodoi-kxa-hoi-ccb",
        ("scan", "doc"),
        {
            "unit_id": "kxa-hoi-ccb",
            "cover_caps": ["HỘI CỰU CHIẾN BINH TỈNH TUYÊN QUANG", "HỘI CỰU CHIẾN BINH XÃ KHUỔI XA"],
            "unit_name": "Hội Cựu chiến binh xã Khuổi Xa",
            "unit_alt": ["HỘI CỰU CHIẾN BINH XÃ KHUỔI XA", "Hội CCB xã Khuổi Xa"],
            "model": "Tổ cựu chiến binh tuần tra bảo vệ rừng đầu nguồn",
            "leader": ("Vi Văn Thạch", "Chủ tịch Hội Cựu chiến binh xã"),
            "position_alt": ["Chủ tịch Hội CCB xã"],
            "phone": "0988 517 062",
            "location": "Rừng đầu nguồn Khuổi Phầy – Lũng Cẩu",
            "opened": "05/01/2026",
            "rows": [
                ("05/01/2026", "Họp tổ, phân công 4 nhóm tuần tra", 24, None, ""),
                (
                    "18/02/2026",
                    "Tuần tra, phát đường băng cản lửa 1,2 km",
                    31,
                    4_500_000,
                    "Hội viên góp",
                ),
                (
                    "22/3/2026",
                    "Tuyên truyền Luật Lâm nghiệp tại 3 thôn",
                    146,
                    None,
                    "Kết hợp họp thôn",
                ),
                (
                    "10/4/2026",
                    "Trồng bổ sung 2.000 cây lát, trám",
                    58,
                    12_000_000,
                    "Ngoài ra, ngân sách xã hỗ trợ cây giống 10.000.000 đồng",
                ),
                (
                    "15/6/2026",
                    "Tuần tra mùa khô, lập biên bản 1 vụ phát nương trái phép",
                    18,
                    None,
                    "Bàn giao Kiểm lâm",
                ),
                ("20/8/2026", "Sửa chốt canh lửa đầu bản Lũng Cẩu", 22, 6_800_000, ""),
                ("12/10/2026", "Tuần tra định kỳ quý III", 26, None, ""),
            ],
            "summary": "Năm 2026, tổ tổ chức 7 đợt hoạt động với {people} lượt người tham "
            "gia; hội viên và Nhân dân đóng góp {money} đồng.",
            "results": "Không để xảy ra cháy rừng; diện tích rừng đầu nguồn 312 ha được giữ "
            "nguyên; trồng bổ sung 2.000 cây bản địa, tỷ lệ sống đạt 91%",
            "date": ("Khuổi Xa", 30, 10, 2026),
            "confirm": "XÁC NHẬN CỦA HỘI CCB XÃ",
            "signer": "Vi Văn Thạch",
            "keeper": "Lục Văn Páo",
            "traits": [
                "logbook",
                "cover_page",
                "dated_rows",
                "total_row",
                "state_support_in_notes",
                "nung_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t14-sotheodoi-kxa-truong-thcs",
        ("photo",),
        {
            "unit_id": "kxa-truong-thcs",
            "cover_caps": ["UBND XÃ KHUỔI XA", "TRƯỜNG PTDTBT THCS KHUỔI XA"],
            "unit_name": "Trường PTDTBT THCS Khuổi Xa",
            "unit_alt": ["TRƯỜNG PTDTBT THCS KHUỔI XA"],
            "model": "Vườn rau sạch cho bữa cơm bán trú",
            "leader": ("Đinh Thị Thu Hằng", "Phó Hiệu trưởng"),
            "phone": "0207 3 886 120",
            "location": "Khu nội trú Trường PTDTBT THCS Khuổi Xa",
            "location_alt": ["Khu nội trú"],
            "opened": "08/9/2025",
            "rows": [
                ("08/9/2025", "Họp phụ huynh, thống nhất làm vườn rau", 96, None, ""),
                (
                    "20/9/2025",
                    "Phụ huynh góp công làm 600 m2 luống rau",
                    54,
                    None,
                    "Phụ huynh góp công",
                ),
                (
                    "15/10/2025",
                    "Mua lưới, hệ thống tưới nhỏ giọt",
                    12,
                    18_400_000,
                    "Phụ huynh, doanh nghiệp ủng hộ",
                ),
                ("10/01/2026", "Thu hoạch vụ đông, chuyển bếp ăn", 40, None, "1,6 tấn rau"),
                ("05/3/2026", "Trồng vụ xuân, thêm giàn bí, su su", 38, 3_200_000, ""),
            ],
            "summary": "Từ tháng 9/2025, nhà trường tổ chức 5 đợt hoạt động với {people} lượt "
            "phụ huynh, học sinh, giáo viên tham gia; huy động được {money} đồng.",
            "results": "Vườn trường cung cấp 3,4 tấn rau xanh cho bếp bán trú, tiết kiệm "
            "khoảng 40 triệu đồng tiền chợ; 100% bữa ăn có rau sạch",
            "date": ("Khuổi Xa", 15, 5, 2026),
            "confirm": "HIỆU TRƯỞNG",
            "signer": "Nguyễn Thị Thanh Hà",
            "keeper": "Đinh Thị Thu Hằng",
            "traits": [
                "logbook",
                "cover_page",
                "dated_rows",
                "total_row",
                "landline",
                "savings_distractor",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t15-sotheodoi-doan-thanh-nien",
        ("scan",),
        {
            "unit_id": "doan-thanh-nien",
            "cover_caps": ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN XÃ NGHĨA THÁI"],
            "unit_name": "Đoàn Thanh niên xã Nghĩa Thái",
            "unit_alt": ["BCH ĐOÀN XÃ NGHĨA THÁI", "BCH Đoàn xã Nghĩa Thái"],
            "model": "Tuyến đường thanh niên tự quản",
            "leader": ("Phạm Minh Đức", "Bí thư Đoàn xã"),
            "phone": "0369 224 815",
            "location": "Đường trục xã từ xóm 2 đến xóm 6",
            "opened": "26/3/2024",
            "rows": [
                ("26/3/2024", "Ra quân dọn vệ sinh, phát quang 2,5 km", 85, None, ""),
                (
                    "14/5/2024",
                    "Trồng 300 cây hoa giấy hai bên đường",
                    62,
                    9_000_000,
                    "Đoàn viên góp",
                ),
                ("28/7/2024", "Ngày Chủ nhật xanh", 74, None, ""),
                (
                    "22/9/2024",
                    "Sơn lại biển báo, thay 12 bóng đèn",
                    30,
                    5_500_000,
                    "Ngoài ra, xã hỗ trợ 3.000.000 đồng",
                ),
            ],
            "summary": "Năm 2024, Đoàn xã tổ chức 4 đợt ra quân với {people} lượt đoàn viên, "
            "thanh niên tham gia; vận động được {money} đồng.",
            "results": "Tuyến đường 2,5 km luôn xanh – sạch – đẹp, được Huyện đoàn chọn làm "
            "điểm tham quan",
            "date": ("Nghĩa Thái", 20, 11, 2024),
            "confirm": "TM. BAN CHẤP HÀNH",
            "signer": "Phạm Minh Đức",
            "keeper": "Trần Thu Trang",
            "traits": [
                "logbook",
                "cover_page",
                "dated_rows",
                "total_row",
                "state_support_in_notes",
            ],
        },
    ),
)

LAYOUT = Layout("sotheodoi_hoatdong", "report", ("T10", "T13"), render, ENTRIES)
