"""A registration made in running text inside a Party member's study essay ("Bài thu hoạch"):
after the member's understanding of the year's theme and the self-examination, the last part
("Kế hoạch làm theo") names the model the member will build and what the member will do, in
prose, without labels.

After the essays that Party members hand to their branch after studying the year's theme of
"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" (S01: "ĐẢNG BỘ XÃ … / CHI BỘ …"
with "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line, "BÀI THU HOẠCH", "Họ và tên: …", "Sinh hoạt
Đảng tại Chi bộ …", "… tôi xin trình bày những nhận thức, những kết quả thực hiện cụ thể của bản
thân như sau:", "1. Nhận thức của cá nhân về …", "Liên hệ bản thân") and the branches' practice
of turning the essay's last part into the member's registration of a model (S02). The theme's
dates, the directive's number, the member's birth year, the branch's comment and its secretary
are decoys.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    day, month, year = v["date"][1:]
    k.header_block(
        doc,
        [("ĐẢNG BỘ XÃ PHÙ MÃ THƯỢNG", "", 13), (v["branch_head"], "b", 13), ("*", "")],
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 14), ("", ""), (date_line(*v["date"]), "i", 13)],
    )
    k.para(doc, ("BÀI THU HOẠCH", "b", 15), align="center", before=12, after=0)
    for line in v["title"]:
        k.para(doc, (line, "b", 13), align="center", after=0)
    k.para(doc, "", after=4)
    for label, value in v["particulars"]:
        k.para(doc, (label, ""), (value, ""), after=1)
    k.body(doc, v["intro"], before=4)
    for heading, lines in v["parts"]:
        k.para(doc, (heading, "b"), before=4)
        for line in lines:
            k.body(doc, line)
    k.para(doc, (v["plan_head"], "b"), before=4)
    for line in v["plan"]:
        k.body(doc, line)
    k.signature(
        doc,
        [("NHẬN XÉT CỦA CHI BỘ", "b"), (v["comment"], "i", 12), "", ("BÍ THƯ", "b"), "", "",
         (v["secretary"], "b")],
        [("NGƯỜI VIẾT THU HOẠCH", "b"), ("(Ký, ghi rõ họ tên)", "i", 12), "", "", "",
         (v["person"], "b")],
        widths=(8.0, 8.0),
    )  # fmt: skip
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": v["person"],
        "leader_position": v.get("position"),
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": v["content"],
        "signed_date": iso(day, month, year),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
        "content": v.get("content_alt", []),
    }
    return doc, Truth("registration", fields, v["unit_id"], alt, v["traits"], v["person"], None)


ENTRIES = (
    Entry(
        "r01-thuhoach-pmt-cb-chieng-ma",
        ("scan", "doc"),
        {
            "unit_id": "pmt-cb-chieng-ma",
            "branch_head": "CHI BỘ THÔN CHIỀNG MÃ",
            "date": ("Phù Mã Thượng", 6, 3, 2026),
            "title": [
                "Học tập chuyên đề năm 2026 về học tập và làm theo",
                "tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            ],
            "particulars": [
                ("Họ và tên: ", "Quách Thị Nhung          Năm sinh: 1981"),
                ("Sinh hoạt Đảng tại: ", "Chi bộ thôn Chiềng Mã, Đảng bộ xã Phù Mã Thượng"),
                ("Chức vụ: ", "Chi hội trưởng Chi hội Phụ nữ thôn Chiềng Mã"),
            ],
            "intro": "Qua học tập chuyên đề năm 2026 theo Kế hoạch số 21-KH/ĐU ngày 14/01/2026 "
            "của Đảng ủy xã, tôi xin trình bày những nhận thức, liên hệ bản thân và kế hoạch làm "
            "theo như sau:",
            "parts": [
                (
                    "1. Nhận thức của cá nhân về nội dung chuyên đề",
                    [
                        "Chuyên đề nhấn mạnh lời Bác dạy “dễ trăm lần không dân cũng chịu, khó vạn "
                        "lần dân liệu cũng xong”; mỗi đảng viên phải gần dân, hiểu dân, học dân và "
                        "có trách nhiệm với dân. Đối với thôn Chiềng Mã có 86% là đồng bào Mường, "
                        "việc vận động phải bắt đầu từ tiếng nói, phong tục của bà con.",
                    ],
                ),
                (
                    "2. Liên hệ bản thân",
                    [
                        "Bản thân tôi đã tham gia đầy đủ sinh hoạt chi bộ, nhưng có lúc còn ngại "
                        "va chạm, chưa kiên trì khi vận động chị em bỏ tục thách cưới; việc ghi "
                        "chép sổ sách chi hội còn chậm.",
                    ],
                ),
            ],
            "plan_head": "3. Kế hoạch làm theo năm 2026",
            "plan": [
                "Làm theo lời Bác, năm 2026 tôi đăng ký xây dựng mô hình “Dân vận khéo” cá nhân "
                "“Khung cửi nhà tôi mở cho chị em cùng học” thuộc lĩnh vực kinh tế, thực hiện tại "
                "thôn Chiềng Mã. Tôi sẽ dành gian nhà sàn của gia đình làm nơi dạy dệt thổ cẩm "
                "Mường cho chị em vào các buổi tối thứ Ba, thứ Năm; tự đi mua sợi, nhận hàng về "
                "chia cho chị em dệt và bán hộ qua trang Zalo của chi hội; mời các cụ bà biết "
                "dệt hoa văn cổ cùng truyền nghề để giữ gìn bản sắc của người Mường.",
                "Mọi góp ý, đăng ký học dệt xin liên hệ tôi theo số điện thoại 0975 318 462.",
            ],
            "content": "Tôi sẽ dành gian nhà sàn của gia đình làm nơi dạy dệt thổ cẩm Mường cho "
            "chị em vào các buổi tối thứ Ba, thứ Năm; tự đi mua sợi, nhận hàng về chia cho chị em "
            "dệt và bán hộ qua trang Zalo của chi hội; mời các cụ bà biết dệt hoa văn cổ cùng "
            "truyền nghề để giữ gìn bản sắc của người Mường",
            "content_alt": [
                "Làm theo lời Bác, năm 2026 tôi đăng ký xây dựng mô hình “Dân vận khéo” cá nhân "
                "“Khung cửi nhà tôi mở cho chị em cùng học” thuộc lĩnh vực kinh tế, thực hiện tại "
                "thôn Chiềng Mã. Tôi sẽ dành gian nhà sàn của gia đình làm nơi dạy dệt thổ cẩm "
                "Mường cho chị em vào các buổi tối thứ Ba, thứ Năm; tự đi mua sợi, nhận hàng về "
                "chia cho chị em dệt và bán hộ qua trang Zalo của chi hội; mời các cụ bà biết "
                "dệt hoa văn cổ cùng truyền nghề để giữ gìn bản sắc của người Mường",
            ],
            "comment": "Chi bộ nhất trí với kế hoạch làm theo của đồng chí.",
            "secretary": "Quách Văn Tươi",
            "person": "Quách Thị Nhung",
            "position": "Chi hội trưởng Chi hội Phụ nữ thôn Chiềng Mã",
            "position_alt": ["Chi hội trưởng Chi hội Phụ nữ"],
            "phone": "0975 318 462",
            "model": "Khung cửi nhà tôi mở cho chị em cùng học",
            "type": "individual",
            "domain": "economy",
            "location": "thôn Chiềng Mã",
            "location_alt": ["gian nhà sàn của gia đình"],
            "unit": "Chi bộ thôn Chiềng Mã",
            "unit_alt": ["CHI BỘ THÔN CHIỀNG MÃ"],
            "traits": [
                "study_essay",
                "model_in_prose",
                "individual_model",
                "phone_in_prose",
                "decoy_plan_date",
                "decoy_birth_year",
                "decoy_branch_secretary",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r02-thuhoach-pmt-cb-truong-thcs",
        ("photo",),
        {
            "unit_id": "pmt-cb-truong-thcs",
            "branch_head": "CHI BỘ TRƯỜNG THCS PHÙ MÃ THƯỢNG",
            "date": ("Phù Mã Thượng", 28, 2, 2026),
            "title": ["Học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026"],
            "particulars": [
                ("Họ và tên: ", "Trương Văn Hòa"),
                ("Chức vụ: ", "Giáo viên, Tổ trưởng chuyên môn Tổ Xã hội"),
                ("Sinh hoạt tại: ", "Chi bộ Trường THCS Phù Mã Thượng"),
            ],
            "intro": "Thực hiện Công văn số 35-CV/ĐU ngày 09/02/2026 của Đảng ủy xã, sau khi "
            "nghiên cứu chuyên đề, tôi tự thu hoạch như sau:",
            "parts": [
                (
                    "I. NHẬN THỨC",
                    [
                        "Bác Hồ luôn coi giáo dục là sự nghiệp trồng người; người thầy phải là tấm "
                        "gương về đạo đức, tự học và thương yêu học trò, nhất là học trò nghèo ở "
                        "vùng đồng bào dân tộc.",
                    ],
                ),
                (
                    "II. LIÊN HỆ BẢN THÂN",
                    [
                        "Năm học 2025 – 2026 lớp 8A tôi chủ nhiệm có 4 em có nguy cơ bỏ học do "
                        "gia đình khó khăn, đi làm thuê ở Bến Đò; tôi nhận thấy mình mới chỉ gọi "
                        "điện cho phụ huynh, chưa đến tận nhà.",
                    ],
                ),
                (
                    "III. KẾ HOẠCH LÀM THEO",
                    [
                        "Từ những nhận thức trên, năm 2026 tôi xây dựng mô hình “Thầy đến từng nhà, "
                        "trò đến trường đủ” (mô hình cá nhân, lĩnh vực văn hóa - xã hội) trên địa "
                        "bàn thôn Bến Đò và thôn Cốc Mường. Cách làm của tôi là: mỗi tuần dành "
                        "một buổi chiều thứ Bảy đến thăm gia đình học sinh có hoàn cảnh khó khăn, "
                        "cùng trưởng thôn vận động phụ huynh cho con đi học đều; kèm miễn phí môn "
                        "Văn, Sử cho học sinh học yếu tại nhà văn hóa thôn; kêu gọi cựu học sinh "
                        "góp xe đạp cũ cho các em ở xa.",
                    ],
                ),
            ],
            "plan_head": "IV. ĐỀ XUẤT",
            "plan": [
                "Đề nghị chi bộ phân công đồng chí Bí thư Chi đoàn giáo viên cùng tham gia. Phụ "
                "huynh, thầy cô cần liên hệ xin gọi số 0359 624 071.",
            ],
            "content": "mỗi tuần dành một buổi chiều thứ Bảy đến thăm gia đình học sinh có hoàn "
            "cảnh khó khăn, cùng trưởng thôn vận động phụ huynh cho con đi học đều; kèm miễn phí "
            "môn Văn, Sử cho học sinh học yếu tại nhà văn hóa thôn; kêu gọi cựu học sinh góp xe "
            "đạp cũ cho các em ở xa",
            "content_alt": [
                "Cách làm của tôi là: mỗi tuần dành một buổi chiều thứ Bảy đến thăm gia đình học "
                "sinh có hoàn cảnh khó khăn, cùng trưởng thôn vận động phụ huynh cho con đi học "
                "đều; kèm miễn phí môn Văn, Sử cho học sinh học yếu tại nhà văn hóa thôn; kêu gọi "
                "cựu học sinh góp xe đạp cũ cho các em ở xa",
            ],
            "comment": "Đồng ý. Giao đ/c Hoàng Minh Tuấn theo dõi.",
            "secretary": "Trịnh Thị Bích",
            "person": "Trương Văn Hòa",
            "position": "Giáo viên, Tổ trưởng chuyên môn Tổ Xã hội",
            "position_alt": ["Giáo viên", "Tổ trưởng chuyên môn Tổ Xã hội"],
            "phone": "0359 624 071",
            "model": "Thầy đến từng nhà, trò đến trường đủ",
            "type": "individual",
            "domain": "culture_society",
            "location": "thôn Bến Đò và thôn Cốc Mường",
            "unit": "Chi bộ Trường THCS Phù Mã Thượng",
            "unit_alt": ["CHI BỘ TRƯỜNG THCS PHÙ MÃ THƯỢNG"],
            "traits": [
                "study_essay",
                "model_in_prose",
                "individual_model",
                "phone_in_request",
                "decoy_letter_date",
                "decoy_assigned_member",
                "decoy_branch_secretary",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r03-thuhoach-pmt-cb-ben-do",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "pmt-cb-ben-do",
            "branch_head": "CHI BỘ THÔN BẾN ĐÒ",
            "date": ("Bến Đò", 11, 3, 2026),
            "title": ["Học tập chuyên đề năm 2026"],
            "particulars": [
                ("Tôi tên là: ", "Bùi Văn Sinh          Sinh ngày 19/5/1958"),
                ("Sinh hoạt Đảng tại Chi bộ: ", "thôn Bến Đò"),
                ("Chức vụ hiện nay: ", "Chủ tịch Hội Cựu chiến binh xã Phù Mã Thượng"),
            ],
            "intro": "Qua học tập chuyên đề, tôi xin trình bày những nhận thức, những kết quả "
            "thực hiện cụ thể của bản thân như sau:",
            "parts": [
                (
                    "1. Nhận thức của cá nhân",
                    [
                        "Người cựu chiến binh phải phát huy bản chất “Bộ đội Cụ Hồ”, trung thành, "
                        "gương mẫu, đi đầu trong mọi phong trào ở khu dân cư.",
                    ],
                ),
                (
                    "2. Liên hệ bản thân",
                    [
                        "Trong năm 2025, tôi cùng Hội vận động 12 hộ hiến đất làm đường ra bến; "
                        "tuy nhiên mùa lũ năm 2025 bến đò ngang qua sông Mã vẫn để xảy ra 1 vụ "
                        "lật thuyền nhỏ do chở quá số người.",
                    ],
                ),
            ],
            "plan_head": "3. Việc làm theo trong năm 2026",
            "plan": [
                "Tôi nhận xây dựng mô hình “Cựu chiến binh giữ bến đò an toàn” ở bến đò ngang "
                "thôn Bến Đò, với những việc cụ thể như sau. Một là, cùng các hội viên cựu chiến "
                "binh trong thôn thay nhau trực bến vào giờ học sinh qua sông sáng, chiều. Hai là, "
                "vận động các chủ đò ký cam kết chở đúng số người, 100% người qua đò mặc áo phao. "
                "Ba là, phối hợp Công an xã dừng đò khi nước sông lên cao.",
            ],
            "content": "Một là, cùng các hội viên cựu chiến binh trong thôn thay nhau trực bến vào "
            "giờ học sinh qua sông sáng, chiều. Hai là, vận động các chủ đò ký cam kết chở đúng số "
            "người, 100% người qua đò mặc áo phao. Ba là, phối hợp Công an xã dừng đò khi nước "
            "sông lên cao",
            "content_alt": [
                "Tôi nhận xây dựng mô hình “Cựu chiến binh giữ bến đò an toàn” ở bến đò ngang "
                "thôn Bến Đò, với những việc cụ thể như sau. Một là, cùng các hội viên cựu chiến "
                "binh trong thôn thay nhau trực bến vào giờ học sinh qua sông sáng, chiều. Hai là, "
                "vận động các chủ đò ký cam kết chở đúng số người, 100% người qua đò mặc áo phao. "
                "Ba là, phối hợp Công an xã dừng đò khi nước sông lên cao",
            ],
            "comment": "Chi bộ ghi nhận.",
            "secretary": "Phạm Bá Cường",
            "person": "Bùi Văn Sinh",
            "position": "Chủ tịch Hội Cựu chiến binh xã Phù Mã Thượng",
            "position_alt": ["Chủ tịch Hội Cựu chiến binh xã", "Chủ tịch Hội CCB xã"],
            "model": "Cựu chiến binh giữ bến đò an toàn",
            "location": "bến đò ngang thôn Bến Đò",
            "location_alt": ["thôn Bến Đò", "bến đò ngang qua sông Mã"],
            "unit": "Chi bộ thôn Bến Đò",
            "unit_alt": ["CHI BỘ THÔN BẾN ĐÒ"],
            "traits": [
                "study_essay",
                "model_in_prose",
                "content_numbered_in_words",
                "no_type_no_domain",
                "no_phone",
                "decoy_birth_date",
                "decoy_last_year_figures",
                "decoy_branch_secretary",
                "tcvn3",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("thuhoach_lienhe", "registration", ("S01", "S02"), render, ENTRIES)
