"""Forms in layouts and wordings the samples lack (tests/fixtures/forms.py), read end to end.

Each seed draws a layout (lines, two- and three-column tables, label and value in one cell, a
text box), label synonyms and typos, numbering or none, a separator (colon, tab, dotted
leaders), a check-box style (☒ before or after, [x], Wingdings, content controls, a typed X,
the chosen word only) and the unit either labelled or only in the header.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from documents.contract import FIELD_KEYS
from documents.extraction import extract
from documents.extraction.scoring import value_matches
from tests.conftest import unavailable
from tests.fixtures.forms import CHECK_STYLES, LAYOUTS, FormCase, generate

SEEDS = range(200)


def _mismatches(case: FormCase, data: bytes, name: str) -> list[str]:
    result = extract(data, name)
    errors = []
    if result.kind.value != case.kind:
        errors.append(f"kind {result.kind.value} != {case.kind}")
    for key in FIELD_KEYS:
        want, got = case.expected.get(key), result.fields.get(key)
        if not value_matches(key, want, got):
            errors.append(f"{key}: got {got!r}, want {want!r}")
    return errors


def test_generator_covers_every_layout_and_checkbox_style() -> None:
    cases = [generate(seed) for seed in SEEDS]
    assert {c.traits["layout"] for c in cases} == {*LAYOUTS, "prose"}
    assert {c.traits["check"] for c in cases} == set(CHECK_STYLES)
    assert {c.kind for c in cases} == {"registration", "report"}
    assert {c.traits["unit_labelled"] for c in cases} == {True, False}
    assert {c.traits["leader"] for c in cases} == {"separate", "combined", "signature"}
    assert any(c.traits["prose"] for c in cases) and any(c.traits["blank_day"] for c in cases)


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_docx_form(seed: int) -> None:
    case = generate(seed)
    assert _mismatches(case, case.data, f"form-{seed}.docx") == [], case.traits


PDF_SEEDS = [
    s for s in range(40) if generate(s).traits["check"] not in ("wingdings_pua", "wingdings_sym")
]


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same forms rendered to PDF by LibreOffice (one run for all of them)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        unavailable("LibreOffice (soffice) is not installed: cannot render PDFs")
    folder = tmp_path_factory.mktemp("generated-pdf")
    for seed in PDF_SEEDS:
        (folder / f"form-{seed:03d}.docx").write_bytes(generate(seed).data)
    subprocess.run(
        [str(soffice), f"-env:UserInstallation=file://{folder}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder),
         *sorted(str(p) for p in folder.glob("*.docx"))],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("seed", PDF_SEEDS)
def test_generated_form_as_text_pdf(seed: int, pdf_dir: Path) -> None:
    """Wingdings styles are left out: the font is not installed, so their PDF glyphs are lost."""
    case = generate(seed)
    data = (pdf_dir / f"form-{seed:03d}.pdf").read_bytes()
    assert _mismatches(case, data, f"form-{seed}.pdf") == [], case.traits
