"""A district's registration slip, whose items pack several values behind one label.

After the registrations a district's Ban Dân vận asks of its units (G06) and the Party header
of the sender (a Chi bộ under "ĐẢNG BỘ XÃ …", or an association under its superior): "Mẫu số 01"
at the top right; numbered items whose label carries a long hint in brackets, the value after the
colon on the same line; item 3 packs the person in charge, the position and the phone into one
line separated by commas ("Lý Văn Sáng, Bí thư Chi bộ, 0913 456 227"); the type and the domain
written out after hints that list every choice; "Mục tiêu" before the content and "Dự kiến kết
quả" after it (neither is the content); the signature of the registering body, and the district's
acceptance box ("Ý KIẾN CỦA BAN DÂN VẬN").
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import (
    DOMAIN_VI,
    Entry,
    Layout,
    Truth,
    date_line,
    iso,
    joined,
    phone_digits,
    signer_alt,
)

TYPE_VI = {"collective": "Tập thể", "individual": "Cá nhân"}


def _item(doc: Document, label: str, hint: str, value: str) -> None:
    runs: list[k.Run | str] = [(label, "b")]
    if hint:
        runs.append((f" ({hint})", "i"))
    runs.append((": ", "b"))
    if value:
        runs.append(value)
    k.para(doc, *runs, first=1.0)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["header"][0], "", 12), (v["header"][1], "b", 12), ("*", "", 12)],
        [("Mẫu số 01", "i", 11), *v["motto"]],
        (7.0, 9.0),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("PHIẾU ĐĂNG KÝ", "b", 14), align="center", after=0)
    k.para(
        doc,
        (f"XÂY DỰNG MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” NĂM {v['date'][3]}", "b"),
        align="center",
        after=8,
    )
    person, position = v["leader"]
    _item(doc, "1. Tên mô hình, điển hình", "ghi ngắn gọn, dễ nhớ", v["model"])
    _item(doc, "2. Cơ quan, đơn vị, địa phương đăng ký", "", v["unit_name"])
    _item(doc, "3. Người trực tiếp phụ trách", "họ và tên, chức vụ, số điện thoại",
          f"{person}, {position}, {v['phone']}")  # fmt: skip
    _item(doc, "4. Loại mô hình", "tập thể hoặc cá nhân", TYPE_VI[v["type"]])
    _item(
        doc,
        "5. Lĩnh vực",
        "kinh tế; văn hóa - xã hội; quốc phòng - an ninh; xây dựng hệ thống chính trị",
        DOMAIN_VI[v["domain"]].capitalize(),
    )
    _item(doc, "6. Phạm vi, địa bàn thực hiện", "", v["location"])
    _item(doc, "7. Thời gian thực hiện", "", v["period"])
    _item(doc, "8. Mục tiêu", "", v["aim"])
    _item(doc, "9. Nội dung, cách làm, giải pháp thực hiện", "", "")
    for line in v["content"]:
        k.body(doc, line)
    _item(doc, "10. Dự kiến kết quả, hiệu quả", "", v["expected"])
    tbl = k.table(doc, 1, (7.5, 8.5), grid=False)
    k.cell_text(
        tbl.cell(0, 0),
        [("Ý KIẾN CỦA BAN DÂN VẬN", "b", 12), ("(Tiếp nhận, vào sổ)", "i", 12)],
        align="center",
    )
    signer = v.get("signer", v["leader"])
    k.cell_text(
        tbl.cell(0, 1),
        [(date_line(*v["date"]), "i"), *[(line, "b") for line in v["sign_block"]],
         (signer[1].upper(), "b"), "", "", "",
         (signer[0], "b")],
        align="center",
    )  # fmt: skip
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
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], signer),
    }
    stamp = f"{v['header'][0]} {v['header'][1]}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


PARTY = [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 13)]

ENTRIES = (
    Entry(
        "g10-phieu-kbn-cb-ban-pai",
        ("scan", "doc"),
        {
            "unit_id": "kbn-cb-ban-pai",
            "header": ("ĐẢNG BỘ XÃ KIM BÌNH NAM", "CHI BỘ THÔN BẢN PÀI"),
            "motto": PARTY,
            "unit_name": "Chi bộ thôn Bản Pài",
            "unit_alt": ["CHI BỘ THÔN BẢN PÀI", "Chi bộ Bản Pài"],
            "model": "Dân bản góp đất, góp công mở đường lên nương",
            "leader": ("Lý Văn Sáng", "Bí thư Chi bộ"),
            "signer": ("Lý Văn Sáng", "Bí thư"),
            "sign_block": ["T/M CHI BỘ"],
            "phone": "0913 456 227",
            "type": "collective",
            "domain": "economy",
            "location": "Thôn Bản Pài, xã Kim Bình Nam",
            "period": "Từ tháng 3/2026 đến tháng 12/2026",
            "aim": "Có đường cứng hóa lên khu nương chè để vận chuyển chè búp bằng xe máy.",
            "content": [
                "- Chi bộ họp, giao từng đảng viên phụ trách vận động các hộ có đất hai bên "
                "đường hiến đất, tháo dỡ hàng rào.",
                "- Họp thôn công khai mức đóng góp theo ngày công, hộ khó khăn được miễn.",
                "- Tổ giám sát cộng đồng theo dõi chất lượng và thu chi, báo cáo trước dân.",
            ],
            "expected": "Mở 2,3 km đường rộng 3 m; trên 120 hộ được hưởng lợi.",
            "date": ("Bản Pài", 16, 3, 2026),
            "traits": [
                "values_packed_in_one_item",
                "long_hints_in_brackets",
                "superior_in_header",
                "aims_before_content",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g11-phieu-kbn-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "kbn-hoi-phu-nu",
            "header": ("HỘI LHPN TỈNH TUYÊN QUANG", "HỘI LHPN XÃ KIM BÌNH NAM"),
            "motto": k.quoc_hieu(),
            "unit_name": "Hội Liên hiệp Phụ nữ xã Kim Bình Nam",
            "unit_alt": ["HỘI LHPN XÃ KIM BÌNH NAM", "Hội LHPN xã Kim Bình Nam"],
            "model": "Phụ nữ người Tày giữ nghề dệt thổ cẩm gắn với du lịch cộng đồng",
            "leader": ("Triệu Thị Mai", "Chủ tịch Hội LHPN xã"),
            "signer": ("Triệu Thị Mai", "Chủ tịch"),
            "sign_block": ["TM. BAN CHẤP HÀNH"],
            "phone": "+84 386 902 115",
            "type": "collective",
            "domain": "culture_society",
            "location": "Thôn Nà Lừa và thôn Bản Pài",
            "period": "Năm 2026",
            "aim": "Giữ nghề dệt truyền thống và tăng thu nhập cho hội viên từ du lịch.",
            "content": [
                "- Thành lập tổ dệt 15 hội viên, mời nghệ nhân truyền dạy cho phụ nữ trẻ.",
                "- Liên kết với các homestay trong xã trưng bày, bán sản phẩm và cho khách trải "
                "nghiệm dệt vải.",
            ],
            "expected": "Mỗi hội viên trong tổ có thêm 2 triệu đồng mỗi tháng.",
            "date": ("Kim Bình Nam", 20, 3, 2026),
            "traits": [
                "values_packed_in_one_item",
                "long_hints_in_brackets",
                "superior_in_header",
                "plus84_phone",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g12-phieu-cb-xom-4",
        ("scan",),
        {
            "unit_id": "cb-xom-4",
            "header": ("ĐẢNG BỘ XÃ NGHĨA THÁI", "CHI BỘ XÓM 4"),
            "motto": PARTY,
            "unit_name": "Chi bộ xóm 4",
            "unit_alt": ["CHI BỘ XÓM 4"],
            "model": "Đảng viên gương mẫu nuôi ong lấy mật, giúp hộ nghèo học nghề",
            "leader": ("Nguyễn Văn Kiểm", "Đảng viên"),
            "signer": ("Vũ Thị Hạnh", "Bí thư"),
            "sign_block": ["T/M CHI BỘ"],
            "phone": "0904.318.775",
            "type": "individual",
            "domain": "economy",
            "location": "Xóm 4, xã Nghĩa Thái",
            "period": "Từ tháng 4/2024 đến tháng 12/2024",
            "aim": "Giúp 5 hộ nghèo trong xóm có nghề phụ ổn định.",
            "content": [
                "- Đồng chí Kiểm nhận 5 hộ nghèo về trại ong của gia đình học cách chăm ong, "
                "chia đàn, quay mật.",
                "- Cho mỗi hộ mượn 5 đàn ong giống, bao tiêu mật ong trong năm đầu.",
            ],
            "expected": "5 hộ có thu nhập thêm 25 - 30 triệu đồng một năm.",
            "date": ("Nghĩa Thái", 8, 4, 2024),
            "traits": [
                "values_packed_in_one_item",
                "long_hints_in_brackets",
                "individual",
                "leader_not_signer",
            ],
        },
    ),
)

LAYOUT = Layout("phieu_gopdong", "registration", ("G06",), render, ENTRIES)
