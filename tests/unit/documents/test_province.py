"""The province's figures from the units' statuses: counts, shares, and the order worst first."""

from __future__ import annotations

from datetime import date

from documents.province import (
    CommuneProgress,
    DeadlineProgress,
    deadline_kinds,
    deadline_progress,
    worst_first,
)
from documents.register import DeadlineStatus, UnitStatus

DUE = {"registration": date(2024, 4, 7), "report": date(2024, 9, 5)}


def unit(unit_id: str, **statuses: str) -> UnitStatus:
    return UnitStatus(
        unit_id,
        unit_id,
        "chi_bo",
        {kind: DeadlineStatus(kind, DUE[kind], status, ()) for kind, status in statuses.items()},
    )


def test_deadline_progress_counts_on_time_late_and_missing() -> None:
    statuses = [
        unit("a", registration="received", report="missing"),
        unit("b", registration="needs_review", report="missing"),
        unit("c", registration="late", report="received"),
        unit("d", registration="missing", report="late"),
        unit("e", registration="missing", report="missing"),
    ]
    progress = deadline_progress(statuses)
    registration = progress["registration"]
    assert registration == DeadlineProgress("registration", DUE["registration"], 5, 2, 1, 2)
    assert registration.sent == 3 and registration.share_sent == 0.6
    assert registration.share_late == 0.2 and registration.share_missing == 0.4
    assert progress["report"] == DeadlineProgress("report", DUE["report"], 5, 1, 1, 3)


def test_a_commune_without_units_or_deadlines_has_no_figures_and_no_division_by_zero() -> None:
    assert deadline_progress([]) == {}
    empty = DeadlineProgress("report", DUE["report"], 0, 0, 0, 0)
    assert empty.share_sent == 1.0 and empty.share_missing == 0.0 and empty.share_late == 0.0


def commune(name: str, units: int, on_time: int, late: int) -> CommuneProgress:
    missing = units - on_time - late
    d = DeadlineProgress("registration", DUE["registration"], units, on_time, late, missing)
    return CommuneProgress(1, name.lower(), name, "2024", {"registration": d})


def test_worst_first_is_the_smallest_share_sent_then_most_missing_then_name() -> None:
    rows = [
        commune("Xã Ba", 10, 10, 0),  # all sent
        commune("Xã Một", 4, 1, 1),  # 50%, 2 missing of 4
        commune("Xã Bốn", 60, 10, 20),  # 50%, 30 missing of 60: same share, same share missing
        commune("Xã Hai", 100, 0, 20),  # 20%
        commune("Xã Năm", 4, 0, 2),  # 50%, but half of it late
    ]
    order = [p.name for p in worst_first(rows, "registration")]
    assert order == ["Xã Hai", "Xã Năm", "Xã Bốn", "Xã Một", "Xã Ba"]
    assert worst_first(rows, "report") == []  # nobody has that deadline


def test_deadline_kinds_put_registration_before_report() -> None:
    report_only = CommuneProgress(
        2, "x", "X", None, {"report": DeadlineProgress("report", DUE["report"], 1, 0, 0, 1)}
    )
    assert deadline_kinds([report_only, commune("Y", 1, 1, 0)]) == ["registration", "report"]
    assert deadline_kinds([]) == []
