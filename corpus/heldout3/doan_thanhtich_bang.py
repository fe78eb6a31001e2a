"""A Youth Union achievement report that asks for an award, its figures in a table.

After the Đoàn's "Báo cáo thành tích đề nghị khen thưởng" of a collective (K04, K05): the Đoàn
header ("ĐOÀN XÃ …" over "BCH CHI ĐOÀN …", "***" on the left, "ĐOÀN TNCS HỒ CHÍ MINH" on the
right); "BÁO CÁO THÀNH TÍCH / Đề nghị tặng Giấy khen …"; "I. ĐẶC ĐIỂM TÌNH HÌNH" with counts of
members and Party members (not participants); "II. THÀNH TÍCH ĐẠT ĐƯỢC": item 1 tells the model
in prose (its name in quotes, the person in charge in a sentence, the results), item 2 is a
ruled table "TT | Chỉ tiêu | Đơn vị tính | Kết quả" where the participants and the money
mobilised sit in the last column beside other counts (workdays, works, trees); "III. ĐỀ NGHỊ
KHEN THƯỞNG"; "TM. BAN CHẤP HÀNH / BÍ THƯ".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt

WIDTHS = (1.2, 8.3, 2.8, 3.7)


def _figures(doc: Document, v: dict[str, Any]) -> None:
    rows = [
        ("Đoàn viên, thanh niên tham gia thực hiện mô hình", "người", v["participants_text"]),
        ("Ngày công lao động", "ngày công", v["workdays"]),
        ("Kinh phí vận động xã hội hóa", "đồng", v["funds_text"]),
        (v["extra"][0], v["extra"][1], v["extra"][2]),
    ]
    tbl = k.table(doc, 1 + len(rows), WIDTHS)
    for col, head in enumerate(("TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả")):
        k.cell_text(tbl.cell(0, col), (head, "b", 12), align="center")
    for number, (label, unit, value) in enumerate(rows, start=1):
        k.cell_text(tbl.cell(number, 0), (str(number), "", 12), align="center")
        k.cell_text(tbl.cell(number, 1), (label, "", 12))
        k.cell_text(tbl.cell(number, 2), (unit, "", 12), align="center")
        k.cell_text(tbl.cell(number, 3), (value, "", 12), align="right")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("***", "", 12)],
        [("ĐOÀN TNCS HỒ CHÍ MINH", "bu", 13), "", (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("BÁO CÁO THÀNH TÍCH", "b", 15), align="center", after=0)
    k.para(doc, (f"Đề nghị tặng {v['award']}", "b"), align="center", after=8)
    k.para(doc, ("I. ĐẶC ĐIỂM TÌNH HÌNH", "b"))
    k.body(doc, v["situation"])
    k.para(doc, ("II. THÀNH TÍCH ĐẠT ĐƯỢC", "b"))
    person, position = v["leader"]
    k.para(doc, ("1. Thực hiện mô hình “Dân vận khéo”", "b"), first=1.0)
    k.body(
        doc,
        f"Năm {v['date'][3]}, {v['sender']} đăng ký và thực hiện mô hình “{v['model']}”, do "
        f"đồng chí {person} – {position} trực tiếp phụ trách (điện thoại: {v['phone']}).",
    )
    for line in v["results"]:
        k.body(doc, line)
    k.para(doc, ("2. Các chỉ tiêu chủ yếu", "b"), first=1.0)
    _figures(doc, v)
    k.para(doc, ("III. ĐỀ NGHỊ KHEN THƯỞNG", "b"), before=6)
    k.body(doc, f"Ban Chấp hành đề nghị {v['to']} xét, tặng {v['award']}./.")
    signer = v["signer"]
    k.signature(
        doc,
        [("XÁC NHẬN CỦA CẤP ỦY", "b", 12)],
        [("TM. BAN CHẤP HÀNH", "b"), (signer[1].upper(), "b"), "", "", "", (signer[0], "b")],
    )
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], signer),
    }
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "k07-doan-ytb-chi-doan-go-sim",
        ("scan", "doc"),
        {
            "unit_id": "ytb-chi-doan-go-sim",
            "superior": "ĐOÀN XÃ YÊN THẠCH BẮC",
            "issuer_caps": "BCH CHI ĐOÀN THÔN GÒ SIM",
            "date": ("Gò Sim", 28, 11, 2026),
            "award": "Giấy khen của Ban Chấp hành Đoàn xã",
            "to": "Ban Thường vụ Đoàn xã Yên Thạch Bắc",
            "situation": "Chi đoàn có 42 đoàn viên, sinh hoạt ở 3 tổ; 5 đoàn viên là đảng "
            "viên; 17 đoàn viên đang làm việc xa nhà.",
            "sender": "Chi đoàn thôn Gò Sim",
            "unit_name": "Chi đoàn thôn Gò Sim",
            "unit_alt": ["CHI ĐOÀN THÔN GÒ SIM", "BCH CHI ĐOÀN THÔN GÒ SIM"],
            "model": "Thắp sáng đường quê",
            "leader": ("Đinh Văn Toàn", "Phó Bí thư Chi đoàn"),
            "phone": "0388 641 207",
            "results": [
                "Chi đoàn đã lắp 126 bóng đèn năng lượng mặt trời trên 4,2 km đường trục thôn "
                "và đường vào các xóm lẻ.",
                "Tình trạng trộm cắp vặt ban đêm giảm rõ rệt; mô hình được Đoàn xã chọn để các "
                "chi đoàn khác học tập.",
            ],
            "participants_text": "58",
            "participants": 58,
            "workdays": "310",
            "funds_text": "63.400.000",
            "funds": 63400000,
            "extra": ("Công trình thanh niên hoàn thành", "công trình", "02"),
            "signer": ("Đinh Thị Ngọc", "Bí thư"),
            "traits": [
                "figures_in_table",
                "person_in_prose",
                "leader_not_signer",
                "association_motto",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k08-doan-ytb-doan-xa",
        ("photo",),
        {
            "unit_id": "ytb-doan-thanh-nien",
            "superior": "TỈNH ĐOÀN PHÚ THỌ",
            "issuer_caps": "BCH ĐOÀN XÃ YÊN THẠCH BẮC",
            "date": ("Yên Thạch Bắc", 4, 12, 2026),
            "award": "Bằng khen của Ban Chấp hành Tỉnh đoàn",
            "to": "Ban Thường vụ Tỉnh đoàn Phú Thọ",
            "situation": "Đoàn xã có 14 chi đoàn trực thuộc với 486 đoàn viên; năm 2026 kết "
            "nạp 52 đoàn viên mới, giới thiệu 11 đoàn viên ưu tú cho Đảng xem xét kết nạp.",
            "sender": "Đoàn xã Yên Thạch Bắc",
            "unit_name": "Đoàn xã Yên Thạch Bắc",
            "unit_alt": [
                "Đoàn TNCS Hồ Chí Minh xã Yên Thạch Bắc",
                "BCH ĐOÀN XÃ YÊN THẠCH BẮC",
                "Đoàn Thanh niên xã Yên Thạch Bắc",
            ],
            "model": "Ngày thứ bảy tình nguyện cùng người già neo đơn",
            "leader": ("Lò Văn Khánh", "Bí thư Đoàn xã"),
            "position_alt": ["Bí thư Đoàn Thanh niên xã"],
            "phone": "0862 319 540",
            "results": [
                "Các chi đoàn đã giúp 64 người cao tuổi sống một mình sửa nhà, dọn vườn, đưa "
                "đi khám bệnh định kỳ; trao 120 suất quà nhân dịp Tết.",
            ],
            "participants_text": "214",
            "participants": 214,
            "workdays": "1.080",
            "funds_text": "41.500.000",
            "funds": 41500000,
            "extra": ("Cây xanh trồng mới", "cây", "1.500"),
            "signer": ("Lò Văn Khánh", "Bí thư"),
            "traits": [
                "figures_in_table",
                "person_in_prose",
                "association_motto",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k09-doan-doan-thanh-nien",
        ("scan",),
        {
            "unit_id": "doan-thanh-nien",
            "superior": "HUYỆN ĐOÀN NGHĨA PHONG",
            "issuer_caps": "BCH ĐOÀN XÃ NGHĨA THÁI",
            "date": ("Nghĩa Thái", 26, 11, 2024),
            "award": "Giấy khen của Ban Chấp hành Huyện đoàn",
            "to": "Ban Thường vụ Huyện đoàn Nghĩa Phong",
            "situation": "Đoàn xã có 16 chi đoàn với 512 đoàn viên; 92% chi đoàn xếp loại "
            "vững mạnh.",
            "sender": "Đoàn Thanh niên xã Nghĩa Thái",
            "unit_name": "Đoàn Thanh niên xã Nghĩa Thái",
            "unit_alt": ["Đoàn Thanh niên xã", "BCH ĐOÀN XÃ NGHĨA THÁI", "Đoàn xã Nghĩa Thái"],
            "model": "Tuổi trẻ Nghĩa Thái hướng dẫn người dân dùng dịch vụ công trực tuyến",
            "leader": ("Trần Minh Hiếu", "Phó Bí thư Đoàn xã"),
            "phone": "0349 872 651",
            "results": [
                "Đội hình thanh niên tình nguyện đã hướng dẫn 1.350 lượt người dân cài đặt "
                "VNeID và nộp hồ sơ trực tuyến tại bộ phận một cửa và tại nhà.",
                "Tỷ lệ hồ sơ nộp trực tuyến của xã tăng từ 34% lên 68%.",
            ],
            "participants_text": "45",
            "participants": 45,
            "workdays": "260",
            "funds_text": "9.800.000",
            "funds": 9800000,
            "extra": ("Điểm hỗ trợ cố định", "điểm", "03"),
            "signer": ("Phạm Thanh Tùng", "Bí thư"),
            "traits": [
                "figures_in_table",
                "person_in_prose",
                "leader_not_signer",
                "association_motto",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("doan_thanhtich_bang", "report", ("K04", "K05"), render, ENTRIES)
