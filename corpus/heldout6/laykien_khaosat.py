"""The result of asking residents about a model before registering it ("KẾT QUẢ LẤY Ý KIẾN").

After published results of consulting voters (T11: how many took part out of how many, "đạt tỷ
lệ …%", how many agreed and disagreed) and residents' opinion forms with their scales (T12): the
unit in the header, "BẢNG TỔNG HỢP / KẾT QUẢ LẤY Ý KIẾN NHÂN DÂN" over the model it is about,
"I. THÔNG TIN VỀ MÔ HÌNH DỰ KIẾN ĐĂNG KÝ" (the unit, the model, type and domain on one line,
the person, post and phone on one line with semicolons, the place, the planned content as dash
lines), "II. KẾT QUẢ LẤY Ý KIẾN" (forms handed out and returned, then a table of counts and
percentages per question), "III. Ý KIẾN KHÁC" and "IV. KẾT LUẬN", then whoever summed the forms
up beside the unit's signature.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

TYPES = {"collective": "Tập thể", "individual": "Cá nhân"}
HEAD = ("TT", "Nội dung hỏi ý kiến", "Đồng ý (phiếu)", "Tỷ lệ (%)", "Không đồng ý (phiếu)",
        "Tỷ lệ (%)")  # fmt: skip
WIDTHS = (0.9, 6.6, 2.0, 1.9, 2.3, 1.9)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",")


def _info(doc: Document, v: dict[str, Any]) -> None:
    person, position = v["leader"]
    k.para(doc, ("I. THÔNG TIN VỀ MÔ HÌNH DỰ KIẾN ĐĂNG KÝ", "b"), before=4)
    k.para(doc, f"1. Đơn vị đăng ký: {v['unit_line']}")
    k.para(doc, f"2. Tên mô hình: “{v['model']}”")
    k.para(doc, f"3. Loại mô hình: {TYPES[v['type']]}; lĩnh vực: {DOMAIN_VI[v['domain']]}")
    k.para(doc, f"4. Người phụ trách: {person}; chức vụ: {position}; điện thoại: {v['phone']}")
    k.para(doc, f"5. Địa bàn thực hiện: {v['location']}")
    k.para(doc, "6. Nội dung, cách làm dự kiến:")
    for line in v["content"]:
        k.para(doc, line, indent=0.5)


def _results(doc: Document, v: dict[str, Any]) -> None:
    out, back = v["forms"]
    k.para(doc, ("II. KẾT QUẢ LẤY Ý KIẾN", "b"), before=4)
    k.body(doc, f"Hình thức: {v['how']}. Số phiếu phát ra: {out} phiếu; số phiếu thu về: {back} "
                f"phiếu, đạt {_pct(back, out)}%.")  # fmt: skip
    tbl = k.table(doc, 1 + len(v["questions"]), WIDTHS)
    for col, title in enumerate(HEAD):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=11)
    for row, (question, yes) in enumerate(v["questions"], start=1):
        no = back - yes
        cells = (str(row), question, str(yes), _pct(yes, back), str(no), _pct(no, back))
        for col, text in enumerate(cells):
            k.cell_text(tbl.cell(row, col), text, align="left" if col == 1 else "center",
                        size=11)  # fmt: skip
    k.para(doc, ("III. Ý KIẾN KHÁC CỦA NHÂN DÂN", "b"), before=6)
    for line in v["other"]:
        k.para(doc, f"- {line}", indent=0.5)
    k.para(doc, ("IV. KẾT LUẬN", "b"), before=4)
    yes = v["questions"][0][1]
    k.body(doc, f"Có {yes}/{back} phiếu, chiếm {_pct(yes, back)}% số phiếu thu về, đồng ý với "
                f"việc xây dựng mô hình. {v['conclusion']}")  # fmt: skip


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [*[(line, "b", 12) for line in v["issuer_caps"]], ("───────", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, ("BẢNG TỔNG HỢP", "b", 14), align="center", before=8, after=0)
    k.para(doc, ("KẾT QUẢ LẤY Ý KIẾN NHÂN DÂN", "b", 14), align="center", after=0)
    k.para(doc, (f"về việc đăng ký xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}", "bi"),
           align="center", after=8)  # fmt: skip
    _info(doc, v)
    _results(doc, v)
    k.signature(
        doc,
        [("NGƯỜI TỔNG HỢP", "b"), "", "", "", (v["summer"], "b")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    stamp = " ".join(v["issuer_caps"])
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "t16-laykien-kxa-cong-an",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "kxa-cong-an",
            "issuer_caps": ["CÔNG AN TỈNH TUYÊN QUANG", "CÔNG AN XÃ KHUỔI XA"],
            "date": ("Khuổi Xa", 9, 3, 2026),
            "unit_line": "Công an xã Khuổi Xa",
            "unit_alt": ["CÔNG AN XÃ KHUỔI XA", "Công an xã"],
            "model": "Mắt thần an ninh nơi bản vùng cao",
            "type": "collective",
            "domain": "security_defense",
            "leader": ("Hà Đức Mạnh", "Trưởng Công an xã"),
            "position_alt": ["Trưởng Công an"],
            "phone": "0978 350 641",
            "location": "Các đường vào 4 thôn Nà Pồng, Khuổi Phầy, Lũng Cẩu, Phìn Hồ",
            "location_alt": ["Nà Pồng, Khuổi Phầy, Lũng Cẩu, Phìn Hồ"],
            "content": [
                "- Lắp 16 camera tại các ngã ba, đầu cầu, đường mòn vào bản, kết nối về trụ sở "
                "Công an xã và điện thoại của trưởng thôn;",
                "- Mỗi hộ góp 150.000 đồng, doanh nghiệp viễn thông hỗ trợ đường truyền;",
                "- Tổ an ninh thôn trực xem camera theo ca, báo tin qua nhóm Zalo của thôn.",
            ],
            "how": "phát phiếu đến từng hộ qua trưởng thôn, tổ an ninh cơ sở",
            "forms": (236, 224),
            "questions": [
                ("Sự cần thiết của việc lắp camera an ninh", 217),
                ("Vị trí lắp đặt dự kiến", 205),
                ("Mức đóng góp 150.000 đồng/hộ", 198),
                ("Tham gia trực, theo dõi camera theo ca", 186),
            ],
            "other": [
                "Đề nghị miễn đóng góp cho 21 hộ nghèo;",
                "Lắp thêm 2 camera ở bãi chăn thả gia súc thôn Lũng Cẩu.",
            ],
            "conclusion": "Công an xã tiếp thu ý kiến, hoàn thiện bản đăng ký gửi Ban Chỉ đạo "
            "phong trào thi đua “Dân vận khéo” xã.",
            "summer": "Lầu Mí Sính",
            "sign_block": ["TRƯỞNG CÔNG AN XÃ"],
            "signer": "Hà Đức Mạnh",
            "traits": [
                "consultation_result",
                "counts_and_percentages",
                "type_domain_one_line",
                "person_post_phone_semicolons",
                "superior_in_header",
                "hmong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t17-laykien-kxa-chi-hoi-pn-khuoi-phay",
        ("photo", "doc"),
        {
            "unit_id": "kxa-chi-hoi-pn-khuoi-phay",
            "issuer_caps": ["HỘI LHPN XÃ KHUỔI XA", "CHI HỘI PHỤ NỮ THÔN KHUỔI PHẦY"],
            "date": ("Khuổi Phầy", 16, 3, 2026),
            "unit_line": "Chi hội Phụ nữ thôn Khuổi Phầy",
            "unit_alt": ["CHI HỘI PHỤ NỮ THÔN KHUỔI PHẦY"],
            "model": "Nhà tiêu hợp vệ sinh – bản sạch, bản khỏe",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Nông Thị Lả", "Chi hội phó, Tổ trưởng tổ vệ sinh môi trường"),
            "position_alt": ["Chi hội phó"],
            "phone": "0865 902 374",
            "location": "thôn Khuổi Phầy",
            "location_alt": ["Thôn Khuổi Phầy"],
            "content": [
                "- Vận động 42 hộ chưa có nhà tiêu hợp vệ sinh làm mới trong năm;",
                "- Hội viên góp công, góp vật liệu giúp hộ nghèo, hộ neo đơn;",
                "- Mỗi tháng tổng vệ sinh đường bản, di dời chuồng trại ra xa nhà ở.",
            ],
            "how": "họp thôn kết hợp phát phiếu cho hội viên và các hộ",
            "forms": (96, 90),
            "questions": [
                ("Sự cần thiết của mô hình", 88),
                ("Nội dung, cách làm dự kiến", 84),
                ("Sẵn sàng góp công, góp vật liệu", 79),
            ],
            "other": ["Đề nghị xã hỗ trợ xi măng cho hộ nghèo."],
            "conclusion": "Chi hội hoàn thiện hồ sơ đăng ký mô hình gửi Hội LHPN xã.",
            "summer": "Ma Thị Sen",
            "sign_block": ["TM. BAN CHẤP HÀNH CHI HỘI", "CHI HỘI TRƯỞNG"],
            "signer": "Hoàng Thị Slam",
            "traits": [
                "consultation_result",
                "counts_and_percentages",
                "type_domain_one_line",
                "person_post_phone_semicolons",
                "leader_not_signer",
                "tay_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "t18-laykien-cb-xom-12",
        ("scan",),
        {
            "unit_id": "cb-xom-12",
            "issuer_caps": ["ĐẢNG BỘ XÃ NGHĨA THÁI", "CHI BỘ XÓM 12"],
            "date": ("Nghĩa Thái", 22, 3, 2024),
            "unit_line": "Chi bộ xóm 12",
            "unit_alt": ["CHI BỘ XÓM 12"],
            "model": "Xóm 12 nói không với rác thải nhựa",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Bùi Văn Hưng", "Bí thư Chi bộ"),
            "phone": "0904 627 318",
            "location": "xóm 12",
            "location_alt": ["Xóm 12"],
            "content": [
                "- Phát túi vải, giỏ nhựa dùng nhiều lần cho 100% hộ đi chợ;",
                "- Phân loại rác tại hộ, đổi chai nhựa lấy cây giống mỗi quý;",
                "- Đảng viên, hội viên các đoàn thể làm trước.",
            ],
            "how": "phát phiếu tại hội nghị xóm",
            "forms": (152, 147),
            "questions": [
                ("Đồng ý xây dựng mô hình", 141),
                ("Cam kết phân loại rác tại hộ", 133),
            ],
            "other": ["Xin bố trí thêm điểm tập kết rác ở cuối xóm."],
            "conclusion": "Chi bộ thống nhất đăng ký mô hình năm 2024.",
            "summer": "Đinh Thị Hương",
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": "Bùi Văn Hưng",
            "traits": [
                "consultation_result",
                "counts_and_percentages",
                "type_domain_one_line",
                "person_post_phone_semicolons",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("laykien_khaosat", "registration", ("T11", "T12"), render, ENTRIES)
