"""documents.clock: instants in UTC, local time only in the campaign's zone, never the process's.

Every test runs with the process `TZ` set to UTC, Asia/Ho_Chi_Minh and America/Los_Angeles.
"""

from __future__ import annotations

import time as wall
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from documents import clock
from documents.register import late_days
from tests.timezones import process_tz  # noqa: F401

pytestmark = pytest.mark.usefixtures("process_tz")

ICT = timezone(timedelta(hours=7))
DUE = date(2024, 4, 7)


@dataclass
class FakeCampaign:
    timezone: str


HANOI = FakeCampaign("Asia/Ho_Chi_Minh")


def test_a_naive_datetime_is_refused_not_guessed() -> None:
    with pytest.raises(clock.NaiveDatetimeError, match="no time zone"):
        clock.utc(datetime(2024, 4, 7, 20, 0))
    with pytest.raises(clock.NaiveDatetimeError):
        clock.local_date(datetime(2024, 4, 7, 20, 0), HANOI)
    with pytest.raises(TypeError):
        clock.utc(date(2024, 4, 7))  # type: ignore[arg-type]


def test_an_aware_datetime_keeps_its_instant_in_utc() -> None:
    sent = datetime(2024, 4, 7, 20, 0, tzinfo=ICT)
    got = clock.utc(sent)
    assert got == datetime(2024, 4, 7, 13, 0, tzinfo=UTC)
    assert got.utcoffset() == timedelta(0)


def test_now_is_the_real_instant_in_utc_whatever_the_process_zone() -> None:
    got = clock.now()
    assert got.utcoffset() == timedelta(0)
    assert abs(got.timestamp() - wall.time()) < 5


@pytest.mark.parametrize(
    ("received", "late"),
    [
        (datetime(2024, 4, 7, 23, 59, 59, tzinfo=ICT), 0),
        (datetime(2024, 4, 8, 0, 0, 1, tzinfo=ICT), 1),
        (datetime(2024, 4, 7, 16, 59, 59, tzinfo=UTC), 0),  # the same instants, other offsets
        (datetime(2024, 4, 7, 17, 0, 1, tzinfo=UTC), 1),
        (datetime(2024, 4, 7, 12, 59, 59, tzinfo=timezone(timedelta(hours=-4))), 0),
        (datetime(2024, 4, 8, 2, 0, 1, tzinfo=timezone(timedelta(hours=9))), 1),
        (datetime(2024, 4, 7, 0, 0, 0, tzinfo=ICT), 0),
        (datetime(2024, 4, 10, 9, 0, tzinfo=ICT), 3),
    ],
)
def test_lateness_counts_local_days_of_the_campaign(received: datetime, late: int) -> None:
    assert late_days(received, DUE, HANOI) == late


def test_the_zone_is_the_campaigns_data() -> None:
    moment = datetime(2024, 4, 7, 15, 30, tzinfo=UTC)  # 22:30 in Hà Nội, 00:30 in Tokyo
    assert clock.local_date(moment, HANOI) == date(2024, 4, 7)
    assert clock.local_date(moment, FakeCampaign("Asia/Tokyo")) == date(2024, 4, 8)
    assert late_days(moment, DUE, FakeCampaign("Asia/Tokyo")) == 1
    assert clock.zone(None).key == clock.FALLBACK_ZONE  # only before any campaign exists


def test_local_day_bounds_are_utc_instants() -> None:
    start, end = clock.day_bounds(datetime(2024, 4, 7, 20, 0, tzinfo=ICT), HANOI)
    assert (start, end) == (
        datetime(2024, 4, 6, 17, 0, tzinfo=UTC),
        datetime(2024, 4, 7, 17, 0, tzinfo=UTC),
    )
    # A day with a clock change is 23 hours long, not 24.
    start, end = clock.day_bounds(
        datetime(2024, 3, 10, 12, 0, tzinfo=UTC), FakeCampaign("America/Los_Angeles")
    )
    assert end - start == timedelta(hours=23)


def test_a_local_moment_of_the_campaign() -> None:
    assert clock.local_moment(date(2024, 4, 3), time(8, 0), HANOI) == datetime(
        2024, 4, 3, 1, 0, tzinfo=UTC
    )


def test_typed_times_are_local_to_the_campaign_unless_they_name_an_offset() -> None:
    assert clock.parse_local("2024-04-04 08:00", HANOI) == datetime(2024, 4, 4, 1, 0, tzinfo=UTC)
    assert clock.parse_local("2024-04-04T08:00+00:00", HANOI) == datetime(
        2024, 4, 4, 8, 0, tzinfo=UTC
    )
    with pytest.raises(ValueError):
        clock.parse_local("4 April", HANOI)


def test_display_is_wall_clock_in_the_campaign_zone() -> None:
    instant = datetime(2024, 4, 7, 16, 59, 59, tzinfo=UTC)
    assert clock.local_naive(instant, HANOI) == datetime(2024, 4, 7, 23, 59, 59)
    assert clock.local(instant, HANOI).isoformat() == "2024-04-07T23:59:59+07:00"
    assert clock.isoformat(datetime(2024, 4, 7, 23, 59, 59, tzinfo=ICT)) == (
        "2024-04-07T16:59:59+00:00"
    )
    assert clock.local_naive(None, HANOI) is None


class _Hand:
    """A wall clock moved by hand, for an accelerated clock to read."""

    def __init__(self) -> None:
        self.seconds = 100.0

    def __call__(self) -> float:
        return self.seconds


def test_an_accelerated_clock_runs_speed_times_faster_and_skips_forward_only() -> None:
    hand = _Hand()
    start = datetime(2024, 3, 26, 1, tzinfo=UTC)
    fast = clock.AcceleratedClock(start, 3600.0, monotonic=hand)
    assert fast.now() == start
    hand.seconds += 2.5  # 2.5 s of wall clock: 2.5 hours of campaign
    assert fast.now() == start + timedelta(hours=2.5)
    assert fast.seconds_until(start + timedelta(hours=3.5)) == pytest.approx(1.0)
    assert fast.seconds_until(start) == 0.0
    fast.skip_to(datetime(2024, 4, 3, 8, tzinfo=clock.zone("Asia/Ho_Chi_Minh")))
    assert fast.now() == datetime(2024, 4, 3, 1, tzinfo=UTC)
    assert fast.now().tzinfo is UTC
    fast.skip_to(start)  # never back
    assert fast.now() == datetime(2024, 4, 3, 1, tzinfo=UTC)
    with pytest.raises(clock.NaiveDatetimeError):
        fast.skip_to(datetime(2024, 5, 1))
    with pytest.raises(ValueError, match="run forward"):
        clock.AcceleratedClock(start, 0.0)


def test_the_system_clock_is_now() -> None:
    before = clock.now()
    assert before <= clock.SYSTEM.now() <= clock.now()
