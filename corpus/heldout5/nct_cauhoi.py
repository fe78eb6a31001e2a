"""A registration on a form of the Elderly Association (Hội Người cao tuổi) set as questions.

After the association's own forms and its emulation movements (E03, E04) and the question-and-
answer forms of mass organisations (E05): the association above the branch in the header, the
form's name and "(Mẫu dùng cho …)", a line of instructions, then numbered questions ("Câu 1.
…?") with numbered sub-questions ("2.1. …?") whose answers follow on the next line after
"Trả lời:", or beside the sub-label, or as check boxes after the question; the planned number of
members (not a field of a registration) and a request for support as distractors; the
association's confirmation beside the branch's signature.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import DOMAIN_VI, Entry, Layout, Truth, date_line, iso, joined, phone_digits

TYPES = {"collective": "Tập thể", "individual": "Cá nhân"}


def _boxes(doc: Document, question: str, options: list[tuple[str, bool]]) -> None:
    k.para(doc, question, indent=0.8, after=1)
    marks = "    ".join(f"{'☒' if on else '☐'} {label}" for label, on in options)
    k.para(doc, marks, indent=1.6, after=3)


def _answer(doc: Document, question: str, answer: str) -> None:
    k.para(doc, question, indent=0.8, after=1)
    k.para(doc, ("Trả lời: ", "i"), answer, indent=1.6, after=3)


def _questions(doc: Document, v: dict[str, Any]) -> None:
    person, position = v["leader"]
    k.para(doc, ("Câu 1. Đơn vị đăng ký (ghi tên đầy đủ chi hội hoặc Hội cơ sở)?", "b"))
    k.para(doc, ("Trả lời: ", "i"), v["unit_answer"], indent=1.6, after=4)
    k.para(doc, ("Câu 2. Mô hình đăng ký", "b"))
    _answer(doc, "2.1. Tên mô hình là gì?", v["model_answer"])
    _boxes(doc, "2.2. Mô hình của tập thể hay của cá nhân hội viên?",
           [(label, key == v["type"]) for key, label in TYPES.items()])  # fmt: skip
    _boxes(doc, "2.3. Mô hình thuộc lĩnh vực nào?",
           [(DOMAIN_VI[key].capitalize(), key == v["domain"]) for key in DOMAIN_VI])  # fmt: skip
    k.para(doc, ("Câu 3. Ai chịu trách nhiệm chính?", "b"))
    k.tabbed(doc, [f"3.1. Họ và tên: {person}", f"3.2. Năm sinh: {v['born']}"], [9.5], indent=0.8)
    k.para(doc, f"3.3. Chức vụ trong Hội: {position}", indent=0.8, after=1)
    k.para(doc, f"3.4. Số điện thoại (nếu có): {v['phone']}", indent=0.8, after=4)
    k.para(doc, ("Câu 4. Mô hình thực hiện ở đâu, với bao nhiêu hội viên?", "b"))
    k.para(doc, f"4.1. Địa bàn thực hiện: {v['location']}", indent=0.8, after=1)
    k.para(doc, f"4.2. Số hội viên dự kiến tham gia: {v['members']}", indent=0.8, after=4)
    k.para(doc, ("Câu 5. Mô hình sẽ làm những việc gì? (ghi tóm tắt từng việc)", "b"))
    for line in v["content"]:
        k.para(doc, line, indent=0.8, after=1)
    k.para(doc, ("Câu 6. Chi hội, Hội cần hỗ trợ gì?", "b"), before=3)
    k.para(doc, ("Trả lời: ", "i"), v["support"], indent=1.6, after=4)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["issuer_caps"], "b", 12), ("───────", "")],
        k.quoc_hieu(),
        (7.0, 9.0),
    )
    k.para(doc, ("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”", "b", 14), align="center",
           before=8, after=0)  # fmt: skip
    k.para(doc, (v["form_note"], "i", 12), align="center", after=4)
    k.para(doc, ("Hướng dẫn: trả lời ngắn gọn từng câu; câu có ô vuông thì đánh dấu X vào ô "
                 "phù hợp.", "i", 12))  # fmt: skip
    _questions(doc, v)
    k.para(doc, (date_line(*v["date"]), "i"), align="right", before=6, after=0)
    k.signature(
        doc,
        [("XÁC NHẬN CỦA " + v["confirm_by"], "b"), "", "", "", (v["confirmer"], "b")],
        [*[(line, "b") for line in v["sign_block"]], "", "", "", (v["signer"], "b")],
    )
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "model_type": v["type"],
        "domain": v["domain"],
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]),
        "location": v["location"],
        "content": joined(v["content"]),
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    stamp = f"{v['superior']} {v['issuer_caps']}"
    truth = Truth("registration", fields, v["unit_id"], alt, v["traits"], v["signer"], stamp)
    return doc, truth


ENTRIES = (
    Entry(
        "p04-cauhoi-vpd-chi-hoi-nct-kenh-xang",
        ("scan", "tcvn3-doc"),
        {
            "unit_id": "vpd-chi-hoi-nct-kenh-xang",
            "superior": "HỘI NCT XÃ VĨNH PHONG ĐÔNG",
            "issuer_caps": "CHI HỘI NCT ẤP KÊNH XÁNG",
            "form_note": "(Mẫu dùng cho chi hội và Hội Người cao tuổi cơ sở)",
            "unit_answer": "Chi hội Người cao tuổi ấp Kênh Xáng",
            "unit_name": "Chi hội Người cao tuổi ấp Kênh Xáng",
            "unit_alt": ["CHI HỘI NCT ẤP KÊNH XÁNG", "Chi hội NCT ấp Kênh Xáng"],
            "model": "Câu lạc bộ dưỡng sinh và đờn ca tài tử người cao tuổi",
            "model_answer": "Câu lạc bộ dưỡng sinh và đờn ca tài tử người cao tuổi",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Võ Văn Mười", "Chi hội trưởng"),
            "born": "1951",
            "phone": "0383 115 926",
            "location": "Ấp Kênh Xáng",
            "members": "62 hội viên",
            "content": [
                "a) Tập dưỡng sinh mỗi sáng thứ Hai, thứ Tư, thứ Sáu tại sân nhà văn hóa ấp;",
                "b) Sinh hoạt đờn ca tài tử tối thứ Bảy, mời các cháu thiếu nhi cùng học đờn;",
                "c) Thăm hỏi hội viên ốm đau, nhắc con cháu phụng dưỡng ông bà, cha mẹ.",
            ],
            "support": "Hỗ trợ một bộ loa kéo và đèn chiếu sáng sân tập.",
            "date": ("Kênh Xáng", 9, 3, 2026),
            "confirm_by": "HỘI NCT XÃ",
            "confirmer": "Trương Văn Bảy",
            "sign_block": ["TM. BAN CHẤP HÀNH CHI HỘI", "CHI HỘI TRƯỞNG"],
            "signer": "Võ Văn Mười",
            "traits": [
                "questions",
                "answers_next_line",
                "checkbox_choices",
                "superior_in_header",
                "chi_hoi_not_hoi",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p05-cauhoi-vpd-chi-hoi-nct-soc-tre",
        ("photo", "doc"),
        {
            "unit_id": "vpd-chi-hoi-nct-soc-tre",
            "superior": "HỘI NGƯỜI CAO TUỔI XÃ VĨNH PHONG ĐÔNG",
            "issuer_caps": "CHI HỘI NGƯỜI CAO TUỔI ẤP SÓC TRE",
            "form_note": "(Mẫu dùng cho chi hội và Hội Người cao tuổi cơ sở)",
            "unit_answer": "Chi hội Người cao tuổi ấp Sóc Tre (Hội NCT xã Vĩnh Phong Đông)",
            "unit_name": "Chi hội Người cao tuổi ấp Sóc Tre",
            "unit_alt": ["CHI HỘI NGƯỜI CAO TUỔI ẤP SÓC TRE", "Chi hội NCT ấp Sóc Tre"],
            "model": "Ông bà dạy chữ Khmer cho cháu trong dịp hè",
            "model_answer": "Ông bà dạy chữ Khmer cho cháu trong dịp hè",
            "type": "collective",
            "domain": "culture_society",
            "leader": ("Lâm Thị Phươl", "Ủy viên Ban Chấp hành Chi hội"),
            "position_alt": ["Ủy viên Ban Chấp hành"],
            "born": "1956",
            "phone": "0976 302 418",
            "location": "Chùa Sóc Tre và các nhóm hộ ấp Sóc Tre",
            "members": "38 hội viên, 120 cháu",
            "content": [
                "a) Mở 4 lớp chữ Khmer trong hè ở chùa Sóc Tre, mỗi lớp do hai hội viên dạy;",
                "b) Kể chuyện cổ tích, dạy hát dân ca Khmer vào cuối buổi học;",
                "c) Phối hợp Ban quản trị chùa và Chi đoàn ấp giữ trật tự, đưa đón các cháu.",
            ],
            "support": "Đề nghị xã hỗ trợ sách vở, bút cho các cháu.",
            "date": ("Sóc Tre", 16, 3, 2026),
            "confirm_by": "HỘI NGƯỜI CAO TUỔI XÃ",
            "confirmer": "Trương Văn Bảy",
            "sign_block": ["TM. BAN CHẤP HÀNH CHI HỘI", "CHI HỘI TRƯỞNG"],
            "signer": "Chau Sóc Khên",
            "traits": [
                "questions",
                "answers_next_line",
                "checkbox_choices",
                "superior_in_header",
                "chi_hoi_not_hoi",
                "leader_not_signer",
                "khmer_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "p06-cauhoi-hoi-nguoi-cao-tuoi",
        ("scan",),
        {
            "unit_id": "hoi-nguoi-cao-tuoi",
            "superior": "HỘI NCT HUYỆN NGHĨA PHONG",
            "issuer_caps": "HỘI NCT XÃ NGHĨA THÁI",
            "form_note": "(Mẫu dùng cho Hội Người cao tuổi cơ sở)",
            "unit_answer": "Hội Người cao tuổi xã Nghĩa Thái",
            "unit_name": "Hội Người cao tuổi xã Nghĩa Thái",
            "unit_alt": ["HỘI NCT XÃ NGHĨA THÁI", "Hội Người cao tuổi xã"],
            "model": "Người cao tuổi làm hòa giải viên ở xóm",
            "model_answer": "Người cao tuổi làm hòa giải viên ở xóm",
            "type": "individual",
            "domain": "security_defense",
            "leader": ("Phan Văn Đức", "Hội viên, Tổ trưởng Tổ hòa giải xóm 8"),
            "position_alt": ["Tổ trưởng Tổ hòa giải xóm 8"],
            "born": "1949",
            "phone": "0356.218.407",
            "location": "Xóm 8, xã Nghĩa Thái",
            "members": "1 hội viên và 5 tổ viên tổ hòa giải",
            "content": [
                "a) Nắm các mâu thuẫn trong gia đình, làng xóm ngay từ khi mới phát sinh;",
                "b) Đến từng nhà nói chuyện, vận dụng hương ước để hòa giải;",
                "c) Báo Công an xã những vụ việc vượt quá khả năng hòa giải.",
            ],
            "support": "Tập huấn kiến thức pháp luật về hòa giải ở cơ sở.",
            "date": ("Nghĩa Thái", 11, 4, 2024),
            "confirm_by": "HỘI NCT HUYỆN",
            "confirmer": "Nguyễn Văn Khang",
            "sign_block": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"],
            "signer": "Lê Đình Cẩn",
            "traits": [
                "questions",
                "answers_next_line",
                "checkbox_choices",
                "superior_in_header",
                "individual_model",
                "leader_not_signer",
            ],
        },
    ),
)

LAYOUT = Layout("nct_cauhoi", "registration", ("E03", "E04", "E05"), render, ENTRIES)
