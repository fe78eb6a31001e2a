"""A commune government's report in the state format of Nghị định 30/2020/NĐ-CP (Phụ lục III,
a "văn bản có tên loại": Báo cáo).

The issuing body's name on two bold lines ("ỦY BAN NHÂN DÂN" / "XÃ …") over "Số: …/BC-UBND";
"Kính gửi" on one line; numbered labels with colons and the value on the same line except
"Kết quả đạt được" (paragraphs below); the person in charge named in a sentence under "Người
phụ trách"; signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [*[(line, "b", 13) for line in v["issuer"]], "───────", (v["number"], "", 13)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 14)],
        (6.0, 10.0),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("BÁO CÁO", "b", 14), align="center", after=0)
    k.para(doc, (v["title"], "b"), align="center", after=0)
    k.para(doc, "───────", align="center", after=6)
    k.para(doc, ("Kính gửi: ", ""), v["to"], align="center", after=6)
    k.body(doc, v["intro"])
    k.para(doc, ("1. Tên mô hình: ", "b"), f"“{v['model']}”.", first=1.0)
    if v.get("domain"):
        k.para(doc, ("2. Lĩnh vực: ", "b"), DOMAIN_VI[v["domain"]].capitalize() + ".", first=1.0)
    k.para(doc, ("3. Địa bàn thực hiện: ", "b"), v["location"] + ".", first=1.0)
    k.para(doc, ("4. Thời gian thực hiện: ", "b"), v["period"], first=1.0)
    lead = v["leader"]
    k.para(
        doc,
        ("5. Người phụ trách: ", "b"),
        f"{v['honorific']} {lead[0]}, {lead[1]}, {v['lead_rest']}",
        first=1.0,
    )
    k.para(doc, ("6. Kết quả đạt được:", "b"), first=1.0)
    for line in v["results"]:
        k.body(doc, line)
    k.para(doc, ("7. Kiến nghị, đề xuất: ", "b"), v["proposal"], first=1.0)
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {r}", "", 11) for r in v["recipients"]]],
        [*[(line, "b") for line in v["on_behalf"]], "", "", "", (v["signer"], "b")],
        (7.0, 9.0),
    )
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "domain": v.get("domain"),
        "leader_name": lead[0],
        "leader_position": lead[1],
        "location": v["location"],
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    truth = Truth(
        "report", fields, v["unit_id"], alt, v["traits"], v["signer"], " ".join(v["issuer"])
    )
    return doc, truth


ENTRIES = (
    Entry(
        "c34-ubnd-ubnd",
        ("scan", "doc"),
        {
            "unit_id": "ubnd",
            "issuer": ["ỦY BAN NHÂN DÂN", "XÃ NGHĨA THÁI"],
            "unit_name": "Ủy ban nhân dân xã Nghĩa Thái",
            "unit_alt": ["Ủy ban nhân dân xã", "UBND xã Nghĩa Thái"],
            "number": "Số: 152/BC-UBND",
            "date": ("Nghĩa Thái", 30, 8, 2024),
            "title": "Kết quả thực hiện mô hình “Dân vận khéo” của chính quyền năm 2024",
            "to": "Ban Thường vụ Đảng ủy xã Nghĩa Thái.",
            "intro": "Thực hiện Kế hoạch số 21-KH/ĐU của Ban Thường vụ Đảng ủy xã, Ủy ban nhân "
            "dân xã báo cáo kết quả thực hiện mô hình như sau:",
            "model": "Cán bộ một cửa thân thiện – “4 xin, 4 luôn”",
            "domain": "political_system",
            "location": "Bộ phận tiếp nhận và trả kết quả xã Nghĩa Thái",
            "period": "từ tháng 4/2024 đến tháng 8/2024.",
            "honorific": "Ông",
            "leader": ("Nguyễn Văn Sơn", "Phó Chủ tịch Ủy ban nhân dân xã"),
            "position_alt": ["Phó Chủ tịch UBND xã", "Phó Chủ tịch"],
            "lead_rest": "được phân công trực tiếp chỉ đạo, kiểm tra hằng tuần.",
            "results": [
                "Bộ phận một cửa đã tiếp nhận, giải quyết 2.846 hồ sơ, 100% đúng và trước hạn; "
                "tỷ lệ người dân hài lòng qua phiếu khảo sát đạt 98,6%.",
                "Không có phản ánh, kiến nghị về thái độ phục vụ của cán bộ, công chức.",
            ],
            "participants": None,
            "funds": None,
            "proposal": "Đề nghị Đảng ủy xã biểu dương các công chức thực hiện tốt.",
            "recipients": ["Như trên;", "Chủ tịch, các PCT UBND xã;", "Lưu: VT."],
            "on_behalf": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "signer": "Nguyễn Văn Sơn",
            "traits": [
                "nd30",
                "kt_signature",
                "leader_in_prose",
                "honorific_in_value",
                "no_participants",
                "issuer_two_lines",
            ],
        },
    ),
    Entry(
        "c35-ubnd-lhd-ubnd",
        ("photo",),
        {
            "unit_id": "lhd-ubnd",
            "issuer": ["ỦY BAN NHÂN DÂN", "XÃ LẠC HƯNG ĐÔNG"],
            "unit_name": "Ủy ban nhân dân xã Lạc Hưng Đông",
            "unit_alt": ["UBND xã Lạc Hưng Đông", "Ủy ban nhân dân xã Lạc Hưng Đông"],
            "number": "Số: 88/BC-UBND",
            "date": ("Lạc Hưng Đông", 3, 9, 2026),
            "title": "Kết quả mô hình “Dân vận khéo” năm 2026",
            "to": "Ban Xây dựng Đảng, Đảng ủy xã Lạc Hưng Đông.",
            "intro": "Ủy ban nhân dân xã báo cáo kết quả thực hiện mô hình “Dân vận khéo” năm "
            "2026 như sau:",
            "model": "Vận động Nhân dân giải phóng mặt bằng mở rộng đường trục xã",
            "domain": "economy",
            "location": "Tuyến đường trục xã từ thôn Đông Hạ đến thôn Hưng Long",
            "period": "từ tháng 3 đến tháng 8/2026.",
            "honorific": "Bà",
            "leader": ("Trần Thị Hương", "Phó Chủ tịch UBND xã"),
            "position_alt": ["Phó Chủ tịch"],
            "lead_rest": "Trưởng Ban Chỉ đạo giải phóng mặt bằng, trực tiếp đối thoại với các hộ.",
            "results": [
                "Tổ chức 14 buổi đối thoại với 167 hộ bị ảnh hưởng; 167/167 hộ đồng thuận bàn "
                "giao mặt bằng trước thời hạn, trong đó 45 hộ tự nguyện hiến đất.",
                "Nhân dân và doanh nghiệp đóng góp 2,3 tỷ đồng cùng ngân sách tỉnh làm đường.",
            ],
            "participants": 167,
            "funds": 2300000000,
            "proposal": "Đề nghị tỉnh sớm bố trí vốn giai đoạn 2.",
            "recipients": ["Như trên;", "Lưu: VT."],
            "on_behalf": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "signer": "Trần Thị Hương",
            "traits": ["nd30", "kt_signature", "leader_in_prose", "billions", "commune_2026"],
        },
    ),
    Entry(
        "c36-ubnd-quan-su",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "quan-su",
            "issuer": ["UBND XÃ NGHĨA THÁI", "BAN CHỈ HUY QUÂN SỰ"],
            "unit_name": "Ban Chỉ huy Quân sự",
            "unit_alt": ["Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự xã Nghĩa Thái"],
            "number": "Số: 17/BC-BCH",
            "date": ("Nghĩa Thái", 29, 8, 2024),
            "title": "Kết quả thực hiện mô hình “Dân vận khéo” năm 2024",
            "to": "Đảng ủy xã Nghĩa Thái.",
            "intro": "Ban Chỉ huy Quân sự xã báo cáo kết quả như sau:",
            "model": "Dân quân xung kích giúp dân thu hoạch lúa, phòng chống thiên tai",
            "domain": None,
            "location": "14 xóm của xã Nghĩa Thái",
            "period": "vụ chiêm xuân và vụ mùa năm 2024.",
            "honorific": "Đồng chí",
            "leader": ("Trần Minh Đức", "Chỉ huy phó Ban Chỉ huy Quân sự xã"),
            "position_alt": ["Chỉ huy phó"],
            "lead_rest": "chỉ huy trực tiếp các đợt ra quân.",
            "results": [
                "Tổ chức 11 đợt ra quân với 386 lượt dân quân giúp 52 hộ neo đơn, gia đình "
                "chính sách thu hoạch 18 ha lúa; gia cố 7 nhà trước mùa bão.",
            ],
            "participants": 386,
            "funds": None,
            "proposal": "Không.",
            "recipients": ["Như trên;", "Lưu."],
            "on_behalf": ["CHỈ HUY TRƯỞNG"],
            "signer": "Phạm Văn Chiến",
            "traits": [
                "nd30",
                "issuer_two_lines",
                "superior_in_header",
                "leader_in_prose",
                "leader_not_signer",
                "no_domain",
                "tcvn3",
            ],
        },
    ),
)

LAYOUT = Layout("ubnd_baocao", "report", ("S12", "S13"), render, ENTRIES)
