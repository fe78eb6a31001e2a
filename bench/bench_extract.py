"""Extraction speed next to the bare library floors, OCR per page, and the sandbox's overhead.

Run: `.venv/bin/python -m bench.bench_extract` (add `--quality` for field accuracy of the
samples as text, scans, photos, .doc and .odt) (uses /work/shared/samples/documents, or
DVK_SHARED_DIR, or generated forms when the samples are absent). Targets: docx ≤ 2× the
python-docx floor, text PDF ≤ 1.5× the pdfplumber floor, OCR ≤ 2.5 s per A4 page at 300 dpi,
two pages on two cores close to 2× faster. Also the cost of the commune's words (units'
names and contacts) the sandboxed reader mends OCR text towards: building their lexicon for 60
and 1,000 units, and a scanned page with and without them.
"""

from __future__ import annotations

import difflib
import io
import json
import os
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docx
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image

from bench.corpora import photographed, scanned
from documents.extraction import extract, ocr, sandbox

Sample = tuple[str, bytes]


def _samples_dir() -> Path | None:
    root = Path(os.environ.get("DVK_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))
    folder = root / "samples" / "documents"
    return folder if folder.is_dir() else None


def _generated() -> tuple[list[Sample], list[Sample]]:
    """A handful of forms made here (python-docx, then LibreOffice for the PDF)."""
    from documents.extraction.legacy_doc import convert

    docs: list[Sample] = []
    pdfs: list[Sample] = []
    for number in range(5):
        document = docx.Document()
        document.add_paragraph("ĐẢNG BỘ XÃ NGHĨA THÁI")
        document.add_paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024")
        for label, value in (
            ("Tên đơn vị", f"Chi bộ xóm {number + 1}"),
            ("Tên mô hình", "Dân vận khéo trong xây dựng đường giao thông"),
            ("Người phụ trách", "Nguyễn Văn Bình"),
            ("Điện thoại", "0912345678"),
        ):
            document.add_paragraph(f"{label}: {value}")
        buffer = io.BytesIO()
        document.save(buffer)
        docs.append((f"gen{number}.docx", buffer.getvalue()))
        pdfs.append((f"gen{number}.pdf", convert(buffer.getvalue(), ".docx", "pdf")))
    return docs, pdfs


def load_samples() -> tuple[list[Sample], list[Sample], str]:
    folder = _samples_dir()
    if folder is None:
        docs, pdfs = _generated()
        return docs, pdfs, "generated forms"
    docs = [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.docx"))]
    pdfs = [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.pdf"))]
    return docs, pdfs, str(folder)


def median_ms(samples: list[Sample], run: Callable[[Sample], object], rounds: int = 5) -> float:
    """Median time of one document, over `rounds` passes of every sample (first pass warms)."""
    for sample in samples:
        run(sample)
    times: list[float] = []
    for _ in range(rounds):
        for sample in samples:
            start = time.perf_counter()
            run(sample)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def docx_floor(sample: Sample) -> None:
    document = docx.Document(io.BytesIO(sample[1]))
    for paragraph in document.paragraphs:
        _ = paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                _ = cell.text


def pdf_floor(sample: Sample) -> None:
    with pdfplumber.open(io.BytesIO(sample[1])) as pdf:
        for page in pdf.pages:
            page.extract_text()


def run_extract(sample: Sample) -> None:
    extract(sample[1], sample[0])


def run_sandboxed(sample: Sample) -> None:
    sandbox.extract_in_sandbox(sample[1], sample[0], timeout=60, memory_mb=1024)


def sandbox_overhead(samples: list[Sample], rounds: int = 3) -> tuple[float, float]:
    """Median ms per document through the sandbox and in process, measured alternately so
    that load from other processes hits both the same way."""
    run_sandboxed(samples[0])
    inside: list[float] = []
    outside: list[float] = []
    for _ in range(rounds):
        for sample in samples:
            start = time.perf_counter()
            run_sandboxed(sample)
            inside.append(time.perf_counter() - start)
            start = time.perf_counter()
            run_extract(sample)
            outside.append(time.perf_counter() - start)
    return statistics.median(inside) * 1000, statistics.median(outside) * 1000


def sandbox_throughput(samples: list[Sample], callers: int = 2) -> float:
    """Documents per second with `callers` threads, each using its own warm worker."""
    sandbox.prestart(callers, 1024)
    work = samples * 2
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=callers) as pool:
        list(pool.map(run_sandboxed, work))
    return len(work) / (time.perf_counter() - start)


def a4_pages(pdfs: list[Sample], count: int) -> list[Image.Image]:
    pages: list[Image.Image] = []
    for _, data in pdfs[:count]:
        pdf = pdfium.PdfDocument(data)
        pages.append(pdf[0].render(scale=ocr.OCR_DPI / 72, grayscale=True).to_pil())
        pdf.close()
    return pages


def bench_ocr(pdfs: list[Sample]) -> tuple[float, float]:
    """(seconds per page, one page at a time; seconds per page, two pages on two workers)."""
    first, second = a4_pages(pdfs, 2)
    single = []
    for page in (first, second, first):
        start = time.perf_counter()
        ocr.ocr_images([page], "image-ocr", workers=1)
        single.append(time.perf_counter() - start)
    pair = []
    for _ in range(2):
        start = time.perf_counter()
        ocr.ocr_images([first, second], "image-ocr", workers=2)
        pair.append((time.perf_counter() - start) / 2)
    return statistics.median(single), min(pair)


def bench_bare_tesseract(pdfs: list[Sample]) -> tuple[float, float]:
    """(seconds per page of bare Tesseract on the page as rendered: the OCR floor; speed-up of
    two bare runs side by side over one after the other: what the machine allows right now,
    as other processes on the two cores pull it below 2×)."""
    pages = a4_pages(pdfs, 2)
    start = time.perf_counter()
    for page in pages:
        ocr.ocr_page(page)
    sequential = time.perf_counter() - start
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(ocr.ocr_page, pages))
    return sequential / len(pages), sequential / (time.perf_counter() - start)


_ORGS = ("Chi bộ", "Chi hội Cựu chiến binh", "Chi hội Phụ nữ", "Chi đoàn", "Ban công tác Mặt trận")
_PLACES = ("Bãi Sậy", "Đồng Tâm", "Hòa Bình", "Tân Tiến", "Quyết Thắng", "Thượng Lâm", "Phú Hữu",
           "Nghĩa Thịnh", "Xuân Trường", "Hưng Đạo", "Lạc Quần", "Thành Lợi")  # fmt: skip
_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
_GIVEN = ("Thị Hường", "Văn Thành", "Đình Khải", "Thị Lụa", "Quang Huy", "Minh Đức", "Thu Hằng")


def campaign_words(units: int) -> list[str]:
    """The words of a units file of `units` units (name, two aliases, a contact each), as
    `UnitsFile.phrases` gives them."""
    from documents.config_files import campaign_phrases

    rows = []
    for n in range(units):
        org, place = _ORGS[n % len(_ORGS)], _PLACES[(n // len(_ORGS)) % len(_PLACES)]
        name = f"{org} thôn {place} {n // (len(_ORGS) * len(_PLACES)) + 1}"
        contact = f"{_FAMILY[n % len(_FAMILY)]} {_GIVEN[(n // len(_FAMILY)) % len(_GIVEN)]}"
        rows.append((name, [name.upper(), f"{org} {n + 1}"], contact))
    return campaign_phrases("xã Nghĩa Thái", "Văn phòng Đảng ủy xã Nghĩa Thái", rows)


def bench_campaign_words(pdfs: list[Sample]) -> None:
    """What the commune's words cost the mailroom: building their lexicon (once per list of
    words in a worker, cached by digest), and a scanned page read in the sandbox without and
    with them (warm worker, the lexicon cached after the first page)."""
    from documents.extraction import accents

    for units in (60, 1000):
        words = campaign_words(units)
        builds = []
        for _ in range(3):
            start = time.perf_counter()
            accents.campaign_lexicon(words)
            builds.append(time.perf_counter() - start)
        with accents.use_campaign_words(words):
            pass
        start = time.perf_counter()
        with accents.use_campaign_words(words):
            pass
        hit = time.perf_counter() - start
        print(f"campaign lexicon {units:5d} units ({len(words)} words): build "
              f"{statistics.median(builds) * 1000:6.1f} ms | cached {hit * 1000:5.2f} ms")  # fmt: skip
    (page,) = a4_pages(pdfs, 1)
    buffer = io.BytesIO()
    page.save(buffer, format="PNG")
    data = buffer.getvalue()
    timings: dict[int, list[float]] = {0: [], 60: [], 1000: []}
    lists = {units: campaign_words(units) if units else [] for units in timings}
    for words in lists.values():  # warm: the worker, and each list's lexicon
        sandbox.extract_in_sandbox(data, "scan.png", words=words, timeout=120, memory_mb=1024)
    for _ in range(5):
        for units, words in lists.items():
            start = time.perf_counter()
            sandbox.extract_in_sandbox(data, "scan.png", words=words, timeout=120, memory_mb=1024)
            timings[units].append(time.perf_counter() - start)
    sandbox.shutdown()
    none, *others = (statistics.median(t) for t in timings.values())
    print(f"sandbox ocr page: no words {none:5.2f} s | 60 units {others[0]:5.2f} s | "
          f"1000 units {others[1]:5.2f} s (interleaved, lexicons cached)")  # fmt: skip


def _norm(value: object) -> str:
    text = unicodedata.normalize("NFC", str(value)).casefold()
    return " ".join(text.split()).strip("\"'“”‘’ .,;:")


def _field_ok(key: str, got: object, want: object, alt: list[str]) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    if key in ("content", "results"):
        return difflib.SequenceMatcher(None, _norm(got), _norm(want)).ratio() >= 0.85
    if isinstance(want, int):
        return got == want
    return _norm(got) in {_norm(want), *(_norm(a) for a in alt)}


def ocr_quality() -> None:
    """Field accuracy of `extract` on the samples (per the README's comparison rules): the PDF
    as text, printed and scanned, photographed; the .docx saved as .doc and .odt."""
    folder = _samples_dir()
    if folder is None:
        print("ocr quality: samples not found")
        return
    from documents.extraction.legacy_doc import convert

    totals = {"text": [0, 0], "scan": [0, 0], "photo": [0, 0], "doc": [0, 0], "odt": [0, 0]}
    seconds: list[float] = []
    for path in sorted(folder.glob("*.pdf")):
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        alt = truth.get("alt", {}).get("unit_name", [])
        data = path.read_bytes()
        start = time.perf_counter()
        scan_result = extract(scanned(data), path.name)
        seconds.append(time.perf_counter() - start)
        results = [("text", extract(data, path.name)), ("scan", scan_result)]
        if len(pdfium.PdfDocument(data)) == 1:  # a phone photo is one page
            results.append(("photo", extract(photographed(data), path.stem + ".jpg")))
        word = path.with_suffix(".docx")
        if word.exists():  # the same form saved by LibreOffice as Word 97 and as ODT
            for target in ("doc", "odt"):
                converted = convert(word.read_bytes(), ".docx", target)
                results.append((target, extract(converted, f"{path.stem}.{target}")))
        for label, result in results:
            for key, want in truth["fields"].items():
                ok = _field_ok(key, result.fields.get(key), want, alt if key == "unit_name" else [])
                totals[label][0] += int(ok)
                totals[label][1] += 1
    for label, (right, total) in totals.items():
        print(f"fields right, {label:5s}: {right}/{total} = {right / total:.1%}")
    print(f"scan extract: median {statistics.median(seconds):.2f} s/document")


def main() -> None:
    if "--quality" in sys.argv or "--ocr-quality" in sys.argv:
        ocr_quality()
        return
    docs, pdfs, origin = load_samples()
    print(f"samples: {len(docs)} .docx, {len(pdfs)} .pdf from {origin}")
    docx_ms, docx_floor_ms = median_ms(docs, run_extract), median_ms(docs, docx_floor)
    pdf_ms, pdf_floor_ms = median_ms(pdfs, run_extract, 3), median_ms(pdfs, pdf_floor, 3)
    print(f"docx  extract {docx_ms:7.1f} ms/doc | python-docx floor {docx_floor_ms:6.1f} ms "
          f"| ratio {docx_ms / docx_floor_ms:4.2f} (target ≤ 2)")  # fmt: skip
    print(f"pdf   extract {pdf_ms:7.1f} ms/doc | pdfplumber floor  {pdf_floor_ms:6.1f} ms "
          f"| ratio {pdf_ms / pdf_floor_ms:4.2f} (target ≤ 1.5)")  # fmt: skip

    inside, outside = sandbox_overhead(docs)
    print(f"sandbox docx {inside:7.1f} ms/doc | in-process {outside:6.1f} ms (interleaved) "
          f"| overhead {inside - outside:+5.2f} ms/doc")  # fmt: skip
    rate = sandbox_throughput(docs + pdfs)
    print(f"sandbox throughput, 2 callers × warm workers, docx+pdf mix: {rate:6.1f} docs/s")
    sandbox.shutdown()

    one, two = bench_ocr(pdfs)
    print(f"ocr   {one:5.2f} s/page on one core | {two:5.2f} s/page two pages on two cores "
          f"| speed-up {one / two:4.2f}× (target ≤ 2.5 s/page, ~2×)")  # fmt: skip
    bench_campaign_words(pdfs)
    floor, speedup = bench_bare_tesseract(pdfs)
    print(f"      bare tesseract floor {floor:5.2f} s/page | ratio {one / floor:4.2f} (target ≤ 2)")
    print(f"      control: bare tesseract, 2 side by side vs 1 after 1: "
          f"{speedup:4.2f}× (load average {os.getloadavg()[0]:.1f})")  # fmt: skip


if __name__ == "__main__":
    main()
