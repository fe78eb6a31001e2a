"""Build the corpus: every entry of every layout as .docx, PDF, scan/photo, .doc, with truth.

Run: `.venv/bin/python -m corpus.build [--heldout | --heldout2 | … | --heldout17] [--out DIR]
[--layout NAME …] [--no-images] [--update-truth]`. The generated truth must equal the reviewed
copy in `corpus/truth/` (the build fails otherwise; `--update-truth` rewrites the copy after a
deliberate change). The output folder can be scored with `dvk score corpus/out`.
`--heldoutN` builds the N-th held-out set (`corpus/heldoutN/`, truth in
`corpus/heldoutN/truth/`) into `corpus/heldoutN/out/` instead: layouts kept back to measure the
reader on forms it was never tuned on. Which sets have been read blind and which are now used
for development is in the README (Figures); a set is added by a package beside the others and
one line in `SETS`.
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
    heldout11,
    heldout12,
    heldout13,
    heldout14,
    heldout15,
    heldout16,
    heldout17,
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


def _held_out(package: Any) -> CorpusSet:
    """A held-out set kept in `corpus/<name>/`: its layouts, truth and output beside them."""
    name = package.__name__.rsplit(".", 1)[-1]
    folder = ROOT / name
    return CorpusSet(name, package.MODULES, package.load, folder, folder / "truth", folder / "out")


HELDOUT = _held_out(heldout)
HELDOUT2 = _held_out(heldout2)
HELDOUT3 = _held_out(heldout3)
HELDOUT4 = _held_out(heldout4)
HELDOUT5 = _held_out(heldout5)
HELDOUT6 = _held_out(heldout6)
HELDOUT7 = _held_out(heldout7)
HELDOUT8 = _held_out(heldout8)
HELDOUT9 = _held_out(heldout9)
HELDOUT10 = _held_out(heldout10)
HELDOUT11 = _held_out(heldout11)
HELDOUT12 = _held_out(heldout12)
HELDOUT13 = _held_out(heldout13)
HELDOUT14 = _held_out(heldout14)
HELDOUT15 = _held_out(heldout15)
HELDOUT16 = _held_out(heldout16)
HELDOUT17 = _held_out(heldout17)
SETS = {s.name: s for s in (MAIN, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6,
                            HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11,
                            HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15,
                            HELDOUT16, HELDOUT17)}  # fmt: skip
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


def add_set_options(parser: argparse.ArgumentParser, verb: str) -> None:
    """`--heldout`, `--heldout2` …: one flag per held-out set, instead of the main corpus."""
    which = parser.add_mutually_exclusive_group()
    for name in SETS:
        if name != MAIN.name:
            which.add_argument(f"--{name}", action="store_true", help=f"{verb} corpus/{name}/")


def chosen_set(args: argparse.Namespace) -> CorpusSet:
    """The set the flags of `add_set_options` chose; the main corpus without one."""
    chosen = [s for name, s in SETS.items() if getattr(args, name, False)]
    return chosen[0] if chosen else MAIN


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_set_options(parser, "build the held-out set")
    parser.add_argument("--out", type=Path, help="default: corpus/out or corpus/<set>/out")
    parser.add_argument(
        "--layout", action="append", choices=[m for s in SETS.values() for m in s.modules]
    )
    parser.add_argument("--no-images", action="store_true", help="skip scans and photos")
    parser.add_argument("--update-truth", action="store_true")
    args = parser.parse_args(argv)
    corpus_set = chosen_set(args)
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
