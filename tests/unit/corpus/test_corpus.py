"""The corpus cannot rot: its truth files follow the contract, name real units, match what the
layouts render, and the build really produces every variant the truth lists. Every check runs on
every set the kit builds: the corpus (`corpus/layouts`), the held-out set (`corpus/heldout`), the
second held-out set (`corpus/heldout2`), the third (`corpus/heldout3`), the fourth
(`corpus/heldout4`), the fifth (`corpus/heldout5`), the sixth (`corpus/heldout6`), the seventh
(`corpus/heldout7`), the eighth (`corpus/heldout8`), the ninth (`corpus/heldout9`), the tenth
(`corpus/heldout10`), the eleventh (`corpus/heldout11`), the twelfth (`corpus/heldout12`), the thirteenth
(`corpus/heldout13`), the fourteenth (`corpus/heldout14`), the fifteenth (`corpus/heldout15`),
the sixteenth (`corpus/heldout16`) and the seventeenth (`corpus/heldout17`)."""

from __future__ import annotations

import io
import itertools
import json
import re
import shutil
import unicodedata
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pypdfium2 as pdfium
import pytest
import yaml
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from PIL import Image

from corpus import docxkit
from corpus.build import (
    HELDOUT,
    HELDOUT2,
    HELDOUT3,
    HELDOUT4,
    HELDOUT5,
    HELDOUT6,
    HELDOUT7,
    HELDOUT8,
    HELDOUT9,
    HELDOUT10,
    HELDOUT11,
    HELDOUT12,
    HELDOUT13,
    HELDOUT14,
    HELDOUT15,
    HELDOUT16,
    HELDOUT17,
    MAIN,
    Built,
    CorpusSet,
    build,
    truth_json,
)
from corpus.build import (
    SETS as ALL_SETS,
)
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
SETS = tuple(ALL_SETS.values())
LAYOUTS = [(s, layout) for s in SETS for layout in s.load(s.modules)]
#: Units files of the communes after the 2025 reform, by the prefix of their ids.
COMMUNES_2026 = {
    "lhd-": CORPUS / "units-lac-hung-dong.yaml",
    "plt-": CORPUS / "heldout" / "units-phu-lac-tay.yaml",
    "kbn-": CORPUS / "heldout2" / "units-kim-binh-nam.yaml",
    "ytb-": CORPUS / "heldout3" / "units-yen-thach-bac.yaml",
    "ebl-": CORPUS / "heldout4" / "units-ea-blong.yaml",
    "vpd-": CORPUS / "heldout5" / "units-vinh-phong-dong.yaml",
    "kxa-": CORPUS / "heldout6" / "units-khuoi-xa.yaml",
    "hlh-": CORPUS / "heldout7" / "units-hoa-loc-hai.yaml",
    "tdn-": CORPUS / "heldout8" / "units-tan-duc-nam.yaml",
    "tts-": CORPUS / "heldout9" / "units-tan-thanh-soc.yaml",
    "hlc-": CORPUS / "heldout10" / "units-huoi-lech.yaml",
    "tbg-": CORPUS / "heldout11" / "units-ta-bo-giang.yaml",
    "bst-": CORPUS / "heldout12" / "units-bao-sen-tay.yaml",
    "mld-": CORPUS / "heldout13" / "units-my-lam-dong.yaml",
    "kmd-": CORPUS / "heldout14" / "units-khe-may-dong.yaml",
    "gso-": CORPUS / "heldout15" / "units-giong-sao.yaml",
    "pnh-": CORPUS / "heldout16" / "units-pac-na-hin.yaml",
    "pmt-": CORPUS / "heldout17" / "units-phu-ma-thuong.yaml",
}


def _truths() -> list[tuple[str, CorpusSet, dict[str, Any]]]:
    return [
        (p.name, s, json.loads(p.read_text("utf-8")))
        for s in SETS
        for p in sorted(s.truth_dir.glob("*.json"))
    ]


def _unit_ids(samples_dir: Path) -> set[str]:
    ids = set()
    for path in (samples_dir / "units.yaml", *COMMUNES_2026.values()):
        units = UnitsFile.model_validate(yaml.safe_load(path.read_text("utf-8")))
        ids |= {unit.id for unit in units.units}
    return ids


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"\s+", " ", re.sub(r"[\"“”]", "", text)).strip()


def _docx_text(data: bytes) -> str:
    """Every paragraph in document order, tables included (merged cells once), then those of
    the page headers, footers and footnotes (where a letterhead or a date line may live)."""
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    lines = [Paragraph(p, document.part).text for p in body.iter(qn("w:p"))]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist()):
            if re.fullmatch(r"word/(header\d*|footer\d*|footnotes)\.xml", name):
                root = parse_xml(archive.read(name))
                lines += [
                    "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in root.iter(qn("w:p"))
                ]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("corpus_set", "least"),
    [(s, 12 if s is MAIN else 6) for s in SETS],
    ids=lambda v: getattr(v, "name", ""),
)
def test_corpus_size_and_variety(corpus_set: CorpusSet, least: int) -> None:
    layouts = corpus_set.load(corpus_set.modules)
    entries = [e for layout in layouts for e in layout.entries]
    assert len(layouts) >= least
    assert all(len(layout.entries) >= 3 for layout in layouts)
    assert {layout.kind for layout in layouts} == {"registration", "report"}
    variants = [v for e in entries for v in e.variants]
    assert set(variants) <= set(VARIANTS)
    assert all({"scan", "photo"} & set(e.variants) for e in entries)
    assert variants.count("tcvn3-doc") >= 1 and variants.count("doc") >= 3
    assert len({e.stem for e in entries}) == len(entries)


#: Every pair of sets, each held-out set against every set written before it.
SET_PAIRS = list(itertools.combinations(SETS, 2))


@pytest.mark.parametrize(
    ("seen", "held_out"),
    SET_PAIRS,
    ids=[held.name if seen is MAIN else f"{held.name}-vs-{seen.name}" for seen, held in SET_PAIRS],
)
def test_the_held_out_sets_are_apart(seen: CorpusSet, held_out: CorpusSet) -> None:
    """No layout name, file stem or truth file is shared: a held-out set stays unseen."""
    known = seen.load(seen.modules)
    held = held_out.load(held_out.modules)
    assert not {layout.name for layout in known} & {layout.name for layout in held}
    stems = {e.stem for layout in known for e in layout.entries}
    assert not stems & {e.stem for layout in held for e in layout.entries}
    assert not {p.name for p in seen.truth_dir.glob("*.json")} & {
        p.name for p in held_out.truth_dir.glob("*.json")
    }


@pytest.mark.parametrize(
    ("corpus_set", "sources", "pattern"),
    [
        (MAIN, CORPUS / "SOURCES.md", r"^\| (S\d\d) \|"),
        (HELDOUT, CORPUS / "heldout" / "SOURCES.md", r"^\| (H\d\d) \|"),
        (HELDOUT2, CORPUS / "heldout2" / "SOURCES.md", r"^\| (G\d\d) \|"),
        (HELDOUT3, CORPUS / "heldout3" / "SOURCES.md", r"^\| (K\d\d) \|"),
        (HELDOUT4, CORPUS / "heldout4" / "SOURCES.md", r"^\| (N\d\d) \|"),
        (HELDOUT5, CORPUS / "heldout5" / "SOURCES.md", r"^\| (E\d\d) \|"),
        (HELDOUT6, CORPUS / "heldout6" / "SOURCES.md", r"^\| (T\d\d) \|"),
        (HELDOUT7, CORPUS / "heldout7" / "SOURCES.md", r"^\| (D\d\d) \|"),
        (HELDOUT8, CORPUS / "heldout8" / "SOURCES.md", r"^\| (B\d\d) \|"),
        (HELDOUT9, CORPUS / "heldout9" / "SOURCES.md", r"^\| (V\d\d) \|"),
        (HELDOUT10, CORPUS / "heldout10" / "SOURCES.md", r"^\| (X\d\d) \|"),
        (HELDOUT11, CORPUS / "heldout11" / "SOURCES.md", r"^\| (Q\d\d) \|"),
        (HELDOUT12, CORPUS / "heldout12" / "SOURCES.md", r"^\| (Z\d\d) \|"),
        (HELDOUT13, CORPUS / "heldout13" / "SOURCES.md", r"^\| (Y\d\d) \|"),
        (HELDOUT14, CORPUS / "heldout14" / "SOURCES.md", r"^\| (W\d\d) \|"),
        (HELDOUT15, CORPUS / "heldout15" / "SOURCES.md", r"^\| (U\d\d) \|"),
        (HELDOUT16, CORPUS / "heldout16" / "SOURCES.md", r"^\| (S\d\d) \|"),
        (HELDOUT17, CORPUS / "heldout17" / "SOURCES.md", r"^\| (S\d\d) \|"),
    ],
    ids=(
        "corpus",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
    ),
)
def test_every_layout_is_documented_with_its_sources(
    corpus_set: CorpusSet, sources: Path, pattern: str
) -> None:
    text = sources.read_text("utf-8")
    listed = set(re.findall(pattern, text, flags=re.M))
    for layout in corpus_set.load(corpus_set.modules):
        assert f"| `{layout.name}` |" in text, layout.name
        assert layout.sources and set(layout.sources) <= listed, (layout.name, layout.sources)


@pytest.mark.parametrize(("prefix", "path"), sorted(COMMUNES_2026.items()))
def test_commune_2026_units_file_is_valid(prefix: str, path: Path) -> None:
    units = UnitsFile.model_validate(yaml.safe_load(path.read_text("utf-8")))
    assert all(unit.id.startswith(prefix) for unit in units.units)


@pytest.mark.parametrize(
    ("name", "corpus_set", "truth"), _truths(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_truth_follows_the_contract(
    name: str, corpus_set: CorpusSet, truth: dict[str, Any], samples_dir: Path
) -> None:
    assert set(truth) == TRUTH_KEYS
    fields = truth["fields"]
    assert tuple(fields) == FIELD_KEYS
    assert truth["kind"] in ONLY and truth["source"] is None
    assert truth["layout"] in corpus_set.modules
    assert truth["unit_id"] in _unit_ids(samples_dir)
    new_commune = truth["unit_id"].startswith(tuple(COMMUNES_2026))
    assert new_commune == ("commune_2026" in truth["traits"])
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


@pytest.mark.parametrize(
    ("corpus_set", "layout"), LAYOUTS, ids=lambda v: getattr(v, "name", "") or str(v)
)
def test_rendered_documents_match_their_truth(corpus_set: CorpusSet, layout: Layout) -> None:
    """The committed truth is what the layout renders now, and its values are in the text."""
    for entry in layout.entries:
        document, truth = layout.render(entry.values)
        data = truth_json(Built(entry, layout, truth, []))
        reviewed = corpus_set.truth_dir / f"{entry.stem}.truth.json"
        committed = json.loads(reviewed.read_text("utf-8"))
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
            blank = r"[\s….]*"  # a date written into a printed "ngày …… tháng ……"
            assert re.search(
                rf"ngày{blank}0?{day}{blank}tháng{blank}0?{month}{blank}năm{blank}{year}", text
            ), entry.stem


@pytest.mark.parametrize(
    ("corpus_set", "layout"),
    [
        (MAIN, "nd98_canhan"),
        (HELDOUT, "dangky_thidua_coquan"),
        (HELDOUT2, "congvan_baocao"),
        (HELDOUT3, "phunu_phieu_2trang"),
        (HELDOUT4, "bienban_hop"),
        (HELDOUT5, "nct_cauhoi"),
        (HELDOUT6, "laykien_khaosat"),
        (HELDOUT7, "dean_mohinh"),
        (HELDOUT8, "tongket_5nam"),
        (HELDOUT9, "phucdap_congvan"),
        (HELDOUT10, "phongvan_bantin"),
        (HELDOUT11, "totrinh_congnhan"),
        (HELDOUT12, "hoidap_tuyentruyen"),
        (HELDOUT13, "quyche_dieu"),
        (HELDOUT14, "phieutrinh_pheduyet"),
        (HELDOUT15, "nghiquyet_chibo"),
        (HELDOUT16, "camket_dangvien"),
        (HELDOUT17, "thuhoach_lienhe"),
    ],
    ids=(
        "corpus",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
    ),
)
def test_build_produces_every_listed_variant(
    tmp_path: Path, corpus_set: CorpusSet, layout: str
) -> None:
    """One layout with a scan, a photo and a TCVN3 .doc, built for real with LibreOffice."""
    if shutil.which("soffice") is None:
        unavailable("LibreOffice (soffice) is not installed: cannot build the corpus")
    built = build(tmp_path, [layout], corpus_set=corpus_set)
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
