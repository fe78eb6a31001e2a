"""Field accuracy of extraction on dvk's own corpus, per layout, per variant and per field.

Run: `.venv/bin/python -m bench.bench_corpus [--heldout | --heldout2 | --heldout3 | --heldout4
| --heldout5 | --heldout6 | --heldout7 | --heldout8 | --heldout9 | --heldout10
| --heldout11 | --heldout12 | --heldout13 | --heldout14 | --heldout15 | --heldout16
| --heldout17]
[--out DIR] [--units FILE …]
[--workers N] [--json FILE]`. With `--units`, every result is checked against those units files
before scoring, as `dvk score --units` and the mailroom do.
Builds the corpus (with `--heldout`: the held-out set, into `corpus/heldout/out`; with
`--heldout2`: the second held-out set, into `corpus/heldout2/out`; with `--heldout3`: the
third, into `corpus/heldout3/out`; with `--heldout4`: the fourth, into `corpus/heldout4/out`; with `--heldout5`: the fifth,
into `corpus/heldout5/out`; with `--heldout6`: the sixth, into `corpus/heldout6/out`; with `--heldout7`: the
seventh, into `corpus/heldout7/out`; with `--heldout8`: the eighth, into `corpus/heldout8/out`; with `--heldout9`: the ninth, into
`corpus/heldout9/out`; with `--heldout10`: the tenth, into `corpus/heldout10/out`; with `--heldout11`: the eleventh,
into `corpus/heldout11/out`; with `--heldout12`: the twelfth, into `corpus/heldout12/out`;
with `--heldout13`: the thirteenth, into `corpus/heldout13/out`; with `--heldout14`: the
fourteenth, into `corpus/heldout14/out`; with `--heldout15`: the fifteenth, into
`corpus/heldout15/out`; with `--heldout16`: the sixteenth, into `corpus/heldout16/out`; with
`--heldout17`: the seventeenth, into `corpus/heldout17/out`)
first when its
folder is missing or older than the generator (about two minutes),
then reads every file as the mailroom does (`documents.extraction.extract`, in N processes) and
compares with the truth by the samples' rules (`documents.extraction.scoring`). Prints the
overall figure, the per-layout table (the README's), per variant (docx, pdf, scan, photo, doc,
tcvn3-doc) and per reader source, per field, the fields read with confidence ≥ 0.9 that are
wrong, and the time spent. Writes the figures to `bench/results/corpus.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from documents.config_files import load_units_file
from documents.contract import FIELD_KEYS
from documents.extraction import extract
from documents.extraction.corroborate import corroborate
from documents.extraction.scoring import Tally, compare_document, load_truths
from documents.matching import UnitDirectory

RESULTS = Path(__file__).resolve().parent / "results" / "corpus.json"
CONFIDENT = 0.9


def variant(name: str) -> str:
    """The corpus variant a file name stands for (see corpus/build.py)."""
    for suffix, label in (
        ("-tcvn3.doc", "tcvn3-doc"),
        ("-scan.pdf", "scan"),
        ("-photo.pdf", "photo"),
        ("-photo.jpg", "photo"),
        (".docx", "docx"),
        (".doc", "doc"),
        (".pdf", "pdf"),
    ):
        if name.endswith(suffix):
            return label
    return "other"


def _directory(paths: tuple[str, ...]) -> UnitDirectory | None:
    """The units of the given files, as the matcher sees them (as `dvk score --units`)."""
    if not paths:
        return None
    units: list[tuple[str, str, list[str]]] = []
    contacts: dict[str, str] = {}
    for path in paths:
        for unit in load_units_file(Path(path)).units:
            units.append((unit.id, unit.name, list(unit.aliases)))
            if unit.contact:
                contacts[unit.id] = unit.contact
    return UnitDirectory(units, {}, contacts)


def _read(job: tuple[str, tuple[str, ...]]) -> tuple[dict[str, Any], float]:
    path, units = job
    start = time.perf_counter()
    data = Path(path).read_bytes()
    result = extract(data, Path(path).name)
    directory = _directory(units)
    if directory is not None:
        result = corroborate(result, directory)
    return result.as_json(file=Path(path).name), time.perf_counter() - start


def _table(
    title: str, rows: Iterable[tuple[str, Tally]], extra: dict[str, str] | None = None
) -> None:
    print(f"\n{title}")
    for name, tally in rows:
        note = f"  {extra[name]}" if extra and name in extra else ""
        print(f"  {name:22s} {tally.accuracy:6.3f}  ({tally.ok}/{tally.total}){note}")


def score_folder(folder: Path, workers: int, units: tuple[str, ...] = ()) -> dict[str, Any]:
    pairs = load_truths(folder)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        outputs = list(pool.map(_read, [(str(p), units) for p, _ in pairs]))
    wall = time.perf_counter() - start
    overall, kinds = Tally(), Tally()
    by: dict[str, dict[str, Tally]] = {
        k: defaultdict(Tally)
        for k in ("layout", "variant", "source", "field", "layout_variant", "trait")
    }
    confident = Tally()
    seconds: dict[str, list[float]] = defaultdict(list)
    wrong: list[dict[str, Any]] = []
    for (path, truth), (output, spent) in zip(pairs, outputs, strict=True):
        kind_ok = output["kind"] == truth["kind"]
        kinds.add(kind_ok)
        var = variant(path.name)
        seconds[var].append(spent)
        for outcome in compare_document(truth, output, path.name):
            for trait in truth.get("traits", []):
                by["trait"][trait].add(outcome.ok)
            overall.add(outcome.ok)
            by["layout"][truth["layout"]].add(outcome.ok)
            by["variant"][var].add(outcome.ok)
            by["source"][str(output.get("source"))].add(outcome.ok)
            by["field"][outcome.field].add(outcome.ok)
            by["layout_variant"][f"{truth['layout']}/{var}"].add(outcome.ok)
            conf = output.get("confidence", {}).get(outcome.field, 0.0)
            if outcome.got is not None and conf >= CONFIDENT:
                confident.add(outcome.ok)
            if not outcome.ok:
                wrong.append(
                    {
                        "file": path.name,
                        "field": outcome.field,
                        "expected": outcome.expected,
                        "got": outcome.got,
                        "confidence": conf,
                    }
                )
    return {
        "files": len(pairs),
        "wall_seconds": round(wall, 1),
        "field_accuracy": round(overall.accuracy, 4),
        "fields_ok": overall.ok,
        "fields_total": overall.total,
        "kind_accuracy": round(kinds.accuracy, 4),
        "confident_right": round(confident.accuracy, 4),
        "confident_total": confident.total,
        "median_seconds_per_file": {
            k: round(sorted(v)[len(v) // 2], 2) for k, v in sorted(seconds.items())
        },
        **{
            f"per_{name}": {k: [t.ok, t.total] for k, t in sorted(tallies.items())}
            for name, tallies in by.items()
        },
        "errors": wrong,
        "_tallies": by,
        "_overall": (overall, kinds, confident),
    }


def report(result: dict[str, Any]) -> None:
    overall, kinds, confident = result.pop("_overall")
    by = result.pop("_tallies")
    print(f"corpus: {result['files']} files, read in {result['wall_seconds']} s")
    print(
        f"field accuracy {overall.accuracy:.4f} ({overall.ok}/{overall.total}); "
        f"kind {kinds.accuracy:.4f} ({kinds.ok}/{kinds.total})"
    )
    print(
        f"fields with confidence ≥ {CONFIDENT}: {confident.accuracy:.4f} right "
        f"({confident.ok}/{confident.total}; wrong: {confident.total - confident.ok})"
    )
    _table("per layout", sorted(by["layout"].items()))
    medians = {k: f"median {v} s/file" for k, v in result["median_seconds_per_file"].items()}
    _table("per variant", sorted(by["variant"].items()), medians)
    _table("per reader source", sorted(by["source"].items()))
    _table("per field", [(k, by["field"][k]) for k in FIELD_KEYS])
    _table("per trait (the features of corpus/SOURCES.md)", sorted(by["trait"].items()))
    print("\nper layout × variant")
    layouts = sorted(by["layout"])
    variants = sorted(by["variant"])
    print("  " + " " * 20 + "".join(f"{v:>10s}" for v in variants))
    for layout in layouts:
        cells = []
        for var in variants:
            tally = by["layout_variant"].get(f"{layout}/{var}")
            cells.append(f"{tally.accuracy:10.3f}" if tally else " " * 10)
        print(f"  {layout:20s}" + "".join(cells))


def main() -> None:
    from corpus.build import MAIN, add_set_options, build, chosen_set, is_current

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_set_options(parser, "score the held-out set in")
    parser.add_argument("--out", type=Path, help="default: corpus/out or corpus/<set>/out")
    parser.add_argument("--units", type=Path, action="append", default=[], help="units file(s)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--json", type=Path, help="default: bench/results/corpus[-heldout|-heldout2|…].json"
    )
    args = parser.parse_args()
    corpus_set = chosen_set(args)
    out = args.out or corpus_set.default_out
    if not is_current(out, corpus_set=corpus_set):
        start = time.perf_counter()
        build(out, corpus_set=corpus_set)
        print(f"built the {corpus_set.name} set in {time.perf_counter() - start:.1f} s")
    result = score_folder(out, args.workers, tuple(str(u) for u in args.units))
    report(result)
    name = RESULTS.name if corpus_set is MAIN else f"corpus-{corpus_set.name}.json"
    target = args.json or RESULTS.with_name(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), "utf-8")


if __name__ == "__main__":
    main()
