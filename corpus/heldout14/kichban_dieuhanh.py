"""A report found in the script of the conference that reviews a model ("Kịch bản điều hành hội
nghị"): a timed table of what the master of ceremonies says and who does what, with the
summary of results the MC reads before inviting the person in charge to report.

After the running scripts of commune and branch conferences (W09: "KỊCH BẢN", the time,
place, chair and master of ceremonies over a table "TT | Thời gian | Nội dung | Người thực
hiện", "Ổn định tổ chức", "Tuyên bố lý do, giới thiệu đại biểu", "Trân trọng kính mời đồng chí
… lên trình bày …", "Bế mạc") and the MC's lines at ceremonies (W10). The chair, the MC, the
guests, the speakers, the award list and the date of the conference are decoys; the date is the
script's date line (none in `w14`, the day blank in `w15`).
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    left: list[k.Run | str] = [(line, "", 12) for line in v["superior"]]
    left += [(v["issuer"], "b", 12), ("───────", "")]
    right: list[k.Run | str] = (
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "b", 13), ("───────────", "")]
        if v.get("party")
        else k.quoc_hieu()
    )
    if v.get("date"):
        right.append((date_line(*v["date"]), "i", 12))
    k.header_block(doc, left, right)
    k.para(doc, ("KỊCH BẢN", "b", 15), align="center", before=12, after=0)
    k.para(doc, (v["event"], "b", 13), align="center", after=0)
    k.para(doc, (f"mô hình “Dân vận khéo” “{v['model']}”", "b", 13), align="center", after=8)
    for label, value in v["info"]:
        k.para(doc, (f"- {label}: ", "b"), value, first=1.0, after=1)
    person, position = v["leader"]
    rows: list[tuple[str, str, list[Any], str]] = [
        ("1", v["times"][0], [v["welcome"]], "Ban tổ chức"),
        (
            "2",
            v["times"][1],
            [("Ổn định tổ chức, tuyên bố lý do, giới thiệu đại biểu", "b"), (v["mc_open"], "i")],
            "MC",
        ),
        (
            "3",
            v["times"][2],
            [
                ("Báo cáo kết quả thực hiện mô hình", "b"),
                (
                    f"MC: Trân trọng kính mời đồng chí {v.get('title', '')}{person}, {position}, "
                    "người trực tiếp phụ trách mô hình, lên trình bày báo cáo kết quả.",
                    "i",
                ),
                (v["summary_label"], "b"),
                *v["results"],
            ],
            person,
        ),
        ("4", v["times"][3], [("Tham luận", "b"), *v["speeches"]], "Đại biểu"),
        ("5", v["times"][4], [("Phát biểu chỉ đạo", "b"), v["chair_speech"]], v["chair"]),
        ("6", v["times"][5], [("Khen thưởng", "b"), v["awards"]], "MC, Ban tổ chức"),
        ("7", v["times"][6], [("Bế mạc", "b"), (v["closing"], "i")], "MC"),
    ]
    tbl = k.table(doc, len(rows) + 1, (1.0, 2.3, 9.2, 3.5))
    for col, label in enumerate(("TT", "Thời gian", "Nội dung", "Người thực hiện")):
        k.cell_text(tbl.cell(0, col), [(label, "b", 12)], align="center")
    for number, (tt, time, lines, who) in enumerate(rows, start=1):
        k.cell_text(tbl.cell(number, 0), (tt, "", 12), align="center")
        k.cell_text(tbl.cell(number, 1), (time, "", 12), align="center")
        k.cell_text(tbl.cell(number, 2), lines, align="justify", size=12)
        k.cell_text(tbl.cell(number, 3), (who, "", 12), align="center")
    k.para(doc, (v["footnote"], "i", 11), before=6)
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": joined(v["results"]).rstrip("."),
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": iso(v["date"][1], v["date"][2], v["date"][3]) if v.get("date") else None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], None, None)


TIMES = ("7h30 – 8h00", "8h00 – 8h10", "8h10 – 8h40", "8h40 – 9h20", "9h20 – 9h40",
         "9h40 – 10h00", "10h00")  # fmt: skip

ENTRIES = (
    Entry(
        "w13-kichban-kmd-hoi-ccb",
        ("scan", "doc"),
        {
            "unit_id": "kmd-hoi-ccb",
            "superior": ["HỘI CCB TỈNH QUẢNG TRỊ"],
            "issuer": "HỘI CCB XÃ KHE MÂY ĐÔNG",
            "date": ("Khe Mây Đông", 12, 6, 2026),
            "event": "HỘI NGHỊ TỔNG KẾT 2 NĂM THỰC HIỆN",
            "model": "Cựu chiến binh giúp nhau thoát nghèo",
            "info": [
                ("Thời gian", "8 giờ 00, thứ Bảy, ngày 20/6/2026"),
                ("Địa điểm", "Hội trường Ủy ban nhân dân xã Khe Mây Đông"),
                ("Chủ trì", "đồng chí Trần Văn Quyết, Bí thư Đảng ủy xã"),
                (
                    "Dẫn chương trình (MC)",
                    "đồng chí Nguyễn Thị Bích, Phó Chủ tịch Hội CCB xã (ĐT: 0946 310 772)",
                ),
                ("Thành phần", "85 đại biểu, hội viên"),
            ],
            "times": TIMES,
            "welcome": "Đón tiếp đại biểu; văn nghệ chào mừng của Câu lạc bộ văn nghệ dân gian "
            "bản Ra Mai.",
            "mc_open": "Kính thưa các đồng chí đại biểu, thưa toàn thể hội viên! Hai năm qua, "
            "Hội CCB xã Khe Mây Đông thực hiện mô hình “Cựu chiến binh giúp nhau thoát nghèo” "
            "tại 4 thôn, bản. Về dự hội nghị hôm nay có đồng chí Trần Văn Quyết, Bí thư Đảng ủy "
            "xã; đồng chí Đặng Minh Tuấn, Chủ tịch UBND xã; đồng chí Lê Văn Thông, Phó Chủ tịch "
            "Hội CCB tỉnh.",
            "title": "",
            "leader": ("Trần Đình Cường", "Chủ tịch Hội CCB xã"),
            "position_alt": ["Chủ tịch Hội Cựu chiến binh xã"],
            "summary_label": "Tóm tắt kết quả (MC nắm để dẫn):",
            "results": [
                "- 64 hội viên tham gia tổ góp vốn xoay vòng, tổng vốn hội viên góp 215 triệu "
                "đồng;",
                "- 19 hộ hội viên được vay không lãi để mua bò giống, trồng 12 ha cà phê, hồ tiêu;",
                "- 11 hộ hội viên thoát nghèo, 3 hộ vươn lên khá;",
                "- Không có hội viên vi phạm pháp luật.",
            ],
            "speeches": [
                "- Ông Hồ Văn Rin, hội viên bản Ra Mai: “Từ con bò của Hội đến đàn bò 5 con”;",
                "- Đồng chí Phan Văn Thắng, Tổ trưởng THT nuôi ong Tân Xuân.",
            ],
            "chair": "Đ/c Trần Văn Quyết",
            "chair_speech": "Đồng chí Bí thư Đảng ủy xã phát biểu chỉ đạo.",
            "awards": "Công bố quyết định, trao Giấy khen cho 4 tập thể, 9 cá nhân có thành "
            "tích xuất sắc.",
            "closing": "Hội nghị tổng kết mô hình đến đây là kết thúc. Xin trân trọng cảm ơn!",
            "footnote": "Ghi chú: Văn phòng chuẩn bị 13 Giấy khen, hoa tươi; trang trí khánh "
            "tiết xong trước 17 giờ ngày 19/6/2026.",
            "location": "4 thôn, bản",
            "participants": 64,
            "funds": 215_000_000,
            "unit": "Hội CCB xã Khe Mây Đông",
            "unit_alt": ["Hội Cựu chiến binh xã Khe Mây Đông"],
            "traits": [
                "conference_script",
                "results_in_table_cell",
                "decoy_chair",
                "decoy_mc_phone",
                "decoy_guests",
                "decoy_conference_date",
                "decoy_awards",
                "decoy_attendance",
                "no_phone",
                "no_signature",
                "unit_by_alias",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w14-kichban-kmd-ban-chqs",
        ("photo",),
        {
            "unit_id": "kmd-ban-chqs",
            "superior": ["BỘ CHQS TỈNH QUẢNG TRỊ"],
            "issuer": "BAN CHQS XÃ KHE MÂY ĐÔNG",
            "event": "BUỔI SƠ KẾT MỘT NĂM",
            "model": "Mùa mưa không ai đơn độc",
            "info": [
                ("Thời gian", "14 giờ 00, ngày 05/12/2026"),
                ("Địa điểm", "Nhà văn hóa thôn Tân Xuân"),
                ("Chủ trì", "đồng chí Đặng Minh Tuấn, Chủ tịch UBND xã"),
                ("MC", "đồng chí Lê Văn Hòa, Chính trị viên phó Ban CHQS xã"),
            ],
            "times": (
                "13h30 – 14h00",
                "14h00 – 14h10",
                "14h10 – 14h40",
                "14h40 – 15h20",
                "15h20 – 15h40",
                "15h40 – 16h00",
                "16h00",
            ),
            "welcome": "Đón tiếp đại biểu; chiếu phóng sự “Dân quân trong mưa lũ”.",
            "mc_open": "Kính thưa các vị đại biểu, thưa bà con! Thực hiện phong trào “Dân vận "
            "khéo”, mùa mưa năm 2026 Ban CHQS xã Khe Mây Đông xây dựng mô hình “Mùa mưa không "
            "ai đơn độc” tại thôn Tân Xuân và bản Pa Lin, nơi hay sạt lở, chia cắt.",
            "title": "Thượng úy ",
            "leader": ("Nguyễn Hữu Phước", "Chỉ huy trưởng Ban CHQS xã"),
            "position_alt": ["Chỉ huy trưởng"],
            "phone": None,
            "summary_label": "Những con số của mô hình (MC giới thiệu trước khi mời báo cáo):",
            "results": [
                "• 42 cán bộ, chiến sĩ dân quân tham gia trực 24/24 giờ trong 3 đợt mưa lớn;",
                "• Di dời 57 hộ, 214 nhân khẩu khỏi vùng sạt lở an toàn, không có thiệt hại về "
                "người;",
                "• Giúp dân thu hoạch chạy lũ 18 ha lúa, cà phê; dọn 1.300 m³ đất đá sạt xuống "
                "đường;",
                "• Cõng 26 người già, người ốm qua suối đến trạm y tế.",
            ],
            "speeches": [
                "- Bà Hồ Thị Xoan, bản Pa Lin, hộ được di dời;",
                "- Đồng chí Kray Văn Sơn, Tổ trưởng Tổ bảo vệ rừng cộng đồng bản Pa Lin.",
            ],
            "chair": "Đ/c Đặng Minh Tuấn",
            "chair_speech": "Chủ tịch UBND xã phát biểu, ghi nhận lực lượng dân quân.",
            "awards": "Trao Giấy khen của Chủ tịch UBND xã cho 2 tập thể, 7 cá nhân.",
            "closing": "Xin cảm ơn các vị đại biểu và bà con đã đến dự!",
            "footnote": "Ban CHQS xã chuẩn bị loa, máy chiếu; trực ban đảm bảo an toàn.",
            "location": "thôn Tân Xuân và bản Pa Lin",
            "participants": 42,
            "unit": "Ban CHQS xã Khe Mây Đông",
            "unit_alt": ["Ban Chỉ huy Quân sự xã Khe Mây Đông"],
            "traits": [
                "conference_script",
                "results_in_table_cell",
                "rank_before_name",
                "decoy_chair",
                "decoy_guests",
                "decoy_conference_date",
                "decoy_awards",
                "decoy_evacuees",
                "no_phone",
                "no_funds",
                "no_date_line",
                "no_signature",
                "van_kieu_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w15-kichban-kmd-cb-pa-lin",
        ("scan",),
        {
            "unit_id": "kmd-cb-pa-lin",
            "party": True,
            "superior": ["ĐẢNG BỘ XÃ KHE MÂY ĐÔNG"],
            "issuer": "CHI BỘ BẢN PA LIN",
            "date": ("Pa Lin", None, 11, 2026),
            "event": "BUỔI SINH HOẠT CHUYÊN ĐỀ ĐÁNH GIÁ KẾT QUẢ",
            "model": "Bản Pa Lin nói không với tảo hôn",
            "domain": "culture_society",
            "info": [
                ("Lĩnh vực", "văn hóa - xã hội"),
                ("Thời gian", "19 giờ 30, ngày 28/11/2026"),
                ("Địa điểm", "Nhà văn hóa bản Pa Lin"),
                ("Chủ trì", "đồng chí Hồ Văn Pơi, Bí thư Chi bộ"),
                ("Điều hành", "đồng chí Hồ Thị Lan, Bí thư Chi đoàn (ĐT: 0389 604 117)"),
            ],
            "times": (
                "19h00 – 19h30",
                "19h30 – 19h40",
                "19h40 – 20h10",
                "20h10 – 20h40",
                "20h40 – 20h55",
                "20h55 – 21h05",
                "21h05",
            ),
            "welcome": "Đón đại biểu; hát đối đáp của các bà, các mẹ trong bản.",
            "mc_open": "Thưa các đồng chí đảng viên, thưa bà con! Hôm nay Chi bộ bản Pa Lin "
            "họp cùng bà con để đánh giá một năm thực hiện mô hình, có đồng chí Phạm Thị Thanh "
            "Tâm, Chủ tịch Hội LHPN xã về dự.",
            "title": "",
            "leader": ("Hồ Văn Pơi", "Bí thư Chi bộ bản Pa Lin"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0359 772 041",
            "summary_label": "Kết quả một năm (đồng chí Bí thư báo cáo, ĐT 0359 772 041):",
            "results": [
                "Cả 97 hộ của bản đã ký cam kết không tảo hôn, không kết hôn cận huyết; cả năm "
                "không có trường hợp tảo hôn nào (năm 2025 có 4 trường hợp). Chi đoàn và Chi hội "
                "phụ nữ quyên góp 18,6 triệu đồng làm quỹ khuyến học, trao 31 suất học bổng cho "
                "các em gái học tiếp lên lớp 10.",
            ],
            "speeches": [
                "- Ông Ăm Bốn, già làng: kể chuyện người xưa dựng vợ gả chồng;",
                "- Em Hồ Thị Sa, học sinh lớp 10.",
            ],
            "chair": "Đ/c Hồ Văn Pơi",
            "chair_speech": "Đồng chí Bí thư Chi bộ kết luận, giao nhiệm vụ năm 2027.",
            "awards": "Tặng quà cho 5 gia đình tiêu biểu.",
            "closing": "Buổi sinh hoạt kết thúc, mời bà con ở lại giao lưu văn nghệ.",
            "footnote": "(Kịch bản do Chi đoàn bản chuẩn bị.)",
            "location": "bản Pa Lin",
            "participants": 97,
            "funds": 18_600_000,
            "unit": "Chi bộ bản Pa Lin",
            "traits": [
                "conference_script",
                "results_in_table_cell",
                "party_header",
                "domain_as_info_line",
                "phone_in_label",
                "decoy_mc_phone",
                "decoy_guests",
                "decoy_conference_date",
                "blank_day",
                "no_signature",
                "van_kieu_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("kichban_dieuhanh", "report", ("W09", "W10"), render, ENTRIES)
