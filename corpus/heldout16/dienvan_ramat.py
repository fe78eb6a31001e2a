"""A registration made as the speech read at a model's launch ceremony ("Diễn văn ra mắt mô
hình"): the salutations to the guests, why the model is set up, what it will do, who runs it,
and the thanks — the facts in the prose of a speech written to be read aloud.

After the opening and launch speeches that communes and associations read at ceremonies (S03:
"DIỄN VĂN KHAI MẠC", "Kính thưa …", "Hôm nay, … long trọng tổ chức …", "Thay mặt …, tôi nhiệt
liệt chào mừng …", "Xin trân trọng cảm ơn!") and the launches of "Dân vận khéo" models in
villages (S04: the decision that sets up the model's board read out, the board's head named,
the board's phone announced for the people). The speaker, the guests saluted, the decision's
number and date and the sponsors' gifts are decoys; a speech often has no date line.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, phone_digits


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    date = v.get("date")
    right: list[k.Run | str] = [(v["motto"], "bu", 13)]
    if date:
        right += [("", ""), (date_line(*date), "i", 13)]
    k.header_block(doc, [(line, "b" if i else "", 13) for i, line in enumerate(v["issuer"])],
                   right)  # fmt: skip
    k.para(doc, (v["kind_title"], "b", 16), align="center", before=14, after=0)
    for line in v["title"]:
        k.para(doc, (line, "b", 14), align="center", after=0)
    k.para(doc, (v["speaker"], "i", 13), align="center", after=10)
    for line in v["salute"]:
        k.para(doc, (line, "b"), first=1.0, after=0)
    k.para(doc, "", after=0)
    for line in v["opening"]:
        k.body(doc, line)
    k.body(doc, v["lead"])
    for line in v["content"]:
        k.para(doc, line, first=1.0)
    for line in v["board"]:
        k.body(doc, line)
    k.para(doc, (v["salute"][-1], "b"), first=1.0, before=4, after=0)
    for line in v["closing"]:
        k.body(doc, line)
    k.para(doc, ("Xin trân trọng cảm ơn!", "b"), align="center", before=6)
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
        "signed_date": iso(date[1], date[2], date[3]) if date else None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    return doc, Truth("registration", fields, v["unit_id"], alt, v["traits"], None, None)


ENTRIES = (
    Entry(
        "s04-dienvan-pnh-thon-khuoi-hin",
        ("scan", "doc"),
        {
            "unit_id": "pnh-thon-khuoi-hin",
            "issuer": ["ỦY BAN NHÂN DÂN XÃ PÁC NÀ HIN", "THÔN KHUỔI HIN"],
            "motto": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "kind_title": "DIỄN VĂN",
            "title": [
                "LỄ RA MẮT MÔ HÌNH “DÂN VẬN KHÉO”",
                "“THÔN KHUỔI HIN GIỮ RỪNG ĐẦU NGUỒN”",
            ],
            "speaker": "(Do ông Lộc Văn Thình, Trưởng thôn Khuổi Hin trình bày tại nhà văn hóa "
            "thôn, sáng ngày 15/3/2026)",
            "salute": [
                "Kính thưa đồng chí Hoàng Văn Thắng, Bí thư Đảng ủy xã!",
                "Kính thưa các đồng chí lãnh đạo Đồn Biên phòng, Hạt Kiểm lâm khu vực!",
                "Kính thưa các vị đại biểu, cùng toàn thể bà con thôn Khuổi Hin!",
            ],
            "opening": [
                "Hôm nay, trong không khí phấn khởi của những ngày đầu xuân, thôn Khuổi Hin long "
                "trọng tổ chức Lễ ra mắt mô hình “Dân vận khéo” “Thôn Khuổi Hin giữ rừng đầu "
                "nguồn”. Thay mặt Ban phát triển thôn, tôi nhiệt liệt chào mừng các đồng chí "
                "lãnh đạo xã, các vị đại biểu và bà con đã về dự.",
                "Thưa bà con! Khuổi Hin có hơn 420 ha rừng đầu nguồn giữ nước cho con suối "
                "khuổi Hin và cánh đồng của ba thôn. Mấy năm qua vẫn còn tình trạng chặt cây, "
                "đốt nương lấn rừng; mùa khô năm 2025 đã xảy ra 2 vụ cháy rừng. Vì vậy, được "
                "Đảng ủy, Ủy ban nhân dân xã đồng ý, thôn xây dựng mô hình này, là mô hình tập "
                "thể thuộc lĩnh vực quốc phòng - an ninh.",
            ],
            "lead": "Mô hình sẽ làm những việc chính sau đây:",
            "content": [
                "Một là, lập 6 tổ tuần tra bảo vệ rừng theo nhóm hộ, mỗi tổ 8 - 10 người, thay "
                "nhau đi rừng mỗi tuần một lần, nhất là mùa khô;",
                "Hai là, đưa việc giữ rừng vào hương ước thôn, hộ nào chặt phá, đốt nương trái "
                "phép thì thôn họp nhắc nhở, báo xã xử lý;",
                "Ba là, mỗi năm trồng dặm 5 ha hồi, quế vào chỗ rừng thưa, nhận khoán bảo vệ "
                "rừng để có thêm thu nhập cho bà con.",
            ],
            "board": [
                "Ban quản lý mô hình gồm 7 người, do tôi – Trưởng thôn làm Trưởng ban; ông Hoàng "
                "Văn Slằn, Bí thư Chi bộ làm Phó ban. Bà con phát hiện cháy rừng, chặt phá rừng "
                "xin báo ngay cho tôi theo số điện thoại 0912 604 318, hoặc báo Hạt Kiểm lâm "
                "theo số 0205 3886 115.",
                "Nhân dịp này, Công ty Lâm nghiệp Đình Lập tặng thôn 20 bình chữa cháy và 3.000 "
                "cây giống hồi, tôi xin thay mặt bà con trân trọng cảm ơn.",
            ],
            "closing": [
                "Tôi tin tưởng rằng với truyền thống đoàn kết, bà con Khuổi Hin sẽ cùng nhau giữ "
                "lấy rừng như giữ lấy ngôi nhà của mình. Kính chúc các đồng chí, các vị đại biểu "
                "và toàn thể bà con mạnh khỏe, hạnh phúc, một năm mới mùa màng bội thu.",
            ],
            "leader": ("Lộc Văn Thình", "Trưởng thôn Khuổi Hin"),
            "position_alt": ["Trưởng thôn", "Trưởng ban"],
            "phone": "0912 604 318",
            "model": "Thôn Khuổi Hin giữ rừng đầu nguồn",
            "type": "collective",
            "domain": "security_defense",
            "location": "thôn Khuổi Hin",
            "location_alt": ["Khuổi Hin"],
            "unit": "Thôn Khuổi Hin",
            "unit_alt": ["THÔN KHUỔI HIN", "Ban phát triển thôn"],
            "traits": [
                "launch_speech",
                "no_date_line",
                "decoy_ceremony_date",
                "decoy_salutations",
                "decoy_landline",
                "decoy_deputy",
                "decoy_sponsor_gift",
                "tay_nung_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "s05-dienvan-pnh-hoi-phu-nu",
        ("photo",),
        {
            "unit_id": "pnh-hoi-phu-nu",
            "issuer": ["HỘI LHPN TỈNH LẠNG SƠN", "HỘI LHPN XÃ PÁC NÀ HIN"],
            "motto": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "date": ("Pác Nà Hin", 8, 3, 2026),
            "kind_title": "BÀI PHÁT BIỂU",
            "title": [
                "Ra mắt mô hình “Dân vận khéo”",
                "“Tổ phụ nữ nói không với tảo hôn”",
            ],
            "speaker": "(Của đồng chí Chủ tịch Hội LHPN xã tại Lễ kỷ niệm Ngày Quốc tế Phụ nữ "
            "8/3 và ra mắt mô hình)",
            "salute": [
                "Kính thưa đồng chí Nguyễn Đức Hạnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã!",
                "Kính thưa đồng chí Trương Thị Duyên, Phó Chủ tịch Hội LHPN tỉnh!",
                "Thưa toàn thể chị em hội viên!",
            ],
            "opening": [
                "Hôm nay, nhân kỷ niệm 116 năm Ngày Quốc tế Phụ nữ, Hội Liên hiệp Phụ nữ xã Pác "
                "Nà Hin tổ chức ra mắt mô hình “Tổ phụ nữ nói không với tảo hôn” tại thôn Phai "
                "Slam và thôn Nà Bản – hai thôn năm 2025 còn 4 trường hợp tảo hôn.",
            ],
            "lead": "Thưa các đồng chí! Mô hình tập trung vào các nội dung:",
            "content": [
                "- Mỗi tổ phụ nữ nhận theo dõi các em gái từ 14 đến 17 tuổi trong tổ, nắm chắc "
                "hoàn cảnh, khi có dấu hiệu dựng vợ gả chồng sớm thì đến nhà vận động ngay;",
                "- Phối hợp nhà trường, Đoàn xã, Trạm Y tế nói chuyện về sức khỏe sinh sản, "
                "Luật Hôn nhân và gia đình bằng tiếng Tày, tiếng Nùng mỗi quý một lần;",
                "- Vận động các ông mo, bà then, già làng không làm lễ cho đám cưới chưa đủ tuổi.",
            ],
            "board": [
                "Tổ có 15 thành viên, do chị Lương Thị Mìn, Chủ tịch Hội LHPN xã trực tiếp phụ "
                "trách (điện thoại 0968 214 537); chị Vi Thị Lả, Chi hội trưởng Phai Slam làm tổ "
                "trưởng ở thôn.",
            ],
            "closing": [
                "Thay mặt Ban Chấp hành Hội LHPN xã, tôi đề nghị các chi hội, chị em hội viên "
                "cùng vào cuộc để năm 2026 xã không còn trường hợp tảo hôn.",
            ],
            "leader": ("Lương Thị Mìn", "Chủ tịch Hội LHPN xã"),
            "position_alt": ["Chủ tịch Hội LHPN xã Pác Nà Hin"],
            "phone": "0968 214 537",
            "model": "Tổ phụ nữ nói không với tảo hôn",
            "location": "thôn Phai Slam và thôn Nà Bản",
            "unit": "Hội Liên hiệp Phụ nữ xã Pác Nà Hin",
            "unit_alt": ["Hội LHPN xã Pác Nà Hin", "HỘI LHPN XÃ PÁC NÀ HIN"],
            "traits": [
                "launch_speech",
                "speaker_unnamed_is_leader",
                "decoy_salutations",
                "decoy_team_head",
                "decoy_anniversary",
                "no_type_no_domain",
                "tay_nung_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "s06-dienvan-pnh-cong-an",
        ("scan",),
        {
            "unit_id": "pnh-cong-an",
            "issuer": ["CÔNG AN TỈNH LẠNG SƠN", "CÔNG AN XÃ PÁC NÀ HIN"],
            "motto": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "date": ("Pác Nà Hin", 26, 4, 2026),
            "kind_title": "DIỄN VĂN KHAI MẠC",
            "title": [
                "Lễ ra mắt mô hình “Camera an ninh – mắt thần khu dân cư”",
                "tại thôn Pác Nà",
            ],
            "speaker": "(Trung tá Vy Đức Mạnh, Trưởng Công an xã)",
            "salute": [
                "Kính thưa đồng chí Thượng tá Hoàng Minh Tuấn, Phó Trưởng phòng Tham mưu Công "
                "an tỉnh!",
                "Kính thưa các đồng chí trong Thường trực Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã!",
                "Kính thưa bà con nhân dân thôn Pác Nà!",
            ],
            "opening": [
                "Được sự nhất trí của Đảng ủy xã, hôm nay Công an xã Pác Nà Hin phối hợp với "
                "Ban công tác Mặt trận thôn Pác Nà tổ chức ra mắt mô hình “Dân vận khéo” "
                "“Camera an ninh – mắt thần khu dân cư”, mô hình tập thể lĩnh vực an ninh - quốc "
                "phòng, theo Quyết định số 27/QĐ-CAX ngày 20/4/2026 của Trưởng Công an xã.",
                "Thôn Pác Nà nằm trên trục đường ra cửa khẩu, người và xe qua lại đông, năm 2025 "
                "xảy ra 9 vụ trộm cắp tài sản, 3 vụ vận chuyển hàng lậu bị phát hiện.",
            ],
            "lead": "Mô hình có các nội dung:",
            "content": [
                "1. Vận động các hộ kinh doanh, hộ dân ven đường tự nguyện lắp 24 mắt camera "
                "tại 8 điểm giao nhau, kết nối về điện thoại của tổ an ninh thôn và Công an xã;",
                "2. Tổ bảo vệ an ninh, trật tự ở cơ sở thôn Pác Nà trích xuất hình ảnh khi có "
                "vụ việc, không dùng vào việc khác;",
                "3. Mỗi tháng họp dân một lần thông tin tình hình an ninh, trật tự của thôn.",
            ],
            "board": [
                "Tôi xin công bố: đồng chí Thiếu tá Nông Văn Khởi, Phó Trưởng Công an xã được "
                "giao trực tiếp phụ trách mô hình; mọi tin báo của bà con xin gọi số 0977 305 "
                "884 của đồng chí Khởi hoặc đường dây nóng Công an xã 0205 3882 113.",
            ],
            "closing": [
                "Với tinh thần đó, tôi xin tuyên bố khai mạc Lễ ra mắt mô hình. Chúc hội nghị "
                "thành công tốt đẹp!",
            ],
            "leader": ("Nông Văn Khởi", "Phó Trưởng Công an xã"),
            "position_alt": ["Thiếu tá, Phó Trưởng Công an xã"],
            "phone": "0977 305 884",
            "model": "Camera an ninh – mắt thần khu dân cư",
            "type": "collective",
            "domain": "security_defense",
            "location": "thôn Pác Nà",
            "unit": "Công an xã Pác Nà Hin",
            "unit_alt": ["CÔNG AN XÃ PÁC NÀ HIN"],
            "traits": [
                "launch_speech",
                "decoy_speaker",
                "decoy_rank",
                "decoy_hotline",
                "decoy_decision_date",
                "decoy_partner_unit",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("dienvan_ramat", "registration", ("S03", "S04"), render, ENTRIES)
