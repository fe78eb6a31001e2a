"""Reminder moments are 08:00 in the campaign's zone, stored as UTC instants, whatever the `TZ`
of the process and the PostgreSQL session; a run at 07:59:59 local sends nothing, 08:00 does."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents import clock
from documents.models import Campaign, ReminderSlot
from notifier.reminders import ensure_slots, run_due_reminders
from tests.timezones import process_tz  # noqa: F401
from tests.unit.notifier import factories as f
from workers.settings import Settings

pytestmark = pytest.mark.usefixtures("process_tz")


@pytest.fixture
def campaign(session: Session) -> Campaign:
    return f.load_examples(session)


def test_slots_are_eight_oclock_in_the_campaign_zone(session: Session, campaign: Campaign) -> None:
    ensure_slots(session, campaign.id)
    session.commit()
    session.expire_all()
    slots = session.scalars(select(ReminderSlot)).all()
    assert len(slots) == 12
    for slot in slots:
        assert slot.due_at.utcoffset() == timedelta(0)
        assert slot.due_at.time() == time(1, 0)  # 08:00 at +07:00
        assert clock.local(slot.due_at, campaign).time() == time(8, 0)


def test_the_first_reminder_goes_at_eight_not_before(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    eight = clock.local_moment(date(2024, 3, 28), time(8, 0), campaign)  # before-7
    assert eight == datetime(2024, 3, 28, 1, 0, tzinfo=UTC)
    assert run_due_reminders(session, settings, now=eight - timedelta(seconds=1)) == []
    sent = run_due_reminders(session, settings, now=eight)
    assert sent and {row.idempotency_key.rsplit(":", 1)[-1] for row in sent} == {"before-7"}
    session.commit()
    session.expire_all()
    assert {row.created_at for row in sent} == {eight}
