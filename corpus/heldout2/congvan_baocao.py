"""A report sent as an official letter (công văn), the results told in numbered prose.

After the "công văn" of Nghị định 30/2020/NĐ-CP, Phụ lục III (G03): no type name in the title;
the gist "V/v …" in small type under the number on the left; "Kính gửi:" on its own line; an
opening "Thực hiện …" sentence that names the sender and the model; then numbered paragraphs
whose label and text share the line ("1. Về công tác triển khai: …", "2. Về kết quả đạt được:
…", "3. Về nguồn lực huy động: …", "4. Đề xuất, kiến nghị: …"); the person in charge and the
phone inside a sentence of item 1; the closing "… trân trọng báo cáo./."; "Nơi nhận: - Như
trên; - Lưu: VT."; the head's title in the signature ("HIỆU TRƯỞNG", "TRƯỞNG TRẠM", "KT. CHỦ
TỊCH / PHÓ CHỦ TỊCH").
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [(v["issuer"][0], "", 12), (v["issuer"][1], "b", 12), ("───────", ""),
         (f"Số: {v['number']}", "", 13),
         (f"V/v báo cáo kết quả thực hiện mô hình “Dân vận khéo” năm {v['date'][3]}", "", 11)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )  # fmt: skip
    k.para(doc, "", after=6)
    k.para(doc, "Kính gửi: ", (v["to"], ""), align="center", after=8)
    k.body(
        doc,
        f"Thực hiện {v['basis']}, {v['sender']} báo cáo kết quả thực hiện mô hình “Dân vận khéo” "
        f"“{v['model']}” năm {v['date'][3]} như sau:",
    )
    person, position = v["leader"]
    k.para(
        doc,
        ("1. Về công tác triển khai: ", "b"),
        f"{v['start']} Đơn vị giao {v['honorific']} {person}, {position}, trực tiếp phụ trách "
        f"mô hình (điện thoại {v['phone']}); {v['start_more']}",
        first=1.0,
    )
    opening, *rest = v["results"]
    k.para(doc, ("2. Về kết quả đạt được: ", "b"), opening, first=1.0)
    for line in rest:
        k.body(doc, line)
    k.para(doc, ("3. Về nguồn lực huy động: ", "b"), v["resources"], first=1.0)
    k.para(doc, ("4. Đề xuất, kiến nghị: ", "b"), v["proposal"], first=1.0)
    k.body(doc, f"Trên đây là báo cáo kết quả thực hiện mô hình của {v['sender']}./.")
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), ("- Như trên;", "", 11), ("- Lưu: VT.", "", 11)],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    stamp = f"{v['issuer'][0]} {v['issuer'][1]}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "g04-congvan-kbn-truong-mam-non",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "kbn-truong-mam-non",
            "issuer": ("UBND XÃ KIM BÌNH NAM", "TRƯỜNG MẦM NON KIM BÌNH NAM"),
            "number": "27/MNKBN",
            "date": ("Kim Bình Nam", 20, 11, 2026),
            "to": "Ban Dân vận Đảng ủy xã Kim Bình Nam.",
            "basis": "Công văn số 112-CV/ĐU ngày 15/10/2026 của Đảng ủy xã về báo cáo kết quả "
            "phong trào thi đua “Dân vận khéo”",
            "sender": "Trường Mầm non Kim Bình Nam",
            "unit_name": "Trường Mầm non Kim Bình Nam",
            "unit_alt": ["TRƯỜNG MẦM NON KIM BÌNH NAM", "Trường MN Kim Bình Nam"],
            "model": "Vườn rau an toàn của bé",
            "start": "Đầu năm học, nhà trường họp phụ huynh các lớp, thống nhất cách làm và "
            "lịch chăm sóc vườn.",
            "honorific": "cô",
            "leader": ("Ma Thị Hoa", "Phó Hiệu trưởng"),
            "phone": "0912 604 318",
            "start_more": "mỗi lớp nhận một luống rau, phụ huynh thay nhau tưới vào cuối tuần.",
            "results": [
                "Cải tạo 420 m2 đất bỏ hoang sau trường thành vườn rau, cung cấp 1,6 tấn rau "
                "sạch cho bếp ăn bán trú; 100% trẻ được tham gia trải nghiệm gieo hạt, thu hoạch.",
                "Mô hình được Phòng Văn hóa - Xã hội xã chọn làm điểm tham quan cho các trường "
                "trong cụm.",
            ],
            "resources": "nhà trường đã vận động 186 phụ huynh tham gia với 410 ngày công; cha "
            "mẹ trẻ và các nhà hảo tâm ủng hộ 48,5 triệu đồng làm hàng rào, hệ thống tưới.",
            "participants": 186,
            "funds": 48500000,
            "proposal": "đề nghị Đảng ủy xã hỗ trợ nhân rộng mô hình sang các điểm trường thôn.",
            "sign_block": ["HIỆU TRƯỞNG"],
            "signer": "Hà Thị Phương",
            "traits": [
                "letter_style",
                "results_in_numbered_prose",
                "person_in_prose",
                "leader_not_signer",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g05-congvan-kbn-tram-y-te",
        ("photo",),
        {
            "unit_id": "kbn-tram-y-te",
            "issuer": ("TTYT KHU VỰC CHIÊM SƠN", "TRẠM Y TẾ XÃ KIM BÌNH NAM"),
            "number": "19/TYT",
            "date": ("Kim Bình Nam", 24, 11, 2026),
            "to": "Ban Dân vận Đảng ủy xã Kim Bình Nam.",
            "basis": "Công văn số 112-CV/ĐU ngày 15/10/2026 của Đảng ủy xã",
            "sender": "Trạm Y tế xã Kim Bình Nam",
            "unit_name": "Trạm Y tế xã Kim Bình Nam",
            "unit_alt": ["TRẠM Y TẾ XÃ KIM BÌNH NAM", "TYT xã Kim Bình Nam"],
            "model": "Y tế thôn bản đồng hành cùng bà mẹ người Dao",
            "start": "Trạm Y tế phối hợp Hội Phụ nữ xã lập danh sách phụ nữ mang thai ở 5 thôn "
            "vùng cao.",
            "honorific": "ông",
            "leader": ("Bàn Văn Lợi", "Trưởng Trạm Y tế"),
            "position_alt": ["Trưởng trạm"],
            "phone": "0397.215.664",
            "start_more": "nhân viên y tế thôn bản đến từng nhà tư vấn khám thai và sinh tại trạm.",
            "results": [
                "Tỷ lệ phụ nữ người Dao sinh con tại cơ sở y tế tăng từ 61% lên 93%; không có "
                "trường hợp tử vong mẹ và trẻ sơ sinh.",
                "Tổ chức 14 buổi truyền thông bằng tiếng Dao tại nhà văn hóa thôn.",
            ],
            "resources": "có 352 lượt người dân tham gia các buổi truyền thông; các doanh "
            "nghiệp, nhà hảo tâm ủng hộ 27 triệu đồng mua quà cho bà mẹ và trẻ sơ sinh.",
            "participants": 352,
            "funds": 27000000,
            "proposal": "đề nghị tăng phụ cấp cho nhân viên y tế thôn bản vùng cao.",
            "sign_block": ["TRƯỞNG TRẠM"],
            "signer": "Bàn Văn Lợi",
            "traits": [
                "letter_style",
                "results_in_numbered_prose",
                "person_in_prose",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g06-congvan-ubnd",
        ("scan",),
        {
            "unit_id": "ubnd",
            "issuer": ("ỦY BAN NHÂN DÂN", "XÃ NGHĨA THÁI"),
            "number": "86/UBND-VP",
            "date": ("Nghĩa Thái", 5, 11, 2024),
            "to": "Ban Dân vận Huyện ủy Nghĩa Phong.",
            "basis": "Hướng dẫn số 21-HD/BDVHU ngày 12/3/2024 của Ban Dân vận Huyện ủy",
            "sender": "Ủy ban nhân dân xã Nghĩa Thái",
            "unit_name": "Ủy ban nhân dân xã Nghĩa Thái",
            "unit_alt": ["UBND xã Nghĩa Thái", "ỦY BAN NHÂN DÂN XÃ NGHĨA THÁI"],
            "model": "Bộ phận một cửa thân thiện, phục vụ Nhân dân",
            "start": "UBND xã ban hành kế hoạch, niêm yết công khai thủ tục và số điện thoại "
            "đường dây nóng.",
            "honorific": "ông",
            "leader": ("Hoàng Văn Quân", "Phó Chủ tịch UBND xã"),
            "position_alt": ["Phó Chủ tịch"],
            "phone": "0228 3861 245",
            "start_more": "công chức một cửa hướng dẫn người cao tuổi nộp hồ sơ trực tuyến.",
            "results": [
                "Giải quyết 2.146 hồ sơ, 99,2% trước và đúng hạn; 71% hồ sơ nộp trực tuyến.",
                "Không có đơn thư khiếu nại về thái độ phục vụ; mức hài lòng của người dân đạt "
                "97%.",
            ],
            "resources": "có 15 đoàn viên thanh niên tình nguyện tham gia hỗ trợ người dân vào "
            "các ngày cao điểm; doanh nghiệp trên địa bàn tài trợ 35 triệu đồng mua máy tính, "
            "ghế chờ.",
            "participants": 15,
            "funds": 35000000,
            "proposal": "đề nghị huyện bố trí thêm đường truyền cho bộ phận một cửa.",
            "sign_block": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "signer": "Hoàng Văn Quân",
            "traits": [
                "letter_style",
                "results_in_numbered_prose",
                "person_in_prose",
                "landline_phone",
            ],
        },
    ),
)

LAYOUT = Layout("congvan_baocao", "report", ("G03",), render, ENTRIES)
