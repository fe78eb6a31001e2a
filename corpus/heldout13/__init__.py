"""The thirteenth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout13`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout13/SOURCES.md`), for an
invented Cham, Raglai and Kinh commune of Khánh Hòa (`units-my-lam-dong.yaml`). Its figures are
a measurement, not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "quyche_dieu",
    "tokhai_ochu",
    "trichngang_danhsach",
    "congkhai_niemyet",
    "infographic_sonieu",
    "baiduthi_bia",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout13.{name}").LAYOUT for name in names]
