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
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 44, 28, 16, 36
TICK_FONT, BAR_FONT = 13, 14  # px, as the template draws them
#: Average advance of a character in em, generous for Vietnamese capitals and diacritics in the
#: sans-serif fonts browsers pick; labels are laid out so that this much always fits.
EM_PER_CHAR = 0.6


def text_width(text: str, size: float) -> float:
    """A safe estimate of how wide `text` is drawn at font size `size` (px)."""
    return len(text) * size * EM_PER_CHAR


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
    deadline_label_x: float  # right of the line, or left of it where the right has no room
    deadline_anchor: str  # "start" | "end"
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
    deadline_x = x_of(due)
    deadline_label = f"Hạn {due:%d/%m}"
    fits_right = deadline_x + 4 + text_width(deadline_label, TICK_FONT) <= WIDTH
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
        deadline_x=deadline_x,
        deadline_label=deadline_label,
        deadline_label_x=deadline_x + 4 if fits_right else deadline_x - 4,
        deadline_anchor="start" if fits_right else "end",
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        baseline_y=y_of(0),
        empty=received == 0,
    )


def _fit(text: str, room: float, size: float) -> str:
    """`text`, cut with "…" when it is wider than `room` (the full text stays in the desc)."""
    if text_width(text, size) <= room:
        return text
    keep = max(int(room / (size * EM_PER_CHAR)) - 1, 1)
    return text[:keep].rstrip() + "…"


def bar_chart(title: str, values: Mapping[str, int]) -> BarChart:
    """Horizontal bars, one per label, longest value filling the width.

    The label column is as wide as the longest label ("Xây dựng hệ thống chính trị" was cut
    off at a fixed 200 px), up to half the chart.
    """
    longest = max((text_width(name, BAR_FONT) for name in values), default=0.0)
    label_x = round(min(max(longest + 16, 120.0), WIDTH / 2), 1)
    row = 26
    height = PAD_TOP + row * max(len(values), 1) + 8
    top = max([*values.values(), 1])
    inner_w = WIDTH - label_x - PAD_RIGHT - 40
    bars = tuple(
        Bar(
            label=_fit(name, label_x - 16, BAR_FONT),
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
