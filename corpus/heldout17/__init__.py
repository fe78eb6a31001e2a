"""The seventeenth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout17`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout17/SOURCES.md`), for an
invented Mường and Kinh midland commune of Thanh Hóa (`units-phu-ma-thuong.yaml`). Its figures
are a measurement, not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "thuhoach_lienhe",
    "thongbao_tohoptac",
    "quyetdinh_thanhlap",
    "kichban_phongsu",
    "baocao_hoagiai",
    "nhanxet_noicutru",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout17.{name}").LAYOUT for name in names]
