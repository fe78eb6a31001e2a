"""The individual achievement report of the Nghị định 91/2017 and 98/2023 families.

Only the national motto heads the page; "I. SƠ LƯỢC LÝ LỊCH" lists the person's details with
two labels on one line ("- Sinh ngày, tháng, năm: …<tab>Giới tính: …"), the label's own hint in
brackets ("Chức vụ (Đảng, chính quyền, đoàn thể): …"); the unit is only in "Đơn vị công tác";
the results are "2. Thành tích đạt được" under section II; three signatures at the end.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    for run in k.quoc_hieu(short_rule=False):
        k.para(doc, run, align="center", after=0)
    k.para(doc, (date_line(*v["date"]), "i"), align="right", after=8)
    k.para(doc, ("BÁO CÁO THÀNH TÍCH CÁ NHÂN", "b", 14), align="center", after=0)
    k.para(doc, (v["award"], "b"), align="center", after=0)
    k.para(doc, (v["title"], "b"), align="center", after=0)
    k.para(doc, (f"với mô hình “{v['model']}”", "b"), align="center", after=8)
    k.para(doc, ("I. SƠ LƯỢC LÝ LỊCH", "b"))
    k.para(
        doc,
        "- Họ tên (ghi đầy đủ bằng chữ in thường, không viết tắt): ",
        (v["name"], "b"),
        first=0.5,
    )
    k.tabbed(
        doc, [f"- Sinh ngày, tháng, năm: {v['born']}", f"Giới tính: {v['sex']}"], [10.0], indent=0.5
    )
    k.para(doc, f"- Quê quán: {v['home']}", first=0.5)
    k.para(doc, f"- Trú quán: {v['residence']}", first=0.5)
    k.para(doc, f"- Đơn vị công tác: {v['unit']}", first=0.5)
    k.para(doc, f"- Chức vụ (Đảng, chính quyền, đoàn thể): {v['position']}", first=0.5)
    if v.get("phone"):
        k.tabbed(doc, [f"- Điện thoại: {v['phone']}", f"Email: {v['email']}"], [8.5], indent=0.5)
    k.para(doc, f"- Trình độ chuyên môn, nghiệp vụ: {v['education']}", first=0.5)
    k.para(doc, ("II. THÀNH TÍCH ĐẠT ĐƯỢC", "b"), before=4)
    k.para(doc, ("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận", "b"), first=0.5)
    k.body(doc, v["duties"])
    k.para(doc, ("2. Thành tích đạt được", "b"), first=0.5)
    for line in v["results"]:
        k.body(doc, line)
    k.para(doc, ("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "b"), before=4)
    for line in v["awards"]:
        k.body(doc, f"- {line}")
    tbl = k.table(doc, 1, (5.3, 5.3, 5.4), grid=False)
    k.cell_text(
        tbl.cell(0, 0),
        [
            ("XÁC NHẬN CỦA CẤP", "b", 12),
            ("TRÌNH KHEN THƯỞNG", "b", 12),
            ("(Ký, đóng dấu)", "i", 11),
        ],
        align="center",
    )
    k.cell_text(
        tbl.cell(0, 1),
        [
            ("THỦ TRƯỞNG ĐƠN VỊ", "b", 12),
            ("XÁC NHẬN, ĐỀ NGHỊ", "b", 12),
            ("(Ký, đóng dấu)", "i", 11),
            "",
            "",
            "",
            (v["head"], "b", 12),
        ],
        align="center",
    )
    k.cell_text(
        tbl.cell(0, 2),
        [
            ("NGƯỜI BÁO CÁO", "b", 12),
            ("THÀNH TÍCH", "b", 12),
            ("(Ký, ghi rõ họ và tên)", "i", 11),
            "",
            "",
            "",
            (v["name"], "b", 12),
        ],
        align="center",
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": "individual",
        "leader_name": v["name"],
        "leader_position": v["position"],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], v["name"], None)


ENTRIES = (
    Entry(
        "c10-nd98cn-hoi-ccb",
        ("scan",),
        {
            "unit_id": "hoi-ccb",
            "date": ("Nghĩa Thái", 26, 8, 2024),
            "award": "Đề nghị tặng Giấy khen của Hội Cựu chiến binh huyện Nghĩa Phong",
            "title": "trong phong trào thi đua “Dân vận khéo” năm 2024",
            "name": "Lương Văn Khải",
            "born": "14/02/1956",
            "sex": "Nam",
            "home": "xã Nghĩa Thái, huyện Nghĩa Phong",
            "residence": "xóm 12, xã Nghĩa Thái",
            "unit": "Hội Cựu chiến binh xã Nghĩa Thái",
            "unit_alt": ["Hội Cựu chiến binh xã"],
            "position": "Chi hội trưởng Chi hội Cựu chiến binh xóm 12",
            "position_alt": ["Chi hội trưởng"],
            "education": "Trung cấp lý luận chính trị",
            "model": "Cựu chiến binh gương mẫu hòa giải mâu thuẫn ở khu dân cư",
            "duties": "Phụ trách Chi hội 46 hội viên; thành viên Tổ hòa giải xóm 12.",
            "results": [
                "Ông đã trực tiếp cùng tổ hòa giải giải quyết thành công 11/12 vụ việc tranh chấp "
                "đất đai, mâu thuẫn gia đình, không để phát sinh đơn thư vượt cấp.",
                "Vận động 38 hội viên ủng hộ 24,5 triệu đồng sửa chữa nhà cho 2 hội viên khó khăn.",
            ],
            "participants": 38,
            "funds": 24500000,
            "awards": ["Năm 2022: Giấy khen của Hội Cựu chiến binh huyện."],
            "head": "Nguyễn Hữu Cường",
            "traits": ["individual", "two_labels_one_line", "unit_in_field_only", "no_header"],
        },
    ),
    Entry(
        "c11-nd98cn-hoi-nguoi-cao-tuoi",
        ("photo",),
        {
            "unit_id": "hoi-nguoi-cao-tuoi",
            "date": ("Nghĩa Thái", 3, 9, 2024),
            "award": "Đề nghị Chủ tịch UBND xã tặng Giấy khen",
            "title": "Đã có thành tích xây dựng mô hình “Dân vận khéo” năm 2024",
            "name": "Phạm Thị Duyên",
            "born": "09/10/1958",
            "sex": "Nữ",
            "home": "Nghĩa Thái",
            "residence": "xóm Đồng Tâm, xã Nghĩa Thái",
            "unit": "Hội Người cao tuổi xã Nghĩa Thái",
            "unit_alt": ["Hội Người cao tuổi xã"],
            "position": "Trưởng Câu lạc bộ Liên thế hệ tự giúp nhau xóm Đồng Tâm",
            "position_alt": ["Trưởng Câu lạc bộ Liên thế hệ tự giúp nhau"],
            "phone": "0396.118.254",
            "email": "duyenpt58@gmail.test",
            "education": "Cao đẳng Sư phạm",
            "model": "Câu lạc bộ Liên thế hệ tự giúp nhau",
            "duties": "Điều hành câu lạc bộ 70 thành viên, phụ trách quỹ tín dụng xoay vòng.",
            "results": [
                "Bà vận động 70 thành viên góp quỹ 96 triệu đồng cho 18 lượt hội viên vay phát "
                "triển kinh tế; duy trì thăm hỏi 24 người cao tuổi cô đơn hằng tuần.",
                "Câu lạc bộ được Ủy ban nhân dân xã chọn làm điểm nhân rộng năm 2025.",
            ],
            "participants": 70,
            "funds": 96000000,
            "awards": ["Chưa được khen thưởng."],
            "head": "Trần Văn Luyện",
            "traits": [
                "individual",
                "two_labels_one_line",
                "phone_and_email_one_line",
                "unit_in_field_only",
            ],
        },
    ),
    Entry(
        "c12-nd98cn-lhd-chi-hoi-ccb",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "lhd-chi-hoi-ccb-lac-thien",
            "date": ("Lạc Hưng Đông", 25, 8, 2026),
            "award": "Đề nghị tặng Giấy khen",
            "title": "trong thực hiện phong trào thi đua “Dân vận khéo” năm 2026",
            "name": "Mẫn Văn Tài",
            "born": "20/7/1962",
            "sex": "Nam",
            "home": "tỉnh Ninh Bình",
            "residence": "thôn Lạc Thiện, xã Lạc Hưng Đông",
            "unit": "Chi hội Cựu chiến binh thôn Lạc Thiện",
            "unit_alt": ["Chi hội CCB thôn Lạc Thiện"],
            "position": "Chi hội trưởng",
            "phone": "0356 482 907",
            "email": "không có",
            "education": "Sơ cấp lý luận chính trị",
            "model": "Vườn cây ăn quả kiểu mẫu của cựu chiến binh",
            "duties": "Phụ trách Chi hội 52 hội viên, kiêm tổ trưởng tổ hợp tác trồng ổi.",
            "results": [
                "Ông chuyển 1,6 ha đất trồng lúa kém hiệu quả sang trồng ổi, bưởi theo hướng "
                "VietGAP, thu nhập 420 triệu đồng/năm, tạo việc làm cho 8 lao động.",
                "Hướng dẫn 15 hội viên làm theo, tổ hợp tác góp 150 triệu đồng xây kho sơ chế.",
            ],
            "participants": 15,
            "funds": 150000000,
            "awards": ["Năm 2024: Giấy khen của Hội Cựu chiến binh huyện Yên Mô (cũ)."],
            "head": "Khúc Văn Lợi",
            "traits": [
                "individual",
                "two_labels_one_line",
                "commune_2026",
                "tcvn3",
                "participants_vs_workers",
            ],
        },
    ),
)

LAYOUT = Layout("nd98_canhan", "report", ("S06", "S07"), render, ENTRIES)
