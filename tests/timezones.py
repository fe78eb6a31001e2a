"""The process time zones every time test runs under, as a fixture.

dvk must not depend on the `TZ` of the process that runs it: a server in California, a laptop
in Hà Nội and a container in UTC must mark the same form on time. `process_tz` sets `TZ` and
calls `time.tzset()`, so that anything reading local time (`datetime.now()`, `fromtimestamp`
without a zone, `astimezone()` without an argument, libraries that normalise to local time)
sees that zone for the test's duration. Subprocess tests pass `TZ` in their environment.

Import the fixture into a test module: `from tests.timezones import process_tz  # noqa: F401`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

#: UTC, the campaign's own zone, and one on the other side of the date line with summer time.
PROCESS_ZONES = ("UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles")


def local_offset() -> timedelta:
    """The offset the C library applies now, i.e. what naive local time means in this process."""
    return timedelta(seconds=time.localtime().tm_gmtoff)


@pytest.fixture(params=PROCESS_ZONES)
def process_tz(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run the test with the process's `TZ` set to each of `PROCESS_ZONES` in turn."""
    zone = str(request.param)
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        expected = datetime.now(ZoneInfo(zone)).utcoffset()
        assert local_offset() == expected, f"TZ={zone} did not take effect"
        assert datetime.now().astimezone().utcoffset() == expected
        yield zone
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
