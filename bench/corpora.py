"""Write scoring corpora to disk, in the samples' truth format, so `dvk score` measures them all.

    .venv/bin/python -m bench.corpora generated OUT [--seeds 0:200] [--pdf]
    .venv/bin/python -m bench.corpora scans SRC OUT [--limit N]

`generated` draws forms from the generator of unseen layouts (tests/fixtures/forms.py), one
`.truth.json` per seed (layout `gen-<layout>`), with the .docx and, with `--pdf`, the same form
rendered by LibreOffice. `scans` prints and scans every document of a scored folder (300 dpi,
turned 1°, as an image PDF) and photographs the one-page ones (200 dpi, shaded corner, turned 2°,
blurred, JPEG 70), writing truth files whose `source` is `scan` or `photo`.
Then: `.venv/bin/dvk score OUT --calibration`.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter

from documents.contract import FIELD_KEYS

OCR_DPI = 300


def scanned(data: bytes, angle: float = 1.0) -> bytes:
    """The PDF printed and scanned: pages rendered at 300 dpi, turned a little, as image PDF."""
    pdf = pdfium.PdfDocument(data)
    pages = [
        page.render(scale=OCR_DPI / 72, grayscale=True)
        .to_pil()
        .rotate(angle, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
        for page in pdf
    ]
    pdf.close()
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", resolution=300, save_all=True, append_images=pages[1:])
    return buffer.getvalue()


def photographed(data: bytes) -> bytes:
    """The (one-page) form photographed by a phone: 200 dpi, one corner in shade, turned 2°,
    slightly blurred, JPEG quality 70."""
    pdf = pdfium.PdfDocument(data)
    page = pdf[0].render(scale=200 / 72, grayscale=True).to_pil()
    pdf.close()
    ramp = Image.linear_gradient("L")
    corner = ImageChops.screen(ramp, ramp.transpose(Image.Transpose.ROTATE_90))  # soft shade
    light = corner.resize(page.size).point(lambda p: 70 + p * 0.7)
    photo = ImageChops.multiply(page, light).rotate(-2, expand=True, fillcolor=200)
    buffer = io.BytesIO()
    photo.filter(ImageFilter.GaussianBlur(0.8)).save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


def to_pdf(paths: list[Path], outdir: Path) -> None:
    """Render Word files to PDF with one LibreOffice run (its own profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="dvk-corpora-") as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(outdir), *map(str, paths)],
            check=True, capture_output=True, timeout=900,
        )  # fmt: skip


def _truth(fields: dict[str, Any], kind: str, layout: str, files: list[str], **extra: Any) -> dict[str, Any]:  # fmt: skip
    return {
        "kind": kind,
        "fields": {k: fields.get(k) for k in FIELD_KEYS},
        "layout": layout,
        "source": extra.pop("source", None),
        "files": files,
        **extra,
    }


def write_generated(out: Path, seeds: range, pdf: bool) -> int:
    from tests.fixtures.forms import generate

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for seed in seeds:
        case = generate(seed)
        stem = f"gen-{seed:04d}"
        (out / f"{stem}.docx").write_bytes(case.data)
        # Wingdings is not installed here: LibreOffice would drop those check boxes from the PDF
        render = pdf and case.traits["check"] not in ("wingdings_pua", "wingdings_sym")
        files = [f"{stem}.docx"] + ([f"{stem}.pdf"] if render else [])
        truth = _truth(case.expected, case.kind, f"gen-{case.traits['layout']}", files,
                       traits=sorted(f"{k}={v}" for k, v in case.traits.items()))  # fmt: skip
        (out / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
        if render:
            written.append(out / f"{stem}.docx")
    if written:
        to_pdf(written, out)
    return len(seeds)


def write_scans(src: Path, out: Path, limit: int | None = None) -> int:
    """Scan and photo variants of every document of `src` that has (or can be given) a PDF."""
    out.mkdir(parents=True, exist_ok=True)
    truths = sorted(src.glob("*.truth.json"))[:limit]
    need_pdf: list[Path] = []
    chosen: list[tuple[Path, dict[str, Any], Path]] = []
    for truth_path in truths:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        files = [src / f for f in truth.get("files") or [] if (src / f).exists()]
        pdfs = [f for f in files if f.suffix == ".pdf"]
        if pdfs:
            chosen.append((truth_path, truth, pdfs[0]))
            continue
        words = [f for f in files if f.suffix in (".docx", ".doc", ".odt")]
        if words:
            need_pdf.append(words[0])
            chosen.append((truth_path, truth, out / (words[0].stem + ".pdf")))
    if need_pdf:
        to_pdf(need_pdf, out)
    count = 0
    for truth_path, truth, pdf_path in chosen:
        data = pdf_path.read_bytes()
        stem = truth_path.name.removesuffix(".truth.json")
        variants = [("scan", f"{stem}-scan.pdf", scanned(data))]
        if len(pdfium.PdfDocument(data)) == 1:  # a phone photo is of one page
            variants.append(("photo", f"{stem}-photo.jpg", photographed(data)))
        for source, name, blob in variants:
            (out / name).write_bytes(blob)
            variant = {**truth, "files": [name], "source": source}
            path = out / f"{stem}-{source}.truth.json"
            path.write_text(json.dumps(variant, ensure_ascii=False, indent=1))
            count += 1
    for made in out.glob("*.pdf"):
        if not made.name.endswith("-scan.pdf"):
            made.unlink()  # intermediate renders of Word-only documents
    return count


def _seeds(text: str) -> range:
    start, _, stop = text.partition(":")
    return range(int(start), int(stop)) if stop else range(int(start))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    gen = sub.add_parser("generated", help="forms from tests/fixtures/forms.py")
    gen.add_argument("out", type=Path)
    gen.add_argument("--seeds", default="0:200", help="START:STOP (or a count)")
    gen.add_argument("--pdf", action="store_true", help="also render each form to PDF")
    scans = sub.add_parser("scans", help="scan and photo variants of a scored folder")
    scans.add_argument("src", type=Path)
    scans.add_argument("out", type=Path)
    scans.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if args.what == "generated":
        count = write_generated(args.out, _seeds(args.seeds), args.pdf)
    else:
        count = write_scans(args.src, args.out, args.limit)
    print(f"{count} truth files written to {args.out}")


if __name__ == "__main__":
    main()
