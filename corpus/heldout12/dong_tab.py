"""A registration whose fields run along long landscape lines, two or three to a line, between
tab stops with dot leaders.

After the typed registration slips a commune's steering board sends out as a landscape Word file
to be filled on the computer (Z10: "Đơn vị đăng ký: ……… Trực thuộc: ………", "Lĩnh vực: …… Loại mô
hình: …… Thời gian: ……", "Người phụ trách: …… Chức vụ: …… Điện thoại: ……" on one line each,
every blank a tab with a dot leader) and the way clerks fill them (Z11: typing the value after
the first tab, so dots stay before and after it; the content typed as one long line with
semicolons). Several labels and values share each line; the expected figures and budget of
the last line are not fields.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

WIDTH = 25.7  # the landscape line, cm
CHAR = 0.23  # a generous average width of a 12 pt character, cm
TYPE_VI = {"collective": "tập thể", "individual": "cá nhân"}


def _line(doc: Document, pairs: list[tuple[str, str]], shares: list[float]) -> None:
    """Label, dots, value, dots … for each pair; each pair gets its share of the line."""
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(6)
    stops = paragraph.paragraph_format.tab_stops
    start = 0.0
    for number, ((label, value), share) in enumerate(zip(pairs, shares, strict=True)):
        end = WIDTH if number == len(pairs) - 1 else start + share * WIDTH
        begin = start + len(label) * CHAR + 0.6
        if begin + len(value) * CHAR > end - 0.4:
            begin = max(start + len(label) * CHAR + 0.2, end - 0.4 - len(value) * CHAR)
        stops.add_tab_stop(Cm(begin), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
        last = number == len(pairs) - 1
        stops.add_tab_stop(
            Cm(end), WD_TAB_ALIGNMENT.RIGHT if last else WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS
        )
        k.add_runs(paragraph, [(label, "b"), "\t", value, "\t"])
        if not last:
            paragraph.add_run(" ")
        start = end


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=12, landscape=True)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["issuer"], "b"), "───────"],
        [*k.quoc_hieu(), ("Mẫu ĐK-01/DVK", "i", 11)],
        widths=(11.0, 14.0),
    )
    k.para(doc, ("BẢN ĐĂNG KÝ XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "b", 14),
           align="center", before=10, after=2)  # fmt: skip
    k.para(doc, ("(Đơn vị điền vào chỗ trống, gửi về Ban Chỉ đạo trước ngày 20/3/2026)", "i", 11),
           align="center", after=10)  # fmt: skip
    person, position = v["leader"]
    kind = TYPE_VI[v["type"]] if v.get("type") else ""
    domain = DOMAIN_VI[v["domain"]] if v.get("domain") else ""
    _line(doc, [("Đơn vị đăng ký:", v["unit"]), ("Trực thuộc:", v["under"])], [0.6, 0.4])
    _line(doc, [("Tên mô hình:", v["model"])], [1.0])
    _line(
        doc,
        [("Lĩnh vực:", domain), ("Loại mô hình:", kind), ("Thời gian thực hiện:", v["period"])],
        [0.4, 0.25, 0.35],
    )
    _line(
        doc,
        [("Người phụ trách:", person), ("Chức vụ:", position), ("Điện thoại:", v.get("phone") or "")],
        [0.33, 0.42, 0.25],
    )  # fmt: skip
    _line(
        doc,
        [("Địa bàn thực hiện:", v["location"]), ("Số người tham gia dự kiến:", v["expected"])],
        [0.55, 0.45],
    )
    content = k.para(doc, ("Nội dung, giải pháp:", "b"), " …… ", "; ".join(v["content"]),
                     align="justify", after=6)  # fmt: skip
    content.add_run(" ……………")
    _line(doc, [("Kinh phí dự kiến:", v["budget"]), ("Nguồn:", v["source"])], [0.45, 0.55])
    k.para(doc, (date_line(*v["date"]), "i"), align="right", before=6, after=0)
    k.signature(
        doc,
        [("", "")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"][0], "b")],
        widths=(12.0, 13.0),
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(["; ".join(v["content"])]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
    }
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"][0])
    return doc, truth


ENTRIES = (
    Entry(
        "w16-dongtab-bst-dang-uy",
        ("scan", "doc"),
        {
            "unit_id": "bst-dang-uy",
            "superior": "ĐẢNG BỘ TỈNH CÀ MAU",
            "issuer": "ĐẢNG ỦY XÃ BÀO SEN TÂY",
            "unit": "Đảng ủy xã Bào Sen Tây",
            "unit_alt": ["ĐẢNG ỦY XÃ BÀO SEN TÂY"],
            "under": "Đảng bộ tỉnh Cà Mau",
            "model": "Mỗi đảng viên gắn bó với một nhóm hộ đồng bào Khmer",
            "type": "collective",
            "domain": "political_system",
            "period": "03/2026 – 12/2026",
            "leader": ("Trần Văn Út", "Phó Bí thư Thường trực Đảng ủy"),
            "position_alt": ["Phó Bí thư Thường trực"],
            "phone": "0913 606 581",
            "location": "4 ấp trên địa bàn xã",
            "expected": "156 đảng viên, 620 hộ",
            "content": [
                "phân công mỗi đảng viên theo dõi 3–5 hộ đồng bào Khmer",
                "đảng viên dự sinh hoạt phum sóc, dự lễ Chôl Chnăm Thmây, Sene Dolta cùng bà con",
                "hằng tháng nắm tâm tư, kiến nghị của hộ, báo cáo chi bộ giải quyết kịp thời",
            ],
            "budget": "không",
            "source": "đảng viên tự túc",
            "date": ("Bào Sen Tây", 11, 3, 2026),
            "sign_block": ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ"],
            "signer": ("Trần Văn Út", "Phó Bí thư"),
            "traits": [
                "fields_share_lines",
                "dot_leader_tabs",
                "landscape",
                "content_one_line",
                "decoy_expected_counts",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w17-dongtab-bst-ubnd",
        ("photo",),
        {
            "unit_id": "bst-ubnd",
            "superior": "ĐẢNG ỦY XÃ BÀO SEN TÂY",
            "issuer": "BAN CHỈ ĐẠO “DÂN VẬN KHÉO”",
            "unit": "UBND xã Bào Sen Tây",
            "unit_alt": ["Ủy ban nhân dân xã Bào Sen Tây"],
            "under": "Đảng ủy xã",
            "model": "Một cửa thân thiện – cán bộ nói được tiếng Khmer",
            "type": "collective",
            "domain": "political_system",
            "period": "cả năm 2026",
            "leader": ("Nguyễn Thanh Tâm", "Phó Chủ tịch UBND xã"),
            "position_alt": ["Phó Chủ tịch"],
            "phone": "0290 3851 627",
            "location": "Trung tâm Phục vụ hành chính công xã",
            "expected": "12 công chức",
            "content": [
                "bố trí công chức biết tiếng Khmer trực tại bộ phận một cửa vào các buổi sáng",
                "in song ngữ Việt – Khmer 24 thủ tục thường dùng",
                "hẹn trả kết quả tại nhà cho người cao tuổi, người khuyết tật",
            ],
            "budget": "15.000.000 đồng",
            "source": "ngân sách xã",
            "date": ("Bào Sen Tây", 18, 3, 2026),
            "sign_block": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "signer": ("Nguyễn Thanh Tâm", "Phó Chủ tịch"),
            "traits": [
                "fields_share_lines",
                "dot_leader_tabs",
                "landscape",
                "content_one_line",
                "landline_area_code",
                "issuer_not_unit",
                "alias_unit_name",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w18-dongtab-bst-cb-ap-kinh-ngang",
        ("scan",),
        {
            "unit_id": "bst-cb-ap-kinh-ngang",
            "superior": "ĐẢNG BỘ XÃ BÀO SEN TÂY",
            "issuer": "CHI BỘ ẤP KINH NGANG",
            "unit": "Chi bộ ấp Kinh Ngang",
            "unit_alt": ["CHI BỘ ẤP KINH NGANG"],
            "under": "Đảng bộ xã Bào Sen Tây",
            "model": "Đảng viên đi đầu chuyển đổi sang nuôi tôm sinh thái",
            "domain": "economy",
            "period": "04/2026 – 04/2027",
            "leader": ("Võ Văn Lực", "Bí thư Chi bộ"),
            "position_alt": ["Bí thư"],
            "phone": "0395 447 160",
            "location": "ấp Kinh Ngang",
            "expected": "19 đảng viên, 40 hộ",
            "content": [
                "đảng viên làm trước 10 ha tôm sinh thái dưới tán rừng",
                "mời HTX tôm – lúa Kinh Ngang hướng dẫn kỹ thuật, bao tiêu sản phẩm",
                "tổ chức cho bà con tham quan ruộng đảng viên mỗi vụ",
            ],
            "budget": "80.000.000 đồng",
            "source": "đảng viên và hộ tham gia góp",
            "date": ("Bào Sen Tây", 27, 3, 2026),
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Võ Văn Lực", "Bí thư"),
            "traits": [
                "fields_share_lines",
                "dot_leader_tabs",
                "landscape",
                "content_one_line",
                "empty_type",
                "decoy_expected_counts",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("dong_tab", "registration", ("Z10", "Z11"), render, ENTRIES)
