"""A report found in a village head's monthly report to the commune ("Báo cáo tình hình hoạt
động của thôn tháng …"): the village's figures in a table, then production, culture, order and
security, and among them a numbered part on the village's "Dân vận khéo" model, then requests
and next month's tasks.

After the periodic reports that village heads send to the commune's People's Committee (S09:
the commune and the village as issuer, "BÁO CÁO", "Kính gửi: Ủy ban nhân dân xã …", "I. Tình
hình chung", "II. Kết quả thực hiện nhiệm vụ", "III. Kiến nghị, đề xuất", "IV. Phương hướng,
nhiệm vụ tháng tới", "TRƯỞNG THÔN") and the weekly and monthly reports of new-countryside work
that list each village's tasks (S10). The village's population, births and deaths, the crops'
figures, the state programmes' money and next month's dates are decoys.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    day, month, year = v["date"][1:]
    k.header_block(
        doc,
        [("ỦY BAN NHÂN DÂN", "", 12), ("XÃ PÁC NÀ HIN", "", 12), (v["village"], "b", 13),
         ("───────", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
    )  # fmt: skip
    k.para(doc, ("BÁO CÁO", "b", 15), align="center", before=10, after=0)
    for line in v["title"]:
        k.para(doc, (line, "b", 13), align="center", after=0)
    k.para(doc, "", after=0)
    k.para(doc, ("Kính gửi: ", ""), (v["to"], ""), align="center", after=8)
    k.para(doc, ("I. TÌNH HÌNH CHUNG", "b"))
    k.body(doc, v["general"])
    rows = v["stats"]
    tbl = k.table(doc, len(rows) + 1, (1.0, 9.0, 3.0, 3.0))
    for col, head in enumerate(("TT", "Chỉ tiêu", "Tháng này", "Lũy kế")):
        k.cell_text(tbl.cell(0, col), (head, "b"), align="center", size=12)
    for r, row in enumerate(rows, 1):
        for col, text in enumerate((str(r), *row)):
            k.cell_text(tbl.cell(r, col), text, align="left" if col == 1 else "center", size=12)
    k.para(doc, ("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "b"), before=6)
    for heading, lines in v["tasks"]:
        k.para(doc, (heading, "b"), first=0.5)
        for line in lines:
            if line == "@model":
                k.body(doc, v["model_lead"])
                for item in v["results"]:
                    k.para(doc, item, first=1.0)
                for item in v.get("model_after", []):
                    k.body(doc, item)
            else:
                k.body(doc, line)
    k.para(doc, ("III. KIẾN NGHỊ, ĐỀ XUẤT", "b"), before=4)
    for line in v["requests"]:
        k.body(doc, line)
    k.para(doc, (v["next_head"], "b"), before=4)
    for line in v["next"]:
        k.body(doc, line)
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(line, "", 12) for line in v["recipients"]]],
        [("TRƯỞNG THÔN", "b"), "", "", "", (v["head"], "b"), (v.get("head_phone", ""), "", 12)],
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": joined(v["results"]).rstrip(".;"),
        "participants": v.get("participants"),
        "funds_vnd": v.get("funds"),
        "signed_date": iso(day, month, year),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], v["head"], None)


ENTRIES = (
    Entry(
        "s13-truongthon-pnh-thon-khuoi-hin",
        ("scan", "doc"),
        {
            "unit_id": "pnh-thon-khuoi-hin",
            "village": "THÔN KHUỔI HIN",
            "date": ("Khuổi Hin", 25, 9, 2026),
            "title": [
                "Tình hình hoạt động của thôn tháng 9 năm 2026",
                "và phương hướng, nhiệm vụ tháng 10 năm 2026",
            ],
            "to": "Ủy ban nhân dân xã Pác Nà Hin",
            "general": "Thôn Khuổi Hin có 168 hộ, 731 nhân khẩu, 98% là đồng bào Tày, Nùng; "
            "trong tháng tình hình an ninh chính trị ổn định, nhân dân tập trung thu hoạch hồi "
            "vụ chính.",
            "stats": [
                ("Số hộ / nhân khẩu", "168 / 731", "168 / 731"),
                ("Sinh / tử", "2 / 1", "11 / 6"),
                ("Sản lượng hồi khô (tấn)", "19,5", "27,0"),
                ("Hộ nghèo / cận nghèo", "14 / 9", "14 / 9"),
            ],
            "tasks": [
                (
                    "1. Sản xuất nông, lâm nghiệp",
                    [
                        "Thu hoạch 42 ha hồi vụ chính, giá hồi khô bình quân 82.000 đồng/kg; trồng "
                        "mới 3,2 ha keo theo Chương trình 1719 với 96 triệu đồng hỗ trợ của Nhà nước.",
                    ],
                ),
                (
                    "2. Văn hóa – xã hội",
                    [
                        "Tổ chức Tết Trung thu cho 86 cháu thiếu nhi; 100% học sinh ra lớp đầu năm "
                        "học.",
                    ],
                ),
                (
                    "3. Mô hình “Dân vận khéo” “Thôn Khuổi Hin giữ rừng đầu nguồn”",
                    [
                        "@model",
                    ],
                ),
                (
                    "4. Quốc phòng – an ninh",
                    [
                        "Không có vụ việc phức tạp; giao 4 thanh niên nhập ngũ đợt 1 năm 2027 "
                        "đi khám tuyển.",
                    ],
                ),
            ],
            "model_lead": "Sau 6 tháng ra mắt (15/3/2026), mô hình do Trưởng thôn trực tiếp phụ "
            "trách đã đi vào nền nếp:",
            "results": [
                "- 6 tổ tuần tra với 54 hộ tham gia đã tổ chức 26 đợt tuần tra, không để xảy ra "
                "cháy rừng trong mùa khô;",
                "- Phát hiện, lập biên bản 2 vụ chặt cây trái phép, báo xã xử lý theo hương ước;",
                "- Trồng dặm 5,5 ha hồi, quế; bà con góp 38 triệu đồng mua bình chữa cháy, làm "
                "biển báo.",
            ],
            "requests": [
                "Đề nghị UBND xã hỗ trợ kinh phí làm 1,2 km đường băng cản lửa dự kiến 150 "
                "triệu đồng.",
            ],
            "next_head": "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 10/2026",
            "next": [
                "Họp thôn ngày 05/10/2026 bình xét hộ nghèo; ra quân làm đường băng cản lửa "
                "ngày 15/10/2026.",
            ],
            "recipients": ["- UBND xã (b/c);", "- Đảng ủy xã (b/c);", "- Chi bộ thôn;", "- Lưu."],
            "head": "Lộc Văn Thình",
            "head_phone": "ĐT: 0912 604 318",
            "leader": ("Lộc Văn Thình", "Trưởng thôn"),
            "position_alt": ["Trưởng thôn Khuổi Hin"],
            "phone": "0912 604 318",
            "model": "Thôn Khuổi Hin giữ rừng đầu nguồn",
            "location": "thôn Khuổi Hin",
            "participants": 54,
            "funds": 38_000_000,
            "unit": "Thôn Khuổi Hin",
            "unit_alt": ["THÔN KHUỔI HIN"],
            "traits": [
                "village_monthly_report",
                "model_one_section",
                "stats_table",
                "phone_under_signature",
                "decoy_state_support",
                "decoy_requested_budget",
                "decoy_launch_date",
                "decoy_next_month_dates",
                "decoy_population",
                "no_type_no_domain",
                "tay_nung_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "s14-truongthon-pnh-thon-phai-slam",
        ("photo",),
        {
            "unit_id": "pnh-thon-phai-slam",
            "village": "THÔN PHAI SLAM",
            "date": ("Phai Slam", 28, 10, 2026),
            "title": ["Kết quả công tác tháng 10 và nhiệm vụ tháng 11 năm 2026"],
            "to": "UBND xã Pác Nà Hin",
            "general": "Trong tháng, thôn triển khai các nhiệm vụ theo chỉ đạo của xã; thời tiết "
            "thuận lợi, bà con thu hoạch lúa mùa, na muộn.",
            "stats": [
                ("Lúa mùa thu hoạch (ha)", "27", "27"),
                ("Hộ dùng nước hợp vệ sinh", "109/112", "109/112"),
                ("Người đi làm ăn xa", "3", "41"),
            ],
            "tasks": [
                (
                    "1. Kinh tế",
                    [
                        "Năng suất lúa mùa đạt 48 tạ/ha; thôn có thêm 2 hộ nuôi dê nhốt chuồng.",
                    ],
                ),
                (
                    "2. Công tác dân vận, mô hình “Dân vận khéo”",
                    [
                        "@model",
                    ],
                ),
                (
                    "3. An ninh trật tự",
                    [
                        "Phối hợp Đồn Biên phòng tuần tra đường biên 8 lượt, không có xuất cảnh trái "
                        "phép.",
                    ],
                ),
            ],
            "model_lead": "Mô hình “Làm đường biên giới – dân hiến đất, góp công” (mô hình tập "
            "thể, lĩnh vực kinh tế) của thôn, do ông Mã Văn Sính – Trưởng thôn phụ trách, trong "
            "tháng đã hoàn thành:",
            "results": [
                "Đã có 37/37 hộ có đất trên tuyến đường Phai Slam – mốc 1092 ký biên bản hiến "
                "tổng cộng 6.200 m² đất; nhân dân góp 410 ngày công và 72.500.000 đồng tiền mặt "
                "để cùng Nhà nước làm 2,4 km đường bê tông; đường đã thông tuyến ngày 20/10/2026.",
            ],
            "model_after": [
                "Tổng mức đầu tư tuyến đường 3,1 tỷ đồng, trong đó ngân sách tỉnh 2,8 tỷ đồng.",
            ],
            "requests": [
                "Đề nghị xã sớm nghiệm thu, bàn giao tuyến đường và biểu dương 37 hộ hiến đất.",
            ],
            "next_head": "IV. NHIỆM VỤ THÁNG 11/2026",
            "next": ["Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ngày 16/11/2026."],
            "recipients": ["- UBND xã;", "- Lưu thôn."],
            "head": "Mã Văn Sính",
            "leader": ("Mã Văn Sính", "Trưởng thôn"),
            "model": "Làm đường biên giới – dân hiến đất, góp công",
            "type": "collective",
            "domain": "economy",
            "location": "tuyến đường Phai Slam – mốc 1092",
            "location_alt": ["thôn Phai Slam", "tuyến đường Phai Slam - mốc 1092"],
            "participants": 37,
            "funds": 72_500_000,
            "unit": "Thôn Phai Slam",
            "unit_alt": ["THÔN PHAI SLAM"],
            "traits": [
                "village_monthly_report",
                "model_one_section",
                "stats_table",
                "results_one_paragraph",
                "decoy_total_investment",
                "decoy_provincial_budget",
                "decoy_workdays",
                "decoy_opening_date",
                "no_phone",
                "tay_nung_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "s15-truongthon-pnh-cong-an",
        ("scan",),
        {
            "unit_id": "pnh-cong-an",
            "village": "THÔN PÁC NÀ",
            "date": ("Pác Nà", 30, 6, 2026),
            "title": [
                "Tình hình thực hiện nhiệm vụ tháng 6, 6 tháng đầu năm",
                "và nhiệm vụ tháng 7 năm 2026",
            ],
            "to": "Ủy ban nhân dân xã Pác Nà Hin",
            "general": "Thôn Pác Nà có 150 hộ, 612 khẩu, nằm trên trục đường ra cửa khẩu, có "
            "34 hộ kinh doanh, dịch vụ.",
            "stats": [
                ("Số hộ kinh doanh, dịch vụ", "34", "34"),
                ("Vụ việc an ninh trật tự", "0", "2"),
                ("Quỹ “Vì người nghèo” (triệu đồng)", "1,5", "9,8"),
            ],
            "tasks": [
                (
                    "1. Sản xuất, kinh doanh",
                    [
                        "Các hộ kinh doanh hoạt động ổn định; vụ na chín sớm, giá bán 35.000 đồng/kg.",
                    ],
                ),
                (
                    "2. An ninh trật tự và mô hình “Camera an ninh – mắt thần khu dân cư”",
                    [
                        "@model",
                    ],
                ),
                (
                    "3. Văn hóa – xã hội",
                    [
                        "Tổ chức giải bóng chuyền hơi chào mừng ngày Gia đình Việt Nam 28/6.",
                    ],
                ),
            ],
            "model_lead": "Mô hình do Công an xã Pác Nà Hin xây dựng tại thôn (ra mắt ngày "
            "26/4/2026), đồng chí Nông Văn Khởi, Phó Trưởng Công an xã phụ trách, SĐT 0977 305 "
            "884. Sau 2 tháng:",
            "results": [
                "- 29 hộ kinh doanh và hộ dân đã tự nguyện lắp 24 mắt camera tại 8 điểm, trị "
                "giá 68 triệu đồng do nhân dân tự bỏ tiền;",
                "- Hình ảnh camera giúp làm rõ 1 vụ trộm xe máy, 1 vụ va chạm giao thông;",
                "- Từ tháng 5/2026 đến nay thôn không xảy ra trộm cắp tài sản.",
            ],
            "requests": [
                "Đề nghị Công an xã hướng dẫn thêm cho tổ an ninh thôn cách trích xuất, lưu "
                "giữ hình ảnh.",
            ],
            "next_head": "IV. NHIỆM VỤ THÁNG 7/2026",
            "next": ["Vận động thêm 10 hộ lắp camera tại 3 điểm còn lại."],
            "recipients": ["- UBND xã;", "- Công an xã;", "- Lưu."],
            "head": "Chu Văn Lịch",
            "head_phone": "0336 902 174",
            "leader": ("Nông Văn Khởi", "Phó Trưởng Công an xã"),
            "phone": "0977 305 884",
            "model": "Camera an ninh – mắt thần khu dân cư",
            "location": "thôn Pác Nà",
            "participants": 29,
            "funds": 68_000_000,
            "unit": "Công an xã Pác Nà Hin",
            "unit_alt": ["Thôn Pác Nà"],
            "traits": [
                "village_monthly_report",
                "model_of_another_unit",
                "model_in_heading",
                "decoy_village_head",
                "decoy_head_phone",
                "decoy_poverty_fund",
                "decoy_launch_date",
                "no_type_no_domain",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("baocao_truongthon", "report", ("S09", "S10"), render, ENTRIES)
