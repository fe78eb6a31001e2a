"""A model's operating rules ("Quy chế hoạt động"), in chapters and articles, sent as its
registration.

After the rules that Party branches, associations and self-managed groups issue with a decision
when they set up a group (Y01: "QUY CHẾ / Hoạt động của Tổ …", "(Ban hành kèm theo Quyết định
số …)", "Chương I. NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Tên gọi", "Điều n. …", "Điều khoản thi
hành") and the way a "Dân vận khéo" model is set up as such a group (Y02). Every field sits in
an article's sentence: the name and the type in Article 1, the ground in Article 2, the leader
and the deputy with their phones in Article 3, the content in Article 4. The only date is the
decision's, in the bracket under the title (left blank in `y02`); the dues and meeting days are
not fields.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, iso, joined, phone_digits

TYPE_VI = {"collective": "tập thể", "individual": "cá nhân"}


def _article(doc: Document, number: int, title: str, lines: list[str]) -> None:
    k.para(doc, (f"Điều {number}. {title}", "b"), first=1.0, before=4)
    for line in lines:
        k.body(doc, line)


def _decision(v: dict[str, Any]) -> str:
    day = v["decision_day"]
    when = (
        f"ngày {day:02d} tháng {v['month']} năm 2026"
        if day
        else f"ngày     tháng {v['month']} năm 2026"
    )
    return f"(Ban hành kèm theo Quyết định số {v['decision_no']} {when} của {v['issuer_name']})"


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(line, "b" if n else "") for n, line in enumerate(v["issuer"])] + ["*"],
        v["right"],
        widths=(7.5, 8.5),
    )
    k.para(doc, ("QUY CHẾ", "b", 15), align="center", before=12, after=0)
    k.para(doc, (v["title"], "b"), align="center", after=2)
    k.para(doc, (_decision(v), "i"), align="center", after=8)
    person, position = v["leader"]
    k.para(doc, ("Chương I", "b"), align="center", after=0)
    k.para(doc, ("NHỮNG QUY ĐỊNH CHUNG", "b"), align="center")
    kind = (
        f"mô hình “Dân vận khéo” {TYPE_VI[v['type']]}"
        if v.get("type")
        else "mô hình “Dân vận khéo”"
    )
    domain = f" thuộc lĩnh vực {DOMAIN_VI[v['domain']]}" if v.get("domain") else ""
    _article(
        doc,
        1,
        "Tên gọi, tính chất",
        [
            f"1. Tên gọi: {v['group']} (sau đây gọi tắt là Tổ), thực hiện mô hình “{v['model']}”.",
            f"2. Tổ là {kind}{domain}, do {v['unit']} chỉ đạo xây dựng, hoạt động theo "
            "nguyên tắc tự nguyện, dân chủ, công khai.",
        ],
    )
    _article(doc, 2, "Địa bàn hoạt động", [f"Tổ hoạt động trên địa bàn {v['location']}."])
    _article(
        doc,
        3,
        "Thành viên và bộ máy của Tổ",
        [
            f"1. Tổ gồm {v['members']}; thành viên tự nguyện đăng ký, được Tổ xét kết nạp.",
            f"2. Tổ trưởng: {v['title_word']} {person}, {position}, điện thoại {v['phone']}, "
            "phụ trách chung, điều hành hoạt động của Tổ.",
            f"3. Tổ phó: {v['deputy']}, giúp Tổ trưởng theo dõi sổ sách, thu chi quỹ.",
        ],
    )
    k.para(doc, ("Chương II", "b"), align="center", before=6, after=0)
    k.para(doc, ("NHIỆM VỤ VÀ NỘI DUNG HOẠT ĐỘNG", "b"), align="center")
    _article(doc, 4, "Nội dung hoạt động", v["content"])
    _article(doc, 5, "Chế độ sinh hoạt", [v["meetings"]])
    _article(doc, 6, "Kinh phí hoạt động", [v["dues"]])
    k.para(doc, ("Chương III", "b"), align="center", before=6, after=0)
    k.para(doc, ("TỔ CHỨC THỰC HIỆN", "b"), align="center")
    _article(
        doc,
        7,
        "Điều khoản thi hành",
        [
            "Quy chế này có hiệu lực kể từ ngày ký. Trong quá trình thực hiện, nếu có vướng mắc, "
            "Tổ trưởng báo cáo để xem xét sửa đổi, bổ sung cho phù hợp.",
        ],
    )
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[(f"- {r};", "", 11) for r in v["to"]]],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"][0], "b")],
    )
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]).rstrip("."),
        "signed_date": iso(v["decision_day"], v["month"], 2026),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": ["Tổ trưởng", *v.get("position_alt", [])],
        "location": v.get("location_alt", []),
    }
    truth = Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], v["signer"][0], v["stamp"]
    )
    return doc, truth


PARTY = ["ĐẢNG CỘNG SẢN VIỆT NAM", "───────────"]

ENTRIES = (
    Entry(
        "y01-quyche-mld-cb-my-lam-thuong",
        ("scan", "doc"),
        {
            "unit_id": "mld-cb-my-lam-thuong",
            "issuer": ["ĐẢNG BỘ XÃ MỸ LÂM ĐÔNG", "CHI BỘ THÔN MỸ LÂM THƯỢNG"],
            "right": [("ĐẢNG CỘNG SẢN VIỆT NAM", "b", 13), "───────────"],
            "title": "Hoạt động của Tổ tự quản giữ nguồn nước tưới thôn Mỹ Lâm Thượng",
            "decision_no": "07-QĐ/CB",
            "decision_day": 12,
            "month": 3,
            "issuer_name": "Chi ủy Chi bộ thôn Mỹ Lâm Thượng",
            "group": "Tổ tự quản giữ nguồn nước tưới thôn Mỹ Lâm Thượng",
            "model": "Chia nước công bằng – giữ tình làng Chăm",
            "type": "collective",
            "domain": "economy",
            "unit": "Chi bộ thôn Mỹ Lâm Thượng",
            "unit_alt": ["CHI BỘ THÔN MỸ LÂM THƯỢNG"],
            "location": "thôn Mỹ Lâm Thượng và khu tưới kênh Bắc",
            "location_alt": ["thôn Mỹ Lâm Thượng"],
            "members": "58 hộ có ruộng nho, táo lấy nước từ kênh Bắc, trong đó 9 hộ đảng viên",
            "title_word": "đồng chí",
            "leader": ("Đàng Năng Thọ", "Bí thư Chi bộ, Trưởng thôn"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0905 318 462",
            "deputy": "ông Quảng Văn Thìn, điện thoại 0372 905 118",
            "content": [
                "1. Lập lịch chia nước theo lượt cho từng nhóm hộ, niêm yết công khai tại nhà "
                "sinh hoạt cộng đồng;",
                "2. Vận động hộ chuyển sang tưới nhỏ giọt, tiết kiệm nước mùa khô;",
                "3. Hòa giải tranh chấp nước tưới ngay tại thôn, có chức sắc Bà-la-môn cùng tham "
                "gia;",
                "4. Tổ chức nạo vét kênh Bắc trước mỗi vụ.",
            ],
            "meetings": "Tổ họp định kỳ mỗi tháng một lần vào ngày 15; họp bất thường khi có "
            "tranh chấp hoặc thiếu nước.",
            "dues": "Mỗi hộ đóng 10.000 đồng/tháng; Tổ công khai thu chi mỗi quý.",
            "to": ["Đảng ủy xã", "Ban Dân vận Đảng ủy xã", "Lưu Chi bộ"],
            "sign_block": ["T/M CHI ỦY", "BÍ THƯ"],
            "signer": ("Đàng Năng Thọ", "Bí thư"),
            "stamp": None,
            "traits": [
                "articles_structure",
                "fields_in_sentences",
                "date_in_decision_bracket",
                "decoy_deputy_phone",
                "decoy_dues",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y02-quyche-mld-hoi-nong-dan",
        ("photo",),
        {
            "unit_id": "mld-hoi-nong-dan",
            "issuer": ["HỘI NÔNG DÂN TỈNH KHÁNH HÒA", "BCH HỘI NÔNG DÂN XÃ MỸ LÂM ĐÔNG"],
            "right": k.quoc_hieu(),
            "title": "Hoạt động của Tổ hội nghề nghiệp chăn nuôi dê, cừu xã Mỹ Lâm Đông",
            "decision_no": "     /QĐ-HND",
            "decision_day": None,
            "month": 4,
            "issuer_name": "Ban Chấp hành Hội Nông dân xã Mỹ Lâm Đông",
            "group": "Tổ hội nghề nghiệp chăn nuôi dê, cừu",
            "model": "Nông dân Chăm, Raglai cùng nuôi dê cừu vỗ béo",
            "type": "collective",
            "unit": "Hội ND xã Mỹ Lâm Đông",
            "unit_alt": ["Hội Nông dân xã Mỹ Lâm Đông", "BCH HỘI NÔNG DÂN XÃ MỸ LÂM ĐÔNG"],
            "location": "thôn Hữu Đức Hạ và thôn Suối Rua",
            "members": "27 hội viên (19 hội viên người Chăm, 8 hội viên người Raglai)",
            "title_word": "ông",
            "leader": ("Châu Văn Tiến", "Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Chủ tịch Hội Nông dân", "Chủ tịch"],
            "phone": "0258.3869.204",
            "deputy": "ông Pinăng Văn Sơn (thôn Suối Rua), điện thoại 0966 470 215",
            "content": [
                "a) Hướng dẫn hội viên làm chuồng sàn, trồng cỏ VA06 và ủ thức ăn thô xanh cho "
                "mùa khô;",
                "b) Cùng mua con giống, thuốc thú y với giá chung, tiêm phòng đúng lịch;",
                "c) Liên kết với thương lái bao tiêu dê thịt, tránh bị ép giá;",
                "d) Hội viên khá giúp hội viên nghèo con giống theo hình thức “cho mượn, trả "
                "lại bằng con giống”.",
            ],
            "meetings": "Tổ sinh hoạt hai tháng một lần tại nhà Tổ trưởng, luân phiên giữa hai "
            "thôn.",
            "dues": "Quỹ Tổ do hội viên góp 300.000 đồng/người/năm, dùng để mua vắc-xin dự phòng.",
            "to": ["Đảng ủy xã (b/c)", "Hội Nông dân tỉnh", "Các thành viên Tổ", "Lưu VP"],
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": ("Châu Văn Tiến", "Chủ tịch"),
            "stamp": "HỘI NÔNG DÂN XÃ MỸ LÂM ĐÔNG",
            "traits": [
                "articles_structure",
                "fields_in_sentences",
                "decision_day_blank",
                "no_domain",
                "landline_area_code",
                "decoy_deputy_phone",
                "alias_unit_name",
                "raglai_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y03-quyche-mld-cb-suoi-rua",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "mld-cb-suoi-rua",
            "issuer": ["ĐẢNG BỘ XÃ MỸ LÂM ĐÔNG", "CHI BỘ THÔN SUỐI RUA"],
            "right": [("ĐẢNG CỘNG SẢN VIỆT NAM", "b", 13), "───────────"],
            "title": "Hoạt động của Tổ an ninh tự quản bảo vệ rừng đầu nguồn Suối Rua",
            "decision_no": "03-QĐ/CB",
            "decision_day": 5,
            "month": 5,
            "issuer_name": "Chi bộ thôn Suối Rua",
            "group": "Tổ an ninh tự quản bảo vệ rừng đầu nguồn Suối Rua",
            "model": "Già làng, người có uy tín cùng giữ rừng",
            "type": "collective",
            "domain": "security_defense",
            "unit": "Chi bộ thôn Suối Rua",
            "unit_alt": ["CHI BỘ THÔN SUỐI RUA"],
            "location": "thôn Suối Rua, tiểu khu rừng 217 và 218",
            "location_alt": ["thôn Suối Rua"],
            "members": "14 thành viên là đảng viên, già làng, người có uy tín và đoàn viên "
            "thanh niên",
            "title_word": "đồng chí",
            "leader": ("Pinăng Văn Tiếp", "Bí thư Chi bộ thôn"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0388 214 907",
            "deputy": "già làng Chamaléa Ba Rờ, điện thoại 0979 063 551",
            "content": [
                "- Tuần tra rừng theo lịch, mỗi tuần 2 lần, phối hợp với kiểm lâm địa bàn;",
                "- Già làng, người có uy tín tuyên truyền bà con không phát rẫy, đốt rừng;",
                "- Phát hiện, báo ngay cho Công an xã các vụ khai thác gỗ trái phép.",
            ],
            "meetings": "Tổ họp vào ngày 25 hằng tháng tại nhà văn hóa thôn.",
            "dues": "Tổ hoạt động không thu phí; kinh phí tuần tra do Ban quản lý rừng phòng "
            "hộ hỗ trợ 2.000.000 đồng/tháng.",
            "to": ["Đảng ủy xã", "Công an xã", "Lưu Chi bộ"],
            "sign_block": ["T/M CHI BỘ", "BÍ THƯ"],
            "signer": ("Pinăng Văn Tiếp", "Bí thư"),
            "stamp": None,
            "traits": [
                "articles_structure",
                "fields_in_sentences",
                "date_in_decision_bracket",
                "decoy_deputy_phone",
                "raglai_names",
                "tcvn3",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("quyche_dieu", "registration", ("Y01", "Y02"), render, ENTRIES)
