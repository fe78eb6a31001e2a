"""A report made as a certificate ("Giấy xác nhận") in which the commune's People's Committee or
Front confirms what a unit's model achieved, for the unit's emulation dossier.

After the certificates that commune People's Committees issue on request (U09: the issuer and
number "Số: …/GXN-UBND", the motto and date line, "GIẤY XÁC NHẬN", "Căn cứ …", "Xét đề nghị
của … tại …", "ỦY BAN NHÂN DÂN XÃ … XÁC NHẬN:", the facts, "Giấy xác nhận này được cấp để …",
"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") and the confirmations of a model's
results that emulation dossiers ask for (U10), here as a numbered two-column table. The issuer
and its signer are not the unit nor the person in charge; the unit's own report and its date
(in "Xét …") are decoys; the money is the sum the model mobilised, not revenue, budget or
rewards.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    left: list[k.Run | str] = [(line, "", 12) for line in v["superior"]]
    left += [(v["issuer"], "b", 12), ("───────", ""), (v["number"], "", 12)]
    place, day, month, year = v["date"]
    dated: list[k.Run | str] | k.Run = (date_line(*v["date"]), "i", 12)
    if v.get("hand_day") and day:  # the day written in by pen on the printed line
        dated = [
            (f"{place}, ngày ", "i", 12),
            (f"{day:02d}", "h", 12),
            (f" tháng {month} năm {year}", "i", 12),
        ]
    right = [*k.quoc_hieu(), dated]
    k.header_block(doc, left, right)  # type: ignore[arg-type]
    k.para(doc, ("GIẤY XÁC NHẬN", "b", 16), align="center", before=14, after=0)
    k.para(doc, (v["subject"], "b", 13), align="center", after=8)
    for line in v["grounds"]:
        k.para(doc, (line, "i"), first=1.0)
    k.para(doc, (v["confirms"], "b"), align="center", before=4, after=4)
    rows = v["rows"]
    tbl = k.table(doc, len(rows), (0.9, 4.6, 10.5))
    for number, (label, value) in enumerate(rows):
        k.cell_text(tbl.cell(number, 0), f"{number + 1}", align="center", size=12)
        k.cell_text(tbl.cell(number, 1), (label, "b"), size=12)
        lines = value if isinstance(value, list) else [value]
        k.cell_text(tbl.cell(number, 2), lines, align="justify", size=12)
    k.para(doc, "", after=0)
    for line in v["closing"]:
        k.body(doc, line)
    sign = v["sign"]
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 11), *[(line, "", 11) for line in v["recipients"]]],
        [*[(line, "b") for line in sign[:-1]], "", "", "", (sign[-1], "b")],
    )
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
        "results": joined(v["results"]).rstrip("."),
        "participants": v.get("participants"),
        "funds_vnd": v.get("funds"),
        "signed_date": iso(v["date"][1], v["date"][2], v["date"][3]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], sign[-1:-3:-1]),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], sign[-1], v.get("stamp"))


HTX_RESULTS = [
    "- Sau 2 năm, 126 hộ thành viên chuyển đổi 212 ha dừa sang sản xuất hữu cơ, được cấp "
    "chứng nhận hữu cơ USDA, EU cho 180 ha;",
    "- Hợp tác xã bao tiêu 100% sản lượng dừa của thành viên với giá cao hơn thị trường 12%; "
    "thu nhập bình quân của hộ thành viên tăng từ 62 triệu lên 95 triệu đồng/năm;",
    "- 19 hộ nghèo, cận nghèo (trong đó 11 hộ đồng bào Khmer) được hợp tác xã cho ứng trước "
    "phân bón, đã thoát nghèo;",
    "- Không còn tình trạng dùng thuốc diệt cỏ trong vùng dừa; vỏ, xơ dừa được thu gom làm "
    "phân bón, không thải ra kênh rạch.",
]

ENTRIES = (
    Entry(
        "u13-xacnhan-gso-htx",
        ("scan", "doc"),
        {
            "unit_id": "gso-htx",
            "superior": ["ỦY BAN NHÂN DÂN"],
            "issuer": "XÃ GIỒNG SAO",
            "number": "Số: 57/GXN-UBND",
            "date": ("Giồng Sao", 12, 10, 2026),
            "subject": "Kết quả thực hiện mô hình “Dân vận khéo” giai đoạn 2025 – 2026",
            "grounds": [
                "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
                "Xét Báo cáo số 18/BC-HTX ngày 30/9/2026 của Hợp tác xã nông nghiệp dừa hữu "
                "cơ Giồng Sao và đề nghị của công chức Văn hóa – Xã hội xã,",
            ],
            "confirms": "ỦY BAN NHÂN DÂN XÃ GIỒNG SAO XÁC NHẬN:",
            "rows": [
                ("Tên mô hình", "“Liên kết trồng dừa hữu cơ – thành viên cùng giàu”"),
                ("Đơn vị thực hiện", "Hợp tác xã nông nghiệp dừa hữu cơ Giồng Sao"),
                (
                    "Người trực tiếp phụ trách",
                    "Bà Nguyễn Thị Cẩm Tú – Giám đốc Hợp tác xã; điện thoại: 0918 440 297",
                ),
                ("Loại, lĩnh vực", "Mô hình tập thể – lĩnh vực kinh tế"),
                ("Địa bàn", "ấp Giồng Sao, ấp Bến Dừa, ấp Sóc Tro"),
                ("Thời gian", "Từ tháng 7/2024 đến tháng 9/2026"),
                ("Thành viên tham gia", "126 hộ thành viên (trong đó 34 hộ đồng bào Khmer)"),
                (
                    "Nguồn lực huy động",
                    [
                        "Vốn góp của thành viên: 1,02 tỷ đồng.",
                        "(Ngoài ra: ngân sách tỉnh hỗ trợ máy sấy, nhà sơ chế 600 triệu đồng; "
                        "doanh thu năm 2025 của Hợp tác xã đạt 14,6 tỷ đồng.)",
                    ],
                ),
                ("Kết quả đạt được", HTX_RESULTS),
            ],
            "results": HTX_RESULTS,
            "closing": [
                "Mô hình được Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã đánh giá xếp loại "
                "Tốt năm 2025. Giấy xác nhận này được cấp để Hợp tác xã bổ sung hồ sơ đề nghị "
                "Ủy ban nhân dân tỉnh tặng Bằng khen.",
            ],
            "recipients": ["- HTX NN dừa hữu cơ Giồng Sao;", "- Lưu: VT, VH-XH."],
            "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Dương Hoàng Phúc"],
            "model": "Liên kết trồng dừa hữu cơ – thành viên cùng giàu",
            "type": "collective",
            "domain": "economy",
            "leader": ("Nguyễn Thị Cẩm Tú", "Giám đốc Hợp tác xã"),
            "phone": "0918 440 297",
            "location": "ấp Giồng Sao, ấp Bến Dừa, ấp Sóc Tro",
            "participants": 126,
            "funds": 1_020_000_000,
            "unit": "Hợp tác xã nông nghiệp dừa hữu cơ Giồng Sao",
            "stamp": "ỦY BAN NHÂN DÂN XÃ GIỒNG SAO",
            "traits": [
                "certificate",
                "label_value_table",
                "decoy_issuer",
                "decoy_report_date",
                "decoy_state_support",
                "decoy_revenue",
                "decoy_signer",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u14-xacnhan-gso-tram-y-te",
        ("photo",),
        {
            "unit_id": "gso-tram-y-te",
            "superior": ["ỦY BAN NHÂN DÂN"],
            "issuer": "XÃ GIỒNG SAO",
            "number": "Số: 61/GXN-UBND",
            "hand_day": True,
            "date": ("Giồng Sao", 3, 11, 2026),
            "subject": "Về kết quả mô hình “Dân vận khéo” của cá nhân",
            "grounds": [
                "Xét Đơn đề nghị xác nhận ngày 26/10/2026 của bà Sơn Thị Sóc Kha, viên chức "
                "Trạm Y tế xã Giồng Sao, có ý kiến của Trưởng Trạm Y tế;",
            ],
            "confirms": "ỦY BAN NHÂN DÂN XÃ GIỒNG SAO XÁC NHẬN:",
            "rows": [
                ("Họ và tên", "Sơn Thị Sóc Kha (dân tộc Khmer), sinh năm 1988"),
                (
                    "Chức vụ, đơn vị",
                    "Nữ hộ sinh, phụ trách công tác dân số – sức khỏe sinh sản, "
                    "Trạm Y tế xã Giồng Sao",
                ),
                ("Số điện thoại", "0388 517 240"),
                (
                    "Tên mô hình",
                    "Mô hình cá nhân “Mẹ tròn con vuông nơi phum sóc” (lĩnh vực văn hóa - xã hội)",
                ),
                ("Địa bàn thực hiện", "ấp Sóc Tro và ấp Rạch Kinh"),
                (
                    "Người cùng tham gia",
                    "24 cộng tác viên dân số, y tế ấp và 6 vị Achar, Lục "
                    "cả được bà vận động cùng tuyên truyền",
                ),
                (
                    "Kinh phí",
                    "Không huy động; sử dụng kinh phí sự nghiệp y tế (18 triệu "
                    "đồng) và quà của Hội Chữ thập đỏ xã",
                ),
                (
                    "Kết quả",
                    [
                        "Năm 2026, bà đã đến tận nhà tư vấn bằng tiếng Khmer cho 312 lượt phụ nữ "
                        "mang thai;",
                        "tỷ lệ sinh con tại cơ sở y tế ở hai ấp tăng từ 71% lên 98%; không có tai "
                        "biến sản khoa, không có trường hợp tảo hôn;",
                        "100% trẻ dưới 1 tuổi được tiêm chủng đầy đủ.",
                    ],
                ),
            ],
            "results": [
                "Năm 2026, bà đã đến tận nhà tư vấn bằng tiếng Khmer cho 312 lượt phụ nữ mang "
                "thai;",
                "tỷ lệ sinh con tại cơ sở y tế ở hai ấp tăng từ 71% lên 98%; không có tai biến "
                "sản khoa, không có trường hợp tảo hôn;",
                "100% trẻ dưới 1 tuổi được tiêm chủng đầy đủ.",
            ],
            "closing": [
                "Nội dung trên là đúng sự thật. Giấy xác nhận có giá trị để bà Sơn Thị Sóc Kha "
                "bổ sung hồ sơ xét tặng danh hiệu “Gương điển hình Dân vận khéo” cấp tỉnh.",
            ],
            "recipients": ["- Bà Sơn Thị Sóc Kha;", "- Trạm Y tế xã;", "- Lưu VT."],
            "sign": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Hoàng Nam"],
            "model": "Mẹ tròn con vuông nơi phum sóc",
            "type": "individual",
            "domain": "culture_society",
            "leader": ("Sơn Thị Sóc Kha", "Nữ hộ sinh"),
            "position_alt": [
                "Nữ hộ sinh, phụ trách công tác dân số – sức khỏe sinh sản",
                "viên chức Trạm Y tế xã Giồng Sao",
            ],
            "phone": "0388 517 240",
            "location": "ấp Sóc Tro và ấp Rạch Kinh",
            "participants": 24,
            "unit": "Trạm Y tế xã Giồng Sao",
            "stamp": "ỦY BAN NHÂN DÂN XÃ GIỒNG SAO",
            "traits": [
                "certificate",
                "individual_model",
                "label_value_table",
                "decoy_beneficiaries",
                "decoy_health_budget",
                "decoy_request_date",
                "decoy_signer",
                "hand_filled_day",
                "no_funds",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u15-xacnhan-gso-clb-don-ca",
        ("scan",),
        {
            "unit_id": "gso-clb-don-ca",
            "superior": ["ỦY BAN MTTQ VIỆT NAM", "TỈNH VĨNH LONG"],
            "issuer": "ỦY BAN MTTQ VIỆT NAM XÃ GIỒNG SAO",
            "number": "Số: 09/GXN-MTTQ",
            "date": ("Giồng Sao", None, 11, 2026),
            "subject": "(V/v xác nhận kết quả mô hình “Dân vận khéo” năm 2026)",
            "grounds": [
                "Căn cứ Chương trình phối hợp thống nhất hành động số 02/CTPH-MTTQ ngày "
                "15/01/2026 giữa Ủy ban MTTQ Việt Nam xã và các tổ chức thành viên;",
                "Theo đề nghị của Câu lạc bộ đờn ca tài tử ấp Bến Dừa (Báo cáo ngày 02/11/2026),",
            ],
            "confirms": "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ GIỒNG SAO XÁC NHẬN",
            "rows": [
                (
                    "Đơn vị",
                    "CLB đờn ca tài tử ấp Bến Dừa (trực thuộc Ban công tác Mặt trận ấp Bến Dừa)",
                ),
                ("Mô hình", "“Tiếng đờn kết nối yêu thương”"),
                ("Chủ nhiệm CLB, người phụ trách", "Ông Lê Văn Sáu – Chủ nhiệm Câu lạc bộ"),
                ("Nơi sinh hoạt", "nhà văn hóa ấp Bến Dừa"),
                ("Thành viên", "35 thành viên (đờn, ca), trong đó 8 em thiếu nhi"),
                (
                    "Kinh phí vận động",
                    "Thành viên và nhà hảo tâm đóng góp 58.500.000 đồng "
                    "(không kể 10 triệu đồng nhạc cụ do xã trang bị và 5 triệu đồng giải thưởng "
                    "Hội thi đờn ca tài tử tỉnh)",
                ),
                (
                    "Kết quả",
                    [
                        "Tổ chức 46 đêm đờn ca phục vụ bà con, lồng ghép tuyên truyền phòng chống "
                        "ma túy, an toàn giao thông, bảo vệ môi trường;",
                        "quyên góp từ các đêm diễn được 58,5 triệu đồng giúp 23 hộ nghèo sửa nhà, "
                        "mua thuốc chữa bệnh;",
                        "đạt giải Nhì Hội thi đờn ca tài tử tỉnh Vĩnh Long năm 2026.",
                    ],
                ),
            ],
            "results": [
                "Tổ chức 46 đêm đờn ca phục vụ bà con, lồng ghép tuyên truyền phòng chống ma "
                "túy, an toàn giao thông, bảo vệ môi trường;",
                "quyên góp từ các đêm diễn được 58,5 triệu đồng giúp 23 hộ nghèo sửa nhà, mua "
                "thuốc chữa bệnh;",
                "đạt giải Nhì Hội thi đờn ca tài tử tỉnh Vĩnh Long năm 2026.",
            ],
            "closing": [
                "Ban Thường trực Ủy ban MTTQ Việt Nam xã xác nhận nội dung trên là đúng. Liên hệ: "
                "Văn phòng Ủy ban MTTQ xã, 0270 3865 204.",
            ],
            "recipients": ["- CLB đờn ca tài tử ấp Bến Dừa;", "- Lưu."],
            "sign": ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Trần Thị Thu Vân"],
            "model": "Tiếng đờn kết nối yêu thương",
            "leader": ("Lê Văn Sáu", "Chủ nhiệm Câu lạc bộ"),
            "position_alt": ["Chủ nhiệm CLB"],
            "location": "nhà văn hóa ấp Bến Dừa",
            "location_alt": ["ấp Bến Dừa"],
            "participants": 35,
            "funds": 58_500_000,
            "unit": "CLB đờn ca tài tử ấp Bến Dừa",
            "unit_alt": ["Câu lạc bộ đờn ca tài tử ấp Bến Dừa"],
            "stamp": "ỦY BAN MTTQ VIỆT NAM XÃ GIỒNG SAO",
            "traits": [
                "certificate",
                "label_value_table",
                "unit_by_alias",
                "decoy_office_phone",
                "decoy_prize_money",
                "decoy_equipment",
                "decoy_report_date",
                "day_blank",
                "no_phone",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("giayxacnhan_ketqua", "report", ("U09", "U10"), render, ENTRIES)
