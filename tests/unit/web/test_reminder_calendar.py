"""The moment the office types on the reminder calendar page, read in the campaign's zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from web.form_input import FieldInputError
from web.reminder_calendar import parse_moment

ZONE = "Asia/Ho_Chi_Minh"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("05/04/2024 08:00", datetime(2024, 4, 5, 1, 0, tzinfo=UTC)),
        ("5/4/2024 8:30", datetime(2024, 4, 5, 1, 30, tzinfo=UTC)),
        (" 05/04/2024   8h05 ", datetime(2024, 4, 5, 1, 5, tzinfo=UTC)),
        ("2024-04-05 08:00", datetime(2024, 4, 5, 1, 0, tzinfo=UTC)),
        # Only the day: its end, so everything received that day counts.
        ("05/04/2024", datetime(2024, 4, 5, 16, 59, tzinfo=UTC)),
    ],
)
def test_a_typed_moment_is_local_to_the_campaign(typed: str, expected: datetime) -> None:
    assert parse_moment(typed, ZONE) == expected


def test_another_zone_gives_another_instant() -> None:
    assert parse_moment("05/04/2024 08:00", "UTC") == datetime(2024, 4, 5, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31/02/2024", "không phải một ngày có thật"),
        ("05/04/2024 25:00", "không phải giờ có thật"),
        ("hôm qua", "không phải ngày"),
    ],
)
def test_what_is_not_a_moment_is_refused_with_what_to_type(typed: str, message: str) -> None:
    with pytest.raises(FieldInputError, match=message):
        parse_moment(typed, ZONE)
