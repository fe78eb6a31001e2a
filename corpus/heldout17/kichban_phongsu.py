"""A report found in a television feature's script ("Kịch bản phóng sự"): a table of numbered
shots, the pictures on the left and the voice-over, interviews and on-screen captions on the
right; the model's results are read over the pictures in one of the rows.

After the scripts that reporters write before filming (S07: a feature of three to six minutes
answering who, what, where, when, why and how; the script as the link between the reporter and
the camera operator) and the two-column shooting script of news features with "HÌNH ẢNH" and
"LỜI BÌNH", interviews marked as synchronous sound and captions (S08). The reporter, the camera
operator, the broadcast date, the interviewees who do not run the model, the order line's phone
and the state's money are decoys.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, iso, joined, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    for line in v["newsroom"]:
        k.para(doc, (line, "b", 12), align="left", after=0)
    k.para(doc, ("KỊCH BẢN PHÓNG SỰ", "b", 16), align="center", before=12, after=0)
    k.para(doc, (v["title"], "b", 14), align="center", after=6)
    for label, value in v["info"]:
        k.para(doc, (label, "b"), (value, ""), after=1)
    k.para(doc, "", after=0)
    rows = v["rows"]
    tbl = k.table(doc, len(rows) + 1, (1.0, 5.0, 10.0))
    for col, head in enumerate(("TT", "HÌNH ẢNH", "LỜI BÌNH / ÂM THANH")):
        k.cell_text(tbl.cell(0, col), (head, "b"), align="center", size=12)
    for r, (picture, sound) in enumerate(rows, 1):
        k.cell_text(tbl.cell(r, 0), str(r), align="center", size=12)
        k.cell_text(tbl.cell(r, 1), (picture, "i"), size=12)
        lines: list[k.Run | str | list[k.Run | str]] = []
        for line in sound:
            if line == "@results":
                lines.append(v["lead"])
                lines.extend(v["results"])
            else:
                lines.append(line)
        k.cell_text(tbl.cell(r, 2), lines, align="justify", size=12)
    date = v.get("date")
    left = [(line, "", 12) for line in v.get("approval", [])]
    right: list[k.Run | str] = []
    if date:
        right.append((f"Thanh Hóa, ngày {date[0]} tháng {date[1]} năm {date[2]}", "i", 12))
    right += [("NGƯỜI VIẾT KỊCH BẢN", "b"), "", "", (v["writer"], "b")]
    k.signature(doc, left, right)
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
        "results": joined(v["results"]).rstrip(".;"),
        "participants": v.get("participants"),
        "funds_vnd": v.get("funds"),
        "signed_date": iso(*date) if date else None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], v["writer"], None)


ENTRIES = (
    Entry(
        "r10-phongsu-pmt-hoi-phu-nu",
        ("scan", "doc"),
        {
            "unit_id": "pmt-hoi-phu-nu",
            "newsroom": [
                "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA",
                "Ban Thời sự – Chuyên mục “Dân vận khéo”",
            ],
            "title": "“Giữ nghề dệt, giữ hồn Mường bên sông Mã”",
            "info": [
                ("Thời lượng: ", "5 phút 30 giây"),
                ("Phóng viên: ", "Lê Thu Trang    Quay phim: Nguyễn Hữu Phước"),
                ("Dự kiến phát sóng: ", "Thời sự 19 giờ 00 ngày 30/9/2026"),
            ],
            "rows": [
                (
                    "Toàn cảnh thôn Chiềng Mã buổi sớm, sương trên sông Mã; tiếng khung cửi.",
                    [
                        "Ở thôn Chiềng Mã, xã Phù Mã Thượng, tiếng khung cửi đã trở lại dưới "
                        "những nếp nhà sàn. Có được điều đó là nhờ mô hình “Dân vận khéo” “Phụ nữ "
                        "Mường giữ nghề dệt” của Hội Liên hiệp Phụ nữ xã Phù Mã Thượng, do chị "
                        "Bùi Thị Thoa, Chủ tịch Hội LHPN xã trực tiếp phụ trách.",
                    ],
                ),
                (
                    "Cận cảnh bàn tay dệt hoa văn; các cụ bà hướng dẫn con cháu.",
                    [
                        "Phỏng vấn (tiếng đồng bộ): chị Bùi Thị Thoa – Chủ tịch Hội LHPN xã: "
                        "“Chúng tôi không vận động bằng lời, mà mời các cụ ngồi vào khung cửi "
                        "trước, chị em nhìn thấy rồi tự theo.”",
                    ],
                ),
                (
                    "Sản phẩm thổ cẩm bày ở cửa hàng OCOP; chị em đóng gói hàng.",
                    [
                        "@results",
                    ],
                ),
                (
                    "Chị Quách Thị Nhung bên khung cửi.",
                    [
                        "Phỏng vấn: chị Quách Thị Nhung – Tổ trưởng Tổ hợp tác dệt thổ cẩm "
                        "Chiềng Mã: “Mỗi tháng chị em có thêm 4 – 5 triệu đồng, lại được ở nhà "
                        "chăm con.”",
                    ],
                ),
                (
                    "Chữ trên màn hình (CG).",
                    [
                        "CG: Liên hệ đặt hàng: Tổ hợp tác dệt thổ cẩm Chiềng Mã – 0975 318 462.",
                        "Lời kết: Giữ được nghề là giữ được hồn của bản Mường.",
                    ],
                ),
            ],
            "lead": "Sau 6 tháng triển khai, mô hình đã đạt những kết quả bước đầu:",
            "results": [
                "- 46 chị em tham gia học và dệt, trong đó 14 chị đã vào tổ hợp tác;",
                "- Chị em góp 84 triệu đồng mua sợi, sửa khung cửi; tỉnh hỗ trợ thêm 30 triệu "
                "đồng làm nhãn hiệu;",
                "- Hơn 1.200 sản phẩm khăn, túi, váy đã được bán qua mạng và cửa hàng OCOP.",
            ],
            "approval": ["DUYỆT CỦA TRƯỞNG BAN", "", "", "Đỗ Văn Khải"],
            "date": (24, 9, 2026),
            "writer": "Lê Thu Trang",
            "leader": ("Bùi Thị Thoa", "Chủ tịch Hội LHPN xã"),
            "model": "Phụ nữ Mường giữ nghề dệt",
            "location": "thôn Chiềng Mã",
            "participants": 46,
            "funds": 84_000_000,
            "unit": "Hội Liên hiệp Phụ nữ xã Phù Mã Thượng",
            "traits": [
                "tv_script",
                "two_column_shots",
                "results_in_table_cell",
                "leader_in_voiceover",
                "decoy_interviewee",
                "decoy_order_phone",
                "decoy_broadcast_date",
                "decoy_state_support",
                "decoy_income",
                "no_phone",
                "no_type_no_domain",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r11-phongsu-pmt-thon-coc-muong",
        ("photo",),
        {
            "unit_id": "pmt-thon-coc-muong",
            "newsroom": ["TRẠM TRUYỀN THANH XÃ PHÙ MÃ THƯỢNG"],
            "title": "Đường sáng trên đồi Cốc Mường",
            "info": [
                ("Thể loại: ", "phóng sự ngắn đăng trang Facebook và phát trên loa"),
                ("Thời lượng: ", "3 phút"),
                ("Thực hiện: ", "Đinh Thị Loan"),
            ],
            "rows": [
                (
                    "Flycam đường bê tông uốn quanh đồi bưởi, đèn năng lượng mặt trời.",
                    [
                        "Con đường lên thôn Cốc Mường nay đã sáng đèn. Đây là kết quả của mô hình "
                        "“Đường sáng, ngõ đẹp Cốc Mường”, mô hình tập thể thuộc lĩnh vực văn hóa "
                        "- xã hội của thôn Cốc Mường.",
                    ],
                ),
                (
                    "Người dân cùng lắp cột đèn; trẻ em đi học tối về.",
                    [
                        "@results",
                    ],
                ),
                (
                    "Phỏng vấn ông trưởng thôn tại nhà văn hóa.",
                    [
                        "SOT: ông Quách Văn Lảy – Trưởng thôn Cốc Mường, người phụ trách mô hình: "
                        "“Nhà nào góp tiền, nhà nào góp công, ai cũng được bàn, được giám sát.”",
                        "CG: Quách Văn Lảy – Trưởng thôn – ĐT 0912 407 355",
                    ],
                ),
                (
                    "Đèn bật sáng lúc chập tối; nhạc nền.",
                    [
                        "Lời bình: Tổng kinh phí làm đường và đèn là 2,1 tỷ đồng, trong đó vốn "
                        "Chương trình nông thôn mới của tỉnh 1,6 tỷ đồng.",
                    ],
                ),
            ],
            "lead": "Chỉ trong 4 tháng, bà con đã cùng nhau làm được nhiều việc:",
            "results": [
                "+ 112 hộ trong thôn góp 186 triệu đồng và 940 ngày công;",
                "+ 9 hộ hiến 1.350 m² đất mở rộng 2,6 km đường lên đồi;",
                "+ Lắp 148 đèn năng lượng mặt trời dọc đường và các ngõ.",
            ],
            "writer": "Đinh Thị Loan",
            "leader": ("Quách Văn Lảy", "Trưởng thôn Cốc Mường"),
            "position_alt": ["Trưởng thôn"],
            "phone": "0912 407 355",
            "model": "Đường sáng, ngõ đẹp Cốc Mường",
            "type": "collective",
            "domain": "culture_society",
            "location": "thôn Cốc Mường",
            "location_alt": ["đồi Cốc Mường"],
            "participants": 112,
            "funds": 186_000_000,
            "unit": "Thôn Cốc Mường",
            "traits": [
                "tv_script",
                "two_column_shots",
                "results_in_table_cell",
                "phone_in_caption",
                "no_date_line",
                "decoy_total_investment",
                "decoy_provincial_budget",
                "decoy_workdays",
                "muong_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r12-phongsu-pmt-cong-an",
        ("scan",),
        {
            "unit_id": "pmt-cong-an",
            "newsroom": [
                "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA",
                "Chuyên mục “Vì bình yên cuộc sống”",
            ],
            "title": "“Cánh cửa mở cho người lầm lỡ”",
            "info": [
                ("Thời lượng: ", "6 phút"),
                ("Biên tập, dẫn: ", "Nguyễn Thị Hoài"),
                ("Quay phim, dựng: ", "Trịnh Quốc Bảo"),
            ],
            "rows": [
                (
                    "Trụ sở Công an xã Phù Mã Thượng; cán bộ công an đến nhà dân.",
                    [
                        "Năm 2026, Công an xã Phù Mã Thượng xây dựng mô hình “Công an xã đồng hành "
                        "cùng người hoàn lương” thuộc lĩnh vực quốc phòng - an ninh, do Thượng úy "
                        "Lò Văn Thuận, Trưởng Công an xã trực tiếp phụ trách.",
                    ],
                ),
                (
                    "Anh T. (xin giấu mặt) làm việc ở xưởng mộc.",
                    [
                        "SOT: anh T., thôn Bến Đò: “Ra trại, tôi tưởng không ai nhận, nhưng các "
                        "anh công an đã giới thiệu tôi vào xưởng.”",
                    ],
                ),
                (
                    "Buổi ký cam kết tại nhà văn hóa thôn; số liệu đồ họa.",
                    [
                        "@results",
                        "Ngoài ra, 6 người được Ngân hàng Chính sách xã hội cho vay 400 triệu đồng "
                        "để làm ăn.",
                    ],
                ),
                (
                    "Thượng úy Lò Văn Thuận trao đổi với phóng viên.",
                    [
                        "Phỏng vấn: Thượng úy Lò Văn Thuận: “Giúp một người hoàn lương là giữ "
                        "bình yên cho cả một xóm.”",
                        "CG: Thượng úy Lò Văn Thuận – Trưởng Công an xã – 0868 117 452",
                        "CG: Đường dây nóng Công an tỉnh Thanh Hóa: 069 2598 888",
                    ],
                ),
            ],
            "lead": "Sau 8 tháng thực hiện trên địa bàn 4 thôn:",
            "results": [
                "- 17 người chấp hành xong án phạt tù đã tham gia mô hình, 15 người có việc làm ổn "
                "định;",
                "- Doanh nghiệp, nhà hảo tâm và nhân dân góp 95 triệu đồng lập quỹ cho vay không "
                "lãi;",
                "- Không có người tái phạm.",
            ],
            "approval": ["DUYỆT", "", "", "Phạm Quang Vinh"],
            "date": (9, 11, 2026),
            "writer": "Nguyễn Thị Hoài",
            "leader": ("Lò Văn Thuận", "Trưởng Công an xã"),
            "position_alt": ["Thượng úy", "Trưởng Công an xã Phù Mã Thượng"],
            "phone": "0868 117 452",
            "model": "Công an xã đồng hành cùng người hoàn lương",
            "domain": "security_defense",
            "location": "4 thôn",
            "location_alt": ["xã Phù Mã Thượng"],
            "participants": 17,
            "funds": 95_000_000,
            "unit": "Công an xã Phù Mã Thượng",
            "traits": [
                "tv_script",
                "two_column_shots",
                "results_in_table_cell",
                "phone_in_caption",
                "decoy_hotline",
                "decoy_bank_loans",
                "decoy_interviewee",
                "domain_only",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("kichban_phongsu", "report", ("S07", "S08"), render, ENTRIES)
