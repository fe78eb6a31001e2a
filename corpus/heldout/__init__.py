"""The held-out set: layouts kept back to measure the reader on forms it was never tuned on.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout`), from real public
paperwork of other kinds (see `corpus/heldout/SOURCES.md`), mostly for an invented commune of its
own (`units-phu-lac-tay.yaml`). Its figures are a measurement, not a target: the extraction rules
must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "sangkien_don",
    "thuyetminh_2phan",
    "btcmt_chitieu",
    "bieu_thongke",
    "dangky_thidua_coquan",
    "phieu_dienvao",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout.{name}").LAYOUT for name in names]
