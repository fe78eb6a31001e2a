"""The reminder preview and calendar give the same answer whatever the process's TZ: times are
the campaign's (Asia/Ho_Chi_Minh), through the real `dvk` process."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.workers.cli_harness import dvk_process
from workers.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
ZONES = ("UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles")


def test_preview_and_calendar_do_not_depend_on_the_process_zone(
    settings: Settings, tmp_path: Path
) -> None:
    env = {
        "DVK_DATABASE_URL": settings.effective_database_url,
        "DVK_OFFICE_EMAIL": "danvan@nghiathai.test",
    }
    for args in (
        ["units", "import", str(EXAMPLES / "units.yaml")],
        ["campaign", "load", str(EXAMPLES / "campaign.yaml")],
    ):
        assert dvk_process(args, env, cwd=tmp_path).exit_code == 0
    answers = {}
    for zone in ZONES:
        zoned = {**env, "TZ": zone}
        calendar = dvk_process(
            ["remind", "--calendar", "--at", "2024-03-28 07:59", "--json"], zoned, cwd=tmp_path
        )
        preview = dvk_process(
            ["remind", "--dry-run", "--at", "2024-03-28 08:00", "--json"], zoned, cwd=tmp_path
        )
        assert calendar.exit_code == preview.exit_code == 0, calendar.stderr + preview.stderr
        answers[zone] = (json.loads(calendar.stdout), json.loads(preview.stdout))
    first_calendar, first_preview = answers["UTC"]
    assert all(answer == answers["UTC"] for answer in answers.values())
    assert first_calendar[0]["local_time"] == "2024-03-28 08:00"
    assert first_calendar[0]["at"] == "2024-03-28T01:00:00+00:00"
    assert first_calendar[0]["state"] == "upcoming"  # 07:59 local: one minute to go
    assert len(first_preview) == 35  # at 08:00 local the first slot mails every unit and the office
    assert {m["local_time"] for m in first_preview} == {"2024-03-28 08:00"}
