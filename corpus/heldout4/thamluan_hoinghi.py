"""A paper read at a review conference ("BÀI THAM LUẬN") that tells a model's results.

After the speeches and papers of Party and Front conferences (N03, N04): the unit's name alone
at the top left, "BÀI THAM LUẬN" (or "THAM LUẬN") with its topic naming the model in quotes,
the conference in brackets, "Người trình bày: …" with the speaker's post (a rank before the
name for the police); the salutations "Kính thưa …!" / "Thưa toàn thể Hội nghị!"; then prose
only: the unit's situation (members, households: not the model's), the sentence that gives the
model to a person ("giao đồng chí … trực tiếp phụ trách", or "giao tôi …" when the speaker is
that person), the ways of working as "Thứ nhất, … Thứ hai, …", the results as dash lines under
a sentence, the households and money in a sentence, lessons, thanks. No date line, no
signature, no phone, no place item: those fields are null.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, joined


def _opening(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, (v["title"], "b", 14), align="center", after=0)
    k.para(doc, (v["topic"], "b"), align="center", after=2)
    k.para(doc, (f"({v['conference']})", "i"), align="center", after=6)
    k.para(doc, (f"Người trình bày: {v['speaker']}", "i"), align="right", after=8)
    for line in v["salutation"]:
        k.para(doc, (line, "b"), first=1.0, after=2)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=14)
    left: list[k.Run | str] = [(line, "", 12) for line in v["superior"]]
    k.header_block(doc, [*left, (v["issuer_caps"], "b", 12), ("───────", "")], [""], (7.5, 8.5))
    k.para(doc, "", after=4)
    _opening(doc, v)
    k.body(doc, v["situation"])
    k.body(doc, v["assignment"])
    for line in v["ways"]:
        k.body(doc, line)
    k.body(doc, v["results_intro"])
    for line in v["results"]:
        k.body(doc, line)
    k.body(doc, v["money_sentence"])
    k.body(doc, v["lessons"])
    k.body(doc, "Kính chúc các đồng chí lãnh đạo, các vị đại biểu và toàn thể Hội nghị sức "
           "khỏe, hạnh phúc. Chúc Hội nghị thành công tốt đẹp.")  # fmt: skip
    k.para(doc, ("Xin trân trọng cảm ơn!", "b"), first=1.0)
    person, position = v["leader"]
    fields = {
        "unit_name": v["unit_name"],
        "model_name": v["model"],
        "leader_name": person,
        "leader_position": position,
        "results": joined(v["results"]),
        "participants": v["participants"],
        "funds_vnd": v["funds"],
    }
    alt = {"unit_name": v["unit_alt"], "leader_position": v.get("position_alt", [])}
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], None, None)
    return doc, truth


SALUTATION = (
    "Kính thưa các đồng chí lãnh đạo, các vị đại biểu khách quý!",
    "Thưa toàn thể Hội nghị!",
)

ENTRIES = (
    Entry(
        "n04-thamluan-ebl-hoi-nong-dan",
        ("scan", "doc"),
        {
            "unit_id": "ebl-hoi-nong-dan",
            "superior": [],
            "issuer_caps": "HỘI NÔNG DÂN XÃ EA BLÔNG",
            "unit_name": "Hội Nông dân xã Ea Blông",
            "unit_alt": ["HỘI NÔNG DÂN XÃ EA BLÔNG", "Hội Nông dân xã"],
            "title": "BÀI THAM LUẬN",
            "model": "Tổ hợp tác trồng cà phê bền vững, không dùng thuốc diệt cỏ",
            "topic": "Hội Nông dân xã với mô hình “Tổ hợp tác trồng cà phê bền vững, không dùng "
            "thuốc diệt cỏ”",
            "conference": "Tại Hội nghị tổng kết phong trào thi đua “Dân vận khéo” xã Ea Blông "
            "năm 2026",
            "speaker": "Ông Trần Quang Lộc – Chủ tịch Hội Nông dân xã",
            "salutation": SALUTATION,
            "situation": "Hội Nông dân xã Ea Blông hiện có 1.284 hội viên sinh hoạt ở 14 chi "
            "hội; 72% hội viên trồng cà phê, phần lớn là vườn già cỗi, năng suất bình quân chỉ "
            "đạt 2,3 tấn nhân/ha.",
            "leader": ("Nguyễn Hữu Tài", "Phó Chủ tịch Hội Nông dân xã"),
            "position_alt": ["Phó Chủ tịch"],
            "assignment": "Năm 2026, Ban Thường vụ Hội chọn xây dựng mô hình “Tổ hợp tác trồng "
            "cà phê bền vững, không dùng thuốc diệt cỏ”, giao đồng chí Nguyễn Hữu Tài – Phó Chủ "
            "tịch Hội Nông dân xã trực tiếp phụ trách, mỗi chi hội cử một hội viên nòng cốt.",
            "ways": [
                "Thứ nhất, chúng tôi đến từng nhà, dùng chính vườn của hội viên làm điểm trình "
                "diễn để bà con thấy cỏ được cắt làm phân xanh thay vì phun thuốc.",
                "Thứ hai, Hội ký hợp đồng với doanh nghiệp thu mua cà phê đạt chứng nhận với giá "
                "cao hơn thị trường 3.000 đồng/kg.",
                "Thứ ba, người có uy tín trong buôn được mời nói chuyện bằng tiếng Ê Đê tại các "
                "buổi sinh hoạt.",
            ],
            "results_intro": "Sau một năm thực hiện, mô hình đã đạt được những kết quả đáng "
            "khích lệ:",
            "results": [
                "- 86 ha cà phê chuyển sang canh tác bền vững, không còn dùng thuốc diệt cỏ;",
                "- Năng suất bình quân của tổ hợp tác đạt 3,1 tấn nhân/ha, thu nhập tăng khoảng "
                "18%;",
                "- 4 chi hội thành lập thêm tổ hợp tác theo cách làm này.",
            ],
            "money_sentence": "Đã có 146 hộ hội viên tham gia mô hình; các hộ và doanh nghiệp "
            "đóng góp trên 210 triệu đồng mua máy cắt cỏ và làm kho phơi chung.",
            "participants": 146,
            "funds": 210000000,
            "lessons": "Từ thực tiễn, chúng tôi rút ra bài học: cán bộ Hội phải làm trước, "
            "lợi ích của hội viên phải rõ ràng thì bà con mới theo.",
            "traits": [
                "speech",
                "person_in_prose",
                "no_date_line",
                "no_signature",
                "leader_not_speaker",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "n05-thamluan-ebl-hoi-ccb",
        ("photo",),
        {
            "unit_id": "ebl-hoi-ccb",
            "superior": ["HỘI CCB TỈNH ĐẮK LẮK"],
            "issuer_caps": "HỘI CỰU CHIẾN BINH XÃ EA BLÔNG",
            "unit_name": "Hội Cựu chiến binh xã Ea Blông",
            "unit_alt": ["HỘI CỰU CHIẾN BINH XÃ EA BLÔNG", "Hội CCB xã Ea Blông"],
            "title": "THAM LUẬN",
            "model": "Cựu chiến binh giúp nhau làm kinh tế, giữ bình yên buôn làng",
            "topic": "Kết quả thực hiện mô hình “Cựu chiến binh giúp nhau làm kinh tế, giữ bình "
            "yên buôn làng”",
            "conference": "Hội nghị tổng kết phong trào thi đua “Dân vận khéo” xã Ea Blông năm "
            "2026",
            "speaker": "Ông Lê Đình Phước – Chủ tịch Hội Cựu chiến binh xã",
            "salutation": SALUTATION,
            "situation": "Hội Cựu chiến binh xã có 318 hội viên ở 9 chi hội, trong đó 41 hội "
            "viên là người đồng bào dân tộc thiểu số; còn 17 hộ hội viên thuộc diện cận nghèo.",
            "leader": ("Lê Đình Phước", "Chủ tịch Hội Cựu chiến binh xã"),
            "position_alt": ["Chủ tịch"],
            "assignment": "Thực hiện Kế hoạch của Đảng ủy xã, Ban Chấp hành Hội đăng ký mô hình "
            "“Cựu chiến binh giúp nhau làm kinh tế, giữ bình yên buôn làng” và giao tôi trực "
            "tiếp phụ trách, các chi hội trưởng là thành viên tổ giúp việc.",
            "ways": [
                "Thứ nhất, mỗi hội viên khá giả nhận giúp một hộ hội viên khó khăn bằng cây "
                "giống, con giống hoặc ngày công, không cho không tiền mặt.",
                "Thứ hai, các chi hội duy trì tổ tự quản an ninh, nắm tình hình ở rẫy và báo cho "
                "Công an xã những việc bất thường.",
            ],
            "results_intro": "Kết quả sau một năm:",
            "results": [
                "- 11/17 hộ hội viên cận nghèo có thu nhập ổn định, 6 hộ thoát cận nghèo;",
                "- Hòa giải thành 7 vụ tranh chấp đất rẫy, không để phát sinh điểm nóng;",
                "- 2 chi hội được Hội cấp tỉnh tặng giấy khen.",
            ],
            "money_sentence": "Có 62 hội viên tham gia giúp đỡ; quỹ “Nghĩa tình đồng đội” vận "
            "động được 96,5 triệu đồng để cho hội viên mượn vốn không lãi.",
            "participants": 62,
            "funds": 96500000,
            "lessons": "Bài học rút ra là phát huy phẩm chất Bộ đội Cụ Hồ, nói đi đôi với làm, "
            "giúp đúng người, đúng việc.",
            "traits": [
                "speech",
                "person_is_speaker",
                "no_date_line",
                "no_signature",
                "superior_in_header",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "n06-thamluan-cong-an",
        ("scan",),
        {
            "unit_id": "cong-an",
            "superior": ["CÔNG AN HUYỆN NGHĨA PHONG"],
            "issuer_caps": "CÔNG AN XÃ NGHĨA THÁI",
            "unit_name": "Công an xã Nghĩa Thái",
            "unit_alt": ["CÔNG AN XÃ NGHĨA THÁI", "Công an xã"],
            "title": "BÀI THAM LUẬN",
            "model": "Camera an ninh – mắt thần khu dân cư",
            "topic": "Công an xã Nghĩa Thái vận động Nhân dân xây dựng mô hình “Camera an ninh – "
            "mắt thần khu dân cư”",
            "conference": "Hội nghị sơ kết 6 tháng phong trào thi đua “Dân vận khéo” xã Nghĩa "
            "Thái năm 2024",
            "speaker": "Thiếu tá Trần Quốc Việt – Trưởng Công an xã",
            "salutation": ("Kính thưa các đồng chí đại biểu!", "Thưa toàn thể Hội nghị!"),
            "situation": "Xã Nghĩa Thái có 4.215 hộ, 16.870 nhân khẩu ở 16 xóm; năm 2023 trên "
            "địa bàn xảy ra 14 vụ trộm cắp tài sản, chủ yếu ban đêm ở các xóm ven quốc lộ.",
            "leader": ("Nguyễn Hữu Nghĩa", "Phó Trưởng Công an xã"),
            "assignment": "Công an xã tham mưu Đảng ủy xây dựng mô hình “Camera an ninh – mắt "
            "thần khu dân cư”, phân công đồng chí Thượng úy Nguyễn Hữu Nghĩa, Phó Trưởng Công an "
            "xã trực tiếp phụ trách, phối hợp với Ban Công tác Mặt trận các xóm.",
            "ways": [
                "Thứ nhất, họp dân ở từng xóm, công khai vị trí lắp đặt và mức đóng góp tự "
                "nguyện của các hộ.",
                "Thứ hai, giao tổ an ninh xóm quản lý, trích xuất hình ảnh khi có vụ việc.",
            ],
            "results_intro": "Sau 6 tháng, mô hình đạt những kết quả sau:",
            "results": [
                "- Lắp đặt 58 mắt camera tại 9 xóm, kết nối về trụ sở Công an xã;",
                "- Số vụ trộm cắp tài sản giảm còn 3 vụ, cả 3 vụ đều được làm rõ nhờ hình ảnh "
                "camera.",
            ],
            "money_sentence": "Có 312 hộ tham gia đóng góp, tổng kinh phí xã hội hóa 468 triệu "
            "đồng.",
            "participants": 312,
            "funds": 468000000,
            "lessons": "Bài học kinh nghiệm: làm đến đâu công khai đến đó, để Nhân dân thấy "
            "rõ lợi ích của chính mình.",
            "traits": [
                "speech",
                "person_in_prose",
                "rank_before_name",
                "no_date_line",
                "no_signature",
                "leader_not_speaker",
                "superior_in_header",
            ],
        },
    ),
)

LAYOUT = Layout("thamluan_hoinghi", "report", ("N03", "N04"), render, ENTRIES)
