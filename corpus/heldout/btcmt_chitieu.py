"""A residential area's Front committee reports its model, with a table of indicators.

After the report of a "Ban Công tác Mặt trận tổ" and the Front's outline for reporting: the
header names only the superior body ("ỦY BAN MTTQ VIỆT NAM / XÃ …"); the reporting committee is
named nowhere but in the signature ("TM. BAN CÔNG TÁC MẶT TRẬN / THÔN …"). Sections "I. ĐẶC ĐIỂM
TỔNG QUÁT TÌNH HÌNH", "II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, PHỐI HỢP …", "III. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC"
with "1. Kết quả nổi bật" and "2. Các chỉ tiêu chủ yếu": a table TT | Chỉ tiêu | ĐVT | Kế hoạch
| Thực hiện | So với KH (%), where the participants and the money are the "Thực hiện" column and
the money's unit ("triệu đồng") stands in the ĐVT column; then "IV. TỒN TẠI, HẠN CHẾ" and
"V. PHƯƠNG HƯỚNG".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined

COLS = (("TT", 1.0), ("Chỉ tiêu", 6.2), ("ĐVT", 2.2), ("Kế hoạch", 2.2), ("Thực hiện", 2.2),
        ("So với KH (%)", 2.2))  # fmt: skip


def _indicators(doc: Document, rows: list[tuple[str, str, str, str, str]], year: int) -> None:
    tbl = k.table(doc, 1 + len(rows), [w for _, w in COLS])
    for col, (title, _) in enumerate(COLS):
        text = f"Kế hoạch năm {year}" if title == "Kế hoạch" else title
        k.cell_text(tbl.cell(0, col), (text, "b", 11), align="center")
    for number, row in enumerate(rows, start=1):
        k.cell_text(tbl.cell(number, 0), (str(number), "", 11), align="center")
        for col, text in enumerate(row, start=1):
            k.cell_text(
                tbl.cell(number, col), (text, "", 11), align="left" if col == 1 else "center"
            )


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"][0], "b", 12), (v["superior"][1], "b", 12), ("───────", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("BÁO CÁO", "b", 14), align="center", after=0)
    k.para(
        doc,
        (f"Kết quả thực hiện mô hình “Dân vận khéo” năm {v['date'][3]}", "b"),
        align="center",
        after=0,
    )
    k.para(doc, ("Tên mô hình: ", "i"), (v["model"], "bi"), align="center", after=8)
    k.para(doc, ("I. ĐẶC ĐIỂM TỔNG QUÁT TÌNH HÌNH", "b"))
    k.body(doc, v["situation"])
    k.para(doc, ("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, PHỐI HỢP TỔ CHỨC THỰC HIỆN", "b"), before=3)
    k.body(doc, v["leadership"])
    k.para(doc, ("III. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC", "b"), before=3)
    k.para(doc, ("1. Kết quả nổi bật", "b"), first=0.5)
    for line in v["results"]:
        k.body(doc, f"- {line}")
    k.para(doc, ("2. Các chỉ tiêu chủ yếu", "b"), first=0.5)
    _indicators(doc, v["indicators"], v["date"][3])
    k.para(doc, ("IV. TỒN TẠI, HẠN CHẾ", "b"), before=6)
    k.body(doc, v["limits"])
    k.para(doc, (f"V. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM {v['date'][3] + 1}", "b"), before=3)
    for line in v["next"]:
        k.body(doc, f"- {line}")
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {r};", "", 11) for r in v["recipients"]],
         ("- Lưu.", "", 11)],
        [
            ("TM. BAN CÔNG TÁC MẶT TRẬN", "b"),
            (v["area_caps"], "b"),
            (v["signer"][1].upper(), "b"),
            "",
            "",
            "",
            (v["signer"][0], "b"),
        ],
    )  # fmt: skip
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": v["signer"][0],
        "leader_position": v["signer"][1],
        "results": joined([f"- {line}" for line in v["results"]]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    stamp = f"{v['superior'][0]} {v['superior'][1]}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"][0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "h07-chitieu-plt-btcmt-bau-sen",
        ("scan", "doc"),
        {
            "unit_id": "plt-btcmt-bau-sen",
            "superior": ("ỦY BAN MTTQ VIỆT NAM", "XÃ PHÚ LẠC TÂY"),
            "date": ("Bàu Sen", 26, 8, 2026),
            "model": "Thắp sáng đường quê – Bàu Sen an toàn",
            "unit_name": "Ban Công tác Mặt trận thôn Bàu Sen",
            "unit_alt": ["BAN CÔNG TÁC MẶT TRẬN THÔN BÀU SEN", "Ban CTMT thôn Bàu Sen"],
            "area_caps": "THÔN BÀU SEN",
            "situation": "Thôn Bàu Sen có 412 hộ với 1.587 nhân khẩu, 7 tổ dân cư tự quản; "
            "nhiều đoạn đường liên xóm chưa có điện chiếu sáng.",
            "leadership": "Ban Công tác Mặt trận họp với Chi bộ, trưởng thôn và các chi hội, "
            "thống nhất mức vận động theo khả năng mỗi hộ, công khai thu chi tại nhà văn hóa.",
            "results": [
                "Lắp mới 96 bóng đèn năng lượng mặt trời trên 3,6 km đường thôn, hoàn thành trước "
                "kế hoạch hai tháng.",
                "Không xảy ra vụ trộm cắp nào trên các tuyến đã được chiếu sáng.",
            ],
            "indicators": [
                ("Số hộ tham gia đóng góp", "hộ", "380", "397", "104,5"),
                ("Kinh phí Nhân dân đóng góp", "triệu đồng", "120", "134,6", "112,2"),
                ("Ngày công lao động", "ngày công", "300", "418", "139,3"),
                ("Đường được chiếu sáng", "km", "3", "3,6", "120,0"),
            ],
            "participants": 397,
            "funds": 134600000,
            "limits": "Một số hộ ở xa trục chính chưa được hưởng lợi; việc thay pin sau 3 năm "
            "chưa có nguồn kinh phí.",
            "next": ["Lập quỹ bảo dưỡng đèn từ đóng góp tự nguyện.", "Mở rộng thêm 1,2 km."],
            "recipients": ["Ban Thường trực UBMTTQ xã", "Chi bộ thôn"],
            "signer": ("Lê Thị Thu Hiền", "Trưởng ban"),
            "position_alt": ["Trưởng ban Công tác Mặt trận"],
            "traits": [
                "superior_only_header",
                "unit_only_in_signature",
                "indicator_table",
                "money_unit_in_column",
                "leader_from_signature",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h08-chitieu-plt-btcmt-dong-van",
        ("photo",),
        {
            "unit_id": "plt-btcmt-dong-van",
            "superior": ("ỦY BAN MTTQ VIỆT NAM", "XÃ PHÚ LẠC TÂY"),
            "date": ("Phú Lạc Tây", 2, 9, 2026),
            "model": "Tổ hòa giải “Ba cùng” ở khu dân cư",
            "unit_name": "Ban Công tác Mặt trận thôn Đồng Vạn",
            "unit_alt": ["BAN CÔNG TÁC MẶT TRẬN THÔN ĐỒNG VẠN", "Ban CTMT thôn Đồng Vạn"],
            "area_caps": "THÔN ĐỒNG VẠN",
            "situation": "Thôn Đồng Vạn có 356 hộ; năm 2025 có 14 vụ mâu thuẫn về ranh giới đất, "
            "lối đi chung.",
            "leadership": "Ban Công tác Mặt trận kiện toàn tổ hòa giải 7 thành viên gồm người có "
            "uy tín, cựu chiến binh và trưởng các dòng họ.",
            "results": [
                "Tổ hòa giải thành 11/12 vụ việc phát sinh, không có vụ việc vượt cấp.",
                "Tổ chức 6 buổi nói chuyện pháp luật tại nhà văn hóa, thu hút đông đảo bà con.",
            ],
            "indicators": [
                (
                    "Số lượt người dự các buổi nói chuyện pháp luật",
                    "lượt người",
                    "400",
                    "532",
                    "133,0",
                ),
                ("Vụ việc hòa giải thành", "vụ", "10", "11", "110,0"),
                (
                    "Kinh phí vận động hỗ trợ tổ hòa giải",
                    "đồng",
                    "10.000.000",
                    "12.500.000",
                    "125,0",
                ),
            ],
            "participants": 532,
            "funds": 12500000,
            "limits": "Thành viên tổ hòa giải phần lớn cao tuổi, chưa có người trẻ kế cận.",
            "next": ["Bổ sung 2 đoàn viên thanh niên vào tổ hòa giải."],
            "recipients": ["Ban Thường trực UBMTTQ xã", "Đảng ủy xã (b/c)"],
            "signer": ("Đậu Văn Cường", "Trưởng ban"),
            "traits": [
                "superior_only_header",
                "unit_only_in_signature",
                "indicator_table",
                "lượt_người",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h09-chitieu-mttq-xom-11",
        ("scan",),
        {
            "unit_id": "mttq",
            "superior": ("ỦY BAN MTTQ VIỆT NAM", "XÃ NGHĨA THÁI"),
            "date": ("Nghĩa Thái", 28, 8, 2024),
            "model": "Nhà sạch, vườn đẹp, ngõ xóm văn minh",
            "unit_name": "Ban Công tác Mặt trận xóm 11",
            "unit_alt": ["BAN CÔNG TÁC MẶT TRẬN XÓM 11", "Ban CTMT xóm 11"],
            "area_caps": "XÓM 11",
            "situation": "Xóm 11 có 228 hộ, đa số làm nông và đi làm công nhân ở khu công nghiệp.",
            "leadership": "Ban Công tác Mặt trận phối hợp chi hội Phụ nữ chấm điểm từng hộ theo "
            "bộ tiêu chí, công bố kết quả mỗi quý.",
            "results": [
                "Có 203 hộ đạt tiêu chí “Nhà sạch, vườn đẹp”; trồng 1,8 km hàng rào xanh.",
                "Xóm được UBND xã khen thưởng trong phong trào xây dựng nông thôn mới kiểu mẫu.",
            ],
            "indicators": [
                ("Hộ đăng ký tham gia", "hộ", "220", "226", "102,7"),
                ("Hộ đạt tiêu chí", "hộ", "180", "203", "112,8"),
                ("Kinh phí huy động", "triệu đồng", "50", "61", "122,0"),
            ],
            "participants": 226,
            "funds": 61000000,
            "limits": "Một số hộ đi làm ăn xa chưa tham gia thường xuyên.",
            "next": ["Duy trì chấm điểm hằng quý.", "Nhân rộng sang xóm 10, xóm 12."],
            "recipients": ["Ban Thường trực UBMTTQ xã"],
            "signer": ("Nguyễn Văn Tâm", "Trưởng ban"),
            "traits": [
                "superior_only_header",
                "unit_only_in_signature",
                "indicator_table",
                "unit_is_branch_of_mttq",
            ],
        },
    ),
)

LAYOUT = Layout("btcmt_chitieu", "report", ("H04", "H05"), render, ENTRIES)
