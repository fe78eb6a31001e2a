"""A news script of the commune's loudspeaker station ("Tin bài phát thanh") about a model.

After the scripts that commune radio stations keep for each broadcast (V03: the station's
header, the programme, the slot and length, the author and the approving officer; V04: news of
a "Dân vận khéo" model told in journalistic prose): the station's header, "TIN BÀI PHÁT THANH",
a box of "Chuyên mục", "Thời lượng", "Phát sóng", "Người viết", then the headline, a bold lead,
and paragraphs where the facts sit inside sentences and quotes, the byline at the end and
"Duyệt phát" by the station's head. A script is a report of the model's results, not a form.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["station"], "b"), "───────"],
        [*k.quoc_hieu(), (v["place_month"], "i")],
    )
    k.para(doc, ("TIN BÀI PHÁT THANH", "b", 16), align="center", before=10, after=6)
    box = k.table(doc, 4, (4.0, 12.0))
    rows = (
        ("Chuyên mục", v["programme"]),
        ("Thời lượng", v["length"]),
        ("Phát sóng", v["air"]),
        ("Người viết", v["author"]),
    )
    for row, (label, value) in enumerate(rows):
        k.cell_text(box.cell(row, 0), (label, "b"), size=12)
        k.cell_text(box.cell(row, 1), value, size=12)
    k.para(doc, (v["headline"], "b", 15), align="center", before=10, after=6)
    k.para(doc, (v["lead"], "b"), first=1.0)
    for paragraph in v["story"]:
        k.body(doc, paragraph)
    k.para(doc, (v["byline"], "bi"), align="right", before=6)
    k.signature(
        doc,
        [("DUYỆT PHÁT", "b"), "", "", (v["approver"], "b")],
        [("NGƯỜI VIẾT", "b"), "", "", (v["author_name"], "b")],
        widths=(8.0, 8.0),
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": v.get("type"),
        "domain": v.get("domain"),
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v.get("participants"),
        "funds_vnd": v.get("funds"),
        "signed_date": None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["approver"], v["station"])
    return doc, truth


ENTRIES = (
    Entry(
        "r04-phatthanh-tts-hoi-ccb",
        ("scan", "doc"),
        {
            "unit_id": "tts-hoi-ccb",
            "superior": "ỦY BAN NHÂN DÂN XÃ TÂN THẠNH SÓC",
            "station": "ĐÀI TRUYỀN THANH XÃ",
            "place_month": "Tân Thạnh Sóc, tháng 4 năm 2026",
            "programme": "Dân vận khéo – Chuyện ở ấp mình",
            "length": "4 phút 30 giây",
            "air": "06 giờ 00 ngày 14/4/2026 (phát lại lúc 17 giờ 00 cùng ngày)",
            "author": "Kim Thị Bô Pha – cộng tác viên",
            "author_name": "Kim Thị Bô Pha",
            "approver": "Nguyễn Hữu Phước",
            "headline": "Những “người lính” giữ bình yên ấp Trà Canh",
            "lead": "Kính thưa quý vị và các bạn thính giả! Hơn một năm qua, ban đêm ở ấp Trà "
            "Canh luôn có những bước chân tuần tra của các cựu chiến binh.",
            "story": [
                "Đó là mô hình “Tổ tự quản an ninh trật tự cựu chiến binh ấp Trà Canh” do Hội "
                "Cựu chiến binh xã Tân Thạnh Sóc xây dựng từ đầu năm 2025. Ông Huỳnh Văn Lợi, "
                "Chủ tịch Hội Cựu chiến binh xã, người trực tiếp phụ trách tổ, cho biết: “Anh "
                "em chúng tôi tuổi đã cao nhưng còn sức thì còn giữ xóm ấp”.",
                "Tổ có 18 hội viên, chia 3 nhóm thay phiên tuần tra từ 21 giờ đến 2 giờ sáng. "
                "Hội viên tự góp 27.000.000 đồng mua đèn pin, áo phản quang và bộ đàm; Công an "
                "xã hỗ trợ thêm 4 camera.",
                "Kết quả, trong năm 2025 tổ đã phát hiện, báo tin 5 vụ trộm cắp, hòa giải "
                "thành 11 vụ mâu thuẫn trong dân; ấp Trà Canh không còn xảy ra trộm bò ban đêm.",
                "Người dân có tin báo về an ninh trật tự có thể gọi ông Lợi theo số "
                "0907 315 482 bất kể giờ nào.",
            ],
            "byline": "Bô Pha – Đài Truyền thanh xã",
            "model": "Tổ tự quản an ninh trật tự cựu chiến binh ấp Trà Canh",
            "leader": ("Huỳnh Văn Lợi", "Chủ tịch Hội Cựu chiến binh xã"),
            "position_alt": ["Chủ tịch Hội"],
            "phone": "0907 315 482",
            "location": "ấp Trà Canh",
            "unit_line": "Hội Cựu chiến binh xã Tân Thạnh Sóc",
            "participants": 18,
            "funds": 27000000,
            "results": "trong năm 2025 tổ đã phát hiện, báo tin 5 vụ trộm cắp, hòa giải thành "
            "11 vụ mâu thuẫn trong dân; ấp Trà Canh không còn xảy ra trộm bò ban đêm",
            "traits": [
                "radio_script",
                "journalistic_prose",
                "air_date_not_signed",
                "support_in_kind",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r05-phatthanh-tts-doan-xa",
        ("photo",),
        {
            "unit_id": "tts-doan-xa",
            "superior": "ỦY BAN NHÂN DÂN XÃ TÂN THẠNH SÓC",
            "station": "ĐÀI TRUYỀN THANH XÃ",
            "place_month": "Tân Thạnh Sóc, tháng 5 năm 2026",
            "programme": "Thanh niên với phong trào “Dân vận khéo”",
            "length": "3 phút",
            "air": "17 giờ 30 thứ Bảy, ngày 09/5/2026",
            "author": "Trần Ngọc Hân – phóng viên",
            "author_name": "Trần Ngọc Hân",
            "approver": "Nguyễn Hữu Phước",
            "headline": "Giữ tiếng trống Sa-dăm, giữ nếp làng Khmer",
            "lead": "Mỗi tối thứ Bảy, sân chùa Sà Lôn lại rộn ràng tiếng trống Sa-dăm của các "
            "bạn đoàn viên người Khmer.",
            "story": [
                "Đây là hoạt động của mô hình “Thanh niên Khmer giữ gìn nghệ thuật truyền thống” "
                "mà Đoàn xã Tân Thạnh Sóc triển khai tại chùa Sà Lôn, ấp Sóc Dong. Anh Chau Sóc "
                "Kha, Bí thư Đoàn xã, phụ trách mô hình, chia sẻ: “Nếu lớp trẻ không học thì vài "
                "năm nữa ấp mình không còn đội trống”.",
                "Hiện đội có 35 đoàn viên, thanh niên theo học trống Sa-dăm và múa Rô-băm, do "
                "các nghệ nhân của chùa trực tiếp truyền dạy.",
                "Kết quả: đội đã biểu diễn tại 6 lễ hội của xã và thành phố, 12 bạn trẻ đã "
                "thành thạo trống Sa-dăm, đội đạt giải Nhì hội thi văn nghệ dân tộc Khmer "
                "thành phố năm 2026.",
            ],
            "byline": "Ngọc Hân",
            "model": "Thanh niên Khmer giữ gìn nghệ thuật truyền thống",
            "type": None,
            "leader": ("Chau Sóc Kha", "Bí thư Đoàn xã"),
            "location": "chùa Sà Lôn, ấp Sóc Dong",
            "location_alt": ["chùa Sà Lôn"],
            "unit_line": "Đoàn xã Tân Thạnh Sóc",
            "participants": 35,
            "results": "đội đã biểu diễn tại 6 lễ hội của xã và thành phố, 12 bạn trẻ đã thành "
            "thạo trống Sa-dăm, đội đạt giải Nhì hội thi văn nghệ dân tộc Khmer thành phố năm "
            "2026",
            "traits": [
                "radio_script",
                "journalistic_prose",
                "air_date_not_signed",
                "no_phone",
                "no_funds",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r06-phatthanh-hoi-nguoi-cao-tuoi",
        ("scan",),
        {
            "unit_id": "hoi-nguoi-cao-tuoi",
            "superior": "ỦY BAN NHÂN DÂN XÃ NGHĨA THÁI",
            "station": "ĐÀI TRUYỀN THANH XÃ",
            "place_month": "Nghĩa Thái, tháng 10 năm 2024",
            "programme": "Dân vận khéo",
            "length": "3 phút 15 giây",
            "air": "06 giờ 15 ngày 01/10/2024 – Ngày Quốc tế Người cao tuổi",
            "author": "Phạm Thị Thu – cộng tác viên",
            "author_name": "Phạm Thị Thu",
            "approver": "Đỗ Văn Khải",
            "headline": "Tổ hòa giải “tóc bạc” ở xóm 4",
            "lead": "Ở xóm 4 xã Nghĩa Thái, nhiều chuyện va chạm giữa bà con hàng xóm được "
            "giải quyết êm thấm nhờ những người cao tuổi.",
            "story": [
                "Mô hình “Người cao tuổi tham gia hòa giải ở cơ sở” do Hội Người cao tuổi xã "
                "Nghĩa Thái xây dựng từ năm 2023. Cụ Trần Văn Ngọ, Chi hội trưởng Người cao "
                "tuổi xóm 4, là người phụ trách, điện thoại 0356.720.148.",
                "Mười hai cụ trong tổ góp 6.000.000 đồng làm quỹ chè nước, giấy bút cho các "
                "buổi hòa giải; cả xóm có 214 hộ đều được tổ đến thăm hỏi.",
                "Kết quả: trong năm 2024 tổ hòa giải thành 9/10 vụ việc, không có đơn thư "
                "vượt cấp, xóm 4 được công nhận xóm văn hóa tiêu biểu.",
            ],
            "byline": "Thu Phạm",
            "model": "Người cao tuổi tham gia hòa giải ở cơ sở",
            "leader": ("Trần Văn Ngọ", "Chi hội trưởng Người cao tuổi xóm 4"),
            "position_alt": ["Chi hội trưởng"],
            "phone": "0356.720.148",
            "location": "xóm 4",
            "unit_line": "Hội Người cao tuổi xã Nghĩa Thái",
            "participants": 12,
            "funds": 6000000,
            "results": "trong năm 2024 tổ hòa giải thành 9/10 vụ việc, không có đơn thư vượt "
            "cấp, xóm 4 được công nhận xóm văn hóa tiêu biểu",
            "traits": [
                "radio_script",
                "journalistic_prose",
                "air_date_not_signed",
                "households_served",
            ],
        },
    ),
)

LAYOUT = Layout("tinbai_phatthanh", "report", ("V03", "V04"), render, ENTRIES)
