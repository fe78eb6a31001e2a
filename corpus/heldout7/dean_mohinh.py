"""An "ĐỀ ÁN" (project proposal) for a model: need, aims, solutions, a cost estimate, who does it.

After a proposal written to spread "Dân vận khéo" models (D05: "ĐỀ ÁN", its title over the
period, the author with post and workplace; need, aims, solutions, organisation) and a
district's plan for models tied to new rural areas (D06): the unit left, the motto and the
date line right, "ĐỀ ÁN / Xây dựng mô hình “Dân vận khéo” “…” / giai đoạn …", "I. SỰ CẦN
THIẾT" (prose full of figures), "II. MỤC TIÊU" (general, then targets by a year), "III. NỘI
DUNG, GIẢI PHÁP" (dash lines), "IV. KINH PHÍ THỰC HIỆN" (a cost table: item, unit, quantity,
price, amount, a total row, then the sources of money), "V. TỔ CHỨC THỰC HIỆN" (the board of
the proposal: its head with post and phone, its members; the place; the period); the unit's
head signs. Type and domain on one line under the title twice.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

TYPES = {"collective": "tập thể", "individual": "cá nhân"}
COST_HEAD = ("TT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá (đồng)", "Thành tiền (đồng)")


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _costs(doc: Document, items: list[tuple[str, str, int, int]]) -> None:
    tbl = k.table(doc, 2 + len(items), (0.9, 6.4, 1.5, 1.7, 2.6, 2.9))
    for col, title in enumerate(COST_HEAD):
        k.cell_text(tbl.cell(0, col), (title, "b"), align="center", size=11)
    total = 0
    for row, (what, unit, qty, price) in enumerate(items, start=1):
        total += qty * price
        cells = (str(row), what, unit, str(qty), _money(price), _money(qty * price))
        for col, text in enumerate(cells):
            k.cell_text(tbl.cell(row, col), text, align="left" if col == 1 else "center", size=11)
    last = tbl.cell(len(items) + 1, 0).merge(tbl.cell(len(items) + 1, 4))
    k.cell_text(last, ("Tổng cộng", "b"), align="center", size=11)
    k.cell_text(tbl.cell(len(items) + 1, 5), (_money(total), "b"), align="center", size=11)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["issuer_caps"][0], "", 12), (v["issuer_caps"][1], "b", 12), ("───────", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, ("ĐỀ ÁN", "b", 15), align="center", before=10, after=0)
    k.para(doc, ("Xây dựng mô hình “Dân vận khéo”", "b", 14), align="center", after=0)
    k.para(doc, (f"“{v['model']}”", "b", 14), align="center", after=0)
    k.para(doc, (f"giai đoạn {v['period']}", "i"), align="center", after=4)
    if v.get("show_type"):
        k.para(
            doc,
            (f"(Mô hình {TYPES[v['type']]} – lĩnh vực {DOMAIN_VI[v['domain']]})", "i"),
            align="center",
            after=8,
        )
    k.para(doc, ("I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", "b"), before=4)
    for line in v["need"]:
        k.body(doc, line)
    k.para(doc, ("II. MỤC TIÊU", "b"), before=4)
    k.body(doc, f"1. Mục tiêu chung: {v['aim']}")
    k.body(doc, "2. Mục tiêu cụ thể:")
    for line in v["targets"]:
        k.para(doc, line, indent=1.0)
    k.para(doc, ("III. NỘI DUNG, GIẢI PHÁP", "b"), before=4)
    for line in v["content"]:
        k.para(doc, line, indent=1.0)
    k.para(doc, ("IV. KINH PHÍ THỰC HIỆN", "b"), before=4)
    k.body(doc, "1. Dự toán kinh phí:")
    _costs(doc, v["costs"])
    k.body(doc, f"2. Nguồn kinh phí: {v['sources']}", before=4)
    k.para(doc, ("V. TỔ CHỨC THỰC HIỆN", "b"), before=4)
    person, position = v["leader"]
    k.body(doc, "1. Ban chủ nhiệm đề án:")
    k.para(
        doc,
        f"- Đồng chí {person} – {position}, Chủ nhiệm đề án; điện thoại: {v['phone']};",
        indent=1.0,
    )
    for name, post in v["members"]:
        k.para(doc, f"- Đồng chí {name} – {post}, thành viên;", indent=1.0)
    k.body(doc, f"2. Địa bàn thực hiện: {v['location']}.")
    k.body(doc, f"3. Thời gian thực hiện: {v['when']}.")
    k.body(doc, v["closing"])
    k.signature(
        doc,
        [
            ("Nơi nhận:", "bi"),
            "- Ban Dân vận Đảng ủy xã;",
            "- Ban Chỉ đạo phong trào xã;",
            "- Lưu VP.",
        ],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v["type"] if v.get("show_type") else None,
        "domain": v["domain"] if v.get("show_type") else None,
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
        "h07-dean-hlh-cb-thon-cua-lo",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "hlh-cb-thon-cua-lo",
            "issuer_caps": ["ĐẢNG BỘ XÃ HÒA LỘC HẢI", "CHI BỘ THÔN CỬA LỞ"],
            "unit_line": "Chi bộ thôn Cửa Lở",
            "unit_alt": ["CHI BỘ THÔN CỬA LỞ"],
            "date": ("Cửa Lở", 9, 3, 2026),
            "model": "Bến cá xanh – không rác thải nhựa",
            "period": "2026 - 2027",
            "show_type": True,
            "type": "collective",
            "domain": "culture_society",
            "need": [
                "Thôn Cửa Lở có 512 hộ, 2.036 khẩu, 138 tàu thuyền; mỗi ngày bến cá thải ra "
                "khoảng 1,2 tấn rác, trong đó gần 40% là túi ni lông, lưới cũ, can nhựa.",
                "Năm 2025, 3 đợt triều cường đưa rác vào khu dân cư; nhiều hộ phản ánh tại hội "
                "nghị đối thoại ngày 14/11/2025.",
            ],
            "aim": "Bến cá sạch, người dân tự giác phân loại, thu gom rác tại nguồn.",
            "targets": [
                "- Đến hết năm 2026: 100% tàu cá mang rác về bờ, 80% hộ phân loại rác;",
                "- Đến hết năm 2027: không còn điểm rác tồn đọng trên bãi biển của thôn.",
            ],
            "content": [
                "- Mỗi tàu cá được phát 02 bao lưới đựng rác, ngư dân mang rác về bờ đổi lấy "
                "nước đá;",
                "- Đảng viên nhận đỡ đầu 12 đoạn bờ biển, tổ chức ra quân sáng thứ Bảy cuối tháng;",
                "- Thu gom lưới cũ, can nhựa bán phế liệu, tiền lập quỹ khuyến học của thôn.",
            ],
            "costs": [
                ("Bao lưới đựng rác", "cái", 276, 45000),
                ("Thùng rác phân loại tại bến", "bộ", 8, 3200000),
                ("Pa nô tuyên truyền", "cái", 2, 6500000),
            ],
            "sources": "Nhân dân và chủ tàu đóng góp; doanh nghiệp thu mua hải sản tài trợ; "
            "ngân sách xã hỗ trợ pa nô.",
            "leader": ("Huỳnh Văn Lộc", "Bí thư Chi bộ, Trưởng thôn"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0905 672 134",
            "members": [
                ("Đoàn Thị Hồng", "Chi hội trưởng Phụ nữ thôn"),
                ("Võ Văn Tám", "Tổ trưởng tổ đoàn kết tàu cá số 3"),
            ],
            "location": "Bến cá và bãi biển thôn Cửa Lở",
            "location_alt": ["thôn Cửa Lở"],
            "when": "từ tháng 3/2026 đến tháng 12/2027",
            "closing": "Chi bộ thôn Cửa Lở đăng ký Đề án với Ban Chỉ đạo phong trào thi đua "
            "“Dân vận khéo” xã./.",
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": "Huỳnh Văn Lộc",
            "traits": [
                "project_proposal",
                "cost_estimate_table",
                "proposal_board_members",
                "type_domain_under_title",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h08-dean-hlh-tram-y-te",
        ("photo", "doc"),
        {
            "unit_id": "hlh-tram-y-te",
            "issuer_caps": ["UBND XÃ HÒA LỘC HẢI", "TRẠM Y TẾ XÃ HÒA LỘC HẢI"],
            "unit_line": "Trạm Y tế xã Hòa Lộc Hải",
            "unit_alt": ["TRẠM Y TẾ XÃ HÒA LỘC HẢI", "Trạm Y tế xã"],
            "date": ("Hòa Lộc Hải", 16, 3, 2026),
            "model": "Bác sĩ gia đình cho bà con Cơ Tu thôn Tà Lang",
            "period": "2026 - 2028",
            "show_type": True,
            "type": "collective",
            "domain": "culture_society",
            "need": [
                "Thôn Tà Lang có 86 hộ Cơ Tu tái định cư, cách Trạm 7 km; năm 2025 chỉ 41% trẻ "
                "dưới 1 tuổi tiêm chủng đủ mũi, 12 ca sinh tại nhà.",
            ],
            "aim": "Người dân thôn Tà Lang được quản lý sức khỏe, khám chữa bệnh ngay tại thôn.",
            "targets": [
                "- 100% người dân thôn Tà Lang có hồ sơ sức khỏe điện tử trong năm 2026;",
                "- Tỷ lệ tiêm chủng đầy đủ đạt trên 95% vào năm 2028.",
            ],
            "content": [
                "- Mỗi tháng 2 buổi khám tại nhà văn hóa thôn, có y tế thôn bản người Cơ Tu "
                "phiên dịch;",
                "- Già làng, người có uy tín vận động sinh con tại Trạm, tiêm chủng đủ mũi;",
                "- Lập nhóm Zalo “Sức khỏe Tà Lang” để hẹn lịch, nhắc uống thuốc.",
            ],
            "costs": [
                ("Tủ thuốc thôn bản", "tủ", 1, 8500000),
                ("Xăng xe đi khám lưu động", "chuyến", 48, 150000),
                ("Bồi dưỡng y tế thôn bản", "tháng", 24, 500000),
            ],
            "sources": "Ngân sách sự nghiệp y tế; Hội Chữ thập đỏ xã vận động nhà hảo tâm.",
            "leader": ("Thiên Sanh Hoài", "Trạm trưởng Trạm Y tế"),
            "position_alt": ["Trạm trưởng"],
            "phone": "0236.3791.715",
            "members": [
                ("Pơloong Thị Thoi", "Nhân viên y tế thôn Tà Lang"),
                ("Alăng Văn Bhiếc", "Bí thư Chi bộ thôn Tà Lang"),
                ("Lê Thị Diệu", "Nữ hộ sinh"),
            ],
            "location": "thôn Tà Lang, xã Hòa Lộc Hải",
            "location_alt": ["thôn Tà Lang"],
            "when": "từ tháng 4/2026 đến tháng 12/2028",
            "closing": "Trạm Y tế trân trọng đăng ký./.",
            "sign_block": ["TRẠM TRƯỞNG"],
            "signer": "Thiên Sanh Hoài",
            "traits": [
                "project_proposal",
                "cost_estimate_table",
                "proposal_board_members",
                "type_domain_under_title",
                "landline_phone",
                "cham_and_cotu_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "h09-dean-quan-su",
        ("scan",),
        {
            "unit_id": "quan-su",
            "issuer_caps": ["BAN CHQS HUYỆN NGHĨA HƯNG", "BAN CHQS XÃ NGHĨA THÁI"],
            "unit_line": "Ban Chỉ huy Quân sự xã Nghĩa Thái",
            "unit_alt": ["BAN CHQS XÃ NGHĨA THÁI", "Ban Chỉ huy Quân sự xã"],
            "date": ("Nghĩa Thái", 20, 3, 2024),
            "model": "Dân quân giúp dân mùa lũ",
            "period": "2024 - 2025",
            "type": "collective",
            "domain": "security_defense",
            "need": [
                "Mùa mưa bão năm 2023, 3 xóm ven sông bị ngập, 41 hộ phải di dời; lực lượng dân "
                "quân 68 đồng chí nhưng chưa có phương án giúp dân theo từng hộ.",
            ],
            "aim": "Không để người dân bị động khi có bão lũ.",
            "targets": [
                "- 100% hộ ven sông có phương án di dời, có dân quân phụ trách;",
                "- Mỗi năm diễn tập 01 lần phương án “4 tại chỗ”.",
            ],
            "content": [
                "- Mỗi dân quân phụ trách 3 - 5 hộ neo đơn, người già, trẻ nhỏ ở 3 xóm ven sông;",
                "- Chằng chống nhà cửa, di dời người và tài sản trước bão;",
                "- Giúp dân dọn vệ sinh, khôi phục sản xuất sau lũ.",
            ],
            "costs": [
                ("Áo phao", "chiếc", 40, 250000),
                ("Đèn pin, loa cầm tay", "bộ", 10, 900000),
            ],
            "sources": "Ngân sách quốc phòng địa phương và các nhà hảo tâm.",
            "leader": ("Đinh Văn Hải", "Chỉ huy trưởng Ban CHQS xã"),
            "position_alt": ["Chỉ huy trưởng"],
            "phone": "0983 116 254",
            "members": [("Trần Văn Dũng", "Chính trị viên phó")],
            "location": "Xóm 2, xóm 3, xóm 5 ven sông Đáy",
            "when": "năm 2024 - 2025",
            "closing": "Ban Chỉ huy Quân sự xã Nghĩa Thái đăng ký Đề án với Ban Chỉ đạo phong trào xã./.",
            "sign_block": ["CHỈ HUY TRƯỞNG"],
            "signer": "Đinh Văn Hải",
            "traits": [
                "project_proposal",
                "cost_estimate_table",
                "no_type_domain",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("dean_mohinh", "registration", ("D05", "D06"), render, ENTRIES)
