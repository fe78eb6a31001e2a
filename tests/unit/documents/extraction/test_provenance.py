"""Where each value came from, and the layout fingerprint that ignores the filled-in values."""

from __future__ import annotations

import io
import json
from pathlib import Path

from docx import Document

from documents.contract import Extraction, LayoutFingerprint, Provenance
from documents.extraction import extract
from documents.extraction.sandbox import _extraction


def _form(unit: str, model: str, person: str, labels: tuple[str, str, str]) -> bytes:
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = f"ĐẢNG BỘ XÃ AN PHÚ\n{unit.upper()}"
    table.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM\nAn Phú, ngày 3 tháng 4 năm 2025"
    doc.add_paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO NĂM 2025")
    doc.add_paragraph(f"1. {labels[0]}: {model}")
    doc.add_paragraph(f"2. {labels[1]}: {person}")
    form = doc.add_table(rows=1, cols=2)
    form.cell(0, 0).text = labels[2]
    form.cell(0, 1).text = "Kinh tế"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


LABELS = ("Tên mô hình", "Người phụ trách", "Lĩnh vực")


def test_word_values_name_their_paragraph_or_table_cell() -> None:
    result = extract(_form("Chi bộ thôn 2", "Đường hoa", "Lê Văn Tư", LABELS), "a.docx")
    model = result.provenance["model_name"]
    assert model.method == "inline" and model.paragraph == 1 and model.table is None
    assert "Đường hoa" in model.snippet and model.label == "Tên mô hình"
    domain = result.provenance["domain"]
    assert domain.method == "cell" and domain.table == 2 and domain.row == 0 and domain.cell == 1
    unit = result.provenance["unit_name"]
    assert unit.method == "header" and unit.table == 1 and unit.cell == 0


def test_pdf_values_carry_page_and_box(samples_dir: Path) -> None:
    path = samples_dir / "documents" / "s02-dk-cb-xom-5.pdf"
    result = extract(path.read_bytes(), path.name)
    model = result.provenance["model_name"]
    assert model.page == 1 and model.bbox is not None and model.page_size is not None
    x0, top, x1, bottom = model.bbox
    width, height = model.page_size
    assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height
    assert model.method == "cell" and "Sáng - Xanh - Sạch - Đẹp" in model.snippet


def test_fingerprint_ignores_values_and_tells_templates_apart() -> None:
    one = extract(_form("Chi bộ thôn 2", "Đường hoa", "Lê Văn Tư", LABELS), "a.docx").layout
    two = extract(_form("Chi đoàn thôn 9", "Sân chơi", "Mùa A Dế", LABELS), "b.docx").layout
    other_labels = ("Tên gọi mô hình", "Chủ nhiệm mô hình", "Thuộc lĩnh vực")
    three = extract(_form("Chi bộ thôn 2", "Đường hoa", "Lê Văn Tư", other_labels), "c.docx").layout
    assert one is not None and two is not None and three is not None
    assert one.digest == two.digest
    assert three.digest != one.digest
    assert "model_name:ten mo hinh" in one.labels


def test_provenance_layout_and_doubts_survive_the_sandbox_json() -> None:
    result = extract(_form("Chi bộ thôn 2", "Đường hoa", "Lê Văn Tư", LABELS), "a.docx")
    again: Extraction = _extraction(json.loads(json.dumps(result.as_json())))
    assert again.provenance == result.provenance
    assert again.layout == result.layout
    assert again.doubts == result.doubts


def test_hostile_provenance_json_is_only_data() -> None:
    bad = Provenance.from_json({"method": 3, "bbox": ["x"], "page": "1", "snippet": "a" * 9999})
    assert bad.bbox is None and bad.page is None and len(bad.snippet) == 500
    assert LayoutFingerprint.from_json({"digest": 5}) is None
