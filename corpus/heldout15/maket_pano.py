"""A registration made as the proof of a roadside panel ("ma-két pa-nô") that presents the model,
with the slip on which the unit asks the Party committee's board to approve its wording.

After the propaganda panels and signboards that communes put up at the site of a model (U05:
the sponsors' line over the top, "MÔ HÌNH “DÂN VẬN KHÉO”" in large capitals, the model's name,
"Đơn vị thực hiện:", "Người phụ trách:", "Điện thoại:", a few lines of what is done, a slogan)
and the approval of outdoor propaganda content by the commune's Party board before printing
(U06: the size and material, the place, "Ý kiến duyệt", the requesting unit's date and
signature). Landscape A4, two pages: the proof, then the request. The sponsors' line (the
commune's Party committee, council, People's Committee and Front) is not the unit; the
approver, his date and the panel's cost are decoys; a hotline is not the person in charge's
phone.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13, landscape=True)
    k.para(doc, ("MA-KÉT PA-NÔ TUYÊN TRUYỀN", "b", 12), align="left", after=0)
    k.para(doc, (v["proof_note"], "i", 11), align="left", after=6)
    pano = k.table(doc, 1, (25.5,))
    cell = pano.cell(0, 0)
    _shade(cell, v.get("fill", "FFF4D6"))
    lines: list[k.Run | str | list[k.Run | str]] = [
        (v["sponsors"], "b", 14),
        ("", ""),
        (v["banner"], "b", 30),
        (f"“{v['model']}”" if v.get("quoted", True) else v["model"].upper(), "b", 26),
        ("", ""),
    ]
    k.cell_text(cell, lines, align="center")
    for label, value in v["panel"]:
        paragraph = cell.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(1.0)
        k.add_runs(paragraph, [(label, "b", 16), (value, "", 16)])
    for line in v["content"]:
        paragraph = cell.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(1.8)
        k.add_runs(paragraph, [(line, "", 15)])
    slogan = cell.add_paragraph()
    slogan.alignment = k.ALIGN["center"]
    k.add_runs(slogan, [("", ""), (v["slogan"], "bi", 18)])
    k.page_break(doc)
    k.para(doc, (v["issuer_line"], "b", 12), align="left", after=0)
    k.para(doc, ("PHIẾU ĐỀ NGHỊ DUYỆT NỘI DUNG PA-NÔ", "b", 15), align="center", before=6, after=6)
    form = k.table(doc, len(v["request"]), (7.0, 18.5))
    for row, (label, value) in enumerate(v["request"]):
        k.cell_text(form.cell(row, 0), (label, "b"), size=12)
        k.cell_text(form.cell(row, 1), value, size=12)
    sign = v["sign"]
    approve = v["approval"]
    k.signature(
        doc,
        [
            ("Ý KIẾN DUYỆT CỦA BAN XÂY DỰNG ĐẢNG", "b", 12),
            ("ĐẢNG ỦY XÃ GIỒNG SAO", "b", 12),
            (approve[0], "h"),
            (approve[1], "h"),
            "",
            (approve[2], "b"),
        ],
        [
            (date_line(*v["date"]), "i", 12),
            *[(line, "b") for line in sign[:-1]],
            "",
            "",
            "",
            (sign[-1], "b"),
        ],
        widths=(12.5, 13.0),
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
        "signed_date": iso(v["date"][1], v["date"][2], v["date"][3]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], sign[-1:-3:-1]),
        "location": v.get("location_alt", []),
    }
    return doc, Truth(
        "registration", fields, v["unit_id"], alt, v["traits"], sign[-1], v.get("stamp")
    )


ENTRIES = (
    Entry(
        "u07-pano-gso-hoi-nong-dan",
        ("scan", "doc"),
        {
            "unit_id": "gso-hoi-nong-dan",
            "proof_note": "(Bản in thử tỷ lệ 1:12 – kích thước thật 3,0 m × 1,5 m; nền vàng "
            "nhạt, chữ đỏ và xanh dương)",
            "sponsors": "ĐẢNG ỦY – HĐND – UBND – ỦY BAN MTTQ VIỆT NAM XÃ GIỒNG SAO",
            "banner": "MÔ HÌNH “DÂN VẬN KHÉO”",
            "model": "Nông dân Giồng Sao chung sức trồng dừa hữu cơ",
            "panel": [
                ("Đơn vị thực hiện: ", "Hội Nông dân xã Giồng Sao"),
                ("Người phụ trách: ", "ông Phạm Văn Út – Chủ tịch Hội Nông dân xã"),
                ("Điện thoại: ", "0917 662 384"),
                ("Địa bàn: ", "ấp Giồng Sao, ấp Bến Dừa"),
                ("Loại mô hình: ", "tập thể   –   Lĩnh vực: kinh tế"),
                ("Nội dung:", ""),
            ],
            "type": "collective",
            "domain": "economy",
            "content": [
                "• Liên kết 64 hộ hội viên thành tổ hợp tác, chuyển 52 ha dừa sang quy trình "
                "hữu cơ;",
                "• Nuôi kiến vàng, dùng phân hữu cơ vi sinh, không dùng thuốc diệt cỏ;",
                "• Ký hợp đồng bao tiêu với Hợp tác xã nông nghiệp dừa hữu cơ Giồng Sao, giá cao "
                "hơn thị trường 10 – 15%;",
                "• Hội viên khá giúp hội viên nghèo giống, vốn và ngày công.",
            ],
            "slogan": "Nông dân đoàn kết – Dừa xanh bền vững",
            "issuer_line": "HỘI NÔNG DÂN XÃ GIỒNG SAO",
            "request": [
                ("Đơn vị đề nghị:", "Hội Nông dân xã Giồng Sao"),
                (
                    "Nội dung pa-nô:",
                    "Giới thiệu mô hình “Dân vận khéo” năm 2026 của Hội (theo ma-két trang 1)",
                ),
                (
                    "Vị trí đặt:",
                    "Ngã ba Giồng Sao, đầu đường vào vùng dừa hữu cơ (cạnh trụ sở ấp Giồng Sao)",
                ),
                (
                    "Kích thước, chất liệu:",
                    "3,0 m × 1,5 m; bạt hiflex, khung sắt mạ kẽm, chân bê tông",
                ),
                ("Kinh phí:", "4.800.000 đồng (trích quỹ Hội, không sử dụng ngân sách)"),
                ("Thời gian treo:", "Từ tháng 4/2026 đến hết tháng 12/2026"),
            ],
            "approval": [
                "Đồng ý nội dung, đề nghị sửa",
                "“Giồng Sao” cho đúng chính tả. 26/3/2026",
                "Trần Quốc Việt",
            ],
            "date": ("Giồng Sao", 23, 3, 2026),
            "sign": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Phạm Văn Út"],
            "leader": ("Phạm Văn Út", "Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Chủ tịch Hội Nông dân xã Giồng Sao", "Chủ tịch"],
            "phone": "0917 662 384",
            "location": "ấp Giồng Sao, ấp Bến Dừa",
            "unit": "Hội Nông dân xã Giồng Sao",
            "unit_alt": ["HỘI NÔNG DÂN XÃ GIỒNG SAO"],
            "stamp": "HỘI NÔNG DÂN XÃ GIỒNG SAO",
            "traits": [
                "panel_proof",
                "landscape",
                "two_pages",
                "decoy_sponsors",
                "decoy_approval_date",
                "decoy_panel_cost",
                "leader_signs",
                "hand_filled",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u08-pano-gso-cong-an",
        ("photo",),
        {
            "unit_id": "gso-cong-an",
            "proof_note": "(In thử để duyệt – pa-nô thật 2,4 m × 1,2 m, đặt tại 3 vị trí)",
            "sponsors": "CÔNG AN TỈNH VĨNH LONG  •  CÔNG AN XÃ GIỒNG SAO",
            "banner": "MÔ HÌNH DÂN VẬN KHÉO",
            "model": "Camera an ninh – Xóm ấp bình yên",
            "fill": "DCEBFA",
            "panel": [
                ("Thực hiện: ", "Công an xã Giồng Sao phối hợp Ban công tác Mặt trận các ấp"),
                ("Phụ trách: ", "Thiếu tá Nguyễn Minh Luân – Phó Trưởng Công an xã"),
                ("Liên hệ: ", "0962 815 430"),
                ("Đường dây nóng Công an xã: ", "0270 3862 113"),
                ("Phạm vi: ", "4 ấp, 27 tuyến đường trục, ngã ba, bến đò"),
                ("Cách làm:", ""),
            ],
            "content": [
                "– Vận động các hộ, cơ sở kinh doanh tự nguyện lắp camera hướng ra đường, kết "
                "nối điện thoại với tổ an ninh trật tự ở cơ sở;",
                "– Mỗi ấp lập một nhóm Zalo “Ấp bình yên”, tiếp nhận tin báo 24/24 giờ;",
                "– Trích xuất hình ảnh phục vụ truy tìm tài sản bị mất, xử lý vi phạm giao thông, "
                "xả rác;",
                "– Tuyên dương hộ có camera giúp phát hiện, ngăn chặn vụ việc.",
            ],
            "quoted": False,
            "slogan": "Mỗi mắt camera – một cánh tay giữ bình yên xóm ấp",
            "issuer_line": "CÔNG AN XÃ GIỒNG SAO",
            "request": [
                ("Đơn vị đề nghị duyệt:", "Công an xã Giồng Sao"),
                (
                    "Vị trí đặt (03 pa-nô):",
                    "Trụ sở Công an xã; bến đò Cái Thia; ngã tư chợ Giồng Sao",
                ),
                ("Quy cách:", "2,4 m × 1,2 m, alu dán decal, chân trụ sắt"),
                ("Kinh phí:", "7.200.000 đồng (Hội Doanh nghiệp xã tài trợ)"),
            ],
            "approval": [
                "Nhất trí. Bỏ số điện thoại cá nhân,",
                "chỉ để đường dây nóng. Ngày 04/4/2026",
                "Trần Quốc Việt",
            ],
            "date": ("Giồng Sao", 1, 4, 2026),
            "sign": ["TRƯỞNG CÔNG AN XÃ", "Thượng tá Huỳnh Thanh Sơn"],
            "leader": ("Nguyễn Minh Luân", "Phó Trưởng Công an xã"),
            "position_alt": ["Phó Trưởng Công an xã Giồng Sao"],
            "phone": "0962 815 430",
            "location": "4 ấp, 27 tuyến đường trục, ngã ba, bến đò",
            "location_alt": ["4 ấp"],
            "unit": "Công an xã Giồng Sao",
            "unit_alt": ["CÔNG AN XÃ GIỒNG SAO"],
            "stamp": "CÔNG AN XÃ GIỒNG SAO",
            "traits": [
                "panel_proof",
                "landscape",
                "two_pages",
                "rank_before_name",
                "decoy_hotline",
                "decoy_signer",
                "decoy_sponsor_police",
                "decoy_approval_date",
                "decoy_panel_cost",
                "no_type_no_domain",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u09-pano-gso-hoi-phu-nu",
        ("scan",),
        {
            "unit_id": "gso-hoi-phu-nu",
            "proof_note": "(Bản thiết kế lần 2 – kích thước 2,0 m × 1,0 m)",
            "sponsors": "HỘI LIÊN HIỆP PHỤ NỮ XÃ GIỒNG SAO",
            "banner": "GƯƠNG ĐIỂN HÌNH “DÂN VẬN KHÉO”",
            "model": "Giữ nghề đan lục bình, tạo việc làm cho chị em Khmer",
            "fill": "FBE3EC",
            "panel": [
                ("Người thực hiện: ", "bà Kim Thị Sa Rươl"),
                ("Chức vụ: ", "Chi hội trưởng Phụ nữ ấp Sóc Tro"),
                ("Mô hình cá nhân – lĩnh vực: ", "Kinh tế"),
                ("Nơi thực hiện: ", "ấp Sóc Tro và ấp Rạch Kinh"),
                ("ĐT: ", "0366 902 715"),
                ("", ""),
            ],
            "type": "individual",
            "domain": "economy",
            "content": [
                "Dạy nghề đan giỏ, thảm lục bình miễn phí cho 46 chị em, phần lớn là phụ nữ "
                "Khmer không có việc làm ổn định.",
                "Bao tiêu sản phẩm qua cơ sở của gia đình, thu nhập bình quân 3 – 4 triệu "
                "đồng/người/tháng.",
                "Vận động chị em tham gia tổ tiết kiệm, cho con đi học đều.",
            ],
            "slogan": "Phụ nữ Giồng Sao: Tự tin – Tự trọng – Nhân hậu – Đảm đang",
            "issuer_line": "HỘI LHPN XÃ GIỒNG SAO",
            "request": [
                ("Đơn vị đề nghị:", "Hội LHPN xã Giồng Sao"),
                (
                    "Nội dung:",
                    "Pa-nô giới thiệu gương điển hình “Dân vận khéo” của chị Kim Thị "
                    "Sa Rươl, hội viên, Chi hội trưởng Phụ nữ ấp Sóc Tro",
                ),
                ("Vị trí đặt:", "Trước cơ sở đan lục bình Sa Rươl, ấp Sóc Tro"),
                ("Kích thước:", "2,0 m × 1,0 m"),
                ("Kinh phí:", "2.600.000 đồng"),
            ],
            "approval": ["Đồng ý.", "Ngày 18/5/2026", "Trần Quốc Việt"],
            "date": ("Giồng Sao", 14, 5, 2026),
            "sign": ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Nguyễn Thị Diễm"],
            "leader": ("Kim Thị Sa Rươl", "Chi hội trưởng Phụ nữ ấp Sóc Tro"),
            "phone": "0366 902 715",
            "location": "ấp Sóc Tro và ấp Rạch Kinh",
            "unit": "Hội LHPN xã Giồng Sao",
            "unit_alt": ["Hội Liên hiệp Phụ nữ xã Giồng Sao", "HỘI LHPN XÃ GIỒNG SAO"],
            "stamp": "HỘI LIÊN HIỆP PHỤ NỮ XÃ GIỒNG SAO",
            "traits": [
                "panel_proof",
                "landscape",
                "two_pages",
                "individual_model",
                "decoy_signer",
                "decoy_approval_date",
                "khmer_names",
                "unit_by_alias",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("maket_pano", "registration", ("U05", "U06"), render, ENTRIES, landscape=True)
