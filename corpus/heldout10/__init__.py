"""The tenth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout10`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout10/SOURCES.md`), mostly for an
invented H'Mông and Thái commune of Điện Biên (`units-huoi-lech.yaml`). Its figures are a
measurement, not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "maso_chuthich",
    "songngu_hmong",
    "phongvan_bantin",
    "anh_phuluc",
    "kehoach_thang",
    "mau_chamgach",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout10.{name}").LAYOUT for name in names]
