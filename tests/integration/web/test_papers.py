"""Papers that print right: the Excel workbook and the Word report of a 34-unit commune, printed
to PDF by LibreOffice Calc and Writer, then measured with pdfplumber."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from tests.integration.web.papers import seed_commune, to_pdf
from web.exports.report_docx import export_report_docx
from web.exports.xlsx import HEADER_ROW, export_xlsx

TODAY = date(2024, 9, 10)
A4 = (595, 842)  # points, portrait


def _size(page: Any) -> tuple[int, int]:
    return round(page.width), round(page.height)


def test_the_workbook_has_a_title_block_and_a_page_setup(session: Session, tmp_path: Path) -> None:
    seed_commune(session)
    target = tmp_path / "so.xlsx"
    export_xlsx(session, target, today=TODAY)  # the commune's names from the database
    wb = load_workbook(target)
    for ws in wb.worksheets:
        assert ws["A1"].value.startswith(
            ("Sổ theo dõi", "Danh sách mô hình", "Đánh giá, công nhận mô hình")
        )
        assert "Dân vận khéo" in ws["A1"].value
        assert ws["A2"].value == "Đảng ủy xã Nghĩa Thái"
        assert ws["A3"].value == "Lập ngày 10/09/2024"
        assert ws.cell(row=HEADER_ROW, column=1).value == "STT"
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
        assert ws.freeze_panes == f"C{HEADER_ROW + 1}"
        assert "&P" in ws.oddFooter.center.text
    assert "hạn 07/04/2024" in wb["Đăng ký"]["A1"].value


def _sheets_of(pdf: Path, titles: list[str]) -> dict[str, list[str]]:
    """The text of each printed page, grouped by the sheet whose title block opened it."""
    pages: dict[str, list[str]] = {}
    current = ""
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            assert _size(page) == (A4[1], A4[0]), "A4 landscape"
            text = page.extract_text() or ""
            opened = [t for t in titles if t in text]
            if opened:
                current = opened[0]
            assert current, "the first page opens with a sheet's title"
            pages.setdefault(current, []).append(text)
    return pages


def test_34_units_print_on_at_most_two_a4_landscape_pages_per_sheet(
    session: Session, tmp_path: Path
) -> None:
    commune = seed_commune(session, second_model_every=3)  # 12 units registered two models
    target = tmp_path / "so.xlsx"
    export_xlsx(session, target, today=TODAY)
    titles = [
        "Sổ theo dõi đăng ký",
        "Sổ theo dõi báo cáo kết quả",
        "Danh sách mô hình",
        "Đánh giá, công nhận mô hình",
    ]
    sheets = _sheets_of(to_pdf(target, tmp_path), titles)
    assert list(sheets) == titles
    total = sum(len(p) for p in sheets.values())
    for title, pages in sheets.items():
        assert 1 <= len(pages) <= 2, f"{title}: {len(pages)} pages"
        assert "Đảng ủy xã Nghĩa Thái" in pages[0] and "Lập ngày 10/09/2024" in pages[0]
        for page in pages:
            assert re.search(r"STT\s+Đơn vị", page), "the header row is on every page"
            assert re.search(rf"Trang \d+/{total}", page), "a page number"
    status_text = "\n".join(sheets["Sổ theo dõi đăng ký"])
    for unit in commune.units:
        assert unit.name.split()[-1] in status_text
    models = "\n".join(sheets["Danh sách mô hình"])
    assert len(re.findall(r"Bản đăng ký", models)) == 34 + 12
    judged = "\n".join(sheets["Đánh giá, công nhận mô hình"])
    assert len(re.findall(r"Chưa đánh giá", judged)) == 34 + 12
    assert "Tiêu chí 5: Được Nhân dân đồng tình hưởng ứng" in judged


def _models_table(document: Any) -> list[tuple[int, list[list[str]]]]:
    """(page number, rows) of the models table on each page that shows part of it."""
    found = []
    for number, page in enumerate(document.pages, start=1):
        for table in page.extract_tables():
            rows = [[" ".join((c or "").split()) for c in row] for row in table]
            if rows and rows[0] and rows[0][0] in {"STT", ""} and "Tên mô hình" in rows[0]:
                found.append((number, rows))
            elif rows and "Tên mô hình" not in rows[0] and len(rows[0]) == 7:
                found.append((number, rows))  # a page whose table lost its header row
    return found


def test_the_report_table_repeats_its_header_and_never_splits_a_row(
    session: Session, tmp_path: Path
) -> None:
    seed_commune(session, second_model_every=3)
    target = tmp_path / "bao-cao.docx"
    export_report_docx(session, target, today=TODAY)
    table = Document(str(target)).tables[1]
    properties = [tr.trPr for tr in table._tbl.tr_lst]
    assert all(p is not None and p.find(qn("w:cantSplit")) is not None for p in properties)
    assert [p is not None and p.find(qn("w:tblHeader")) is not None for p in properties] == [
        True
    ] + [False] * (len(properties) - 1)

    with pdfplumber.open(to_pdf(target, tmp_path)) as document:
        assert all(_size(page) == A4 for page in document.pages)
        pages = _models_table(document)
        assert len(pages) >= 2, "the table runs over several pages"
        numbers: list[int] = []
        for _page, rows in pages:
            assert rows[0][:3] == ["STT", "Đơn vị", "Tên mô hình"], "the header row repeats"
            for row in rows[1:]:
                assert row[0].isdigit(), f"a row split across pages: {row}"
                numbers.append(int(row[0]))
        assert numbers == list(range(1, 34 + 12 + 1))
        words = [w["text"] for page in document.pages for w in page.extract_words()]
        assert "STT" in words and "ST" not in words, "the STT column does not wrap"
        print(
            f"Word report: {len(document.pages)} pages, models table on pages "
            f"{[p for p, _ in pages]}"
        )
