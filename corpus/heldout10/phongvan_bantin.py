"""An interview with a model's leader, as printed in a Party committee's bulletin.

After the "trao đổi" / "phỏng vấn" pieces of the mass mobilisation bulletins that provincial
Party committees' boards publish (X05: a masthead "BẢN TIN …", the issue, the rubric, a headline,
a lead in bold that names the unit and the person, then "Phóng viên (PV): …" / "Đồng chí …: …"
turns, the byline "… (thực hiện)"). The facts (place, people, money, results, phone) are only in
the answers; the reporter's questions carry figures of the province that are not the model's.
There is no date line: the issue's month is not a signed date.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=12)
    k.para(doc, (v["publisher"], "b", 11), align="center", after=0)
    k.para(doc, ("BẢN TIN DÂN VẬN", "b", 22), align="center", after=0)
    k.para(doc, (v["issue"], "i", 11), align="center", after=2)
    k.para(doc, "━" * 38, align="center", after=6)
    k.para(doc, (v["rubric"], "bi", 11), align="left", after=2)
    k.para(doc, (v["headline"], "b", 15), align="center", after=6)
    k.para(doc, (v["lead"], "b"), after=6)
    speaker = v["speaker"]
    for question, answer in v["turns"]:
        k.para(doc, ("PV: ", "b"), (question, "i"), first=0.8)
        k.para(doc, (f"{speaker}: ", "b"), answer, first=0.8)
    k.para(doc, (v["byline"], "b"), align="right", before=4)
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
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"])
    return doc, truth


ENTRIES = (
    Entry(
        "r07-phongvan-hlc-doan-xa",
        ("scan", "doc", "tcvn3-doc"),
        {
            "unit_id": "hlc-doan-xa",
            "publisher": "BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN",
            "issue": "Số 5 – Tháng 5/2026",
            "rubric": "GƯƠNG “DÂN VẬN KHÉO” – TRAO ĐỔI",
            "headline": "Con chữ theo thanh niên lên bản",
            "lead": "Mô hình “Lớp học xóa mù chữ buổi tối cho phụ nữ H'Mông” của Đoàn xã Huổi "
            "Lếch đã giúp nhiều chị em đọc được thông báo, ký được tên mình. Phóng viên Bản "
            "tin trao đổi với đồng chí Mùa A Tủa, Bí thư Đoàn xã Huổi Lếch.",
            "speaker": "Đồng chí Mùa A Tủa",
            "turns": [
                (
                    "Toàn tỉnh hiện còn khoảng 3.200 người từ 15 đến 60 tuổi chưa biết chữ. Vì "
                    "sao Đoàn xã chọn việc này?",
                    "Ở bản Sín Chải, bản Háng Chua nhiều chị em đi khám bệnh không đọc được "
                    "đơn thuốc, đi vay vốn phải điểm chỉ. Đoàn xã bàn với nhà trường mở lớp "
                    "buổi tối ngay tại nhà văn hóa bản Sín Chải, thanh niên thay nhau dạy.",
                ),
                (
                    "Lực lượng và kinh phí lấy ở đâu, thưa đồng chí?",
                    "Có 24 đoàn viên tình nguyện đứng lớp, trong đó 9 em là giáo viên và sinh "
                    "viên sư phạm về quê. Đoàn viên tự đóng góp và xin thêm các nhà hảo tâm "
                    "được 18.600.000 đồng mua vở, bút, đèn sạc; Phòng Giáo dục cũ để lại bàn "
                    "ghế, không tính tiền.",
                ),
                (
                    "Sau gần một năm, lớp học đã đạt được gì?",
                    "Kết quả, 47 chị em đã đọc, viết được và làm được bốn phép tính, 12 chị "
                    "tự ghi sổ bán chè; không còn chị em nào phải điểm chỉ khi vay vốn. Ai "
                    "muốn góp sức cứ gọi tôi, số 0369 584 120.",
                ),
            ],
            "byline": "LÒ THỊ PHƯƠNG (thực hiện)",
            "unit": "Đoàn xã Huổi Lếch",
            "model": "Lớp học xóa mù chữ buổi tối cho phụ nữ H'Mông",
            "leader": ("Mùa A Tủa", "Bí thư Đoàn xã Huổi Lếch"),
            "position_alt": ["Bí thư Đoàn xã"],
            "phone": "0369 584 120",
            "location": "nhà văn hóa bản Sín Chải",
            "location_alt": ["bản Sín Chải"],
            "participants": 24,
            "funds": 18600000,
            "results": "47 chị em đã đọc, viết được và làm được bốn phép tính, 12 chị tự ghi "
            "sổ bán chè; không còn chị em nào phải điểm chỉ khi vay vốn",
            "traits": [
                "interview",
                "facts_in_answers",
                "province_figures_in_questions",
                "no_date_line",
                "phone_in_prose",
                "hmong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r08-phongvan-hlc-htx-che",
        ("photo",),
        {
            "unit_id": "hlc-htx-che",
            "publisher": "ĐẢNG ỦY XÃ HUỔI LẾCH",
            "issue": "Số 2 – Quý II/2026",
            "rubric": "Chuyên mục: Dân vận khéo trong phát triển kinh tế",
            "headline": "Cây chè cổ thụ thành “cây thoát nghèo”",
            "lead": "Mô hình “Liên kết thu mua chè Shan tuyết cổ thụ” của HTX chè Shan tuyết "
            "Háng Chua được Ban Chỉ đạo xã chọn là mô hình “Dân vận khéo” lĩnh vực kinh tế. "
            "Chúng tôi trò chuyện với anh Lầu A Khua, Giám đốc HTX.",
            "speaker": "Anh Lầu A Khua",
            "turns": [
                (
                    "Năm 2025 cả tỉnh có 26 HTX chè với doanh thu 41 tỷ đồng. HTX của anh bắt "
                    "đầu thế nào?",
                    "Trước đây bà con bán chè tươi cho thương lái, giá bấp bênh. Từ năm 2024 "
                    "HTX đứng ra liên kết thu mua chè Shan tuyết cổ thụ của các hộ ở bản Háng "
                    "Chua, cam kết giá sàn và trả tiền ngay.",
                ),
                (
                    "Có bao nhiêu hộ tham gia, vốn ở đâu?",
                    "Đến nay 63 hộ tham gia. Các thành viên góp vốn được 1,2 tỷ đồng để mua "
                    "máy sao, máy vò; tỉnh hỗ trợ thêm nhà xưởng theo chương trình OCOP nhưng "
                    "đó là vốn nhà nước.",
                ),
                (
                    "Hiệu quả cụ thể ra sao?",
                    "Kết quả: giá chè búp tươi tăng từ 12.000 lên 20.000 đồng/kg, sản phẩm "
                    "chè xanh Háng Chua đạt OCOP 3 sao, 9 hộ thoát nghèo trong năm 2025.",
                ),
            ],
            "byline": "Vũ Hải Nam",
            "unit": "HTX chè Shan tuyết Háng Chua",
            "unit_alt": ["Hợp tác xã chè Shan tuyết Háng Chua"],
            "model": "Liên kết thu mua chè Shan tuyết cổ thụ",
            "domain": "economy",
            "leader": ("Lầu A Khua", "Giám đốc HTX"),
            "location": "bản Háng Chua",
            "participants": 63,
            "funds": 1200000000,
            "results": "giá chè búp tươi tăng từ 12.000 lên 20.000 đồng/kg, sản phẩm chè xanh "
            "Háng Chua đạt OCOP 3 sao, 9 hộ thoát nghèo trong năm 2025",
            "traits": [
                "interview",
                "facts_in_answers",
                "province_figures_in_questions",
                "state_support_not_funds",
                "no_date_line",
                "no_phone",
                "alias_unit_name",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r09-phongvan-hoi-nong-dan",
        ("scan",),
        {
            "unit_id": "hoi-nong-dan",
            "publisher": "BAN DÂN VẬN HUYỆN ỦY NGHĨA PHONG",
            "issue": "Số 11 – Tháng 11/2024",
            "rubric": "NHÂN RỘNG MÔ HÌNH HAY",
            "headline": "Cánh đồng không bờ thửa ở Nghĩa Thái",
            "lead": "Mô hình “Cánh đồng lúa hữu cơ liên kết” của Hội Nông dân xã Nghĩa Thái đã "
            "bước sang năm thứ hai. Phóng viên có cuộc trao đổi với ông Vũ Văn Hòa, Chủ tịch "
            "Hội Nông dân xã, người phụ trách mô hình.",
            "speaker": "Ông Vũ Văn Hòa",
            "turns": [
                (
                    "Huyện có 14 xã với hơn 2.000 ha lúa chất lượng cao. Điều gì khác ở cánh "
                    "đồng của Nghĩa Thái?",
                    "Chúng tôi dồn thửa ở xứ đồng xóm 4, xóm 5, cả cánh đồng cùng cấy một giống, "
                    "không dùng thuốc diệt cỏ, bón phân hữu cơ vi sinh.",
                ),
                (
                    "Bà con đóng góp thế nào?",
                    "42 hộ hội viên tham gia, đóng góp 310 triệu đồng làm bờ vùng, mương nội "
                    "đồng và mua máy cấy; ngân hàng cho vay thêm 500 triệu đồng nhưng đó là "
                    "khoản vay của từng hộ.",
                ),
                (
                    "Kết quả năm đầu tiên?",
                    "Kết quả, năng suất đạt 62 tạ/ha, giá bán cao hơn lúa thường 25%, thu nhập "
                    "mỗi sào tăng khoảng 700 nghìn đồng. Số của tôi 0912 736 054, ai cần học "
                    "cách làm cứ gọi.",
                ),
            ],
            "byline": "THU TRANG (thực hiện)",
            "unit": "Hội Nông dân xã Nghĩa Thái",
            "model": "Cánh đồng lúa hữu cơ liên kết",
            "leader": ("Vũ Văn Hòa", "Chủ tịch Hội Nông dân xã"),
            "phone": "0912 736 054",
            "location": "xứ đồng xóm 4, xóm 5",
            "location_alt": ["xóm 4, xóm 5"],
            "participants": 42,
            "funds": 310000000,
            "results": "năng suất đạt 62 tạ/ha, giá bán cao hơn lúa thường 25%, thu nhập mỗi sào "
            "tăng khoảng 700 nghìn đồng",
            "traits": [
                "interview",
                "facts_in_answers",
                "district_figures_in_questions",
                "loan_not_funds",
                "no_date_line",
                "phone_in_prose",
                "unit_not_in_units_file",
            ],
        },
    ),
)

LAYOUT = Layout("phongvan_bantin", "report", ("X05",), render, ENTRIES)
