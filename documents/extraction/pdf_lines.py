"""A PDF page's words grouped into visual lines and their segments (`_Line`).

The common unit of the PDF reader's modules: ruled tables (`pdf_tables`), reading order
(`pdf_order`) and the layout into blocks (`pdf_layout`) all work on these lines; the OCR
reader feeds its word boxes through the same grouping. A line also knows its OCR quality.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass, field
from typing import Any

from documents.extraction.text import Box

_LINE_TOL = 3.0
#: A new item: a bullet, "1.", "a)", "II." (also as OCR reads it: "HI.", "Il.").
_BULLET = re.compile(
    r"^\s*(?:[-+•*–]|\d{1,2}[.)]|(?:[IVX]{1,4}|H[Il1]{1,3}|[Il1]{2,3})[.)]|[a-zđ][.)])\s"
)


@dataclass
class _Line:
    words: list[dict[str, Any]]
    top: float  # global: page * 10000 + top
    page: int
    size: float
    segments: list[tuple[float, float, str]] = field(default_factory=list)
    bold: bool = False
    #: The x range of the newspaper column the line belongs to (None: the page's text width).
    bounds: tuple[float, float] | None = None

    @property
    def x0(self) -> float:
        return self.segments[0][0]

    @property
    def x1(self) -> float:
        return self.segments[-1][1]

    @property
    def text(self) -> str:
        return " ".join(s[2] for s in self.segments)

    def box(self, x0: float | None = None, x1: float | None = None) -> Box:
        """The line's region (or the part of it between x0 and x1), 1-based page."""
        top = min(w["top"] for w in self.words)
        bottom = max(w.get("bottom", w["top"] + self.size) for w in self.words)
        left = self.x0 if x0 is None else x0
        right = self.x1 if x1 is None else x1
        return Box(self.page + 1, left, top, right, bottom)


def _union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    out = boxes[0]
    for box in boxes[1:]:
        out = out.union(box)
    return out


def _group_lines(words: list[dict[str, Any]], page: int) -> list[_Line]:
    words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    lines: list[_Line] = []
    for word in words:
        if lines and abs(word["top"] - lines[-1].words[0]["top"]) <= _LINE_TOL:
            lines[-1].words.append(word)
        else:
            lines.append(_Line([word], page * 10000 + word["top"], page, word.get("size", 12.0)))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
        sizes = [w.get("size", 12.0) for w in line.words]
        line.size = statistics.median(sizes)
        gap_limit = max(8.0, 0.8 * line.size)
        segs: list[tuple[float, float, str]] = []
        lead: int | None = 0  # characters of the bold words the line opens with
        for w in line.words:
            is_bold = "bold" in str(w.get("fontname", "")).lower()
            joint = " "
            if lead is not None and not is_bold:
                if 0 < lead <= 60 and segs and segs[-1][2][-1:] not in (":", "："):
                    joint = "\t"  # a bold lead-in is a label even without a colon
                lead = None
            elif lead is not None:
                lead += len(w["text"])
            if segs and w["x0"] - segs[-1][1] <= gap_limit:
                x0, _, text = segs[-1]
                segs[-1] = (x0, w["x1"], text + joint + w["text"])
            else:
                segs.append((w["x0"], w["x1"], w["text"]))
        line.segments = [(a, b, _unglue(t)) for a, b, t in segs]
        bold = sum(
            len(w["text"]) for w in line.words if "bold" in str(w.get("fontname", "")).lower()
        )
        line.bold = bold >= 0.8 * sum(len(w["text"]) for w in line.words)
    lines.sort(key=lambda ln: ln.top)
    return lines


_LOWER = "a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_UPPER = _LOWER.upper().replace("A-Z", "A-Z")
_GLUED = re.compile(f"(?<=[{_LOWER}])(?=[{_UPPER}][{_LOWER}])")


def _unglue(text: str) -> str:
    """'Chức vụBí thư' → 'Chức vụ Bí thư': a tab narrower than x_tolerance glues two words."""
    return _GLUED.sub(" ", text)


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _quality(lines: list[_Line], joined: bool = False) -> float | None:
    """The lowest OCR confidence (0..1) of the lines' words (one misread word spoils a name);
    None for a real text layer. Marks without a letter or digit do not count. `joined`: the
    lines' pieces are read as one text (a paragraph), so a gap where a mark was dropped
    (`_dropped_mark`) makes it unsure too."""
    confs = [float(w["conf"]) for ln in lines for w in ln.words
             if "conf" in w and any(c.isalnum() for c in w["text"])]  # fmt: skip
    if not confs:
        return None
    quality = round(min(confs) / 100, 3)
    if joined and any(_dropped_mark(line) for line in lines):
        return min(quality, DROPPED_MARK_QUALITY)
    return quality


#: Two pieces of one OCR line joined into one text, this close (in font sizes), had something
#: between them Tesseract did not keep: a dash ("người nghèo   mái ấm" for "người nghèo –
#: mái ấm"); farther apart they are columns. A space is ~0.3; such a gap measured 0.9–1.1.
DROPPED_MARK_GAP = 1.5
#: The quality such a text gets: below the confident band, "chữ quét không thật rõ".
DROPPED_MARK_QUALITY = 0.8


def _dropped_mark(line: _Line) -> bool:
    """An OCR line whose pieces are closer than a column gap, between two words."""
    if not any("conf" in w for w in line.words):
        return False
    for (_, right, left_text), (x0, _, right_text) in itertools.pairwise(line.segments):
        close = x0 - right <= DROPPED_MARK_GAP * line.size
        words = left_text[-1:].isalnum() and right_text[:1].isalnum()
        if close and words and not _LABEL_START.match(right_text):
            return True
    return False


#: A piece of a line that opens with a label ("Chức vụ: …"): the gap before it parts fields.
#: (The layout's test for a labelled line that starts a new paragraph uses it too.)
_LABEL_START = re.compile(r"^[^:\d]{1,30}:")
