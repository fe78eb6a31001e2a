"""The fourth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout4`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout4/SOURCES.md`), mostly for an
invented commune of its own (`units-ea-blong.yaml`). Its figures are a measurement, not a
target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "bienban_hop",
    "thamluan_hoinghi",
    "tomtat_thanhtich",
    "danguy_congvan",
    "phieu_bang_gop",
    "gioithieu_nhantrai",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout4.{name}").LAYOUT for name in names]
