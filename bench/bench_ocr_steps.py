"""Each OCR step measured on its own: field accuracy and seconds per page with and without it.

Run: `.venv/bin/python -m bench.bench_ocr_steps [--docs N]`. It prints and scans N sample and
realforms PDFs (300 dpi, turned 1°), photographs them (200 dpi, shade, 2°, blur, JPEG 70) and
stamps the photos (a red seal and a blue signature over the signature block), then reads every
variant with all steps on, and once more with each step switched off (or on, for the ones that
are off by default), printing one table: step, fields right, accuracy, seconds per page.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.corpora import photographed, scanned
from documents.config_files import load_units_file
from documents.extraction import extract, ocr
from documents.extraction.accents import use_campaign_words
from documents.extraction.scoring import compare_document

Variant = tuple[str, str, bytes, dict[str, Any]]  # (name, kind of page, bytes, truth)


def stamped(data: bytes) -> bytes:
    """A colour phone photo of the form with a red seal and a blue signature over the signer."""
    pdf = pdfium.PdfDocument(data)
    page = pdf[len(pdf) - 1].render(scale=200 / 72).to_pil().convert("RGB")
    pdf.close()
    draw = ImageDraw.Draw(page)
    w, h = page.size
    cx, cy, r = int(0.68 * w), int(0.78 * h), int(0.085 * w)
    for k in range(3):
        draw.ellipse((cx - r + k * 9, cy - r + k * 9, cx + r - k * 9, cy + r - k * 9),
                     outline=(205, 30, 40), width=5)  # fmt: skip
    points = [(int(0.6 * w + i * 9), int(0.82 * h + 25 * math.sin(i / 2.5))) for i in range(40)]
    draw.line(points, fill=(30, 50, 170), width=5)
    shade = Image.linear_gradient("L").resize(page.size).point(lambda p: 150 + p * 0.4)
    photo = ImageChops.multiply(page, Image.merge("RGB", (shade, shade, shade)))
    photo = photo.rotate(-1.5, expand=True, fillcolor=(200, 200, 200))
    buffer = io.BytesIO()
    photo.filter(ImageFilter.GaussianBlur(0.7)).save(buffer, "JPEG", quality=75)
    return buffer.getvalue()


def variants(count: int) -> list[Variant]:
    shared = Path(os.environ.get("DVK_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))
    folders = [shared / "samples" / "documents", shared / "samples" / "realforms"]
    pdfs: list[tuple[Path, dict[str, Any]]] = []
    for step, folder in zip((3, 1), folders, strict=True):
        for truth_path in sorted(folder.glob("*.truth.json"))[::step]:
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            pdf = [folder / f for f in truth["files"] if f.endswith(".pdf")]
            if pdf:
                pdfs.append((pdf[0], truth))
    chosen = pdfs[: count // 2] + pdfs[len(pdfs) - (count - count // 2) :]
    out: list[Variant] = []
    for path, truth in chosen:
        data = path.read_bytes()
        out.append((path.stem + "-scan.pdf", "scan", scanned(data), truth))
        if len(pdfium.PdfDocument(data)) == 1:
            out.append((path.stem + "-photo.jpg", "photo", photographed(data), truth))
            out.append((path.stem + "-stamped.jpg", "stamped", stamped(data), truth))
    return out


IMAGE_SUFFIXES = ("-scan.pdf", "-photo.jpg", "-photo.pdf", ".jpg", ".jpeg", ".png", ".tif")


def folder_variants(folders: list[Path], kinds: set[str] | None = None) -> list[Variant]:
    """The scans and photos of scored folders (`corpus/out`, `bench.corpora scans` output):
    every file a truth lists whose name marks it as an image."""
    out: list[Variant] = []
    for folder in folders:
        for truth_path in sorted(folder.glob("*.truth.json")):
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            for name in truth["files"]:
                if not name.endswith(IMAGE_SUFFIXES):
                    continue
                kind = "scan" if "scan" in name else "photo"
                if kinds is None or kind in kinds:
                    out.append((name, kind, (folder / name).read_bytes(), truth))
    return out


def pages(data: bytes) -> int:
    return len(pdfium.PdfDocument(data)) if data[:4] == b"%PDF" else 1


def measure(
    steps: ocr.Steps, items: list[Variant], phrases: Sequence[str] = ()
) -> tuple[int, int, float, dict[str, float]]:
    """(fields right, fields, median seconds per page, accuracy per kind of page)."""
    right = total = 0
    seconds: list[float] = []
    per_kind: dict[str, list[int]] = {}
    with ocr.using(steps), use_campaign_words(phrases):
        for name, kind, data, truth in items:
            start = time.perf_counter()
            result = extract(data, name)
            seconds.append((time.perf_counter() - start) / pages(data))
            outcomes = compare_document(truth, result.as_json(file=name), name)
            ok = sum(o.ok for o in outcomes)
            right, total = right + ok, total + len(outcomes)
            tally = per_kind.setdefault(kind, [0, 0])
            tally[0], tally[1] = tally[0] + ok, tally[1] + len(outcomes)
    kinds = {k: v[0] / v[1] for k, v in per_kind.items()}
    return right, total, statistics.median(seconds), kinds


def unit_words() -> str:
    """The words of the sample units file, one per line, for `--user-words`."""
    import yaml

    shared = Path(os.environ.get("DVK_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))
    units = yaml.safe_load((shared / "samples" / "units.yaml").read_text(encoding="utf-8"))
    words: set[str] = set()
    for unit in units["units"]:
        for name in [unit["name"], *(unit.get("aliases") or [])]:
            words.update(w.strip(",.()") for w in str(name).split())
    folder = Path(tempfile.mkdtemp(prefix="dvk-words-"))
    path = folder / "units.words"
    path.write_text("\n".join(sorted(w for w in words if w)) + "\n", encoding="utf-8")
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=6)
    parser.add_argument(
        "--folder", type=Path, action="append",
        help="measure on the scans and photos of this scored folder instead (e.g. corpus/out)",
    )  # fmt: skip
    parser.add_argument("--kind", choices=("scan", "photo"), help="only this kind of page")
    parser.add_argument("--only", action="append", help="only configurations containing this")
    parser.add_argument(
        "--units", type=Path, action="append", default=[],
        help="units file(s) whose names the diacritics stage mends towards (as `dvk score --units`)",
    )  # fmt: skip
    args = parser.parse_args()
    phrases = [p for path in args.units for p in load_units_file(path).phrases()]
    wanted = {args.kind} if args.kind else None
    items = folder_variants(args.folder, wanted) if args.folder else variants(args.docs)
    if wanted and not args.folder:
        items = [item for item in items if item[1] in wanted]
    base = ocr.Steps()
    configs = [
        ("all steps (default)", base),
        ("- sheet flattening", replace(base, flatten=False)),
        ("+ grey rules (threshold 110)", replace(base, rule_dark=ocr.SCAN_RULE_DARK)),
        ("+ table cells from rules", replace(base, rule_dark=ocr.SCAN_RULE_DARK, table_cells=True)),
        ("- red/blue ink removal", replace(base, colour_ink=False)),
        ("- despeckle", replace(base, despeckle=False)),
        ("- deskew", replace(base, deskew=False)),
        ("- table rule removal", replace(base, remove_rules=False)),
        ("+ contrast stretch", replace(base, contrast=True)),
        ("- diacritics mended", replace(base, accents=False)),
        ("- Vietnamese dictionary", replace(base, dictionary=False)),
        ("+ user words (units file)", replace(base, user_words=unit_words())),
        ("psm 3 (automatic regions)", replace(base, psm=3)),
        ("Otsu (global) threshold", replace(base, threshold=0)),
        ("adaptive Otsu threshold", replace(base, threshold=1)),
    ]
    if args.only:
        configs = [c for c in configs if any(o in c[0] for o in args.only)]
    kinds = sorted({k for _, k, _, _ in items})
    print(
        f"{len(items)} files: "
        + ", ".join(f"{sum(1 for i in items if i[1] == k)} {k}" for k in kinds)
    )
    print(
        f"{'configuration':28s} {'fields':>9s} {'acc.':>6s} "
        + " ".join(f"{k:>8s}" for k in kinds)
        + "  s/page"
    )
    for label, steps in configs:
        right, total, seconds, per_kind = measure(steps, items, phrases)
        cells = " ".join(f"{per_kind.get(k, 0):8.3f}" for k in kinds)
        print(
            f"{label:28s} {right:4d}/{total:<4d} {right / total:6.3f} {cells}  {seconds:5.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
