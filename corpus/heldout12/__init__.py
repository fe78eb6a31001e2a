"""The twelfth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout12`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout12/SOURCES.md`), mostly for an
invented Kinh and Khmer commune of Cà Mau (`units-bao-sen-tay.yaml`). Its figures are a
measurement, not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "hoidap_tuyentruyen",
    "chamdiem_giamkhao",
    "sotay_viettay",
    "zalo_chupmanhinh",
    "bang_songngu_doc",
    "dong_tab",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout12.{name}").LAYOUT for name in names]
