"""A registration made as the resolution of a village Party branch's monthly meeting ("Nghị
quyết hội nghị chi bộ thường kỳ"): the branch resolves to build a model and assigns who runs it.

After the resolutions that village branches adopt at their monthly meeting under the Central
Organisation Commission's guidance on branch meetings (U01: the Party header with "*" and
"Số …-NQ/CB", "NGHỊ QUYẾT", the grounds "Căn cứ Điều lệ Đảng …", the attendance, "CHI BỘ QUYẾT
NGHỊ:", numbered points, the vote, "T/M CHI BỘ / BÍ THƯ") and the branches' habit of an
assignment table under the resolution (U02). The person in charge is the one the assignment
gives "phụ trách chung", not the secretary who signs, the Party committee member who attended,
nor the heads of the associations who "phối hợp".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    left: list[k.Run | str] = [
        ("ĐẢNG BỘ XÃ GIỒNG SAO", "", 12),
        (v["issuer"], "b", 12),
        ("*", ""),
        (v["number"], "", 12),
    ]
    k.header_block(
        doc,
        left,
        [
            ("ĐẢNG CỘNG SẢN VIỆT NAM", "b", 13),
            ("───────────", ""),
            (date_line(*v["date"]), "i", 12),
        ],
    )
    k.para(doc, ("NGHỊ QUYẾT", "b", 15), align="center", before=12, after=0)
    k.para(doc, (v["meeting"], "b", 13), align="center", after=0)
    k.para(doc, (v["subject"], "b", 13), align="center", after=2)
    k.para(doc, "-----", align="center", after=6)
    for line in v["grounds"]:
        k.para(doc, (line, "i"), first=1.0)
    attendance = v["attendance"]  # a list of runs where the numbers were filled in by hand
    k.para(doc, *(attendance if isinstance(attendance, list) else [attendance]), first=1.0)
    k.body(doc, v["discussion"])
    k.para(doc, ("CHI BỘ QUYẾT NGHỊ:", "b"), align="center", before=6, after=4)
    k.para(doc, ("1. ", "b"), v["point1"], first=1.0)
    k.para(doc, ("2. Nội dung, giải pháp chủ yếu", "b"), first=1.0)
    for line in v["content"]:
        k.body(doc, line)
    k.para(doc, ("3. Phân công thực hiện", "b"), first=1.0)
    rows = v["assign"]
    tbl = k.table(doc, len(rows) + 1, (1.0, 6.2, 5.0, 3.8))
    for col, head in enumerate(("TT", "Nội dung công việc", "Người thực hiện", "Thời gian")):
        k.cell_text(tbl.cell(0, col), (head, "b"), align="center", size=12)
    for number, row in enumerate(rows, 1):
        k.cell_text(tbl.cell(number, 0), str(number), align="center", size=12)
        for col, text in enumerate(row, 1):
            k.cell_text(tbl.cell(number, col), text, size=12)
    if v.get("merge_time"):
        top = tbl.cell(2, 3).merge(tbl.cell(len(rows), 3))
        for extra in [p for p in top.paragraphs if not p.text][: len(top.paragraphs) - 1]:
            extra._p.getparent().remove(extra._p)
    k.para(doc, "", after=0)
    k.para(doc, ("4. Tổ chức thực hiện", "b"), first=1.0)
    for line in v["execution"]:
        k.body(doc, line)
    sign = v["sign"]
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 11), *[(line, "", 11) for line in v["recipients"]]],
        [*[(line, "b") for line in sign[:-1]], "", "", "", (sign[-1], "b")],
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
        "content": joined(v["content"]).rstrip("."),
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
        "u01-nghiquyet-gso-cb-soc-tro",
        ("scan", "doc"),
        {
            "unit_id": "gso-cb-soc-tro",
            "issuer": "CHI BỘ ẤP SÓC TRO",
            "number": "Số 03-NQ/CB",
            "date": ("Sóc Tro", 12, 3, 2026),
            "meeting": "HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026",
            "subject": "về lãnh đạo xây dựng mô hình “Dân vận khéo” “Phum sóc sáng – xanh – "
            "sạch” năm 2026",
            "grounds": [
                "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                "- Căn cứ Kế hoạch số 14-KH/ĐU ngày 20/01/2026 của Đảng ủy xã Giồng Sao về "
                "đẩy mạnh phong trào thi đua “Dân vận khéo” năm 2026;",
                "- Căn cứ kết quả thảo luận tại hội nghị chi bộ thường kỳ ngày 10/3/2026,",
            ],
            "attendance": "Hội nghị có mặt 21/24 đảng viên (vắng 03 đồng chí có lý do: 02 "
            "đồng chí được miễn sinh hoạt, 01 đồng chí đi làm ăn xa). Dự hội nghị có đồng chí "
            "Huỳnh Văn Tâm, Phó Bí thư Thường trực Đảng ủy xã, đảng ủy viên phụ trách chi bộ.",
            "discussion": "Sau khi nghe đồng chí Bí thư Chi bộ quán triệt kế hoạch của Đảng ủy "
            "và đồng chí Thạch Sô Phanh, Phó Bí thư Chi bộ, Trưởng ấp, trình bày dự thảo nội "
            "dung mô hình, hội nghị đã thảo luận dân chủ, thống nhất.",
            "point1": "Thống nhất đăng ký xây dựng mô hình “Dân vận khéo” “Phum sóc sáng – "
            "xanh – sạch” (mô hình tập thể, lĩnh vực văn hóa - xã hội) tại ấp Sóc Tro, thời "
            "gian thực hiện từ tháng 3/2026 đến tháng 12/2026.",
            "type": "collective",
            "domain": "culture_society",
            "content": [
                "a) Vận động 100% hộ đồng bào Khmer và hộ người Kinh trong ấp thực hiện “ngày "
                "Chủ nhật xanh” mỗi tháng 2 lần, phát quang, thu gom rác thải dọc 4,2 km đường "
                "liên ấp và đường vào chùa Sóc Tro.",
                "b) Phối hợp Ban Quản trị chùa, các vị Lục cả, Achar vận động bà con lắp đèn "
                "chiếu sáng trước cửa nhà, phấn đấu thắp sáng toàn bộ đường trục ấp trước Tết "
                "Chôl Chnăm Thmây.",
                "c) Mỗi đảng viên phụ trách từ 5 đến 7 hộ; trồng hoa, cây xanh hai bên đường; "
                "không để hộ nào đổ rác xuống kênh, rạch.",
                "d) Giữ gìn an ninh trật tự, không có hộ vi phạm pháp luật; sơ kết sau 6 tháng.",
            ],
            "assign": [
                (
                    "Phụ trách chung, xây dựng kế hoạch, chỉ đạo các tổ nhân dân tự quản",
                    "Đ/c Thạch Sô Phanh – Phó Bí thư Chi bộ, Trưởng ấp (ĐT: 0919 274 615)",
                    "Tháng 3 – 12/2026",
                ),
                (
                    "Vận động hội viên phụ nữ, trồng hoa tuyến đường",
                    "Đ/c Kim Thị Sa Rươl – Chi hội trưởng Phụ nữ",
                    "Hằng tháng",
                ),
                (
                    "Phối hợp vận động qua chùa, các lễ hội",
                    "Đ/c Lâm Văn Chanh – Trưởng Ban công tác Mặt trận ấp (ĐT: 0987 330 152)",
                    "Hằng tháng",
                ),
                (
                    "Đoàn viên ra quân “Chủ nhật xanh”",
                    "Đ/c Sơn Minh Tài – Bí thư Chi đoàn",
                    "Chủ nhật tuần 1, 3",
                ),
            ],
            "merge_time": False,
            "execution": [
                "Chi ủy chi bộ có trách nhiệm cụ thể hóa nghị quyết thành kế hoạch, báo cáo "
                "Đảng ủy xã trước ngày 20/3/2026. Các đồng chí đảng viên gương mẫu thực hiện "
                "và vận động gia đình, bà con nơi cư trú cùng tham gia.",
                "Nghị quyết được 21/21 đảng viên dự hội nghị biểu quyết thông qua (đạt 100%).",
            ],
            "recipients": [
                "- Đảng ủy xã (b/c);",
                "- Ban Xây dựng Đảng Đảng ủy xã;",
                "- Đảng viên trong chi bộ;",
                "- Lưu chi bộ.",
            ],
            "model": "Phum sóc sáng – xanh – sạch",
            "leader": ("Thạch Sô Phanh", "Phó Bí thư Chi bộ, Trưởng ấp"),
            "position_alt": ["Phó Bí thư Chi bộ"],
            "phone": "0919 274 615",
            "location": "ấp Sóc Tro",
            "sign": ["T/M CHI BỘ", "BÍ THƯ", "Danh Thị Sa Phone"],
            "unit": "Chi bộ ấp Sóc Tro",
            "unit_alt": ["CHI BỘ ẤP SÓC TRO"],
            "stamp": None,
            "traits": [
                "party_resolution",
                "leader_in_table",
                "decoy_signer",
                "decoy_party_committee_member",
                "decoy_front_phone",
                "decoy_plan_date",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u02-nghiquyet-gso-cb-ben-dua",
        ("photo",),
        {
            "unit_id": "gso-cb-ben-dua",
            "issuer": "CHI BỘ ẤP BẾN DỪA",
            "number": "Số 05-NQ/CB",
            "date": ("Bến Dừa", 9, 4, 2026),
            "meeting": "HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG 4/2026",
            "subject": "Về lãnh đạo thực hiện mô hình dân vận khéo “Dòng kênh không rác”",
            "grounds": [
                "Căn cứ Điều lệ Đảng và Quy định số 232-QĐ/TW về thi hành Điều lệ Đảng;",
                "Căn cứ Hướng dẫn số 03-HD/BXDĐ ngày 05/02/2026 của Ban Xây dựng Đảng Đảng ủy "
                "xã Giồng Sao về đăng ký mô hình “Dân vận khéo” năm 2026;",
            ],
            "attendance": "Ngày 07/4/2026, Chi bộ ấp Bến Dừa tổ chức hội nghị thường kỳ; có "
            "mặt 28/31 đảng viên. Chủ trì: đồng chí Trần Thị Mỹ Lệ, Bí thư Chi bộ; thư ký: "
            "đồng chí Nguyễn Thanh Phong.",
            "discussion": "Hội nghị đã nghe tờ trình của Chi ủy về việc đăng ký mô hình, thảo "
            "luận và thống nhất giao cho đồng chí Nguyễn Văn Hiếu, chi ủy viên, Trưởng ấp trực "
            "tiếp phụ trách mô hình.",
            "point1": "Đăng ký với Đảng ủy xã mô hình “Dòng kênh không rác” tại tuyến kênh "
            "Bến Dừa (từ vàm Bến Dừa đến cầu Ông Năm, dài 3,1 km) – 86 hộ sống ven kênh.",
            "content": [
                "- Mỗi hộ ven kênh tự quản đoạn kênh trước nhà, không xả rác, xác động vật, "
                "bao bì thuốc bảo vệ thực vật xuống kênh; đặt 12 bể chứa bao bì thuốc bảo vệ "
                "thực vật tại các bờ ruộng.",
                "- Thành lập 4 tổ tự quản (mỗi tổ 20 – 22 hộ), tổ trưởng là đảng viên hoặc hội "
                "viên nòng cốt; mỗi quý tổ chức một lần vớt lục bình, khơi thông dòng chảy.",
                "- Vận động các hộ nuôi tôm, ếch làm ao lắng, không thải nước trực tiếp ra kênh; "
                "đưa nội dung vào hương ước ấp.",
                "- Nhân rộng cách phân loại rác tại nguồn, ủ phân hữu cơ từ vỏ dừa, rác bếp.",
            ],
            "assign": [
                (
                    "Trực tiếp phụ trách mô hình",
                    "Nguyễn Văn Hiếu – Chi ủy viên, Trưởng ấp; ĐT 0908.516.447",
                    "Từ tháng 4/2026",
                ),
                ("Tổ tự quản số 1, 2", "Võ Văn Mến, Lê Thị Bé Tư", "Thường xuyên"),
                ("Tổ tự quản số 3, 4", "Huỳnh Văn Đực, Phạm Thị Hồng", ""),
                ("Kiểm tra, báo cáo Đảng ủy", "Trần Thị Mỹ Lệ – Bí thư Chi bộ", ""),
            ],
            "merge_time": True,
            "execution": [
                "Giao Chi ủy tổ chức triển khai, định kỳ báo cáo tiến độ tại hội nghị chi bộ "
                "hằng tháng. Nghị quyết có hiệu lực từ ngày ký.",
                "Hội nghị biểu quyết thông qua với 28/28 đồng chí tán thành.",
            ],
            "recipients": ["- Đảng ủy xã Giồng Sao;", "- Ban Xây dựng Đảng;", "- Lưu."],
            "model": "Dòng kênh không rác",
            "leader": ("Nguyễn Văn Hiếu", "Chi ủy viên, Trưởng ấp"),
            "position_alt": ["Trưởng ấp"],
            "phone": "0908.516.447",
            "location": "tuyến kênh Bến Dừa",
            "location_alt": ["tuyến kênh Bến Dừa (từ vàm Bến Dừa đến cầu Ông Năm, dài 3,1 km)"],
            "sign": ["T/M CHI BỘ", "BÍ THƯ", "Trần Thị Mỹ Lệ"],
            "unit": "Chi bộ ấp Bến Dừa",
            "unit_alt": ["CHI BỘ ẤP BẾN DỪA"],
            "stamp": None,
            "traits": [
                "party_resolution",
                "leader_in_prose_and_table",
                "merged_cells",
                "decoy_signer",
                "decoy_meeting_date",
                "decoy_guidance_date",
                "no_type_no_domain",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "u03-nghiquyet-gso-cb-giong-sao",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "gso-cb-giong-sao",
            "issuer": "CHI BỘ ẤP GIỒNG SAO",
            "number": "Số 02-NQ/CB",
            "date": ("Giồng Sao", None, 2, 2026),
            "meeting": "HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG 02 NĂM 2026",
            "subject": "về đăng ký mô hình “Dân vận khéo” năm 2026",
            "grounds": [
                "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                "- Căn cứ Nghị quyết Đại hội Chi bộ ấp Giồng Sao nhiệm kỳ 2025 – 2030;",
                "- Căn cứ Kế hoạch số 14-KH/ĐU ngày 20/01/2026 của Đảng ủy xã Giồng Sao,",
            ],
            "attendance": [
                "Tổng số đảng viên của chi bộ: ",
                ("19", "h"),
                " đồng chí; có mặt: ",
                ("17", "h"),
                " đồng chí; vắng: ",
                ("02", "h"),
                " đồng chí (lý do: ",
                ("đi làm ăn xa", "h"),
                ").",
            ],
            "discussion": "Hội nghị thống nhất chọn mô hình kinh tế, giúp các hộ trồng dừa "
            "chuyển sang sản xuất hữu cơ, liên kết với Hợp tác xã nông nghiệp dừa hữu cơ Giồng "
            "Sao để bao tiêu sản phẩm.",
            "point1": "Chi bộ đăng ký mô hình cá nhân “Đảng viên giúp hộ nghèo trồng dừa hữu "
            "cơ” do đồng chí Nguyễn Văn Bảy, Bí thư Chi bộ, Trưởng ấp trực tiếp thực hiện; lĩnh "
            "vực kinh tế; địa bàn: các hộ trồng dừa ấp Giồng Sao.",
            "type": "individual",
            "domain": "economy",
            "content": [
                "1) Hướng dẫn 25 hộ nghèo, cận nghèo chuyển 18 ha dừa sang quy trình hữu cơ, "
                "không dùng thuốc diệt cỏ; làm hồ sơ cấp mã số vùng trồng.",
                "2) Vận động các hộ khá giả cho mượn máy cắt cỏ, hỗ trợ giống dừa xiêm xanh; "
                "kết nối vốn vay ưu đãi Ngân hàng Chính sách xã hội.",
                "3) Mỗi tháng đến vườn từng hộ ít nhất 1 lần; sơ kết vào tháng 8/2026, tổng kết "
                "tháng 12/2026.",
            ],
            "assign": [
                (
                    "Trực tiếp thực hiện mô hình",
                    "Nguyễn Văn Bảy – Bí thư Chi bộ, Trưởng ấp (0939 852 106)",
                    "Năm 2026",
                ),
                (
                    "Hướng dẫn kỹ thuật hữu cơ",
                    "Cán bộ HTX dừa hữu cơ Giồng Sao – Nguyễn Thị Cẩm Tú (0918 440 297)",
                    "Theo mùa vụ",
                ),
            ],
            "merge_time": False,
            "execution": [
                "Chi bộ giao Chi ủy theo dõi, đôn đốc; hằng quý đánh giá kết quả tại hội nghị "
                "chi bộ. Nghị quyết được 17/17 đảng viên có mặt nhất trí thông qua.",
            ],
            "recipients": ["- Đảng ủy xã (để b/c);", "- Lưu CB."],
            "model": "Đảng viên giúp hộ nghèo trồng dừa hữu cơ",
            "leader": ("Nguyễn Văn Bảy", "Bí thư Chi bộ, Trưởng ấp"),
            "position_alt": ["Bí thư Chi bộ"],
            "phone": "0939 852 106",
            "location": "các hộ trồng dừa ấp Giồng Sao",
            "location_alt": ["ấp Giồng Sao"],
            "sign": ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn Bảy"],
            "unit": "Chi bộ ấp Giồng Sao",
            "unit_alt": ["CHI BỘ ẤP GIỒNG SAO"],
            "stamp": None,
            "traits": [
                "party_resolution",
                "individual_model",
                "leader_signs",
                "decoy_cooperative_phone",
                "day_blank",
                "hand_filled",
                "tcvn3",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("nghiquyet_chibo", "registration", ("U01", "U02"), render, ENTRIES)
