"""The steering group's record of checking a unit's model ("BIÊN BẢN kiểm tra, đánh giá …").

After the minutes of appraisal boards (T05: "Hôm nay, vào hồi …", the members with their posts,
the conclusion, the closing sentence, three signatures) and the commune's plans of checking and
assessing programmes on site (T06): the steering board in the header (not the unit), the
title and its "Kiểm tra, đánh giá kết quả …" line, "Hôm nay, vào hồi … giờ … phút, ngày …
tháng … năm …" with the place and the unit checked, "I. THÀNH PHẦN" (the checking group, each
person with a post on a tabbed line; then the unit's people, among them the person in charge),
"II. NỘI DUNG KIỂM TRA" (the model's information as dash lines, the figures found on site, the
results, what falls short), "III. KẾT LUẬN" with points and a rating, the unit's opinion, the
closing sentence, and the unit's representative beside the group's leader.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits


def _people(doc: Document, people: list[tuple[str, str]]) -> None:
    for name, post in people:
        k.tabbed(doc, [f"- {name}", post], [6.0], indent=0.5)


def _body(doc: Document, v: dict[str, Any]) -> None:
    _, day, month, year = v["date"]
    k.body(doc, f"Hôm nay, vào hồi {v['hour']}, ngày {day:02d} tháng {month:02d} năm {year}, tại "
                f"{v['venue']}, Tổ kiểm tra của {v['board']} tiến hành kiểm tra, đánh giá kết "
                f"quả xây dựng mô hình “Dân vận khéo” của {v['unit_line']}.")  # fmt: skip
    k.para(doc, ("I. THÀNH PHẦN", "b"), before=4)
    k.para(doc, ("1. Tổ kiểm tra:", "b"), indent=0.5)
    _people(doc, v["checkers"])
    k.para(doc, (f"2. Đại diện {v['unit_line']}:", "b"), indent=0.5)
    _people(doc, v["hosts"])
    k.para(doc, ("II. NỘI DUNG KIỂM TRA", "b"), before=4)
    k.para(doc, ("1. Thông tin về mô hình", "b"), indent=0.5)
    for line in v["info"]:
        k.para(doc, f"- {line}", indent=0.5)
    k.para(doc, ("2. Kết quả kiểm tra thực tế", "b"), indent=0.5)
    k.para(doc, f"- Số người tham gia: {v['participants_text']}", indent=0.5)
    k.para(doc, f"- Nguồn lực huy động: {v['funds_text']}", indent=0.5)
    k.para(doc, "- Kết quả đạt được: ", v["results"], indent=0.5)
    k.para(doc, ("3. Tồn tại, hạn chế", "b"), indent=0.5)
    k.para(doc, f"- {v['weakness']}", indent=0.5)
    k.para(doc, ("III. KẾT LUẬN", "b"), before=4)
    k.body(doc, v["conclusion"])
    k.body(doc, f"Ý kiến của đơn vị: {v['reply']}")
    k.body(doc, f"Biên bản kết thúc vào hồi {v['end']} cùng ngày, đã đọc lại cho các thành viên "
                "cùng nghe, nhất trí thông qua và được lập thành 03 bản có giá trị như "
                "nhau./.")  # fmt: skip


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    right = [*k.quoc_hieu()]
    if v.get("header_date"):
        right.append((date_line(*v["date"]), "i", 13))
    k.header_block(doc, [*[(line, "b", 12) for line in v["board_caps"]], ("───────", "")], right,
                   (7.0, 9.0))  # fmt: skip
    k.para(doc, ("BIÊN BẢN", "b", 14), align="center", before=10, after=0)
    k.para(doc, (f"Kiểm tra, đánh giá kết quả xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}",
                 "b"), align="center", after=8)  # fmt: skip
    _body(doc, v)
    person, _ = v["leader"]
    k.signature(
        doc,
        [("ĐẠI DIỆN ĐƠN VỊ", "b"), "", "", "", (person, "b")],
        [("TỔ TRƯỞNG TỔ KIỂM TRA", "b"), "", "", "", (v["signer"], "b")],
        (8.0, 8.0),
    )
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": v["leader"][1],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    stamp = " ".join(v["board_caps"]) if v.get("stamp") else None
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


BOARD_KXA = ["ĐẢNG BỘ XÃ KHUỔI XA", "BAN CHỈ ĐẠO PHONG TRÀO", "THI ĐUA “DÂN VẬN KHÉO”"]
BOARD_NAME_KXA = "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã Khuổi Xa"

ENTRIES = (
    Entry(
        "t07-kiemtra-kxa-tram-y-te",
        ("scan",),
        {
            "unit_id": "kxa-tram-y-te",
            "board_caps": BOARD_KXA,
            "board": BOARD_NAME_KXA,
            "date": ("Khuổi Xa", 6, 11, 2026),
            "hour": "8 giờ 30 phút",
            "end": "10 giờ 45 phút",
            "venue": "Trạm Y tế xã Khuổi Xa",
            "unit_line": "Trạm Y tế xã Khuổi Xa",
            "unit_name": "Trạm Y tế xã Khuổi Xa",
            "unit_alt": ["Trạm Y tế xã"],
            "checkers": [
                ("Ông Ma Văn Quyết", "Phó Bí thư Thường trực Đảng ủy xã, Tổ trưởng"),
                ("Bà Lục Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã, Tổ phó"),
                ("Ông Hà Văn Tỉnh", "Chuyên viên Ban Xây dựng Đảng, Thư ký"),
            ],
            "hosts": [
                ("Bà Lý Thị Mẩy", "Trưởng Trạm Y tế, người phụ trách mô hình"),
                ("Bà Sùng Thị Mỷ", "Nhân viên y tế thôn Lũng Cẩu"),
            ],
            "model": "Mẹ khỏe – con khỏe nơi vùng cao",
            "info": [
                "Tên mô hình: “Mẹ khỏe – con khỏe nơi vùng cao”",
                "Người phụ trách: bà Lý Thị Mẩy, Trưởng Trạm Y tế; điện thoại: 0868 235 119",
                "Địa bàn thực hiện: 4 thôn vùng cao Lũng Cẩu, Phìn Hồ, Khuổi Phầy, Nà Pồng",
                "Thời gian thực hiện: từ tháng 01/2026",
            ],
            "leader": ("Lý Thị Mẩy", "Trưởng Trạm Y tế"),
            "phone": "0868 235 119",
            "location": "4 thôn vùng cao Lũng Cẩu, Phìn Hồ, Khuổi Phầy, Nà Pồng",
            "participants_text": "174 người (148 bà mẹ mang thai, nuôi con nhỏ và 26 nhân viên "
            "y tế thôn bản)",
            "participants": 174,
            "funds_text": "vận động nhà hảo tâm 36.500.000 đồng; Trung tâm Y tế khu vực hỗ trợ "
            "thuốc, vật tư trị giá 20.000.000 đồng",
            "funds": 36500000,
            "results": "Tỷ lệ phụ nữ sinh con tại cơ sở y tế tăng từ 61% lên 93%; không có tai "
            "biến sản khoa; tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 18,2%",
            "weakness": "Một số hộ ở xa vẫn còn tập quán sinh con tại nhà.",
            "conclusion": "Tổ kiểm tra thống nhất đánh giá mô hình đạt 92/100 điểm, xếp loại "
            "Xuất sắc; đề nghị Ban Chỉ đạo xem xét, công nhận mô hình “Dân vận khéo” cấp xã "
            "năm 2026.",
            "reply": "nhất trí với kết luận của Tổ kiểm tra.",
            "signer": "Ma Văn Quyết",
            "stamp": False,
            "traits": [
                "check_record",
                "people_with_posts_before_leader",
                "points_distractor",
                "state_support_distractor",
                "date_in_sentence",
                "board_in_header",
                "tay_hmong_dao_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t08-kiemtra-kxa-cb-lung-cau",
        ("photo", "doc"),
        {
            "unit_id": "kxa-cb-thon-lung-cau",
            "board_caps": BOARD_KXA,
            "board": BOARD_NAME_KXA,
            "date": ("Khuổi Xa", 11, 11, 2026),
            "header_date": True,
            "hour": "14 giờ 00 phút",
            "end": "16 giờ 30 phút",
            "venue": "Nhà văn hóa thôn Lũng Cẩu",
            "unit_line": "Chi bộ thôn Lũng Cẩu",
            "unit_name": "Chi bộ thôn Lũng Cẩu",
            "checkers": [
                ("Ông Hà Đức Mạnh", "Trưởng Công an xã, Tổ trưởng"),
                ("Ông Vi Văn Thạch", "Chủ tịch Hội Cựu chiến binh xã"),
                ("Bà Ma Thị Duyên", "Chủ tịch Hội LHPN xã, Thư ký"),
            ],
            "hosts": [
                ("Ông Giàng A Dở", "Bí thư Chi bộ thôn"),
                ("Ông Sùng A Pao", "Trưởng thôn"),
                ("Ông Vàng Mí Lử", "Trưởng dòng họ Vàng"),
            ],
            "model": "Dòng họ tự quản về an ninh trật tự",
            "type": "collective",
            "domain": "security_defense",
            "info": [
                "Tên mô hình: “Dòng họ tự quản về an ninh trật tự”",
                "Loại mô hình: tập thể; lĩnh vực: quốc phòng - an ninh",
                "Người phụ trách: ông Giàng A Dở, Bí thư Chi bộ thôn, số điện thoại 0337 908 512",
                "Địa bàn thực hiện: thôn Lũng Cẩu",
            ],
            "leader": ("Giàng A Dở", "Bí thư Chi bộ thôn"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0337 908 512",
            "location": "thôn Lũng Cẩu",
            "location_alt": ["Thôn Lũng Cẩu"],
            "participants_text": "5 dòng họ với 87 hộ",
            "participants": 87,
            "funds_text": "các dòng họ góp quỹ hoạt động 18.600.000 đồng",
            "funds": 18600000,
            "results": "Không có người vượt biên trái phép, không có tội phạm ma túy; 3 vụ "
            "mâu thuẫn được hòa giải thành ngay tại dòng họ; 100% hộ ký cam kết không tảo hôn",
            "weakness": "Sổ sách ghi chép của một số dòng họ chưa đầy đủ.",
            "conclusion": "Mô hình đạt 88/100 điểm, xếp loại Tốt. Tổ kiểm tra đề nghị Chi bộ "
            "tiếp tục duy trì, nhân rộng sang thôn Phìn Hồ.",
            "reply": "Chi bộ thôn Lũng Cẩu tiếp thu và khắc phục các hạn chế.",
            "signer": "Hà Đức Mạnh",
            "stamp": False,
            "traits": [
                "check_record",
                "people_with_posts_before_leader",
                "points_distractor",
                "hmong_names",
                "board_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t09-kiemtra-cb-xom-7",
        ("scan",),
        {
            "unit_id": "cb-xom-7",
            "board_caps": ["ĐẢNG BỘ XÃ NGHĨA THÁI", "BAN CHỈ ĐẠO “DÂN VẬN KHÉO”"],
            "board": "Ban Chỉ đạo “Dân vận khéo” xã Nghĩa Thái",
            "date": ("Nghĩa Thái", 25, 11, 2024),
            "hour": "8 giờ 00 phút",
            "end": "10 giờ 15 phút",
            "venue": "Nhà văn hóa xóm 7",
            "unit_line": "Chi bộ xóm 7",
            "unit_name": "Chi bộ xóm 7",
            "checkers": [
                ("Ông Vũ Đức Hạnh", "Trưởng Ban Dân vận Đảng ủy, Tổ trưởng"),
                ("Bà Trần Thị Mai", "Phó Chủ tịch Ủy ban MTTQ xã, Thư ký"),
            ],
            "hosts": [
                ("Ông Nguyễn Văn Tư", "Bí thư Chi bộ, Trưởng Ban công tác Mặt trận xóm"),
                ("Ông Lê Văn Bình", "Xóm trưởng"),
            ],
            "model": "Xóm 7 sáng – xanh – sạch – đẹp",
            "info": [
                "Tên mô hình: “Xóm 7 sáng – xanh – sạch – đẹp”",
                "Người phụ trách: ông Nguyễn Văn Tư, Bí thư Chi bộ",
                "Địa bàn thực hiện: xóm 7",
            ],
            "leader": ("Nguyễn Văn Tư", "Bí thư Chi bộ"),
            "position_alt": ["Bí thư Chi bộ, Trưởng Ban công tác Mặt trận xóm"],
            "location": "xóm 7",
            "location_alt": ["Xóm 7"],
            "participants_text": "126 hộ trong xóm",
            "participants": 126,
            "funds_text": "Nhân dân đóng góp 57 triệu đồng, xã hỗ trợ 20 triệu đồng",
            "funds": 57000000,
            "results": "Lắp 64 bóng đèn chiếu sáng trên 1,8 km đường xóm, trồng 420 m hàng rào "
            "xanh; rác thải được thu gom 2 lần mỗi tuần",
            "weakness": "Việc phân loại rác tại nguồn chưa đều.",
            "conclusion": "Mô hình xếp loại Tốt; đề nghị công nhận mô hình “Dân vận khéo” năm "
            "2024.",
            "reply": "nhất trí.",
            "signer": "Vũ Đức Hạnh",
            "stamp": False,
            "traits": [
                "check_record",
                "people_with_posts_before_leader",
                "state_support_distractor",
                "date_in_sentence",
                "no_phone",
            ],
        },
    ),
)

LAYOUT = Layout("bienban_kiemtra", "report", ("T05", "T06"), render, ENTRIES)
