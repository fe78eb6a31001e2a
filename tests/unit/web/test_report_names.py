"""Every name the exports print comes from the database: a 2024 commune reports to its district,
a 2026 one to its province, and no product code says "huyện"."""

from __future__ import annotations

import io
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from documents.commune import CommuneNamesMissingError, report_names
from documents.config_files import (
    import_units,
    load_campaign,
    load_campaign_file,
    load_units_file,
)
from web.exports.report_docx import export_report_docx
from web.exports.xlsx import export_xlsx

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"


def load(session: Session, units: Path, campaign: Path) -> None:
    import_units(session, load_units_file(units))
    load_campaign(session, load_campaign_file(campaign))
    session.commit()


def report(session: Session, **kwargs: object) -> DocxDocument:
    buffer = io.BytesIO()
    export_report_docx(session, buffer, today=date(2026, 4, 10), **kwargs)  # type: ignore[arg-type]
    buffer.seek(0)
    return Document(buffer)


def all_text(doc: DocxDocument) -> str:
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def header_and_closing(doc: DocxDocument) -> tuple[str, str, str, str]:
    left, right = (c.text for c in doc.tables[0].rows[0].cells)
    sent_to, signature = (c.text for c in doc.tables[-1].rows[0].cells)
    return left, right, sent_to, signature


def test_the_2024_example_reports_to_its_district(session: Session) -> None:
    load(session, EXAMPLES / "units.yaml", EXAMPLES / "campaign.yaml")
    doc = report(session, number="45")
    left, right, sent_to, signature = header_and_closing(doc)
    assert left.splitlines()[:2] == ["ĐẢNG BỘ HUYỆN NGHĨA PHONG", "ĐẢNG ỦY XÃ NGHĨA THÁI"]
    assert "Số 45-BC/ĐU" in left
    assert "Nghĩa Thái, ngày 10 tháng 04 năm 2026" in right
    assert "- Ban Dân vận Huyện ủy Nghĩa Phong (để báo cáo)," in sent_to
    assert "- Lưu Văn phòng Đảng ủy xã Nghĩa Thái." in sent_to
    assert signature.splitlines()[:2] == ["T/M ĐẢNG ỦY", "BÍ THƯ"]
    assert "Đảng ủy xã Nghĩa Thái báo cáo kết quả" in all_text(doc)


def test_the_2026_example_reports_to_its_province(session: Session) -> None:
    load(session, EXAMPLES / "2026" / "units.yaml", EXAMPLES / "2026" / "campaign.yaml")
    doc = report(session)
    left, right, sent_to, signature = header_and_closing(doc)
    assert left.splitlines()[:2] == ["ĐẢNG BỘ TỈNH NAM PHONG", "ĐẢNG ỦY XÃ NGHĨA HƯNG"]
    assert "Nghĩa Hưng, ngày 10 tháng 04 năm 2026" in right
    assert "- Ban Dân vận Tỉnh ủy Nam Phong (để báo cáo)," in sent_to
    assert "Trần Thị Lan" in signature
    text = all_text(doc).casefold()
    assert "huyện" not in text and "nghĩa thái" not in text
    assert "năm 2026" in text


def test_a_campaign_may_name_another_superior_for_its_year(
    session: Session, tmp_path: Path
) -> None:
    campaign = (EXAMPLES / "campaign.yaml").read_text(encoding="utf-8") + (
        "superior:\n  level: province\n  party: Đảng bộ tỉnh Nam Phong\n"
        "  report_to: Ban Dân vận Tỉnh ủy Nam Phong\n"
    )
    path = tmp_path / "campaign.yaml"
    path.write_text(campaign, encoding="utf-8")
    load(session, EXAMPLES / "units.yaml", path)
    left, _, sent_to, _ = header_and_closing(report(session))
    assert left.startswith("ĐẢNG BỘ TỈNH NAM PHONG\nĐẢNG ỦY XÃ NGHĨA THÁI")
    assert "Ban Dân vận Tỉnh ủy Nam Phong" in sent_to and "Huyện" not in sent_to


def test_the_names_are_read_from_the_database_each_time(session: Session, tmp_path: Path) -> None:
    load(session, EXAMPLES / "units.yaml", EXAMPLES / "campaign.yaml")
    renamed = (EXAMPLES / "units.yaml").read_text(encoding="utf-8")
    renamed = renamed.replace("title: Bí thư", "title: Phó Bí thư").replace(
        "on_behalf: T/M Đảng ủy", "on_behalf: KT. Bí thư"
    )
    path = tmp_path / "units.yaml"
    path.write_text(renamed, encoding="utf-8")
    import_units(session, load_units_file(path))
    session.commit()
    signature = header_and_closing(report(session))[3]
    assert signature.splitlines()[:2] == ["KT. BÍ THƯ", "PHÓ BÍ THƯ"]


def test_the_workbook_is_titled_with_the_commune(session: Session) -> None:
    load(session, EXAMPLES / "2026" / "units.yaml", EXAMPLES / "2026" / "campaign.yaml")
    buffer = io.BytesIO()
    export_xlsx(session, buffer)
    buffer.seek(0)
    properties = load_workbook(buffer).properties
    assert properties.title == 'Phong trào thi đua "Dân vận khéo" năm 2026 — xã Nghĩa Hưng'
    assert properties.creator == "Văn phòng Đảng ủy xã Nghĩa Hưng"


def _title_blocks(session: Session) -> set[object]:
    """The commune line (A2) of every sheet's title block."""
    buffer = io.BytesIO()
    export_xlsx(session, buffer, today=date(2026, 4, 10))
    buffer.seek(0)
    return {ws["A2"].value for ws in load_workbook(buffer).worksheets}


def test_the_sheets_title_blocks_name_the_commune_from_the_database(session: Session) -> None:
    assert _title_blocks(session) == {None}  # no commune yet: printed without, not refused
    load(session, EXAMPLES / "2026" / "units.yaml", EXAMPLES / "2026" / "campaign.yaml")
    assert _title_blocks(session) == {"Đảng ủy xã Nghĩa Hưng"}


def test_an_older_units_file_titles_the_sheets_with_the_communes_name(
    session: Session, tmp_path: Path
) -> None:
    flat = tmp_path / "units.yaml"
    flat.write_text(
        "commune: xã Nghĩa Hưng\nunits:\n  - id: cb-1\n    name: Chi bộ 1\n    kind: chi_bo\n",
        encoding="utf-8",
    )
    import_units(session, load_units_file(flat))  # a name, and no party committee
    session.commit()
    assert _title_blocks(session) == {"xã Nghĩa Hưng"}


def test_no_names_no_report(session: Session) -> None:
    with pytest.raises(CommuneNamesMissingError, match="`commune:` block"):
        report_names(session)
    with pytest.raises(CommuneNamesMissingError):
        report(session)


#: Where product text lives: the exports, the web pages, the mail templates, the commands.
PRODUCT_TEXT = ["web", "notifier", "workers", "documents/commune.py", "documents/config_files.py"]


def test_no_product_code_hard_codes_a_district() -> None:
    found = []
    for place in PRODUCT_TEXT:
        root = ROOT / place
        paths = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in paths:
            if path.suffix not in (".py", ".j2", ".html", ".txt") or not path.is_file():
                continue
            text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).casefold()
            if "huyện" in text:
                found.append(str(path.relative_to(ROOT)))
    assert found == []
