"""A joint programme ("Chương trình phối hợp") two units adopt to set up one model: it
registers the model (an inferred kind), and the model's unit is the lead ("đơn vị chủ trì"),
whichever line of the stacked header it sits on. Units, people and places of our own."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.fields import in_charge
from documents.extraction.fields.frame import _lead_of_joint
from documents.extraction.fields.lines import find_labels
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _programme(lead_line: str, partner_line: str, kind_line: str = "") -> DocumentText:
    doc = DocumentText(source="docx")
    issuers = "ĐOÀN THANH NIÊN XÃ SUỐI ĐÁ\nTRẠM Y TẾ XÃ SUỐI ĐÁ\nSố: 04/CTPH-ĐTN-TYT"
    doc.row([issuers, f"{MOTTO}\nSuối Đá, ngày 11 tháng 3 năm 2027"], table=0)
    doc.paragraph("CHƯƠNG TRÌNH PHỐI HỢP", bold=True, centered=True)
    doc.paragraph("giữa Đoàn Thanh niên xã và Trạm Y tế xã Suối Đá", centered=True)
    doc.paragraph("về xây dựng mô hình “Dân vận khéo” “Tuổi trẻ hiến máu cứu người”", centered=True)
    doc.paragraph("II. NỘI DUNG PHỐI HỢP")
    if kind_line:
        doc.paragraph(kind_line)
    doc.paragraph("1. Vận động 40 đoàn viên hiến máu mỗi năm tại ấp Cây Me.")
    doc.paragraph("III. TRÁCH NHIỆM CỦA CÁC BÊN")
    doc.paragraph(lead_line)
    doc.paragraph(
        "Chủ trì xây dựng mô hình; giao đồng chí Đặng Minh Quý, Phó Bí thư Đoàn xã, "
        "trực tiếp phụ trách (điện thoại 0912 774 310)."
    )
    doc.paragraph(partner_line)
    doc.paragraph("Cử y sĩ Lâm Thị Kiều (điện thoại 0903 551 208) khám sàng lọc.")
    return doc


def test_the_lead_unit_is_the_models_unit_not_the_lower_partner() -> None:
    doc = _programme("1. Đoàn Thanh niên xã (đơn vị chủ trì)", "2. Trạm Y tế xã (đơn vị phối hợp)")
    result = read_fields(doc)
    assert result.kind is Kind.REGISTRATION
    assert result.fields["unit_name"] == "ĐOÀN THANH NIÊN XÃ SUỐI ĐÁ"


def test_without_a_named_lead_the_header_rule_stands() -> None:
    units = ["HỘI NÔNG DÂN XÃ SUỐI ĐÁ", "HTX DỊCH VỤ NÔNG NGHIỆP SUỐI ĐÁ"]
    assert _lead_of_joint(units, ["Hai bên cùng thực hiện."], 1) == 1
    rows = ["1. Hội Nông dân xã (đơn vị chủ trì)", "2. Hợp tác xã (đơn vị phối hợp)"]
    assert _lead_of_joint(units, rows, 1) == 0
    # a lead that no header unit opens with changes nothing
    assert _lead_of_joint(units, ["1. Hội Cựu chiến binh xã (đơn vị chủ trì)"], 1) == 1


def test_a_party_named_with_its_role_in_brackets_is_no_label() -> None:
    assert find_labels("1. Chi đoàn ấp Cây Me (đơn vị chủ trì)") == []
    assert find_labels("2. Hợp tác xã dịch vụ Suối Đá (đơn vị phối hợp):") == []
    assert find_labels("Đơn vị chủ trì: Chi đoàn ấp Cây Me")[0].match.field == "unit_name"


def test_a_person_holding_two_titles_keeps_both() -> None:
    line = (
        "Giao đồng chí Lâm Thị Diệu, Phó Chủ tịch Hội Nông dân xã, Chi hội trưởng Chi hội "
        "nông dân ấp Cây Me, trực tiếp phụ trách."
    )
    person = in_charge.first(in_charge.named([line]))
    assert person is not None and person.name == "Lâm Thị Diệu"
    assert person.position == (
        "Phó Chủ tịch Hội Nông dân xã, Chi hội trưởng Chi hội nông dân ấp Cây Me"
    )


def test_the_contents_lead_sentence_gives_type_and_domain_unsure() -> None:
    lead = "Mô hình tập thể thuộc lĩnh vực kinh tế, gồm các nội dung:"
    doc = _programme(
        "1. Đoàn Thanh niên xã (đơn vị chủ trì)", "2. Trạm Y tế xã (đơn vị phối hợp)", lead
    )
    result = read_fields(doc)
    assert result.fields["model_type"] == "collective"
    assert result.fields["domain"] == "economy"
    assert result.confidence["model_type"] < 0.9
