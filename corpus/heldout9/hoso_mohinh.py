"""A model's dossier ("Hồ sơ mô hình"): a cover page, a table of contents, the form on page 3.

After the dossiers units bind for a movement's review (V01: the cover of a "Hồ sơ" with the
issuing body, the title, the place and year; V02: the registration of a "Dân vận khéo" model
with its numbered items): page 1 is the cover (the superior body and the unit in capitals, "HỒ
SƠ MÔ HÌNH “DÂN VẬN KHÉO”", the model's title large, "Tân Thạnh Sóc, năm 2026"), page 2 the
"MỤC LỤC" (the documents of the dossier with their pages, some of them attached apart), page 3
the registration: header, "PHIẾU ĐĂNG KÝ …", items 1–8 as "label: value" lines, the date line
and the signature.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

TYPE_VI = {"collective": "Tập thể", "individual": "Cá nhân"}


def _cover(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, (v["superior"], "b", 13), align="center", after=0)
    k.para(doc, (v["issuer"], "b", 13), align="center", after=0)
    k.para(doc, "───────", align="center", after=120)
    k.para(doc, ("HỒ SƠ", "b", 26), align="center", after=6)
    k.para(doc, ("MÔ HÌNH “DÂN VẬN KHÉO”", "b", 18), align="center", after=30)
    k.para(doc, (f"“{v['model_cover']}”", "b", 20), align="center", after=160)
    k.para(doc, (f"{v['place']}, năm {v['date'][3]}", "b", 14), align="center")
    k.page_break(doc)


def _contents(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, ("MỤC LỤC", "b", 15), align="center", after=12)
    for number, (title, page) in enumerate(v["contents"], start=1):
        k.tabbed(doc, [f"{number}. {title}", page], [15.5], leader="dot", right_last=True)
    k.para(doc, ("(Các tài liệu từ mục 2 trở đi được đóng kèm riêng)", "i", 12), before=12)
    k.page_break(doc)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    _cover(doc, v)
    _contents(doc, v)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["issuer"], "b"), "───────"],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    k.para(doc, ("PHIẾU ĐĂNG KÝ", "b", 14), align="center", before=10, after=0)
    k.para(
        doc,
        (f"Xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}", "b"),
        align="center",
        after=8,
    )
    person, position = v["leader"]
    lines = [
        ("1. Đơn vị đăng ký: ", v["unit_line"]),
        ("2. Tên mô hình: ", v["model"]),
        ("3. Loại mô hình: ", TYPE_VI[v["type"]]),
        ("4. Lĩnh vực: ", DOMAIN_VI[v["domain"]]),
        ("5. Người phụ trách: ", f"{person} – {position}"),
        ("6. Số điện thoại: ", v["phone"]),
        ("7. Địa bàn thực hiện: ", v["location"]),
    ]
    for label, value in lines:
        k.para(doc, (label, "b"), value, first=1.0)
    k.para(doc, ("8. Nội dung, giải pháp thực hiện:", "b"), first=1.0)
    for line in v["content"]:
        k.body(doc, line)
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[(f"- {r};", "") for r in v["recipients"]], ("- Lưu hồ sơ.", "")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v.get("unit_alt", []), "leader_position": v.get("position_alt", [])}
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], v["issuer"])
    return doc, truth


ENTRIES = (
    Entry(
        "r01-hoso-tts-hoi-nong-dan",
        ("scan", "doc"),
        {
            "unit_id": "tts-hoi-nong-dan",
            "superior": "HỘI NÔNG DÂN THÀNH PHỐ CẦN THƠ",
            "issuer": "HỘI NÔNG DÂN XÃ TÂN THẠNH SÓC",
            "unit_line": "Hội Nông dân xã Tân Thạnh Sóc",
            "unit_alt": ["HỘI NÔNG DÂN XÃ TÂN THẠNH SÓC"],
            "model": "Tổ hợp tác trồng lúa thơm liên kết bao tiêu ấp Sóc Dong",
            "model_cover": "TỔ HỢP TÁC TRỒNG LÚA THƠM LIÊN KẾT BAO TIÊU ẤP SÓC DONG",
            "place": "Tân Thạnh Sóc",
            "type": "collective",
            "domain": "economy",
            "leader": ("Danh Hùng", "Phó Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Phó Chủ tịch"],
            "phone": "0939.417.258",
            "location": "ấp Sóc Dong, xã Tân Thạnh Sóc",
            "content": [
                "- Vận động 32 hộ nông dân, trong đó 24 hộ đồng bào Khmer, góp đất làm cánh "
                "đồng lớn 45 ha, gieo sạ cùng một giống lúa thơm, cùng lịch thời vụ;",
                "- Ký hợp đồng bao tiêu với doanh nghiệp, giá thu mua cao hơn giá thị trường "
                "200 đồng/kg;",
                "- Tổ chức lớp tập huấn song ngữ Việt – Khmer về giảm phân, giảm thuốc.",
            ],
            "contents": [
                ("Phiếu đăng ký xây dựng mô hình", "3"),
                ("Kế hoạch thực hiện mô hình", "4"),
                ("Danh sách 32 hộ thành viên tổ hợp tác", "7"),
                ("Hợp đồng bao tiêu sản phẩm", "9"),
                ("Hình ảnh hoạt động", "12"),
            ],
            "recipients": ["Ban Dân vận Đảng ủy xã", "Hội Nông dân thành phố"],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Lâm Văn Sang",
            "date": ("Tân Thạnh Sóc", 10, 3, 2026),
            "traits": [
                "dossier",
                "cover_page",
                "table_of_contents",
                "form_on_page_3",
                "signer_not_leader",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r02-hoso-tts-cb-ap-soc-dong",
        ("photo",),
        {
            "unit_id": "tts-cb-ap-soc-dong",
            "superior": "ĐẢNG BỘ XÃ TÂN THẠNH SÓC",
            "issuer": "CHI BỘ ẤP SÓC DONG",
            "unit_line": "Chi bộ ấp Sóc Dong",
            "unit_alt": ["CHI BỘ ẤP SÓC DONG"],
            "model": "Chi bộ gần dân – sinh hoạt song ngữ Việt – Khmer",
            "model_cover": "Chi bộ gần dân – sinh hoạt song ngữ Việt – Khmer",
            "place": "Tân Thạnh Sóc",
            "type": "collective",
            "domain": "political_system",
            "leader": ("Thạch Sô Phanh", "Bí thư Chi bộ"),
            "phone": "0918 264 731",
            "location": "ấp Sóc Dong",
            "content": [
                "1. Mỗi đảng viên phụ trách từ 10 đến 15 hộ, thăm hộ ít nhất 01 lần/tháng;",
                "2. Họp dân ở nhà văn hóa ấp có phiên dịch tiếng Khmer, mời sư cả chùa Sà Lôn "
                "và người có uy tín dự;",
                "3. Ghi nhận ý kiến của dân vào sổ, trả lời tại kỳ sinh hoạt chi bộ tháng sau.",
            ],
            "contents": [
                ("Phiếu đăng ký xây dựng mô hình", "3"),
                ("Nghị quyết của Chi bộ về xây dựng mô hình", "4"),
                ("Danh sách đảng viên phụ trách hộ", "6"),
            ],
            "recipients": ["Đảng ủy xã", "Ban Dân vận Đảng ủy xã"],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": "Thạch Sô Phanh",
            "date": ("Tân Thạnh Sóc", 6, 3, 2026),
            "traits": [
                "dossier",
                "cover_page",
                "table_of_contents",
                "form_on_page_3",
                "signer_is_leader",
                "multi_page_photo",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r03-hoso-tts-tram-y-te",
        ("scan",),
        {
            "unit_id": "tts-tram-y-te",
            "superior": "ỦY BAN NHÂN DÂN XÃ TÂN THẠNH SÓC",
            "issuer": "TRẠM Y TẾ XÃ TÂN THẠNH SÓC",
            "unit_line": "Trạm Y tế xã Tân Thạnh Sóc",
            "unit_alt": ["TRẠM Y TẾ XÃ TÂN THẠNH SÓC"],
            "model": "Bác sĩ khám bệnh tại nhà cho người cao tuổi Khmer",
            "model_cover": "Bác sĩ khám bệnh tại nhà cho người cao tuổi Khmer",
            "place": "Tân Thạnh Sóc",
            "type": "individual",
            "domain": "culture_society",
            "leader": ("Sơn Thị Mỹ Linh", "Trưởng Trạm Y tế xã"),
            "position_alt": ["Trưởng Trạm"],
            "phone": "0299 3851 627",
            "location": "ấp Sóc Dong và ấp Trà Canh",
            "content": [
                "- Lập danh sách người cao tuổi neo đơn, khám và cấp thuốc tại nhà vào sáng thứ "
                "Năm hằng tuần;",
                "- Tư vấn bằng tiếng Khmer về phòng bệnh tăng huyết áp, đái tháo đường;",
                "- Phối hợp chùa Sà Lôn tổ chức khám sức khỏe định kỳ 02 lần/năm.",
            ],
            "contents": [
                ("Phiếu đăng ký xây dựng mô hình", "3"),
                ("Danh sách người cao tuổi được khám tại nhà", "4"),
                ("Hình ảnh hoạt động", "8"),
            ],
            "recipients": ["Ban Dân vận Đảng ủy xã", "UBND xã"],
            "sign_block": ["TRƯỞNG TRẠM"],
            "signer": "Sơn Thị Mỹ Linh",
            "date": ("Tân Thạnh Sóc", 12, 3, 2026),
            "traits": [
                "dossier",
                "cover_page",
                "table_of_contents",
                "form_on_page_3",
                "individual_model",
                "landline",
                "signer_is_leader",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("hoso_mohinh", "registration", ("V01", "V02"), render, ENTRIES)
