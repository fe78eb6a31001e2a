"""The corpus cannot rot: its truth files follow the contract, name real units, match what the
layouts render, and the build really produces every variant the truth lists."""

from __future__ import annotations

import io
import json
import re
import shutil
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pypdfium2 as pdfium
import pytest
import yaml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from PIL import Image

from corpus import docxkit
from corpus.build import TRUTH_DIR, Built, build, truth_json
from corpus.layouts import MODULES, load
from corpus.spec import FIELD_KEYS, VARIANTS, Layout
from documents.config_files import UnitsFile
from documents.extraction.scoring import load_truths
from tests.conftest import ROOT, unavailable

CORPUS = ROOT / "corpus"
TRUTH_KEYS = {"kind", "fields", "layout", "source", "unit_id", "files", "alt", "traits"}
SHORT = ("unit_name", "model_name", "leader_name", "leader_position", "location")
ENUMS = {
    "model_type": {"collective", "individual"},
    "domain": {"economy", "culture_society", "security_defense", "political_system"},
}
ONLY = {"registration": {"content"}, "report": {"results", "participants", "funds_vnd"}}
LAYOUTS = load()


def _truths() -> list[tuple[str, dict[str, Any]]]:
    return [(p.name, json.loads(p.read_text("utf-8"))) for p in sorted(TRUTH_DIR.glob("*.json"))]


def _unit_ids(samples_dir: Path) -> set[str]:
    ids = set()
    for path in (samples_dir / "units.yaml", CORPUS / "units-lac-hung-dong.yaml"):
        units = UnitsFile.model_validate(yaml.safe_load(path.read_text("utf-8")))
        ids |= {unit.id for unit in units.units}
    return ids


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"\s+", " ", re.sub(r"[\"“”]", "", text)).strip()


def _docx_text(data: bytes) -> str:
    """Every paragraph in document order, tables included (merged cells once)."""
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    return "\n".join(Paragraph(p, document.part).text for p in body.iter(qn("w:p")))


def test_corpus_size_and_variety() -> None:
    entries = [e for layout in LAYOUTS for e in layout.entries]
    assert len(LAYOUTS) >= 12
    assert all(len(layout.entries) >= 3 for layout in LAYOUTS)
    assert {layout.kind for layout in LAYOUTS} == {"registration", "report"}
    variants = [v for e in entries for v in e.variants]
    assert set(variants) <= set(VARIANTS)
    assert all({"scan", "photo"} & set(e.variants) for e in entries)
    assert variants.count("tcvn3-doc") >= 1 and variants.count("doc") >= 3
    assert len({e.stem for e in entries}) == len(entries)


def test_every_layout_is_documented_with_its_sources() -> None:
    sources = (CORPUS / "SOURCES.md").read_text("utf-8")
    listed = set(re.findall(r"^\| (S\d\d) \|", sources, flags=re.M))
    for layout in LAYOUTS:
        assert f"| `{layout.name}` |" in sources, layout.name
        assert set(layout.sources) <= listed, (layout.name, layout.sources)


def test_commune_2026_units_file_is_valid() -> None:
    units = UnitsFile.model_validate(
        yaml.safe_load((CORPUS / "units-lac-hung-dong.yaml").read_text("utf-8"))
    )
    assert all(unit.id.startswith("lhd-") for unit in units.units)


@pytest.mark.parametrize(
    ("name", "truth"), _truths(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_truth_follows_the_contract(name: str, truth: dict[str, Any], samples_dir: Path) -> None:
    assert set(truth) == TRUTH_KEYS
    fields = truth["fields"]
    assert tuple(fields) == FIELD_KEYS
    assert truth["kind"] in ONLY and truth["layout"] in MODULES and truth["source"] is None
    assert truth["unit_id"] in _unit_ids(samples_dir)
    assert truth["unit_id"].startswith("lhd-") == ("commune_2026" in truth["traits"])
    other = "report" if truth["kind"] == "registration" else "registration"
    assert all(fields[key] is None for key in ONLY[other]), "a field of the other kind is set"
    for key, allowed in ENUMS.items():
        assert fields[key] is None or fields[key] in allowed
    assert fields["phone"] is None or re.fullmatch(r"0\d{9,10}", fields["phone"])
    if fields["signed_date"] is not None:
        date.fromisoformat(fields["signed_date"])
    for key in ("participants", "funds_vnd"):
        assert fields[key] is None or (isinstance(fields[key], int) and fields[key] > 0)
    for key, value in fields.items():
        if isinstance(value, str):
            assert value == unicodedata.normalize("NFC", value)
            assert value == " ".join(value.split()) and value, key
            if key in SHORT:  # no surrounding quotes (inner quoted words may end it)
                assert value[0] not in "\"“'" and value[-1] not in ".,;:", key
    assert all(
        isinstance(v, list) and all(isinstance(a, str) for a in v) for v in truth["alt"].values()
    )
    assert set(truth["alt"]) <= set(FIELD_KEYS)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_rendered_documents_match_their_truth(layout: Layout) -> None:
    """The committed truth is what the layout renders now, and its values are in the text."""
    for entry in layout.entries:
        document, truth = layout.render(entry.values)
        data = truth_json(Built(entry, layout, truth, []))
        committed = json.loads((TRUTH_DIR / f"{entry.stem}.truth.json").read_text("utf-8"))
        assert data == committed, f"{entry.stem}: run python -m corpus.build --update-truth"
        text = _fold(_docx_text(docxkit.save(document)))
        fields = data["fields"]
        for key in SHORT:
            if fields[key] is not None:
                forms = [fields[key], *data["alt"].get(key, [])]
                assert any(_fold(f) in text for f in forms), (entry.stem, key, fields[key])
        for key in ("content", "results"):
            if fields[key] is not None:
                assert _fold(fields[key]) in text or any(
                    _fold(a) in text for a in data["alt"].get(key, [])
                ), (entry.stem, key)
        if fields["phone"]:
            assert fields["phone"][1:] in re.sub(r"\D", "", text), entry.stem
        if fields["signed_date"]:
            year, month, day = map(int, fields["signed_date"].split("-"))
            assert re.search(rf"ngày 0?{day} tháng 0?{month} năm {year}", text), entry.stem


def test_build_produces_every_listed_variant(tmp_path: Path) -> None:
    """One layout with a scan, a photo and a TCVN3 .doc, built for real with LibreOffice."""
    if shutil.which("soffice") is None:
        unavailable("LibreOffice (soffice) is not installed: cannot build the corpus")
    built = build(tmp_path, ["nd98_canhan"])
    pairs = load_truths(tmp_path)
    assert len(pairs) == sum(len(b.files) for b in built) >= 9
    for b in built:
        truth = json.loads((tmp_path / f"{b.entry.stem}.truth.json").read_text("utf-8"))
        assert truth["files"] == b.files and all((tmp_path / f).stat().st_size for f in b.files)
        model = b.truth.fields["model_name"]
        with pdfium.PdfDocument(tmp_path / f"{b.entry.stem}.pdf") as pdf:
            layer = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
            pages = len(pdf)
        assert _fold(model) in _fold(layer.replace("\r\n", " "))
        for name in b.files:
            if name.endswith("-scan.pdf"):
                with pdfium.PdfDocument(tmp_path / name) as scan:
                    assert len(scan) == pages
                    assert not scan[0].get_textpage().get_text_range().strip()
            if name.endswith(".jpg"):  # the whole portrait page, not a crop of it
                width, height = Image.open(tmp_path / name).size
                assert width > 1000 and height > 1.25 * width
            if name.endswith("-tcvn3.doc"):
                raw = (tmp_path / name).read_bytes()
                assert ".VnTime".encode("utf-16-le") in raw
                assert "Đơn vị".encode("utf-16-le") not in raw  # not Unicode any more
