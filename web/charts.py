"""Charts as geometry for inline SVG: the template draws them, so every label stays escaped.

Built on the server so the page needs no JavaScript; each chart carries a title and a text
description for screen readers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

WIDTH, HEIGHT = 640, 240
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 44, 16, 16, 36


@dataclass(frozen=True)
class Tick:
    x: float
    y: float
    text: str


@dataclass(frozen=True)
class LineChart:
    title: str
    desc: str
    width: int
    height: int
    path: str  # numbers only: built here, never from data
    deadline_x: float | None
    deadline_label: str
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    baseline_y: float
    empty: bool


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class BarChart:
    title: str
    desc: str
    width: int
    height: int
    bars: tuple[Bar, ...]
    label_x: float


def cumulative_chart(title: str, days: Iterable[date], due: date, total_units: int) -> LineChart:
    """Documents received so far, day by day, with the deadline marked."""
    counts = Counter(days)
    first = min([*counts, due - timedelta(days=14)])
    last = max([*counts, due + timedelta(days=3)])
    span = max((last - first).days, 1)
    top = max(total_units, sum(counts.values()), 1)
    inner_w = WIDTH - PAD_LEFT - PAD_RIGHT
    inner_h = HEIGHT - PAD_TOP - PAD_BOTTOM

    def x_of(day: date) -> float:
        return round(PAD_LEFT + inner_w * (day - first).days / span, 1)

    def y_of(value: int) -> float:
        return round(PAD_TOP + inner_h * (1 - value / top), 1)

    running = 0
    points: list[str] = []
    day = first
    while day <= last:
        running += counts.get(day, 0)
        points.append(f"{x_of(day)},{y_of(running)}")
        day += timedelta(days=1)
    path = "M" + " L".join(points)
    step = max(span // 6, 1)
    x_ticks = tuple(
        Tick(
            x_of(first + timedelta(days=d)),
            HEIGHT - PAD_BOTTOM + 16,
            (first + timedelta(days=d)).strftime("%d/%m"),
        )
        for d in range(0, span + 1, step)
    )
    y_ticks = tuple(Tick(PAD_LEFT - 6, y_of(v), str(v)) for v in sorted({0, top // 2, top}))
    received = sum(counts.values())
    on_time = sum(n for d, n in counts.items() if d <= due)
    desc = (
        f"Đã nhận {received} văn bản, trong đó {on_time} văn bản đến trước hoặc đúng hạn "
        f"{due:%d/%m/%Y}; tổng số đơn vị: {total_units}."
    )
    return LineChart(
        title=title,
        desc=desc,
        width=WIDTH,
        height=HEIGHT,
        path=path,
        deadline_x=x_of(due),
        deadline_label=f"Hạn {due:%d/%m}",
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        baseline_y=y_of(0),
        empty=received == 0,
    )


def bar_chart(title: str, values: Mapping[str, int]) -> BarChart:
    """Horizontal bars, one per label, longest value filling the width."""
    label_x = 200.0
    row = 26
    height = PAD_TOP + row * max(len(values), 1) + 8
    top = max([*values.values(), 1])
    inner_w = WIDTH - label_x - PAD_RIGHT - 40
    bars = tuple(
        Bar(
            label=name,
            value=value,
            x=label_x,
            y=PAD_TOP + i * row,
            width=round(inner_w * value / top, 1),
            height=row - 8,
        )
        for i, (name, value) in enumerate(values.items())
    )
    desc = "; ".join(f"{name}: {value}" for name, value in values.items()) or "Chưa có dữ liệu"
    return BarChart(
        title=title, desc=desc, width=WIDTH, height=height, bars=bars, label_x=label_x - 8
    )
