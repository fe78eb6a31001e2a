"""Re-type a .docx in the legacy TCVN3 fonts (.VnTime, and .VnTimeH for capital lines).

The bytes come from glibc's TCVN5712-1 converter (`iconv`), an independent table from the one
dvk decodes with. Before Unicode, capitals were typed with the .VnTimeH font, which draws the
lowercase codes as capitals: lines in capitals are encoded in lowercase under .VnTimeH, as a
typist did. A capital toned letter that only exists as a control code in TCVN3 (Ú, Ý, Ự …) has
no place in XML and no key on a TCVN3 keyboard driver: it is typed in lowercase.
"""

from __future__ import annotations

import io
import subprocess
import unicodedata

import docx
from docx.oxml.ns import qn
from docx.text.run import Run

from corpus.docxkit import save

BODY_FONT, CAPS_FONT = ".VnTime", ".VnTimeH"


def _table(chars: set[str]) -> dict[str, str]:
    """Each character's TCVN3 text (bytes read as Latin-1), from one iconv call."""
    ordered = sorted(chars)
    joined = "\n".join(ordered) + "\n"
    done = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", "TCVN5712-1//TRANSLIT"],
        input=joined.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    parts = done.stdout.split(b"\n")
    table = {}
    for char, encoded in zip(ordered, parts, strict=False):
        text = encoded.decode("latin-1")
        if any(ord(c) < 0x20 for c in text):  # a control-code capital: typed in lowercase
            text = _table({char.lower()})[char.lower()] if char.lower() != char else "?"
        table[char] = text
    return table


def retyped(text: str) -> str:
    """`text` as it reads after a round trip through TCVN3 (an en dash becomes a hyphen, …):
    a TCVN3 file can only say that, so the truth accepts it too."""
    encoded = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", "TCVN5712-1//TRANSLIT"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout
    back = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=encoded, capture_output=True, check=True
    ).stdout
    return unicodedata.normalize("NFC", back.decode("utf-8"))


def _runs(document: docx.document.Document) -> list[Run]:
    runs: list[Run] = []
    paragraphs = list(document.paragraphs)
    for tbl in document.tables:
        for row in tbl.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for paragraph in paragraphs:
        runs.extend(paragraph.runs)
    return runs


def _set_font(run: Run, name: str) -> None:
    run.font.name = name
    fonts = run._r.get_or_add_rPr().find(qn("w:rFonts"))
    if fonts is not None:
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attr), name)


def to_tcvn3(data: bytes) -> bytes:
    """The same document with every run re-encoded in TCVN3 and set in a .VnTime font."""
    document = docx.Document(io.BytesIO(data))
    runs = [r for r in _runs(document) if r.text and r.text.strip()]
    caps = [r.text.upper() == r.text and any(c.isalpha() for c in r.text) for r in runs]
    needed: set[str] = set()
    for run, upper in zip(runs, caps, strict=True):
        needed.update(run.text.lower() if upper else run.text)
    table = _table({c for c in needed if ord(c) > 0x7E})
    seen: set[int] = set()
    for run, upper in zip(runs, caps, strict=True):
        if id(run._r) in seen:  # merged cells repeat their paragraphs
            continue
        seen.add(id(run._r))
        text = run.text.lower() if upper else run.text
        run.text = "".join(table.get(c, c) for c in text)
        _set_font(run, CAPS_FONT if upper else BODY_FONT)
    return save(document)
