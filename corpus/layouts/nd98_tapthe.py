"""The collective achievement report of Nghị định 98/2023/NĐ-CP (Phụ lục I, Mẫu số 02).

Superior body over the unit in the header (here on two lines: "ỦY BAN MTTQ VIỆT NAM" / "XÃ …"
over "HỘI …"); the collective's name under the title with the form's own hint in italics;
"I. THÔNG TIN CHUNG" with the seat and telephone; results under "II. THÀNH TÍCH ĐẠT ĐƯỢC"
"1. …"; "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG" with tables of earlier awards (their years and
decision dates are distractors); two signatures: the superior's and the unit head's.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def _awards(doc: Document, rows: list[tuple[str, str, str]], head: tuple[str, str, str]) -> None:
    tbl = k.table(doc, len(rows) + 1, (2.0, 6.0, 8.0))
    for col, text in enumerate(head):
        k.cell_text(tbl.cell(0, col), (text, "b", 12), align="center")
    for number, row in enumerate(rows, start=1):
        for col, text in enumerate(row):
            k.cell_text(
                tbl.cell(number, col), (text, "", 12), align="center" if col == 0 else "left"
            )


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [*[(line, "", 12) for line in v["superior"]], (v["unit_header"], "b", 12), "───────"],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )
    k.para(doc, "", after=6)
    k.para(doc, ("BÁO CÁO THÀNH TÍCH", "b", 14), align="center", after=0)
    k.para(doc, (v["award"], "b", 13), align="center", after=0)
    k.para(doc, (v["title"], "b", 13), align="center", after=4)
    k.para(doc, (v["collective"], "b"), align="center", after=0)
    k.para(
        doc, ("(Ghi đầy đủ bằng chữ in thường, không viết tắt)", "i", 12), align="center", after=6
    )
    k.para(doc, ("I. THÔNG TIN CHUNG", "b"))
    k.para(doc, ("1. Đặc điểm, tình hình:", "b"), first=1.0)
    k.body(doc, f"- Địa điểm trụ sở chính: {v['seat']}; điện thoại: {v['phone']}.")
    k.body(doc, f"- Quá trình thành lập và phát triển: {v['history']}")
    k.body(doc, f"- Những đặc điểm chính: {v['features']}")
    k.para(doc, ("2. Chức năng, nhiệm vụ: ", "b"), v["duties"], first=1.0)
    k.para(doc, ("II. THÀNH TÍCH ĐẠT ĐƯỢC", "b"), before=4)
    k.para(doc, ("1. Kết quả thực hiện mô hình", "b"), first=1.0)
    for line in v["results"]:
        k.body(doc, line)
    k.para(doc, ("2. Những biện pháp, nguyên nhân đạt được thành tích", "b"), first=1.0)
    for line in v["measures"]:
        k.body(doc, line)
    k.para(doc, ("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "b"), before=4)
    k.para(doc, ("1. Danh hiệu thi đua:", "b"), first=1.0)
    _awards(
        doc,
        v["titles"],
        (
            "Năm",
            "Danh hiệu thi đua",
            "Số, ngày, tháng, năm của quyết định công nhận; cơ quan ban hành quyết định",
        ),
    )
    k.para(doc, ("2. Hình thức khen thưởng:", "b"), first=1.0, before=4)
    _awards(
        doc,
        v["awards"],
        (
            "Năm",
            "Hình thức khen thưởng",
            "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định",
        ),
    )
    k.signature(
        doc,
        [
            ("THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN", "b"),
            ("TRỰC TIẾP XÁC NHẬN, ĐỀ NGHỊ", "b"),
            ("(Ký, đóng dấu)", "i"),
            "",
            "",
            "",
            (v["superior_signer"], "b"),
        ],
        [
            ("THỦ TRƯỞNG ĐƠN VỊ", "b"),
            ("(Ký, đóng dấu)", "i"),
            (v["signer"][1].upper(), "b"),
            "",
            "",
            (v["signer"][0], "b"),
        ],
    )
    lead = v.get("leader") or v["signer"]
    fields = {
        "unit_name": v["collective"],
        "model_name": v["model"],
        "leader_name": lead[0],
        "leader_position": lead[1],
        "phone": phone_digits(v["phone"]),
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    truth = Truth(
        "report", fields, v["unit_id"], alt, v["traits"], v["signer"][0], v["unit_header"]
    )
    return doc, truth


ENTRIES = (
    Entry(
        "c07-nd98tt-lhd-hoi-nong-dan",
        ("scan",),
        {
            "unit_id": "lhd-hoi-nong-dan",
            "superior": ["ỦY BAN MTTQ VIỆT NAM", "XÃ LẠC HƯNG ĐÔNG"],
            "unit_header": "HỘI NÔNG DÂN XÃ",
            "unit_alt": ["HỘI NÔNG DÂN XÃ", "Hội Nông dân xã"],
            "collective": "Hội Nông dân xã Lạc Hưng Đông",
            "date": ("Lạc Hưng Đông", 31, 8, 2026),
            "award": "ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ",
            "title": "Đã có thành tích xuất sắc trong thực hiện mô hình “Nông dân chung tay xây "
            "dựng cánh đồng một giống, một thời điểm gieo cấy”",
            "model": "Nông dân chung tay xây dựng cánh đồng một giống, một thời điểm gieo cấy",
            "seat": "Nhà văn hóa trung tâm xã Lạc Hưng Đông",
            "phone": "0229 3861 472",
            "history": "Hội Nông dân xã được kiện toàn tháng 7/2025 trên cơ sở hợp nhất Hội Nông "
            "dân ba xã cũ, hiện có 2.315 hội viên sinh hoạt ở 19 chi hội.",
            "features": "xã thuần nông, diện tích gieo cấy 1.120 ha/năm; 70% lao động làm nông "
            "nghiệp.",
            "duties": "tập hợp, vận động hội viên nông dân phát triển sản xuất, tham gia xây dựng "
            "nông thôn mới theo Điều lệ Hội.",
            "results": [
                "Hội vận động 412 hộ hội viên ở 4 thôn thống nhất gieo cấy một giống lúa chất "
                "lượng cao trên cánh đồng 86 ha, cùng một lịch thời vụ.",
                "Hội viên góp 540 triệu đồng thuê máy bay không người lái phun thuốc và cải tạo "
                "3,2 km kênh tưới; chi phí sản xuất giảm 1,8 triệu đồng/ha, năng suất tăng 7%.",
            ],
            "participants": 412,
            "funds": 540000000,
            "measures": [
                "Ban Chấp hành phân công ủy viên bám từng cánh đồng; tổ chức hội nghị đầu bờ "
                "để hội viên bàn và quyết định lịch thời vụ.",
            ],
            "titles": [
                (
                    "2025",
                    "Tập thể Lao động tiên tiến",
                    "Quyết định số 215/QĐ-UBND ngày 12/12/2025 của UBND xã Lạc Hưng Đông",
                )
            ],
            "awards": [
                (
                    "2025",
                    "Giấy khen",
                    "Quyết định số 38/QĐ-HND ngày 20/12/2025 của Hội Nông dân tỉnh",
                )
            ],
            "superior_signer": "Tống Văn Hiệp",
            "signer": ("Đoàn Văn Cảnh", "Chủ tịch"),
            "traits": [
                "nd98",
                "superior_two_lines",
                "leader_from_signature",
                "office_landline",
                "award_tables",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "c08-nd98tt-hoi-phu-nu",
        ("photo", "doc"),
        {
            "unit_id": "hoi-phu-nu",
            "superior": ["ỦY BAN MTTQ VIỆT NAM", "XÃ NGHĨA THÁI"],
            "unit_header": "HỘI LHPN XÃ NGHĨA THÁI",
            "unit_alt": ["HỘI LHPN XÃ NGHĨA THÁI", "Hội Liên hiệp Phụ nữ xã"],
            "collective": "Hội Liên hiệp Phụ nữ xã Nghĩa Thái",
            "date": ("Nghĩa Thái", 4, 9, 2024),
            "award": "ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA BAN CHẤP HÀNH HỘI LHPN TỈNH",
            "title": "Thành tích trong phong trào thi đua “Dân vận khéo” năm 2024, mô hình "
            "“Tiết kiệm vì chị em nghèo”",
            "model": "Tiết kiệm vì chị em nghèo",
            "seat": "Trụ sở Ủy ban nhân dân xã Nghĩa Thái",
            "phone": "02283 864 119",
            "history": "thành lập năm 1946; hiện có 2.084 hội viên, 16 chi hội.",
            "features": "đời sống hội viên còn khó khăn, 6,2% hộ nghèo và cận nghèo.",
            "duties": "đại diện, chăm lo quyền lợi hợp pháp của phụ nữ; vận động hội viên phát "
            "triển kinh tế gia đình.",
            "results": [
                "Từ tháng 4 đến tháng 8/2024, 16 chi hội duy trì 23 tổ tiết kiệm với 538 hội "
                "viên tham gia, số tiền tiết kiệm 318 triệu đồng.",
                "Tổ giúp 41 chị vay vốn không lãi chăn nuôi, buôn bán nhỏ; 9 hộ thoát nghèo, "
                "không có nợ quá hạn.",
            ],
            "participants": 538,
            "funds": 318000000,
            "measures": ["Công khai sổ sách hằng tháng; chi hội trưởng trực tiếp thu, chi."],
            "titles": [
                ("2023", "Tập thể Lao động xuất sắc", "Quyết định số 1120/QĐ-UBND ngày 15/12/2023")
            ],
            "awards": [
                ("2022", "Giấy khen", "Quyết định số 56/QĐ-HPN ngày 28/11/2022 của Hội LHPN huyện")
            ],
            "superior_signer": "Phạm Thị Mai",
            "signer": ("Đỗ Thị Huyền", "Chủ tịch"),
            "traits": [
                "nd98",
                "superior_two_lines",
                "award_tables",
                "office_landline",
                "leader_from_signature",
            ],
        },
    ),
    Entry(
        "c09-nd98tt-lhd-cong-an",
        ("scan",),
        {
            "unit_id": "lhd-cong-an",
            "superior": ["CÔNG AN TỈNH NINH BÌNH"],
            "unit_header": "CÔNG AN XÃ LẠC HƯNG ĐÔNG",
            "unit_alt": ["CÔNG AN XÃ LẠC HƯNG ĐÔNG", "Công an xã"],
            "collective": "Công an xã Lạc Hưng Đông",
            "date": ("Lạc Hưng Đông", 27, 8, 2026),
            "award": "ĐỀ NGHỊ TẶNG GIẤY KHEN",
            "title": "Thành tích xuất sắc trong thực hiện mô hình “Camera an ninh – Mắt thần "
            "khu dân cư”",
            "model": "Camera an ninh – Mắt thần khu dân cư",
            "seat": "thôn Lạc Thiện, xã Lạc Hưng Đông",
            "phone": "0912 660 113",
            "history": "Công an xã chính quy được bố trí từ năm 2020, kiện toàn lại sau khi sắp "
            "xếp đơn vị hành chính năm 2025.",
            "features": "địa bàn có quốc lộ chạy qua, tình hình trộm cắp tài sản còn diễn biến "
            "phức tạp.",
            "duties": "tham mưu bảo đảm an ninh, trật tự trên địa bàn xã.",
            "results": [
                "Vận động 1.036 hộ gia đình và 27 doanh nghiệp, cơ sở kinh doanh lắp đặt 148 "
                "camera, kinh phí xã hội hóa 680 triệu đồng.",
                "Qua hình ảnh camera đã làm rõ 9 vụ trộm cắp; số vụ việc về trật tự xã hội giảm "
                "35% so với cùng kỳ.",
            ],
            "participants": 1036,
            "funds": 680000000,
            "measures": ["Phối hợp Ban Công tác Mặt trận các thôn họp dân, công khai vị trí lắp."],
            "titles": [
                (
                    "2025",
                    "Đơn vị Quyết thắng",
                    "Quyết định số 4512/QĐ-CAT ngày 19/12/2025 của Giám đốc Công an tỉnh",
                )
            ],
            "awards": [("2024", "Giấy khen", "Quyết định số 77/QĐ-UBND ngày 30/12/2024")],
            "superior_signer": "Thượng tá Nguyễn Hữu Phong",
            "signer": ("Lò Văn Thạch", "Trưởng Công an xã"),
            "traits": ["nd98", "award_tables", "commune_2026", "leader_from_signature"],
        },
    ),
)

LAYOUT = Layout("nd98_tapthe", "report", ("S06", "S07"), render, ENTRIES)
