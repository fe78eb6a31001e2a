"""A registration slip with several labels per line, after a university's real "Phiếu đăng ký"
(topic, registrant, department, degree, position, home phone, mobile on shared lines).

Numbered labels with colons; "Người đăng ký: …<tab>Đơn vị: …" and "Chức vụ: …<tab>Điện thoại
NR: …<tab>DĐ: …" share lines; "Mục tiêu" and "Nội dung chính" are labels whose values are the
paragraphs below; a one-line "Thời gian thực hiện" and "Địa bàn"; signed by the registrant,
with the unit's confirmation on the left.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

TYPE_VI = {"collective": "Tập thể", "individual": "Cá nhân"}


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["unit_header"], "b", 12)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("PHIẾU ĐĂNG KÝ", "b", 15), align="center", after=0)
    k.para(doc, (f"MÔ HÌNH “DÂN VẬN KHÉO” NĂM {v['date'][3]}", "b"), align="center", after=8)
    k.para(doc, ("1. Tên mô hình: ", "b"), v["model"])
    k.tabbed(
        doc, [[("2. Người đăng ký: ", "b"), v["person"][0]], [("Đơn vị: ", "b"), v["unit"]]], [8.0]
    )
    phones = [[("Điện thoại NR: ", "b"), v["home_phone"]]] if v.get("home_phone") else []
    mobile = [[("DĐ: ", "b"), v["phone"]]] if v.get("phone") else []
    k.tabbed(
        doc,
        [[("3. Chức vụ: ", "b"), v["person"][1]], *phones, *mobile],
        [7.0, 11.5][: len(phones) + len(mobile)],
    )
    k.tabbed(
        doc,
        [
            [("4. Loại mô hình: ", "b"), TYPE_VI[v["type"]]],
            [("5. Lĩnh vực: ", "b"), DOMAIN_VI[v["domain"]].capitalize()],
        ],
        [6.0],
    )
    k.para(doc, ("6. Mục tiêu của mô hình:", "b"))
    for line in v["aims"]:
        k.body(doc, line)
    k.para(doc, ("7. Nội dung chính:", "b"), " ", ("(nêu các giải pháp, cách làm)", "i"))
    for line in v["content"]:
        k.body(doc, line)
    k.para(doc, ("8. Kết quả dự kiến:", "b"), f" {v['expected']}")
    k.para(doc, ("9. Thời gian thực hiện: ", "b"), v["period"])
    k.para(doc, ("10. Địa bàn thực hiện: ", "b"), v["location"])
    k.signature(
        doc,
        [("XÁC NHẬN CỦA ĐƠN VỊ", "b"), "", "", "", "", (v["confirm_signer"], "b")],
        [("NGƯỜI ĐĂNG KÝ", "b"), ("(Ký, ghi rõ họ tên)", "i"), "", "", "", (v["person"][0], "b")],
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": v["person"][0],
        "leader_position": v["person"][1],
        "phone": phone_digits(v["phone"]) if v.get("phone") else phone_digits(v["home_phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "content": [joined([*v["aims"], *v["content"]])],
        "leader_position": v.get("position_alt", []),
    }
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["person"][0], None)
    return doc, truth


ENTRIES = (
    Entry(
        "c22-phieu2-cb-truong-tieu-hoc",
        ("scan",),
        {
            "unit_id": "cb-truong-tieu-hoc",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "unit_header": "CHI BỘ TRƯỜNG TIỂU HỌC",
            "unit": "Chi bộ Trường Tiểu học Nghĩa Thái",
            "unit_alt": ["Chi bộ Trường Tiểu học", "CHI BỘ TRƯỜNG TIỂU HỌC"],
            "date": ("Nghĩa Thái", 2, 4, 2024),
            "model": "Thư viện xanh – Góc đọc sách ở khu dân cư",
            "person": ("Vũ Thị Thanh Tâm", "Giáo viên, đảng viên Chi bộ"),
            "home_phone": "0228 3865 402",
            "phone": "0834 216 579",
            "type": "individual",
            "domain": "culture_society",
            "aims": [
                "Hình thành thói quen đọc sách cho học sinh vào dịp nghỉ hè, giảm thời gian "
                "dùng điện thoại."
            ],
            "content": [
                "- Vận động phụ huynh, cựu học sinh tặng sách, lập 6 tủ sách tại nhà văn hóa các "
                "xóm.",
                "- Mỗi tuần tổ chức một buổi đọc sách, kể chuyện theo sách cho học sinh.",
            ],
            "expected": "Mỗi tủ sách có trên 300 đầu sách; 80% học sinh tham gia.",
            "period": "từ tháng 4/2024 đến tháng 8/2024",
            "location": "nhà văn hóa các xóm 1, 2, 3, 5, 8 và 11",
            "confirm_signer": "Nguyễn Thị Lụa",
            "traits": [
                "two_labels_one_line",
                "home_and_mobile_phone",
                "individual",
                "unit_field_vs_header",
            ],
        },
    ),
    Entry(
        "c23-phieu2-doan-thanh-nien",
        ("photo",),
        {
            "unit_id": "doan-thanh-nien",
            "superior": "ĐOÀN TNCS HỒ CHÍ MINH",
            "unit_header": "BCH ĐOÀN XÃ NGHĨA THÁI",
            "unit": "Đoàn Thanh niên xã Nghĩa Thái",
            "unit_alt": ["Đoàn Thanh niên xã", "BCH ĐOÀN XÃ NGHĨA THÁI", "Đoàn xã Nghĩa Thái"],
            "date": ("Nghĩa Thái", 4, 4, 2024),
            "model": "Tuổi trẻ Nghĩa Thái số hóa thủ tục cho người dân",
            "person": ("Phạm Thanh Tùng", "Bí thư Đoàn xã"),
            "phone": "0868.352.917",
            "type": "collective",
            "domain": "political_system",
            "aims": [
                "Giúp người dân, nhất là người cao tuổi, sử dụng dịch vụ công trực tuyến và "
                "định danh điện tử."
            ],
            "content": [
                "Thành lập 14 tổ công nghệ số cộng đồng do đoàn viên làm nòng cốt, trực tại nhà "
                "văn hóa vào tối thứ Bảy; hướng dẫn cài đặt, kích hoạt tài khoản định danh và "
                "nộp hồ sơ trực tuyến.",
            ],
            "expected": "Hỗ trợ 1.500 lượt người dân; 90% hồ sơ thủ tục đủ điều kiện được nộp "
            "trực tuyến.",
            "period": "tháng 4 – tháng 10/2024",
            "location": "14 xóm của xã Nghĩa Thái",
            "confirm_signer": "Lê Văn Đạt",
            "position_alt": ["Bí thư"],
            "traits": ["two_labels_one_line", "superior_in_header", "expected_figures"],
        },
    ),
    Entry(
        "c24-phieu2-lhd-cb-truong-thcs",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "lhd-cb-truong-thcs",
            "superior": "ĐẢNG BỘ XÃ LẠC HƯNG ĐÔNG",
            "unit_header": "CHI BỘ TRƯỜNG THCS LẠC HƯNG",
            "unit": "Chi bộ Trường THCS Lạc Hưng",
            "unit_alt": ["CHI BỘ TRƯỜNG THCS LẠC HƯNG", "Chi bộ Trường Trung học cơ sở Lạc Hưng"],
            "date": ("Lạc Hưng Đông", 25, 3, 2026),
            "model": "Thầy cô đến từng nhà – không để học sinh bỏ học",
            "person": ("Phan Thị Thu Hà", "Bí thư Chi bộ, Hiệu trưởng"),
            "phone": "0703 558 126",
            "type": "collective",
            "domain": "culture_society",
            "aims": ["Không có học sinh bỏ học giữa chừng trong năm học 2025 – 2026."],
            "content": [
                "- Giáo viên chủ nhiệm lập danh sách học sinh có nguy cơ bỏ học, thăm gia đình ít "
                "nhất 2 lần/học kỳ.",
                "- Phối hợp Hội Khuyến học và các chi hội vận động học bổng, xe đạp cho học sinh "
                "khó khăn.",
            ],
            "expected": "100% học sinh có nguy cơ được hỗ trợ kịp thời.",
            "period": "từ tháng 3/2026 đến tháng 12/2026",
            "location": "các thôn thuộc địa bàn tuyển sinh của Trường THCS Lạc Hưng",
            "confirm_signer": "Tạ Quang Minh",
            "position_alt": ["Bí thư Chi bộ"],
            "traits": ["two_labels_one_line", "tcvn3", "commune_2026"],
        },
    ),
)

LAYOUT = Layout("phieu_2truong", "registration", ("S15",), render, ENTRIES)
