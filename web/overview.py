"""The overview's filters, counts and charts, computed from `documents.register`'s statuses.

Pure functions over the statuses, so filtering can be tested without a web request.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from documents import clock
from documents.register import UnitStatus
from web.charts import BarChart, LineChart, bar_chart, cumulative_chart
from web.labels import DEADLINE, DOMAIN, MODEL_TYPE, STATUS


@dataclass(frozen=True)
class Filters:
    """The overview's GET parameters; unknown values are ignored rather than rejected."""

    kind: str = ""
    domain: str = ""
    model_type: str = ""
    status: str = ""
    deadline: str = ""
    q: str = ""

    @classmethod
    def from_args(cls, args: Mapping[str, str], unit_kinds: Sequence[str]) -> Filters:
        def pick(name: str, allowed: Sequence[str]) -> str:
            value = str(args.get(name, "") or "")
            return value if value in allowed else ""

        return cls(
            kind=pick("kind", unit_kinds),
            domain=pick("domain", list(DOMAIN)),
            model_type=pick("model_type", list(MODEL_TYPE)),
            status=pick("status", list(STATUS)),
            deadline=pick("deadline", list(DEADLINE)),
            q=str(args.get("q", "") or "")[:100].strip(),
        )

    @property
    def active(self) -> bool:
        return any((self.kind, self.domain, self.model_type, self.status, self.deadline, self.q))

    def args(self) -> dict[str, str]:
        """The filters as GET parameters, so that links (pages, print) keep them."""
        values = {
            "q": self.q,
            "kind": self.kind,
            "deadline": self.deadline,
            "status": self.status,
            "domain": self.domain,
            "model_type": self.model_type,
        }
        return {name: value for name, value in values.items() if value}


PER_PAGE = 50


@dataclass(frozen=True)
class Page:
    """One page of the (filtered) units: the overview shows `PER_PAGE` rows at a time."""

    units: list[UnitStatus]
    number: int
    count: int  # how many pages
    total: int  # how many units match
    first: int  # 1-based position of the first unit shown, 0 when none

    @property
    def last(self) -> int:
        return self.first + len(self.units) - 1 if self.units else 0

    @property
    def numbers(self) -> list[int | None]:
        """Page links to show: the first, the last and two either side; None marks a gap."""
        wanted = {1, self.count, *range(self.number - 2, self.number + 3)}
        shown = sorted(n for n in wanted if 1 <= n <= self.count)
        out: list[int | None] = []
        for n in shown:
            if out and out[-1] is not None and n - out[-1] > 1:
                out.append(None)
            out.append(n)
        return out


def paginate(units: Sequence[UnitStatus], raw_page: object, per_page: int = PER_PAGE) -> Page:
    """The page asked for; a page number out of range or not a number gives the nearest page."""
    count = max(1, -(-len(units) // per_page))
    try:
        number = int(str(raw_page))
    except ValueError:
        number = 1
    number = min(max(number, 1), count)
    start = (number - 1) * per_page
    shown = list(units[start : start + per_page])
    return Page(shown, number, count, len(units), start + 1 if shown else 0)


def fold(text: str) -> str:
    """A search key: no diacritics, Đ→D, case-folded, so "xom 3" finds "Xóm 3"."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn").casefold()


def _current_fields(unit: UnitStatus, deadlines: Sequence[str]) -> list[Mapping[str, object]]:
    return [
        doc.fields or {}
        for kind in deadlines
        if kind in unit.deadlines
        for doc in unit.deadlines[kind].documents
        if doc.is_current
    ]


def apply_filters(units: Sequence[UnitStatus], f: Filters) -> list[UnitStatus]:
    deadlines = [f.deadline] if f.deadline else list(DEADLINE)
    needle = fold(f.q) if f.q else ""
    kept: list[UnitStatus] = []
    for unit in units:
        if f.kind and unit.unit_kind != f.kind:
            continue
        if needle and needle not in fold(unit.unit_name):
            fields = _current_fields(unit, deadlines)
            if not any(needle in fold(str(x.get("model_name") or "")) for x in fields):
                continue
        if f.status and not any(
            unit.deadlines[k].status == f.status for k in deadlines if k in unit.deadlines
        ):
            continue
        if f.domain or f.model_type:
            fields = _current_fields(unit, deadlines)
            if not any(
                (not f.domain or x.get("domain") == f.domain)
                and (not f.model_type or x.get("model_type") == f.model_type)
                for x in fields
            ):
                continue
        kept.append(unit)
    return kept


@dataclass(frozen=True)
class StatusCount:
    status: str
    label: str
    count: int
    percent: float


@dataclass(frozen=True)
class DeadlineSummary:
    kind: str
    label: str
    due_date: object
    total: int
    counts: tuple[StatusCount, ...] = field(default_factory=tuple)


def summarise(units: Sequence[UnitStatus]) -> list[DeadlineSummary]:
    result: list[DeadlineSummary] = []
    for kind, name in DEADLINE.items():
        present = [u.deadlines[kind] for u in units if kind in u.deadlines]
        if not present:
            continue
        tally = Counter(d.status for d in present)
        total = len(present)
        counts = tuple(
            StatusCount(code, text, tally.get(code, 0), round(100 * tally.get(code, 0) / total, 1))
            for code, text in STATUS.items()
        )
        result.append(DeadlineSummary(kind, name, present[0].due_date, total, counts))
    return result


def charts(units: Sequence[UnitStatus], timezone: str) -> tuple[list[LineChart], list[BarChart]]:
    lines: list[LineChart] = []
    for kind, name in DEADLINE.items():
        present = [u.deadlines[kind] for u in units if kind in u.deadlines]
        if not present:
            continue
        days = []
        for status in present:
            for doc in status.documents:
                if doc.is_current:
                    days.append(clock.local_date(doc.received_at, timezone))
        lines.append(
            cumulative_chart(
                f"{name}: văn bản nhận được theo ngày", days, present[0].due_date, len(present)
            )
        )
    registered = [fields for u in units for fields in _current_fields(u, ["registration"])]
    domains = Counter(str(x.get("domain") or "") for x in registered)
    types = Counter(str(x.get("model_type") or "") for x in registered)
    by_domain = {text: domains.get(code, 0) for code, text in DOMAIN.items()}
    if domains.get(""):
        by_domain["Chưa xác định"] = domains[""]
    by_type = {text: types.get(code, 0) for code, text in MODEL_TYPE.items()}
    if types.get(""):
        by_type["Chưa xác định"] = types[""]
    bars = [
        bar_chart("Mô hình đăng ký theo lĩnh vực", by_domain),
        bar_chart("Mô hình đăng ký theo loại hình", by_type),
    ]
    return lines, bars
