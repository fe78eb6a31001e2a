"""A writing-contest entry ("Bài dự thi"): the author's particulars give no value of the model
(`fields/entrant.py`), the entry is a report told in its essay (`classify.inferred_kind`), and
the essay's people and unit are read from its sentences (`fields/story.py`); on small entries of
our own (invented people, places and wording; not a copy of any sample or corpus layout)."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.fields.entrant import is_author_head, without_entrant
from documents.extraction.fields.outcomes import so_far
from documents.extraction.fields.story import place_in, unit_before
from documents.extraction.text import DocumentText

COVER = (
    "BAN TỔ CHỨC CUỘC THI",
    "CUỘC THI VIẾT “NHỮNG CÁCH LÀM DÂN VẬN KHÉO” NĂM 2025",
    "BÀI DỰ THI",
    "Tên bài dự thi: Bên dòng suối Nậm Lầu",
)
AUTHOR = (
    ("Họ và tên:", "Vi Thị Hằng"),
    ("Năm sinh:", "1988"),
    ("Địa chỉ liên hệ:", "bản Púng, xã Nậm Lầu"),
    ("Điện thoại:", "0977 215 306"),
)


def _entry(essay: list[str], head: str = "THÔNG TIN TÁC GIẢ") -> DocumentText:
    doc = DocumentText(source="docx")
    for line in COVER:
        doc.paragraph(line)
    doc.paragraph(head, bold=True)
    for n, (label, value) in enumerate(AUTHOR):
        doc.row([label, value], table=1, row=n)
    for line in essay:
        doc.paragraph(line)
    doc.paragraph("Tác giả", bold=True)
    doc.paragraph("Vi Thị Hằng", bold=True)
    return doc


ESSAY = [
    "Sáng sớm, bản Co Sâu đã rộn tiếng gọi nhau ra suối.",
    "Đó là buổi làm việc của mô hình “Ngày thứ Bảy sạch suối” mà Chi đoàn bản Co Sâu duy trì "
    "từ năm 2023, nơi trước đây rác trôi đầy lòng suối.",
    "Người “giữ lửa” cho mô hình là anh Lò Văn Thẩm, Bí thư Chi đoàn bản Co Sâu. Anh đi từng "
    "nhà vận động bà con.",
    "Hiện có 32 đoàn viên tham gia. Sau một năm, lòng suối đã sạch, cá về nhiều.",
]


def test_the_authors_particulars_are_blanked_in_place() -> None:
    blocks = without_entrant(_entry(ESSAY).blocks)
    rows = [b.cells for b in blocks if len(b.cells) == 2]
    assert len(rows) == len(AUTHOR)
    assert all(cells == ("", "") for cells in rows)
    assert "Vi Thị Hằng" not in [b.text for b in blocks]  # the signature's name too


def test_the_author_is_never_the_person_in_charge_nor_their_phone_or_address() -> None:
    result = read_fields(_entry(ESSAY))
    assert result.kind is Kind.REPORT
    assert result.fields.get("leader_name") == "Lò Văn Thẩm"
    assert result.fields.get("leader_position") == "Bí thư Chi đoàn bản Co Sâu"
    assert result.fields.get("phone") is None
    assert result.fields.get("location") != "bản Púng, xã Nậm Lầu"
    assert all(c < 0.9 for c in result.confidence.values())  # an entry is read for review


def test_an_entry_with_no_one_in_charge_in_its_essay_names_no_one() -> None:
    essay = [line for line in ESSAY if "giữ lửa" not in line]
    result = read_fields(_entry(essay, head="Thông tin người dự thi:"))
    assert result.fields.get("leader_name") is None


def test_a_units_name_goes_on_over_a_capitalised_word_that_folds_like_a_verb() -> None:
    essay = [
        "Đó là mô hình “Bếp ăn bán trú” mà Hội Phụ nữ xã Tà Làm Đông xây dựng từ năm 2024.",
        "Hiện có 40 hội viên tham gia.",
    ]
    assert read_fields(_entry(essay)).fields.get("unit_name") == "Hội Phụ nữ xã Tà Làm Đông"


def test_author_heads() -> None:
    assert is_author_head("THÔNG TIN TÁC GIẢ")
    assert is_author_head("II. Thông tin người dự thi:")
    assert is_author_head("Tác giả")
    assert not is_author_head("Tác giả bài viết đã đến thăm bản")
    assert not is_author_head("THÔNG TIN MÔ HÌNH")


def test_the_unit_named_before_the_model_in_its_sentence() -> None:
    told = "Từ tháng 5/2024, Đoàn Thanh niên xã Pà Cò thực hiện mô hình “Sân chơi cuối tuần”."
    assert unit_before(told) == "Đoàn Thanh niên xã Pà Cò"
    resolved = "Mọi việc bắt đầu từ nghị quyết của Chi bộ bản Hang Kia về mô hình “Bản không khói”."
    assert unit_before(resolved) == "Chi bộ bản Hang Kia"
    assert unit_before("Bài viết của tôi về mô hình “Bản không khói”.") is None
    assert unit_before("Năm nay bà con thực hiện mô hình “Bản không khói”.") is None


def test_a_loans_capital_beside_the_money_raised_is_not_raised() -> None:
    essay = [
        *ESSAY,
        "Các chị đã góp được 60 triệu đồng. Hội còn nhận ủy thác 200 triệu đồng vốn vay của "
        "ngân hàng cho 8 hộ.",
    ]
    assert read_fields(_entry(essay)).fields.get("funds_vnd") == 60_000_000


def test_a_paragraph_of_what_was_achieved_after_some_months_is_the_results() -> None:
    text = "Mở đầu bài viết.\nSau 9 tháng, 64 hộ đã có nước sạch, 12 giếng được nạo vét.\nHết."
    assert so_far(text.split("\n")) == "Sau 9 tháng, 64 hộ đã có nước sạch, 12 giếng được nạo vét"
    assert so_far(["Sau 9 tháng, bà con vui lắm."]) is None  # no figures


def test_who_goes_door_to_door_for_the_model_is_its_person() -> None:
    essay = [
        "Mọi việc bắt đầu từ nghị quyết của Chi bộ bản Co Sâu về mô hình “Bản không khói”.",
        "Ông Hà Văn Pằn, Bí thư Chi bộ, cùng các già làng đến từng nhà bàn cách làm.",
        "Hiện có 52 hộ tham gia.",
    ]
    fields = read_fields(_entry(essay)).fields
    assert fields.get("leader_name") == "Hà Văn Pằn"
    assert fields.get("leader_position") == "Bí thư Chi bộ"


def test_a_place_the_story_says_something_fills_all_over_is_its_place_last() -> None:
    essay = [
        "Tiếng khèn vang khắp bản Co Sâu những ngày cuối năm.",
        "Đó là mô hình “Tết không rượu” mà Chi đoàn bản Co Sâu duy trì từ năm 2023.",
        "Hiện có 32 đoàn viên tham gia.",
    ]
    assert read_fields(_entry(essay)).fields.get("location") == "bản Co Sâu"
    assert place_in("Vang khắp bản Co Sâu. Lớp học mở tại nhà văn hóa bản Nà Phầy.") == (
        "nhà văn hóa bản Nà Phầy"
    )
