"""The second held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout2`), from real public
paperwork of other kinds than the corpus and the first held-out set (see
`corpus/heldout2/SOURCES.md`), mostly for an invented commune of its own
(`units-kim-binh-nam.yaml`). Its figures are a measurement, not a target: the extraction rules
must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "ccb_baocao",
    "congvan_baocao",
    "congdoan_bang",
    "phieu_gopdong",
    "btcmt_khudancu",
    "congan_kehoach",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout2.{name}").LAYOUT for name in names]
