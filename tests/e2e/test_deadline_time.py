"""The deadline boundary through the drop folder, with `dvk` run as a user runs it.

`dvk run --once`, `dvk register --json` and `dvk messages --json` run as subprocesses with `TZ`
set to UTC, Asia/Ho_Chi_Minh and America/Los_Angeles, on SQLite and on PostgreSQL (whose test
sessions run in America/Los_Angeles). 23:59:59+07:00 on the due date is on time, 00:00:01+07:00
the next day is one day late, 20:00+07:00 (the reported case) is on time, and so is a Date
written at -04:00 for 23:59:59 in Hà Nội; the acknowledgements say the same.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.deadline_mails import CASES, mail
from tests.timezones import PROCESS_ZONES
from workers.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def dvk(settings: Settings, zone: str, *args: str) -> str:
    env = {
        **os.environ,
        "TZ": zone,
        "DVK_DATA_DIR": str(settings.data_dir),
        "DVK_DATABASE_URL": settings.effective_database_url,
        "DVK_UNITS_FILE": str(EXAMPLES / "units.yaml"),
        "DVK_CAMPAIGN_FILE": str(EXAMPLES / "campaign.yaml"),
        "DVK_OFFICE_EMAIL": "danvan@nghiathai.test",
    }
    done = subprocess.run(
        [sys.executable, "-m", "workers.cli", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def acknowledgements(settings: Settings) -> dict[str, str]:
    """The text body of each acknowledgement in the outbox folder, by the mail it answers."""
    found: dict[str, str] = {}
    for path in settings.outbox_dir.glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = message.get_body(("plain",))
        assert body is not None
        found[str(message["In-Reply-To"])] = str(body.get_content())
    return found


@pytest.mark.parametrize("zone", PROCESS_ZONES)
def test_the_deadline_boundary_through_the_drop_folder(settings: Settings, zone: str) -> None:
    inbox = settings.inbox_dir
    inbox.mkdir(parents=True)
    for index, case in enumerate(CASES):
        partial = inbox / f".{index}.tmp"
        partial.write_bytes(mail(case))
        if index % 2 == 0:  # saved into the folder a minute and a half after it was sent;
            moment = case.at.timestamp() + 90  # the others are a backlog dropped today
            os.utime(partial, (moment, moment))
        partial.rename(inbox / f"{index}.eml")

    dvk(settings, zone, "run", "--once")

    register: dict[str, Any] = {
        unit["unit_id"]: unit for unit in json.loads(dvk(settings, zone, "register", "--json"))
    }
    messages = {m["message_id"]: m for m in json.loads(dvk(settings, zone, "messages", "--json"))}
    replies = acknowledgements(settings)
    assert len(messages) == len(CASES)
    for case in CASES:
        message_id = f"<boundary.{case.unit_id}@mail.test>"
        message = messages[message_id]
        assert message["received_at"] == case.utc, case
        assert message["received_at_source"] == "header"
        assert message["received_at_local"].endswith("+07:00")
        status = register[case.unit_id][case.deadline]
        (document,) = status["documents"]
        assert (document["late_days"], document["received_at"]) == (case.late_days, case.utc)
        assert document["received_at_source"] == "header"
        if case.late_days:
            assert status["status"] in {"late", "needs_review"}
            assert f"nộp muộn {case.late_days} ngày" in replies[message_id]
        else:
            # On time (late_days 0, above); the reader may still send a field to review.
            assert status["status"] in {"received", "needs_review"}, case
            assert "muộn" not in replies[message_id]
        assert f"lúc {case.local_text}" in replies[message_id]
