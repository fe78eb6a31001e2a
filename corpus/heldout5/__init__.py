"""The fifth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout5`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout5/SOURCES.md`), mostly for an
invented commune of its own (`units-vinh-phong-dong.yaml`). Its figures are a measurement, not a
target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "thudientu_baocao",
    "nct_cauhoi",
    "baocao_theoquy",
    "tudanhgia_diem",
    "soket_nhieu_mohinh",
    "dangky_viettay",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout5.{name}").LAYOUT for name in names]
