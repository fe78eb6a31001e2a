"""The sixth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout6`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout6/SOURCES.md`), mostly for an
invented mountainous commune of its own (`units-khuoi-xa.yaml`). Its figures are a measurement,
not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "quyetdinh_congnhan",
    "trinhchieu_slide",
    "bienban_kiemtra",
    "guong_dienhinh",
    "sotheodoi_hoatdong",
    "laykien_khaosat",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout6.{name}").LAYOUT for name in names]
