"""A registration made as a joint programme ("Chương trình phối hợp") of two units: the lead unit
builds the model, the partner sends a person to help; both heads sign side by side.

After the coordination programmes and cooperation minutes that associations sign with the
police, the border guard or a cooperative (W03: the two issuers in the header, "Số: …/CTPH-…",
"CHƯƠNG TRÌNH PHỐI HỢP", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG PHỐI HỢP", "III. TRÁCH NHIỆM
CỦA CÁC BÊN", "IV. TỔ CHỨC THỰC HIỆN", two signature blocks) used to set up a "Dân vận khéo"
model (W04). The partner's person and phone, the partner's head and the dates of the plans in
the preamble are decoys; the unit is the lead ("chủ trì").
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    left = [(line, "b", 12) for line in v["issuers"]] + [(v["number"], "", 12)]
    right = (
        [("ĐẢNG CỘNG SẢN VIỆT NAM", "b", 13), ("───────────", "")]
        if v.get("party")
        else k.quoc_hieu()
    )
    k.header_block(doc, left, [*right, (date_line(*v["date"]), "i", 12)], widths=(7.2, 8.8))
    k.para(doc, ("CHƯƠNG TRÌNH PHỐI HỢP", "b", 15), align="center", before=12, after=0)
    k.para(doc, (v["between"], "b", 13), align="center", after=0)
    k.para(doc, (f"về xây dựng mô hình “Dân vận khéo” “{v['model']}”", "b", 13),
           align="center", after=8)  # fmt: skip
    for line in v["basis"]:
        k.body(doc, line)
    k.body(doc, v["agree"])
    k.para(doc, ("I. MỤC ĐÍCH, YÊU CẦU", "b"), before=6)
    for line in v["aims"]:
        k.body(doc, line)
    k.para(doc, ("II. NỘI DUNG PHỐI HỢP", "b"), before=6)
    if v.get("nature"):
        k.body(doc, v["nature"])
    for point in v["content"]:
        k.body(doc, point)
    k.para(doc, ("III. TRÁCH NHIỆM CỦA CÁC BÊN", "b"), before=6)
    k.para(doc, (f"1. {v['lead_label']} (đơn vị chủ trì)", "b"), first=1.0)
    for line in v["lead_duties"]:
        k.body(doc, line)
    k.para(doc, (f"2. {v['partner_label']} (đơn vị phối hợp)", "b"), first=1.0)
    for line in v["partner_duties"]:
        k.body(doc, line)
    k.para(doc, ("IV. TỔ CHỨC THỰC HIỆN", "b"), before=6)
    for line in v["execution"]:
        k.body(doc, line)
    k.signature(
        doc,
        [
            *[(line, "b") for line in v["partner_sign"][:-1]],
            "",
            "",
            "",
            (v["partner_sign"][-1], "b"),
        ],
        [*[(line, "b") for line in v["lead_sign"][:-1]], "", "", "", (v["lead_sign"][-1], "b")],
        widths=(8.0, 8.0),
    )
    k.para(doc, ("Nơi nhận:", "bi", 11), align="left", before=8, after=0)
    for line in v["recipients"]:
        k.para(doc, (line, "", 11), align="left", after=0)
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
        "content": joined(v["content"]).rstrip("."),
        "signed_date": iso(v["date"][1], v["date"][2], v["date"][3]),
    }
    signer = (v["lead_sign"][-1], v["lead_sign"][-2])
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], signer),
        "location": v.get("location_alt", []),
    }
    return doc, Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], v["lead_sign"][-1], v.get("stamp")
    )


ENTRIES = (
    Entry(
        "w04-phoihop-kmd-hoi-phu-nu",
        ("scan", "doc"),
        {
            "unit_id": "kmd-hoi-phu-nu",
            "issuers": ["HỘI LHPN XÃ KHE MÂY ĐÔNG", "CÔNG AN XÃ KHE MÂY ĐÔNG"],
            "number": "Số: 01/CTPH-PN-CA",
            "date": ("Khe Mây Đông", 9, 3, 2026),
            "between": "giữa Hội Liên hiệp Phụ nữ xã và Công an xã Khe Mây Đông",
            "model": "Phụ nữ bản Ra Mai nói không với ma túy, mua bán người",
            "basis": [
                "Căn cứ Kế hoạch số 07/KH-BCĐ ngày 15/01/2026 của Ban Chỉ đạo xã về phong trào "
                "thi đua “Dân vận khéo” năm 2026;",
                "Căn cứ Chương trình công tác năm 2026 của Hội Liên hiệp Phụ nữ xã và của Công "
                "an xã Khe Mây Đông;",
            ],
            "agree": "Hội Liên hiệp Phụ nữ xã Khe Mây Đông (sau đây gọi là Hội Phụ nữ) và Công "
            "an xã Khe Mây Đông thống nhất ban hành Chương trình phối hợp như sau:",
            "aims": [
                "1. Phát huy vai trò của phụ nữ trong phát hiện, tố giác tội phạm ma túy, mua "
                "bán người trên tuyến biên giới.",
                "2. Phối hợp chặt chẽ, thường xuyên; không để phát sinh điểm nóng tại bản.",
            ],
            "nature": "Mô hình tập thể thuộc lĩnh vực quốc phòng - an ninh, thực hiện tại bản Ra "
            "Mai, gồm các nội dung:",
            "type": "collective",
            "domain": "security_defense",
            "content": [
                "1. Thành lập Tổ phụ nữ tuyên truyền viên 12 người, nói chuyện bằng tiếng Vân "
                "Kiều tại nhà sàn của từng dòng họ.",
                "2. Mỗi hội viên theo dõi, nhắc nhở 5 hộ liền kề; kịp thời báo tin lạ cho Công "
                "an xã qua đường dây nóng.",
                "3. Giúp chị em có người thân đi làm ăn bên kia biên giới khai báo tạm vắng, "
                "nhận biết thủ đoạn lừa đi làm thuê.",
            ],
            "lead_label": "Hội Liên hiệp Phụ nữ xã",
            "lead_duties": [
                "Chủ trì xây dựng mô hình; giao đồng chí Hồ Thị Pơi, Phó Chủ tịch Hội LHPN xã, "
                "Chi hội trưởng Chi hội phụ nữ bản Ra Mai, trực tiếp phụ trách (điện thoại "
                "0847 351 206).",
                "Tổng hợp kết quả, báo cáo Ban Chỉ đạo xã 6 tháng một lần.",
            ],
            "leader": (
                "Hồ Thị Pơi",
                "Phó Chủ tịch Hội LHPN xã, Chi hội trưởng Chi hội phụ nữ bản Ra Mai",
            ),
            "position_alt": ["Phó Chủ tịch Hội LHPN xã"],
            "phone": "0847 351 206",
            "location": "bản Ra Mai",
            "partner_label": "Công an xã",
            "partner_duties": [
                "Cử đồng chí Trung úy Lê Minh Khoa, cán bộ Công an xã (điện thoại 0968 114 502), "
                "phối hợp tập huấn cho Tổ tuyên truyền viên; tiếp nhận, xử lý tin báo.",
            ],
            "execution": [
                "Định kỳ 6 tháng hai bên sơ kết; cuối năm 2026 tổng kết, đề nghị khen thưởng.",
                "Chương trình có hiệu lực kể từ ngày ký.",
            ],
            "lead_sign": ["TM. BAN CHẤP HÀNH HỘI LHPN XÃ", "CHỦ TỊCH", "Phạm Thị Thanh Tâm"],
            "partner_sign": ["CÔNG AN XÃ", "TRƯỞNG CÔNG AN", "Trần Quốc Việt"],
            "recipients": ["- Ban Chỉ đạo xã (b/c);", "- Hai bên thực hiện;", "- Lưu."],
            "unit": "Hội Liên hiệp Phụ nữ xã Khe Mây Đông",
            "unit_alt": ["HỘI LHPN XÃ KHE MÂY ĐÔNG"],
            "stamp": "HỘI LHPN XÃ KHE MÂY ĐÔNG",
            "traits": [
                "joint_programme",
                "two_issuers",
                "two_signatures",
                "decoy_partner_person",
                "decoy_partner_phone",
                "leader_in_duties",
                "van_kieu_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w05-phoihop-kmd-hoi-nong-dan",
        ("photo",),
        {
            "unit_id": "kmd-hoi-nong-dan",
            "issuers": ["HỘI NÔNG DÂN XÃ KHE MÂY ĐÔNG", "HTX NÔNG NGHIỆP CÀ PHÊ KHE MÂY"],
            "number": "Số: 02/CTPH-HND-HTX",
            "date": ("Khe Mây Đông", 2, 4, 2026),
            "between": "giữa Hội Nông dân xã Khe Mây Đông và Hợp tác xã nông nghiệp cà phê Khe Mây",
            "model": "Nông dân liên kết trồng cà phê sạch",
            "basis": [
                "Thực hiện Kế hoạch số 07/KH-BCĐ ngày 15/01/2026 của Ban Chỉ đạo xã;",
                "Căn cứ Nghị quyết Đại hội thành viên thường niên năm 2026 của Hợp tác xã nông "
                "nghiệp cà phê Khe Mây ngày 28/02/2026;",
            ],
            "agree": "Hai bên thống nhất phối hợp xây dựng mô hình “Dân vận khéo” với những "
            "nội dung sau:",
            "aims": [
                "1. Giúp hội viên chuyển sang sản xuất cà phê theo hướng hữu cơ, có đầu ra ổn "
                "định.",
                "2. Hội viên tham gia tự nguyện, hai bên cùng có lợi.",
            ],
            "type": "collective",
            "domain": "economy",
            "nature": "Mô hình tập thể, lĩnh vực kinh tế. Nội dung phối hợp:",
            "content": [
                "- Hội Nông dân vận động 60 hộ hội viên ở thôn Khe Mây, thôn Tân Xuân ký hợp "
                "đồng liên kết với Hợp tác xã;",
                "- Mở 4 lớp tập huấn ủ phân hữu cơ từ vỏ cà phê, tỉa cành, hái chín;",
                "- Hợp tác xã ứng trước phân bón, bao tiêu sản phẩm cao hơn giá thị trường "
                "1.000 đồng/kg;",
                "- Xây dựng 1 điểm trình diễn 2 ha tại thôn Khe Mây.",
            ],
            "lead_label": "Hội Nông dân xã",
            "lead_duties": [
                "Chủ trì; phân công đồng chí Trương Văn Lực, Phó Chủ tịch Hội Nông dân xã, phụ "
                "trách mô hình; điện thoại: 0912 486 033.",
            ],
            "leader": ("Trương Văn Lực", "Phó Chủ tịch Hội Nông dân xã"),
            "phone": "0912 486 033",
            "location": "thôn Khe Mây và thôn Tân Xuân",
            "location_alt": ["thôn Khe Mây, thôn Tân Xuân"],
            "partner_label": "Hợp tác xã nông nghiệp cà phê Khe Mây",
            "partner_duties": [
                "Giao bà Lê Thị Hồng Nhung, Giám đốc (điện thoại 0905 773 140), ký hợp đồng "
                "với hộ, cung ứng vật tư, thu mua sản phẩm.",
            ],
            "execution": [
                "Hằng quý hai bên họp rút kinh nghiệm tại trụ sở Hợp tác xã.",
            ],
            "lead_sign": ["TM. BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ", "CHỦ TỊCH", "Đoàn Thị Hậu"],
            "partner_sign": [
                "HỢP TÁC XÃ NÔNG NGHIỆP CÀ PHÊ KHE MÂY",
                "GIÁM ĐỐC",
                "Lê Thị Hồng Nhung",
            ],
            "recipients": ["- Ban Chỉ đạo xã;", "- Như trên;", "- Lưu."],
            "unit": "Hội Nông dân xã Khe Mây Đông",
            "stamp": "HỘI NÔNG DÂN XÃ KHE MÂY ĐÔNG",
            "traits": [
                "joint_programme",
                "two_issuers",
                "two_signatures",
                "decoy_partner_person",
                "decoy_partner_phone",
                "decoy_meeting_date",
                "leader_in_duties",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "w06-phoihop-kmd-cb-ra-mai",
        ("scan",),
        {
            "unit_id": "kmd-cb-ra-mai",
            "party": True,
            "issuers": [
                "ĐẢNG BỘ XÃ KHE MÂY ĐÔNG",
                "CHI BỘ BẢN RA MAI",
                "──────",
                "CHI BỘ ĐỒN BIÊN PHÒNG KHE MÂY",
            ],
            "number": "Số: 03-CTPH/CB-ĐBP",
            "date": ("Ra Mai", None, 4, 2026),
            "between": "giữa Chi bộ bản Ra Mai và Chi bộ Đồn Biên phòng Khe Mây",
            "model": "Đảng viên biên phòng và đảng viên bản cùng đỡ đầu hộ nghèo",
            "basis": [
                "Thực hiện Kế hoạch số 07/KH-BCĐ ngày 15/01/2026 của Ban Chỉ đạo xã và phong "
                "trào “Bộ đội Biên phòng chung sức xây dựng nông thôn mới”;",
            ],
            "agree": "Chi bộ bản Ra Mai và Chi bộ Đồn Biên phòng Khe Mây thống nhất như sau:",
            "aims": [
                "Mỗi đảng viên giúp một hộ nghèo có việc làm, có thu nhập ổn định; góp phần "
                "giữ vững an ninh vùng biên.",
            ],
            "content": [
                "1. Ghép 14 đảng viên của hai chi bộ với 14 hộ nghèo, hộ cận nghèo của bản.",
                "2. Hướng dẫn hộ trồng chuối, nuôi bò nhốt chuồng, dọn vệ sinh nhà ở.",
                "3. Tháng một lần đến thăm hộ, ghi sổ theo dõi tiến bộ của hộ.",
            ],
            "lead_label": "Chi bộ bản Ra Mai",
            "lead_duties": [
                "Chủ trì; đồng chí Hồ Văn Lươi, Bí thư Chi bộ, Trưởng bản, trực tiếp phụ trách "
                "mô hình.",
            ],
            "leader": ("Hồ Văn Lươi", "Bí thư Chi bộ, Trưởng bản"),
            "position_alt": ["Bí thư Chi bộ"],
            "location": "bản Ra Mai",
            "partner_label": "Chi bộ Đồn Biên phòng Khe Mây",
            "partner_duties": [
                "Cử Thiếu tá Nguyễn Văn Hùng, Đội trưởng Đội vận động quần chúng (điện thoại "
                "0977 205 618), cùng 6 đảng viên tham gia đỡ đầu.",
            ],
            "execution": [
                "Cuối năm hai chi bộ cùng đánh giá kết quả, báo cáo Đảng ủy xã Khe Mây Đông.",
            ],
            "lead_sign": ["T/M CHI BỘ BẢN RA MAI", "BÍ THƯ", "Hồ Văn Lươi"],
            "partner_sign": ["T/M CHI BỘ ĐỒN BIÊN PHÒNG", "BÍ THƯ", "Lê Đức Mạnh"],
            "recipients": ["- Đảng ủy xã (b/c);", "- Đảng ủy Đồn Biên phòng;", "- Lưu."],
            "unit": "Chi bộ bản Ra Mai",
            "stamp": None,
            "traits": [
                "joint_programme",
                "two_issuers",
                "two_signatures",
                "party_header",
                "decoy_partner_person",
                "decoy_partner_phone",
                "leader_signs",
                "no_phone",
                "no_type",
                "no_domain",
                "blank_day",
                "van_kieu_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("chuongtrinh_phoihop", "registration", ("W03", "W04"), render, ENTRIES)
