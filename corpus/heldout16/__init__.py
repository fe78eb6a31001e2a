"""The sixteenth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout16`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout16/SOURCES.md`), for an
invented Tày and Nùng upland commune of Lạng Sơn (`units-pac-na-hin.yaml`). Its figures are
a measurement, not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "camket_dangvien",
    "dienvan_ramat",
    "thoathuan_taitro",
    "kiemdiem_canhan",
    "baocao_truongthon",
    "fanpage_baiviet",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout16.{name}").LAYOUT for name in names]
