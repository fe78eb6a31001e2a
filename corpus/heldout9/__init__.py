"""The ninth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout9`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout9/SOURCES.md`), mostly for an
invented Khmer commune of the Mekong delta (`units-tan-thanh-soc.yaml`). Its figures are a
measurement, not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "hoso_mohinh",
    "tinbai_phatthanh",
    "saoy_banchinh",
    "nhanphai_bang",
    "phucdap_congvan",
    "giaymoi_tonvinh",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout9.{name}").LAYOUT for name in names]
