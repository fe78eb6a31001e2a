"""The third held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout3`), from real public
paperwork of other kinds than the corpus and the first two held-out sets (see
`corpus/heldout3/SOURCES.md`), mostly for an invented commune of its own
(`units-yen-thach-bac.yaml`). Its figures are a measurement, not a target: the extraction rules
must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "totrinh_mohinh",
    "phunu_phieu_2trang",
    "doan_thanhtich_bang",
    "nongdan_odanhdau",
    "baocao_chitieu_kinhphi",
    "chibo_soket_2cot",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout3.{name}").LAYOUT for name in names]
