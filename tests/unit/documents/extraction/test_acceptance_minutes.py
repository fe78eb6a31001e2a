"""Acceptance and handover minutes of a model's work ("BIÊN BẢN NGHIỆM THU", "BIÊN BẢN BÀN
GIAO"): the work belongs to a model ("Thuộc mô hình: “Dân vận khéo” “X” của …, do đồng chí …
phụ trách"); the sources table breaks a source down in rows under it, notes rows left out of
the total, writes the total across merged cells and may run over a page break; a PDF may join
the record's opening sentence to the labelled line above it. Invented text."""

from __future__ import annotations

from documents.extraction.fields.found import Where
from documents.extraction.fields.funds import Role, Sum, _without_breakdowns, mobilised
from documents.extraction.fields.parse import _over_the_page
from documents.extraction.fields.validate import GOOD, check_location, check_model
from documents.extraction.text import Block, BlockKind, DocumentText


def _row(cells: tuple[str, ...], table: int, page: int, row: int) -> Block:
    return Block(BlockKind.TABLE_ROW, cells, table=table, page=page, row=row)


def test_the_model_a_work_belongs_to_with_who_runs_it() -> None:
    value = ("“Dân vận khéo” “Kè đá giữ bờ suối” của Chi bộ bản Phiêng Luông, do đồng chí "
             "Lò Văn Ín, Bí thư Chi bộ, phụ trách (điện thoại 0378 112 509)")  # fmt: skip
    assert check_model(value).value == "Kè đá giữ bờ suối"


def test_a_breakdown_under_a_source_is_counted_once() -> None:
    at = Where(1, 2)
    sums = [
        Sum(Role.MOBILISED, 500, at, "Vận động nhân dân bằng tiền"),
        Sum(Role.MOBILISED, 300, at, "– 90 hộ trong bản góp"),
        Sum(Role.MOBILISED, 200, at, "– Con em đi làm xa ủng hộ"),
        Sum(Role.BUDGET, 400, at, "Ngân sách xã"),
    ]
    assert [s.value for s in _without_breakdowns(sums)] == [500, 400]
    found = mobilised(_without_breakdowns(sums))
    assert found is not None and found.value == 500 and found.strength == 1.0
    # rows that add up to more than the row above are sums of their own
    more = [sums[0], Sum(Role.MOBILISED, 800, at, "– Doanh nghiệp ủng hộ")]
    assert len(_without_breakdowns(more)) == 2


def test_a_total_beside_sources_of_money_not_said_is_not_the_money_mobilised() -> None:
    at = Where(1, 2)
    sums = [
        Sum(Role.MOBILISED, 40, at, "Hội viên góp"),
        Sum(Role.MOBILISED, 60, at, "Nhà hảo tâm ủng hộ"),
        Sum(Role.OTHER, 15, at, "Gia đình đối ứng"),
        Sum(Role.TOTAL, 115, at, "Tổng giá trị công trình"),
    ]
    found = mobilised(sums)
    assert found is not None and found.value == 100 and found.strength < 1.0


def _sources(split_at_page: bool) -> DocumentText:
    doc = DocumentText(source="pdf-text")
    doc.paragraph("BIÊN BẢN NGHIỆM THU")
    doc.paragraph("Tên mô hình: “Kè đá giữ bờ suối”")
    doc.paragraph("Kết quả: 320 m kè đá giữ bờ suối, 41 hộ không còn lo sạt lở mùa mưa.")
    doc.paragraph("Nguồn kinh phí")
    rows = [
        ("TT", "Nguồn", "Số tiền (đồng)", "Ghi chú"),
        ("1", "Nhân dân đóng góp bằng tiền", "90.000.000", ""),
        ("", "– 41 hộ dân trong bản góp", "61.500.000", ""),
        ("", "– Con em xa quê ủng hộ", "28.500.000", ""),
        ("2", "Ngân sách xã hỗ trợ", "120.000.000", ""),
        ("3", "Ngày công quy đổi (600 công)", "150.000.000", "không cộng vào tổng"),
        ("Tổng cộng", "", "210.000.000", ""),
    ]
    for k, cells in enumerate(rows):
        second = split_at_page and k >= 2
        doc.blocks.append(
            _row(cells, 2 if second else 1, 2 if second else 1, k - 2 if second else k)
        )
    return doc


def test_the_sources_table_of_minutes_over_a_page_break() -> None:
    from documents.extraction import read_fields

    for split in (False, True):
        result = read_fields(_sources(split))
        assert result.fields.get("funds_vnd") == 90000000, split
        assert result.fields.get("participants") == 41, split
        assert result.confidence["participants"] < 0.9


def test_a_table_at_the_top_of_the_next_page_goes_on_from_the_one_above() -> None:
    head = _row(("TT", "Nguồn", "Số tiền"), 1, 1, 0)
    last = _row(("1", "Nhân dân góp", "5.000.000"), 1, 1, 1)
    table = [(0, head), (1, last)]
    assert _over_the_page(table, _row(("2", "Doanh nghiệp", "3.000.000"), 2, 2, 0))
    assert not _over_the_page(table, _row(("2", "Doanh nghiệp"), 2, 2, 0))  # other columns
    assert not _over_the_page(table, _row(("2", "Doanh nghiệp", "3.000.000"), 2, 1, 0))


def test_a_location_never_runs_on_into_the_records_opening() -> None:
    verdict = check_location("bờ suối bản Phiêng Luông Hôm nay, vào lúc 9 giờ, ngày 4 tháng 5 năm "
                             "2027, tại nhà văn hóa bản, chúng tôi gồm")  # fmt: skip
    assert verdict.value == "bờ suối bản Phiêng Luông"


def test_a_site_address_down_to_its_province_is_kept_but_not_for_sure() -> None:
    verdict = check_location("bản Phiêng Luông, xã Mường Giôn, tỉnh Sơn La")
    assert verdict.value == "bản Phiêng Luông, xã Mường Giôn, tỉnh Sơn La"
    assert verdict.score != GOOD and verdict.reason
    assert check_location("bản Phiêng Luông, xã Mường Giôn").score == GOOD


def _record(resolution: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.paragraph("BIÊN BẢN NGHIỆM THU")
    doc.paragraph("Tên mô hình: “Kè đá giữ bờ suối”")
    doc.paragraph("Đơn vị thực hiện: Chi đoàn bản Phiêng Luông")
    doc.paragraph("Kinh phí vận động: 90.000.000 đồng")
    doc.paragraph("Kết quả mô hình: 320 m kè đá giữ bờ suối; 41 hộ không còn lo sạt lở mùa mưa.")
    doc.paragraph(resolution)
    doc.paragraph("Biên bản lập xong lúc 11 giờ cùng ngày./.")
    return doc


def test_the_records_resolution_is_no_result() -> None:
    from documents.extraction import read_fields

    for resolution in (
        "Các bên thống nhất nghiệm thu công trình, giao bản quản lý từ ngày 5/5/2027.",
        "Bên giao đã giao đủ hồ sơ; bên nhận đã nhận, không có ý kiến khác.",
    ):
        results = read_fields(_record(resolution)).fields["results"]
        assert results == "320 m kè đá giữ bờ suối; 41 hộ không còn lo sạt lở mùa mưa."


def test_a_label_telling_the_kind_gives_the_kind_and_the_domain_no_name() -> None:
    from documents.extraction import read_fields

    doc = DocumentText(source="docx")
    doc.paragraph("GƯƠNG ĐIỂN HÌNH “DÂN VẬN KHÉO”")
    doc.paragraph("“Nuôi ong giữ rừng”")
    doc.paragraph("Người thực hiện: ông Hà Văn Nọi")
    doc.paragraph("Mô hình tập thể – lĩnh vực: Kinh tế")
    doc.paragraph("Nơi thực hiện: bản Phiêng Luông")
    fields = read_fields(doc).fields
    assert fields.get("model_name") != "Kinh tế"
    assert fields["model_type"] == "collective"
    assert fields["domain"] == "economy"
