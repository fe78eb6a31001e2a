"""A printed slip of a farmers' association, filled in by the member in another hand.

The association's header ("HỘI NÔNG DÂN VIỆT NAM / BCH HỘI NÔNG DÂN XÃ … / *") is the body that
printed the slip, not the unit that fills it. Every printed label ends in a dotted blank; the
values are written into the blanks in another font and ink (`docxkit.HAND_FONT`), so dots stay
before and after them; two or three blanks share a line ("Năm sinh", "Dân tộc"); the type is an
"X" written into one of two printed boxes; the scale of the farm (hectares, workers, income per
year) are figures that are neither participants nor funds; the date's day, month and the last
digits of the year are written into "ngày …… tháng …… năm 20……".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, iso, joined, phone_digits

DOT = "…"
RIGHT = 16.0


def _hand(value: str) -> tuple[str, str]:
    return (value, "h")


def _blank(doc: Document, pairs: list[tuple[str, str]], stops: list[float]) -> None:
    """One line of `label …value…` blanks, each closed by dots up to its tab stop."""
    parts: list[list[k.Run | str]] = []
    for label, value in pairs:
        parts.append([(label, "b"), DOT, _hand(value) if value else ""])
    parts.append([""])
    k.tabbed(doc, parts, stops, leader="dot")


def _box(label: str, chosen: bool) -> list[k.Run | str]:
    return [f"{label} [", _hand("X") if chosen else " ", "]"]


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [("HỘI NÔNG DÂN VIỆT NAM", "", 12), (v["printer"], "b", 12), ("*", "", 12)],
        [*k.quoc_hieu(), ("Mẫu số 02-ĐK", "i", 11)],
        (7.0, 9.0),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”", "b", 14), align="center", after=0)
    k.para(doc, ("(Dùng cho hội viên, tổ hội, chi hội)", "i", 12), align="center", after=8)
    _blank(doc, [("1. Họ và tên người đăng ký: ", v["person"]), ("Năm sinh: ", v["born"])],
           [11.5, RIGHT])  # fmt: skip
    _blank(doc, [("2. Thuộc chi hội: ", v["unit"])], [RIGHT])
    _blank(doc, [("3. Chức vụ trong Hội (nếu có): ", v["position"] or "")], [RIGHT])
    _blank(doc, [("4. Số điện thoại liên hệ: ", v.get("phone", ""))], [RIGHT])
    _blank(doc, [("5. Tên mô hình đăng ký: ", v["model"])], [RIGHT])
    k.para(
        doc,
        ("6. Hình thức (đánh dấu X vào ô phù hợp): ", "b"),
        *_box("Tập thể", v["type"] == "collective"),
        "      ",
        *_box("Cá nhân", v["type"] == "individual"),
    )
    _blank(doc, [("7. Lĩnh vực: ", DOMAIN_VI[v["domain"]].capitalize())], [RIGHT])
    scale = v["scale"]
    k.para(
        doc,
        ("8. Quy mô hiện có: ", "b"),
        f"diện tích {DOT}",
        _hand(scale[0]),
        f"{DOT} ha; số lao động {DOT}",
        _hand(scale[1]),
        f"{DOT} người; thu nhập bình quân {DOT}",
        _hand(scale[2]),
        f"{DOT} triệu đồng/năm",
    )
    k.para(doc, ("9. Nội dung, cách làm chủ yếu:", "b"))
    for line in v["content"]:
        k.tabbed(doc, [[_hand(line)], ""], [RIGHT], leader="dot")
    _blank(doc, [("10. Địa điểm thực hiện: ", v["location"])], [RIGHT])
    day, month, year = v["date"][1:]
    tbl = k.table(doc, 1, (7.5, 8.5), grid=False)
    k.cell_text(
        tbl.cell(0, 0),
        [("XÁC NHẬN CỦA BCH HỘI NÔNG DÂN XÃ", "b", 12), ("(Ký tên, đóng dấu)", "i", 12)],
        align="center",
    )
    k.cell_text(
        tbl.cell(0, 1),
        [
            [
                (f"{v['date'][0]}, ngày {DOT}", "i"),
                _hand(str(day)),
                (f"{DOT} tháng {DOT}", "i"),
                _hand(str(month)),
                (f"{DOT} năm 20", "i"),
                _hand(str(year)[2:]),
            ],
            ("NGƯỜI ĐĂNG KÝ", "b"),
            ("(Ký, ghi rõ họ tên)", "i"),
            "",
            "",
            [_hand(v["person"])],
        ],
        align="center",
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": v["person"],
        "leader_position": v["position"],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(day, month, year),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["person"], None)
    return doc, truth


ENTRIES = (
    Entry(
        "h16-dienvao-plt-chi-hoi-nd-dong-van",
        ("scan", "doc"),
        {
            "unit_id": "plt-chi-hoi-nd-dong-van",
            "printer": "BCH HỘI NÔNG DÂN XÃ PHÚ LẠC TÂY",
            "person": "Đậu Văn Hải",
            "born": "1971",
            "unit": "Chi hội Nông dân thôn Đồng Vạn",
            "unit_alt": ["Chi hội ND thôn Đồng Vạn"],
            "position": "Chi hội trưởng",
            "phone": "0978 312 640",
            "model": "Tổ hợp tác nuôi bò nhốt chuồng, trồng cỏ trên đất bãi",
            "type": "collective",
            "domain": "economy",
            "scale": ("4,2", "11", "210"),
            "content": [
                "Vận động 9 hộ góp vốn làm chuồng chung, trồng 3 ha cỏ VA06 trên đất bãi bỏ hoang.",
                "Tổ thống nhất mua giống, bán bò theo nhóm; hộ khá giúp hộ khó khăn con giống.",
            ],
            "location": "Bãi bồi ven sông thôn Đồng Vạn",
            "date": ("Đồng Vạn", 25, 3, 2026),
            "traits": [
                "printed_template_filled_by_hand",
                "superior_in_header",
                "dotted_blanks",
                "handwritten_box_mark",
                "distractor_figures",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h17-dienvao-plt-chi-hoi-nd-khe-lim",
        ("photo",),
        {
            "unit_id": "plt-chi-hoi-nd-khe-lim",
            "printer": "BCH HỘI NÔNG DÂN XÃ PHÚ LẠC TÂY",
            "person": "Hồ Văn Tân",
            "born": "1983",
            "unit": "Chi hội Nông dân thôn Khe Lim",
            "unit_alt": ["Chi hội ND thôn Khe Lim"],
            "position": "Hội viên",
            "phone": "0345.227.980",
            "model": "Vườn đồi trồng cam kết hợp nuôi ong",
            "type": "individual",
            "domain": "economy",
            "scale": ("1,8", "4", "165"),
            "content": [
                "Cải tạo 1,8 ha đồi tạp trồng cam, đặt 40 đàn ong dưới tán; nhận 3 hộ đồng bào "
                "Chứt vào làm và học cách nuôi ong.",
            ],
            "location": "Đồi Cồn Trọt, thôn Khe Lim",
            "date": ("Khe Lim", 30, 3, 2026),
            "traits": [
                "printed_template_filled_by_hand",
                "superior_in_header",
                "dotted_blanks",
                "individual",
                "distractor_figures",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h18-dienvao-hoi-nong-dan-xom-2",
        ("scan",),
        {
            "unit_id": "hoi-nong-dan",
            "printer": "BCH HỘI NÔNG DÂN XÃ NGHĨA THÁI",
            "person": "Trần Văn Hiếu",
            "born": "1966",
            "unit": "Chi hội Nông dân xóm 2",
            "unit_alt": ["Chi hội ND xóm 2"],
            "position": "Chi hội phó",
            "model": "Cánh đồng mẫu lớn lúa chất lượng cao",
            "type": "collective",
            "domain": "economy",
            "scale": ("12", "35", "140"),
            "content": [
                "Dồn điền, đổi thửa 12 ha; cả cánh đồng gieo cùng một giống, cùng lịch thời vụ.",
                "Liên kết với doanh nghiệp thu mua toàn bộ sản lượng theo giá sàn.",
            ],
            "location": "Cánh đồng Đồng Quan, xóm 2",
            "date": ("Nghĩa Thái", 2, 4, 2024),
            "traits": [
                "printed_template_filled_by_hand",
                "superior_in_header",
                "dotted_blanks",
                "no_phone",
                "distractor_figures",
            ],
        },
    ),
)

LAYOUT = Layout("phieu_dienvao", "registration", ("H09",), render, ENTRIES)
