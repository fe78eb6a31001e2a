"""A village Party branch's half-year review ("Báo cáo sơ kết") set in two columns of prose.

After the Party's document format of Hướng dẫn 36-HD/VPTW (K10) and village branches' half-year
reviews as newsletters print them (K11): "ĐẢNG BỘ XÃ …" over "CHI BỘ THÔN …", a star, "Số …-BC/CB"
on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" underlined on the right; "BÁO CÁO / sơ kết 6 tháng đầu
năm … thực hiện mô hình “Dân vận khéo”" across the page; then the body in two newspaper
columns (a continuous section of two columns): "I. TÌNH HÌNH CHUNG" with households, Party
members and poor households; "II. KẾT QUẢ THỰC HIỆN MÔ HÌNH" whose item 1 names the model in
quotes and the person in charge inside a sentence ("phân công đồng chí … – …, trực tiếp phụ
trách, điện thoại …"), item 2 "Kết quả đạt được:" with dash lines, then households taking part
("…/… hộ") and the people's money in a sentence; "III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM"; then one
column again for "T/M CHI BỘ / BÍ THƯ".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt


def _columns(doc: Document, number: int) -> None:
    """Start a continuous section of `number` newspaper columns (0.8 cm apart)."""
    section = doc.add_section(WD_SECTION.CONTINUOUS)
    sect = section._sectPr
    for old in sect.findall(qn("w:cols")):
        sect.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), "454")
    sect.append(cols)


def _body(doc: Document, v: dict[str, Any]) -> None:
    person, position = v["leader"]
    k.para(doc, ("I. TÌNH HÌNH CHUNG", "b"))
    k.body(doc, v["situation"])
    k.para(doc, ("II. KẾT QUẢ THỰC HIỆN MÔ HÌNH", "b"))
    k.para(doc, ("1. Công tác lãnh đạo, chỉ đạo", "b"), first=1.0)
    k.body(
        doc,
        f"Ngay từ đầu năm, Chi bộ ra nghị quyết chuyên đề xây dựng mô hình “{v['model']}”, "
        f"phân công đồng chí {person} – {position}, trực tiếp phụ trách, điện thoại "
        f"{v['phone']}; {v['lead_more']}",
    )
    k.para(doc, ("2. Kết quả đạt được:", "b"), first=1.0)
    for line in v["results"]:
        k.body(doc, line)
    k.body(doc, v["money_sentence"])
    k.para(doc, ("III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM", "b"))
    k.body(doc, v["next"])


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("*", "", 12),
         (f"Số {v['number']}", "", 12)],
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 13), "", (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )  # fmt: skip
    k.para(doc, "", after=4)
    k.para(doc, ("BÁO CÁO", "b", 14), align="center", after=0)
    k.para(
        doc,
        (f"sơ kết 6 tháng đầu năm {v['date'][3]} thực hiện mô hình “Dân vận khéo”", "b"),
        align="center",
        after=8,
    )
    _columns(doc, 2)
    _body(doc, v)
    _columns(doc, 1)
    signer = v["signer"]
    k.signature(
        doc,
        [("Nơi nhận:", "u", 12), ("- Đảng ủy xã (b/c),", "", 11), ("- Lưu chi bộ.", "", 11)],
        [("T/M CHI BỘ", "b"), (signer[1].upper(), "b"), "", "", "", (signer[0], "b")],
    )
    person, position = v["leader"]
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
        "k16-soket-ytb-cb-dong-mit",
        ("scan",),
        {
            "unit_id": "ytb-cb-dong-mit",
            "superior": "ĐẢNG BỘ XÃ YÊN THẠCH BẮC",
            "issuer_caps": "CHI BỘ THÔN ĐỒNG MÍT",
            "number": "09-BC/CB",
            "date": ("Đồng Mít", 25, 6, 2026),
            "unit_name": "Chi bộ thôn Đồng Mít",
            "unit_alt": ["CHI BỘ THÔN ĐỒNG MÍT", "Chi bộ Đồng Mít"],
            "situation": "Thôn có 168 hộ, 702 nhân khẩu, 3 dân tộc Kinh, Mường, Dao cùng sinh "
            "sống; Chi bộ có 31 đảng viên; còn 8 hộ nghèo, 12 hộ cận nghèo.",
            "model": "Mỗi đảng viên nhận đỡ đầu một hộ khó khăn",
            "leader": ("Hà Văn Tuyến", "Bí thư Chi bộ"),
            "position_alt": ["Bí thư"],
            "phone": "0394 728 105",
            "lead_more": "mỗi đảng viên nhận đỡ đầu một hộ, báo cáo tại kỳ sinh hoạt hằng tháng.",
            "results": [
                "- 20 hộ nghèo, cận nghèo được đảng viên đến thăm, hướng dẫn làm ăn ít nhất 2 "
                "lần mỗi tháng;",
                "- 3 hộ đã vay vốn nuôi bò sinh sản, 2 hộ có con được đi học nghề;",
                "- Không có hộ nào để con bỏ học, không có đơn thư vượt cấp.",
            ],
            "money_sentence": "Đã có 126/168 hộ tham gia góp ngày công, góp vật liệu sửa nhà "
            "cho hộ khó khăn; nhân dân và con em xa quê đóng góp 54 triệu đồng.",
            "participants": 126,
            "funds": 54000000,
            "next": "Tiếp tục duy trì việc đỡ đầu, phấn đấu cuối năm giảm thêm 3 hộ nghèo.",
            "signer": ("Hà Văn Tuyến", "Bí thư"),
            "traits": [
                "two_columns",
                "person_in_prose",
                "participants_as_share",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k17-soket-ytb-cb-go-sim",
        ("photo", "doc"),
        {
            "unit_id": "ytb-cb-go-sim",
            "superior": "ĐẢNG BỘ XÃ YÊN THẠCH BẮC",
            "issuer_caps": "CHI BỘ THÔN GÒ SIM",
            "number": "07-BC/CB",
            "date": ("Gò Sim", 28, 6, 2026),
            "unit_name": "Chi bộ thôn Gò Sim",
            "unit_alt": ["CHI BỘ THÔN GÒ SIM", "Chi bộ Gò Sim"],
            "situation": "Thôn có 212 hộ, Chi bộ có 38 đảng viên sinh hoạt ở 3 tổ; tỷ lệ hộ "
            "dùng nước sạch mới đạt 61%.",
            "model": "Dân bàn, dân làm đường ống nước sạch",
            "leader": ("Đinh Văn Sơn", "Phó Bí thư Chi bộ, Trưởng thôn"),
            "position_alt": ["Phó Bí thư Chi bộ", "Trưởng thôn"],
            "phone": "0967 105 843",
            "lead_more": "Ban phát triển thôn họp dân ba lần để bàn tuyến ống và mức góp.",
            "results": [
                "- Hoàn thành 2,6 km đường ống và 2 bể lọc, đưa nước sạch về thêm 58 hộ;",
                "- Tỷ lệ hộ dùng nước sạch của thôn đạt 89%.",
            ],
            "money_sentence": "Có 187/212 hộ tham gia đào rãnh, góp công; nhân dân đóng góp "
            "126,5 triệu đồng, ngoài số ống nhựa do Ủy ban nhân dân xã hỗ trợ.",
            "participants": 187,
            "funds": 126500000,
            "next": "Bàn giao cho tổ tự quản vận hành, thu tiền nước để bảo dưỡng.",
            "signer": ("Đinh Công Lược", "Bí thư"),
            "traits": [
                "two_columns",
                "person_in_prose",
                "participants_as_share",
                "leader_not_signer",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k18-soket-cb-xom-12",
        ("scan",),
        {
            "unit_id": "cb-xom-12",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "issuer_caps": "CHI BỘ XÓM 12",
            "number": "05-BC/CB",
            "date": ("Nghĩa Thái", 27, 6, 2024),
            "unit_name": "Chi bộ xóm 12",
            "unit_alt": ["CHI BỘ XÓM 12"],
            "situation": "Xóm có 245 hộ, 960 nhân khẩu; Chi bộ có 44 đảng viên, trong đó 19 "
            "đồng chí được miễn sinh hoạt.",
            "model": "Xóm 12 không có rác thải ra kênh mương",
            "leader": ("Mai Xuân Trường", "Bí thư Chi bộ"),
            "position_alt": ["Bí thư"],
            "phone": "0913 664 290",
            "lead_more": "giao Chi hội Phụ nữ và Chi đoàn xóm nhận từng đoạn kênh.",
            "results": [
                "- Nạo vét 1,4 km kênh tiêu, đặt 12 thùng rác công cộng tại các điểm đầu ngõ;",
                "- 100% hộ ký cam kết không đổ rác ra kênh mương.",
            ],
            "money_sentence": "Đã có 230/245 hộ tham gia; nhân dân đóng góp 31,2 triệu đồng.",
            "participants": 230,
            "funds": 31200000,
            "next": "Duy trì tổng vệ sinh vào chủ nhật cuối tháng, khen các hộ làm tốt.",
            "signer": ("Mai Xuân Trường", "Bí thư"),
            "traits": [
                "two_columns",
                "person_in_prose",
                "participants_as_share",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("chibo_soket_2cot", "report", ("K10", "K11"), render, ENTRIES)
