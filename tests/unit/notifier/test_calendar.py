from datetime import date

import yaml

from notifier.calendar import WorkCalendar
from tests.unit.notifier.factories import EXAMPLES


def example_calendar() -> WorkCalendar:
    data = yaml.safe_load((EXAMPLES / "campaign.yaml").read_text(encoding="utf-8"))
    return WorkCalendar.from_settings({"calendar": data["calendar"]})


def test_weekends_and_fixed_holidays_are_off_without_any_file() -> None:
    cal = WorkCalendar()
    assert not cal.is_working_day(date(2024, 4, 6))  # Saturday
    assert not cal.is_working_day(date(2024, 4, 7))  # Sunday
    assert cal.is_working_day(date(2024, 4, 5))
    for day in (date(2025, 1, 1), date(2025, 4, 30), date(2025, 5, 1), date(2025, 9, 2)):
        assert not cal.is_working_day(day)


def test_one_working_day_before_a_sunday_deadline_is_friday() -> None:
    assert example_calendar().working_days_before(date(2024, 4, 7), 1) == date(2024, 4, 5)
    assert example_calendar().working_days_before(date(2024, 4, 7), 3) == date(2024, 4, 3)
    assert example_calendar().working_days_before(date(2024, 4, 7), 7) == date(2024, 3, 28)


def test_the_national_day_break_is_skipped_before_the_report_deadline() -> None:
    cal = example_calendar()
    assert cal.working_days_before(date(2024, 9, 5), 1) == date(2024, 9, 4)
    assert cal.working_days_before(date(2024, 9, 5), 2) == date(2024, 8, 30)


def test_the_file_wins_over_builtin_rules() -> None:
    cal = example_calendar()
    assert cal.is_working_day(date(2024, 5, 4))  # a swapped working Saturday
    assert not cal.is_working_day(date(2024, 4, 18))  # Giỗ Tổ, only in the file
    assert not cal.is_working_day(date(2024, 2, 12))  # Tết
    assert cal.working_days_after(date(2024, 4, 26), 1) == date(2024, 5, 2)
    assert WorkCalendar(working_days=frozenset({date(2025, 1, 1)})).is_working_day(date(2025, 1, 1))
