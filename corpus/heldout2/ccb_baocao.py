"""A veterans' village branch reports its model to the commune's veterans' association.

After the reports of grassroots veterans' associations (see `corpus/heldout2/SOURCES.md`, G02):
the association's own name stands where state papers put the national motto ("HỘI CỰU CHIẾN
BINH VIỆT NAM", bold, underlined); on the left the commune's association over the village branch,
a star and "Số: …/BC-CH". Sections "I. TÌNH HÌNH CHUNG" (members, men and women, groups: figures
that are no participants), "II. KẾT QUẢ THỰC HIỆN MÔ HÌNH" with "1. Công tác chỉ đạo, tổ chức
thực hiện" (the person in charge named in prose, the domain in a sentence) and "2. Kết quả cụ
thể" ("+" items, money in "ngàn đồng" as veterans' reports write it), "III. ĐÁNH GIÁ CHUNG",
"IV. PHƯƠNG HƯỚNG …"; signature "T/M CHI HỘI / CHI HỘI TRƯỞNG".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["branch_caps"], "b", 12), ("*", "", 12),
         (f"Số: {v['number']}/BC-CH", "", 12)],
        [("HỘI CỰU CHIẾN BINH VIỆT NAM", "bu", 13), "", (date_line(*v["date"]), "i", 13)],
        (7.0, 9.0),
    )  # fmt: skip
    k.para(doc, "", after=4)
    k.para(doc, ("BÁO CÁO", "b", 14), align="center", after=0)
    k.para(doc, ("Kết quả thực hiện mô hình “Dân vận khéo”", "b"), align="center", after=0)
    k.para(doc, (f"“{v['model']}” năm {v['date'][3]}", "b"), align="center", after=0)
    k.para(doc, "-----", align="center", after=6)
    k.para(doc, ("I. TÌNH HÌNH CHUNG", "b"))
    k.body(doc, v["situation"])
    k.para(doc, ("II. KẾT QUẢ THỰC HIỆN MÔ HÌNH", "b"), before=3)
    k.para(doc, ("1. Công tác chỉ đạo, tổ chức thực hiện", "b"), first=0.5)
    person, position = v["leader"]
    k.body(
        doc,
        f"Ngay từ đầu năm, Ban chấp hành Chi hội họp, thống nhất xây dựng mô hình thuộc lĩnh vực "
        f"{DOMAIN_VI[v['domain']]}; phân công đồng chí {person} – {position} trực tiếp phụ "
        f"trách, chia hội viên thành {v['groups']} tổ để triển khai. {v['how']}",
    )
    k.para(doc, ("2. Kết quả cụ thể", "b"), first=0.5)
    for line in v["results"]:
        k.body(doc, f"+ {line}")
    k.para(doc, ("III. ĐÁNH GIÁ CHUNG", "b"), before=3)
    k.body(doc, v["assessment"])
    k.para(doc, (f"IV. PHƯƠNG HƯỚNG NĂM {v['date'][3] + 1}", "b"), before=3)
    for line in v["next"]:
        k.body(doc, f"- {line}")
    signer = v.get("signer", v["leader"])
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {r};", "", 11) for r in v["recipients"]],
         ("- Lưu CH.", "", 11)],
        [("T/M CHI HỘI", "b"), (signer[1].upper(), "b"), "", "", "", (signer[0], "b")],
    )  # fmt: skip
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "results": joined([f"+ {line}" for line in v["results"]]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": v.get("position_alt", []) + signer_alt(v["leader"], signer),
    }
    stamp = f"{v['superior']} {v['branch_caps']}"
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], signer[0], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "g01-ccb-kbn-chi-hoi-ccb-na-lua",
        ("scan", "doc"),
        {
            "unit_id": "kbn-chi-hoi-ccb-na-lua",
            "superior": "HỘI CCB XÃ KIM BÌNH NAM",
            "branch_caps": "CHI HỘI CCB THÔN NÀ LỪA",
            "unit_name": "Chi hội CCB thôn Nà Lừa",
            "unit_alt": ["CHI HỘI CCB THÔN NÀ LỪA", "Chi hội Cựu chiến binh thôn Nà Lừa"],
            "number": "07",
            "date": ("Nà Lừa", 12, 10, 2026),
            "model": "Cựu chiến binh giúp nhau trồng rừng gỗ lớn",
            "situation": "Chi hội có 41 hội viên (38 nam, 3 nữ), sinh hoạt ở 3 tổ hội; 9 hội "
            "viên là thương binh, bệnh binh. Đời sống hội viên còn khó khăn, 4 hộ cận nghèo.",
            "domain": "economy",
            "leader": ("Hoàng Văn Pủng", "Chi hội trưởng"),
            "groups": 3,
            "how": "Mỗi tổ nhận kèm một hộ hội viên khó khăn, góp công phát dọn, đào hố, trồng "
            "và chăm sóc rừng trong ba năm đầu.",
            "results": [
                "Trồng mới 27 ha keo, mỡ theo hướng gỗ lớn, đạt 135% kế hoạch; 4 hộ cận nghèo "
                "có rừng riêng.",
                "Mô hình thu hút 214 lượt người tham gia, gồm hội viên, con cháu hội viên và "
                "Nhân dân trong thôn.",
                "Vận động đóng góp được 36.500 ngàn đồng mua cây giống, phân bón cho các hộ "
                "khó khăn.",
            ],
            "participants": 214,
            "funds": 36500000,
            "assessment": "Mô hình phù hợp với đất đồi của thôn, phát huy được phẩm chất Bộ đội "
            "Cụ Hồ; việc tiêu thụ gỗ còn phụ thuộc thương lái.",
            "next": [
                "Liên kết với hợp tác xã để bán gỗ có chứng chỉ rừng.",
                "Nhân rộng sang Chi hội thôn Bản Pài.",
            ],
            "recipients": ["Hội CCB xã (b/c)", "Chi bộ thôn Nà Lừa"],
            "traits": [
                "association_name_as_motto",
                "superior_in_header",
                "person_in_prose",
                "money_in_thousands",
                "distractor_figures",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g02-ccb-kbn-chi-hoi-ccb-khuoi-phay",
        ("photo",),
        {
            "unit_id": "kbn-chi-hoi-ccb-khuoi-phay",
            "superior": "HỘI CCB XÃ KIM BÌNH NAM",
            "branch_caps": "CHI HỘI CCB THÔN KHUỔI PHẦY",
            "unit_name": "Chi hội CCB thôn Khuổi Phầy",
            "unit_alt": ["CHI HỘI CCB THÔN KHUỔI PHẦY", "Chi hội Cựu chiến binh thôn Khuổi Phầy"],
            "number": "04",
            "date": ("Khuổi Phầy", 9, 10, 2026),
            "model": "Tổ tự quản đường biên, mốc giới và rừng đầu nguồn",
            "situation": "Chi hội có 28 hội viên, trong đó 6 hội viên là người dân tộc Dao; "
            "địa bàn có 7 km đường mòn qua rừng đầu nguồn.",
            "domain": "security_defense",
            "leader": ("Ma Đình Thuận", "Chi hội phó"),
            "signer": ("Triệu Văn Sình", "Chi hội trưởng"),
            "groups": 2,
            "how": "Tổ tuần tra mỗi tháng hai lần cùng Công an xã và kiểm lâm địa bàn.",
            "results": [
                "Tổ chức 24 đợt tuần tra với 168 lượt người tham gia; phát hiện và báo kịp thời "
                "2 vụ phá rừng trái phép.",
                "Không để xảy ra cháy rừng; 100% hộ trong thôn ký cam kết bảo vệ rừng.",
                "Hội viên và Nhân dân ủng hộ 8.400 ngàn đồng mua đèn pin, áo mưa cho tổ.",
            ],
            "participants": 168,
            "funds": 8400000,
            "assessment": "Tổ hoạt động đều, phối hợp tốt với lực lượng chức năng; một số hội "
            "viên tuổi cao, sức khỏe hạn chế.",
            "next": ["Bổ sung 3 đoàn viên thanh niên vào tổ tuần tra."],
            "recipients": ["Hội CCB xã (b/c)", "Công an xã"],
            "traits": [
                "association_name_as_motto",
                "superior_in_header",
                "person_in_prose",
                "leader_not_signer",
                "money_in_thousands",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g03-ccb-chi-hoi-ccb-xom-5",
        ("scan",),
        {
            "unit_id": "hoi-ccb",
            "superior": "HỘI CCB XÃ NGHĨA THÁI",
            "branch_caps": "CHI HỘI CCB XÓM 5",
            "unit_name": "Chi hội CCB xóm 5",
            "unit_alt": ["CHI HỘI CCB XÓM 5", "Chi hội Cựu chiến binh xóm 5"],
            "number": "03",
            "date": ("Nghĩa Thái", 15, 10, 2024),
            "model": "Cựu chiến binh tham gia giữ gìn vệ sinh môi trường khu dân cư",
            "situation": "Chi hội có 36 hội viên; xóm có 212 hộ, nhiều gia đình đi làm ăn xa.",
            "domain": "culture_society",
            "leader": ("Phạm Văn Đức", "Chi hội trưởng"),
            "groups": 4,
            "how": "Mỗi tổ nhận chăm sóc một đoạn đường hoa và thu gom rác vào sáng chủ nhật.",
            "results": [
                "Trồng và chăm sóc 1,5 km đường hoa; thu gom rác thải mỗi tuần một lần.",
                "Có 96 lượt người tham gia các buổi ra quân làm sạch đường làng.",
                "Hội viên và các hộ gia đình đóng góp 12.000 ngàn đồng mua cây hoa và thùng rác.",
            ],
            "participants": 96,
            "funds": 12000000,
            "assessment": "Đường làng sạch, đẹp hơn; một vài hộ chưa phân loại rác tại nguồn.",
            "next": ["Vận động phân loại rác tại nguồn ở 100% hộ hội viên."],
            "recipients": ["Hội CCB xã (b/c)"],
            "traits": [
                "association_name_as_motto",
                "superior_in_header",
                "person_in_prose",
                "money_in_thousands",
                "chi_hoi_of_listed_hoi",
            ],
        },
    ),
)

LAYOUT = Layout("ccb_baocao", "report", ("G01", "G02"), render, ENTRIES)
