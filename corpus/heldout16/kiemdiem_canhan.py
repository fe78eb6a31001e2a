"""A report made inside a Party member's year-end self-review ("Bản kiểm điểm cá nhân", Mẫu
02A/02B-HD KĐ.ĐG): the member's particulars, then the strengths and results by the form's
numbered heads, one of which tells what the member's own "Dân vận khéo" model achieved.

After the year-end review forms of the Party's organisation board (S07: "ĐẢNG BỘ … / CHI BỘ
…", "ĐẢNG CỘNG SẢN VIỆT NAM", "BẢN KIỂM ĐIỂM CÁ NHÂN / Năm … / (Cá nhân giữ chức vụ lãnh đạo,
quản lý)", "Họ và tên: … Ngày sinh: …", "Chức vụ Đảng: …", "Chức vụ chính quyền: …", "Chức vụ
đoàn thể: …", "Đơn vị công tác: … Chi bộ …", "I. Ưu điểm, kết quả đạt được", "II. Hạn chế,
khuyết điểm và nguyên nhân", "III. … khắc phục …", "IV. Giải trình …", "V. Làm rõ trách nhiệm
…", "VI. Phương hướng, biện pháp khắc phục …", "VII. Tự nhận mức xếp loại chất lượng", "NGƯỜI
TỰ KIỂM ĐIỂM", the branch's and the committee's assessment) and members who report their model
there (S08). The member's rating, the branch's assessment and its secretary, the year's other
tasks and their figures are decoys.
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
        [(v["party"], "", 13), (v["branch_head"], "b", 13), ("*", "")],
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 14), ("", ""), (date_line(*v["date"]), "i", 13)],
    )
    k.para(doc, ("BẢN KIỂM ĐIỂM CÁ NHÂN", "b", 15), align="center", before=12, after=0)
    k.para(doc, ("Năm 2026", "b", 14), align="center", after=0)
    k.para(doc, (v["form_note"], "i", 13), align="center", after=8)
    for first, second in v["particulars"]:
        if first.endswith(" "):
            k.para(doc, first, (second, ""), after=2)
        else:
            k.tabbed(doc, [first, second], (8.5,))
    k.para(doc, ("I. Ưu điểm, kết quả đạt được", "b"), before=6)
    for heading, lines in v["strengths"]:
        k.para(doc, (heading, "bi"), first=1.0)
        for line in lines:
            if line == "@model":
                k.body(doc, v["model_lead"])
                for item in v["results"]:
                    k.para(doc, item, first=1.0)
                if v.get("table"):
                    rows = v["table"]
                    tbl = k.table(doc, len(rows) + 1, (1.2, 8.8, 3.0, 3.0))
                    for col, head in enumerate(("TT", "Nội dung", "Đăng ký", "Kết quả")):
                        k.cell_text(tbl.cell(0, col), (head, "b"), align="center", size=12)
                    for r, row in enumerate(rows, 1):
                        for col, text in enumerate((str(r), *row)):
                            k.cell_text(tbl.cell(r, col), text, size=12,
                                        align="left" if col == 1 else "center")  # fmt: skip
                    k.para(doc, "", after=0)
            else:
                k.body(doc, line)
    for heading, lines in v["rest"]:
        k.para(doc, (heading, "b"), before=4)
        for line in lines:
            k.body(doc, line)
    k.para(doc, ("VII. Tự nhận mức xếp loại chất lượng", "b"), before=4)
    k.body(doc, f"Xếp loại cá nhân: {v['rank']}")
    tbl = k.table(doc, 1, (8.0, 8.0), grid=False)
    k.cell_text(tbl.cell(0, 0), [""], align="center")
    k.cell_text(
        tbl.cell(0, 1),
        [("NGƯỜI TỰ KIỂM ĐIỂM", "b"), ("(ký, ghi rõ họ tên)", "i", 12), "", "", "",
         (v["person"], "b")],
        align="center",
    )  # fmt: skip
    k.para(doc, ("NHẬN XÉT, ĐÁNH GIÁ CỦA CHI BỘ", "b"), before=8)
    k.body(doc, v["assessment"])
    k.para(doc, (f"T/M CHI BỘ – BÍ THƯ: {v['secretary']}", "b"), align="right")
    person, position = v["person"], v["position"]
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
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], person, None)


ENTRIES = (
    Entry(
        "s10-kiemdiem-pnh-cb-pac-na",
        ("scan", "doc"),
        {
            "unit_id": "pnh-cb-pac-na",
            "party": "ĐẢNG BỘ XÃ PÁC NÀ HIN",
            "branch_head": "CHI BỘ THÔN PÁC NÀ",
            "date": ("Pác Nà", 4, 12, 2026),
            "form_note": "(Dành cho đảng viên không giữ chức vụ lãnh đạo, quản lý)",
            "particulars": [
                ("Họ và tên: Lục Văn Hảo", "Ngày sinh: 21/10/1985"),
                ("Chức vụ Đảng: ", "Đảng viên"),
                (
                    "Chức vụ chính quyền, đoàn thể: ",
                    "Tổ trưởng Tổ bảo vệ an ninh, trật tự ở cơ sở thôn Pác Nà",
                ),
                ("Đơn vị công tác: Thôn Pác Nà", "Chi bộ: thôn Pác Nà"),
                ("Điện thoại: ", "0862 157 904"),
            ],
            "strengths": [
                (
                    "1. Về tư tưởng chính trị",
                    [
                        "Chấp hành nghiêm chủ trương, đường lối của Đảng; tham gia đầy đủ 12/12 "
                        "buổi sinh hoạt chi bộ."
                    ],
                ),
                (
                    "2. Về phẩm chất đạo đức, lối sống; tác phong, lề lối làm việc",
                    ["Gương mẫu, giữ mối liên hệ mật thiết với nhân dân nơi cư trú."],
                ),
                (
                    "3. Về thực hiện chức trách, nhiệm vụ được giao",
                    [
                        "Tổ bảo vệ an ninh, trật tự thôn tổ chức 96 ca tuần tra, phối hợp Công "
                        "an xã giải quyết 11 vụ mâu thuẫn trong nhân dân.",
                        "@model",
                    ],
                ),
                (
                    "4. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm",
                    ["Thực hiện đầy đủ các nội dung đã cam kết đầu năm."],
                ),
            ],
            "model_lead": "Về mô hình “Dân vận khéo” cá nhân “Tổ trưởng an ninh kết nối Zalo "
            "với từng hộ” (lĩnh vực an ninh - quốc phòng) đăng ký tại thôn Pác Nà, kết quả:",
            "results": [
                "- Lập nhóm Zalo “An ninh Pác Nà” với 142/150 hộ tham gia, tiếp nhận 37 tin báo "
                "của nhân dân, trong đó 5 tin giúp Công an xã bắt giữ đối tượng trộm cắp;",
                "- Vận động nhân dân tự góp 46 triệu đồng lắp 12 mắt camera và loa cảnh báo tại "
                "các ngõ;",
                "- Năm 2026 thôn Pác Nà không có người vi phạm pháp luật, không có ma túy.",
            ],
            "table": [
                ("Số hộ tham gia nhóm Zalo", "120", "142"),
                ("Kinh phí nhân dân đóng góp (triệu đồng)", "30", "46"),
            ],
            "rest": [
                (
                    "II. Hạn chế, khuyết điểm và nguyên nhân",
                    ["Việc ghi chép sổ theo dõi tin báo có lúc chưa kịp thời."],
                ),
                (
                    "III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền "
                    "kết luận",
                    ["Không có."],
                ),
                (
                    "VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm",
                    ["Duy trì nhóm Zalo, giao 2 tổ viên thay nhau trực tin báo."],
                ),
            ],
            "rank": "Hoàn thành xuất sắc nhiệm vụ",
            "assessment": "Đồng chí Lục Văn Hảo hoàn thành xuất sắc nhiệm vụ, đề nghị Đảng ủy "
            "biểu dương.",
            "secretary": "Lương Văn Khiêm",
            "person": "Lục Văn Hảo",
            "position": "Tổ trưởng Tổ bảo vệ an ninh, trật tự ở cơ sở thôn Pác Nà",
            "position_alt": ["Tổ trưởng Tổ bảo vệ an ninh, trật tự"],
            "phone": "0862 157 904",
            "model": "Tổ trưởng an ninh kết nối Zalo với từng hộ",
            "type": "individual",
            "domain": "security_defense",
            "location": "thôn Pác Nà",
            "participants": 142,
            "funds": 46_000_000,
            "unit": "Chi bộ thôn Pác Nà",
            "unit_alt": ["CHI BỘ THÔN PÁC NÀ", "thôn Pác Nà"],
            "traits": [
                "year_end_review",
                "individual_model",
                "figures_table",
                "decoy_rank",
                "decoy_birth_date",
                "decoy_other_task_figures",
                "decoy_branch_secretary",
                "two_values_per_line",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "s11-kiemdiem-pnh-cb-tram-y-te",
        ("photo",),
        {
            "unit_id": "pnh-cb-tram-y-te",
            "party": "ĐẢNG BỘ XÃ PÁC NÀ HIN",
            "branch_head": "CHI BỘ TRẠM Y TẾ",
            "date": ("Pác Nà Hin", 10, 12, 2026),
            "form_note": "(Cá nhân giữ chức vụ lãnh đạo, quản lý)",
            "particulars": [
                ("Họ và tên: Hoàng Thị Pham", "Ngày sinh: 09/5/1976"),
                ("Chức vụ Đảng: ", "Bí thư Chi bộ"),
                ("Chức vụ chính quyền: ", "Trạm trưởng Trạm Y tế xã Pác Nà Hin"),
                ("Chức vụ đoàn thể: ", "Chủ tịch Công đoàn cơ sở"),
                ("Đơn vị công tác: Trạm Y tế xã", "Chi bộ: Trạm Y tế"),
            ],
            "strengths": [
                (
                    "1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống",
                    ["Luôn kiên định, gương mẫu; không có biểu hiện suy thoái."],
                ),
                (
                    "2. Về thực hiện chức trách, nhiệm vụ được giao; kết quả thực hiện các chỉ "
                    "tiêu, nhiệm vụ trong năm",
                    [
                        "Trạm khám, chữa bệnh cho 6.850 lượt người; tiêm chủng đầy đủ cho 98,6% "
                        "trẻ dưới 1 tuổi; đạt Bộ tiêu chí quốc gia về y tế xã.",
                        "@model",
                    ],
                ),
                (
                    "3. Về trách nhiệm nêu gương",
                    ["Thường xuyên về thôn, bản, gần gũi bà con."],
                ),
            ],
            "model_lead": "Thực hiện mô hình “Dân vận khéo” “Mẹ khỏe – con khỏe: sinh con tại "
            "trạm, không đẻ ở nhà” (mô hình cá nhân; lĩnh vực văn hóa - xã hội) ở 4 thôn vùng "
            "cao, bản thân đã:",
            "results": [
                "Cùng 12 cô đỡ thôn bản, cộng tác viên dân số đến từng nhà vận động; tỷ lệ phụ "
                "nữ sinh con tại trạm và bệnh viện tăng từ 71% lên 96%; không có tai biến sản "
                "khoa; 64 bà mẹ được khám thai đủ 4 lần.",
            ],
            "rest": [
                (
                    "II. Hạn chế, khuyết điểm và nguyên nhân",
                    ["Có lúc chưa sâu sát công tác chuyên môn do kiêm nhiệm nhiều việc."],
                ),
                (
                    "VI. Phương hướng, biện pháp khắc phục",
                    ["Phân công rõ nhiệm vụ cho Phó Trạm trưởng."],
                ),
            ],
            "rank": "Hoàn thành tốt nhiệm vụ",
            "assessment": "Chi bộ nhất trí mức xếp loại đồng chí tự nhận.",
            "secretary": "Hoàng Thị Pham",
            "person": "Hoàng Thị Pham",
            "position": "Trạm trưởng Trạm Y tế xã Pác Nà Hin",
            "position_alt": ["Bí thư Chi bộ", "Trạm trưởng Trạm Y tế xã"],
            "model": "Mẹ khỏe – con khỏe: sinh con tại trạm, không đẻ ở nhà",
            "type": "individual",
            "domain": "culture_society",
            "location": "4 thôn vùng cao",
            "participants": 12,
            "unit": "Chi bộ Trạm Y tế",
            "unit_alt": ["CHI BỘ TRẠM Y TẾ", "Chi bộ Trạm Y tế xã Pác Nà Hin"],
            "traits": [
                "year_end_review",
                "individual_model",
                "results_one_paragraph",
                "decoy_patients",
                "decoy_mothers",
                "decoy_percentages",
                "secretary_is_leader",
                "no_phone",
                "no_funds",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "s12-kiemdiem-pnh-chi-hoi-pn-phai-slam",
        ("scan",),
        {
            "unit_id": "pnh-chi-hoi-pn-phai-slam",
            "party": "ĐẢNG BỘ XÃ PÁC NÀ HIN",
            "branch_head": "CHI BỘ THÔN PHAI SLAM",
            "date": ("Phai Slam", 28, 11, 2026),
            "form_note": "(Dành cho đảng viên không giữ chức vụ lãnh đạo, quản lý)",
            "particulars": [
                ("Họ và tên: Vi Thị Lả", "Năm sinh: 1990"),
                ("Chức vụ Đảng: ", "Đảng viên"),
                ("Chức vụ đoàn thể: ", "Chi hội trưởng Chi hội Phụ nữ thôn Phai Slam"),
                ("Đơn vị: Chi hội Phụ nữ thôn Phai Slam", "ĐT: 0976 430 218"),
            ],
            "strengths": [
                (
                    "1. Về tư tưởng chính trị",
                    ["Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước."],
                ),
                (
                    "2. Về thực hiện nhiệm vụ được giao",
                    [
                        "Chi hội kết nạp 9 hội viên mới, quản lý 420 triệu đồng vốn vay Ngân hàng "
                        "Chính sách xã hội, không có nợ quá hạn.",
                        "@model",
                    ],
                ),
            ],
            "model_lead": "Về mô hình “Dân vận khéo” “Chi hội Phụ nữ Phai Slam nói không với tảo "
            "hôn” của Chi hội Phụ nữ thôn Phai Slam, do tôi trực tiếp phụ trách cùng 15 chị em "
            "trong tổ nòng cốt, kết quả năm 2026:",
            "results": [
                "- Nắm chắc 23 em gái từ 14 đến 17 tuổi của thôn; ngăn chặn kịp thời 2 đám cưới "
                "chưa đủ tuổi;",
                "- Tổ chức 4 buổi nói chuyện bằng tiếng Nùng cho 180 lượt người nghe;",
                "- Năm 2026 thôn Phai Slam không có trường hợp tảo hôn.",
            ],
            "rest": [
                (
                    "II. Hạn chế, khuyết điểm",
                    ["Kỹ năng tuyên truyền còn hạn chế, có buổi họp chưa đông."],
                ),
            ],
            "rank": "Hoàn thành tốt nhiệm vụ",
            "assessment": "Đồng ý.",
            "secretary": "Vi Văn Pảo",
            "person": "Vi Thị Lả",
            "position": "Chi hội trưởng Chi hội Phụ nữ thôn Phai Slam",
            "position_alt": ["Chi hội trưởng"],
            "phone": "0976 430 218",
            "model": "Chi hội Phụ nữ Phai Slam nói không với tảo hôn",
            "location": "thôn Phai Slam",
            "participants": 15,
            "unit": "Chi hội Phụ nữ thôn Phai Slam",
            "unit_alt": ["Chi hội PN thôn Phai Slam"],
            "traits": [
                "year_end_review",
                "unit_not_the_branch",
                "decoy_loans",
                "decoy_listeners",
                "decoy_girls",
                "decoy_branch_secretary",
                "no_type_no_domain",
                "no_funds",
                "tay_nung_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("kiemdiem_canhan", "report", ("S07", "S08"), render, ENTRIES)
