"""A report made as a press release ("Thông cáo báo chí"): a bold lead, the facts in short
paragraphs and bullets, quotes, and a box of contact details for the press.

After the press releases that provincial and commune bodies issue under their rules on speaking
and giving information to the press (W11: the issuer and number, "THÔNG CÁO BÁO CHÍ", "Về …",
a lead in bold beginning with the place and date of the event, quotes, "Thông tin liên hệ:"
with the spokesperson's name, phone and e-mail) and the news pieces of commune portals on
single models (W12). The spokesperson and the contact line are decoys except where the person
in charge is the contact (`w16`, `w18`); the issuer may be the commune (`w17`), the unit is the
one that builds the model; the event's date in the lead is not the date line.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    left: list[k.Run | str] = [(line, "", 12) for line in v["superior"]]
    left += [(v["issuer"], "b", 12), ("───────", ""), (v["number"], "", 12)]
    k.header_block(doc, left, [*k.quoc_hieu(), (date_line(*v["date"]), "i", 12)])
    k.para(doc, ("THÔNG CÁO BÁO CHÍ", "b", 16), align="center", before=12, after=0)
    k.para(doc, (v["about"], "b", 13), align="center", after=8)
    k.body(doc, v["lead"]).runs[0].bold = True
    for line in v["body"]:
        k.body(doc, line)
    k.para(doc, (v["results_label"], "b"), first=1.0, before=4)
    for point in v["results"]:
        k.para(doc, point, indent=1.0)
    for quote, speaker in v["quotes"]:
        k.para(doc, (f"“{quote}”", "i"), (f" – {speaker}", ""), first=1.0, before=4)
    if v.get("after"):
        k.body(doc, v["after"])
    box = k.table(doc, 1, (16.0,))
    k.cell_text(box.cell(0, 0), [("THÔNG TIN LIÊN HỆ", "b", 12), *v["contact"]], size=12)
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 11), *[(line, "", 11) for line in v["recipients"]]],
        [*[(line, "b") for line in v["sign"][:-1]], "", "", "", (v["sign"][-1], "b")],
    )
    person, position = v["leader"]
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
        "signed_date": iso(v["date"][1], v["date"][2], v["date"][3]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], v["sign"][-1], v["stamp"])


ENTRIES = (
    Entry(
        "w16-thongcao-kmd-htx",
        ("scan", "doc"),
        {
            "unit_id": "kmd-htx",
            "superior": [],
            "issuer": "HTX NÔNG NGHIỆP CÀ PHÊ KHE MÂY",
            "number": "Số: 04/TC-HTX",
            "date": ("Khe Mây Đông", 18, 6, 2026),
            "about": "Về kết quả mô hình “Dân vận khéo” “Cà phê Khe Mây – sạch từ gốc”",
            "lead": "(Khe Mây Đông, ngày 16/6/2026) – Hợp tác xã nông nghiệp cà phê Khe Mây vừa "
            "xuất lô cà phê nhân đạt chứng nhận hữu cơ đầu tiên, 12 tấn, sang thị trường Nhật "
            "Bản – kết quả sau hai năm thực hiện mô hình “Dân vận khéo” “Cà phê Khe Mây – sạch "
            "từ gốc”.",
            "body": [
                "Mô hình thuộc lĩnh vực kinh tế, do Hợp tác xã xây dựng từ tháng 3/2024 tại thôn "
                "Khe Mây và thôn Tân Xuân, bà Lê Thị Hồng Nhung, Giám đốc Hợp tác xã, trực tiếp "
                "phụ trách. Cán bộ Hợp tác xã đến từng vườn, “cầm tay chỉ việc”, thuyết phục bà "
                "con bỏ thuốc diệt cỏ, hái quả chín.",
            ],
            "results_label": "Một số kết quả chính:",
            "results": [
                "- 126 hộ xã viên tham gia, cùng góp vốn 1,35 tỷ đồng xây sân phơi nhà kính và "
                "kho bảo quản;",
                "- 85 ha cà phê được chứng nhận hữu cơ, giá bán cao hơn cà phê thường 20 – 25%;",
                "- Doanh thu của Hợp tác xã năm 2025 đạt 9,8 tỷ đồng, thu nhập bình quân của hộ "
                "tăng 32%.",
            ],
            "quotes": [
                (
                    "Phải để bà con thấy lợi trước, rồi mới nói đến chuyện thay đổi cách làm.",
                    "bà Lê Thị Hồng Nhung chia sẻ",
                ),
                (
                    "Vườn nhà tôi giờ có cỏ mà cà phê lại tốt hơn.",
                    "ông Võ Văn Tình, xã viên thôn Khe Mây",
                ),
            ],
            "contact": [
                "Bà Lê Thị Hồng Nhung – Giám đốc HTX nông nghiệp cà phê Khe Mây",
                "Điện thoại: 0905 773 140 – Email: htxcaphe@khemaydong.test",
            ],
            "recipients": ["- Các cơ quan báo chí;", "- UBND xã Khe Mây Đông;", "- Lưu: VT."],
            "sign": ["GIÁM ĐỐC", "Lê Thị Hồng Nhung"],
            "model": "Cà phê Khe Mây – sạch từ gốc",
            "domain": "economy",
            "leader": ("Lê Thị Hồng Nhung", "Giám đốc Hợp tác xã"),
            "position_alt": ["Giám đốc", "Giám đốc HTX nông nghiệp cà phê Khe Mây"],
            "phone": "0905 773 140",
            "location": "thôn Khe Mây và thôn Tân Xuân",
            "participants": 126,
            "funds": 1_350_000_000,
            "unit": "Hợp tác xã nông nghiệp cà phê Khe Mây",
            "unit_alt": ["HTX nông nghiệp cà phê Khe Mây"],
            "stamp": "HTX NÔNG NGHIỆP CÀ PHÊ KHE MÂY",
            "traits": [
                "press_release",
                "bold_lead",
                "contact_box",
                "decoy_event_date",
                "decoy_revenue",
                "decoy_quote_person",
                "leader_signs",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w17-thongcao-kmd-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "kmd-hoi-phu-nu",
            "superior": [],
            "issuer": "ỦY BAN NHÂN DÂN XÃ KHE MÂY ĐÔNG",
            "number": "Số: 11/TCBC-UBND",
            "date": ("Khe Mây Đông", 25, 6, 2026),
            "about": "Kết quả mô hình “Ngôi nhà bình yên nơi biên giới”",
            "lead": "Sáng 24/6/2026, tại nhà văn hóa bản Ra Mai, Ủy ban nhân dân xã Khe Mây "
            "Đông dự buổi tổng kết mô hình “Dân vận khéo” “Ngôi nhà bình yên nơi biên giới” "
            "của Hội LHPN xã Khe Mây Đông.",
            "body": [
                "Mô hình được Hội LHPN xã Khe Mây Đông xây dựng từ năm 2025 tại bản Ra Mai và bản "
                "Pa Lin, do bà Phạm Thị Thanh Tâm, Chủ tịch Hội LHPN xã, trực tiếp phụ trách, "
                "nhằm phòng, chống bạo lực gia đình và xâm hại trẻ em ở vùng biên.",
                "Các chi hội phụ nữ lập “địa chỉ tin cậy” tại nhà các hội viên uy tín, nơi chị "
                "em và trẻ em có thể tạm lánh khi gặp bạo lực.",
            ],
            "results_label": "Sau một năm:",
            "results": [
                "• 58 hội viên nòng cốt tham gia, vận động được 96 triệu đồng lập Quỹ “Ngôi nhà "
                "bình yên”;",
                "• 6 “địa chỉ tin cậy” tiếp nhận, hỗ trợ 23 lượt phụ nữ, trẻ em;",
                "• Số vụ bạo lực gia đình giảm từ 9 vụ (năm 2024) xuống còn 2 vụ.",
            ],
            "quotes": [
                (
                    "Chị em ở bản giờ biết tìm đến ai khi có chuyện.",
                    "chị Hồ Thị Pơi, Chi hội trưởng Chi hội phụ nữ bản Ra Mai",
                ),
            ],
            "after": "Ngân sách xã đã bố trí 30 triệu đồng hỗ trợ mô hình nhân rộng sang thôn "
            "Khe Mây, thôn Tân Xuân trong năm 2026.",
            "contact": [
                "Ông Đặng Minh Tuấn – Chủ tịch UBND xã, người phát ngôn",
                "Văn phòng HĐND và UBND xã: ĐT 0233 3786 118 – ubnd@khemaydong.test",
            ],
            "recipients": ["- Báo Quảng Trị;", "- Đài PT-TH tỉnh;", "- Lưu: VT."],
            "sign": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đặng Minh Tuấn"],
            "model": "Ngôi nhà bình yên nơi biên giới",
            "leader": ("Phạm Thị Thanh Tâm", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch Hội Liên hiệp Phụ nữ xã"],
            "location": "bản Ra Mai và bản Pa Lin",
            "participants": 58,
            "funds": 96_000_000,
            "unit": "Hội LHPN xã Khe Mây Đông",
            "unit_alt": ["Hội Liên hiệp Phụ nữ xã Khe Mây Đông"],
            "stamp": "ỦY BAN NHÂN DÂN XÃ KHE MÂY ĐÔNG",
            "traits": [
                "press_release",
                "bold_lead",
                "contact_box",
                "issuer_not_unit",
                "decoy_spokesperson",
                "decoy_event_date",
                "decoy_state_support",
                "decoy_quote_person",
                "decoy_signer",
                "no_phone",
                "unit_by_alias",
                "van_kieu_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w18-thongcao-kmd-doan-xa",
        ("scan",),
        {
            "unit_id": "kmd-doan-xa",
            "superior": ["ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH QUẢNG TRỊ"],
            "issuer": "BCH ĐOÀN XÃ KHE MÂY ĐÔNG",
            "number": "Số: 09-TCBC/ĐTN",
            "date": ("Khe Mây Đông", 2, 7, 2026),
            "about": "Về mô hình “Thanh niên livestream bán nông sản bản làng”",
            "lead": "Khe Mây Đông, 30/6/2026 – Sau 6 tháng, phiên livestream thứ 50 của mô hình "
            "“Dân vận khéo” “Thanh niên livestream bán nông sản bản làng” đã bán hết 1,2 tấn "
            "chuối, 300 lít mật ong của bà con chỉ trong 2 giờ.",
            "body": [
                "Mô hình do Đoàn xã Khe Mây Đông thực hiện tại 4 thôn, bản, đồng chí Nguyễn "
                "Hoàng Long, Phó Bí thư phụ trách Đoàn xã, trực tiếp phụ trách. Đoàn viên đến "
                "tận vườn quay video, kể chuyện cây chuối, đàn ong, rồi livestream trên trang "
                "của Đoàn xã.",
            ],
            "results_label": "Kết quả nổi bật:",
            "results": [
                "- 35 đoàn viên tham gia tổ livestream, thay nhau lên sóng mỗi tối thứ Sáu;",
                "- Tiêu thụ giúp 148 hộ tổng cộng 46 tấn nông sản, doanh số 2,1 tỷ đồng;",
                "- 12 hộ Vân Kiều lần đầu bán hàng qua mạng, nhận tiền qua tài khoản ngân hàng.",
            ],
            "quotes": [
                (
                    "Không phải gánh ra chợ, chuối nhà mình vẫn bán được giá.",
                    "ông Kray Văn Tư, bản Ra Mai",
                ),
            ],
            "contact": [
                "Đồng chí Nguyễn Hoàng Long – Phó Bí thư phụ trách Đoàn xã",
                "ĐT/Zalo: 0973.581.602 – xadoan@khemaydong.test",
            ],
            "recipients": ["- Tỉnh đoàn (b/c);", "- Đảng ủy xã (b/c);", "- Lưu VP."],
            "sign": ["TM. BAN CHẤP HÀNH", "PHÓ BÍ THƯ", "Nguyễn Hoàng Long"],
            "model": "Thanh niên livestream bán nông sản bản làng",
            "leader": ("Nguyễn Hoàng Long", "Phó Bí thư phụ trách Đoàn xã"),
            "position_alt": ["Phó Bí thư", "PHÓ BÍ THƯ"],
            "phone": "0973.581.602",
            "location": "4 thôn, bản",
            "participants": 35,
            "unit": "Đoàn xã Khe Mây Đông",
            "unit_alt": ["BCH Đoàn xã Khe Mây Đông"],
            "stamp": None,
            "traits": [
                "press_release",
                "bold_lead",
                "contact_box",
                "decoy_event_date",
                "decoy_revenue",
                "decoy_households_helped",
                "decoy_quote_person",
                "leader_signs",
                "no_funds",
                "van_kieu_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("thongcao_baochi", "report", ("W11", "W12"), render, ENTRIES)
