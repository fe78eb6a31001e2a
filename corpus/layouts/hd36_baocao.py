"""A Chi bộ's results report as a Party document (HD 36-HD/VPTW), prose under Roman sections.

The model's name stands on its own line under the title, in quotes; "I. ĐẶC ĐIỂM, TÌNH HÌNH"
carries figures that are not the participants (households, Party members); the person in
charge is named in prose in "1. Công tác lãnh đạo, chỉ đạo"; the results are the text of
"2. Kết quả đạt được" in section II. Signed "T/M CHI BỘ" (or "T/M CHI ỦY").
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [
            (v["superior"], "", 13),
            (v["unit_header"], "b", 13),
            ("*", "", 13),
            (v["number"], "", 13),
        ],
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu", 14), "", (date_line(*v["date"]), "i", 13)],
        (7.5, 8.5),
    )
    k.para(doc, "", after=6)
    k.para(doc, ("BÁO CÁO", "b", 15), align="center", after=0)
    k.para(doc, (v["title"], "b", 14), align="center", after=0)
    k.para(doc, (f"“{v['model']}”", "b", 14), align="center", after=0)
    k.para(doc, "-----", align="center", after=8)
    k.para(doc, ("I. ĐẶC ĐIỂM, TÌNH HÌNH", "b"), before=4)
    for line in v["situation"]:
        k.body(doc, line)
    if v.get("domain"):
        k.body(doc, f"Mô hình thuộc lĩnh vực {DOMAIN_VI[v['domain']]}.")
    k.para(doc, ("II. KẾT QUẢ THỰC HIỆN MÔ HÌNH", "b"), before=4)
    k.para(doc, ("1. Công tác lãnh đạo, chỉ đạo", "b"), first=1.0)
    lead = v["leader"]
    k.body(
        doc,
        f"{v['lead_prefix']} đồng chí {lead[0]} – {lead[1]} trực tiếp phụ trách; {v['lead_rest']}",
    )
    k.para(doc, ("2. Kết quả đạt được", "b"), first=1.0)
    for line in v["results"]:
        k.body(doc, line)
    k.para(doc, ("III. HẠN CHẾ, BÀI HỌC KINH NGHIỆM", "b"), before=4)
    for line in v["lessons"]:
        k.body(doc, line)
    k.para(doc, ("IV. PHƯƠNG HƯỚNG THỜI GIAN TỚI", "b"), before=4)
    k.body(doc, v["next"])
    k.signature(
        doc,
        [("Nơi nhận:", "bu", 12), *[(f"- {r}", "", 12) for r in v["recipients"]]],
        [(v["on_behalf"], "b"), (v["signer"][1].upper(), "b"), "", "", "", (v["signer"][0], "b")],
    )
    fields = {
        "unit_name": v["unit_header"],
        "model_name": v["model"],
        "domain": v.get("domain"),
        "leader_name": lead[0],
        "leader_position": lead[1],
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": [*v.get("position_alt", []), *signer_alt(lead, v["signer"])],
    }
    stamp = f"{v['superior']} * {v['unit_header']}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"][0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "c04-hd36bc-cb-xom-10",
        ("scan", "doc"),
        {
            "unit_id": "cb-xom-10",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "unit_header": "CHI BỘ XÓM 10",
            "unit_alt": ["Chi bộ xóm 10"],
            "number": "Số 11-BC/CB",
            "date": ("Nghĩa Thái", 30, 8, 2024),
            "title": "kết quả thực hiện mô hình “Dân vận khéo” năm 2024",
            "model": "Đoàn kết giúp nhau xóa nhà tạm, nhà dột nát",
            "situation": [
                "Xóm 10 có 236 hộ, 914 nhân khẩu; Chi bộ có 41 đảng viên, sinh hoạt ở 3 tổ "
                "đảng. Đầu năm 2024, xóm còn 4 hộ ở nhà tạm, xuống cấp.",
            ],
            "domain": "culture_society",
            "lead_prefix": "Chi bộ ban hành nghị quyết chuyên đề, phân công",
            "leader": ("Ngô Quang Vinh", "Bí thư Chi bộ"),
            "lead_rest": "các đảng viên trong Chi ủy phụ trách từng hộ được hỗ trợ.",
            "results": [
                "Sau 5 tháng thực hiện, Chi bộ đã vận động 183 hộ gia đình, con em xa quê và "
                "doanh nghiệp đóng góp 412 triệu đồng cùng 620 ngày công.",
                "Đã xây mới 3 nhà, sửa chữa 1 nhà cho các hộ khó khăn; 100% đảng viên tham gia "
                "ủng hộ; không còn hộ ở nhà tạm trên địa bàn xóm.",
            ],
            "participants": 183,
            "funds": 412000000,
            "lessons": [
                "Việc huy động nguồn lực có lúc chậm do thời tiết; cần công khai kịp thời các "
                "khoản đóng góp để Nhân dân giám sát.",
            ],
            "next": "Tiếp tục duy trì mô hình, chuyển sang hỗ trợ sinh kế cho các hộ mới thoát "
            "nghèo.",
            "recipients": ["Đảng ủy xã (b/c),", "Khối Dân vận xã,", "Lưu Chi bộ."],
            "on_behalf": "T/M CHI BỘ",
            "signer": ("Ngô Quang Vinh", "Bí thư"),
            "traits": ["hd36", "leader_in_prose", "model_on_own_line", "distractor_figures"],
        },
    ),
    Entry(
        "c05-hd36bc-cb-htx",
        ("photo",),
        {
            "unit_id": "cb-htx",
            "superior": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "unit_header": "CHI BỘ HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP",
            "unit_alt": ["Chi bộ Hợp tác xã Dịch vụ nông nghiệp", "Chi bộ HTX DVNN"],
            "number": "Số 07-BC/CB",
            "date": ("Nghĩa Thái", 2, 9, 2024),
            "title": "kết quả xây dựng mô hình “Dân vận khéo”",
            "model": "Liên kết sản xuất lúa hữu cơ theo chuỗi",
            "situation": [
                "Hợp tác xã có 1.240 xã viên; Chi bộ có 12 đảng viên. Diện tích lúa của xã "
                "là 395 ha, chủ yếu sản xuất nhỏ lẻ.",
            ],
            "domain": "economy",
            "lead_prefix": "Chi ủy giao",
            "leader": ("Hoàng Thị Lan", "Phó Giám đốc Hợp tác xã"),
            "lead_rest": "định kỳ hằng tháng báo cáo Chi bộ tiến độ thực hiện.",
            "results": [
                "Hợp tác xã đã liên kết với 96 hộ xã viên sản xuất 42 ha lúa hữu cơ, bao tiêu "
                "toàn bộ sản phẩm với giá cao hơn thị trường 8 – 10%.",
                "Các hộ góp 265 triệu đồng mua máy cấy, xây dựng nhãn hiệu “Gạo sạch Nghĩa "
                "Thái”; thu nhập bình quân tăng 15 triệu đồng/ha/năm.",
            ],
            "participants": 96,
            "funds": 265000000,
            "lessons": ["Một số hộ còn ngại chuyển đổi vì lo năng suất giảm trong vụ đầu."],
            "next": "Mở rộng diện tích liên kết lên 60 ha trong năm 2025.",
            "recipients": ["Đảng ủy xã,", "Lưu."],
            "on_behalf": "T/M CHI ỦY",
            "signer": ("Trần Quốc Việt", "Bí thư"),
            "traits": ["hd36", "leader_in_prose", "leader_not_signer", "model_on_own_line"],
        },
    ),
    Entry(
        "c06-hd36bc-lhd-cb-hung-long",
        ("scan",),
        {
            "unit_id": "lhd-cb-hung-long",
            "superior": "ĐẢNG BỘ XÃ LẠC HƯNG ĐÔNG",
            "unit_header": "CHI BỘ THÔN HƯNG LONG",
            "unit_alt": ["Chi bộ thôn Hưng Long"],
            "number": "Số 05-BC/CB",
            "date": ("Lạc Hưng Đông", 28, 8, 2026),
            "title": "kết quả thực hiện mô hình “Dân vận khéo” năm 2026",
            "model": "Hiến đất mở rộng đường thôn, xây dựng khu dân cư kiểu mẫu",
            "situation": [
                "Thôn Hưng Long có 318 hộ; 6 tuyến đường thôn rộng 3 m, nhiều đoạn xuống cấp. "
                "Chi bộ có 57 đảng viên.",
            ],
            "domain": None,
            "lead_prefix": "Chi bộ phân công",
            "leader": ("Đặng Quốc Toản", "Bí thư Chi bộ"),
            "lead_rest": "Ban Công tác Mặt trận và các chi hội đoàn thể vận động từng hộ.",
            "results": [
                "Đã có 74 hộ tự nguyện hiến 1.860 m² đất, tháo dỡ tường rào để mở rộng 2,1 km "
                "đường lên 5 m; Nhân dân đóng góp 1,25 tỷ đồng cùng ngân sách xã bê tông hóa.",
                "Thôn được Ủy ban nhân dân xã công nhận khu dân cư kiểu mẫu năm 2026.",
            ],
            "participants": 74,
            "funds": 1250000000,
            "lessons": ["Cần làm tốt công tác tư tưởng với các hộ hiến diện tích lớn."],
            "next": "Vận động trồng cây xanh hai bên các tuyến đường đã mở rộng.",
            "recipients": ["Ban Xây dựng Đảng - Đảng ủy xã,", "Lưu Chi bộ."],
            "on_behalf": "T/M CHI BỘ",
            "signer": ("Đặng Quốc Toản", "Bí thư"),
            "traits": ["hd36", "leader_in_prose", "billions", "commune_2026", "no_domain"],
        },
    ),
)

LAYOUT = Layout("hd36_baocao", "report", ("S01", "S02"), render, ENTRIES)
