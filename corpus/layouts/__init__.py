"""The corpus layouts, one module each; `ALL` lists them in corpus order."""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = ("hd36_dangky",)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    layouts = []
    for name in names:
        module = importlib.import_module(f"corpus.layouts.{name}")
        layouts.append(module.LAYOUT)
    return layouts
