"""A village Front committee reports the campaign and, inside it, its model.

After the Front's reports on the campaign "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn
minh" at residential-area level (G07, G08): the issuer block on three lines, the commune's Front
over the committee, whose own name runs over two lines ("BAN CÔNG TÁC MẶT TRẬN" / "THÔN …"); a
title of three lines naming the campaign first; "Phần thứ nhất" / "Phần thứ hai" instead of Roman
numerals; the model only in item "2" of part one, its figures as dash items with a share ("96/104
hộ, đạt 92,3%"), the people's money beside state support that is not mobilised from them, and
the person in charge named in the item's opening sentence while the head of the committee signs
("TM. BAN CÔNG TÁC MẶT TRẬN / TRƯỞNG BAN").
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined

CAMPAIGN = "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), ("BAN CÔNG TÁC MẶT TRẬN", "b", 12), (v["area_caps"], "b", 12),
         ("───────", ""), (f"Số: {v['number']}/BC-BCTMT", "", 12)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )  # fmt: skip
    k.para(doc, "", after=4)
    k.para(doc, ("BÁO CÁO", "b", 14), align="center", after=0)
    k.para(doc, (f"Kết quả thực hiện Cuộc vận động “{CAMPAIGN}”", "b"), align="center", after=0)
    k.para(
        doc,
        (f"gắn với xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}", "b"),
        align="center",
        after=8,
    )
    k.para(doc, ("Phần thứ nhất", "b"), align="center", after=0)
    k.para(doc, ("KẾT QUẢ THỰC HIỆN", "b"), align="center", after=4)
    k.para(doc, ("1. Công tác tuyên truyền, vận động", "b"), first=1.0)
    k.body(doc, v["propaganda"])
    k.para(doc, ("2. Kết quả xây dựng mô hình “Dân vận khéo”", "b"), first=1.0)
    person, position = v["leader"]
    k.body(
        doc,
        f"Ban Công tác Mặt trận chọn xây dựng mô hình “{v['model']}”, giao {v['honorific']} "
        f"{person} – {position} trực tiếp theo dõi, đôn đốc. Kết quả:",
    )
    for line in v["results"]:
        k.body(doc, f"- {line}")
    k.para(doc, ("3. Tồn tại, hạn chế", "b"), first=1.0)
    k.body(doc, v["limits"])
    k.para(doc, ("Phần thứ hai", "b"), align="center", before=4, after=0)
    k.para(doc, (f"NHIỆM VỤ NĂM {v['date'][3] + 1}", "b"), align="center", after=4)
    for line in v["next"]:
        k.body(doc, f"- {line}")
    signer = v["signer"]
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {r};", "", 11) for r in v["recipients"]],
         ("- Lưu.", "", 11)],
        [("TM. BAN CÔNG TÁC MẶT TRẬN", "b"), (signer[1].upper(), "b"), "", "", "",
         (signer[0], "b")],
    )  # fmt: skip
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "results": joined([f"- {line}" for line in v["results"]]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    stamp = f"BAN CÔNG TÁC MẶT TRẬN {v['area_caps']}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "g13-khudancu-kbn-btcmt-khuoi-phay",
        ("scan", "doc"),
        {
            "unit_id": "kbn-btcmt-khuoi-phay",
            "superior": "UBMTTQ VIỆT NAM XÃ KIM BÌNH NAM",
            "area_caps": "THÔN KHUỔI PHẦY",
            "unit_name": "Ban Công tác Mặt trận thôn Khuổi Phầy",
            "unit_alt": ["BAN CÔNG TÁC MẶT TRẬN THÔN KHUỔI PHẦY", "Ban CTMT thôn Khuổi Phầy"],
            "number": "09",
            "date": ("Khuổi Phầy", 30, 10, 2026),
            "propaganda": "Ban Công tác Mặt trận lồng ghép tuyên truyền vào 12 buổi họp thôn, "
            "phát trên loa truyền thanh bằng tiếng Việt và tiếng Dao; 104 hộ ký cam kết thực "
            "hiện hương ước.",
            "model": "Đường bê tông nông thôn – Nhà nước và Nhân dân cùng làm",
            "honorific": "bà",
            "leader": ("Hà Thị Nhung", "Phó Trưởng ban Công tác Mặt trận"),
            "results": [
                "Tổng số hộ tham gia đóng góp: 96/104 hộ, đạt 92,3%.",
                "Nhân dân đóng góp 134.500.000 đồng và 620 ngày công; ngân sách xã hỗ trợ xi "
                "măng trị giá 60 triệu đồng.",
                "Hoàn thành 1,8 km đường bê tông rộng 3 m, nối khu dân cư với trường học.",
            ],
            "participants": 96,
            "funds": 134500000,
            "limits": "Còn 8 hộ khó khăn chưa đóng góp được; một đoạn đường qua khe suối chưa "
            "có cống.",
            "next": ["Vận động làm 400 m cống thoát nước.", "Duy trì tổ tự quản đường thôn."],
            "recipients": ["Ban Thường trực UBMTTQ xã", "Chi bộ thôn"],
            "signer": ("Ma Văn Hùng", "Trưởng ban"),
            "traits": [
                "unit_name_on_two_header_lines",
                "campaign_before_model",
                "person_in_prose",
                "leader_not_signer",
                "share_figures",
                "state_support_not_funds",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g14-khudancu-kbn-btcmt-na-lua",
        ("photo",),
        {
            "unit_id": "kbn-btcmt-na-lua",
            "superior": "UBMTTQ VIỆT NAM XÃ KIM BÌNH NAM",
            "area_caps": "THÔN NÀ LỪA",
            "unit_name": "Ban Công tác Mặt trận thôn Nà Lừa",
            "unit_alt": ["BAN CÔNG TÁC MẶT TRẬN THÔN NÀ LỪA", "Ban CTMT thôn Nà Lừa"],
            "number": "06",
            "date": ("Nà Lừa", 28, 10, 2026),
            "propaganda": "Thôn tổ chức Ngày hội Đại đoàn kết, biểu dương 11 gia đình tiêu biểu; "
            "trưởng các dòng họ cùng ký cam kết không tổ chức đám cưới, đám ma linh đình.",
            "model": "Thôn bản sáng – xanh – sạch",
            "honorific": "ông",
            "leader": ("Lục Văn Thủy", "Trưởng thôn"),
            "results": [
                "Có 142/150 hộ tham gia, đạt 94,7%; 138 hộ đạt danh hiệu “Gia đình văn hóa”.",
                "Lắp 64 đèn chiếu sáng, trồng 2,1 km hàng rào xanh; Nhân dân đóng góp 86 triệu "
                "đồng, Công ty Điện lực hỗ trợ dây và cột trị giá 40 triệu đồng.",
            ],
            "participants": 142,
            "funds": 86000000,
            "limits": "Việc phân loại rác chưa đều ở các hộ xa trung tâm.",
            "next": ["Lập tổ thu gom rác thải của thôn."],
            "recipients": ["Ban Thường trực UBMTTQ xã"],
            "signer": ("Hoàng Thị Lụa", "Trưởng ban"),
            "traits": [
                "unit_name_on_two_header_lines",
                "campaign_before_model",
                "person_in_prose",
                "leader_not_signer",
                "share_figures",
                "sponsor_support_in_kind",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g15-khudancu-mttq-xom-9",
        ("scan",),
        {
            "unit_id": "mttq",
            "superior": "UBMTTQ VIỆT NAM XÃ NGHĨA THÁI",
            "area_caps": "XÓM 9",
            "unit_name": "Ban Công tác Mặt trận xóm 9",
            "unit_alt": ["BAN CÔNG TÁC MẶT TRẬN XÓM 9", "Ban CTMT xóm 9"],
            "number": "04",
            "date": ("Nghĩa Thái", 25, 10, 2024),
            "propaganda": "Ban Công tác Mặt trận phối hợp các chi hội tuyên truyền tại 4 buổi họp "
            "xóm và trên nhóm Zalo của xóm.",
            "model": "Camera an ninh – mắt thần khu dân cư",
            "honorific": "ông",
            "leader": ("Đinh Văn Tư", "Tổ trưởng tổ an ninh xóm"),
            "results": [
                "Có 178/190 hộ tham gia đóng góp, đạt 93,7%.",
                "Lắp 16 camera tại các ngã ba, ngã tư; Nhân dân đóng góp 52.800.000 đồng.",
                "Từ khi có camera, xóm không xảy ra vụ trộm cắp tài sản nào.",
            ],
            "participants": 178,
            "funds": 52800000,
            "limits": "Chưa có kinh phí thường xuyên cho việc bảo trì camera.",
            "next": ["Lập quỹ bảo trì camera từ đóng góp tự nguyện."],
            "recipients": ["Ban Thường trực UBMTTQ xã"],
            "signer": ("Trần Văn Lộc", "Trưởng ban"),
            "traits": [
                "unit_name_on_two_header_lines",
                "campaign_before_model",
                "person_in_prose",
                "leader_not_signer",
                "share_figures",
                "unit_is_branch_of_mttq",
            ],
        },
    ),
)

LAYOUT = Layout("btcmt_khudancu", "report", ("G07", "G08"), render, ENTRIES)
