"""The seventh held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout7`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout7/SOURCES.md`), mostly for an
invented coastal commune of central Vietnam (`units-hoa-loc-hai.yaml`). Its figures are a
measurement, not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "bangtinh_dangky",
    "thanhtich_giaykhen",
    "dean_mohinh",
    "kehoach_trienkhai",
    "donxin_canhan",
    "thongbao_ketqua",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout7.{name}").LAYOUT for name in names]
