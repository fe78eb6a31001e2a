"""A registration in the shape of the Điều lệ Sáng kiến request (TT 18/2013/TT-BKHCN, Phụ lục I).

No issuer block: the national motto, the title, "Kính gửi", then "Tôi (chúng tôi) ghi tên dưới
đây:" and a seven-column table of authors (the person in charge is the first row, the unit is a
cell of it); then dash items whose labels carry the template's footnote marks as superscripts
("Lĩnh vực áp dụng mô hình⁴:"), a distractor date ("Ngày … áp dụng lần đầu"), a second table of
helpers, the pledge sentence and "Người nộp đơn" under the date. Nothing says tập thể or cá nhân,
and no phone is asked for.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined

AUTHOR_COLS = (
    ("Số TT", 1.0),
    ("Họ và tên", 3.0),
    ("Ngày tháng năm sinh", 2.0),
    ("Nơi công tác (hoặc nơi thường trú)", 3.4),
    ("Chức danh", 2.4),
    ("Trình độ chuyên môn", 2.0),
    ("Tỷ lệ (%) đóng góp vào việc tạo ra mô hình", 2.2),
)
HELPER_LAST = "Nội dung công việc hỗ trợ"


def _people(doc: Document, rows: list[tuple[str, ...]], last: str | None = None) -> None:
    cols = list(AUTHOR_COLS)
    if last:
        cols[-1] = (last, cols[-1][1])
    tbl = k.table(doc, 1 + len(rows), [w for _, w in cols])
    for col, (title, _) in enumerate(cols):
        k.cell_text(tbl.cell(0, col), (title, "b", 11), align="center")
    for number, row in enumerate(rows, start=1):
        k.cell_text(tbl.cell(number, 0), (str(number), "", 11), align="center")
        for col, text in enumerate(row, start=1):
            k.cell_text(tbl.cell(number, col), (text, "", 11))


def _item(doc: Document, label: str, mark: str, value: str | list[str]) -> None:
    """'- Label⁴: value' — a short value on the label's line, paragraphs below it."""
    if isinstance(value, str):
        k.para(doc, f"- {label}", (mark, "s"), ": ", value, first=1.0)
        return
    k.para(doc, f"- {label}", (mark, "s"), ":", first=1.0)
    for line in value:
        k.body(doc, line)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    for run in k.quoc_hieu(short_rule=False):
        k.para(doc, run, align="center", after=0)
    k.para(doc, "", after=4)
    k.para(doc, ("ĐƠN ĐĂNG KÝ XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO”", "b", 14), align="center", after=8)
    k.para(doc, "Kính gửi", ("1", "s"), f": {v['to']}", first=1.0, after=6)
    k.para(doc, "Tôi (chúng tôi) ghi tên dưới đây:", first=1.0)
    _people(doc, v["authors"])
    k.para(doc, "", after=2)
    k.para(doc, "Là tác giả (nhóm tác giả) đăng ký xây dựng mô hình", ("2", "s"), ":", first=1.0)
    k.para(doc, (v["model"], "b"), first=1.0)
    _item(
        doc,
        "Đơn vị chủ trì xây dựng mô hình (trường hợp tác giả không đồng thời là đơn vị chủ trì)",
        "3",
        v["unit"],
    )
    _item(doc, "Lĩnh vực áp dụng mô hình", "4", v["domain_text"])
    _item(
        doc,
        "Ngày mô hình được áp dụng lần đầu hoặc áp dụng thử, (ghi ngày nào sớm hơn)",
        "",
        v["first_applied"],
    )
    _item(doc, "Mô tả bản chất của mô hình", "5", v["content"])
    _item(doc, "Những thông tin cần được bảo mật (nếu có)", "", "Không")
    _item(doc, "Những điều kiện cần thiết để áp dụng mô hình", "6", v["conditions"])
    _item(
        doc,
        "Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng mô hình theo ý kiến "
        "của tác giả",
        "7",
        v["benefits"],
    )
    k.para(
        doc,
        "- Danh sách những người đã tham gia áp dụng thử hoặc áp dụng mô hình lần đầu (nếu có):",
        first=1.0,
    )
    _people(doc, v["helpers"], HELPER_LAST)
    k.para(doc, "", after=2)
    k.body(
        doc,
        "Tôi (chúng tôi) xin cam đoan mọi thông tin nêu trong đơn là trung thực, đúng sự thật "
        "và hoàn toàn chịu trách nhiệm trước pháp luật.",
    )
    tbl = k.table(doc, 1, (6.0, 10.0), grid=False)
    k.cell_text(
        tbl.cell(0, 1),
        [
            (date_line(*v["date"]), "i"),
            ("Người nộp đơn", "b"),
            ("(Ký và ghi rõ họ tên)", "i"),
            "",
            "",
            "",
            (v["signer"], "b"),
        ],
        align="center",
    )
    k.para(doc, "", after=2)
    for note in v["notes"]:
        k.para(doc, (note, "i", 10), after=0)
    lead = v["authors"][0]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "domain": v["domain"],
        "leader_name": lead[0],
        "leader_position": lead[3],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], None)
    return doc, truth


NOTES = [
    "(1) Tên cơ quan, tổ chức nhận đăng ký mô hình.",
    "(2) Tên mô hình; (3) Ghi tên đơn vị chủ trì; (4) Ghi rõ lĩnh vực: kinh tế, văn hóa - xã hội, "
    "quốc phòng - an ninh hoặc xây dựng hệ thống chính trị.",
    "(5) Mô tả ngắn gọn, đầy đủ cách làm; (6), (7) Nêu cụ thể, có số liệu nếu có.",
]

ENTRIES = (
    Entry(
        "h01-sangkien-plt-chi-hoi-nd-trung-hoa",
        ("scan",),
        {
            "unit_id": "plt-chi-hoi-nd-trung-hoa",
            "to": "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Phú Lạc Tây",
            "authors": [
                (
                    "Võ Thị Mai",
                    "12/5/1979",
                    "Thôn Trung Hòa, xã Phú Lạc Tây",
                    "Chi hội trưởng Chi hội Nông dân",
                    "Trung cấp nông nghiệp",
                    "60",
                ),
                ("Lê Văn Khang", "03/8/1968", "Thôn Trung Hòa", "Hội viên", "—", "40"),
            ],
            "model": "Tổ liên kết trồng và tiêu thụ bưởi Phúc Trạch theo hướng hữu cơ",
            "unit": "Chi hội Nông dân thôn Trung Hòa",
            "unit_alt": ["Chi hội ND thôn Trung Hòa"],
            "domain_text": "Kinh tế",
            "domain": "economy",
            "first_applied": "15/02/2026",
            "content": [
                "Chi hội vận động 18 hộ có vườn bưởi liền kề vào tổ liên kết; thống nhất một quy "
                "trình chăm sóc hữu cơ, dùng chung máy phun và ghi nhật ký canh tác.",
                "Tổ ký hợp đồng bao tiêu với hợp tác xã của xã, mỗi tháng họp một lần để chia sẻ "
                "kinh nghiệm và kết nạp thêm hộ mới.",
            ],
            "conditions": "Có vùng trồng tập trung, có người đứng đầu tổ được bà con tin tưởng.",
            "benefits": "Dự kiến giá bán tăng 15–20% so với bán lẻ; giảm 30% chi phí phân thuốc.",
            "helpers": [
                (
                    "Hồ Văn Bình",
                    "1975",
                    "HTX Dịch vụ nông nghiệp xã",
                    "Kỹ thuật viên",
                    "Kỹ sư",
                    "Hướng dẫn quy trình hữu cơ",
                ),
            ],
            "date": ("Phú Lạc Tây", 20, 3, 2026),
            "signer": "Võ Thị Mai",
            "position_alt": ["Chi hội trưởng"],
            "notes": NOTES,
            "traits": [
                "no_issuer_block",
                "authors_table",
                "unit_in_dash_item",
                "superscript_footnote_marks",
                "distractor_date",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h02-sangkien-plt-doan-thanh-nien",
        ("photo", "doc"),
        {
            "unit_id": "plt-doan-thanh-nien",
            "to": "Ban Xây dựng Đảng, Đảng ủy xã Phú Lạc Tây",
            "authors": [
                (
                    "Lê Quang Huy",
                    "21/11/1994",
                    "Đoàn xã Phú Lạc Tây",
                    "Bí thư Đoàn xã",
                    "Cử nhân Công nghệ thông tin",
                    "50",
                ),
                (
                    "Thái Bảo Ngọc",
                    "07/01/1999",
                    "Chi đoàn thôn Bàu Sen",
                    "Bí thư Chi đoàn",
                    "Cao đẳng",
                    "30",
                ),
                (
                    "Đinh Văn Sáng",
                    "19/6/2000",
                    "Chi đoàn thôn Khe Lim",
                    "Đoàn viên",
                    "Trung cấp",
                    "20",
                ),
            ],
            "model": "Tổ công nghệ số thanh niên giúp người cao tuổi dùng dịch vụ công trực tuyến",
            "unit": "Đoàn TNCS Hồ Chí Minh xã Phú Lạc Tây",
            "unit_alt": ["Đoàn Thanh niên xã Phú Lạc Tây", "Đoàn xã Phú Lạc Tây"],
            "domain_text": "Xây dựng hệ thống chính trị",
            "domain": "political_system",
            "first_applied": "01/3/2026",
            "content": [
                "Thành lập 4 tổ công nghệ số, mỗi tổ 3 đoàn viên, trực tại nhà văn hóa thôn chiều "
                "thứ Bảy hằng tuần.",
                "Hướng dẫn người dân cài đặt VNeID, nộp hồ sơ trực tuyến, thanh toán không dùng "
                "tiền mặt; lập danh sách người cao tuổi sống một mình để đến tận nhà hỗ trợ.",
            ],
            "conditions": "Có điểm phát sóng wifi tại nhà văn hóa và sự phối hợp của công chức "
            "một cửa.",
            "benefits": "Phấn đấu 70% hồ sơ thủ tục hành chính của người dân trong xã nộp trực "
            "tuyến vào cuối năm.",
            "helpers": [
                (
                    "Nguyễn Thị Thanh",
                    "1990",
                    "UBND xã Phú Lạc Tây",
                    "Công chức Văn phòng",
                    "Đại học",
                    "Hướng dẫn nghiệp vụ một cửa",
                ),
                (
                    "Phan Văn Lộc",
                    "1988",
                    "Bưu điện văn hóa xã",
                    "Nhân viên",
                    "Trung cấp",
                    "Hỗ trợ thanh toán số",
                ),
            ],
            "date": ("Phú Lạc Tây", 2, 4, 2026),
            "signer": "Lê Quang Huy",
            "position_alt": ["Bí thư"],
            "notes": NOTES,
            "traits": [
                "no_issuer_block",
                "authors_table",
                "group_of_authors",
                "superscript_footnote_marks",
                "distractor_date",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h03-sangkien-cb-truong-tieu-hoc",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "cb-truong-tieu-hoc",
            "to": "Đảng ủy xã Nghĩa Thái",
            "authors": [
                (
                    "Trần Thị Minh Nguyệt",
                    "02/9/1981",
                    "Trường Tiểu học xã Nghĩa Thái",
                    "Bí thư Chi bộ, Hiệu trưởng",
                    "Thạc sĩ Quản lý giáo dục",
                    "100",
                ),
            ],
            "model": "Thư viện xanh cùng cha mẹ học sinh",
            "unit": "Chi bộ Trường Tiểu học",
            "unit_alt": ["Chi bộ Trường Tiểu học xã Nghĩa Thái"],
            "domain_text": "Văn hóa - xã hội",
            "domain": "culture_society",
            "first_applied": "05/9/2023",
            "content": [
                "Chi bộ giao mỗi đảng viên phụ trách một lớp, vận động phụ huynh góp sách, dựng "
                "giá sách ngoài trời dưới tán cây và luân phiên trông thư viện giờ ra chơi.",
            ],
            "conditions": "Có khoảng sân rợp bóng cây và sự đồng thuận của Ban đại diện cha mẹ "
            "học sinh.",
            "benefits": "Mỗi học sinh đọc ít nhất 10 cuốn sách mỗi năm học.",
            "helpers": [
                (
                    "Phạm Thị Hương",
                    "1986",
                    "Trường Tiểu học xã Nghĩa Thái",
                    "Giáo viên",
                    "Đại học",
                    "Phụ trách thư viện",
                ),
            ],
            "date": ("Nghĩa Thái", 3, 4, 2024),
            "signer": "Trần Thị Minh Nguyệt",
            "position_alt": ["Bí thư Chi bộ", "Hiệu trưởng"],
            "notes": NOTES,
            "traits": [
                "no_issuer_block",
                "authors_table",
                "superscript_footnote_marks",
                "distractor_date",
                "tcvn3",
            ],
        },
    ),
)

LAYOUT = Layout("sangkien_don", "registration", ("H01",), render, ENTRIES)
