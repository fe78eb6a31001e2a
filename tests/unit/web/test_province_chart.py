"""The province page's stacked bars: each commune's bar split by its shares, in the rows' order."""

from __future__ import annotations

from datetime import date

from documents.province import CommuneProgress, DeadlineProgress
from web.province import percent, progress_chart


def row(name: str, units: int, on_time: int, late: int) -> CommuneProgress:
    d = DeadlineProgress("report", date(2024, 9, 5), units, on_time, late, units - on_time - late)
    return CommuneProgress(1, name, name, None, {"report": d})


def test_each_bar_is_split_into_on_time_late_and_missing_in_proportion() -> None:
    chart = progress_chart(
        "Báo cáo", [row("xã Hòa Bình", 4, 1, 1), row("xã Nghĩa Thái", 2, 2, 0)], "report"
    )
    first, second = chart.rows
    assert [s.css for s in first.segments] == ["sent", "late", "missing"]
    widths = [s.width for s in first.segments]
    assert widths == [
        round(chart.bar_width / 4, 1),
        round(chart.bar_width / 4, 1),
        round(chart.bar_width / 2, 1),
    ]
    assert first.segments[1].x == round(first.segments[0].x + widths[0], 1)
    assert first.percent == "50,0%" and second.percent == "100,0%"
    assert [s.width for s in second.segments][1:] == [0.0, 0.0]
    assert second.y > first.y and chart.height > second.y
    assert "xã Hòa Bình: 50,0% đơn vị đã nộp, 1 muộn, 2 chưa nộp" in chart.desc


def test_percent_is_written_the_vietnamese_way() -> None:
    assert percent(1 / 3) == "33,3%" and percent(1.0) == "100,0%"
    assert progress_chart("x", [], "report").desc == "Chưa có dữ liệu"
