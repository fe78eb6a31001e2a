"""A hamlet meeting's record of the vote on a "Dân vận khéo" model ("Biên bản bình xét").

After the community meeting and vote-count records of Decree 59/2023 (B03: "BIÊN BẢN KIỂM
PHIẾU", the counting board, "Kết quả kiểm phiếu như sau: - Tổng số …"; B04: a hamlet meeting
reviewing households, "14/15 hộ"; B08: "Chủ trì: Ông (bà) … Chức vụ …", "Thư ký", "Số hộ gia
đình có đại diện tham dự cuộc họp"): the hamlet's header, the record's title, time and place,
I. who attended (chair, secretary, households present of the total and their share), II. the
model's report read by the person in charge, III. the vote (ballots issued, returned, valid,
for, against, with percentages), IV. the conclusion, the closing time and two signatures.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%"


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["top"], ""), (v["hamlet_caps"], "b"), "───────"],
        [*k.quoc_hieu(), (date_line(*v["date"]), "i")],
    )
    k.para(doc, ("BIÊN BẢN", "b", 14), align="center", before=12, after=0)
    k.para(
        doc,
        (f"Họp bình xét mô hình “Dân vận khéo” năm {v['date'][3]}", "b"),
        align="center",
        after=8,
    )
    day, month, year = v["date"][1:]
    k.body(
        doc,
        f"Hôm nay, vào hồi {v['hour']}, ngày {day:02d} tháng {month} năm {year}, tại {v['hall']}, "
        f"{v['hamlet']} tổ chức họp bình xét mô hình “{v['model']}” của {v['unit_line']}.",
    )
    k.para(doc, ("I. THÀNH PHẦN THAM DỰ", "b"), align="left")
    k.body(doc, f"1. Chủ trì: {v['chair'][0]} – {v['chair'][1]}.")
    k.body(doc, f"2. Thư ký: {v['secretary'][0]} – {v['secretary'][1]}.")
    present, total = v["households"]
    k.body(
        doc,
        f"3. {v.get('attend_label', 'Số hộ gia đình có đại diện tham dự cuộc họp')}: "
        f"{present}/{total} {v.get('attend_unit', 'hộ')} "
        f"(đạt {_pct(present, total)}); khách mời: {v['guests']}.",
    )
    person, position = v["leader"]
    k.para(doc, ("II. NỘI DUNG", "b"), align="left")
    phone = f" (ĐT: {v['phone']})" if v.get("phone") else ""
    k.body(
        doc,
        f"{v['honorific']}{person} – {position}{phone}, người phụ trách mô hình, báo cáo kết "
        f"quả thực hiện: mô hình thực hiện tại {v['location']}, thu hút {v['participants_text']} "
        f"tham gia; {v['funds_text']}.",
    )
    k.body(doc, f"Kết quả: {v['results']}.")
    k.body(doc, f"Ý kiến tại cuộc họp: {v['opinions']}")
    k.para(doc, ("III. KẾT QUẢ BIỂU QUYẾT", "b"), align="left")
    issued, returned, valid, yes = v["votes"]
    no = valid - yes
    for line in (
        f"- Tổng số phiếu phát ra: {issued} phiếu; số phiếu thu vào: {returned} phiếu;",
        f"- Số phiếu hợp lệ: {valid} phiếu; không hợp lệ: {returned - valid} phiếu;",
        f"- Tán thành công nhận mô hình: {yes} phiếu, chiếm {_pct(yes, valid)};",
        f"- Không tán thành: {no} phiếu, chiếm {_pct(no, valid)}.",
    ):
        k.para(doc, line, indent=1.0, after=1)
    k.para(doc, ("IV. KẾT LUẬN", "b"), align="left", before=4)
    k.body(doc, v["conclusion"])
    k.body(
        doc,
        f"Cuộc họp kết thúc vào hồi {v['end']} cùng ngày; biên bản được đọc lại cho mọi "
        "người cùng nghe và thống nhất.",
    )
    k.signature(
        doc,
        [("THƯ KÝ", "b"), "", "", "", (v["secretary"][0], "b")],
        [("CHỦ TRÌ", "b"), (v["chair"][1].upper(), "b"), "", "", (v["chair"][0], "b")],
        (8.0, 8.0),
    )
    fields = {
        "unit_name": v["unit_line"],
        "model_name": v["model"],
        "model_type": None,
        "domain": None,
        "leader_name": person,
        "leader_position": position,
        "phone": phone_digits(v["phone"]) if v.get("phone") else None,
        "location": v["location"],
        "results": v["results"],
        "participants": v["participants"],
        "funds_vnd": v.get("funds"),
        "signed_date": iso(day, month, year),
    }
    alt = {"leader_position": v.get("position_alt", []), "location": v.get("location_alt", [])}
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["chair"][0], v["hamlet_caps"])
    return doc, truth


ENTRIES = (
    Entry(
        "q10-binhxet-tdn-btcmt-hoa-binh",
        ("scan", "doc"),
        {
            "unit_id": "tdn-btcmt-ap-hoa-binh",
            "top": "UBND XÃ TÂN ĐỨC NAM",
            "hamlet_caps": "ẤP HÒA BÌNH",
            "hamlet": "ấp Hòa Bình",
            "date": ("Hòa Bình", 14, 11, 2026),
            "hour": "19 giờ 30 phút",
            "hall": "Nhà văn hóa ấp Hòa Bình",
            "unit_line": "Ban Công tác Mặt trận ấp Hòa Bình",
            "model": "Tổ hòa giải ba thứ tiếng",
            "chair": ("Lưu Văn Quang", "Trưởng ấp"),
            "secretary": ("Phùng Thị Mai", "Chi hội trưởng Phụ nữ ấp"),
            "households": (118, 134),
            "guests": "đại diện Ủy ban MTTQ xã, Công an xã",
            "honorific": "Ông ",
            "leader": ("Tằng A Phúc", "Trưởng ban Công tác Mặt trận ấp"),
            "position_alt": ["Trưởng ban Công tác Mặt trận"],
            "phone": "0933 207 518",
            "location": "ấp Hòa Bình",
            "participants_text": "65 hộ dân người Hoa",
            "participants": 65,
            "funds_text": "các hộ kinh doanh người Hoa ủng hộ 42.000.000 đồng",
            "funds": 42000000,
            "results": "Hòa giải thành 23/25 vụ việc bằng tiếng Việt, tiếng Quảng Đông và tiếng "
            "Hẹ; không có đơn thư vượt cấp",
            "opinions": "bà con thống nhất cao; đề nghị tổ hòa giải có thêm người trẻ.",
            "votes": (118, 118, 116, 109),
            "conclusion": "Mô hình đạt 94,0% phiếu tán thành, đủ điều kiện đề nghị Ban Chỉ đạo xã "
            "công nhận mô hình “Dân vận khéo” năm 2026.",
            "end": "21 giờ 10 phút",
            "traits": [
                "vote_counts",
                "percentages",
                "attendance_not_participants",
                "hoa_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q11-binhxet-tdn-cb-bau-tre",
        ("photo",),
        {
            "unit_id": "tdn-cb-ap-bau-tre",
            "top": "ĐẢNG ỦY XÃ TÂN ĐỨC NAM",
            "hamlet_caps": "CHI BỘ ẤP BÀU TRE",
            "hamlet": "Chi bộ và Ban điều hành ấp Bàu Tre",
            "date": ("Bàu Tre", 20, 11, 2026),
            "hour": "8 giờ",
            "hall": "hội trường ấp Bàu Tre",
            "unit_line": "Chi bộ ấp Bàu Tre",
            "model": "Ấp Bàu Tre không có người nghiện, không có trộm cắp",
            "chair": ("Trần Văn Tới", "Bí thư Chi bộ"),
            "secretary": ("Châu Thị Kim Yến", "Phó Trưởng ấp"),
            "households": (152, 171),
            "guests": "Công an xã",
            "honorific": "Đồng chí ",
            "leader": ("Nguyễn Văn Lành", "Trưởng ấp kiêm Tổ trưởng tổ an ninh"),
            "position_alt": ["Trưởng ấp"],
            "location": "ấp Bàu Tre",
            "participants_text": "171 hộ dân của ấp",
            "participants": 171,
            "funds_text": "nhân dân góp 58.500.000 đồng lắp camera an ninh; Công an xã hỗ trợ "
            "4 camera",
            "funds": 58500000,
            "results": "Lắp 16 camera tại các ngã ba, ngã tư; trong năm không xảy ra trộm cắp tài "
            "sản, giúp 3 người cai nghiện hòa nhập cộng đồng",
            "opinions": "một số hộ đề nghị tăng tuần tra ban đêm mùa thu hoạch mủ cao su.",
            "votes": (152, 150, 150, 147),
            "conclusion": "Chi bộ thống nhất đề nghị Đảng ủy xã công nhận mô hình.",
            "end": "10 giờ 15 phút",
            "traits": [
                "vote_counts",
                "percentages",
                "attendance_not_participants",
                "leader_not_signer",
                "no_phone",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "q12-binhxet-cb-tram-y-te",
        ("scan",),
        {
            "unit_id": "cb-tram-y-te",
            "top": "ĐẢNG BỘ XÃ NGHĨA THÁI",
            "hamlet_caps": "CHI BỘ TRẠM Y TẾ",
            "hamlet": "Chi bộ Trạm Y tế xã Nghĩa Thái",
            "date": ("Nghĩa Thái", 25, 11, 2024),
            "hour": "14 giờ",
            "hall": "phòng họp Trạm Y tế",
            "unit_line": "Chi bộ Trạm Y tế",
            "model": "Khám sàng lọc tăng huyết áp tại nhà cho người cao tuổi",
            "chair": ("Phạm Thị Lan Anh", "Bí thư Chi bộ"),
            "secretary": ("Trịnh Văn Hưng", "Chi ủy viên"),
            "households": (38, 40),
            "attend_label": "Số đảng viên, đại biểu có mặt",
            "attend_unit": "người",
            "guests": "đại diện Hội Người cao tuổi xã",
            "honorific": "Bác sĩ ",
            "leader": ("Mai Xuân Trường", "Trưởng Trạm Y tế xã"),
            "position_alt": ["Trưởng Trạm Y tế"],
            "phone": "0392 718 440",
            "location": "14 xóm của xã Nghĩa Thái",
            "participants_text": "1.208 người cao tuổi",
            "participants": 1208,
            "funds_text": "không sử dụng kinh phí huy động",
            "results": "Phát hiện 214 người tăng huyết áp mới, đưa vào quản lý điều trị tại trạm "
            "186 người",
            "opinions": "không có ý kiến khác.",
            "votes": (38, 38, 38, 38),
            "conclusion": "Mô hình được 100% đảng viên, đại biểu tán thành.",
            "end": "15 giờ 30 phút",
            "traits": [
                "vote_counts",
                "percentages",
                "attendance_not_participants",
                "leader_not_signer",
                "no_funds",
            ],
        },
    ),
)

LAYOUT = Layout("bienban_binhxet", "report", ("B03", "B04", "B08"), render, ENTRIES)
