"""The public samples (/work/shared): accuracy by the README's rules, and the PDF reader's order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from documents.extraction import extract
from documents.extraction.pdf_reader import read_pdf_text
from documents.extraction.scoring import load_truths, score
from documents.extraction.text import BlockKind


@pytest.fixture(scope="module")
def documents_dir(samples_dir: Path) -> Path:
    return samples_dir / "documents"


def test_field_accuracy_on_samples_is_at_least_98_percent(documents_dir: Path) -> None:
    pairs = [
        (truth, extract(path.read_bytes(), path.name).as_json(file=path.name))
        for path, truth in load_truths(documents_dir)
    ]
    assert len(pairs) == 60
    report = score(pairs)
    assert report.kinds.accuracy == 1.0, report.kind_errors
    assert report.overall.accuracy >= 0.98, report.as_json()["errors"]
    for source in ("docx", "pdf-text"):
        assert report.per_source[source].accuracy >= 0.98, source


def test_pdf_header_columns_are_not_interleaved(documents_dir: Path) -> None:
    doc = read_pdf_text((documents_dir / "s16-bc-cb-xom-3.pdf").read_bytes())
    header = doc.blocks[0]
    assert header.kind is BlockKind.TABLE_ROW
    assert header.cells == ("ĐẢNG BỘ XÃ NGHĨA THÁI", "ĐẢNG CỘNG SẢN VIỆT NAM")
    texts = [b.text for b in doc.blocks]
    assert not any("THÁI ĐẢNG CỘNG" in t for t in texts)


def test_pdf_ruled_table_rows_keep_label_and_value_apart(documents_dir: Path) -> None:
    doc = read_pdf_text((documents_dir / "s02-dk-cb-xom-5.pdf").read_bytes())
    rows = [b.cells for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert ("Loại mô hình", "Tập thể") in rows
    content = next(r for r in rows if r[0] == "Nội dung" and r[1].startswith("Mục tiêu"))
    assert content[1].count("\n") >= 3  # the value's lines stay in one cell


def test_pdf_signature_split_over_a_page_break_stays_together(documents_dir: Path) -> None:
    from documents.extraction.fields.zones import cut

    doc = read_pdf_text((documents_dir / "s16-bc-cb-xom-3.pdf").read_bytes())
    signer_column = cut(doc.blocks).signature[-1]
    assert signer_column[0] == "T/M CHI BỘ"
    assert signer_column[-1] == "Phạm Văn Hùng"  # typed far below, on the next page


def test_every_truth_file_names_existing_documents(documents_dir: Path) -> None:
    for truth_path in documents_dir.glob("*.truth.json"):
        for name in json.loads(truth_path.read_text(encoding="utf-8"))["files"]:
            assert (documents_dir / name).exists(), name


def test_pdf_longer_than_the_limit_is_read_in_part_with_a_warning(documents_dir: Path) -> None:
    doc = read_pdf_text((documents_dir / "s16-bc-cb-xom-3.pdf").read_bytes(), max_pages=1)
    assert doc.warnings and "chỉ đọc 1 trang" in doc.warnings[0]
    assert not any("Phạm Văn Hùng" in b.text for b in doc.blocks)  # the name is on page 2
