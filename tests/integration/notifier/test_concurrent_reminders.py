"""Two reminder runs at the same moment plan each mail once (unique keys, insert-or-ignore)."""

from __future__ import annotations

import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import OutboundMail, ReminderSlot
from notifier.reminders import run_due_reminders
from tests.threads import run_in_threads
from tests.unit.notifier import factories as f
from workers.settings import Settings

pytestmark = pytest.mark.integration


def test_two_reminder_runs_at_once_plan_each_mail_once(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with sessions.begin() as session:
        f.load_examples(session)
    at = datetime(2024, 4, 5, 8, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    barrier = threading.Barrier(2)

    def scheduler() -> int:
        barrier.wait(timeout=30)
        with sessions.begin() as session:
            return len(run_due_reminders(session, settings, now=at))

    planned = run_in_threads(scheduler, 2)  # a scheduler that dies fails the test
    assert all(count <= 35 for count in planned), planned
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(OutboundMail)) == 35
        assert session.scalar(select(func.count()).select_from(ReminderSlot)) == 12
