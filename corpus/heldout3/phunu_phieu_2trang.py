"""A women's union registration over two pages: the fields continue after a page break.

After the women's unions' "Phiếu đăng ký xây dựng mô hình" (K02, K03): the association's own
name where the motto goes ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM"), the commune's union over the
branch on the left; "PHIẾU ĐĂNG KÝ / Xây dựng mô hình “Dân vận khéo” năm …"; "I. THÔNG TIN
CHUNG" with labels alone on their line and the value on the next ("1. Tên chi hội (đơn vị)
đăng ký", "2. Tên mô hình", "3. Hình thức", "4. Lĩnh vực", "5. Địa bàn"); "II. SỰ CẦN THIẾT"
in prose with the branch's members and poor households; "III. NỘI DUNG, CÁCH THỨC THỰC HIỆN"
whose dash items run over a page break; on the second page "IV. TỔ CHỨC THỰC HIỆN" with the
person in charge, her post and her phone on three labelled lines; then "XÁC NHẬN CỦA HỘI LHPN
XÃ" beside "TM. CHI HỘI / CHI HỘI TRƯỞNG".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

TYPE_VI = {"collective": "Tập thể", "individual": "Cá nhân"}


def _label_then_value(doc: Document, label: str, value: str) -> None:
    k.para(doc, (label, "b"), first=0.5, after=0)
    k.para(doc, value, indent=1.0)


def _page_one(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, ("I. THÔNG TIN CHUNG", "b"))
    _label_then_value(doc, "1. Tên chi hội (đơn vị) đăng ký", v["unit_name"])
    _label_then_value(doc, "2. Tên mô hình", v["model"])
    _label_then_value(doc, "3. Hình thức (tập thể, cá nhân)", TYPE_VI[v["type"]])
    _label_then_value(doc, "4. Lĩnh vực", DOMAIN_VI[v["domain"]].capitalize())
    _label_then_value(doc, "5. Địa bàn thực hiện", v["location"])
    k.para(doc, ("II. SỰ CẦN THIẾT", "b"))
    k.body(doc, v["need"])
    k.para(doc, ("III. NỘI DUNG, CÁCH THỨC THỰC HIỆN", "b"))


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("***", "", 12)],
        [("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "bu", 13), "", (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("PHIẾU ĐĂNG KÝ", "b", 15), align="center", after=0)
    k.para(doc, (f"Xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}", "b"), align="center")
    k.para(doc, "", after=4)
    _page_one(doc, v)
    first, second = v["content"][: v["split"]], v["content"][v["split"] :]
    for line in first:
        k.body(doc, line)
    k.page_break(doc)
    for line in second:
        k.body(doc, line)
    person, position = v["leader"]
    k.para(doc, ("IV. TỔ CHỨC THỰC HIỆN", "b"))
    k.body(doc, v["period"])
    k.para(doc, ("Người phụ trách: ", "b"), person, first=1.0)
    k.para(doc, ("Chức vụ: ", "b"), position, first=1.0)
    k.para(doc, ("Số điện thoại: ", "b"), v["phone"], first=1.0)
    tbl = k.table(doc, 1, (7.5, 8.5), grid=False)
    confirm = v.get("confirm", "XÁC NHẬN CỦA HỘI LHPN XÃ")
    k.cell_text(tbl.cell(0, 0), [(confirm, "b", 12)], align="center")
    sign_block = v.get("sign_block", ["TM. CHI HỘI", "CHI HỘI TRƯỞNG"])
    k.cell_text(
        tbl.cell(0, 1),
        [*[(line, "b") for line in sign_block], "", "", "", (v["signer"], "b")],
        align="center",
    )
    fields = {
        "unit_name": v["unit_name"],
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
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


LONG_NEED = (
    "Chi hội có {members} hội viên, {poor} hộ do phụ nữ làm chủ thuộc diện nghèo, cận nghèo; "
    "nhiều chị em đi làm ăn xa, con nhỏ ở nhà với ông bà, việc sinh hoạt chi hội chưa đều."
)

ENTRIES = (
    Entry(
        "k04-phunu-ytb-suoi-vang",
        ("photo", "doc"),
        {
            "unit_id": "ytb-chi-hoi-pn-suoi-vang",
            "superior": "HỘI LHPN XÃ YÊN THẠCH BẮC",
            "issuer_caps": "CHI HỘI PHỤ NỮ THÔN SUỐI VÀNG",
            "date": ("Suối Vàng", 2, 3, 2026),
            "unit_name": "Chi hội Phụ nữ thôn Suối Vàng",
            "unit_alt": ["CHI HỘI PHỤ NỮ THÔN SUỐI VÀNG", "Chi hội PN thôn Suối Vàng"],
            "model": "Tổ tiết kiệm “Góp gạo nuôi heo đất” giúp hội viên nghèo",
            "type": "collective",
            "domain": "economy",
            "location": "Thôn Suối Vàng, xã Yên Thạch Bắc",
            "need": LONG_NEED.format(members=86, poor=14),
            "content": [
                "- Thành lập tổ tiết kiệm gồm 30 hội viên, mỗi tháng mỗi chị góp 50.000 đồng "
                "hoặc 10 kg gạo;",
                "- Xoay vòng vốn cho hội viên nghèo mua giống lợn, gà, không tính lãi;",
                "- Ban chấp hành chi hội theo dõi, đến nhà hướng dẫn cách chăm sóc vật nuôi;",
                "- Sinh hoạt tổ gắn với tuyên truyền phòng chống bạo lực gia đình, tảo hôn.",
            ],
            "split": 2,
            "period": "Thời gian thực hiện: từ tháng 3 đến tháng 11 năm 2026.",
            "leader": ("Xa Thị Hiền", "Chi hội trưởng"),
            "phone": "0977 254 913",
            "signer": "Xa Thị Hiền",
            "traits": [
                "label_alone_value_below",
                "fields_over_page_break",
                "association_motto",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k05-phunu-ytb-dong-mit",
        ("scan",),
        {
            "unit_id": "ytb-chi-hoi-pn-dong-mit",
            "superior": "HỘI LHPN XÃ YÊN THẠCH BẮC",
            "issuer_caps": "CHI HỘI PHỤ NỮ THÔN ĐỒNG MÍT",
            "date": ("Đồng Mít", 6, 3, 2026),
            "unit_name": "Chi hội Phụ nữ thôn Đồng Mít",
            "unit_alt": ["CHI HỘI PHỤ NỮ THÔN ĐỒNG MÍT", "Chi hội PN thôn Đồng Mít"],
            "model": "Con đường hoa phụ nữ tự quản",
            "type": "collective",
            "domain": "culture_society",
            "location": "Trục đường liên thôn Đồng Mít - Gò Sim",
            "need": LONG_NEED.format(members=112, poor=9),
            "content": [
                "- Chia 1,8 km đường thành 12 đoạn, mỗi tổ phụ nữ nhận chăm sóc một đoạn;",
                "- Vận động các hộ hai bên đường hiến đất làm bồn hoa, tự trồng và tưới;",
                "- Tổng vệ sinh vào sáng chủ nhật cuối tháng.",
            ],
            "split": 1,
            "period": "Thời gian thực hiện: năm 2026.",
            "leader": ("Hà Thị Thơm", "Chi hội trưởng"),
            "phone": "0369 508 127",
            "signer": "Hà Thị Thơm",
            "traits": [
                "label_alone_value_below",
                "fields_over_page_break",
                "association_motto",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k06-phunu-hoi-phu-nu",
        ("scan",),
        {
            "unit_id": "hoi-phu-nu",
            "superior": "UBMTTQ XÃ NGHĨA THÁI",
            "issuer_caps": "HỘI LHPN XÃ NGHĨA THÁI",
            "date": ("Nghĩa Thái", 25, 3, 2024),
            "unit_name": "Hội LHPN xã Nghĩa Thái",
            "unit_alt": [
                "Hội Liên hiệp Phụ nữ xã",
                "HỘI LHPN XÃ NGHĨA THÁI",
                "Hội Liên hiệp Phụ nữ xã Nghĩa Thái",
            ],
            "model": "Phụ nữ Nghĩa Thái nói không với túi ni lông",
            "type": "collective",
            "domain": "culture_society",
            "location": "Chợ Nghĩa Thái và 14 xóm",
            "need": LONG_NEED.format(members=1240, poor=37),
            "content": [
                "- Phát 2.000 túi vải cho hội viên đi chợ, vận động tiểu thương dùng lá chuối, "
                "giấy gói;",
                "- Mỗi chi hội đăng ký một buổi ra quân thu gom rác thải nhựa mỗi quý;",
                "- Biểu dương các tiểu thương thực hiện tốt trên loa truyền thanh xã.",
            ],
            "split": 2,
            "period": "Thời gian thực hiện: từ tháng 4 đến tháng 12 năm 2024.",
            "leader": ("Đỗ Thị Huyền", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch Hội Liên hiệp Phụ nữ xã", "Chủ tịch"],
            "phone": "0904 117 365",
            "signer": "Đỗ Thị Huyền",
            "confirm": "XÁC NHẬN CỦA UBMTTQ XÃ",
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "traits": [
                "label_alone_value_below",
                "fields_over_page_break",
                "association_motto",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("phunu_phieu_2trang", "registration", ("K02", "K03"), render, ENTRIES)
