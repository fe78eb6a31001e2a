"""A service unit's report: indicators in prose and the money in a table of sources.

After the reports of health stations and cooperatives on their yearly targets (K08, K09): the
stacked header of the sender ("TTYT KHU VỰC …" over "TRẠM Y TẾ XÃ …", "UBND XÃ …" over "HỢP TÁC
XÃ …"), "Số: …/BC-…"; "BÁO CÁO" with the model in the subtitle; "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ
TIÊU" as dash lines "… đạt …% (chỉ tiêu …%)"; "II. CÔNG TÁC VẬN ĐỘNG NHÂN DÂN" in prose that
names the person in charge on a labelled line ("Người trực tiếp phụ trách: … – …") and the
people who took part; "III. KINH PHÍ THỰC HIỆN" as a ruled table "TT | Nguồn kinh phí | Số tiền
(đồng)" where the state budget, the people's and the sponsors' money, the subtotal of money
mobilised ("Cộng nguồn vận động") and the grand total stand one under another; "IV. ĐỀ XUẤT";
the head signs.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _funds(doc: Document, v: dict[str, Any]) -> int:
    state, people, sponsors = v["money"]
    mobilised: int = people + sponsors
    rows = [
        ("1", "Ngân sách nhà nước", _money(state), ""),
        ("2", "Nhân dân đóng góp", _money(people), ""),
        ("3", "Doanh nghiệp, nhà hảo tâm", _money(sponsors), ""),
        ("", "Cộng nguồn vận động (2 + 3)", _money(mobilised), "b"),
        ("", "Tổng cộng", _money(state + mobilised), "b"),
    ]
    tbl = k.table(doc, 1 + len(rows), (1.2, 9.3, 5.5))
    for col, head in enumerate(("TT", "Nguồn kinh phí", "Số tiền (đồng)")):
        k.cell_text(tbl.cell(0, col), (head, "b", 12), align="center")
    for number, (tt, label, amount, style) in enumerate(rows, start=1):
        k.cell_text(tbl.cell(number, 0), (tt, "", 12), align="center")
        k.cell_text(tbl.cell(number, 1), (label, style, 12))
        k.cell_text(tbl.cell(number, 2), (amount, style, 12), align="right")
    return mobilised


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [(v["issuer"][0], "", 12), (v["issuer"][1], "b", 12), ("───────", ""),
         (f"Số: {v['number']}", "", 13)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )  # fmt: skip
    k.para(doc, "", after=4)
    k.para(doc, ("BÁO CÁO", "b", 14), align="center", after=0)
    k.para(
        doc,
        (f"Kết quả thực hiện mô hình “Dân vận khéo” “{v['model']}” năm {v['date'][3]}", "b"),
        align="center",
        after=8,
    )
    k.para(doc, ("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "b"))
    for line in v["results"]:
        k.body(doc, line)
    k.para(doc, ("II. CÔNG TÁC VẬN ĐỘNG NHÂN DÂN", "b"))
    person, position = v["leader"]
    k.para(doc, ("Người trực tiếp phụ trách: ", "b"), f"{person} – {position}.", first=1.0)
    k.para(doc, ("Điện thoại: ", "b"), v["phone"], first=1.0)
    k.body(doc, v["mobilising"])
    k.para(doc, ("III. KINH PHÍ THỰC HIỆN", "b"))
    funds = _funds(doc, v)
    k.para(doc, ("IV. ĐỀ XUẤT", "b"), before=6)
    k.body(doc, v["proposal"])
    signer = v["signer"]
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), (f"- {v['to']};", "", 11), ("- Lưu: VT.", "", 11)],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (signer[0], "b")],
    )
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": funds,
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], signer),
    }
    stamp = f"{v['issuer'][0]} {v['issuer'][1]}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "k13-chitieu-ytb-tram-y-te",
        ("scan", "doc"),
        {
            "unit_id": "ytb-tram-y-te",
            "issuer": ("TTYT KHU VỰC THANH SƠN", "TRẠM Y TẾ XÃ YÊN THẠCH BẮC"),
            "number": "22/BC-TYT",
            "date": ("Yên Thạch Bắc", 30, 11, 2026),
            "model": "Người dân Yên Thạch Bắc chủ động phòng, chống sốt xuất huyết",
            "unit_name": "Trạm Y tế xã Yên Thạch Bắc",
            "unit_alt": ["TRẠM Y TẾ XÃ YÊN THẠCH BẮC", "TYT xã Yên Thạch Bắc"],
            "results": [
                "- Tỷ lệ hộ gia đình được phun hóa chất, diệt lăng quăng đạt 97% (chỉ tiêu 90%);",
                "- Số ca mắc sốt xuất huyết giảm từ 41 ca năm 2025 xuống 6 ca, không có ca tử "
                "vong;",
                "- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 98,5% (chỉ tiêu 95%).",
            ],
            "leader": ("Sa Thị Duyên", "Trưởng Trạm Y tế xã"),
            "position_alt": ["Trưởng trạm"],
            "phone": "0210 3872 415",
            "mobilising": "Trạm phối hợp với Ủy ban MTTQ xã và trưởng các thôn tổ chức 9 đợt "
            "tổng vệ sinh môi trường; đã có 1.260 lượt người dân tham gia lật úp dụng cụ chứa "
            "nước, thả cá diệt lăng quăng.",
            "participants": 1260,
            "money": (30000000, 18500000, 12000000),
            "proposal": "Đề nghị duy trì kinh phí phun hóa chất vào đầu mùa mưa năm 2027.",
            "to": "Đảng ủy, UBND xã",
            "sign_block": ["TRƯỞNG TRẠM"],
            "signer": ("Sa Thị Duyên", "Trưởng trạm"),
            "traits": [
                "indicators_in_prose",
                "funds_table_subtotal",
                "landline_phone",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k14-chitieu-ytb-htx-che",
        ("photo",),
        {
            "unit_id": "ytb-htx-che",
            "issuer": ("UBND XÃ YÊN THẠCH BẮC", "HỢP TÁC XÃ CHÈ YÊN THẠCH"),
            "number": "31/BC-HTX",
            "date": ("Yên Thạch Bắc", 2, 12, 2026),
            "model": "Vận động hộ dân liên kết trồng chè an toàn theo chuỗi",
            "unit_name": "Hợp tác xã Chè Yên Thạch",
            "unit_alt": ["HỢP TÁC XÃ CHÈ YÊN THẠCH", "HTX Chè Yên Thạch"],
            "results": [
                "- Diện tích chè đạt chứng nhận VietGAP tăng từ 9 ha lên 27 ha (chỉ tiêu 25 ha);",
                "- Số hộ ký hợp đồng bao tiêu đạt 71 hộ, vượt 11 hộ so với đăng ký;",
                "- Giá bán chè búp tươi bình quân tăng 18%.",
            ],
            "leader": ("Hà Quang Vinh", "Phó Giám đốc Hợp tác xã"),
            "position_alt": ["Phó Giám đốc"],
            "phone": "0983 612 074",
            "mobilising": "Hội đồng quản trị chia nhau phụ trách từng thôn; 71 hộ dân đã tham "
            "gia liên kết, trong đó có 23 hộ người Mường.",
            "participants": 71,
            "money": (50000000, 36000000, 15000000),
            "proposal": "Đề nghị xã hỗ trợ xây dựng nhãn hiệu chứng nhận “Chè Yên Thạch”.",
            "to": "Ban Chỉ đạo xã",
            "sign_block": ["GIÁM ĐỐC"],
            "signer": ("Lê Văn Độ", "Giám đốc"),
            "traits": [
                "indicators_in_prose",
                "funds_table_subtotal",
                "leader_not_signer",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "k15-chitieu-hoi-nguoi-cao-tuoi",
        ("scan",),
        {
            "unit_id": "hoi-nguoi-cao-tuoi",
            "issuer": ("UBMTTQ XÃ NGHĨA THÁI", "HỘI NGƯỜI CAO TUỔI XÃ"),
            "number": "12/BC-NCT",
            "date": ("Nghĩa Thái", 20, 11, 2024),
            "model": "Câu lạc bộ dưỡng sinh, chăm sóc sức khỏe người cao tuổi",
            "unit_name": "Hội Người cao tuổi xã Nghĩa Thái",
            "unit_alt": ["Hội Người cao tuổi xã", "HỘI NGƯỜI CAO TUỔI XÃ"],
            "results": [
                "- Tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt 86% (chỉ tiêu 80%);",
                "- Thành lập 6 câu lạc bộ dưỡng sinh ở các xóm, sinh hoạt đều đặn 3 buổi mỗi tuần.",
            ],
            "leader": ("Lê Đình Cẩn", "Chủ tịch Hội Người cao tuổi xã"),
            "position_alt": ["Chủ tịch"],
            "phone": "0915 207 336",
            "mobilising": "Ban chấp hành vận động con cháu trong các gia đình đưa ông bà đi "
            "khám; có 412 hội viên tham gia sinh hoạt câu lạc bộ.",
            "participants": 412,
            "money": (10000000, 24600000, 8000000),
            "proposal": "Đề nghị UBND xã bố trí sân tập tại nhà văn hóa xóm 9.",
            "to": "UBMTTQ xã",
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": ("Lê Đình Cẩn", "Chủ tịch"),
            "traits": ["indicators_in_prose", "funds_table_subtotal", "superior_in_header"],
        },
    ),
)

LAYOUT = Layout("baocao_chitieu_kinhphi", "report", ("K08", "K09"), render, ENTRIES)
