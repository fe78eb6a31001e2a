"""An emulation pledge table ("Bảng đăng ký giao ước thi đua", Thông tư 35/2011/TT-BLĐTBXH,
Mẫu số 1a) used to register a model.

Superior body over the unit on the left; the model is one row of a table whose header has a
merged "Thời gian" cell over "Bắt đầu" / "Tổng kết" and vertically merged cells beside it;
a second table of targets (units and figures that are not participants); the person in charge,
the position and the phone as three labels on one line with tab stops.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt


def _model_table(doc: Document, v: dict[str, Any]) -> None:
    tbl = k.table(doc, 3, (1.2, 4.6, 6.6, 1.8, 1.8))
    for col in range(3):
        tbl.cell(0, col).merge(tbl.cell(1, col))
    tbl.cell(0, 3).merge(tbl.cell(0, 4))
    for col, text in enumerate(("STT", "Tên mô hình", "Mục tiêu, nội dung")):
        k.cell_text(tbl.cell(0, col), (text, "b", 12), align="center")
    k.cell_text(tbl.cell(0, 3), ("Thời gian", "b", 12), align="center")
    k.cell_text(tbl.cell(1, 3), ("Bắt đầu", "b", 12), align="center")
    k.cell_text(tbl.cell(1, 4), ("Tổng kết", "b", 12), align="center")
    k.cell_text(tbl.cell(2, 0), ("1", "", 12), align="center")
    k.cell_text(tbl.cell(2, 1), (f"“{v['model']}”", "", 12))
    k.cell_text(tbl.cell(2, 2), [(line, "", 12) for line in v["content"]], align="justify")
    k.cell_text(tbl.cell(2, 3), (v["start"], "", 12), align="center")
    k.cell_text(tbl.cell(2, 4), (v["end"], "", 12), align="center")


def _targets(doc: Document, rows: list[tuple[str, str, str]]) -> None:
    tbl = k.table(doc, len(rows) + 1, (1.2, 8.4, 2.4, 2.2, 1.8))
    for col, text in enumerate(
        ("TT", "Nội dung các chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Ghi chú")
    ):
        k.cell_text(tbl.cell(0, col), (text, "b", 12), align="center")
    for number, (text, unit, plan) in enumerate(rows, start=1):
        k.cell_text(tbl.cell(number, 0), (str(number), "", 12), align="center")
        k.cell_text(tbl.cell(number, 1), (text, "", 12))
        k.cell_text(tbl.cell(number, 2), (unit, "", 12), align="center")
        k.cell_text(tbl.cell(number, 3), (plan, "", 12), align="center")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["unit_header"], "b", 12), "────────"],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )
    k.para(doc, "", after=4)
    k.para(
        doc, (f"BẢNG ĐĂNG KÝ GIAO ƯỚC THI ĐUA NĂM {v['date'][3]}", "b", 14), align="center", after=0
    )
    k.para(doc, ("(Phong trào thi đua “Dân vận khéo”)", "i"), align="center", after=6)
    k.para(doc, ("Kính gửi: ", ""), (v["to"], ""), align="center", after=6)
    k.body(
        doc,
        f"Căn cứ chức năng, nhiệm vụ và {v['basis']}, {v['unit_prose']} đăng ký giao "
        f"ước thi đua năm {v['date'][3]} với mô hình và các chỉ tiêu sau:",
    )
    k.para(doc, ("I. MÔ HÌNH “DÂN VẬN KHÉO” ĐĂNG KÝ", "b"), before=3)
    _model_table(doc, v)
    k.para(doc, ("II. CÁC CHỈ TIÊU ĐĂNG KÝ THI ĐUA", "b"), before=6)
    _targets(doc, v["targets"])
    k.para(doc, ("III. TỔ CHỨC THỰC HIỆN", "b"), before=6)
    lead = v["leader"]
    parts = [f"Người phụ trách: {lead[0]}", f"Chức vụ: {lead[1]}"]
    if v.get("phone"):
        parts.append(f"Điện thoại: {v['phone']}")
    k.tabbed(doc, parts, [6.2, 11.0][: len(parts) - 1])
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {r}", "", 11) for r in v["recipients"]]],
        [(v["on_behalf"], "b"), (v["signer"][1].upper(), "b"), "", "", "", (v["signer"][0], "b")],
    )
    fields = {
        "unit_name": v["unit_header"],
        "model_name": v["model"],
        "leader_name": v.get("leader_name", lead[0]),  # a rank is not part of the name
        "leader_position": lead[1],
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": signer_alt(lead, v["signer"]),
    }
    stamp = f"{v['superior']} * {v['unit_header']}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"][0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "c19-giaouoc-hoi-chu-thap-do",
        ("scan",),
        {
            "unit_id": "hoi-chu-thap-do",
            "superior": "ỦY BAN MTTQ VIỆT NAM XÃ NGHĨA THÁI",
            "unit_header": "HỘI CHỮ THẬP ĐỎ XÃ",
            "unit_alt": ["Hội Chữ thập đỏ xã", "Hội Chữ thập đỏ xã Nghĩa Thái"],
            "unit_prose": "Hội Chữ thập đỏ xã",
            "date": ("Nghĩa Thái", 3, 4, 2024),
            "to": "Ban Thường vụ Đảng ủy xã Nghĩa Thái",
            "basis": "Kế hoạch số 21-KH/ĐU của Ban Thường vụ Đảng ủy xã",
            "model": "Địa chỉ nhân đạo – kết nối yêu thương",
            "content": [
                "Khảo sát, lập danh sách 60 địa chỉ nhân đạo; mỗi chi hội kết nối ít nhất 3 nhà "
                "hảo tâm giúp đỡ thường xuyên.",
                "Tổ chức “Phiên chợ 0 đồng” vào dịp 27/7 và Tết Nguyên đán.",
            ],
            "start": "4/2024",
            "end": "8/2024",
            "targets": [
                ("Số địa chỉ nhân đạo được giúp đỡ", "địa chỉ", "60"),
                ("Số suất quà trao cho hộ khó khăn", "suất", "300"),
                ("Số đơn vị máu vận động hiến", "đơn vị", "120"),
            ],
            "leader": ("Trịnh Thị Nga", "Chủ tịch Hội"),
            "phone": "0977 305 118",
            "recipients": ["Như trên;", "Ủy ban MTTQ xã;", "Lưu VP."],
            "on_behalf": "T/M BAN THƯỜNG VỤ",
            "signer": ("Trịnh Thị Nga", "Chủ tịch"),
            "traits": [
                "table_row_is_model",
                "merged_header",
                "three_labels_one_line",
                "target_figures",
            ],
        },
    ),
    Entry(
        "c20-giaouoc-cong-an",
        ("photo", "doc"),
        {
            "unit_id": "cong-an",
            "superior": "CÔNG AN HUYỆN NGHĨA PHONG",
            "unit_header": "CÔNG AN XÃ NGHĨA THÁI",
            "unit_alt": ["Công an xã", "Công an xã Nghĩa Thái"],
            "unit_prose": "Công an xã Nghĩa Thái",
            "date": ("Nghĩa Thái", 5, 4, 2024),
            "to": "Ban Thường vụ Đảng ủy xã",
            "basis": "hướng dẫn của Khối Dân vận xã",
            "model": "Tổ liên gia an toàn phòng cháy, chữa cháy",
            "content": [
                "Thành lập 24 tổ liên gia an toàn phòng cháy, chữa cháy ở các xóm; mỗi tổ 5–10 hộ "
                "liền kề, có bình chữa cháy dùng chung.",
                "Huấn luyện kỹ năng thoát nạn cho các hộ kinh doanh, nhà trọ.",
            ],
            "start": "01/4/2024",
            "end": "31/8/2024",
            "targets": [
                ("Số tổ liên gia được thành lập", "tổ", "24"),
                ("Số hộ tham gia", "hộ", "180"),
            ],
            "leader": ("Đại úy Hà Văn Tĩnh", "Phó Trưởng Công an xã"),
            "leader_name": "Hà Văn Tĩnh",
            "phone": None,
            "recipients": ["Đảng ủy xã;", "Lưu."],
            "on_behalf": "",
            "signer": ("Thiếu tá Lê Quang Hưng", "Trưởng Công an xã"),
            "traits": [
                "table_row_is_model",
                "merged_header",
                "rank_in_name",
                "leader_not_signer",
                "no_phone",
            ],
        },
    ),
    Entry(
        "c21-giaouoc-lhd-hoi-ccb",
        ("scan",),
        {
            "unit_id": "lhd-hoi-ccb",
            "superior": "ỦY BAN MTTQ VIỆT NAM XÃ LẠC HƯNG ĐÔNG",
            "unit_header": "HỘI CỰU CHIẾN BINH XÃ",
            "unit_alt": ["Hội Cựu chiến binh xã", "Hội Cựu chiến binh xã Lạc Hưng Đông"],
            "unit_prose": "Hội Cựu chiến binh xã",
            "date": ("Lạc Hưng Đông", 2, 4, 2026),
            "to": "Ban Thường vụ Đảng ủy xã Lạc Hưng Đông",
            "basis": "Hướng dẫn số 03-HD/BXDĐ của Ban Xây dựng Đảng",
            "model": "Cựu chiến binh giúp nhau làm kinh tế giỏi",
            "content": [
                "Mỗi chi hội xây dựng ít nhất một tổ hợp tác hoặc tổ vay vốn; hội viên sản xuất "
                "giỏi nhận kèm cặp hội viên khó khăn.",
            ],
            "start": "3/2026",
            "end": "9/2026",
            "targets": [
                ("Số hộ hội viên thoát nghèo", "hộ", "5"),
                ("Số tổ hợp tác, tổ vay vốn duy trì", "tổ", "12"),
                ("Dư nợ ủy thác Ngân hàng Chính sách xã hội", "triệu đồng", "9.500"),
            ],
            "leader": ("Khúc Văn Lợi", "Chủ tịch Hội Cựu chiến binh xã"),
            "phone": "0915.227.804",
            "recipients": ["Ban XDĐ Đảng ủy xã;", "Lưu."],
            "on_behalf": "T/M BAN THƯỜNG VỤ",
            "signer": ("Khúc Văn Lợi", "Chủ tịch"),
            "traits": [
                "table_row_is_model",
                "merged_header",
                "three_labels_one_line",
                "money_target_not_funds",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("giaouoc_bang", "registration", ("S05",), render, ENTRIES)
