"""A registration made inside a Party member's yearly commitment ("Bản cam kết tu dưỡng, rèn
luyện, phấn đấu năm …"): the member's particulars on dotted lines, the pledges on ideology,
ethics and duties, and in the duties' section the individual model the member undertakes.

After the commitment sheets that every Party member hands to the branch at the start of the year
(S01: the Party header "ĐẢNG BỘ … / CHI BỘ …" with "ĐẢNG CỘNG SẢN VIỆT NAM", "BẢN CAM KẾT TU
DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM …", "Họ và tên: … Ngày sinh: …", "Chức vụ Đảng: …", "I. Về tư
tưởng chính trị", "II. Về phẩm chất đạo đức, lối sống", "III. Về thực hiện chức trách, nhiệm vụ
được giao", "Tự nhận mức phấn đấu", "NGƯỜI CAM KẾT", "XÁC NHẬN CỦA CHI BỘ") and the branches'
practice of listing each member's "Dân vận khéo" model there (S02). The member is the individual
of the model; the branch secretary who confirms, the member's birth date, the year's targets and
the date of the Party's guidance are decoys.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def _fill(text: str, hand: bool) -> k.Run:
    return (text, "h") if hand else (text, "")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    hand = v.get("hand", False)
    day, month, year = v["date"][1:]
    dateline = date_line(v["date"][0], day, month, year)
    k.header_block(
        doc,
        [(v["party"], "", 13), (v["branch_head"], "b", 13), ("*", "")],
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 14), ("", ""), (dateline, "i", 13)],
    )
    k.para(doc, ("BẢN CAM KẾT", "b", 15), align="center", before=12, after=0)
    k.para(doc, (v["title"], "b", 14), align="center", after=8)
    stops = (16.0,)
    for label, value in v["particulars"]:
        k.tabbed(doc, [[(label, ""), _fill(value, hand)], ""], stops, leader="dot")
    k.para(doc, "", after=0)
    k.body(doc, v["intro"])
    for heading, lines in v["sections"]:
        k.para(doc, (heading, "b"), before=4)
        for line in lines:
            k.body(doc, line)
    if v["model_heading"]:
        k.para(doc, (v["model_heading"], "b"), before=4)
    for label, value in v["model_lines"]:
        if value is None:
            k.para(doc, (label, "i"), indent=0.5)
        else:
            k.para(doc, (label, "i"), _fill(value, hand), indent=0.5)
    for line in v["content"]:
        k.para(doc, _fill(line, hand), indent=1.0)
    for heading, lines in v.get("after", []):
        k.para(doc, (heading, "b"), before=4)
        for line in lines:
            k.body(doc, line)
    k.para(doc, ("Tự nhận mức phấn đấu: ", "b"), _fill(v["rank"], hand), before=4)
    k.body(doc, v["closing"])
    k.signature(
        doc,
        [
            ("XÁC NHẬN CỦA CHI BỘ", "b"),
            (v["confirm"], "i", 12),
            ("BÍ THƯ", "b"),
            "",
            "",
            (v["secretary"], "b"),
        ],
        [("NGƯỜI CAM KẾT", "b"), ("(Ký, ghi rõ họ tên)", "i", 12), "", "", "", (v["person"], "b")],
        widths=(8.0, 8.0),
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": v["person"],
        "leader_position": v["position"],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined(v["content"]).rstrip(".;"),
        "signed_date": iso(day, month, year),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], v["person"], v.get("stamp")
    )


ENTRIES = (
    Entry(
        "s01-camket-pnh-cb-na-ban",
        ("scan", "doc"),
        {
            "unit_id": "pnh-cb-na-ban",
            "party": "ĐẢNG BỘ XÃ PÁC NÀ HIN",
            "branch_head": "CHI BỘ THÔN NÀ BẢN",
            "date": ("Pác Nà Hin", 9, 2, 2026),
            "title": "TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026",
            "particulars": [
                ("Họ và tên: ", "Lương Thị Mìn        Ngày sinh: 14/7/1979"),
                ("Chức vụ Đảng: ", "Đảng viên"),
                ("Chức vụ đoàn thể: ", "Chủ tịch Hội Liên hiệp Phụ nữ xã Pác Nà Hin"),
                ("Sinh hoạt tại: ", "Chi bộ thôn Nà Bản, Đảng bộ xã Pác Nà Hin"),
                ("Điện thoại: ", "0968.214.537"),
            ],
            "intro": "Căn cứ Hướng dẫn số 08-HD/ĐU ngày 12/01/2026 của Đảng ủy xã về việc đảng "
            "viên đăng ký cam kết tu dưỡng, rèn luyện, phấn đấu năm 2026, tôi xin cam kết "
            "thực hiện những nội dung sau:",
            "sections": [
                (
                    "I. Về tư tưởng chính trị",
                    [
                        "Tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng; chấp hành nghiêm "
                        "Cương lĩnh, Điều lệ Đảng, nghị quyết, chỉ thị của Đảng, chính sách, pháp "
                        "luật của Nhà nước; tham gia đầy đủ sinh hoạt chi bộ.",
                    ],
                ),
                (
                    "II. Về phẩm chất đạo đức, lối sống",
                    [
                        "Giữ gìn phẩm chất đạo đức, lối sống giản dị, gần dân; gương mẫu thực "
                        "hiện nếp sống văn minh trong việc cưới, việc tang ở thôn Nà Bản.",
                    ],
                ),
                (
                    "III. Về thực hiện chức trách, nhiệm vụ được giao",
                    [
                        "Phấn đấu cùng Ban Chấp hành Hội hoàn thành 100% chỉ tiêu Hội LHPN tỉnh "
                        "giao; phát triển thêm 35 hội viên mới; giúp 10 hộ hội viên thoát nghèo.",
                    ],
                ),
            ],
            "model_heading": "IV. Đăng ký xây dựng mô hình “Dân vận khéo” năm 2026",
            "model_lines": [
                ("Tên mô hình: ", "“Nhóm phụ nữ Tày nấu thạch đen sạch”"),
                ("Loại mô hình: ", "Cá nhân – lĩnh vực kinh tế"),
                ("Địa bàn thực hiện: ", "thôn Nà Bản và thôn Pác Nà"),
                ("Nội dung, cách làm:", None),
            ],
            "content": [
                "- Vận động 20 chị em hội viên trồng cây thạch đen theo quy trình an toàn, "
                "không dùng thuốc diệt cỏ;",
                "- Hướng dẫn chị em nấu, đóng hộp thạch đen, làm nhãn mác và bán qua mạng xã "
                "hội, sàn thương mại điện tử của tỉnh;",
                "- Lập tổ góp vốn xoay vòng giúp hội viên nghèo mua nồi nấu, máy ép miệng hộp.",
            ],
            "rank": "Hoàn thành xuất sắc nhiệm vụ",
            "closing": "Tôi xin hứa thực hiện nghiêm túc những nội dung đã cam kết, chịu sự "
            "giám sát của chi bộ và quần chúng nhân dân nơi cư trú.",
            "confirm": "Chi bộ nhất trí với nội dung cam kết của đồng chí",
            "secretary": "Nông Văn Tường",
            "person": "Lương Thị Mìn",
            "model": "Nhóm phụ nữ Tày nấu thạch đen sạch",
            "type": "individual",
            "domain": "economy",
            "position": "Chủ tịch Hội Liên hiệp Phụ nữ xã Pác Nà Hin",
            "position_alt": ["Chủ tịch Hội Liên hiệp Phụ nữ xã", "Chủ tịch Hội LHPN xã"],
            "phone": "0968.214.537",
            "location": "thôn Nà Bản và thôn Pác Nà",
            "unit": "Chi bộ thôn Nà Bản",
            "unit_alt": ["CHI BỘ THÔN NÀ BẢN"],
            "traits": [
                "commitment_sheet",
                "individual_model",
                "dotted_particulars",
                "label_own_line",
                "decoy_birth_date",
                "decoy_guidance_date",
                "decoy_branch_secretary",
                "decoy_targets",
                "tay_nung_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "s02-camket-pnh-cb-phai-slam",
        ("photo",),
        {
            "unit_id": "pnh-cb-phai-slam",
            "hand": True,
            "party": "ĐẢNG BỘ XÃ PÁC NÀ HIN",
            "branch_head": "CHI BỘ THÔN PHAI SLAM",
            "date": ("Phai Slam", 20, 1, 2026),
            "title": "TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU VÀ LÀM THEO LỜI BÁC NĂM 2026",
            "particulars": [
                ("Họ và tên: ", "Mã Văn Sính"),
                ("Năm sinh: ", "1968        Dân tộc: Nùng"),
                ("Chức vụ Đảng: ", "Chi ủy viên"),
                ("Chức vụ chính quyền, đoàn thể: ", "Trưởng thôn Phai Slam"),
                ("Sinh hoạt tại: ", "Chi bộ thôn Phai Slam"),
            ],
            "intro": "Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Kế hoạch số 14-KH/ĐU ngày "
            "05/01/2026 của Đảng ủy xã, tôi xin cam kết tu dưỡng, rèn luyện, phấn đấu năm 2026 "
            "như sau:",
            "sections": [
                (
                    "I. Về tư tưởng chính trị",
                    [
                        "Kiên định mục tiêu, lý tưởng của Đảng; tuyên truyền, vận động bà con "
                        "Nùng trong thôn không nghe, không theo kẻ xấu lôi kéo qua biên giới.",
                    ],
                ),
                (
                    "II. Về phẩm chất đạo đức, lối sống",
                    [
                        "Sống trung thực, đoàn kết; không uống rượu trong giờ làm việc, gương mẫu "
                        "để gia đình thực hiện tốt quy ước thôn.",
                    ],
                ),
                (
                    "III. Về thực hiện chức trách, nhiệm vụ được giao",
                    [
                        "Phối hợp Ban công tác Mặt trận thôn hoàn thành các chỉ tiêu xã giao: "
                        "thu quỹ đạt 100%, 95% hộ đạt danh hiệu gia đình văn hóa.",
                        "Về làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, tôi đăng ký xây "
                        "dựng mô hình “Dân vận khéo” như dưới đây.",
                    ],
                ),
            ],
            "model_heading": "Mô hình đăng ký:",
            "model_lines": [
                (
                    "Tên: ",
                    "Trưởng thôn đi từng ngõ, gõ từng nhà giải phóng mặt bằng đường biên giới",
                ),
                ("Nơi làm: ", "tuyến đường Phai Slam – mốc 1092"),
                ("Việc làm cụ thể:", None),
            ],
            "content": [
                "1. Đến từng hộ có đất nằm trong tuyến đường để giải thích chủ trương, lắng nghe "
                "ý kiến, cùng Ban phát triển thôn đo đạc, công khai diện tích hiến đất;",
                "2. Bản thân và gia đình hiến trước 350 m² đất vườn, chặt 40 cây hồi làm gương;",
                "3. Phối hợp đồn biên phòng, công an xã giải quyết ngay vướng mắc, không để "
                "khiếu kiện kéo dài.",
            ],
            "after": [
                (
                    "IV. Đề nghị",
                    [
                        "Đề nghị chi bộ phân công 01 đồng chí chi ủy viên cùng theo dõi, giúp đỡ "
                        "tôi thực hiện mô hình.",
                    ],
                ),
            ],
            "rank": "Hoàn thành tốt nhiệm vụ",
            "closing": "Trên đây là bản cam kết của tôi, xin chi bộ giám sát, giúp đỡ.",
            "confirm": "Đồng ý, giao đ/c Lục Văn Hảo cùng theo dõi",
            "secretary": "Vi Văn Pảo",
            "person": "Mã Văn Sính",
            "model": "Trưởng thôn đi từng ngõ, gõ từng nhà giải phóng mặt bằng đường biên giới",
            "position": "Trưởng thôn Phai Slam",
            "position_alt": ["Chi ủy viên", "Trưởng thôn"],
            "location": "tuyến đường Phai Slam – mốc 1092",
            "location_alt": ["tuyến đường Phai Slam - mốc 1092", "thôn Phai Slam"],
            "unit": "Chi bộ thôn Phai Slam",
            "unit_alt": ["CHI BỘ THÔN PHAI SLAM"],
            "traits": [
                "commitment_sheet",
                "handwritten_fill",
                "no_type_no_domain",
                "decoy_plan_date",
                "decoy_branch_secretary",
                "decoy_assigned_member",
                "no_phone",
                "tay_nung_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "s03-camket-pnh-cb-khuoi-hin",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "pnh-cb-khuoi-hin",
            "party": "ĐẢNG BỘ XÃ PÁC NÀ HIN",
            "branch_head": "CHI BỘ THÔN KHUỔI HIN",
            "date": ("Khuổi Hin", None, 2, 2026),
            "title": "TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026",
            "particulars": [
                ("Họ và tên: ", "Hà Thị Vằn        Sinh ngày: 03/3/1962"),
                ("Chức vụ Đảng: ", "Đảng viên (miễn sinh hoạt: không)"),
                (
                    "Chức vụ đoàn thể: ",
                    "Chi hội trưởng Chi hội Người cao tuổi thôn Khuổi Hin, giáo viên nghỉ hưu",
                ),
                ("Chi bộ: ", "Khuổi Hin"),
                ("Điện thoại: ", "0385 917 062"),
            ],
            "intro": "Tôi xin cam kết trước chi bộ những nội dung tu dưỡng, rèn luyện, phấn đấu "
            "năm 2026 như sau:",
            "sections": [
                (
                    "I. Về tư tưởng chính trị",
                    [
                        "Thường xuyên học tập nghị quyết, đọc báo Lạng Sơn; tuyên truyền cho "
                        "người cao tuổi trong thôn hiểu, làm theo chủ trương của Đảng.",
                    ],
                ),
                (
                    "II. Về phẩm chất đạo đức, lối sống",
                    [
                        "Giữ gìn đoàn kết trong dòng họ, khu dân cư; nêu gương cho con cháu.",
                    ],
                ),
                (
                    "III. Về thực hiện chức trách, nhiệm vụ được giao",
                    [
                        "Tôi đăng ký xây dựng mô hình cá nhân “Lớp học chữ Tày – Nôm cho thiếu "
                        "nhi”, thuộc lĩnh vực văn hóa - xã hội, thực hiện tại nhà văn hóa thôn "
                        "Khuổi Hin, gồm các việc:",
                    ],
                ),
            ],
            "model_heading": "",
            "model_lines": [],
            "content": [
                "a) Mở lớp dạy đọc, viết chữ Tày, chữ Nôm Tày và hát then, hát lượn vào chiều "
                "thứ Bảy, Chủ nhật hằng tuần cho 25 - 30 cháu thiếu nhi;",
                "b) Sưu tầm, chép lại các bài lượn cổ, câu đố, tục ngữ Tày của các cụ trong "
                "thôn thành tập tài liệu;",
                "c) Tự bỏ công, vận động phụ huynh góp giấy bút, không thu học phí.",
            ],
            "rank": "Hoàn thành tốt nhiệm vụ",
            "closing": "Tôi xin hứa thực hiện đúng những điều đã cam kết.",
            "confirm": "Chi bộ xác nhận",
            "secretary": "Hoàng Văn Slằn",
            "person": "Hà Thị Vằn",
            "model": "Lớp học chữ Tày – Nôm cho thiếu nhi",
            "type": "individual",
            "domain": "culture_society",
            "position": "Chi hội trưởng Chi hội Người cao tuổi thôn Khuổi Hin",
            "position_alt": [
                "Chi hội trưởng Chi hội Người cao tuổi thôn Khuổi Hin, giáo viên nghỉ hưu",
                "Chi hội trưởng Chi hội Người cao tuổi",
            ],
            "phone": "0385 917 062",
            "location": "nhà văn hóa thôn Khuổi Hin",
            "location_alt": ["thôn Khuổi Hin"],
            "unit": "Chi bộ thôn Khuổi Hin",
            "unit_alt": ["CHI BỘ THÔN KHUỔI HIN", "Chi bộ Khuổi Hin"],
            "traits": [
                "commitment_sheet",
                "model_in_prose",
                "decoy_birth_date",
                "decoy_branch_secretary",
                "date_day_blank",
                "tcvn3",
                "tay_nung_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("camket_dangvien", "registration", ("S01", "S02"), render, ENTRIES)
