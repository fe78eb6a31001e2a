"""`dvk` with Tesseract's pages cached on disk, to iterate on what follows OCR quickly.

Run: `.venv/bin/python -m bench.ocr_cached score FOLDER --units … [--calibration]` (any `dvk`
command). Each page's `PageText` (the words read from the prepared page) is kept under
`$DVK_BENCH_OCR_CACHE` (default /tmp/dvk-ocr-cache), keyed by the page image and the OCR
steps, so a second run of a scans set only lays the words out and reads the fields again:
minutes become seconds. Changes to page preparation or Tesseract's settings change the key.
Benchmarks only: the mailroom never reads a cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from PIL import Image

from documents.extraction import ocr, ocr_leaders, ocr_recover

CACHE = Path(os.environ.get("DVK_BENCH_OCR_CACHE", "/tmp/dvk-ocr-cache"))
_read_page = ocr.read_page


def _key(image: Image.Image) -> str:
    # Steps that do not change the words read: table cells (and the rules traced for them),
    # diacritics, marks, lost lines (cached apart).
    steps = replace(ocr.STEPS, table_cells=ocr.Steps.table_cells, accents=ocr.Steps.accents,
                    trace_dark=ocr.Steps.trace_dark, marks=ocr.Steps.marks, recover=ocr.Steps.recover)  # fmt: skip
    text = repr(steps)
    plain = _LEADERS.sub("", text)
    if not steps.leaders or not _has_leaders(image, plain):
        # The page is prepared as before the leaders step existed: same words, same key.
        text = plain
    else:
        text += repr(ocr_leaders.SETTINGS)
    return _digest(text, image)


def _digest(text: str, image: Image.Image) -> str:
    digest = hashlib.sha256(text.encode())
    digest.update(f"{image.mode}{image.size}".encode())
    digest.update(image.tobytes())
    return digest.hexdigest()


_LEADERS = re.compile(r", leaders=(True|False), marks=(True|False), recover=(True|False)")


def _has_leaders(image: Image.Image, steps: str) -> bool:
    """Whether `ocr_leaders` takes anything off this page (remembered beside the cache)."""
    path = CACHE / f"{_digest(steps + repr(ocr_leaders.SETTINGS), image)}.leaders"
    if path.is_file():
        return path.read_text() == "1"
    found = ocr_leaders.leader_mask(ocr.squared(image)).getbbox() is not None
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text("1" if found else "0")
    return found


def _traced_again(image: Image.Image, page: ocr.PageText) -> ocr.PageText:
    """The cached words with the rules traced with the current steps, when those differ."""
    steps = ocr.STEPS
    if not steps.table_cells or steps.trace_dark in (None, steps.rule_dark):
        return page
    prepared, h_rules, v_rules = ocr._prepare(image)
    if prepared.size != (page.width, page.height):
        return page  # read turned: no rules either way
    return replace(page, h_rules=tuple(h_rules), v_rules=tuple(v_rules))


def cached_read_upright(image: Image.Image) -> ocr.PageText:
    """`ocr.read_upright`, from the cache when this page was read with these steps before.

    The page as Tesseract read it and the page with its lost lines read again
    (`ocr_recover`) are kept apart, so pages read before that step existed stay cached."""
    key = _key(image)
    path = CACHE / f"{key}.pickle"
    prepared: Image.Image | None = None
    page = _load(path)
    if page is None:
        page, prepared = _read_page(image)
        if prepared is None:
            _store(CACHE / f"{key}.turned", page)
        _store(path, page)
    if ocr.STEPS.recover and not (CACHE / f"{key}.turned").is_file():
        again = CACHE / f"{key}.recovered-{_settings_digest()}.pickle"
        recovered = _load(again)
        if recovered is None:
            prepared = prepared if prepared is not None else ocr.prepare(image)
            recovered = ocr.recover_lost_lines(prepared, page, ocr.read_line)
            _store(again, recovered)
        page = recovered
    return _traced_again(image, page)


def _settings_digest() -> str:
    return hashlib.sha256(repr(ocr_recover.SETTINGS).encode()).hexdigest()[:16]


def _load(path: Path) -> ocr.PageText | None:
    if not path.is_file():
        return None
    page: ocr.PageText = pickle.loads(path.read_bytes())
    return page


def _store(path: Path, page: ocr.PageText) -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(pickle.dumps(page))
    partial.replace(path)


def steps_from(spec: str) -> ocr.Steps:
    """`ocr.Steps` with the settings of `spec` ("table_cells=1,rule_dark=110") changed."""
    changes: dict[str, Any] = {}
    for item in filter(None, spec.split(",")):
        name, _, text = item.partition("=")
        default = getattr(ocr.Steps, name.strip())
        if isinstance(default, bool):
            changes[name.strip()] = text == "1"
        else:
            changes[name.strip()] = int(text) if default is None else type(default)(text)
    return replace(ocr.Steps(), **changes)


def main() -> None:
    """`dvk` with cached OCR; `$DVK_BENCH_OCR_STEPS` ("table_cells=1") changes the steps."""
    ocr.read_upright = cached_read_upright
    ocr.STEPS = steps_from(os.environ.get("DVK_BENCH_OCR_STEPS", ""))
    from workers.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
