"""A residential area's report (thôn / xóm), after a city's template for village reports.

No issuer block at all: the national motto is centred, the date stands on the right, and the
village is named only in a line under the title ("Khu dân cư: …") and in the signature
("TM. BAN CÔNG TÁC MẶT TRẬN …"). Sections are "PHẦN I/II/III" headings with Arabic sub-items;
the commune's confirmation box sits on the left of the signature.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    for run in k.quoc_hieu(short_rule=False):
        k.para(doc, run, align="center", after=0)
    k.para(doc, (date_line(*v["date"]), "i"), align="right", before=4, after=8)
    k.para(doc, ("BÁO CÁO", "b", 14), align="center", after=0)
    k.para(doc, (v["title"], "b"), align="center", after=0)
    k.para(doc, (f"“{v['model']}”", "b"), align="center", after=2)
    k.para(doc, (f"Khu dân cư: {v['area']}", "i"), align="center", after=8)
    k.para(doc, ("PHẦN I. ĐẶC ĐIỂM, TÌNH HÌNH CHUNG", "b"))
    k.body(doc, v["situation"])
    k.para(doc, ("PHẦN II. NHỮNG KẾT QUẢ CỤ THỂ", "b"), before=3)
    k.para(doc, ("1. Hoạt động của Ban Công tác Mặt trận và các đoàn thể", "b"), first=0.5)
    k.body(doc, v["activities"])
    k.para(doc, ("2. Kết quả thực hiện mô hình", "b"), first=0.5)
    for line in v["results"]:
        k.body(doc, line)
    k.para(doc, ("PHẦN III. NHỮNG CAM KẾT PHẤN ĐẤU TRONG THỜI GIAN TỚI", "b"), before=3)
    for line in v["pledges"]:
        k.body(doc, f"- {line}")
    k.signature(
        doc,
        [("Xác nhận của UBND xã", "b"), ("(Ký, đóng dấu)", "i")],
        [
            ("TM. BAN CÔNG TÁC MẶT TRẬN", "b"),
            (v["area_caps"], "b"),
            (v["signer"][1].upper(), "b"),
            "",
            "",
            "",
            (v["signer"][0], "b"),
        ],
    )
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": v["signer"][0],
        "leader_position": v["signer"][1],
        "location": v.get("location"),
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"][0], None)
    return doc, truth


ENTRIES = (
    Entry(
        "c16-xom-lhd-btcmt-dong-ha",
        ("photo",),
        {
            "unit_id": "lhd-btcmt-dong-ha",
            "date": ("Đông Hạ", 22, 8, 2026),
            "title": "Kết quả thực hiện mô hình “Dân vận khéo” năm 2026",
            "model": "Ngày Chủ nhật xanh – thôn sạch, đường đẹp",
            "area": "Thôn Đông Hạ, xã Lạc Hưng Đông",
            "area_caps": "THÔN ĐÔNG HẠ",
            "unit_name": "Ban Công tác Mặt trận thôn Đông Hạ",
            "unit_alt": [
                "Thôn Đông Hạ",
                "Thôn Đông Hạ, xã Lạc Hưng Đông",
                "BAN CÔNG TÁC MẶT TRẬN THÔN ĐÔNG HẠ",
            ],
            "location": None,
            "situation": "Thôn Đông Hạ có 287 hộ, 1.106 nhân khẩu, 5 chi hội đoàn thể. Sau "
            "sáp nhập, thôn tiếp nhận thêm 2 xóm nhỏ của xã cũ.",
            "activities": "Ban Công tác Mặt trận phối hợp Chi bộ thôn họp dân 3 lần, thống nhất "
            "lịch ra quân và phân công mỗi chi hội phụ trách một tuyến đường.",
            "results": [
                "Duy trì 8 đợt ra quân “Ngày Chủ nhật xanh” với 1.420 lượt người tham gia; thu "
                "gom 36 tấn rác, phát quang 9 km đường, trồng 1.300 cây hoa.",
                "Nhân dân đóng góp 86 triệu đồng mua 40 thùng rác và cải tạo điểm tập kết.",
            ],
            "participants": 1420,
            "funds": 86000000,
            "pledges": [
                "Duy trì ra quân vào Chủ nhật cuối tháng.",
                "Phấn đấu 95% hộ đạt danh hiệu Gia đình văn hóa.",
            ],
            "signer": ("Vũ Thị Lý", "Trưởng ban"),
            "position_alt": ["Trưởng ban Công tác Mặt trận"],
            "traits": [
                "no_issuer_block",
                "unit_from_signature_and_subtitle",
                "leader_from_signature",
                "lượt_người",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "c17-xom-lhd-btcmt-hung-long",
        ("scan", "doc"),
        {
            "unit_id": "lhd-btcmt-hung-long",
            "date": ("Lạc Hưng Đông", 30, 8, 2026),
            "title": "Thành tích xây dựng khu dân cư kiểu mẫu gắn với mô hình",
            "model": "Đoàn kết, tương trợ – không để ai bị bỏ lại phía sau",
            "area": "Thôn Hưng Long",
            "area_caps": "THÔN HƯNG LONG",
            "unit_name": "Ban Công tác Mặt trận thôn Hưng Long",
            "unit_alt": ["Thôn Hưng Long", "BAN CÔNG TÁC MẶT TRẬN THÔN HƯNG LONG"],
            "location": None,
            "situation": "Thôn Hưng Long có 318 hộ, trong đó 9 hộ nghèo, 14 hộ cận nghèo; "
            "Ban Công tác Mặt trận có 11 thành viên.",
            "activities": "Ban Công tác Mặt trận chủ trì, các chi hội Phụ nữ, Nông dân, Cựu chiến "
            "binh nhận đỡ đầu mỗi hội 2–3 hộ khó khăn.",
            "results": [
                "Vận động 205 hộ và 12 con em xa quê ủng hộ Quỹ “Vì người nghèo” của thôn "
                "138,6 triệu đồng; tặng 2 con bò giống và sửa 3 nhà cho hộ nghèo.",
                "Cuối năm 2026 thôn giảm còn 4 hộ nghèo; 100% học sinh hộ nghèo được nhận học "
                "bổng.",
            ],
            "participants": 205,
            "funds": 138600000,
            "pledges": ["Tiếp tục duy trì quỹ, phấn đấu không còn hộ nghèo năm 2027."],
            "signer": ("Nguyễn Đình Thụ", "Trưởng ban"),
            "traits": ["no_issuer_block", "decimal_million", "commune_2026"],
        },
    ),
    Entry(
        "c18-xom-mttq-xom-4",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "mttq",
            "date": ("Xóm 4", 27, 8, 2024),
            "title": "Kết quả thực hiện mô hình “Dân vận khéo” năm 2024",
            "model": "Camera giám sát an ninh trật tự khu dân cư",
            "area": "Xóm 4, xã Nghĩa Thái",
            "area_caps": "XÓM 4",
            "unit_name": "Ban Công tác Mặt trận xóm 4",
            "unit_alt": ["Xóm 4", "Xóm 4, xã Nghĩa Thái", "BAN CÔNG TÁC MẶT TRẬN XÓM 4"],
            "location": None,
            "situation": "Xóm 4 nằm cạnh tỉnh lộ, có 265 hộ; năm 2023 xảy ra 6 vụ trộm cắp tài "
            "sản.",
            "activities": "Ban Công tác Mặt trận phối hợp Công an xã và Chi hội Cựu chiến binh "
            "tuyên truyền, vận động các hộ lắp camera hướng ra đường.",
            "results": [
                "Đã vận động 58 hộ tự lắp đặt 64 camera, kinh phí Nhân dân tự đóng góp khoảng "
                "175 triệu đồng; kết nối nhóm Zalo an ninh xóm với Công an xã.",
                "Từ tháng 5/2024 đến nay không xảy ra vụ trộm cắp nào trên địa bàn xóm.",
            ],
            "participants": 58,
            "funds": 175000000,
            "pledges": ["Mở rộng lắp camera tại 2 tuyến ngõ còn lại."],
            "signer": ("Phạm Văn Lịch", "Trưởng ban"),
            "traits": ["no_issuer_block", "unit_is_branch_of_mttq", "place_is_village", "tcvn3"],
        },
    ),
)

LAYOUT = Layout("xom_baocao", "report", ("S04",), render, ENTRIES)
