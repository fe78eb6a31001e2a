"""The fifteenth held-out set: layouts kept back to measure the reader on forms it has never seen.

Built by the same kit as `corpus.layouts` (`python -m corpus.build --heldout15`), from kinds of
real public paperwork that no earlier set uses (see `corpus/heldout15/SOURCES.md`), for an
invented Kinh and Khmer coastal commune of Vĩnh Long (`units-giong-sao.yaml`). Its figures are
a measurement, not a target: the extraction rules must not be tuned on it.
"""

from __future__ import annotations

import importlib

from corpus.spec import Layout

MODULES = (
    "nghiquyet_chibo",
    "thungo_keugoi",
    "maket_pano",
    "bienban_nghiemthu",
    "giayxacnhan_ketqua",
    "thongbao_ketluan",
)


def load(names: tuple[str, ...] = MODULES) -> list[Layout]:
    return [importlib.import_module(f"corpus.heldout15.{name}").LAYOUT for name in names]
