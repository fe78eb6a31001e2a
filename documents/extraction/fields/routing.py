"""The people of an office's routing slip, who are not the model's person in charge.

A submission slip ("Phiếu trình") carries the model's registration inside an office's own
routing: "Kính trình: Đồng chí X, Phó Bí thư phụ trách Đoàn xã" (the head it goes up to),
"Người trình: …" (the clerk who wrote it), "Người duyệt / Lãnh đạo phê duyệt: …" (the head who
signs it off), "Chuyên viên thụ lý: …". Those are the office's people with their own posts and
phones; "phụ trách" in the addressee's post ("phó bí thư phụ trách Đoàn xã") gives them the
office, not the model. Their rows are no sentence to read a person in charge from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from documents.extraction.normalise import fold

#: A routing label opening a line or a row's first cell, folded ("Kính trình:", "Người duyệt:").
_ROUTING = re.compile(
    r"^\W*(?:kinh trinh|nguoi trinh|nguoi duyet|nguoi ky duyet|nguoi phe duyet"
    r"|lanh dao (?:phe )?duyet|y kien phe duyet(?: cua lanh dao)?"
    r"|chuyen vien(?: thu ly| tham muu| trinh)?|bo phan trinh|don vi trinh|can bo trinh)"
    r"\s*(?::|$)"
)


def is_routing_line(line: str) -> bool:
    """Does the line open with a routing slip's label ("Kính trình: Đồng chí …")?"""
    return _ROUTING.match(fold(line).lower().strip()) is not None


def is_routing_row(cells: Sequence[str]) -> bool:
    """A table row whose first cell is a routing label: the whole row is the office's."""
    return len(cells) > 1 and is_routing_line(cells[0])
