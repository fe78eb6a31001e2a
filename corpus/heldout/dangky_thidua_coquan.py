"""An agency's yearly emulation registration ("Bản đăng ký thi đua") with the model inside it.

The registration a health station, a school or the commune's military command sends to its
emulation council: a sector header of two or three lines (the regional health centre over the
station, the commune's People's Committee over the school, the provincial command over the
commune's), "Số: …/ĐK-…", "BẢN ĐĂNG KÝ THI ĐUA NĂM …" (a school year for a school),
"Kính gửi", a "Căn cứ …" sentence naming the unit, "I. ĐĂNG KÝ DANH HIỆU THI ĐUA" with the
collective title and a table of individuals (names, positions and titles that are not the
model's), then "II. ĐĂNG KÝ XÂY DỰNG MÔ HÌNH …" with items lettered in Vietnamese order
(a, b, c, d, đ, e) and the person in charge after an academic or military title ("BS.",
"ThS.", "Đại úy"), and "III. CÁC CHỈ TIÊU PHẤN ĐẤU" full of percentages.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

LETTERS = ("a", "b", "c", "d", "đ", "e")


def _people(doc: Document, rows: list[tuple[str, str, str]]) -> None:
    tbl = k.table(doc, 1 + len(rows), (1.2, 5.0, 5.0, 4.8))
    for col, title in enumerate(("STT", "Họ và tên", "Chức vụ", "Danh hiệu đăng ký")):
        k.cell_text(tbl.cell(0, col), (title, "b", 12), align="center")
    for number, row in enumerate(rows, start=1):
        k.cell_text(tbl.cell(number, 0), (str(number), "", 12), align="center")
        for col, text in enumerate(row, start=1):
            k.cell_text(tbl.cell(number, col), (text, "", 12))


def _model(doc: Document, v: dict[str, Any]) -> None:
    lead = v["leader"]
    person = f"{lead[2]} {lead[0]} – {lead[1]}"
    if v.get("phone"):
        person += f"; điện thoại: {v['phone']}"
    short = (
        ("Tên mô hình", f"“{v['model']}”"),
        ("Hình thức", v["type_text"]),
        ("Lĩnh vực", DOMAIN_VI[v["domain"]].capitalize()),
        ("Người phụ trách", person),
        ("Địa bàn thực hiện", v["location"]),
    )
    for letter, (label, value) in zip(LETTERS, short, strict=False):
        k.para(doc, (f"{letter}) {label}: ", "b"), value, first=0.5)
    k.para(doc, (f"{LETTERS[5]}) Nội dung, biện pháp thực hiện:", "b"), first=0.5)
    for line in v["content"]:
        k.body(doc, f"- {line}")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    left: list[k.Run | str] = [(line, "", 12) for line in v["superiors"]]
    left += [(v["unit_caps"], "b", 12), ("───────", ""), (v["number"], "", 12)]
    k.header_block(doc, left, [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)], (7.0, 9.0))
    k.para(doc, "", after=4)
    k.para(doc, (f"BẢN ĐĂNG KÝ THI ĐUA {v['period']}", "b", 14), align="center", after=6)
    k.para(doc, ("Kính gửi: ", "b"), v["to"], align="center", after=6)
    k.body(doc, f"Căn cứ {v['basis']}, {v['unit']} đăng ký thi đua {v['period'].lower()} như sau:")
    k.para(doc, ("I. ĐĂNG KÝ DANH HIỆU THI ĐUA", "b"), before=3)
    k.para(doc, ("1. Tập thể: ", "b"), v["collective_title"], first=0.5)
    k.para(doc, ("2. Cá nhân:", "b"), first=0.5)
    _people(doc, v["people"])
    k.para(doc, ("II. ĐĂNG KÝ XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO”", "b"), before=6)
    _model(doc, v)
    k.para(doc, ("III. CÁC CHỈ TIÊU PHẤN ĐẤU", "b"), before=3)
    for line in v["targets"]:
        k.body(doc, f"- {line}")
    signer = v["signer"]
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {r};", "", 11) for r in v["recipients"]],
         ("- Lưu: VT.", "", 11)],
        [(signer[1].upper(), "b"), ("(Ký, ghi rõ họ tên, đóng dấu)", "i"), "", "", "",
         (f"{signer[2]} {signer[0]}", "b")],
    )  # fmt: skip
    lead = v["leader"]
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": lead[0],
        "leader_position": lead[1],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "content": joined([f"- {line}" for line in v["content"]]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    stamp = f"{v['superiors'][-1]} * {v['unit_caps']}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "h13-thidua-plt-tram-y-te",
        ("scan",),
        {
            "unit_id": "plt-tram-y-te",
            "superiors": ["SỞ Y TẾ HÀ TĨNH", "TRUNG TÂM Y TẾ KHU VỰC PHÚ LẠC"],
            "unit_caps": "TRẠM Y TẾ XÃ PHÚ LẠC TÂY",
            "unit": "Trạm Y tế xã Phú Lạc Tây",
            "unit_alt": ["TYT xã Phú Lạc Tây", "Trạm Y tế xã"],
            "number": "Số: 15/ĐK-TYT",
            "date": ("Phú Lạc Tây", 24, 3, 2026),
            "period": "NĂM 2026",
            "to": "Hội đồng Thi đua - Khen thưởng Trung tâm Y tế khu vực Phú Lạc",
            "basis": "Luật Thi đua, khen thưởng năm 2022 và Kế hoạch phát động thi đua năm 2026 "
            "của Trung tâm Y tế khu vực",
            "collective_title": "Tập thể lao động tiên tiến",
            "people": [
                ("Trần Thị Hồng Nhung", "Trưởng trạm", "Chiến sĩ thi đua cơ sở"),
                ("Phan Văn Đức", "Y sĩ đa khoa", "Lao động tiên tiến"),
                ("Lê Thị Thảo", "Hộ sinh", "Lao động tiên tiến"),
                ("Nguyễn Thị Hà", "Điều dưỡng", "Lao động tiên tiến"),
                ("Hồ Văn Trung", "Dược sĩ", "Lao động tiên tiến"),
            ],
            "model": "Trạm Y tế thân thiện – nghe dân nói, nói dân hiểu",
            "type_text": "Tập thể",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Trần Thị Hồng Nhung", "Trưởng trạm", "BS."),
            "position_alt": ["Trưởng Trạm Y tế"],
            "phone": "0915 220 718",
            "location": "Trạm Y tế và các thôn trong xã",
            "content": [
                "Niêm yết công khai quy trình khám, giá dịch vụ; lập hộp thư và nhóm Zalo góp ý "
                "của người bệnh, trả lời trong 48 giờ.",
                "Mỗi tháng một buổi khám, tư vấn miễn phí cho người cao tuổi tại nhà văn hóa "
                "thôn, kết hợp cán bộ y tế thôn bản.",
            ],
            "targets": [
                "100% người bệnh được hướng dẫn tận tình; tỷ lệ hài lòng đạt trên 95%.",
                "Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 98%.",
            ],
            "recipients": ["Trung tâm Y tế khu vực", "Đảng ủy xã (b/c)"],
            "signer": ("Trần Thị Hồng Nhung", "Trưởng trạm", "BS."),
            "traits": [
                "three_line_sector_header",
                "emulation_registration",
                "people_table_distractors",
                "vietnamese_letter_items",
                "academic_title_before_name",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h14-thidua-plt-truong-tieu-hoc",
        ("photo", "doc"),
        {
            "unit_id": "plt-truong-tieu-hoc",
            "superiors": ["UBND XÃ PHÚ LẠC TÂY"],
            "unit_caps": "TRƯỜNG TIỂU HỌC PHÚ LẠC TÂY",
            "unit": "Trường Tiểu học Phú Lạc Tây",
            "unit_alt": ["Trường TH Phú Lạc Tây"],
            "number": "Số: 27/ĐK-THPLT",
            "date": ("Phú Lạc Tây", 28, 3, 2026),
            "period": "NĂM HỌC 2025 - 2026",
            "to": "Hội đồng Thi đua - Khen thưởng xã Phú Lạc Tây",
            "basis": "Thông tư hướng dẫn công tác thi đua, khen thưởng ngành Giáo dục và nhiệm "
            "vụ năm học",
            "collective_title": "Tập thể lao động xuất sắc",
            "people": [
                ("Nguyễn Thị Diệu Linh", "Hiệu trưởng", "Chiến sĩ thi đua cơ sở"),
                ("Hoàng Văn Tú", "Phó Hiệu trưởng", "Chiến sĩ thi đua cơ sở"),
                ("Đặng Thị Vân", "Tổ trưởng tổ 1", "Lao động tiên tiến"),
                ("Phạm Thị Yến", "Tổng phụ trách Đội", "Lao động tiên tiến"),
            ],
            "model": "Cổng trường an toàn giao thông, nói không với xe đưa đón tự phát",
            "type_text": "Tập thể",
            "type": "collective",
            "domain": "security_defense",
            "leader": ("Hoàng Văn Tú", "Phó Hiệu trưởng", "CN."),
            "phone": "0394 557 102",
            "location": "Cổng trường và tuyến đường liên xã trước trường",
            "content": [
                "Phối hợp Công an xã, Ban đại diện cha mẹ học sinh lập tổ “Cổng trường an toàn” "
                "trực giờ đón, trả học sinh.",
                "Ký cam kết với 100% phụ huynh không để con đi xe đưa đón không đăng ký.",
            ],
            "targets": [
                "Không có học sinh vi phạm trật tự an toàn giao thông.",
                "98% học sinh hoàn thành chương trình lớp học.",
            ],
            "recipients": ["UBND xã", "Đảng ủy xã (b/c)"],
            "signer": ("Nguyễn Thị Diệu Linh", "Hiệu trưởng", "ThS."),
            "traits": [
                "emulation_registration",
                "school_year",
                "people_table_distractors",
                "vietnamese_letter_items",
                "academic_title_before_name",
                "leader_not_signer",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h15-thidua-plt-quan-su",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "plt-quan-su",
            "superiors": ["BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH"],
            "unit_caps": "BAN CHỈ HUY QUÂN SỰ XÃ PHÚ LẠC TÂY",
            "unit": "Ban Chỉ huy Quân sự xã Phú Lạc Tây",
            "unit_alt": ["Ban CHQS xã Phú Lạc Tây"],
            "number": "Số: 08/ĐK-BCHQS",
            "date": ("Phú Lạc Tây", 31, 3, 2026),
            "period": "NĂM 2026",
            "to": "Hội đồng Thi đua - Khen thưởng xã Phú Lạc Tây",
            "basis": "Kế hoạch phát động phong trào Thi đua Quyết thắng năm 2026",
            "collective_title": "Đơn vị tiên tiến",
            "people": [
                ("Trần Đức Mạnh", "Chỉ huy trưởng", "Chiến sĩ thi đua cơ sở"),
                ("Lê Văn Hòa", "Chỉ huy phó", "Chiến sĩ tiên tiến"),
                ("Nguyễn Đình Long", "Thôn đội trưởng thôn Bàu Sen", "Chiến sĩ tiên tiến"),
            ],
            "model": "Dân quân cùng dân gia cố đê bao mùa lũ",
            "type_text": "Tập thể",
            "type": "collective",
            "domain": "security_defense",
            "leader": ("Trần Đức Mạnh", "Chỉ huy trưởng", "Đại úy"),
            "position_alt": ["Chỉ huy trưởng Ban Chỉ huy Quân sự xã"],
            "phone": "0979 031 664",
            "location": "Đê bao các thôn Bàu Sen, Đồng Vạn",
            "content": [
                "Tổ chức 3 tổ dân quân cơ động, mỗi tổ nhận phụ trách một đoạn đê bao; trước mùa "
                "lũ cùng Nhân dân gia cố, trồng tre chắn sóng.",
                "Lập danh sách hộ neo đơn để giúp di dời người và tài sản khi có lũ.",
            ],
            "targets": [
                "Hoàn thành 100% chỉ tiêu tuyển quân năm 2026.",
                "Huấn luyện dân quân đạt 100%, trong đó khá, giỏi trên 70%.",
            ],
            "recipients": ["Ban CHQS khu vực", "Đảng ủy xã (b/c)"],
            "signer": ("Trần Đức Mạnh", "Chỉ huy trưởng", "Đại úy"),
            "traits": [
                "emulation_registration",
                "people_table_distractors",
                "vietnamese_letter_items",
                "rank_before_name",
                "tcvn3",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("dangky_thidua_coquan", "registration", ("H07", "H08"), render, ENTRIES)
