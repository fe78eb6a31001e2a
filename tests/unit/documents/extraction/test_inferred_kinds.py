"""Papers about a model whose title is neither a form nor a known report (a logbook, a story of
an exemplary person): read as a report with every value below 0.9, on layouts of our own."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.classify import INFERRED
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _logbook() -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["CHI ĐOÀN THÔN BẢN VẼ", MOTTO], table=9)
    for line in (
        "NHẬT KÝ MÔ HÌNH “DÂN VẬN KHÉO”",
        "“Bếp ấm cho em”",
        "Người phụ trách: Hà Thị Lụa",
        "Chức vụ: Bí thư Chi đoàn",
        "Điện thoại: 0912 345 678",
    ):
        doc.paragraph(line)
    doc.row(["Ngày", "Việc làm", "Số người"], table=1)
    doc.row(["03/4/2025", "Nấu 40 suất ăn trưa cho học sinh", "12"], table=1)
    doc.paragraph("Kết quả: 40 học sinh bán trú có bữa trưa nóng suốt năm học")
    return doc


def test_a_logbook_about_a_model_is_an_inferred_report_with_values_under_review() -> None:
    result = read_fields(_logbook())
    assert result.kind is Kind.REPORT
    assert result.fields["leader_name"] == "Hà Thị Lụa"
    assert result.fields["phone"] == "0912345678"
    assert INFERRED in result.warnings
    assert result.confidence and max(result.confidence.values()) < 0.9
    assert all(k in result.doubts for k in result.confidence)


def test_a_paper_about_no_model_stays_unknown_with_nothing_read() -> None:
    doc = DocumentText(source="docx")
    for line in (
        "THỰC ĐƠN LIÊN HOAN CUỐI NĂM",
        "Gà luộc, xôi gấc: 40 người",
        "Chủ trì: Hà Thị Lụa",
    ):
        doc.paragraph(line)
    result = read_fields(doc)
    assert result.kind is Kind.UNKNOWN
    assert not result.fields
