"""Build the corpus: every entry of every layout as .docx, PDF, scan/photo, .doc, with truth.

Run: `.venv/bin/python -m corpus.build [--heldout | --heldout2 | --heldout3 | --heldout4
| --heldout5 | --heldout6 | --heldout7 | --heldout8 | --heldout9
| --heldout10]
[--out DIR]
[--layout NAME …]
[--no-images] [--update-truth]`. The generated truth must equal the reviewed copy in `corpus/truth/` (the
build fails otherwise; `--update-truth` rewrites the copy after a deliberate change). The
output folder can be scored with `dvk score corpus/out`. `--heldout` builds the held-out set
(`corpus/heldout/`, truth in `corpus/heldout/truth/`) into `corpus/heldout/out/` instead: the
layouts kept back to measure the reader on forms it was never tuned on; `--heldout2` builds the
second held-out set (`corpus/heldout2/`, truth in `corpus/heldout2/truth/`) into
`corpus/heldout2/out/`, kept blind after the first one was used for development; `--heldout3`
builds the third (`corpus/heldout3/`) into `corpus/heldout3/out/`, kept blind after the first
two were used for development; `--heldout4` builds the fourth (`corpus/heldout4/`) into
`corpus/heldout4/out/`, kept blind after the third was used for development; `--heldout5`
builds the fifth (`corpus/heldout5/`) into `corpus/heldout5/out/`, kept blind for a later
session; `--heldout6` builds the sixth (`corpus/heldout6/`) into `corpus/heldout6/out/`, also
kept blind for a later session; `--heldout7` builds the seventh (`corpus/heldout7/`) into
`corpus/heldout7/out/`, likewise kept blind; `--heldout8` builds the eighth (`corpus/heldout8/`)
into `corpus/heldout8/out/`, also kept blind; `--heldout9` builds the ninth (`corpus/heldout9/`)
into `corpus/heldout9/out/`, likewise kept blind; `--heldout10` builds the tenth
(`corpus/heldout10/`) into `corpus/heldout10/out/`, also kept blind.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus import (
    degrade,
    docxkit,
    heldout,
    heldout2,
    heldout3,
    heldout4,
    heldout5,
    heldout6,
    heldout7,
    heldout8,
    heldout9,
    heldout10,
    layouts,
    tcvn3,
)
from corpus.convert import convert
from corpus.spec import Entry, Layout

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT / "out"
TRUTH_DIR = ROOT / "truth"
STAMP = ".build.json"


@dataclass(frozen=True)
class CorpusSet:
    """One set of layouts built by the same kit: its modules, its generator folder (hashed to
    tell a stale build), its reviewed truth and its default output folder."""

    name: str
    modules: tuple[str, ...]
    load: Callable[[tuple[str, ...]], list[Layout]]
    folder: Path
    truth_dir: Path
    default_out: Path


MAIN = CorpusSet("corpus", layouts.MODULES, layouts.load, ROOT / "layouts", TRUTH_DIR, DEFAULT_OUT)
HELDOUT = CorpusSet(
    "heldout",
    heldout.MODULES,
    heldout.load,
    ROOT / "heldout",
    ROOT / "heldout" / "truth",
    ROOT / "heldout" / "out",
)
HELDOUT2 = CorpusSet(
    "heldout2",
    heldout2.MODULES,
    heldout2.load,
    ROOT / "heldout2",
    ROOT / "heldout2" / "truth",
    ROOT / "heldout2" / "out",
)
HELDOUT3 = CorpusSet(
    "heldout3",
    heldout3.MODULES,
    heldout3.load,
    ROOT / "heldout3",
    ROOT / "heldout3" / "truth",
    ROOT / "heldout3" / "out",
)
HELDOUT4 = CorpusSet(
    "heldout4",
    heldout4.MODULES,
    heldout4.load,
    ROOT / "heldout4",
    ROOT / "heldout4" / "truth",
    ROOT / "heldout4" / "out",
)
HELDOUT5 = CorpusSet(
    "heldout5",
    heldout5.MODULES,
    heldout5.load,
    ROOT / "heldout5",
    ROOT / "heldout5" / "truth",
    ROOT / "heldout5" / "out",
)
HELDOUT6 = CorpusSet(
    "heldout6",
    heldout6.MODULES,
    heldout6.load,
    ROOT / "heldout6",
    ROOT / "heldout6" / "truth",
    ROOT / "heldout6" / "out",
)
HELDOUT7 = CorpusSet(
    "heldout7",
    heldout7.MODULES,
    heldout7.load,
    ROOT / "heldout7",
    ROOT / "heldout7" / "truth",
    ROOT / "heldout7" / "out",
)
HELDOUT8 = CorpusSet(
    "heldout8",
    heldout8.MODULES,
    heldout8.load,
    ROOT / "heldout8",
    ROOT / "heldout8" / "truth",
    ROOT / "heldout8" / "out",
)
HELDOUT9 = CorpusSet(
    "heldout9",
    heldout9.MODULES,
    heldout9.load,
    ROOT / "heldout9",
    ROOT / "heldout9" / "truth",
    ROOT / "heldout9" / "out",
)
HELDOUT10 = CorpusSet(
    "heldout10",
    heldout10.MODULES,
    heldout10.load,
    ROOT / "heldout10",
    ROOT / "heldout10" / "truth",
    ROOT / "heldout10" / "out",
)
SETS = {
    "corpus": MAIN,
    "heldout": HELDOUT,
    "heldout2": HELDOUT2,
    "heldout3": HELDOUT3,
    "heldout4": HELDOUT4,
    "heldout5": HELDOUT5,
    "heldout6": HELDOUT6,
    "heldout7": HELDOUT7,
    "heldout8": HELDOUT8,
    "heldout9": HELDOUT9,
    "heldout10": HELDOUT10,
}
MODULES = MAIN.modules


@dataclass
class Built:
    entry: Entry
    layout: Layout
    truth: Any  # corpus.spec.Truth
    files: list[str]


def source_hash(corpus_set: CorpusSet = MAIN) -> str:
    """A hash of the kit and of the set's own files: a build is stale when one changes."""
    digest = hashlib.sha256()
    kit = sorted(ROOT.glob("*.py")) + sorted(ROOT.glob("*.yaml"))
    own = sorted(corpus_set.folder.rglob("*.py")) + sorted(corpus_set.folder.rglob("*.yaml"))
    for path in kit + own:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def is_current(
    out: Path,
    layouts: Sequence[str] | None = None,
    images: bool = True,
    corpus_set: CorpusSet = MAIN,
) -> bool:
    stamp = out / STAMP
    if not stamp.exists():
        return False
    recorded = json.loads(stamp.read_text(encoding="utf-8"))
    return bool(
        recorded.get("hash") == source_hash(corpus_set)
        and set(layouts or corpus_set.modules) <= set(recorded.get("layouts", []))
        and (recorded.get("images") or not images)
    )


def _word_files(layouts: list[Layout], out: Path) -> list[Built]:
    built = []
    for layout in layouts:
        for entry in layout.entries:
            document, truth = layout.render(entry.values)
            (out / f"{entry.stem}.docx").write_bytes(docxkit.save(document))
            built.append(Built(entry, layout, truth, [f"{entry.stem}.docx", f"{entry.stem}.pdf"]))
    return built


def _legacy(built: list[Built], out: Path) -> None:
    plain = [out / f"{b.entry.stem}.docx" for b in built if "doc" in b.entry.variants]
    convert(plain, "doc", out)
    for b in built:
        if "doc" in b.entry.variants:
            b.files.append(f"{b.entry.stem}.doc")
    legacy = [b for b in built if "tcvn3-doc" in b.entry.variants]
    if not legacy:
        return
    with tempfile.TemporaryDirectory(prefix="corpus-tcvn3-") as tmp:
        sources = []
        for b in legacy:
            path = Path(tmp) / f"{b.entry.stem}-tcvn3.docx"
            path.write_bytes(tcvn3.to_tcvn3((out / f"{b.entry.stem}.docx").read_bytes()))
            sources.append(path)
        convert(sources, "doc", out)
    for b in legacy:
        b.files.append(f"{b.entry.stem}-tcvn3.doc")


def _image_variants(job: tuple[Path, str, tuple[str, ...], degrade.Marks]) -> list[str]:
    """Scan and/or photo of one entry (runs in a worker process); returns the file names."""
    out, stem, variants, marks = job
    pdf = (out / f"{stem}.pdf").read_bytes()
    seed = zlib.crc32(stem.encode())
    names = []
    if "scan" in variants:
        (out / f"{stem}-scan.pdf").write_bytes(degrade.scan(pdf, marks, seed))
        names.append(f"{stem}-scan.pdf")
    if "photo" in variants:
        data, ext = degrade.photo(pdf, marks, seed + 1)
        (out / f"{stem}-photo.{ext}").write_bytes(data)
        names.append(f"{stem}-photo.{ext}")
    return names


def _images(built: list[Built], out: Path, workers: int) -> None:
    jobs = [
        (out, b.entry.stem, b.entry.variants, degrade.Marks(b.truth.signer, b.truth.stamp))
        for b in built
    ]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for b, names in zip(built, pool.map(_image_variants, jobs), strict=True):
            b.files.extend(names)


SHORT_TEXT = ("unit_name", "model_name", "leader_name", "leader_position", "location")


def truth_json(built: Built) -> dict[str, Any]:
    """The truth file of one built entry; a TCVN3 variant adds the forms that TCVN3 can spell."""
    data: dict[str, Any] = built.truth.as_json(built.layout.name, built.files)
    if "tcvn3-doc" in built.entry.variants:
        for key in SHORT_TEXT:
            value = data["fields"][key]
            if value is not None and (legacy := tcvn3.retyped(value)) != value:
                data["alt"].setdefault(key, []).append(legacy)
    return data


def _write_truth(built: list[Built], out: Path, update: bool, truth_dir: Path) -> list[str]:
    """Write each truth next to its files; return the entries whose truth differs from git's."""
    stale = []
    truth_dir.mkdir(exist_ok=True)
    for b in built:
        data = truth_json(b)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        (out / f"{b.entry.stem}.truth.json").write_text(text, encoding="utf-8")
        reviewed = truth_dir / f"{b.entry.stem}.truth.json"
        kept = dict(data, files=[])
        if update:
            reviewed.write_text(json.dumps(kept, ensure_ascii=False, indent=2) + "\n", "utf-8")
        elif not reviewed.exists() or json.loads(reviewed.read_text("utf-8")) != kept:
            stale.append(b.entry.stem)
    return stale


def build(
    out: Path | None = None,
    names: Sequence[str] | None = None,
    *,
    images: bool = True,
    update_truth: bool = False,
    workers: int = 2,
    corpus_set: CorpusSet = MAIN,
) -> list[Built]:
    out = out or corpus_set.default_out
    names = tuple(names or corpus_set.modules)
    unknown = set(names) - set(corpus_set.modules)
    if unknown:
        raise SystemExit(f"no layout {', '.join(sorted(unknown))} in the {corpus_set.name} set")
    out.mkdir(parents=True, exist_ok=True)
    (out / STAMP).unlink(missing_ok=True)
    built = _word_files(corpus_set.load(names), out)
    convert([out / f"{b.entry.stem}.docx" for b in built], "pdf", out)
    _legacy(built, out)
    if images:
        _images(built, out, workers)
    stale = _write_truth(built, out, update_truth, corpus_set.truth_dir)
    if stale:
        where = corpus_set.truth_dir.relative_to(ROOT.parent).as_posix()
        flag = "" if corpus_set is MAIN else f" --{corpus_set.name}"
        raise SystemExit(
            f"truth differs from {where}/ for {', '.join(stale)}: review the change, "
            f"then run `python -m corpus.build{flag} --update-truth`"
        )
    stamp = {"hash": source_hash(corpus_set), "layouts": list(names), "images": images}
    (out / STAMP).write_text(json.dumps(stamp), encoding="utf-8")
    return built


def ensure_built(out: Path = DEFAULT_OUT, corpus_set: CorpusSet = MAIN) -> Path:
    """Build the whole set into `out` unless a current build is already there."""
    if not is_current(out, corpus_set=corpus_set):
        build(out, corpus_set=corpus_set)
    return out


def _chosen_set(args: argparse.Namespace) -> CorpusSet:
    chosen = [s for name, s in SETS.items() if getattr(args, name, False)]
    return chosen[0] if chosen else MAIN


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--heldout", action="store_true", help="build the held-out set (corpus/heldout/)"
    )
    which.add_argument(
        "--heldout2", action="store_true", help="build the second held-out set (corpus/heldout2/)"
    )
    which.add_argument(
        "--heldout3", action="store_true", help="build the third held-out set (corpus/heldout3/)"
    )
    which.add_argument(
        "--heldout4", action="store_true", help="build the fourth held-out set (corpus/heldout4/)"
    )
    which.add_argument(
        "--heldout5", action="store_true", help="build the fifth held-out set (corpus/heldout5/)"
    )
    which.add_argument(
        "--heldout6", action="store_true", help="build the sixth held-out set (corpus/heldout6/)"
    )
    which.add_argument(
        "--heldout7",
        action="store_true",
        help="build the seventh held-out set (corpus/heldout7/)",
    )
    which.add_argument(
        "--heldout8",
        action="store_true",
        help="build the eighth held-out set (corpus/heldout8/)",
    )
    which.add_argument(
        "--heldout9",
        action="store_true",
        help="build the ninth held-out set (corpus/heldout9/)",
    )
    which.add_argument(
        "--heldout10",
        action="store_true",
        help="build the tenth held-out set (corpus/heldout10/)",
    )
    parser.add_argument("--out", type=Path, help="default: corpus/out or corpus/<set>/out")
    parser.add_argument(
        "--layout", action="append", choices=[m for s in SETS.values() for m in s.modules]
    )
    parser.add_argument("--no-images", action="store_true", help="skip scans and photos")
    parser.add_argument("--update-truth", action="store_true")
    args = parser.parse_args(argv)
    corpus_set = _chosen_set(args)
    out = args.out or corpus_set.default_out
    start = time.perf_counter()
    built = build(
        out,
        args.layout,
        images=not args.no_images,
        update_truth=args.update_truth,
        corpus_set=corpus_set,
    )
    files = sum(len(b.files) for b in built)
    print(
        f"{len(built)} documents, {files} files in {out} ({time.perf_counter() - start:.1f} s)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
