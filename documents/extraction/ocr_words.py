"""Tesseract as a child process, and the word model its TSV output is read into.

`Word` and `PageText` are what every later stage works on (page layout, diacritics); this
module knows nothing of page preparation or of the steps in `ocr.STEPS`, which the caller
turns into Tesseract's arguments (`ocr.ocr_page`).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
from dataclasses import dataclass

from PIL import Image

#: The module `Word` and `PageText` are pickled under: the benchmarks' shared OCR cache
#: (`bench.ocr_cached`) stores pages by that name, so checkouts from before these classes
#: moved here read the cache this one writes; `ocr` re-exports both.
_PICKLED_AS = "documents.extraction.ocr"

PAGE_TIMEOUT = 90.0


class OcrError(RuntimeError):
    """Tesseract failed or is missing."""


@dataclass(frozen=True)
class Word:
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0..100
    text: str

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


Segment = tuple[int, int, int]  # a rule: across-position, start, end (pixels)


@dataclass(frozen=True)
class PageText:
    words: list[Word]
    width: int
    height: int
    h_rules: tuple[Segment, ...] = ()  # table rules taken off the page before OCR
    v_rules: tuple[Segment, ...] = ()

    @property
    def confidence(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words) / 100 if self.words else 0.0


Word.__module__ = PageText.__module__ = _PICKLED_AS


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _tesseract(image: Image.Image, args: list[str], timeout: float = PAGE_TIMEOUT) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", *args],
            input=buffer.getvalue(),
            capture_output=True,
            env=_child_env(),
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError as exc:
        raise OcrError("tesseract is not installed") from exc
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"tesseract took more than {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise OcrError(done.stderr.decode("utf-8", "replace")[-300:])
    return done.stdout.decode("utf-8", "replace")


#: Below this confidence a word without a letter or digit is dust or a border stub.
_JUNK_CONF = 75.0


def _is_junk(text: str, conf: float) -> bool:
    if len(text) == 1 and not text.isdigit() and conf < 60:
        return True  # a lone unsure letter: the page edge of a photo, a stamp, a star
    return conf < _JUNK_CONF and not any(c.isalnum() for c in text)


def parse_tsv(tsv: str) -> list[Word]:
    """Words (level 5) of Tesseract's TSV. Dropped: marks it could not read (conf ≤ 1), table
    borders read as "|", and unsure punctuation-only marks (dust, ends of rules)."""
    words: list[Word] = []
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip().strip("|¦").strip()
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        if text and conf > 1 and not _is_junk(text, conf):
            words.append(Word(left, top, width, height, conf, text))
    return words


def _off_the_page(word: Word, width: int, height: int) -> bool:
    """A letter or two in the outer margin: the paper's edge in a photo, a punch hole."""
    if len(word.text) > 2:
        return False
    return (
        word.right < 0.07 * width
        or word.left > 0.93 * width
        or word.top + word.height < 0.03 * height
        or word.top > 0.97 * height
    )


_ROTATE_RE = re.compile(r"Rotate:\s*(\d+)")
_OSD_CONF_RE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def detect_rotation(image: Image.Image) -> int:
    """Degrees (clockwise) Tesseract's OSD says the page must turn; 0 when unsure."""
    small = image.reduce(2) if image.width > 2000 else image
    try:
        out = _tesseract(small, ["--psm", "0", "--dpi", "150"], timeout=30)
    except OcrError:
        return 0  # blank or too few letters: OSD refuses, keep the page as it is
    rotate, conf = _ROTATE_RE.search(out), _OSD_CONF_RE.search(out)
    if not rotate or not conf or float(conf.group(1)) < 1.5:
        return 0
    return int(rotate.group(1)) % 360
