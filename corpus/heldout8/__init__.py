"""The eighth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout8`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout8/SOURCES.md`), mostly for an
invented commune of the southeast (`units-tan-duc-nam.yaml`). Its figures are a measurement, not
a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "webform_inbrowser",
    "zalo_nhom",
    "tongket_5nam",
    "bienban_binhxet",
    "gachduoi_nhan",
    "toroi_3cot",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout8.{name}").LAYOUT for name in names]
