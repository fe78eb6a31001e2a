"""The corpus layouts, one module each; `ALL` lists them in corpus order."""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "hd36_dangky",
    "hd36_baocao",
    "nd98_tapthe",
    "nd98_canhan",
    "chihoi_thanhtich",
    "xom_baocao",
    "giaouoc_bang",
    "phieu_2truong",
    "phieu_checkbox",
    "doan_dangky",
    "danhsach_linhvuc",
    "ubnd_baocao",
    "dienkhuyet_baocao",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    layouts = []
    for name in names:
        module = importlib.import_module(f"corpus.layouts.{name}")
        layouts.append(module.LAYOUT)
    return layouts
