"""A two-part registration: the record printed from an online registration system, then a
separate "THUYẾT MINH MÔ HÌNH" on its own page, in the shape of the "Mô tả sáng kiến" template.

Part one copies the printed record of a province's online initiative register: numbered labels
with their number gaps (1, Phân loại, 3, 4, 5, 9 … 15), no space after some numbers ("4.Đơn vị
công tác:"), a space before a colon ("5.Địa chỉ :"), "9.Tên mô hình.:", each value on the line
below its label, dates written "30.03.2026", an empty item left empty. Part two has "1. Tên
mô hình: (chữ thường, không in đậm)", "2. Lĩnh vực áp dụng (Ví dụ: …)", "3. Mô tả bản chất"
with sub-items 3.1–3.5 and their italic hints, then the date and "NGƯỜI ĐĂNG KÝ".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined


def _record(doc: Document, label: str, value: str) -> None:
    k.para(doc, (label, "b"), after=0)
    k.para(doc, value, indent=0.6, after=3)


def _part_one(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, ("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”", "b", 14), align="center", after=0)
    k.para(doc, (f"(Thông tin đăng ký – Mã hồ sơ: {v['code']})", "i", 12), align="center", after=8)
    _record(doc, "1. Người đăng ký: ", v["person"])
    _record(doc, "Phân loại: ", v["kind_text"])
    _record(doc, "3. Đối tượng: ", v["category"])
    _record(doc, "4.Đơn vị công tác: ", v["unit"])
    _record(doc, "5.Địa chỉ : ", v["address"])
    _record(doc, "9.Tên mô hình.: ", v["model"])
    _record(doc, "10. Tháng/năm áp dụng: ", v["since"])
    _record(doc, "11.Năm đề nghị: ", str(v["date"][3]))
    _record(doc, "12. Đợt đăng ký: ", "Đợt 1 (từ 01/3 đến 07/4)")
    _record(doc, "13.Ngày đăng ký mô hình: ", v.get("registered", ""))
    _record(doc, "14.Lĩnh vực áp dụng: ", v.get("domain_record", ""))
    k.para(doc, ("15.Thực trạng trước khi thực hiện: ", "b"), after=0)
    k.para(doc, v["before"], indent=0.6)


def _hinted(doc: Document, number: str, label: str, hint: str) -> None:
    k.para(doc, (f"{number} {label} ", "b"), (hint, "i"), before=2)


def _part_two(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, ("THUYẾT MINH MÔ HÌNH", "b", 14), align="center", after=8)
    k.para(doc, ("1. Tên mô hình: ", "b"), ("(chữ thường, không in đậm)", "i"))
    k.para(doc, v["model"], indent=0.6)
    k.para(
        doc,
        ("2. Lĩnh vực áp dụng mô hình ", "b"),
        ("(Ví dụ: Kinh tế, Văn hóa - xã hội, Quốc phòng - an ninh, Xây dựng HTCT…)", "i"),
        ": ",
        v["domain_text"],
    )
    k.para(doc, ("3. Mô tả bản chất của mô hình:", "b"))
    _hinted(
        doc,
        "3.1.",
        "Tình trạng đã biết",
        "(Nêu hiện trạng trước khi áp dụng mô hình; những hạn chế của cách làm cũ).",
    )
    k.body(doc, v["before"])
    k.para(doc, ("3.2. Nội dung giải pháp đề nghị công nhận là mô hình:", "b"), before=2)
    aims = f"- Mục đích của giải pháp (để giải quyết vấn đề gì): {v['aims']}"
    k.body(doc, aims)
    k.body(
        doc,
        "- Nội dung giải pháp (chỉ ra tính mới, sự khác biệt; nêu cách thức, các bước thực hiện "
        "một cách cụ thể):",
    )
    for line in v["content"]:
        k.body(doc, line)
    _hinted(doc, "3.3.", "Khả năng áp dụng của giải pháp", "(nêu rõ đối tượng, cơ quan, tổ chức).")
    k.body(doc, v["scope"])
    _hinted(
        doc,
        "3.4.",
        "Hiệu quả, lợi ích thu được hoặc dự kiến có thể thu được do áp dụng giải pháp",
        "(hiệu quả kinh tế, xã hội, môi trường…).",
    )
    k.body(doc, v["benefits"])
    k.para(doc, ("3.5. Tài liệu kèm theo gồm:", "b"), before=2)
    for line in v["attachments"]:
        k.body(doc, f"- {line}")
    tbl = k.table(doc, 1, (7.0, 9.0), grid=False)
    k.cell_text(
        tbl.cell(0, 1),
        [
            (date_line(*v["date"]), "i"),
            ("NGƯỜI ĐĂNG KÝ", "b"),
            ("(Ký, ghi rõ họ tên)", "i"),
            "",
            "",
            "",
            (v["person"], "b"),
        ],
        align="center",
    )


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    _part_one(doc, v)
    k.page_break(doc)
    _part_two(doc, v)
    aims_and_content = joined(
        [f"- Mục đích của giải pháp (để giải quyết vấn đề gì): {v['aims']}", *v["content"]]
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": v["person"],
        "location": v["address"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "content": [aims_and_content],
        "location": v.get("location_alt", []),
    }
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["person"], None)
    return doc, truth


ENTRIES = (
    Entry(
        "h04-thuyetminh-plt-cb-khe-lim",
        ("scan", "doc"),
        {
            "unit_id": "plt-cb-khe-lim",
            "code": "DVK-2026-0147",
            "person": "Hồ Thị Sen",
            "kind_text": "Tập thể",
            "type": "collective",
            "category": "Người hoạt động không chuyên trách",
            "unit": "Chi bộ thôn Khe Lim",
            "unit_alt": ["CB thôn Khe Lim"],
            "address": "Thôn Khe Lim, xã Phú Lạc Tây, tỉnh Hà Tĩnh",
            "location_alt": ["Thôn Khe Lim"],
            "model": "Đảng viên nhận đỡ đầu hộ đồng bào Chứt thoát nghèo",
            "since": "03.2026",
            "registered": "28.03.2026",
            "domain_record": "Kinh tế",
            "domain_text": "Kinh tế",
            "domain": "economy",
            "before": "Thôn có 41 hộ đồng bào dân tộc Chứt, 17 hộ nghèo; bà con quen canh tác "
            "nhỏ lẻ, chưa biết làm chuồng trại và giữ giống.",
            "aims": "giúp các hộ nghèo có sinh kế ổn định, tự vươn lên.",
            "content": [
                "Mỗi đảng viên của Chi bộ nhận đỡ đầu một hộ nghèo: đến nhà hằng tháng, hướng dẫn "
                "làm chuồng, trồng cỏ, nuôi bò sinh sản.",
                "Chi bộ phối hợp Hội Nông dân xã vay vốn ưu đãi, tổ chức lớp tập huấn tại nhà văn "
                "hóa thôn vào mùa khô.",
            ],
            "scope": "Áp dụng được ở các thôn miền núi có đồng bào dân tộc thiểu số.",
            "benefits": "Phấn đấu đến cuối năm 2027 giảm 10 hộ nghèo trong số 17 hộ.",
            "attachments": ["Danh sách đảng viên và hộ được đỡ đầu (01 bản)"],
            "date": ("Khe Lim", 28, 3, 2026),
            "traits": [
                "two_parts",
                "portal_record",
                "numbering_gaps",
                "value_below_label",
                "category_not_position",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h05-thuyetminh-plt-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "plt-hoi-phu-nu",
            "code": "DVK-2026-0162",
            "person": "Thái Thị Loan",
            "kind_text": "Tập thể",
            "type": "collective",
            "category": "Cán bộ, công chức",
            "unit": "Hội Liên hiệp Phụ nữ xã Phú Lạc Tây",
            "unit_alt": ["Hội LHPN xã Phú Lạc Tây", "Hội Phụ nữ xã"],
            "address": "Các thôn Bàu Sen, Trung Hòa, Đồng Vạn",
            "model": "Phụ nữ Phú Lạc Tây nói không với túi ni lông",
            "since": "04.2026",
            "registered": "",
            "domain_record": "",
            "domain_text": "Văn hóa - xã hội",
            "domain": "culture_society",
            "before": "Rác thải nhựa ở các chợ quê và ven kênh tăng nhanh; việc thu gom chỉ làm "
            "được ở trục đường chính.",
            "aims": "giảm rác thải nhựa trong sinh hoạt của các gia đình hội viên.",
            "content": [
                "Mỗi chi hội lập một tổ “Đi chợ bằng giỏ”, phát giỏ nhựa tái sử dụng cho hội viên, "
                "vận động tiểu thương gói hàng bằng lá chuối và giấy.",
                "Tổ chức thu gom ve chai mỗi quý, bán lấy tiền giúp hội viên khó khăn.",
            ],
            "scope": "Các chi hội phụ nữ thôn, các chợ quê trong xã.",
            "benefits": "Giảm một nửa lượng túi ni lông dùng ở chợ Bàu Sen sau một năm.",
            "attachments": ["Kế hoạch thực hiện năm 2026 (01 bản)", "Ảnh hoạt động (05 ảnh)"],
            "date": ("Phú Lạc Tây", 6, 4, 2026),
            "traits": [
                "two_parts",
                "portal_record",
                "numbering_gaps",
                "empty_items",
                "domain_only_in_part_two",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h06-thuyetminh-cb-xom-7",
        ("scan",),
        {
            "unit_id": "cb-xom-7",
            "code": "DVK-2024-0031",
            "person": "Bùi Đức Thắng",
            "kind_text": "Cá nhân",
            "type": "individual",
            "category": "Viên chức",
            "unit": "Chi bộ xóm 7",
            "unit_alt": ["Chi bộ Xóm 7, xã Nghĩa Thái"],
            "address": "Xóm 7, xã Nghĩa Thái",
            "model": "Mỗi tháng một buổi tư vấn pháp luật tại nhà văn hóa xóm",
            "since": "02.2024",
            "registered": "01.04.2024",
            "domain_record": "Quốc phòng - an ninh",
            "domain_text": "Quốc phòng - an ninh",
            "domain": "security_defense",
            "before": "Nhiều vụ tranh chấp đất đai, hôn nhân ở xóm kéo dài vì người dân không "
            "nắm được quy định pháp luật.",
            "aims": "giúp người dân hiểu pháp luật, hòa giải tranh chấp ngay tại cơ sở.",
            "content": [
                "Tối thứ Sáu tuần đầu mỗi tháng, đồng chí trực tại nhà văn hóa xóm, giải đáp thắc "
                "mắc và hướng dẫn thủ tục; mời công chức tư pháp xã cùng tham dự.",
            ],
            "scope": "Các xóm có nhà văn hóa trong xã.",
            "benefits": "Trong năm 2024 không để phát sinh đơn thư vượt cấp từ xóm.",
            "attachments": ["Sổ theo dõi buổi tư vấn"],
            "date": ("Nghĩa Thái", 1, 4, 2024),
            "traits": [
                "two_parts",
                "portal_record",
                "numbering_gaps",
                "individual",
                "category_not_position",
            ],
        },
    ),
)

LAYOUT = Layout("thuyetminh_2phan", "registration", ("H02", "H03"), render, ENTRIES)
