"""A registration made as a unit's founding decision ("Quyết định về việc thành lập Tổ/Đội/Câu
lạc bộ …"): the unit's standing board founds the team that runs its "Dân vận khéo" model, lists
its members with the head among them (Article 1), sets its tasks (Article 2) and charges those
who carry it out (Article 3).

After the decisions by which a body founds a working group (S05: the issuer block with "Số:
…/QĐ-…", "QUYẾT ĐỊNH / Về việc …", the issuer in capitals, "Căn cứ …;", "Xét đề nghị của …,",
"QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3. … chịu trách nhiệm thi hành Quyết định này./.",
"Nơi nhận: - Như Điều 3; … - Lưu …", "T/M BAN THƯỜNG VỤ / CHỦ TỊCH") and the associations that
found a team for their model (S06). The signer (unless the text makes the signer the head), the
members and their phones, the grounds' dates and the decision's effect date are decoys.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    day, month, year = v["date"][1:]
    k.header_block(
        doc,
        [*[(line, "", 12) for line in v["issuer"][:-1]], (v["issuer"][-1], "b", 12),
         ("───────", ""), (v["number"], "", 12)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
    )  # fmt: skip
    k.para(doc, ("QUYẾT ĐỊNH", "b", 15), align="center", before=12, after=0)
    for line in v["subject"]:
        k.para(doc, (line, "b", 13), align="center", after=0)
    k.para(doc, "───────", align="center", after=6)
    k.para(doc, (v["board"], "b", 13), align="center", after=6)
    for line in v["grounds"]:
        k.para(doc, (line, "i"), first=1.0, after=1)
    k.para(doc, ("QUYẾT ĐỊNH:", "b", 14), align="center", before=6, after=6)
    k.para(doc, ("Điều 1. ", "b"), v["art1"], first=1.0)
    if v.get("members"):
        tbl = k.table(doc, len(v["members"]) + 1, (1.0, 5.0, 6.5, 3.5))
        for col, head in enumerate(("TT", "Họ và tên", "Chức vụ, nơi ở", "Nhiệm vụ trong tổ")):
            k.cell_text(tbl.cell(0, col), (head, "b"), align="center", size=12)
        for r, row in enumerate(v["members"], 1):
            for col, text in enumerate((str(r), *row)):
                k.cell_text(tbl.cell(r, col), text, size=12,
                            align="center" if col in (0, 3) else "left")  # fmt: skip
        k.para(doc, "", after=0)
    for line in v.get("art1_lines", []):
        k.para(doc, line, indent=1.0)
    k.para(doc, ("Điều 2. ", "b"), v["art2"], first=1.0)
    for line in v["content"]:
        k.para(doc, line, indent=1.0)
    for line in v.get("art2_after", []):
        k.body(doc, line)
    k.para(doc, ("Điều 3. ", "b"), v["art3"], first=1.0)
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(line, "", 12) for line in v["recipients"]]],
        [*[(line, "b") for line in v["sign"]], "", "", "", (v["signer"], "b")],
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
        "content": joined(v["content"]).rstrip(".;"),
        "signed_date": iso(day, month, year),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
        "model_name": v.get("model_alt", []),
    }
    return doc, Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], v["signer"], v.get("stamp")
    )


ENTRIES = (
    Entry(
        "r07-quyetdinh-pmt-hoi-ccb",
        ("scan", "doc"),
        {
            "unit_id": "pmt-hoi-ccb",
            "issuer": ["HỘI CCB TỈNH THANH HÓA", "HỘI CỰU CHIẾN BINH XÃ PHÙ MÃ THƯỢNG"],
            "number": "Số: 07/QĐ-CCB",
            "date": ("Phù Mã Thượng", 16, 3, 2026),
            "subject": [
                "Về việc thành lập Tổ cựu chiến binh tự quản bến đò ngang",
                "thực hiện mô hình “Dân vận khéo” năm 2026",
            ],
            "board": "BAN THƯỜNG VỤ HỘI CỰU CHIẾN BINH XÃ PHÙ MÃ THƯỢNG",
            "grounds": [
                "Căn cứ Điều lệ Hội Cựu chiến binh Việt Nam;",
                "Căn cứ Kế hoạch số 19-KH/ĐU ngày 12/01/2026 của Đảng ủy xã về xây dựng mô hình "
                "“Dân vận khéo” năm 2026;",
                "Xét đề nghị của Chi hội Cựu chiến binh thôn Bến Đò,",
            ],
            "art1": "Thành lập Tổ cựu chiến binh tự quản bến đò ngang thôn Bến Đò để thực hiện "
            "mô hình “Dân vận khéo” “Cựu chiến binh giữ bến đò an toàn” (mô hình tập thể, lĩnh "
            "vực quốc phòng - an ninh), gồm các ông có tên sau:",
            "members": [
                ("Phạm Văn Dũng", "Chi hội trưởng Chi hội CCB thôn Bến Đò", "Tổ trưởng"),
                ("Bùi Văn Sinh", "Chủ tịch Hội CCB xã, thôn Bến Đò", "Tổ viên"),
                ("Quách Đình Tựu", "Hội viên, thôn Bến Đò", "Tổ viên"),
                ("Lê Văn Chắt", "Hội viên, thôn Chiềng Mã", "Tổ viên"),
            ],
            "art1_lines": ["Tổ trưởng Phạm Văn Dũng, điện thoại 0384 227 619."],
            "art2": "Tổ có nhiệm vụ:",
            "content": [
                "1. Trực bến đò ngang vào giờ học sinh qua sông (5 giờ 45 – 6 giờ 30 và 16 giờ 30 "
                "– 17 giờ 30);",
                "2. Nhắc người qua đò mặc áo phao, không để đò chở quá số người quy định;",
                "3. Báo ngay Công an xã khi nước sông Mã lên cao hoặc có người say rượu lái đò.",
            ],
            "art3": "Văn phòng Hội, Chi hội CCB thôn Bến Đò và các ông có tên tại Điều 1 chịu "
            "trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày 01/4/2026./.",
            "recipients": [
                "- Như Điều 3;",
                "- Đảng ủy xã (b/c);",
                "- Hội CCB tỉnh (b/c);",
                "- Lưu VP.",
            ],
            "sign": ["T/M BAN THƯỜNG VỤ", "CHỦ TỊCH"],
            "signer": "Bùi Văn Sinh",
            "stamp": "HỘI CỰU CHIẾN BINH XÃ PHÙ MÃ THƯỢNG",
            "leader": ("Phạm Văn Dũng", "Tổ trưởng"),
            "position_alt": ["Chi hội trưởng Chi hội CCB thôn Bến Đò"],
            "phone": "0384 227 619",
            "model": "Cựu chiến binh giữ bến đò an toàn",
            "type": "collective",
            "domain": "security_defense",
            "location": "bến đò ngang thôn Bến Đò",
            "location_alt": ["thôn Bến Đò"],
            "unit": "Hội Cựu chiến binh xã Phù Mã Thượng",
            "unit_alt": ["HỘI CỰU CHIẾN BINH XÃ PHÙ MÃ THƯỢNG"],
            "traits": [
                "founding_decision",
                "articles",
                "members_table",
                "leader_in_table",
                "decoy_signer",
                "decoy_plan_date",
                "decoy_effect_date",
                "decoy_times",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r08-quyetdinh-pmt-doan-xa",
        ("photo",),
        {
            "unit_id": "pmt-doan-xa",
            "issuer": ["ĐOÀN TNCS HỒ CHÍ MINH TỈNH THANH HÓA", "BCH ĐOÀN XÃ PHÙ MÃ THƯỢNG"],
            "number": "Số: 12-QĐ/ĐTN",
            "date": ("Phù Mã Thượng", 26, 3, 2026),
            "subject": ["V/v thành lập Đội thanh niên tình nguyện “Bình dân học vụ số”"],
            "board": "BAN THƯỜNG VỤ ĐOÀN XÃ PHÙ MÃ THƯỢNG",
            "grounds": [
                "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;",
                "Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026;",
                "Xét năng lực, sở trường của đoàn viên,",
            ],
            "art1": "Thành lập Đội thanh niên tình nguyện “Bình dân học vụ số” gồm 16 đoàn viên "
            "(có danh sách kèm theo), do đồng chí Trương Minh Đức, Bí thư Đoàn xã làm Đội "
            "trưởng; đồng chí Hà Thị Ngân, Phó Bí thư Đoàn xã làm Đội phó. Đội là mô hình “Dân "
            "vận khéo” của Đoàn xã năm 2026, hoạt động tại 4 thôn và Bộ phận Một cửa của xã.",
            "art2": "Nhiệm vụ của Đội:",
            "content": [
                "- Hướng dẫn người dân cài đặt, sử dụng VNeID, dịch vụ công trực tuyến, thanh "
                "toán không dùng tiền mặt;",
                "- Mở lớp “Bình dân học vụ số” tối thứ Sáu hằng tuần tại nhà văn hóa các thôn;",
                "- Hỗ trợ người cao tuổi, người khuyết tật nộp hồ sơ trực tuyến tại nhà.",
            ],
            "art2_after": [
                "Đội trưởng chịu trách nhiệm trước Ban Thường vụ về hoạt động của Đội; số điện "
                "thoại đường dây hỗ trợ của Đội: 0869 441 027.",
            ],
            "art3": "Văn phòng Đoàn xã, các chi đoàn và các đồng chí có tên tại Điều 1 căn cứ "
            "Quyết định thi hành./.",
            "recipients": ["- Tỉnh đoàn (b/c);", "- Đảng ủy xã (b/c);", "- Như Điều 3;", "- Lưu."],
            "sign": ["TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
            "signer": "Hà Thị Ngân",
            "stamp": "BCH ĐOÀN XÃ PHÙ MÃ THƯỢNG",
            "leader": ("Trương Minh Đức", "Bí thư Đoàn xã"),
            "position_alt": ["Đội trưởng"],
            "phone": "0869 441 027",
            "model": "Bình dân học vụ số",
            "model_alt": ["Đội thanh niên tình nguyện “Bình dân học vụ số”"],
            "location": "4 thôn và Bộ phận Một cửa của xã",
            "location_alt": ["4 thôn", "nhà văn hóa các thôn"],
            "unit": "BCH Đoàn xã Phù Mã Thượng",
            "unit_alt": ["Ban Thường vụ Đoàn xã Phù Mã Thượng", "Đoàn xã Phù Mã Thượng"],
            "traits": [
                "founding_decision",
                "articles",
                "leader_in_prose",
                "hotline_is_leader_phone",
                "decoy_deputy",
                "decoy_signer",
                "no_type_no_domain",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r09-quyetdinh-pmt-hoi-nong-dan",
        ("scan",),
        {
            "unit_id": "pmt-hoi-nong-dan",
            "issuer": ["HỘI NÔNG DÂN TỈNH THANH HÓA", "HỘI NÔNG DÂN XÃ PHÙ MÃ THƯỢNG"],
            "number": "Số: 09/QĐ-HND",
            "date": ("Phù Mã Thượng", 3, 7, 2026),
            "subject": ["Về việc thành lập Câu lạc bộ “Nông dân trồng mía giỏi, vận động giỏi”"],
            "board": "BAN THƯỜNG VỤ HỘI NÔNG DÂN XÃ PHÙ MÃ THƯỢNG",
            "grounds": [
                "Căn cứ Điều lệ Hội Nông dân Việt Nam;",
                "Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội Nông dân xã ngày 25/6/2026;",
                "Xét đề nghị của các chi hội nông dân thôn Đồng Muốn, Cốc Mường,",
            ],
            "art1": "Thành lập Câu lạc bộ “Nông dân trồng mía giỏi, vận động giỏi” – mô hình "
            "“Dân vận khéo” tập thể thuộc lĩnh vực kinh tế của Hội Nông dân xã, sinh hoạt tại "
            "vùng mía đồi thôn Đồng Muốn và thôn Cốc Mường.",
            "art1_lines": [
                "Chủ nhiệm Câu lạc bộ: ông Đinh Công Thắm, Chi hội trưởng Chi hội nông dân thôn "
                "Đồng Muốn (ĐT 0398.552.164).",
                "Phó Chủ nhiệm: ông Quách Văn Lảy (ĐT 0912.407.355).",
                "Thành viên: 31 hội viên có danh sách kèm theo.",
            ],
            "art2": "Câu lạc bộ có nhiệm vụ:",
            "content": [
                "a) Vận động hội viên dồn đổi ruộng mía, đưa giống mía mới năng suất cao vào trồng;",
                "b) Chia sẻ kinh nghiệm, giúp nhau công, giống, máy làm đất;",
                "c) Đại diện hội viên thương lượng giá thu mua với Nhà máy đường.",
            ],
            "art3": "Ban Thường vụ Hội Nông dân xã, các chi hội liên quan và ông (bà) có tên tại "
            "Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            "recipients": ["- Như Điều 3;", "- Đảng ủy, UBND xã;", "- Lưu."],
            "sign": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
            "signer": "Quách Công Lực",
            "stamp": "HỘI NÔNG DÂN XÃ PHÙ MÃ THƯỢNG",
            "leader": ("Đinh Công Thắm", "Chi hội trưởng Chi hội nông dân thôn Đồng Muốn"),
            "position_alt": ["Chủ nhiệm Câu lạc bộ", "Chi hội trưởng Chi hội nông dân"],
            "phone": "0398.552.164",
            "model": "Nông dân trồng mía giỏi, vận động giỏi",
            "model_alt": ["Câu lạc bộ “Nông dân trồng mía giỏi, vận động giỏi”"],
            "type": "collective",
            "domain": "economy",
            "location": "vùng mía đồi thôn Đồng Muốn và thôn Cốc Mường",
            "location_alt": ["thôn Đồng Muốn và thôn Cốc Mường"],
            "unit": "Hội Nông dân xã Phù Mã Thượng",
            "unit_alt": ["HỘI NÔNG DÂN XÃ PHÙ MÃ THƯỢNG"],
            "traits": [
                "founding_decision",
                "articles",
                "leader_in_article_line",
                "decoy_deputy_phone",
                "decoy_signer",
                "decoy_resolution_date",
                "decoy_member_count",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("quyetdinh_thanhlap", "registration", ("S05", "S06"), render, ENTRIES)
