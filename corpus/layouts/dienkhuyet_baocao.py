"""A quick fill-in report: the superior's template with dotted blanks, filled in by the unit.

After association guidance that asks units to "fill in the dots" ("điền vào dấu …"): every
label ends in a dotted blank; the value is typed into the dots, so dots stay on both sides
("……312……"), or a tab leader draws dots after it; two blanks share one line (person and
position); the figures carry their unit after the blank ("người", "đồng"); the results are
free lines under "Kết quả nổi bật".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt

DOTS = "……"
RIGHT = 16.0  # cm: the right margin of an A4 page with 3 + 2 cm margins


def _line(doc: Document, label: str, value: str) -> None:
    k.tabbed(doc, [[(label, "b"), f" {value}"], ""], [RIGHT], leader="dot")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["unit_header"], "b", 12), (v["number"], "", 12)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("BÁO CÁO NHANH", "b", 14), align="center", after=0)
    k.para(
        doc,
        (f"KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO” NĂM {v['date'][3]}", "b"),
        align="center",
        after=0,
    )
    k.para(doc, ("(Đơn vị điền thông tin vào chỗ trống)", "i", 12), align="center", after=8)
    _line(doc, "1. Tên đơn vị báo cáo:", v["unit"])
    _line(doc, "2. Tên mô hình:", v["model"])
    lead = v["leader"]
    k.tabbed(
        doc,
        [[("3. Người phụ trách: ", "b"), lead[0]], [("Chức vụ: ", "b"), lead[1]], ""],
        [8.0, RIGHT],
        leader="dot",
    )
    _line(doc, "4. Điện thoại liên hệ:", v.get("phone") or "")
    k.para(
        doc,
        ("5. Số người tham gia: ", "b"),
        f"{DOTS}{v['participants_text']}{DOTS} {v['participants_unit']}",
    )
    k.para(doc, ("6. Tổng kinh phí huy động: ", "b"), f"{DOTS}{v['funds_text']}{DOTS} đồng")
    k.para(doc, ("7. Kết quả nổi bật:", "b"))
    for line in v["results"]:
        k.para(doc, f"- {line}", indent=0.5)
    _line(doc, "8. Đề xuất, kiến nghị:", v["proposal"])
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {r}", "", 11) for r in v["recipients"]]],
        [(v["on_behalf"], "b"), (v["signer"][1].upper(), "b"), "", "", "", (v["signer"][0], "b")],
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "leader_name": lead[0],
        "leader_position": lead[1],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "results": joined([f"- {line}" for line in v["results"]]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "results": [joined(v["results"])],
        "leader_position": [*v.get("position_alt", []), *signer_alt(lead, v["signer"])],
    }
    truth = Truth(
        "report", fields, v["unit_id"], alt, v["traits"], v["signer"][0], v["unit_header"]
    )
    return doc, truth


ENTRIES = (
    Entry(
        "c37-dienkhuyet-hoi-khuyen-hoc",
        ("scan", "doc"),
        {
            "unit_id": "hoi-khuyen-hoc",
            "unit_header": "HỘI KHUYẾN HỌC XÃ NGHĨA THÁI",
            "number": "Số: 06/BC-HKH",
            "date": ("Nghĩa Thái", 28, 8, 2024),
            "unit": "Hội Khuyến học xã Nghĩa Thái",
            "unit_alt": ["Hội Khuyến học xã", "HỘI KHUYẾN HỌC XÃ NGHĨA THÁI"],
            "model": "Gia đình học tập, dòng họ học tập",
            "leader": ("Nguyễn Văn Phú", "Chủ tịch Hội Khuyến học xã"),
            "position_alt": ["Chủ tịch"],
            "phone": "0913 274 660",
            "participants_text": "1.215",
            "participants_unit": "hộ gia đình",
            "participants": 1215,
            "funds_text": "85.500.000",
            "funds": 85500000,
            "results": [
                "1.215 hộ đăng ký gia đình học tập, 38 dòng họ đăng ký dòng họ học tập.",
                "Quỹ khuyến học các dòng họ trao 214 suất học bổng cho học sinh nghèo vượt khó.",
            ],
            "proposal": "Đề nghị xã khen thưởng 5 dòng họ tiêu biểu.",
            "recipients": ["Hội Khuyến học huyện;", "Đảng ủy xã;", "Lưu."],
            "on_behalf": "T/M BAN THƯỜNG VỤ",
            "signer": ("Nguyễn Văn Phú", "Chủ tịch"),
            "traits": [
                "dotted_blanks",
                "value_inside_dots",
                "two_labels_one_line",
                "households_as_participants",
            ],
        },
    ),
    Entry(
        "c38-dienkhuyet-lhd-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "lhd-hoi-phu-nu",
            "unit_header": "HỘI LHPN XÃ LẠC HƯNG ĐÔNG",
            "number": "Số: 21/BC-HPN",
            "date": ("Lạc Hưng Đông", 26, 8, 2026),
            "unit": "Hội Liên hiệp Phụ nữ xã Lạc Hưng Đông",
            "unit_alt": ["Hội LHPN xã Lạc Hưng Đông", "HỘI LHPN XÃ LẠC HƯNG ĐÔNG"],
            "model": "Phụ nữ khởi nghiệp từ sản phẩm OCOP",
            "leader": ("Hà Thị Nguyệt", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch"],
            "phone": "0822.640.915",
            "participants_text": "312",
            "participants_unit": "hội viên",
            "participants": 312,
            "funds_text": "1,2 tỷ",
            "funds": 1200000000,
            "results": [
                "Hỗ trợ 6 tổ hợp tác của phụ nữ hoàn thiện hồ sơ, 3 sản phẩm đạt OCOP 3 sao.",
                "Giới thiệu 46 hội viên vay vốn ưu đãi phát triển sản xuất.",
            ],
            "proposal": "Không.",
            "recipients": ["Hội LHPN tỉnh;", "Lưu."],
            "on_behalf": "TM. BAN THƯỜNG VỤ",
            "signer": ("Hà Thị Nguyệt", "Chủ tịch"),
            "traits": ["dotted_blanks", "value_inside_dots", "billions_in_words", "commune_2026"],
        },
    ),
    Entry(
        "c39-dienkhuyet-cb-xom-2",
        ("scan",),
        {
            "unit_id": "cb-xom-2",
            "unit_header": "CHI BỘ XÓM 2",
            "number": "Số: 03-BC/CB",
            "date": ("Nghĩa Thái", None, 9, 2024),
            "unit": "Chi bộ xóm 2",
            "unit_alt": ["CHI BỘ XÓM 2"],
            "model": "Nghĩa tình đồng đội – chăm sóc gia đình chính sách",
            "leader": ("Trần Đình Khải", "Bí thư Chi bộ"),
            "phone": None,
            "participants_text": "96",
            "participants_unit": "lượt người",
            "participants": 96,
            "funds_text": "32.000.000",
            "funds": 32000000,
            "results": [
                "Thăm hỏi, tặng quà 18 gia đình chính sách nhân ngày 27/7; sửa lại 2 nhà cho "
                "thân nhân liệt sĩ.",
            ],
            "proposal": "",
            "recipients": ["Đảng ủy xã;", "Lưu."],
            "on_behalf": "T/M CHI BỘ",
            "signer": ("Trần Đình Khải", "Bí thư"),
            "traits": ["dotted_blanks", "value_inside_dots", "blank_day", "empty_phone_blank"],
        },
    ),
)

LAYOUT = Layout("dienkhuyet_baocao", "report", ("S14",), render, ENTRIES)
