"""A model's report told as a writing-contest entry: a cover page with the contest, the essay's
own title and the author's particulars, then the essay about the model.

After the entries of the writing contests on good examples that Party committees and mass
mobilisation boards run ("Cuộc thi viết về gương điển hình …", "Dân vận khéo"; Y11: "BÀI DỰ
THI", "Tên bài dự thi", "Thể loại", a block "THÔNG TIN TÁC GIẢ" with the name, year of birth,
unit, address and phone, the essay on the next page, the author's name at its end) and the way
such essays tell a model (Y12: a scene, the model and who "keeps its flame", figures in the
sentences, a paragraph of results, a closing thought). The author and the author's phone are
on the cover, the person in charge and the figures only in the essay; the essay's title is not
the model's name; a bank loan, a state grant and an income sit beside the money raised.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document

from corpus import docxkit as k
from corpus.spec import Entry, Layout, Truth, date_line, iso, phone_digits


def _cover(doc: Document, v: dict[str, Any]) -> None:
    k.para(doc, ("ĐẢNG ỦY XÃ MỸ LÂM ĐÔNG", "", 12), align="center", after=0)
    k.para(doc, ("BAN TỔ CHỨC CUỘC THI", "b", 12), align="center", after=30)
    k.para(doc, ("CUỘC THI VIẾT “GƯƠNG SÁNG DÂN VẬN KHÉO”", "b", 14), align="center", after=0)
    k.para(doc, ("XÃ MỸ LÂM ĐÔNG NĂM 2026", "b", 14), align="center", after=40)
    k.para(doc, ("BÀI DỰ THI", "b", 28), align="center", after=30)
    k.para(doc, ("Tên bài dự thi: ", "b"), (f"“{v['essay']}”", "bi"), align="left", after=4)
    k.para(doc, ("Thể loại: ", "b"), v["genre"], align="left", after=24)
    k.para(doc, ("THÔNG TIN TÁC GIẢ", "b"), align="left", after=4)
    author = v["author"]
    rows = [
        ("Họ và tên", author["name"]),
        ("Năm sinh", author["born"]),
        ("Dân tộc", author["ethnic"]),
        ("Đơn vị công tác", author["unit"]),
        ("Địa chỉ liên hệ", author["address"]),
        ("Điện thoại", author["phone"]),
    ]
    tbl = k.table(doc, len(rows), (4.5, 11.5), grid=False)
    for number, (label, value) in enumerate(rows):
        k.cell_text(tbl.cell(number, 0), (f"{label}:", ""))
        k.cell_text(tbl.cell(number, 1), (value, "b"))
    k.para(doc, ("Tháng " + v["month"], "i"), align="center", before=60)
    k.page_break(doc)


def render(v: dict[str, Any]) -> tuple[Document, Truth]:
    doc = k.document(size=13)
    _cover(doc, v)
    k.para(doc, (v["essay"].upper(), "b", 14), align="center", after=8)
    for paragraph in v["paragraphs"]:
        k.body(doc, paragraph.format(results=v["results"] + "."), after=4)
    if v.get("date"):
        k.para(doc, (date_line(*v["date"]), "i"), align="right", before=6, after=0)
    k.para(doc, ("Tác giả", "b"), align="right", before=0 if v.get("date") else 6, after=0)
    k.para(doc, (v["author"]["name"], "b"), align="right")
    person, position = v["leader"]
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
        "signed_date": iso(*v["date"][1:]) if v.get("date") else None,
    }
    alt = {
        "unit_name": v.get("unit_alt", []),
        "leader_position": v.get("position_alt", []),
        "location": v.get("location_alt", []),
    }
    truth = Truth("report", fields, v["unit_id"], alt, v["traits"], v["author"]["name"])
    return doc, truth


ENTRIES = (
    Entry(
        "y16-baiduthi-mld-hoi-phu-nu",
        ("scan", "doc"),
        {
            "unit_id": "mld-hoi-phu-nu",
            "essay": "Những nắm gạo, những đồng tiền lẻ và nụ cười ở Hữu Đức Hạ",
            "genre": "Ghi chép",
            "month": "4/2026",
            "author": {
                "name": "Quảng Thị Thu Trang",
                "born": "1993",
                "ethnic": "Chăm",
                "unit": "Hội Liên hiệp Phụ nữ xã Mỹ Lâm Đông",
                "address": "thôn Mỹ Lâm Thượng, xã Mỹ Lâm Đông, tỉnh Khánh Hòa",
                "phone": "0365 720 418",
            },
            "unit": "Hội Liên hiệp Phụ nữ xã Mỹ Lâm Đông",
            "model": "Tổ tiết kiệm – vay vốn xoay vòng của phụ nữ Chăm",
            "location": "thôn Hữu Đức Hạ",
            "leader": ("Đàng Thị Mỹ Lệ", "Chi hội trưởng Phụ nữ thôn Hữu Đức Hạ"),
            "position_alt": ["Chi hội trưởng"],
            "participants": 45,
            "funds": 120_000_000,
            "results": "Sau hai năm, 21 hộ hội viên đã thoát nghèo, 9 chị mở được quầy tạp hóa, "
            "lò bánh tráng tại nhà; không còn chị em nào phải vay nặng lãi",
            "date": ("Mỹ Lâm Đông", 25, 4, 2026),
            "paragraphs": [
                "Chiều cuối tháng, sân nhà sinh hoạt cộng đồng thôn Hữu Đức Hạ rộn tiếng cười. "
                "Các chị trong những chiếc khăn choàng trắng của người Chăm Bani mang đến nào "
                "nắm gạo, nào mấy tờ tiền lẻ, góp vào “hũ” chung của tổ.",
                "Đó là buổi sinh hoạt của mô hình “Tổ tiết kiệm – vay vốn xoay vòng của phụ "
                "nữ Chăm” mà Hội Liên hiệp Phụ nữ xã Mỹ Lâm Đông xây dựng từ năm 2024 tại thôn "
                "Hữu Đức Hạ, nơi trước đây nhiều chị em phải vay nặng lãi mỗi khi đến mùa "
                "nho.",
                "Người “giữ lửa” cho tổ là chị Đàng Thị Mỹ Lệ, Chi hội trưởng Phụ nữ thôn Hữu "
                "Đức Hạ. Chị đi từng nhà, ngồi bên bếp lửa với từng chị em, kiên trì giải thích "
                "cho đến khi ai cũng tin “góp ít thành nhiều”.",
                "Hiện tổ có 45 chị em tham gia. Sau hai năm, các chị đã góp được 120 triệu "
                "đồng, cho 38 lượt chị em vay không lãi. Hội còn nhận ủy thác 300 triệu đồng "
                "vốn vay của Ngân hàng Chính sách xã hội cho 10 hộ nuôi dê, thu nhập của nhiều "
                "hộ đạt 4 – 5 triệu đồng/tháng.",
                "{results}",
                "Rời Hữu Đức Hạ khi hoàng hôn buông xuống cánh đồng nho, tôi hiểu rằng dân vận "
                "khéo nhiều khi chỉ bắt đầu từ một nắm gạo.",
            ],
            "traits": [
                "contest_entry",
                "cover_page",
                "decoy_author",
                "decoy_author_phone",
                "essay_title_not_model",
                "fields_in_sentences",
                "decoy_bank_loan",
                "decoy_income",
                "no_phone",
                "two_pages",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y17-baiduthi-mld-dang-uy",
        ("photo",),
        {
            "unit_id": "mld-dang-uy",
            "essay": "Chiều thứ Năm ở trụ sở Đảng ủy",
            "genre": "Phóng sự",
            "month": "5/2026",
            "author": {
                "name": "Lê Thị Minh Thư",
                "born": "1990",
                "ethnic": "Kinh",
                "unit": "Văn phòng Đảng ủy xã Mỹ Lâm Đông",
                "address": "thôn Gò Điều, xã Mỹ Lâm Đông",
                "phone": "0916 038 552",
            },
            "unit": "Đảng ủy xã Mỹ Lâm Đông",
            "model": "Chiều thứ Năm lắng nghe dân nói",
            "location": "trụ sở Đảng ủy xã và nhà văn hóa 4 thôn",
            "location_alt": ["trụ sở Đảng ủy xã"],
            "leader": ("Lê Công Thành", "Phó Bí thư Thường trực Đảng ủy xã"),
            "position_alt": ["Phó Bí thư Thường trực Đảng ủy", "Phó Bí thư Thường trực"],
            "phone": "0913 470 226",
            "participants": 156,
            "results": "Sau 14 tháng, 212 ý kiến của người dân đã được trả lời, 187 việc được "
            "giải quyết dứt điểm; xã không còn đơn thư vượt cấp, nhiều vụ tranh chấp đất "
            "rẫy ở Suối Rua được hòa giải thành",
            "paragraphs": [
                "Đúng 14 giờ chiều thứ Năm, phòng họp nhỏ của Đảng ủy xã Mỹ Lâm Đông đã kín "
                "chỗ. Người hỏi chuyện đất rẫy, người hỏi chuyện nước tưới, có cả cụ già người "
                "Raglai đi bộ từ Suối Rua xuống.",
                "Từ tháng 3/2025, Đảng ủy xã Mỹ Lâm Đông thực hiện mô hình “Chiều thứ Năm "
                "lắng nghe dân nói”: mỗi chiều thứ Năm, lãnh đạo xã ngồi tiếp dân tại trụ sở "
                "Đảng ủy xã và nhà văn hóa 4 thôn, luân phiên mỗi tuần một nơi.",
                "Đồng chí Lê Công Thành, Phó Bí thư Thường trực Đảng ủy xã, người trực tiếp "
                "phụ trách mô hình, cho biết: “Cái gì trả lời được thì trả lời ngay, cái gì "
                "chưa được thì hẹn ngày”. Số điện thoại 0913 470 226 của anh được dán ở cả 4 "
                "nhà văn hóa thôn.",
                "Toàn bộ 156 đảng viên của Đảng bộ được phân công tham gia, ghi lại ý kiến của "
                "bà con ở từng thôn. Mô hình không tốn kinh phí, chỉ tốn thời gian và cái tâm.",
                "{results}",
                "Chiều thứ Năm ở Mỹ Lâm Đông giờ đã thành một thói quen, một cuộc hẹn giữa "
                "Đảng với dân.",
            ],
            "traits": [
                "contest_entry",
                "cover_page",
                "decoy_author",
                "decoy_author_phone",
                "essay_title_near_model",
                "fields_in_sentences",
                "leader_phone_in_essay",
                "no_funds",
                "no_date_line",
                "two_pages",
                "commune_2026",
            ],
        },
    ),
    Entry(
        "y18-baiduthi-mld-cb-my-lam-thuong",
        ("scan",),
        {
            "unit_id": "mld-cb-my-lam-thuong",
            "essay": "Katê năm nay vui mà không tốn",
            "genre": "Ký sự",
            "month": "10/2026",
            "author": {
                "name": "Quảng Văn Thìn",
                "born": "1971",
                "ethnic": "Chăm",
                "unit": "Chi bộ thôn Mỹ Lâm Thượng (Chi ủy viên)",
                "address": "thôn Mỹ Lâm Thượng",
                "phone": "0372 905 118",
            },
            "unit": "Chi bộ thôn Mỹ Lâm Thượng",
            "model": "Lễ hội Katê văn minh, tiết kiệm, đậm đà bản sắc",
            "location": "thôn Mỹ Lâm Thượng",
            "leader": ("Đàng Năng Thọ", "Bí thư Chi bộ, Trưởng thôn"),
            "position_alt": ["Bí thư Chi bộ"],
            "participants": 286,
            "funds": 75_000_000,
            "results": "Lễ hội Katê năm 2026 của thôn diễn ra trang trọng, an toàn; mỗi hộ bớt "
            "được 3 – 4 triệu đồng so với trước, không còn cảnh vay mượn để làm lễ; đội múa "
            "quạt, đội trống Ghinăng của thôn đoạt giải nhất hội diễn của xã",
            "date": ("Mỹ Lâm Đông", 30, 10, 2026),
            "paragraphs": [
                "Tiếng trống Ghinăng, kèn Saranai vang khắp thôn Mỹ Lâm Thượng những ngày đầu "
                "tháng Bảy lịch Chăm. Katê năm nay vẫn rộn ràng như mọi năm, nhưng bà con bảo "
                "“vui mà không tốn”.",
                "Chuyện bắt đầu từ nghị quyết của Chi bộ thôn Mỹ Lâm Thượng về mô hình “Lễ hội "
                "Katê văn minh, tiết kiệm, đậm đà bản sắc”. Ông Đàng Năng Thọ, Bí thư Chi bộ, "
                "Trưởng thôn, cùng các chức sắc Bà-la-môn đến từng nhà bàn cách làm lễ gọn mà "
                "vẫn đủ lễ.",
                "Cả 286 hộ trong thôn đồng thuận ký cam kết. Bà con, con em xa quê góp được 75 "
                "triệu đồng để tổ chức phần hội chung; xã hỗ trợ thêm 20 triệu đồng từ ngân "
                "sách văn hóa.",
                "{results}",
                "Khi đêm hội khép lại, ông Thọ nói với tôi: “Giữ được cái gốc của mình mà không "
                "ai phải lo nợ, thế là khéo rồi”.",
            ],
            "traits": [
                "contest_entry",
                "cover_page",
                "decoy_author",
                "decoy_author_phone",
                "essay_title_not_model",
                "fields_in_sentences",
                "decoy_state_grant",
                "no_phone",
                "two_pages",
                "cham_names",
                "commune_2026",
            ],
        },
    ),
)

LAYOUT = Layout("baiduthi_bia", "report", ("Y11", "Y12"), render, ENTRIES)
