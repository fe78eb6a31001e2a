"""Working days of Vietnamese civil servants, for placing reminders on days someone reads mail.

The fixed-date public holidays of Bộ luật Lao động 2019, Điều 112 are built in; the lunar ones
(Tết, Giỗ Tổ) and the days the government swaps each year are data in the campaign file
(`calendar.days_off`, `calendar.working_days`), and the file always wins: a date it lists as a
working day is one even when it is a Saturday or a built-in holiday.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

#: (month, day) of the public holidays whose date never moves.
FIXED_HOLIDAYS: frozenset[tuple[int, int]] = frozenset({(1, 1), (4, 30), (5, 1), (9, 2)})


def _dates(values: Iterable[Any]) -> frozenset[date]:
    return frozenset(v if isinstance(v, date) else date.fromisoformat(str(v)) for v in values)


@dataclass(frozen=True)
class WorkCalendar:
    """Weekends and holidays off, with the campaign's per-year overrides on top."""

    days_off: frozenset[date] = field(default_factory=frozenset)
    working_days: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def from_settings(cls, campaign_settings: Mapping[str, Any] | None) -> WorkCalendar:
        """The calendar from `Campaign.settings["calendar"]` (ISO strings or dates)."""
        calendar = (campaign_settings or {}).get("calendar") or {}
        return cls(
            days_off=_dates(calendar.get("days_off") or ()),
            working_days=_dates(calendar.get("working_days") or ()),
        )

    def is_working_day(self, day: date) -> bool:
        if day in self.working_days:
            return True
        if day in self.days_off or (day.month, day.day) in FIXED_HOLIDAYS:
            return False
        return day.weekday() < 5

    def working_days_before(self, day: date, count: int) -> date:
        """The `count`-th working day strictly before `day` (1 ⇒ the last one before it)."""
        return self._step(day, count, -1)

    def working_days_after(self, day: date, count: int) -> date:
        """The `count`-th working day strictly after `day`."""
        return self._step(day, count, 1)

    def _step(self, day: date, count: int, direction: int) -> date:
        if count < 1:
            raise ValueError("count must be at least 1")
        current, found = day, 0
        while found < count:
            current += timedelta(days=direction)
            if self.is_working_day(current):
                found += 1
        return current
