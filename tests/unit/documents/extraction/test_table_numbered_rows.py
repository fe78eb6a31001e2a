"""A numbered row of a label | value table (`fields/table_pairs.py`) is an item of its own,
never the run-on of the value above it, even when OCR ran its label into its value. A small
layout of our own (invented unit, people and wording; not a copy of any corpus file)."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def test_a_numbered_row_does_not_run_on_into_the_value_above() -> None:
    doc = DocumentText(source="pdf-ocr")
    doc.row(["CÔNG ĐOÀN TRƯỜNG TH SUỐI LỚN", MOTTO + "\nSuối Lớn, ngày 5 tháng 9 năm 2026"], 1)
    doc.paragraph("BẢN ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”")
    doc.row(["1", "Tên mô hình Cô giáo đến bản"], 2)
    doc.row(["2", "Địa bàn thực hiện Điểm trường Nà Lừa và các bản Pác Ngòi,\nTà Phìn"], 2)
    doc.row(["3", "Công việc cụ thể - Mỗi cô giáo nhận kèm hai em học yếu mỗi tuần."], 2)
    f = read_fields(doc).fields
    assert f["location"] == "Điểm trường Nà Lừa và các bản Pác Ngòi, Tà Phìn"
