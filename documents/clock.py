"""Time in dvk: what time it is, in which zone the campaign lives, and the conversions between.

One rule holds everywhere: a datetime that crosses a boundary (the database, a mail header, the
command line, a page, an export) is an aware instant, and inside dvk it is kept in UTC. Local
time exists only at the edges, and always in the campaign's zone, which is data (the campaign
row's `timezone`), never the process's `TZ` nor the database session's TimeZone:

- an instant becomes the local date that decides lateness, and the wall-clock time people read;
- a local time someone types (`dvk remind --at 2024-04-04 08:00`) becomes an instant;
- a local day (a reminder slot at 08:00, "today" for a daily limit) becomes UTC bounds.

"Now" is the system clock's everywhere but in a rehearsal (`dvk demo`), which hands an
`AcceleratedClock` to the code it drives and passes its moments on as `now=`; nothing patches
this module.

A naive datetime is refused with `NaiveDatetimeError` instead of being guessed at: guessing
"it is UTC" is exactly how a form sent at 20:00+07:00 on the deadline day was marked late.
"""

from __future__ import annotations

import time as _time
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo

__all__ = [
    "FALLBACK_ZONE",
    "SYSTEM",
    "UTC",
    "AcceleratedClock",
    "Clock",
    "NaiveDatetimeError",
    "day_bounds",
    "isoformat",
    "local",
    "local_date",
    "local_moment",
    "local_naive",
    "now",
    "parse_local",
    "today",
    "utc",
    "zone",
]

#: The zone used only while no campaign is loaded (nothing is late then); the campaign file's
#: `timezone` decides everything else.
FALLBACK_ZONE = "Asia/Ho_Chi_Minh"


class NaiveDatetimeError(ValueError):
    """A datetime without a zone reached a boundary, so the instant it names is unknown."""


class Zoned(Protocol):
    """Anything that names a zone: in practice a `Campaign` row."""

    @property
    def timezone(self) -> str | None: ...


def now() -> datetime:
    """The current instant, aware, in UTC."""
    return datetime.now(UTC)


class Clock(Protocol):
    """A source of "now": the system's, or a rehearsal's accelerated one."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real time (`now()`)."""

    def now(self) -> datetime:
        return now()


SYSTEM: Clock = SystemClock()


class AcceleratedClock:
    """Time that starts at `start` and runs `speed` times faster than the wall clock, so a
    rehearsal plays a campaign's months in a minute; `skip_to` jumps over quiet weeks.

    The wall clock is `time.monotonic` (a changed system time does not make it jump); it can be
    given, for a rehearsal that steps by hand."""

    def __init__(
        self,
        start: datetime,
        speed: float,
        *,
        monotonic: Callable[[], float] = _time.monotonic,
    ) -> None:
        if speed <= 0:
            raise ValueError(f"an accelerated clock must run forward, not at speed {speed}")
        self.speed = speed
        self._monotonic = monotonic
        self._start = utc(start, "the clock's start")
        self._origin = monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=(self._monotonic() - self._origin) * self.speed)

    def skip_to(self, moment: datetime) -> None:
        """Jump ahead to `moment` (never back: time in a rehearsal only moves forward)."""
        moment = utc(moment, "the moment to skip to")
        if moment > self.now():
            self._start, self._origin = moment, self._monotonic()

    def seconds_until(self, moment: datetime) -> float:
        """Wall-clock seconds until this clock shows `moment` (0 when it has passed)."""
        ahead = (utc(moment, "the moment") - self.now()).total_seconds()
        return max(ahead / self.speed, 0.0)


def utc(value: datetime, what: str = "a datetime") -> datetime:
    """`value` as an aware UTC instant; a naive value is refused, never assumed to be UTC."""
    if not isinstance(value, datetime):
        raise TypeError(f"{what} must be a datetime, not {type(value).__name__}: {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(
            f"{what} has no time zone ({value.isoformat()}): the instant it names is unknown. "
            "Give it one, e.g. datetime(..., tzinfo=UTC) or the campaign's zone (documents.clock)."
        )
    return value.astimezone(UTC)


@lru_cache(maxsize=32)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def zone(where: Zoned | str | None) -> ZoneInfo:
    """The zone of a campaign (or a zone name); `FALLBACK_ZONE` when there is no campaign."""
    name = where if isinstance(where, str) or where is None else where.timezone
    return _zone(name or FALLBACK_ZONE)


def local(value: datetime, where: Zoned | str | None) -> datetime:
    """The instant `value` as aware wall-clock time in the campaign's zone."""
    return utc(value).astimezone(zone(where))


def local_naive(value: datetime | None, where: Zoned | str | None) -> datetime | None:
    """Wall-clock time in the campaign's zone without tzinfo: what a page or a spreadsheet cell
    shows (Excel has no time zones). Only for display; never store or compare it."""
    return None if value is None else local(value, where).replace(tzinfo=None)


def local_date(value: datetime, where: Zoned | str | None) -> date:
    """The calendar date of the instant `value` in the campaign's zone (what lateness counts)."""
    return local(value, where).date()


def today(where: Zoned | str | None) -> date:
    return local_date(now(), where)


def local_moment(day: date, at: time, where: Zoned | str | None) -> datetime:
    """The instant (UTC) of local time `at` on `day` in the campaign's zone."""
    return datetime.combine(day, at, tzinfo=zone(where)).astimezone(UTC)


def day_bounds(value: datetime, where: Zoned | str | None) -> tuple[datetime, datetime]:
    """The local calendar day holding `value`, as UTC bounds [start, end)."""
    day = local_date(value, where)
    return (
        local_moment(day, time(0), where),
        local_moment(day + timedelta(days=1), time(0), where),
    )


def parse_local(text: str, where: Zoned | str | None) -> datetime:
    """An ISO time typed by a person: local to the campaign's zone unless it names an offset.
    Raises ValueError for anything else."""
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(where))
    return utc(moment)


def isoformat(value: datetime | None) -> str | None:
    """The instant as ISO 8601 in UTC (`…+00:00`), for JSON; None stays None."""
    return None if value is None else utc(value).isoformat()
