"""A village branch (chi hội) of a mass organisation reports its model's results.

After a real "Báo cáo thành tích" of a women's branch (Chi hội Phụ nữ thôn): the commune
association over the branch in the header, the date line placed at the village, "Kính gửi",
letter sections "A. ĐẶC ĐIỂM TÌNH HÌNH", "B. KẾT QUẢ …" with "1." and "2. Kết quả cụ thể",
"C. …"; signed "T/M BAN CÁN SỰ CHI HỘI / CHI HỘI TRƯỞNG" with the Chi bộ's confirmation on the
left. The unit is the branch, not the commune association in the header.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, joined, signer_alt


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    k.header_block(
        doc,
        [(v["superior"], "", 12), (v["unit_header"], "bu", 12)],
        [*k.quoc_hieu()[:2], ("", ""), (date_line(*v["date"]), "i", 13)],
        (6.5, 9.5),
    )
    k.para(doc, "", after=4)
    k.para(doc, ("BÁO CÁO THÀNH TÍCH", "b", 14), align="center", after=0)
    k.para(
        doc, (f"Thực hiện mô hình “{v['model']}” năm {v['date'][3]}", "b"), align="center", after=0
    )
    k.para(doc, (v["proposal"], "i"), align="center", after=6)
    k.para(doc, ("Kính gửi: ", "b"), v["to"], align="center", after=6)
    k.body(doc, v["intro"])
    k.para(doc, ("A. ĐẶC ĐIỂM TÌNH HÌNH", "b"), before=3)
    k.body(doc, v["situation"])
    k.para(doc, ("B. KẾT QUẢ THỰC HIỆN MÔ HÌNH", "b"), before=3)
    k.para(doc, ("1. Công tác triển khai", "b"), first=0.5)
    k.body(doc, v["rollout"])
    k.para(doc, ("2. Kết quả cụ thể", "b"), first=0.5)
    for line in v["results"]:
        k.body(doc, line)
    k.para(doc, ("C. KHÓ KHĂN, ĐỀ XUẤT", "b"), before=3)
    k.body(doc, v["issues"])
    k.body(
        doc,
        f"Trên đây là báo cáo thành tích của {v['unit_prose']}, kính đề nghị cấp trên xem xét./.",
    )
    k.signature(
        doc,
        [(v["confirm"], "b"), "", "", "", "", (v["confirm_signer"], "b")],
        [(v["on_behalf"], "b"), (v["signer"][1].upper(), "b"), "", "", "", (v["signer"][0], "b")],
    )
    lead = v.get("leader") or v["signer"]
    fields = {
        "unit_name": v["unit_header"],
        "model_name": v["model"],
        "domain": v.get("domain"),
        "leader_name": lead[0],
        "leader_position": lead[1],
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
        "signed_date": iso(*v["date"][1:]),
    }
    alt = {
        "unit_name": v["unit_alt"],
        "leader_position": [*v.get("position_alt", []), *signer_alt(lead, v["signer"])],
    }
    stamp = None  # a chi hội has no seal of its own
    return doc, Truth("report", fields, v["unit_id"], alt, v["traits"], v["signer"][0], stamp)


ENTRIES = (
    Entry(
        "c13-chihoi-pn-xom-9",
        ("photo",),
        {
            "unit_id": "hoi-phu-nu",
            "superior": "HỘI LHPN XÃ NGHĨA THÁI",
            "unit_header": "CHI HỘI PHỤ NỮ XÓM 9",
            "unit_alt": ["Chi hội Phụ nữ xóm 9", "Chi hội PN xóm 9"],
            "unit_prose": "Chi hội Phụ nữ xóm 9",
            "date": ("Xóm 9", 24, 8, 2024),
            "model": "Ngôi nhà bình yên",
            "proposal": "Đề nghị Ban Thường vụ Hội LHPN xã tặng Giấy khen",
            "to": "Ban Thường vụ Hội Liên hiệp Phụ nữ xã Nghĩa Thái",
            "intro": "Thực hiện sự chỉ đạo của Hội LHPN xã và Chi bộ xóm 9, năm 2024 Chi hội "
            "Phụ nữ xóm 9 tổ chức thực hiện mô hình và đạt được một số kết quả như sau:",
            "situation": "Xóm 9 có 198 hộ; Chi hội có 176 hội viên sinh hoạt ở 6 tổ phụ nữ, "
            "tỷ lệ thu hút hội viên đạt 86%.",
            "rollout": "Chi hội phân công chị Đinh Thị Thu – Chi hội trưởng phụ trách chung, mỗi "
            "tổ trưởng theo dõi các gia đình có nguy cơ mâu thuẫn.",
            "leader": ("Đinh Thị Thu", "Chi hội trưởng"),
            "results": [
                "Đã có 142 hội viên đăng ký gia đình “Ngôi nhà bình yên”; tổ chức 4 buổi sinh "
                "hoạt chuyên đề về phòng, chống bạo lực gia đình.",
                "Hòa giải thành công 5 vụ mâu thuẫn; không có vụ bạo lực gia đình nào trong năm.",
            ],
            "participants": 142,
            "funds": None,
            "issues": "Một số hội viên đi làm ăn xa nên khó duy trì sinh hoạt đều.",
            "confirm": "XÁC NHẬN CỦA CHI BỘ XÓM 9",
            "confirm_signer": "Đinh Văn Hậu",
            "on_behalf": "T/M BAN CÁN SỰ CHI HỘI",
            "signer": ("Đinh Thị Thu", "Chi hội trưởng"),
            "traits": [
                "chi_hoi_not_hoi",
                "superior_in_header",
                "place_is_village",
                "leader_in_prose",
                "no_funds",
            ],
        },
    ),
    Entry(
        "c14-chihoi-nd-xom-12",
        ("scan",),
        {
            "unit_id": "hoi-nong-dan",
            "superior": "HỘI NÔNG DÂN XÃ NGHĨA THÁI",
            "unit_header": "CHI HỘI NÔNG DÂN XÓM 12",
            "unit_alt": ["Chi hội Nông dân xóm 12"],
            "unit_prose": "Chi hội Nông dân xóm 12",
            "date": ("Nghĩa Thái", 29, 8, 2024),
            "model": "Tổ hợp tác nuôi ong lấy mật",
            "proposal": "Đề nghị Ban Chấp hành Hội Nông dân xã tặng Giấy khen",
            "to": "Ban Chấp hành Hội Nông dân xã Nghĩa Thái",
            "intro": "Năm 2024, Chi hội Nông dân xóm 12 đã vận động hội viên thành lập tổ hợp "
            "tác và đạt những kết quả sau:",
            "situation": "Chi hội có 154 hội viên; xóm 12 có 35 ha đồi trồng keo, vải thiều "
            "thuận lợi cho nuôi ong.",
            "rollout": "Ban Chấp hành Chi hội họp bàn, chọn 12 hộ có kinh nghiệm làm nòng cốt, "
            "mời cán bộ khuyến nông hướng dẫn kỹ thuật.",
            "domain": None,
            "results": [
                "Tổ hợp tác có 27 hộ hội viên tham gia với 640 đàn ong; các hộ góp vốn 186 "
                "triệu đồng mua máy quay mật, thùng chứa.",
                "Sản lượng mật năm 2024 đạt 9,6 tấn, lãi bình quân 34 triệu đồng/hộ.",
            ],
            "participants": 27,
            "funds": 186000000,
            "issues": "Đề nghị Hội Nông dân xã hỗ trợ xây dựng nhãn hiệu mật ong của xã.",
            "confirm": "XÁC NHẬN CỦA HỘI NÔNG DÂN XÃ",
            "confirm_signer": "Vũ Văn Hòa",
            "on_behalf": "T/M BAN CHẤP HÀNH CHI HỘI",
            "signer": ("Lê Văn Sáu", "Chi hội trưởng"),
            "traits": [
                "chi_hoi_not_hoi",
                "superior_in_header",
                "leader_from_signature",
                "participants_vs_hives",
            ],
        },
    ),
    Entry(
        "c15-chihoi-lhd-pn-thuong-phuc",
        ("scan",),
        {
            "unit_id": "lhd-chi-hoi-pn-thuong-phuc",
            "superior": "HỘI LHPN XÃ LẠC HƯNG ĐÔNG",
            "unit_header": "CHI HỘI PHỤ NỮ THÔN THƯỢNG PHÚC",
            "unit_alt": ["Chi hội Phụ nữ thôn Thượng Phúc", "Chi hội PN thôn Thượng Phúc"],
            "unit_prose": "Chi hội Phụ nữ thôn Thượng Phúc",
            "date": ("Thượng Phúc", 21, 8, 2026),
            "model": "Phụ nữ Thượng Phúc nói không với rác thải nhựa",
            "proposal": "Đề nghị Hội LHPN xã tặng Giấy khen",
            "to": "Ban Thường vụ Hội LHPN xã Lạc Hưng Đông",
            "intro": "Thực hiện Kế hoạch của Hội LHPN xã về phong trào thi đua “Dân vận khéo” "
            "năm 2026, Chi hội báo cáo như sau:",
            "situation": "Thôn Thượng Phúc có 264 hộ; Chi hội có 211 hội viên, 7 chi tổ.",
            "rollout": "Chi hội giao chị Lại Thị Hồng – Chi hội trưởng và chị Vũ Thị Mến – Chi "
            "hội phó phụ trách, tổ chức ra quân vào ngày 15 hằng tháng.",
            "leader": ("Lại Thị Hồng", "Chi hội trưởng"),
            "results": [
                "195 hội viên cam kết dùng làn, túi vải đi chợ; thu gom, phân loại rác tái chế "
                "bán được 12,4 triệu đồng bổ sung quỹ hội.",
                "Vận động 16 hộ kinh doanh ở chợ thôn không dùng túi ni lông khó phân hủy.",
            ],
            "participants": 195,
            "funds": 12400000,
            "issues": "Đề nghị xã bố trí thêm điểm tập kết rác tái chế.",
            "confirm": "XÁC NHẬN CỦA CHI BỘ THÔN",
            "confirm_signer": "Lương Thị Nhàn",
            "on_behalf": "T/M BAN CÁN SỰ CHI HỘI",
            "signer": ("Lại Thị Hồng", "Chi hội trưởng"),
            "traits": [
                "superior_in_header",
                "place_is_village",
                "leader_in_prose",
                "two_people_in_prose",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("chihoi_thanhtich", "report", ("S03",), render, ENTRIES)
