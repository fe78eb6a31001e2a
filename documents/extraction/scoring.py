"""Compare extraction output with truth files, by the rules of samples/README.md.

Enumerations, integers and dates must be equal; short text is compared after NFC, case
folding, white-space folding and removal of quotes and trailing punctuation (any `alt` form
counts too); `content` and `results` need a similarity ratio of at least 0.85. A value where the
truth is null is an error, like a missing one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from documents.contract import FIELD_KEYS

LONG_TEXT = frozenset({"content", "results"})
SHORT_TEXT = frozenset({"unit_name", "model_name", "leader_name", "leader_position", "location"})
LONG_TEXT_THRESHOLD = 0.85
_QUOTES = re.compile(r"[\"'“”‘’«»„]")
_TRAILING = ".,;:!?…"


def normalise_short(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = _QUOTES.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(_TRAILING + " ").strip()


def _fold_long(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).casefold()).strip()


def similarity(a: str, b: str) -> float:
    return float(fuzz.ratio(_fold_long(a), _fold_long(b))) / 100


def value_matches(name: str, expected: Any, got: Any, alternatives: Iterable[Any] = ()) -> bool:
    """Whether one output value counts as right for field `name`."""
    if expected is None or got is None:
        return expected is None and got is None
    if name in LONG_TEXT:
        return isinstance(got, str) and any(
            similarity(str(v), got) >= LONG_TEXT_THRESHOLD
            for v in (expected, *alternatives)
            if v is not None
        )
    if name in SHORT_TEXT:
        if not isinstance(got, str):
            return False
        wanted = {normalise_short(str(v)) for v in (expected, *alternatives) if v is not None}
        return normalise_short(got) in wanted
    if isinstance(expected, int) and not isinstance(expected, bool):
        return isinstance(got, int) and not isinstance(got, bool) and got == expected
    return bool(got == expected)


@dataclass(frozen=True)
class FieldOutcome:
    file: str
    field: str
    expected: Any
    got: Any
    ok: bool


def compare_document(
    truth: Mapping[str, Any], output: Mapping[str, Any], file: str
) -> list[FieldOutcome]:
    """One outcome per contract field of one document."""
    expected_fields = truth.get("fields") or {}
    got_fields = output.get("fields") or {}
    alts = truth.get("alt") or {}
    return [
        FieldOutcome(
            file,
            name,
            expected_fields.get(name),
            got_fields.get(name),
            value_matches(
                name, expected_fields.get(name), got_fields.get(name), alts.get(name, ())
            ),
        )
        for name in FIELD_KEYS
    ]


@dataclass
class Tally:
    ok: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.ok += int(ok)
        self.total += 1

    @property
    def accuracy(self) -> float:
        return self.ok / self.total if self.total else 0.0


#: Confidence bands of the calibration table: [low, high).
BANDS: tuple[tuple[float, float], ...] = (
    (0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01),
)  # fmt: skip
CONFIDENT = 0.9


def band_of(confidence: float) -> str:
    for low, high in BANDS:
        if low <= confidence < high:
            return f"{low:.2f}–{min(high, 1.0):.2f}"
    return f"{BANDS[0][0]:.2f}–{BANDS[0][1]:.2f}"


@dataclass
class ScoreReport:
    overall: Tally = field(default_factory=Tally)
    kinds: Tally = field(default_factory=Tally)
    per_field: dict[str, Tally] = field(default_factory=dict)
    per_source: dict[str, Tally] = field(default_factory=dict)
    per_layout: dict[str, Tally] = field(default_factory=dict)
    #: Output values by confidence band: how many, how many right (the calibration table).
    bands: dict[str, Tally] = field(default_factory=lambda: {band_of(b[0]): Tally() for b in BANDS})
    confident: Tally = field(default_factory=Tally)
    errors: list[FieldOutcome] = field(default_factory=list)
    confident_errors: list[tuple[FieldOutcome, float]] = field(default_factory=list)
    kind_errors: list[tuple[str, str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "field_accuracy": round(self.overall.accuracy, 4),
            "fields_ok": self.overall.ok,
            "fields_total": self.overall.total,
            "kind_accuracy": round(self.kinds.accuracy, 4),
            "per_field": {k: round(v.accuracy, 4) for k, v in self.per_field.items()},
            "per_source": {k: round(v.accuracy, 4) for k, v in self.per_source.items()},
            "per_layout": {k: round(v.accuracy, 4) for k, v in self.per_layout.items()},
            "calibration": {
                k: {"count": v.total, "right": v.ok, "accuracy": round(v.accuracy, 4)}
                for k, v in self.bands.items()
            },
            "confident_accuracy": round(self.confident.accuracy, 4),
            "confident_total": self.confident.total,
            "confident_errors": [
                {
                    "file": e.file,
                    "field": e.field,
                    "expected": e.expected,
                    "got": e.got,
                    "confidence": c,
                }
                for e, c in self.confident_errors
            ],
            "errors": [
                {"file": e.file, "field": e.field, "expected": e.expected, "got": e.got}
                for e in self.errors
            ],
            "kind_errors": [
                {"file": f, "expected": want, "got": got} for f, want, got in self.kind_errors
            ],
        }


def score(pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> ScoreReport:
    """Tally (truth, output) pairs; each output carries its `file`, `source` and `confidence`.

    The source is the truth's (`scan`, `photo`) when it names one, else the reader's; the layout
    is the truth's `layout`. Every output value counts in the calibration band of its
    confidence, right or wrong (a value where the truth is null is wrong)."""
    report = ScoreReport()
    for truth, output in pairs:
        file = str(output.get("file", "?"))
        source = str(truth.get("source") or output.get("source", "unknown"))
        layout = str(truth.get("layout") or "?")
        confidence = output.get("confidence") or {}
        kind_ok = output.get("kind") == truth.get("kind")
        report.kinds.add(kind_ok)
        if not kind_ok:
            report.kind_errors.append((file, str(truth.get("kind")), str(output.get("kind"))))
        for outcome in compare_document(truth, output, file):
            report.overall.add(outcome.ok)
            report.per_field.setdefault(outcome.field, Tally()).add(outcome.ok)
            report.per_source.setdefault(source, Tally()).add(outcome.ok)
            report.per_layout.setdefault(layout, Tally()).add(outcome.ok)
            if not outcome.ok:
                report.errors.append(outcome)
            if outcome.got is not None:
                conf = float(confidence.get(outcome.field, 0.0))
                report.bands[band_of(conf)].add(outcome.ok)
                if conf >= CONFIDENT:
                    report.confident.add(outcome.ok)
                    if not outcome.ok:
                        report.confident_errors.append((outcome, conf))
    return report


def load_truths(samples_dir: Path) -> list[tuple[Path, dict[str, Any]]]:
    """(document path, truth) for every file a `.truth.json` of the folder lists."""
    out: list[tuple[Path, dict[str, Any]]] = []
    for truth_path in sorted(samples_dir.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        files = truth.get("files") or []
        for name in files:
            path = samples_dir / name
            if path.exists():
                out.append((path, truth))
    return out
