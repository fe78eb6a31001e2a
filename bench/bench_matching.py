"""How fast units are matched: directory build and `match()` per document name.

Run: .venv/bin/python -m bench.bench_matching [--rounds 20]
Uses examples/units.yaml; each round matches every name and alias, upper-cased and with the
commune's name appended, from an unknown address (the slowest path: every entry is scored).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from documents.config_files import load_units_file
from documents.matching import UnitDirectory

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description="unit matching speed")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    spec = load_units_file(ROOT / "examples" / "units.yaml")
    units = [(u.id, u.name, u.aliases) for u in spec.units]
    addresses = {a: u.id for u in spec.units for a in u.emails}
    began = time.perf_counter()
    directory = UnitDirectory(units, addresses)
    cold = (time.perf_counter() - began) * 1000
    builds = []
    for _ in range(args.rounds):
        began = time.perf_counter()
        directory = UnitDirectory(units, addresses)
        builds.append((time.perf_counter() - began) * 1000)
    commune = spec.commune_name or ""
    names = [n for u in spec.units for n in (u.name, *u.aliases)]
    names += [f"{n} {commune}".upper() for n in names]
    per_name = []
    correct = 0
    owner = {n: u.id for u in spec.units for n in (u.name, *u.aliases)}
    for _ in range(args.rounds):
        began = time.perf_counter()
        for name in names:
            directory.match("unknown@example.test", [name])
        per_name.append((time.perf_counter() - began) * 1000 / len(names))
    for name, unit_id in owner.items():
        correct += directory.match(None, [name]).unit_id == unit_id
    print(f"directory of {len(units)} units, {len(directory.entries)} name keys")
    print(f"build: cold {cold:.1f} ms, warm median {statistics.median(builds):.2f} ms")
    print(f"match: median {statistics.median(per_name) * 1000:.0f} µs per document name")
    print(f"names and aliases matched to their own unit: {correct}/{len(owner)}")


if __name__ == "__main__":
    main()
