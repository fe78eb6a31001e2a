"""An individual's "ĐƠN ĐĂNG KÝ" written in the first person, filled by hand, confirmed by the unit.

After forms where a person applies and a body confirms it (D08: a residence form completed
by the person and confirmed by the authority; D09: registration sheets asking for the person,
the workplace and the subject, signed by the person): the motto only, "ĐƠN ĐĂNG KÝ /
XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” CÁ NHÂN", "Kính gửi:" two bodies, then printed labels with the
answers in handwriting: "Tôi tên là", year of birth, ethnic group, "Chức vụ, nghề nghiệp",
"Nơi ở", "Điện thoại", "Sinh hoạt tại" (the unit), "Nay tôi làm đơn …", the model, the domain
(twice), the place, what I will do (handwritten lines), a pledge; the date line and "NGƯỜI
LÀM ĐƠN" right, "XÁC NHẬN CỦA …" left with a handwritten remark and the unit's head.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits


def _line(doc: Document, label: str, value: str, indent: float = 0.0) -> None:
    k.para(doc, label, (value, "h"), align="left", indent=indent, after=4)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    for run in k.quoc_hieu():
        k.para(doc, run, align="center", after=0)
    k.para(doc, ("ĐƠN ĐĂNG KÝ", "b", 15), align="center", before=12, after=0)
    k.para(doc, ("XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” CÁ NHÂN", "b", 13), align="center", after=10)
    k.para(doc, ("Kính gửi:", "b"), f" - {v['to'][0]};", align="left", indent=2.0, after=0)
    for to in v["to"][1:]:
        k.para(doc, f"- {to}.", align="left", indent=4.1, after=6)
    person, position = v["leader"]
    _line(
        doc, "Tôi tên là: ", f"{person}        Sinh năm: {v['born']}        Dân tộc: {v['ethnic']}"
    )
    _line(doc, "Chức vụ, nghề nghiệp: ", position)
    _line(doc, "Nơi ở: ", v["home"])
    if v.get("phone"):
        _line(doc, "Điện thoại: ", v["phone"])
    _line(doc, "Sinh hoạt tại: ", v["unit_line"])
    k.body(
        doc,
        f"Nay tôi làm đơn này đăng ký xây dựng mô hình “Dân vận khéo” cá nhân năm "
        f"{v['date'][3]}, cụ thể như sau:",
        before=4,
    )
    _line(doc, "1. Tên mô hình: ", v["model"], 0.5)
    if v.get("show_domain"):
        _line(doc, "2. Lĩnh vực: ", DOMAIN_VI[v["domain"]], 0.5)
    _line(doc, "3. Địa bàn thực hiện: ", v["location"], 0.5)
    k.para(doc, "4. Những việc tôi sẽ làm:", indent=0.5, after=2)
    for text in v["content"]:
        k.para(doc, (text, "h"), align="left", indent=1.0, after=2)
    k.body(
        doc,
        "Tôi xin cam đoan thực hiện đúng nội dung đã đăng ký, chịu sự kiểm tra, đánh "
        "giá của Ban Chỉ đạo phong trào.",
        before=4,
    )
    k.signature(
        doc,
        [
            ("XÁC NHẬN CỦA " + v["confirm_caps"], "b"),
            (v["remark"], "h"),
            *[(line, "b") for line in v["confirm_block"]],
            "",
            "",
            (v["confirmer"], "b"),
        ],
        [
            (date_line(*v["date"]), "i"),
            ("NGƯỜI LÀM ĐƠN", "b"),
            ("(Ký, ghi rõ họ tên)", "i"),
            "",
            (person.split()[-1], "h"),
            (person, "h"),
        ],
        (8.0, 8.0),
    )
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": "individual",
        "domain": v["domain"] if v.get("show_domain") else None,
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    stamp = v["confirm_caps"]
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["confirmer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "h13-donxin-hlh-cb-thon-ta-lang",
        ("scan", "doc"),
        {
            "unit_id": "hlh-cb-thon-ta-lang",
            "to": [
                "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Hòa Lộc Hải",
                "Chi bộ thôn Tà Lang",
            ],
            "leader": ("Zơrâm Thị Blúp", "Chi hội trưởng Chi hội Phụ nữ thôn Tà Lang"),
            "position_alt": ["Chi hội trưởng Chi hội Phụ nữ", "Chi hội trưởng"],
            "born": 1982,
            "ethnic": "Cơ Tu",
            "home": "thôn Tà Lang, xã Hòa Lộc Hải, thành phố Đà Nẵng",
            "phone": "0868 205 931",
            "unit_line": "Chi bộ thôn Tà Lang",
            "unit_alt": ["CHI BỘ THÔN TÀ LANG"],
            "model": "Giữ nghề dệt thổ cẩm Cơ Tu cho con cháu",
            "show_domain": True,
            "domain": "culture_society",
            "location": "Nhà sinh hoạt cộng đồng (gươl) thôn Tà Lang",
            "location_alt": ["thôn Tà Lang"],
            "content": [
                "- Mở lớp dạy dệt thổ cẩm miễn phí cho 15 em gái vào tối thứ Ba, thứ Năm;",
                "- Vận động các bà, các mẹ góp khung dệt cũ, sợi màu;",
                "- Liên hệ Hợp tác xã đưa sản phẩm bán cho khách du lịch.",
            ],
            "date": ("Tà Lang", 10, 3, 2026),
            "confirm_caps": "CHI BỘ THÔN TÀ LANG",
            "remark": "Đồng chí Zơrâm Thị Blúp là đảng viên của Chi bộ. Chi bộ thống nhất đề "
            "nghị cho đăng ký.",
            "confirm_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "confirmer": "Alăng Văn Bhiếc",
            "traits": [
                "first_person_application",
                "handwritten_fill",
                "confirmation_block",
                "individual_model",
                "cotu_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h14-donxin-hlh-btcmt-bai-ngang",
        ("photo",),
        {
            "unit_id": "hlh-btcmt-bai-ngang",
            "to": ["Ủy ban MTTQ Việt Nam xã Hòa Lộc Hải", "Ban Công tác Mặt trận thôn Bãi Ngang"],
            "leader": ("Đàng Văn Thọ", "Trưởng ban Công tác Mặt trận thôn Bãi Ngang"),
            "position_alt": ["Trưởng ban Công tác Mặt trận"],
            "born": 1961,
            "ethnic": "Chăm",
            "home": "tổ 4, thôn Bãi Ngang",
            "phone": "0914.807.366",
            "unit_line": "Ban Công tác Mặt trận thôn Bãi Ngang",
            "unit_alt": ["BAN CÔNG TÁC MẶT TRẬN THÔN BÃI NGANG"],
            "model": "Già làng hòa giải ở cơ sở",
            "domain": "political_system",
            "location": "thôn Bãi Ngang",
            "content": [
                "- Đến tận nhà hòa giải các vụ tranh chấp đất, lối đi, ngư cụ giữa các hộ;",
                "- Mỗi quý nói chuyện pháp luật với bà con tại nhà văn hóa thôn.",
            ],
            "date": ("Bãi Ngang", 13, 3, 2026),
            "confirm_caps": "BAN CÔNG TÁC MẶT TRẬN THÔN BÃI NGANG",
            "remark": "Ông Thọ là người có uy tín của thôn. Đồng ý đề nghị.",
            "confirm_block": ["PHÓ TRƯỞNG BAN"],
            "confirmer": "Thiên Sanh Liên",
            "traits": [
                "first_person_application",
                "handwritten_fill",
                "confirmation_block",
                "individual_model",
                "no_domain",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h15-donxin-hoi-nguoi-cao-tuoi",
        ("scan",),
        {
            "unit_id": "hoi-nguoi-cao-tuoi",
            "to": [
                "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Nghĩa Thái",
                "Hội Người cao tuổi xã Nghĩa Thái",
            ],
            "leader": ("Vũ Thị Nhàn", "Chi hội trưởng Chi hội NCT xóm 9"),
            "position_alt": ["Chi hội trưởng"],
            "born": 1953,
            "ethnic": "Kinh",
            "home": "xóm 9, xã Nghĩa Thái",
            "unit_line": "Hội Người cao tuổi xã Nghĩa Thái",
            "unit_alt": ["HỘI NGƯỜI CAO TUỔI XÃ NGHĨA THÁI"],
            "model": "Câu lạc bộ dưỡng sinh tuổi vàng",
            "show_domain": True,
            "domain": "culture_society",
            "location": "Sân nhà văn hóa xóm 9",
            "content": [
                "- Tập dưỡng sinh 5 giờ sáng hằng ngày cho người cao tuổi trong xóm;",
                "- Thăm hỏi hội viên ốm đau, neo đơn.",
            ],
            "date": ("Nghĩa Thái", 18, 3, 2024),
            "confirm_caps": "HỘI NGƯỜI CAO TUỔI XÃ NGHĨA THÁI",
            "remark": "Xác nhận bà Nhàn là hội viên, Chi hội trưởng xóm 9.",
            "confirm_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "confirmer": "Lê Đình Cẩn",
            "traits": [
                "first_person_application",
                "handwritten_fill",
                "confirmation_block",
                "individual_model",
                "no_phone",
            ],
        },
    ),
)

LAYOUT = Layout("donxin_canhan", "registration", ("D08", "D09"), render, ENTRIES)
