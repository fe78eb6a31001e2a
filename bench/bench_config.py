"""How long reading a units file takes, and how much memory, at the sizes that matter: the example
commune, the largest file dvk accepts, and a YAML alias bomb (refused).

Run: .venv/bin/python -m bench.bench_config
Time is measured without tracing; peak memory in a second, traced read (tracemalloc).
"""

from __future__ import annotations

import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from documents.config_files import MAX_FILE_BYTES, ConfigFileError, load_units_file

ROOT = Path(__file__).resolve().parent.parent

BOMB = "".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n',
        *(
            f"{level}: &{level} [" + ",".join([f"*{chr(ord(level) - 1)}"] * 9) + "]\n"
            for level in "bcdefghi"
        ),
        "units: *i\n",
    ]
)


def largest_accepted() -> str:
    """As many units as fit under the size bound, each with aliases, an address and a contact."""
    lines, index, size = ["units:"], 0, 7
    while True:
        unit = [
            f"  - id: u{index}",
            f"    name: Đơn vị số {index} của xã Nghĩa Thái",
            "    kind: chi_bo",
            f"    aliases: [DV {index}, Đơn vị {index}, Chi bộ số {index}]",
            f"    emails: [u{index}@xa.test]",
            f"    contact: Nguyễn Văn {index}",
        ]
        grown = size + sum(len(line.encode()) + 1 for line in unit)
        if grown > MAX_FILE_BYTES:
            return "\n".join(lines) + "\n"
        lines += unit
        size, index = grown, index + 1


def _read(path: Path) -> str:
    try:
        return f"{len(load_units_file(path).units)} units loaded"
    except ConfigFileError as exc:
        return "refused: " + str(exc).split(": ", 1)[1][:60]


def measure(label: str, path: Path, rounds: int = 3) -> None:
    outcome = _read(path)
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        _read(path)
        times.append(time.perf_counter() - began)
    tracemalloc.start()
    _read(path)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    kib = path.stat().st_size / 1024
    print(
        f"{label:<28} {kib:7.0f} KiB  median {statistics.median(times) * 1000:7.0f} ms  "
        f"peak {peak:5.1f} MiB  {outcome}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files: list[tuple[str, Callable[[], str] | Path]] = [
            ("example commune (34 units)", ROOT / "examples" / "units.yaml"),
            ("largest accepted file", largest_accepted),
            ("alias bomb (9 levels of 9)", lambda: BOMB),
        ]
        for label, source in files:
            if isinstance(source, Path):
                path = source
            else:
                path = Path(tmp) / f"{label.split()[0]}.yaml"
                path.write_text(source(), encoding="utf-8")
            measure(label, path)


if __name__ == "__main__":
    main()
