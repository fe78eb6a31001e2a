"""The exports, written then opened again with openpyxl and python-docx."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Length
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from documents.config_files import import_commune, load_units_file
from tests.integration.web.factory import add_document, at, seed
from web.exports.report_docx import export_report_docx
from web.exports.xlsx import HEADER_ROW, export_xlsx

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def _workbook(session: Session):  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    export_xlsx(session, buffer)
    buffer.seek(0)
    return load_workbook(buffer)


def test_workbook_has_a_sheet_per_deadline_and_the_models(session: Session) -> None:
    seed(session)
    wb = _workbook(session)
    assert wb.sheetnames == ["Đăng ký", "Báo cáo kết quả", "Mô hình", "Đánh giá, công nhận"]
    reg = wb["Đăng ký"]
    rows = {r[1]: r for r in reg.iter_rows(min_row=HEADER_ROW + 1, values_only=True)}
    assert set(rows) == {"Chi bộ xóm 1", "Chi bộ xóm 2", "Ủy ban MTTQ xã", "Công an xã"}
    assert rows["Chi bộ xóm 1"][4] == "Đã nhận"
    assert rows["Chi bộ xóm 2"][4] == "Nộp muộn"
    assert rows["Chi bộ xóm 2"][6] == 2
    assert rows["Công an xã"][4] == "Chưa gửi"
    assert rows["Chi bộ xóm 1"][3] == datetime(2024, 4, 7)  # due date, a real date cell
    assert rows["Chi bộ xóm 1"][5] == datetime(2024, 4, 3, 9, 0)  # local time of arrival
    for ws in wb.worksheets:
        assert ws.freeze_panes == f"C{HEADER_ROW + 1}"
        assert ws.auto_filter.ref is not None
        assert ws.auto_filter.ref.startswith(f"A{HEADER_ROW}:")
        assert ws.column_dimensions["B"].width >= 20


def test_model_sheet_has_typed_cells(session: Session) -> None:
    seed(session)
    ws = _workbook(session)["Mô hình"]
    header = [c.value for c in ws[HEADER_ROW]]
    rows = [
        dict(zip(header, r, strict=True))
        for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
    ]
    report = next(r for r in rows if r["Loại văn bản"] == "Báo cáo kết quả")
    assert report["Số người tham gia"] == 350
    assert report["Kinh phí (đồng)"] == 150000000
    assert report["Ngày ký"] == datetime(2024, 9, 1)
    signed = ws.cell(row=HEADER_ROW + 1, column=header.index("Ngày ký") + 1)
    assert signed.is_date
    names = {r["Tên mô hình"] for r in rows}
    assert "Đường hoa nông thôn mới" in names and "Gia đình văn hóa kiểu mẫu" in names
    economy = next(r for r in rows if r["Tên mô hình"] == "Đường hoa nông thôn mới")
    assert economy["Lĩnh vực"] == "Kinh tế" and economy["Loại hình"] == "Tập thể"


def test_text_that_looks_like_a_formula_stays_text(session: Session) -> None:
    seed(session)
    add_document(
        session,
        "cong-an",
        "registration",
        {"model_name": '=HYPERLINK("http://evil.test","x")', "leader_name": "@SUM(A1)"},
        at("2024-04-04"),
        filename="ca.docx",
    )
    session.commit()
    ws = _workbook(session)["Mô hình"]
    cells = [
        c for row in ws.iter_rows(min_row=HEADER_ROW + 1) for c in row if isinstance(c.value, str)
    ]
    formula = [c for c in cells if c.value.startswith("=")]
    assert formula, "the hostile value is in the sheet"
    assert all(c.data_type == "s" for c in formula)


def test_workbook_written_to_a_path(session: Session, tmp_path: Path) -> None:
    seed(session)
    target = tmp_path / "so.xlsx"
    export_xlsx(session, target)
    assert load_workbook(target).sheetnames[-1] == "Đánh giá, công nhận"


def _report(session: Session) -> DocxDocument:
    """The report of the seeded register, with the 2024 example commune's names loaded."""
    import_commune(session, load_units_file(EXAMPLES / "units.yaml"))
    buffer = io.BytesIO()
    export_report_docx(session, buffer, today=date(2024, 9, 10))
    buffer.seek(0)
    return Document(buffer)


def test_report_has_the_party_header_block(session: Session) -> None:
    seed(session)
    doc = _report(session)
    header = doc.tables[0]
    left, right = (c.text for c in header.rows[0].cells)
    assert "ĐẢNG BỘ HUYỆN NGHĨA PHONG" in left
    assert "ĐẢNG ỦY XÃ NGHĨA THÁI" in left
    assert "*" in left and "-BC/ĐU" in left
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in right
    party = next(r for p in header.rows[0].cells[1].paragraphs for r in p.runs if "ĐẢNG" in r.text)
    assert party.underline and party.bold
    date_run = next(
        r for p in header.rows[0].cells[1].paragraphs for r in p.runs if "ngày" in r.text
    )
    assert date_run.italic
    assert date_run.text == "Nghĩa Thái, ngày 10 tháng 09 năm 2024"
    borders = header._tbl.xpath(".//w:tblBorders")
    assert not borders, "the header block has no borders"


def test_report_counts_table_and_missing_units(session: Session) -> None:
    seed(session)
    doc = _report(session)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "BÁO CÁO" in text
    assert "Kết quả đăng ký và thực hiện mô hình “Dân vận khéo” năm 2024" in text
    assert "Tổng số đơn vị thực hiện: 4" in text
    assert "- Kinh tế: 1 mô hình;" in text
    assert "- Văn hóa - xã hội: 1 mô hình;" in text
    assert "- Tập thể: 1 mô hình;" in text and "- Cá nhân: 1 mô hình;" in text
    assert "Công an xã" in text.split("IV.")[1]
    models = doc.tables[1]
    rows = [[c.text for c in r.cells] for r in models.rows]
    assert rows[0][:3] == ["STT", "Đơn vị", "Tên mô hình"]
    by_unit = {r[1]: r for r in rows[1:]}
    assert by_unit["Chi bộ xóm 1"][2] == "Đường hoa nông thôn mới"
    assert by_unit["Chi bộ xóm 1"][6] == "Đã báo cáo"
    assert by_unit["Chi bộ xóm 2"][6] == "Chưa báo cáo"
    closing = doc.tables[-1]
    left, right = (c.text for c in closing.rows[0].cells)
    assert left.startswith("Nơi nhận:") and "Ban Dân vận Huyện ủy" in left
    assert "T/M ĐẢNG ỦY" in right and "BÍ THƯ" in right


def test_report_typography_and_margins(session: Session) -> None:
    seed(session)
    doc = _report(session)
    normal = doc.styles["Normal"].font
    assert normal.name == "Times New Roman"
    assert normal.size is not None and 13 <= normal.size.pt <= 14
    for paragraph in doc.paragraphs:
        for run in paragraph.runs:
            assert run.font.name in (None, "Times New Roman")
    section = doc.sections[0]

    def cm(length: Length | None) -> float:
        assert length is not None
        return round(float(length.cm), 1)

    assert cm(section.page_width) == 21.0 and cm(section.page_height) == 29.7
    assert cm(section.top_margin) == 2.0 and cm(section.bottom_margin) == 2.0
    assert cm(section.left_margin) == 3.0
    assert 1.5 <= cm(section.right_margin) <= 2.0
