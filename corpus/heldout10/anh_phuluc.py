"""A result report followed by a photo appendix whose captions name other people and places.

After the reports of mass organisations in the format of Party and state documents (X06: header,
"Số: …-BC/…", "BÁO CÁO / Kết quả …", Roman-numbered parts, "Nơi nhận", the signature) and the
"PHỤ LỤC HÌNH ẢNH" that units staple behind reports for emulation reviews (X07: numbered photos,
each with an italic caption "Ảnh n: <who> <does what> tại <where>, ngày …"). The captions name
guests and officials (not the person in charge), other villages and the dates of events, none
of which is a field. The photos are drawn shapes, not real photographs.
"""

from __future__ import annotations

import io
import random
import zlib
from typing import Any

from docx.document import Document
from docx.shared import Cm
from PIL import Image, ImageDraw

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits, signer_alt


def picture(seed: int) -> io.BytesIO:
    """A drawn "photo" (sky, hills, a house, people as shapes), the same for the same seed."""
    rng = random.Random(seed)
    image = Image.new("RGB", (800, 520), (180, 205, 230))
    draw = ImageDraw.Draw(image)
    for layer in range(3):
        base = 220 + layer * 90
        shade = (70 + layer * 30, 120 + layer * 20, 60 + layer * 10)
        points = [(x, base - rng.randint(0, 120)) for x in range(0, 801, 100)]
        draw.polygon([(0, 520), *points, (800, 520)], fill=shade)
    x = rng.randint(60, 420)
    draw.rectangle((x, 300, x + 260, 420), fill=(120, 85, 50))
    draw.polygon([(x - 30, 300), (x + 130, 210), (x + 290, 300)], fill=(90, 60, 40))
    for _ in range(rng.randint(3, 7)):
        px = rng.randint(40, 760)
        colour = tuple(rng.randint(20, 230) for _ in range(3))
        draw.ellipse((px - 12, 400, px + 12, 424), fill=(60, 40, 30))
        draw.rectangle((px - 16, 424, px + 16, 500), fill=colour)
    raw = io.BytesIO()
    image.save(raw, "PNG")
    raw.seek(0)
    return raw


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], ""), (v["unit_caps"], "b"), "*", (f"Số: {v['number']}", "")],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    k.para(doc, ("BÁO CÁO", "b", 15), align="center", before=12, after=0)
    k.para(doc, (f"Kết quả thực hiện mô hình “{v['model']}”", "b"), align="center", after=8)
    k.para(doc, ("I. ĐẶC ĐIỂM TÌNH HÌNH", "b"), first=1.0)
    k.body(doc, v["situation"])
    k.para(doc, ("II. KẾT QUẢ THỰC HIỆN", "b"), first=1.0)
    person, position = v["leader"]
    k.body(doc, f"1. Tên mô hình: {v['model']}.")
    phone = f"; điện thoại: {v['phone']}" if v.get("phone") else ""
    k.body(doc, f"2. Người phụ trách: {person}, {position}{phone}.")
    k.body(doc, f"3. Địa bàn thực hiện: {v['location']}.")
    k.body(doc, f"4. Lực lượng tham gia: {v['people']}.")
    k.body(doc, f"5. Nguồn lực huy động: {v['money']}.")
    k.body(doc, f"6. Kết quả đạt được: {v['results']}.")
    k.para(doc, ("III. ĐỀ XUẤT, KIẾN NGHỊ", "b"), first=1.0)
    k.body(doc, v["proposal"])
    k.signature(
        doc,
        [("Nơi nhận:", "bi"), *[(f"- {r};", "") for r in v["recipients"]], ("- Lưu.", "")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"][0], "b")],
    )
    k.page_break(doc)
    k.para(doc, ("PHỤ LỤC", "b", 14), align="center", after=0)
    k.para(doc, ("MỘT SỐ HÌNH ẢNH HOẠT ĐỘNG CỦA MÔ HÌNH", "b"), align="center", after=0)
    k.para(doc, (f"(Kèm theo Báo cáo số {v['number']})", "i"), align="center", after=8)
    for number, caption in enumerate(v["captions"], start=1):
        paragraph = k.para(doc, align="center", after=0)
        seed = zlib.crc32(f"{v['unit_id']}-{number}".encode())
        paragraph.add_run().add_picture(picture(seed), width=Cm(11.0))
        k.para(doc, (f"Ảnh {number}: {caption}", "i", 12), align="center", after=10)
    fields = {
        "unit_name": v["unit"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], v["signer"]),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"][0])
    return doc, truth


ENTRIES = (
    Entry(
        "r10-anhpl-hlc-tram-y-te",
        ("scan", "doc"),
        {
            "unit_id": "hlc-tram-y-te",
            "superior": "TRUNG TÂM Y TẾ KHU VỰC",
            "unit_caps": "TRẠM Y TẾ XÃ HUỔI LẾCH",
            "number": "14/BC-TYT",
            "date": ("Huổi Lếch", 28, 9, 2026),
            "unit": "Trạm Y tế xã Huổi Lếch",
            "unit_alt": ["TRẠM Y TẾ XÃ HUỔI LẾCH"],
            "model": "Cô đỡ thôn bản đồng hành cùng bà mẹ H'Mông sinh con tại trạm",
            "situation": "Xã có 4 bản, trong đó 2 bản người H'Mông ở xa trạm trên 12 km; năm "
            "2024 còn 31% số ca sinh tại nhà, không có cán bộ y tế đỡ.",
            "leader": ("Lường Thị Hoa", "Trưởng Trạm Y tế xã"),
            "position_alt": ["Trưởng Trạm Y tế", "Trạm trưởng"],
            "phone": "0348 615 297",
            "location": "bản Háng Chua và bản Sín Chải",
            "people": "13 người (9 cô đỡ thôn bản và 4 nhân viên y tế bản)",
            "participants": 13,
            "money": "vận động các nhà hảo tâm và cán bộ trạm ủng hộ 36.500.000 đồng mua túi "
            "đỡ đẻ sạch, chăn, tã cho sản phụ",
            "funds": 36500000,
            "results": "tỷ lệ sinh tại trạm tăng từ 69% lên 94%; không có tai biến sản khoa; "
            "100% trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu",
            "proposal": "Đề nghị hỗ trợ phụ cấp cho cô đỡ thôn bản và một xe máy chuyên dùng "
            "đưa sản phụ xuống trạm.",
            "recipients": ["Đảng ủy xã", "UBND xã"],
            "sign_block": ["TRƯỞNG TRẠM"],
            "signer": ("Lường Thị Hoa", "Trưởng trạm"),
            "captions": [
                "Đồng chí Lò Văn Hặc, Phó Chủ tịch UBND xã, trao túi đỡ đẻ sạch cho cô đỡ "
                "bản Nà Sáng, ngày 15/3/2026",
                "Bác sĩ Trần Quốc Việt (Bệnh viện tỉnh) tập huấn cho cô đỡ tại Trung tâm Y tế "
                "khu vực, ngày 02/4/2026",
                "Sản phụ Thào Thị Máy và con tại Trạm Y tế xã, tháng 7/2026",
            ],
            "traits": [
                "photo_appendix",
                "captions_name_others",
                "count_with_breakdown",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r11-anhpl-hlc-ban-chqs",
        ("photo",),
        {
            "unit_id": "hlc-ban-chqs",
            "superior": "BỘ CHQS TỈNH ĐIỆN BIÊN",
            "unit_caps": "BAN CHQS XÃ HUỔI LẾCH",
            "number": "21/BC-BCHQS",
            "date": ("Huổi Lếch", 10, 10, 2026),
            "unit": "Ban CHQS xã Huổi Lếch",
            "unit_alt": ["Ban Chỉ huy Quân sự xã Huổi Lếch", "BAN CHQS XÃ HUỔI LẾCH"],
            "model": "Dân quân giúp dân làm nhà, phòng chống sạt lở mùa mưa",
            "situation": "Mùa mưa năm 2026 trên địa bàn xã xảy ra 6 điểm sạt lở taluy dương, "
            "nhiều nhà ở ven suối Nậm Lếch có nguy cơ bị cuốn trôi.",
            "leader": ("Quàng Văn Pấng", "Chỉ huy trưởng Ban CHQS xã"),
            "position_alt": ["Chỉ huy trưởng"],
            "phone": "0966 407 382",
            "location": "ven suối Nậm Lếch, bản Huổi Lếch",
            "people": "31 đồng chí dân quân cơ động và dân quân tại chỗ",
            "participants": 31,
            "money": "dân quân và các hộ trong bản góp 54 triệu đồng mua rọ thép, xi măng; Bộ "
            "CHQS tỉnh hỗ trợ 200 bao tải cát (hiện vật)",
            "funds": 54000000,
            "results": "di dời 7 hộ ra khỏi vùng nguy hiểm, dựng lại 3 căn nhà, kè 120 m bờ "
            "suối; không có thiệt hại về người trong mùa mưa",
            "proposal": "Đề nghị tỉnh đầu tư kè kiên cố đoạn suối qua bản Huổi Lếch.",
            "recipients": ["Bộ CHQS tỉnh", "Đảng ủy xã"],
            "sign_block": ["CHỈ HUY TRƯỞNG"],
            "signer": ("Quàng Văn Pấng", "Chỉ huy trưởng"),
            "captions": [
                "Thượng tá Đinh Công Lý, Phó Chỉ huy trưởng Bộ CHQS tỉnh, kiểm tra điểm sạt "
                "lở tại bản Sín Chải, ngày 22/7/2026",
                "Dân quân giúp gia đình ông Lò Văn Inh dựng lại nhà tại bản Nà Sáng, ngày "
                "05/8/2026",
            ],
            "traits": [
                "photo_appendix",
                "captions_name_others",
                "in_kind_not_funds",
                "alias_unit_name",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "r12-anhpl-hlc-truong",
        ("scan",),
        {
            "unit_id": "hlc-truong",
            "superior": "UBND XÃ HUỔI LẾCH",
            "unit_caps": "TRƯỜNG PTDTBT TH&THCS HUỔI LẾCH",
            "number": "09/BC-THCS",
            "date": ("Huổi Lếch", 19, 5, 2026),
            "unit": "Trường PTDTBT TH&THCS Huổi Lếch",
            "unit_alt": ["Trường Phổ thông dân tộc bán trú Tiểu học và THCS Huổi Lếch"],
            "model": "Vườn rau bán trú – bữa cơm có rau sạch do học sinh trồng",
            "situation": "Nhà trường có 412 học sinh, trong đó 286 em ở bán trú; trước đây bữa "
            "ăn thiếu rau xanh vì phải mua từ trung tâm xã.",
            "leader": ("Nguyễn Thị Thu Trang", "Hiệu trưởng nhà trường"),
            "position_alt": ["Hiệu trưởng"],
            "location": "điểm trường chính bản Huổi Lếch",
            "people": "286 học sinh bán trú",
            "participants": 286,
            "money": "cha mẹ học sinh và giáo viên góp 42.000.000 đồng làm hàng rào, bể nước tưới",
            "funds": 42000000,
            "results": "mỗi tháng thu 600 kg rau các loại, mỗi em được thêm một món rau mỗi "
            "bữa; tỷ lệ học sinh suy dinh dưỡng giảm từ 18% xuống 11%",
            "proposal": "Đề nghị hỗ trợ lưới che và giống rau vụ đông.",
            "recipients": ["UBND xã", "Ban Dân vận Đảng ủy xã"],
            "sign_block": ["HIỆU TRƯỞNG"],
            "signer": ("Nguyễn Thị Thu Trang", "Hiệu trưởng"),
            "captions": [
                "Cô giáo Mùa Thị Sua hướng dẫn học sinh lớp 5 gieo hạt cải, tháng 10/2025",
                "Đồng chí Lò Văn Chung, Phó Bí thư Thường trực Đảng ủy xã, thăm bữa ăn bán "
                "trú, ngày 26/3/2026",
                "Học sinh thu hoạch su su tại điểm trường bản Sín Chải",
            ],
            "traits": [
                "photo_appendix",
                "captions_name_others",
                "decoy_count_in_situation",
                "no_phone",
                "alias_unit_name",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("anh_phuluc", "report", ("X06", "X07"), render, ENTRIES)
