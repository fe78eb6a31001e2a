"""A police (or military) unit registers its model as a plan ("KẾ HOẠCH") in its own format.

After the plans of commune police and military commands for the emulation movements of their
forces (G09, G10): the force's stacked header ("CÔNG AN TỈNH …" over "CÔNG AN XÃ …", or "BỘ CHQS
TỈNH …" over "BAN CHQS XÃ …"), "Số: …/KH-…"; the title "KẾ HOẠCH" with the registration as its
subtitle and the model's name on a line of its own; "I. MỤC ĐÍCH, YÊU CẦU" (numbered aims),
"II. NỘI DUNG" with labelled items ("1. Tên mô hình:", "2. Lĩnh vực:", "3. Phạm vi, địa bàn:",
"4. Nội dung thực hiện:" + dash lines, "5. Chỉ tiêu phấn đấu:" figures); "III. TỔ CHỨC THỰC
HIỆN" with a steering group listed as "- <rank> <name> – <post> – <role>" lines, where the one
"trực tiếp phụ trách mô hình" (with his phone) is not the head; a planned budget that is no
money mobilised; the signature of the head with his rank before the name.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits


def _group(doc: Document, v: dict[str, Any]) -> None:
    for rank, name, post, role in v["group"]:
        if name == v["leader"][0]:
            role = f"{role}, trực tiếp phụ trách mô hình (ĐT: {v['phone']})"
        who = f"{rank} {name}" if rank else name
        k.body(doc, f"- {who} – {post} – {role};")


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["header"][0], "", 12), (v["header"][1], "b", 12), ("───────", ""),
         (f"Số: {v['number']}", "", 12)],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )  # fmt: skip
    k.para(doc, "", after=4)
    k.para(doc, ("KẾ HOẠCH", "b", 14), align="center", after=0)
    k.para(
        doc,
        (f"Đăng ký xây dựng mô hình “Dân vận khéo” năm {v['date'][3]}", "b"),
        align="center",
        after=0,
    )
    k.para(doc, (f"“{v['model']}”", "bi"), align="center", after=8)
    k.para(doc, ("I. MỤC ĐÍCH, YÊU CẦU", "b"))
    for number, line in enumerate(v["aims"], start=1):
        k.body(doc, f"{number}. {line}")
    k.para(doc, ("II. NỘI DUNG", "b"), before=3)
    k.para(doc, ("1. Tên mô hình: ", "b"), v["model"], first=1.0)
    k.para(doc, ("2. Lĩnh vực: ", "b"), DOMAIN_VI[v["domain"]].capitalize(), first=1.0)
    k.para(doc, ("3. Phạm vi, địa bàn: ", "b"), v["location"], first=1.0)
    k.para(doc, ("4. Nội dung thực hiện:", "b"), first=1.0)
    for line in v["content"]:
        k.body(doc, f"- {line}")
    k.para(doc, ("5. Chỉ tiêu phấn đấu: ", "b"), v["targets"], first=1.0)
    k.para(doc, ("III. TỔ CHỨC THỰC HIỆN", "b"), before=3)
    k.para(doc, ("1. Thành lập Tổ chỉ đạo xây dựng mô hình, gồm các đồng chí:", "b"), first=1.0)
    _group(doc, v)
    k.para(doc, ("2. Kinh phí: ", "b"), v["budget"], first=1.0)
    k.para(doc, ("3. Chế độ báo cáo: ", "b"), v["reporting"], first=1.0)
    k.signature(
        doc,
        [("Nơi nhận:", "bi", 12), *[(f"- {r};", "", 11) for r in v["recipients"]],
         ("- Lưu: VT.", "", 11)],
        [(v["sign_title"], "b"), "", "", "", (" ".join(v["signer"]), "b")],
    )  # fmt: skip
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined([f"- {line}" for line in v["content"]]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    stamp = f"{v['header'][0]} {v['header'][1]}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"][1], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "g16-kehoach-kbn-cong-an",
        ("scan", "doc"),
        {
            "unit_id": "kbn-cong-an",
            "header": ("CÔNG AN TỈNH TUYÊN QUANG", "CÔNG AN XÃ KIM BÌNH NAM"),
            "unit_name": "Công an xã Kim Bình Nam",
            "unit_alt": ["CÔNG AN XÃ KIM BÌNH NAM", "CA xã Kim Bình Nam"],
            "number": "18/KH-CAX",
            "date": ("Kim Bình Nam", 10, 3, 2026),
            "model": "Camera giám sát an ninh trật tự do Nhân dân tự quản",
            "aims": [
                "Huy động Nhân dân cùng lực lượng Công an giữ gìn an ninh trật tự ở cơ sở.",
                "Mỗi đồng chí trong đơn vị là một tuyên truyền viên, gần dân, hiểu dân.",
            ],
            "domain": "security_defense",
            "location": "Các thôn Nà Lừa, Bản Pài, Khuổi Phầy",
            "content": [
                "Khảo sát các điểm phức tạp về an ninh trật tự, thống nhất vị trí lắp camera với "
                "từng thôn.",
                "Vận động hộ gia đình, doanh nghiệp đóng góp; công khai thu chi tại nhà văn hóa.",
                "Kết nối hình ảnh về trụ sở Công an xã và điện thoại của trưởng thôn.",
            ],
            "targets": "lắp 30 camera trong năm; giảm 30% số vụ trộm cắp so với năm 2025.",
            "group": [
                ("Thiếu tá", "Hoàng Đức Thịnh", "Trưởng Công an xã", "Tổ trưởng"),
                ("Đại úy", "Mông Văn Khải", "Phó trưởng Công an xã", "Tổ phó"),
                ("Trung úy", "Sầm Thị Ngân", "Cán bộ Công an xã", "Thành viên"),
            ],
            "leader": ("Mông Văn Khải", "Phó trưởng Công an xã"),
            "phone": "0986 530 214",
            "budget": "xã hội hóa, dự kiến 90 triệu đồng.",
            "reporting": "các thôn báo cáo kết quả về Công an xã trước ngày 25 hằng tháng.",
            "recipients": ["Công an tỉnh (PV05)", "Đảng ủy xã"],
            "sign_title": "TRƯỞNG CÔNG AN XÃ",
            "signer": ("Thiếu tá", "Hoàng Đức Thịnh"),
            "traits": [
                "force_header",
                "plan_as_registration",
                "person_in_group_list",
                "rank_before_name",
                "leader_not_signer",
                "planned_budget_not_funds",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g17-kehoach-kbn-quan-su",
        ("photo",),
        {
            "unit_id": "kbn-quan-su",
            "header": ("BỘ CHQS TỈNH TUYÊN QUANG", "BAN CHQS XÃ KIM BÌNH NAM"),
            "unit_name": "Ban CHQS xã Kim Bình Nam",
            "unit_alt": ["Ban Chỉ huy Quân sự xã Kim Bình Nam"],
            "number": "07/KH-BCHQS",
            "date": ("Kim Bình Nam", 13, 3, 2026),
            "model": "Dân quân giúp dân thu hoạch mùa vụ, sửa nhà tránh lũ",
            "aims": [
                "Xây dựng hình ảnh dân quân gần dân, giúp dân lúc khó khăn.",
                "Gắn huấn luyện với giúp Nhân dân phòng, chống thiên tai.",
            ],
            "domain": "security_defense",
            "location": "Thôn Khuổi Phầy và thôn Bản Pài",
            "content": [
                "Mỗi tiểu đội dân quân nhận giúp hai hộ neo đơn thu hoạch lúa, ngô.",
                "Trước mùa mưa lũ, kiểm tra, chằng chống nhà cho hộ ở ven suối.",
            ],
            "targets": "giúp 40 hộ với 300 ngày công; không để thiệt hại về người do lũ.",
            "group": [
                ("Thượng úy", "Chu Văn Đoàn", "Chỉ huy trưởng", "Tổ trưởng"),
                ("", "Nông Văn Páo", "Chỉ huy phó", "Tổ phó"),
                ("", "Lò Văn Khiêm", "Thôn đội trưởng thôn Khuổi Phầy", "Thành viên"),
            ],
            "leader": ("Nông Văn Páo", "Chỉ huy phó"),
            "position_alt": ["Chỉ huy phó Ban CHQS xã"],
            "phone": "0329 804 661",
            "budget": "từ nguồn kinh phí quốc phòng của xã và xã hội hóa.",
            "reporting": "Ban CHQS xã tổng hợp, báo cáo Đảng ủy xã hằng quý.",
            "recipients": ["Bộ CHQS tỉnh", "Đảng ủy xã"],
            "sign_title": "CHỈ HUY TRƯỞNG",
            "signer": ("Thượng úy", "Chu Văn Đoàn"),
            "traits": [
                "force_header",
                "plan_as_registration",
                "person_in_group_list",
                "rank_before_name",
                "leader_not_signer",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "g18-kehoach-cong-an",
        ("scan",),
        {
            "unit_id": "cong-an",
            "header": ("CÔNG AN HUYỆN NGHĨA PHONG", "CÔNG AN XÃ NGHĨA THÁI"),
            "unit_name": "Công an xã Nghĩa Thái",
            "unit_alt": ["CÔNG AN XÃ NGHĨA THÁI", "Công an xã"],
            "number": "11/KH-CAX",
            "date": ("Nghĩa Thái", 18, 3, 2024),
            "model": "Tổ liên gia an toàn phòng cháy, chữa cháy",
            "aims": [
                "Nâng cao ý thức phòng cháy, chữa cháy của từng hộ gia đình.",
                "Chủ động xử lý sự cố cháy ngay từ khi mới phát sinh.",
            ],
            "domain": "security_defense",
            "location": "Xóm 3 và xóm 7, xã Nghĩa Thái",
            "content": [
                "Thành lập 12 tổ liên gia, mỗi tổ 10 hộ liền kề, có bình chữa cháy dùng chung.",
                "Hướng dẫn các hộ thoát nạn, sử dụng bình chữa cháy; diễn tập mỗi quý một lần.",
            ],
            "targets": "100% hộ trong tổ liên gia có người biết sử dụng bình chữa cháy.",
            "group": [
                ("Đại úy", "Trần Quốc Việt", "Trưởng Công an xã", "Tổ trưởng"),
                ("Thượng úy", "Lê Minh Tuấn", "Phó trưởng Công an xã", "Tổ phó"),
                ("", "Đỗ Văn Lực", "Bí thư Chi bộ xóm 5", "Thành viên"),
            ],
            "leader": ("Lê Minh Tuấn", "Phó trưởng Công an xã"),
            "phone": "0915 226 804",
            "budget": "các hộ tự mua bình chữa cháy; Công an xã hỗ trợ tập huấn.",
            "reporting": "các tổ liên gia báo cáo Công an xã hằng quý.",
            "recipients": ["Công an huyện", "Đảng ủy xã"],
            "sign_title": "TRƯỞNG CÔNG AN XÃ",
            "signer": ("Đại úy", "Trần Quốc Việt"),
            "traits": [
                "force_header",
                "plan_as_registration",
                "person_in_group_list",
                "rank_before_name",
                "leader_not_signer",
            ],
        },
    ),
)

LAYOUT = Layout("congan_kehoach", "registration", ("G09", "G10"), render, ENTRIES)
