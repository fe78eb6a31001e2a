"""A group of households' petition ("ĐƠN ĐỀ NGHỊ Về việc công nhận mô hình …"): it registers
the model; the group of the opening sentence is the unit; the representative ("Người đại diện:
ông …, sinh năm …, <post>; số điện thoại: …") is the person in charge, not the first row of the
households' list nor the village head confirming it. A small layout of our own (invented
people, places and wording)."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.fields.people import split_person
from documents.extraction.fields.prose import petitioners_group, petitioners_village
from documents.extraction.fields.validate import check_model
from documents.extraction.text import DocumentText


def _petition() -> DocumentText:
    doc = DocumentText(source="docx")
    for line in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Nà Hừ, ngày 9 tháng 4 năm 2026",
        "ĐƠN ĐỀ NGHỊ",
        "Về việc công nhận mô hình “Dân vận khéo” “Mương nước chung của xóm”",
        "Kính gửi: Ban Chỉ đạo phong trào “Dân vận khéo” xã Mường Tùng.",
        "Chúng tôi gồm 11 hộ gia đình có tên dưới đây, là thành viên Tổ dùng nước xóm Nà Hừ, "
        "cư trú tại xóm Nà Hừ, xã Mường Tùng.",
        "Người đại diện: bà Lò Thị Chiên, sinh năm 1975, Tổ trưởng Tổ dùng nước; số điện "
        "thoại: 0359 284 617.",
        "1. Lý do đề nghị",
        "Mùa khô ruộng xóm thiếu nước, mỗi nhà tự dẫn ống nên hay tranh nhau nguồn.",
        "2. Nội dung chúng tôi đăng ký thực hiện",
        "- Góp công nạo vét mương đầu nguồn mỗi tháng một lần;",
        "- Chia lịch lấy nước theo lượt cho từng hộ.",
        "3. Chúng tôi đề nghị",
        "Xã công nhận mô hình và hỗ trợ 200 m ống nhựa.",
        "DANH SÁCH CÁC HỘ THAM GIA",
    ):
        doc.paragraph(line)
    doc.row(["TT", "Họ và tên chủ hộ", "Ký tên"], table=1)
    doc.row(["1", "Lường Văn Khiêm", "Khiêm"], table=1)
    doc.row(["2", "Lò Thị Chiên", "Chiên"], table=1)
    doc.row(
        [
            "XÁC NHẬN CỦA TRƯỞNG XÓM\nNgày 10/4/2026\n\nLường Văn Khiêm\nTrưởng xóm – ĐT: 0388 120 456",
            "ĐẠI DIỆN CÁC HỘ\n(Ký, ghi rõ họ tên)\n\nLò Thị Chiên",
        ],
        table=2,
    )
    return doc


def test_a_households_petition_registers_its_model_with_its_representative() -> None:
    result = read_fields(_petition())
    assert result.kind is Kind.REGISTRATION
    assert result.fields["model_name"] == "Mương nước chung của xóm"
    assert result.fields["unit_name"] == "Tổ dùng nước xóm Nà Hừ"
    assert result.fields["leader_name"] == "Lò Thị Chiên"
    assert result.fields["leader_position"] == "Tổ trưởng Tổ dùng nước"
    assert result.fields["phone"] == "0359284617"
    assert result.fields["signed_date"] == "2026-04-09"


def test_the_petitions_registered_points_are_its_content() -> None:
    content = str(read_fields(_petition()).fields["content"])
    assert content.startswith("- Góp công nạo vét mương")  # not the heading's own words
    assert content.rstrip(".").endswith("theo lượt cho từng hộ")  # "3. Chúng tôi đề nghị" ends it


def test_a_year_of_birth_is_no_post() -> None:
    assert split_person("ông Vi Văn Tờ, sinh năm 1981, Chủ nhiệm Câu lạc bộ") == (
        "Vi Văn Tờ",
        "Chủ nhiệm Câu lạc bộ",
        None,
    )
    assert split_person("bà Hà Thị Duyên, SN 1990")[1] is None


def test_the_group_of_the_petitions_opening_sentence() -> None:
    assert (
        petitioners_group(
            "Chúng tôi là các hộ thành viên THT trồng chè Bản Giang, thôn Bản Giang, xã Tả Van."
        )
        == "THT trồng chè Bản Giang"
    )
    assert (
        petitioners_group(
            "Chúng tôi gồm các hộ có người tham gia Câu lạc bộ múa xòe bản Ten (có tên kèm theo)."
        )
        == "Câu lạc bộ múa xòe bản Ten"
    )
    assert petitioners_group("Chúng tôi là thành viên của gia đình ông Tờ.") is None


def test_a_quoted_name_then_a_clause_of_its_kind_is_the_quoted_name() -> None:
    got = check_model("“Chăn nuôi dê thả đồi”; mô hình tập thể, thuộc lĩnh vực kinh tế, gồm:")
    assert got.value == "Chăn nuôi dê thả đồi"
    assert check_model("“Đèn đường”, “Cây xanh”").value == "“Đèn đường”, “Cây xanh”"


def test_the_petitioners_village_is_the_models_place() -> None:
    assert (
        petitioners_village(
            "Chúng tôi gồm 8 hộ, là thành viên Tổ dùng nước xóm Nà Hừ, cư trú tại xóm Nà Hừ, xã Mường Tùng."
        )
        == "xóm Nà Hừ"
    )
    assert (
        petitioners_village(
            "Chúng tôi là các hộ thành viên THT trồng chè Bản Giang, thôn Bản Giang, xã Tả Van."
        )
        == "thôn Bản Giang"
    )
    assert petitioners_village("Chúng tôi là hội viên Hội Nông dân xã.") is None
    assert read_fields(_petition()).fields["location"] == "xóm Nà Hừ"
