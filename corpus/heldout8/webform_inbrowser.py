"""A registration filled on the commune's web portal and printed from the browser.

After the print settings of browsers (B01, B02: a header with the print date and the page title,
a footer with the page's address and "page/pages"): the portal's banner and breadcrumb, the
form's title, a record number and status, then a two-column grid of "label *" | value pairs
(two pairs a row), radio buttons for the type ("◉ Tập thể ○ Cá nhân"), a drop-down value for
the domain, a text area for the content, the pledge box, the time it was sent ("Gửi lúc … ngày
… tháng … năm …") and the portal's buttons printed as text.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, iso, joined, phone_digits

TYPE_VI = {"collective": "Tập thể", "individual": "Cá nhân"}


def _browser_chrome(doc: Document, v: dict[str, Any]) -> None:
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.text = f"{v['printed']}\t{v['page_title']}"
    foot = section.footer.paragraphs[0]
    foot.text = f"{v['url']}\t1/1"
    foot.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    for paragraph in (head, foot):
        for run in paragraph.runs:
            run.font.size = Pt(8)
            run.font.name = "Arial"


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=11, font="Arial")
    _browser_chrome(doc, v)
    k.para(doc, (v["portal"], "b", 14), align="left", after=0)
    k.para(doc, (v["breadcrumb"], "", 9), align="left", after=8)
    k.para(doc, (v["title"], "b", 13), align="center", after=2)
    k.para(doc, (f"Mã hồ sơ: {v['record']}    Trạng thái: Đã gửi", "i", 9), align="center", after=6)
    person, position = v["leader"]
    if v.get("type"):
        type_line = "   ".join(
            ("◉ " if v["type"] == key else "○ ") + label for key, label in TYPE_VI.items()
        )
    else:
        type_line = "○ Tập thể   ○ Cá nhân"
    domain_line = (
        f"{DOMAIN_VI[v['domain']].capitalize()}  ▾" if v.get("domain") else "-- Chọn --  ▾"
    )
    pairs = [
        ("Đơn vị đăng ký *", v["unit_line"], "Năm đăng ký *", str(v["year"])),
        ("Loại mô hình *", type_line, "Lĩnh vực *", domain_line),
        ("Họ và tên người phụ trách *", person, "Chức vụ", position),
        ("Số điện thoại *", v["phone"], "Email", v["email"]),
    ]
    grid = k.table(doc, len(pairs) + 3, (3.2, 4.8, 3.0, 5.0))
    for row, (la, va, lb, vb) in enumerate(pairs):
        cells = grid.rows[row].cells
        k.cell_text(cells[0], (la, "b"), size=9)
        k.cell_text(cells[1], va, size=10)
        k.cell_text(cells[2], (lb, "b"), size=9)
        k.cell_text(cells[3], vb, size=10)
    for offset, (label, lines) in enumerate(
        (
            ("Tên mô hình *", [v["model"]]),
            ("Địa bàn thực hiện *", [v["location"]]),
            ("Nội dung, giải pháp thực hiện *", v["content"]),
        )
    ):
        cells = grid.rows[len(pairs) + offset].cells
        merged = cells[1].merge(cells[3])
        k.cell_text(cells[0], (label, "b"), size=9)
        k.cell_text(merged, list(lines), size=10)
    k.para(
        doc,
        ("☑ ", "b"),
        "Tôi cam đoan các thông tin trên là đúng sự thật và chịu trách nhiệm thực hiện mô hình "
        "đã đăng ký.",
        align="left",
        before=6,
    )
    day, month, year = v["sent"]
    k.para(
        doc,
        (f"Gửi lúc {v['sent_time']}, ngày {day:02d} tháng {month} năm {year} – người gửi: ", "i"),
        (v["sender"], "i"),
        align="left",
    )
    k.para(doc, ("[ In phiếu ]    [ Sửa hồ sơ ]    [ Quay lại danh sách ]", "", 9), before=8)
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(day, month, year),
    }
    alt = {"leader_position": v.get("position_alt", []), "location": v.get("location_alt", [])}
    return doc, Truth("registration", fields, v["unit_id"], alt, v["traits"])


ENTRIES = (
    Entry(
        "q01-web-tdn-doan-xa",
        ("scan", "doc"),
        {
            "unit_id": "tdn-doan-xa",
            "printed": "3/9/26, 8:02 PM",
            "page_title": "Đăng ký mô hình Dân vận khéo – Cổng TTĐT xã Tân Đức Nam",
            "url": "https://tanducnam.test/dan-van-kheo/dang-ky/ho-so?ma=DVK-2026-0117",
            "portal": "CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN ĐỨC NAM",
            "breadcrumb": "Trang chủ › Dân vận khéo › Đăng ký mô hình › Hồ sơ DVK-2026-0117",
            "title": "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026",
            "record": "DVK-2026-0117",
            "unit_line": "Đoàn xã Tân Đức Nam",
            "year": 2026,
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Phạm Quốc Bảo", "Bí thư Đoàn xã"),
            "phone": "(+84) 937 418 265",
            "email": "quocbao.doan@tanducnam.test",
            "model": "Thứ Bảy tình nguyện – sửa nhà, dạy chữ cho trẻ em ấp Suối Cả",
            "location": "ấp Suối Cả",
            "content": [
                "- Mỗi tháng 02 buổi thứ Bảy, đoàn viên sửa nhà, dọn vườn cho hộ nghèo;",
                "- Mở lớp dạy chữ, dạy tiếng Việt cho trẻ em người S'tiêng chưa đi học;",
                "- Vận động nhà hảo tâm tặng sách vở, xe đạp cũ.",
            ],
            "sent": (7, 3, 2026),
            "sent_time": "21:47",
            "sender": "quocbao.doan",
            "traits": [
                "web_form_print",
                "browser_header_footer",
                "two_column_grid",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q02-web-tdn-htx-dieu",
        ("photo",),
        {
            "unit_id": "tdn-htx-dieu",
            "printed": "12/03/2026 07:55",
            "page_title": "Hồ sơ DVK-2026-0131",
            "url": "https://tanducnam.test/dan-van-kheo/dang-ky/ho-so?ma=DVK-2026-0131&in=1",
            "portal": "CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN ĐỨC NAM",
            "breadcrumb": "Trang chủ › Dân vận khéo › Đăng ký mô hình › Hồ sơ DVK-2026-0131",
            "title": "PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026",
            "record": "DVK-2026-0131",
            "unit_line": "Hợp tác xã Nông nghiệp Điều Tân Đức",
            "year": 2026,
            "type": "collective",
            "domain": "economy",
            "leader": ("Voòng Cẩm Liên", "Giám đốc HTX"),
            "position_alt": ["Giám đốc"],
            "phone": "0251 3861 447",
            "email": "htxdieu@tanducnam.test",
            "model": "Liên kết trồng điều hữu cơ, bao tiêu hạt cho hộ đồng bào",
            "location": "ấp Bàu Tre và ấp Suối Cả",
            "location_alt": ["ấp Bàu Tre"],
            "content": [
                "- Ký hợp đồng bao tiêu hạt điều với các hộ xã viên theo giá sàn;",
                "- Hướng dẫn bón phân hữu cơ, tỉa cành, phòng bọ xít muỗi;",
                "- Lập tổ tín dụng xoay vòng mua phân cho hộ khó khăn.",
            ],
            "sent": (11, 3, 2026),
            "sent_time": "16:20",
            "sender": "htxdieu",
            "traits": [
                "web_form_print",
                "browser_header_footer",
                "two_column_grid",
                "landline",
                "hoa_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q03-web-hoi-phu-nu",
        ("scan",),
        {
            "unit_id": "hoi-phu-nu",
            "printed": "4/2/24, 10:31 AM",
            "page_title": "Phiếu đăng ký – Khối Dân vận xã Nghĩa Thái",
            "url": "https://nghiathai.test/dvk/phieu-dang-ky/xem/2024-0056",
            "portal": "TRANG THÔNG TIN ĐIỆN TỬ XÃ NGHĨA THÁI",
            "breadcrumb": "Trang chủ › Phong trào › Dân vận khéo › Phiếu 2024-0056",
            "title": "PHIẾU ĐĂNG KÝ XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024",
            "record": "2024-0056",
            "unit_line": "Hội Liên hiệp Phụ nữ xã Nghĩa Thái",
            "year": 2024,
            "leader": ("Đỗ Thị Huyền", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0385.226.904",
            "email": "phunu.nghiathai@gmail.test",
            "model": "Phụ nữ Nghĩa Thái nói không với rác thải nhựa",
            "location": "14 xóm của xã Nghĩa Thái",
            "content": [
                "- Mỗi chi hội đặt điểm thu gom chai nhựa, túi ni lông, bán lấy tiền giúp hội viên nghèo;",
                "- Phát túi vải, làn nhựa đi chợ cho hội viên.",
            ],
            "sent": (1, 4, 2024),
            "sent_time": "15:06",
            "sender": "huyendo",
            "traits": ["web_form_print", "browser_header_footer", "two_column_grid", "no_type"],
        },
    ),
)

LAYOUT = Layout("webform_inbrowser", "registration", ("B01", "B02"), render, ENTRIES)
