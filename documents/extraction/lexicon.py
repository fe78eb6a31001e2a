"""Tesseract's own Vietnamese word list, read out of its language data once per process.

OCR confuses diacritics ("Tuối" for "Tuổi", "ởi" for "đi"); a word the dictionary does not know
in a name read from a scan is a reason not to trust that name. The list comes from the
installed `vie.traineddata` (its LSTM word DAWG, about 7,000 syllables, unpacked with
`combine_tessdata` and `dawg2wordlist` from the tesseract-ocr package); without those tools
there is no list and no such check.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import tempfile
from pathlib import Path

_LANGS = re.compile(r'"([^"]+)"')


def _tessdata() -> Path | None:
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix and (Path(prefix) / "vie.traineddata").is_file():
        return Path(prefix)
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                             timeout=20, check=False)  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = _LANGS.search(out.stdout + out.stderr)
    return Path(found.group(1)) if found else None


@functools.lru_cache(maxsize=1)
def vietnamese_words() -> frozenset[str] | None:
    """The dictionary's words, lower-cased; None when it cannot be read here."""
    folder = _tessdata()
    if folder is None or not (folder / "vie.traineddata").is_file():
        return None
    with tempfile.TemporaryDirectory(prefix="dvk-vie-") as tmp:
        work = Path(tmp)
        try:
            subprocess.run(["combine_tessdata", "-e", str(folder / "vie.traineddata"),
                            str(work / "vie.lstm-word-dawg"), str(work / "vie.lstm-unicharset")],
                           capture_output=True, timeout=30, check=False)  # fmt: skip
            subprocess.run(["dawg2wordlist", str(work / "vie.lstm-unicharset"),
                            str(work / "vie.lstm-word-dawg"), str(work / "words.txt")],
                           capture_output=True, timeout=30, check=False)  # fmt: skip
            text = (work / "words.txt").read_text(encoding="utf-8")
        except (OSError, subprocess.TimeoutExpired):
            return None
    words = frozenset(w.lower() for w in text.split())
    return words if len(words) > 1000 else None


_WORD = re.compile(r"[^\W\d_]+")


def unknown_words(text: str) -> list[str]:
    """Words of `text` the dictionary lacks; acronyms (UBND, LHPN) and single letters pass."""
    words = vietnamese_words()
    if words is None:
        return []
    return [
        w for w in _WORD.findall(text)
        if len(w) > 1 and not (w.isupper() and len(w) <= 6) and w.lower() not in words
    ]  # fmt: skip
