"""A printed registration filled in by hand, with footnotes and an annex table.

After fill-in templates issued by a steering board with footnote marks on their labels and a
plan in an annex (E12, E13): the board that printed the template in the header (not the unit),
"Mẫu số 01" at the top right, numbered labels followed by the value written in another hand
(a sans-serif in blue ink, `docxkit` flag "h") and the rest of the dotted leader; the person
and the post on one line; content as hand lines over dots; the printed "……, ngày …… tháng ……
năm 2026" filled in by hand; the footnotes under a short rule, which repeat the words of the
labels and the four domains; on a second page "PHỤ LỤC" with a plan table whose rows name
other people and planned money.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, iso, joined, phone_digits

RIGHT = 16.0  # the right edge of the text in cm: where every dotted leader ends
TYPES = {"collective": "Tập thể", "individual": "Cá nhân"}
NOTES = (
    "(1) Ghi tên chi bộ, ban công tác mặt trận, chi hội, đoàn thể, cơ quan, đơn vị đăng ký.",
    "(2) Ghi “Tập thể” hoặc “Cá nhân”.",
    "(3) Ghi một trong các lĩnh vực: kinh tế; văn hóa - xã hội; quốc phòng - an ninh; xây "
    "dựng hệ thống chính trị.",
    "(4) Ghi tóm tắt, mỗi nội dung một dòng; kế hoạch chi tiết ghi ở Phụ lục.",
)


def _filled(doc: Document, label: str, value: str, note: str = "") -> None:
    """A printed label, an optional footnote mark, the hand value, dots to the right edge."""
    parts: list[k.Run | str] = [label]
    if note:
        parts.append((note, "s"))
    parts += [": ", (value, "h")]
    k.tabbed(doc, [parts, ""], [RIGHT], leader="dot")


def _items(doc: Document, v: dict[str, Any]) -> None:
    person, position = v["leader"]
    _filled(doc, "1. Tên đơn vị đăng ký", v["unit_name"], "(1)")
    _filled(doc, "2. Tên mô hình", v["model"])
    _filled(doc, "3. Hình thức", TYPES[v["type"]], "(2)")
    _filled(doc, "4. Lĩnh vực", DOMAIN_VI[v["domain"]].capitalize(), "(3)")
    k.tabbed(
        doc,
        [["5. Người phụ trách: ", (person, "h")], ["Chức vụ: ", (position, "h")], ""],
        [7.5, RIGHT],
        leader="dot",
    )
    _filled(doc, "6. Số điện thoại", v["phone"])
    _filled(doc, "7. Địa bàn thực hiện", v["location"])
    k.tabbed(doc, [["8. Nội dung, cách làm chủ yếu", ("(4)", "s"), ":"], ""], [RIGHT],
             leader="dot")  # fmt: skip
    for line in v["content"]:
        k.tabbed(doc, [[(line, "h")], ""], [RIGHT], leader="dot")
    _filled(doc, "9. Thời gian thực hiện", v["period"])
    _filled(doc, "10. Dự kiến kết quả", v["expected"])


def _annex(doc: Document, rows: list[tuple[str, str, str, str]]) -> None:
    k.page_break(doc)
    k.para(doc, ("PHỤ LỤC", "b"), align="center", after=0)
    k.para(doc, ("KẾ HOẠCH TRIỂN KHAI MÔ HÌNH", "b"), align="center", after=6)
    head = ("TT", "Công việc", "Thời gian", "Người thực hiện", "Kinh phí dự kiến")
    tbl = k.table(doc, 1 + len(rows), (1.0, 6.0, 2.6, 3.6, 2.8))
    for col, title in enumerate(head):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=12)
    for number, row in enumerate(rows, start=1):
        k.cell_text(tbl.cell(number, 0), str(number), align="center", size=12)
        for col, text in enumerate(row, start=1):
            k.cell_text(tbl.cell(number, col), (text, "h"), size=12)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.para(doc, ("Mẫu số 01", "i", 11), align="right", after=0)
    k.header_block(doc, [(line, "b", 12) for line in v["board"]] + [("───────", "")],
                   k.quoc_hieu(), (7.0, 9.0))  # fmt: skip
    k.para(doc, ("BẢN ĐĂNG KÝ", "b", 14), align="center", before=8, after=0)
    k.para(doc, (f"Xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}", "b"), align="center",
           after=8)  # fmt: skip
    _items(doc, v)
    place, day, month, year = v["date"]
    k.para(doc, (place, "h"), (", ngày ", "i"), (str(day), "h"), (" tháng ", "i"),
           (str(month), "h"), (f" năm {year}", "i"), align="right", before=6, after=0)  # fmt: skip
    k.signature(
        doc,
        [("XÁC NHẬN CỦA CẤP ỦY, THỦ TRƯỞNG", "b"), "", "", "", (v["confirmer"], "h")],
        [("NGƯỜI ĐĂNG KÝ", "b"), ("(Ký, ghi rõ họ tên)", "i"), "", "", (v["signer"], "h")],
    )
    k.para(doc, "──────────", after=0)
    for note in NOTES:
        k.para(doc, (note, "i", 10), after=0)
    _annex(doc, v["annex"])
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(day, month, year),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], None)
    return doc, truth


ENTRIES = (
    Entry(
        "p16-viettay-vpd-cb-ap-soc-tre",
        ("scan", "doc"),
        {
            "unit_id": "vpd-cb-ap-soc-tre",
            "board": ["BCĐ PHONG TRÀO THI ĐUA", "“DÂN VẬN KHÉO” XÃ VĨNH PHONG ĐÔNG"],
            "unit_name": "Chi bộ ấp Sóc Tre",
            "unit_alt": ["CB ấp Sóc Tre"],
            "model": "Chi bộ cùng dân nạo vét kênh thủy lợi nội đồng",
            "type": "collective",
            "domain": "economy",
            "leader": ("Thạch Sô Phal", "Bí thư Chi bộ ấp"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0368 215 790",
            "location": "Ấp Sóc Tre",
            "content": [
                "- Họp dân từng tổ, bàn tuyến kênh cần nạo vét và cách góp công;",
                "- Đảng viên nhận phụ trách từng đoạn kênh, làm trước cho dân theo;",
                "- Vận động sư sãi chùa Sóc Tre nói với bà con Khmer cùng tham gia.",
            ],
            "period": "Từ tháng 3 đến tháng 10/2026",
            "expected": "Nạo vét 4,5 km kênh, đủ nước cho 210 ha lúa",
            "date": ("Sóc Tre", 12, 3, 2026),
            "confirmer": "Lâm Văn Hậu",
            "signer": "Thạch Sô Phal",
            "annex": [
                ("Họp dân các tổ", "Tháng 3/2026", "Tổ trưởng các tổ", "Không"),
                (
                    "Nạo vét kênh Ba Thê",
                    "Tháng 4–5/2026",
                    "Danh Văn Ni, Trưởng ấp",
                    "18 triệu đồng",
                ),
                (
                    "Nạo vét kênh Cây Dương",
                    "Tháng 8–9/2026",
                    "Kim Văn Sang, Phó Trưởng ấp",
                    "12 triệu đồng",
                ),
            ],
            "traits": [
                "hand_filled",
                "dotted_leaders",
                "footnotes",
                "annex_table",
                "board_in_header",
                "two_labels_one_line",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p17-viettay-vpd-cong-an",
        ("photo",),
        {
            "unit_id": "vpd-cong-an",
            "board": ["BCĐ PHONG TRÀO THI ĐUA", "“DÂN VẬN KHÉO” XÃ VĨNH PHONG ĐÔNG"],
            "unit_name": "Công an xã Vĩnh Phong Đông",
            "unit_alt": ["CA xã Vĩnh Phong Đông", "Công an xã"],
            "model": "Cảnh sát khu vực nói tiếng Khmer với bà con",
            "type": "individual",
            "domain": "security_defense",
            "leader": ("Danh Sóc Kha", "Cảnh sát khu vực ấp Kênh Xáng"),
            "position_alt": ["Cảnh sát khu vực"],
            "phone": "0827.440.615",
            "location": "Ấp Kênh Xáng và ấp Sóc Tre",
            "content": [
                "- Học và dùng tiếng Khmer khi tuyên truyền pháp luật ở chùa, ở sóc;",
                "- Lập nhóm Zalo song ngữ để bà con báo tin về an ninh trật tự;",
                "- Hướng dẫn bà con làm giấy tờ tại nhà cho người già, người bệnh.",
            ],
            "period": "Năm 2026",
            "expected": "Không để xảy ra điểm nóng về an ninh trật tự",
            "date": ("Vĩnh Phong Đông", 20, 3, 2026),
            "confirmer": "Tô Thanh Phong",
            "signer": "Danh Sóc Kha",
            "annex": [
                ("Tuyên truyền tại chùa Sóc Tre", "Quý I, quý III", "Danh Sóc Kha", "Không"),
                ("Lập và quản lý nhóm Zalo", "Tháng 4/2026", "Tô Thanh Phong", "Không"),
            ],
            "traits": [
                "hand_filled",
                "dotted_leaders",
                "footnotes",
                "annex_table",
                "board_in_header",
                "two_labels_one_line",
                "individual_model",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p18-viettay-cb-co-quan",
        ("scan",),
        {
            "unit_id": "cb-co-quan",
            "board": ["BCĐ PHONG TRÀO THI ĐUA", "“DÂN VẬN KHÉO” XÃ NGHĨA THÁI"],
            "unit_name": "Chi bộ Cơ quan xã",
            "unit_alt": ["Chi bộ Cơ quan", "CB Cơ quan"],
            "model": "Bộ phận một cửa thân thiện, người dân là trung tâm",
            "type": "collective",
            "domain": "political_system",
            "leader": ("Hoàng Minh Tâm", "Bí thư Chi bộ Cơ quan"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0917 338 462",
            "location": "Bộ phận tiếp nhận và trả kết quả UBND xã Nghĩa Thái",
            "content": [
                "- Niêm yết công khai thủ tục, có ghế chờ, nước uống cho người dân;",
                "- Cán bộ đeo thẻ, trả lời đúng hẹn, xin lỗi khi trễ hẹn;",
                "- Đặt hòm thư góp ý, mỗi quý lấy ý kiến người dân một lần.",
            ],
            "period": "Từ tháng 4/2024",
            "expected": "100% hồ sơ trả đúng hẹn",
            "date": ("Nghĩa Thái", 5, 4, 2024),
            "confirmer": "Phạm Văn Hùng",
            "signer": "Hoàng Minh Tâm",
            "annex": [
                ("Sắp xếp lại phòng một cửa", "Tháng 4/2024", "Văn phòng UBND xã", "15 triệu đồng"),
                ("Lấy ý kiến người dân", "Hằng quý", "Nguyễn Thị Lan, công chức", "Không"),
            ],
            "traits": [
                "hand_filled",
                "dotted_leaders",
                "footnotes",
                "annex_table",
                "board_in_header",
                "two_labels_one_line",
            ],
        },
    ),
)

LAYOUT = Layout("dangky_viettay", "registration", ("E12", "E13"), render, ENTRIES)
