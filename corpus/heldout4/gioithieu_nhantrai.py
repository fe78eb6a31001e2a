"""A "PHIẾU GIỚI THIỆU MÔ HÌNH" whose labels stand in the left margin, the values beside them.

After the sheets that introduce a model chosen for commendation or for a province's collection
of typical models (N11, N12): the unit under its superior and the motto (or the Party's name)
with the date line; "PHIẾU GIỚI THIỆU MÔ HÌNH “DÂN VẬN KHÉO” TIÊU BIỂU" and "(Kèm theo Báo cáo
số …)"; then each item is a hanging paragraph: the label in bold at the margin with no colon,
a tab, and the value at 5 cm whose wrapped lines stay under it; a long item ("Kết quả nổi
bật") goes on in paragraphs indented to the values' edge. The person in charge and the post
are two items; a rank may stand before the name; "Nguồn lực huy động" gives the people's money
beside the budget's; "Số người tham gia" says "khoảng …".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.shared import Cm, Pt

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt

MARGIN = 5.0


def _item(doc: Document, label: str, value: str | list[str]) -> None:
    """The label at the margin, a tab, the value hanging at MARGIN cm."""
    lines = value if isinstance(value, list) else [value]
    paragraph = k.tabbed(doc, [(label, "b"), lines[0]], [MARGIN])
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.first_line_indent = Cm(MARGIN), Cm(-MARGIN)
    fmt.space_after = Pt(4)
    for line in lines[1:]:
        k.para(doc, line, indent=MARGIN, after=2)


def _unique(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(forms))


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("───────", "")],
        [*v["motto"], (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("PHIẾU GIỚI THIỆU MÔ HÌNH “DÂN VẬN KHÉO” TIÊU BIỂU", "b", 14), align="center",
           after=0)  # fmt: skip
    k.para(doc, (f"(Kèm theo {v['attached']})", "i", 12), align="center", after=10)
    person, position = v["leader"]
    _item(doc, "Tên mô hình", v["model"])
    _item(doc, "Đơn vị thực hiện", v["unit_name"])
    _item(doc, "Người phụ trách", f"{v['rank']}{person}")
    _item(doc, "Chức vụ", position)
    _item(doc, "Điện thoại", v["phone"])
    _item(doc, "Địa bàn", v["location"])
    _item(doc, "Thời gian thực hiện", v["period"])
    _item(doc, "Số người tham gia", v["participants_text"])
    _item(doc, "Nguồn lực huy động", v["funds_text"])
    _item(doc, "Kết quả nổi bật", v["results"])
    _item(doc, "Bài học kinh nghiệm", v["lesson"])
    signer = v["signer"]
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {line}", "", 11) for line in v["recipients"]]],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signed_as"], "b")],
    )
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": _unique(v.get("position_alt", []) + signer_alt(v["leader"], signer)),
    }
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


TRAITS = ["margin_labels", "hanging_values", "labels_without_colon", "state_support_distractor"]

ENTRIES = (
    Entry(
        "n16-gioithieu-ebl-mttq",
        ("scan", "doc"),
        {
            "unit_id": "ebl-mttq",
            "superior": "ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK",
            "issuer_caps": "ỦY BAN MTTQ VIỆT NAM XÃ EA BLÔNG",
            "motto": k.quoc_hieu(),
            "date": ("Ea Blông", 28, 11, 2026),
            "attached": "Báo cáo số 41/BC-MTTQ ngày 28/11/2026 của Ban Thường trực Ủy ban MTTQ "
            "Việt Nam xã",
            "unit_name": "Ủy ban MTTQ Việt Nam xã Ea Blông",
            "unit_alt": ["ỦY BAN MTTQ VIỆT NAM XÃ EA BLÔNG", "UBMTTQ xã Ea Blông"],
            "model": "Ngày Chủ nhật vì người nghèo – mái ấm cho đồng bào",
            "rank": "",
            "leader": ("Nguyễn Văn Thạnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
            "position_alt": ["Chủ tịch"],
            "phone": "0935 460 812",
            "location": "Các buôn, thôn trong xã",
            "period": "Từ tháng 8/2025 đến nay",
            "participants_text": "Khoảng 520 lượt người",
            "participants": 520,
            "funds_text": "Nhân dân, doanh nghiệp đóng góp 486 triệu đồng; ngân sách xã hỗ trợ "
            "120 triệu đồng",
            "funds": 486000000,
            "results": [
                "- Xây mới 9 căn, sửa chữa 6 căn nhà cho hộ nghèo đồng bào Ê Đê;",
                "- Mỗi Chủ nhật cuối tháng có từ 30 đến 50 người góp công, góp vật liệu;",
                "- Tỷ lệ hộ nghèo của xã giảm từ 7,8% xuống 5,1%.",
            ],
            "lesson": "Công khai từng đồng đóng góp; để người dân bình xét hộ được hỗ trợ.",
            "recipients": ["Ủy ban MTTQ Việt Nam tỉnh;", "Đảng ủy xã;", "Lưu: VT."],
            "sign_block": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
            "signer": ("Nguyễn Văn Thạnh", "Chủ tịch"),
            "signed_as": "Nguyễn Văn Thạnh",
            "traits": [*TRAITS, "superior_in_header", "commune_2026"],
        },
    ),
    Entry(
        "n17-gioithieu-ebl-cong-an",
        ("photo",),
        {
            "unit_id": "ebl-cong-an",
            "superior": "CÔNG AN TỈNH ĐẮK LẮK",
            "issuer_caps": "CÔNG AN XÃ EA BLÔNG",
            "motto": k.quoc_hieu(),
            "date": ("Ea Blông", 30, 11, 2026),
            "attached": "Báo cáo số 212/BC-CAX ngày 30/11/2026 của Công an xã Ea Blông",
            "unit_name": "Công an xã Ea Blông",
            "unit_alt": ["CÔNG AN XÃ EA BLÔNG", "CA xã Ea Blông"],
            "model": "Tổ liên gia an toàn phòng cháy, chữa cháy",
            "rank": "Thiếu tá ",
            "leader": ("Đỗ Minh Khoa", "Trưởng Công an xã"),
            "phone": "0918 337 265",
            "location": "Thôn Tân Thành và khu chợ xã",
            "period": "Năm 2026",
            "participants_text": "186 hộ kinh doanh và hộ gia đình",
            "participants": 186,
            "funds_text": "Các hộ tự mua 186 bình chữa cháy, trị giá khoảng 93 triệu đồng; "
            "Công an tỉnh cấp 2 bộ dụng cụ phá dỡ",
            "funds": 93000000,
            "results": [
                "- Thành lập 14 tổ liên gia, mỗi tổ từ 10 đến 15 hộ, có sơ đồ thoát nạn;",
                "- Tổ chức 3 buổi thực tập phương án chữa cháy tại khu chợ;",
                "- Không để xảy ra cháy lớn trong năm.",
            ],
            "lesson": "Lực lượng Công an bám địa bàn, hướng dẫn tận nơi thì người dân làm theo.",
            "recipients": ["Công an tỉnh (b/c);", "Đảng ủy xã;", "Lưu: CAX."],
            "sign_block": ["TRƯỞNG CÔNG AN XÃ"],
            "signer": ("Đỗ Minh Khoa", "Trưởng Công an xã"),
            "signed_as": "Thiếu tá Đỗ Minh Khoa",
            "traits": [*TRAITS, "rank_before_name", "superior_in_header", "commune_2026"],
        },
    ),
    Entry(
        "n18-gioithieu-cb-truong-tieu-hoc",
        ("scan",),
        {
            "unit_id": "cb-truong-tieu-hoc",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "issuer_caps": "CHI BỘ TRƯỜNG TIỂU HỌC",
            "motto": [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 13), ""],
            "date": ("Nghĩa Thái", 22, 11, 2024),
            "attached": "Báo cáo số 14-BC/CB ngày 22/11/2024 của Chi bộ Trường Tiểu học",
            "unit_name": "Chi bộ Trường Tiểu học",
            "unit_alt": ["CHI BỘ TRƯỜNG TIỂU HỌC"],
            "model": "Thư viện xanh – mỗi em một cuốn sách",
            "rank": "",
            "leader": ("Nguyễn Thị Hằng", "Phó Hiệu trưởng"),
            "phone": "0947 218 630",
            "location": "Điểm trường chính và điểm trường xóm 14",
            "period": "Năm học 2023 - 2024",
            "participants_text": "684 lượt học sinh, phụ huynh",
            "participants": 684,
            "funds_text": "Phụ huynh, cựu học sinh ủng hộ 3.250 cuốn sách và 35 triệu đồng",
            "funds": 35000000,
            "results": [
                "- Lập 2 thư viện xanh dưới tán cây, 18 tủ sách lớp học;",
                "- Học sinh mượn đọc bình quân 2 cuốn sách mỗi tháng;",
                "- Trường đạt giải Nhì Ngày hội đọc sách cấp huyện.",
            ],
            "lesson": "Phát huy vai trò Ban đại diện cha mẹ học sinh trong vận động.",
            "recipients": ["Đảng ủy xã (b/c);", "Lưu Chi bộ."],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Trần Thị Minh Nguyệt", "Bí thư"),
            "signed_as": "Trần Thị Minh Nguyệt",
            "traits": [*TRAITS, "leader_not_signer", "superior_in_header"],
        },
    ),
)

LAYOUT = Layout("gioithieu_nhantrai", "report", ("N11", "N12"), render, ENTRIES)
