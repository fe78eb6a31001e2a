"""The fourteenth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout14`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout14/SOURCES.md`), for an
invented Kinh and Bru-Vân Kiều border commune of Quảng Trị (`units-khe-may-dong.yaml`). Its
figures are a measurement, not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "phieutrinh_pheduyet",
    "chuongtrinh_phoihop",
    "dondenghi_nhomho",
    "thucamon_nhahaotam",
    "kichban_dieuhanh",
    "thongcao_baochi",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout14.{name}").LAYOUT for name in names]
