"""The eleventh held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout11`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout11/SOURCES.md`), mostly for an
invented Tày, Dao and Nùng commune of Tuyên Quang (`units-ta-bo-giang.yaml`). Its figures are a
measurement, not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "googleform_traloi",
    "thu_chuyentiep",
    "handout_3slide",
    "bang_hainam",
    "dauchan_chuthich",
    "totrinh_congnhan",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout11.{name}").LAYOUT for name in names]
