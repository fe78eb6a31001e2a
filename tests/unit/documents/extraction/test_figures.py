"""The figures of a report (people taking part, money mobilised) and the phone of the person in
charge, on small layouts of our own (invented units, people, wording and sums): indicator
tables, tables of money by source, figures and phones inside sentences."""

from __future__ import annotations

import pytest

from documents.contract import Extraction
from documents.extraction import read_fields
from documents.extraction.fields import funds
from documents.extraction.fields.funds import Role, Sum
from documents.extraction.fields.prose import participant_counts, sums
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2025"


def _report(*lines: str, table: list[list[str]] | None = None, after: tuple[str, ...] = ()) -> Extraction:  # fmt: skip
    doc = DocumentText(source="docx")
    doc.row(["HỘI CỰU CHIẾN BINH XÃ AN PHÚ\nCHI HỘI THÔN BẾN ĐÒ", MOTTO], table=1)
    doc.paragraph(TITLE)
    doc.paragraph("Tên mô hình: Đèn sáng ngõ xóm")
    for line in lines:
        doc.paragraph(line)
    for row in table or []:
        doc.row(row, table=2)
    for line in after:
        doc.paragraph(line)
    doc.row(["Nơi nhận:\n- Lưu.", "TM. CHI HỘI\nCHI HỘI TRƯỞNG\n\nQuách Văn Tài"], table=9)
    return read_fields(doc)


# ------------------------------------------------------------------ indicator tables


def test_an_indicator_table_with_a_results_column_gives_both_figures_for_sure() -> None:
    ex = _report(
        "III. CÁC CHỈ TIÊU ĐẠT ĐƯỢC",
        table=[
            ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kết quả"],
            ["1", "Hội viên cựu chiến binh tham gia mô hình", "hội viên", "73"],
            ["2", "Ngày công đóng góp", "ngày công", "140"],
            ["3", "Kinh phí hội viên và nhân dân đóng góp", "triệu đồng", "12,5"],
            ["4", "Bóng đèn lắp mới", "bóng", "96"],
        ],
    )
    assert ex.fields["participants"] == 73
    assert ex.fields["funds_vnd"] == 12_500_000
    assert ex.confidence["participants"] >= 0.9 and ex.confidence["funds_vnd"] >= 0.9


def test_the_achieved_column_under_a_merged_year_header() -> None:
    ex = _report(
        table=[
            ["Chỉ tiêu", "Đơn vị tính", "Năm 2025", ""],
            ["", "", "Đăng ký", "Thực hiện"],
            ["Số hộ tham gia", "hộ", "60", "64"],
            ["Kinh phí xã hội hóa", "đồng", "20.000.000", "23.700.000"],
        ],
    )
    assert ex.fields["participants"] == 64  # achieved, not registered
    assert ex.fields["funds_vnd"] == 23_700_000


def test_a_share_in_percent_is_not_a_count_of_people() -> None:
    ex = _report(
        table=[
            ["TT", "Chỉ tiêu", "ĐVT", "Kết quả"],
            ["1", "Tỷ lệ hộ tham gia", "%", "95"],
            ["2", "Số hộ tham gia thắp đèn", "hộ", "88"],
        ],
    )
    assert ex.fields["participants"] == 88


def test_the_budget_row_of_an_indicator_table_is_not_the_money_mobilised() -> None:
    ex = _report(
        table=[
            ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
            ["1", "Kinh phí ngân sách xã hỗ trợ", "đồng", "20.000.000"],
            ["2", "Kinh phí nhân dân đóng góp", "đồng", "35.400.000"],
        ],
    )
    assert ex.fields["funds_vnd"] == 35_400_000
    assert ex.confidence["funds_vnd"] >= 0.9


# ------------------------------------------------------------------ tables of money by source

_HEAD = ["TT", "Nguồn kinh phí", "Số tiền (đồng)"]


def test_the_subtotal_of_the_mobilised_sources_is_the_value_not_the_grand_total() -> None:
    ex = _report(
        "IV. KINH PHÍ",
        table=[
            _HEAD,
            ["1", "Ngân sách xã", "15.000.000"],
            ["2", "Hội viên đóng góp", "9.000.000"],
            ["3", "Các nhà hảo tâm ủng hộ", "6.500.000"],
            ["", "Cộng xã hội hóa (2 + 3)", "15.500.000"],
            ["", "Tổng cộng", "30.500.000"],
        ],
    )
    assert ex.fields["funds_vnd"] == 15_500_000
    assert ex.confidence["funds_vnd"] >= 0.9


def test_a_grand_total_without_any_budget_in_it_is_the_value() -> None:
    ex = _report(
        table=[
            ["Nguồn", "Kinh phí (triệu đồng)"],
            ["Hội viên đóng góp", "9"],
            ["Con em xa quê ủng hộ", "6,5"],
            ["Tổng", "15,5"],
        ],
    )
    assert ex.fields["funds_vnd"] == 15_500_000
    assert ex.confidence["funds_vnd"] >= 0.9


def test_a_total_holding_the_budget_gives_a_worked_out_sum_for_review() -> None:
    ex = _report(
        table=[
            _HEAD,
            ["1", "Ủy ban nhân dân xã hỗ trợ", "10.000.000"],
            ["2", "Kinh phí khác", "4.000.000"],
            ["", "Tổng cộng", "14.000.000"],
        ],
    )
    assert ex.fields["funds_vnd"] == 4_000_000  # "Ủy ban nhân dân" pays from the budget
    assert ex.confidence["funds_vnd"] < 0.9
    assert "ngân sách" in ex.doubts["funds_vnd"]


def test_parts_without_a_total_are_added_up_only_as_a_guess() -> None:
    ex = _report(
        table=[
            _HEAD,
            ["1", "Hội viên đóng góp", "9.000.000"],
            ["2", "Doanh nghiệp tài trợ", "6.000.000"],
        ],
    )
    assert ex.fields["funds_vnd"] == 15_000_000
    assert ex.confidence["funds_vnd"] < 0.9
    assert "cộng lại" in ex.doubts["funds_vnd"]


def test_a_table_of_the_budget_only_gives_no_money_mobilised() -> None:
    ex = _report(
        table=[
            _HEAD,
            ["1", "Ngân sách huyện", "50.000.000"],
            ["2", "Ngân sách xã", "10.000.000"],
        ],
    )
    assert "funds_vnd" not in ex.fields


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Cộng nguồn vận động (2 + 3)", Role.MOBILISED_TOTAL),
        ("Tổng kinh phí huy động", Role.MOBILISED_TOTAL),
        ("TỔNG CỘNG", Role.TOTAL),
        ("Ngân sách nhà nước", Role.BUDGET),
        ("UBND xã hỗ trợ", Role.BUDGET),
        ("Trong đó: nhân dân đóng góp", Role.MOBILISED),
        ("Con em xa quê ủng hộ", Role.MOBILISED),
        ("Cộng đồng dân cư góp", Role.MOBILISED),
        ("Kinh phí mua sắm", Role.OTHER),
    ],
)
def test_what_a_row_says_its_sum_is(label: str, expected: Role) -> None:
    assert funds.role(label) is expected


def test_a_total_no_larger_than_the_budget_gives_nothing() -> None:
    found = funds.mobilised([Sum(Role.BUDGET, 9_000_000), Sum(Role.TOTAL, 9_000_000)])
    assert found is None


# ------------------------------------------------------------------ figures in sentences


def test_people_taking_part_come_before_people_reached_and_the_village_size() -> None:
    numbers, taking_part = participant_counts(
        "Thôn có 240 hộ. Chi hội đã hướng dẫn 410 lượt người dân cài ứng dụng; "
        "có 97/240 hộ tham gia góp tiền lắp đèn."
    )
    assert numbers[0].value == 97 and taking_part == 1


def test_parents_count_as_people_taking_part() -> None:
    numbers, taking_part = participant_counts("Nhà trường vận động 75 phụ huynh tham gia.")
    assert [n.value for n in numbers] == [75] and taking_part == 1


def test_those_working_with_the_one_in_charge_take_part() -> None:
    """'… do tôi phụ trách cùng 11 chị em trong tổ': the team is the model's people; the girls
    the team watches over are those it reaches, not those taking part."""
    numbers, taking_part = participant_counts(
        "Mô hình do tôi phụ trách cùng 11 chị em trong tổ xung kích. Theo dõi 31 em gái trong xóm."
    )
    assert [n.value for n in numbers] == [11, 31] and taking_part == 1


def test_the_budget_share_of_a_sentence_is_no_money_mobilised() -> None:
    numbers, raised = sums(
        "Ủy ban nhân dân xã hỗ trợ 40 triệu đồng, nhân dân đóng góp 1,2 tỷ đồng để làm đường."
    )
    assert [n.value for n in numbers] == [1_200_000_000] and raised == 1


def test_credit_lent_or_managed_is_no_money_mobilised() -> None:
    """Loans a body manages or hands out are paid back: no money the model raised."""
    for sentence in (
        "Tổ tiết kiệm quản lý 350 triệu đồng vốn vay Ngân hàng Chính sách xã hội.",
        "Dư nợ của tổ vay vốn đạt 1,4 tỷ đồng, không có nợ xấu.",
        "Hội giúp 9 hộ vay 270 triệu đồng để nuôi bò.",
    ):
        assert sums(sentence) == ([], 0), sentence
    numbers, raised = sums("Chị em góp 25 triệu đồng lập quỹ cho vay không lãi.")
    assert [n.value for n in numbers] == [25_000_000] and raised == 1
    numbers, _ = sums("Tiền tiết kiệm và vốn vay tổ vận động được 310 triệu đồng.")
    assert [n.value for n in numbers] == [310_000_000]  # loans raised by the model: mobilised


def test_a_total_beside_the_budget_in_a_sentence_is_not_the_money_mobilised() -> None:
    numbers, _ = sums(
        "Tổng kinh phí 80 triệu đồng, trong đó ngân sách 30 triệu đồng, nhân dân đóng góp "
        "50 triệu đồng."
    )
    assert [n.value for n in numbers] == [50_000_000]


def test_a_participation_paragraph_after_the_results_gives_the_figures_below_sure() -> None:
    ex = _report(
        "II. KẾT QUẢ ĐẠT ĐƯỢC",
        "- Lắp 96 bóng đèn trên 3 km đường ngõ;",
        "- Không còn ngõ tối.",
        "III. ĐỀ XUẤT",
        "Đề nghị xã duy trì tiền điện.",
        "IV. CÔNG TÁC VẬN ĐỘNG",
        "Có 97/240 hộ tham gia; con em xa quê ủng hộ 126,5 triệu đồng.",
    )
    assert ex.fields["participants"] == 97
    assert ex.fields["funds_vnd"] == 126_500_000
    assert ex.confidence["funds_vnd"] < 0.9


# ------------------------------------------------------------------ the phone in a sentence


@pytest.mark.parametrize(
    ("written", "phone"),
    [
        ("(điện thoại: 0377 204 918)", "0377204918"),
        ("(ĐT 0912.345.678)", "0912345678"),
        (", số điện thoại 0862-400-117,", "0862400117"),
    ],
)
def test_the_phone_written_with_the_person_in_charge(written: str, phone: str) -> None:
    ex = _report(
        "II. KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Việc thực hiện",
        "Chi hội đăng ký mô hình “Đèn sáng ngõ xóm”, do đồng chí Quách Văn Tài – Chi hội "
        f"trưởng trực tiếp phụ trách {written} cùng các hội viên lắp đèn.",
    )
    assert ex.fields["leader_name"] == "Quách Văn Tài"
    assert ex.fields["phone"] == phone


def test_the_phone_of_someone_else_named_in_the_sentence_is_not_taken() -> None:
    ex = _report(
        "II. KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Việc thực hiện",
        "Mô hình do đồng chí Quách Văn Tài – Chi hội trưởng trực tiếp phụ trách, phối hợp với "
        "chị Lường Thị Nga, thợ điện (điện thoại: 0377 204 918) lắp đèn.",
    )
    assert ex.fields["leader_name"] == "Quách Văn Tài"
    assert "phone" not in ex.fields


def test_the_phone_on_the_next_line_of_a_wrapped_sentence() -> None:
    """A PDF or a scan wraps the sentence: the phone sits on the line after the person."""
    ex = _report(
        "II. KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Việc thực hiện",
        "Mô hình do đồng chí Quách Văn Tài – Chi hội trưởng trực tiếp phụ trách (điện thoại:\n"
        "0377 204 918); các hội viên góp công lắp đèn.",
    )
    assert ex.fields["phone"] == "0377204918"


def test_rows_of_a_scanned_table_run_together_are_paired_line_by_line() -> None:
    ex = _report(
        table=[
            _HEAD,
            ["1", "Ngân sách xã", "15.000.000"],
            [
                "2",
                "Hội viên đóng góp\nCộng nguồn vận động\nTổng cộng",
                "9.000.000\n9.000.000\n24.000.000",
            ],
        ],
    )
    assert ex.fields["funds_vnd"] == 9_000_000


def test_rows_run_together_that_do_not_pair_up_are_not_guessed() -> None:
    ex = _report(
        table=[
            _HEAD,
            ["1", "Ngân sách xã", "15.000.000"],
            ["2", "Hội viên đóng góp và con em\nxa quê ủng hộ", "9.000.000\n24.000.000"],
        ],
    )
    assert ex.fields.get("funds_vnd") != 24_000_000 and ex.confidence.get("funds_vnd", 0) < 0.9


def test_the_one_mobilised_source_beside_the_budget_and_their_total_is_written_out() -> None:
    ex = _report(
        table=[
            ["TT", "Chỉ tiêu", "ĐVT", "Kết quả"],
            ["1", "Tổng kinh phí thực hiện", "đồng", "50.000.000"],
            ["", "Trong đó: ngân sách xã", "đồng", "20.000.000"],
            ["", "Cộng đồng dân cư đóng góp", "đồng", "30.000.000"],
        ],
    )
    assert ex.fields["funds_vnd"] == 30_000_000
    assert ex.confidence["funds_vnd"] >= 0.9


def test_a_table_of_contents_and_quantities_with_a_unit_column_is_one_of_indicators() -> None:
    ex = _report(
        table=[
            ["TT", "Nội dung", "Đơn vị tính", "Số lượng"],
            ["1", "Hội viên tham gia", "người", "52"],
            ["2", "Tiền hội viên đóng góp", "nghìn đồng", "7.800"],
        ],
    )
    assert ex.fields["participants"] == 52
    assert ex.fields["funds_vnd"] == 7_800_000


def test_a_phone_with_no_prefix_in_use_is_kept_for_review() -> None:
    ex = _report("Điện thoại liên hệ: 0123 456 789")
    assert ex.fields["phone"] == "0123456789"
    assert ex.confidence["phone"] < 0.9
    assert "đầu số" in ex.doubts["phone"]


def test_those_taking_part_come_before_those_who_signed_a_pledge() -> None:
    numbers, _ = participant_counts(
        "104 hộ ký cam kết thực hiện hương ước. Tổng số hộ tham gia đóng góp: 96/104 hộ."
    )
    assert numbers[0].value == 96


def test_indicator_rows_a_scan_ran_together_with_the_next_column_glued_on() -> None:
    ex = _report(
        table=[
            ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện So với KH (%)"],
            ["1", "Hộ đạt tiêu chí\nHộ tham gia làm đường", "hộ\nhộ", "150 98,0\n171 104,3"],
            ["2", "Kinh phí nhân dân đóng góp", "triệu đồng", "48 120,0"],
        ],
    )
    assert ex.fields["participants"] == 171  # the line that says who took part
    assert ex.fields["funds_vnd"] == 48_000_000


def test_a_figure_grouped_by_spaces_is_one_figure() -> None:
    assert funds.money_in("1 200 000", "đồng") == 1_200_000
