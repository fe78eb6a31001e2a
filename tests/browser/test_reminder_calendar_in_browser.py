"""The reminder calendar in a real browser: the office opens it from the navigation, reads every
slot with its state and what was sent, and opens a slot's preview; both agree with the database
and with `notifier`'s calendar."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.models import OutboundMail, Submission, Unit, UnitEmail
from notifier.outbox import send_due
from notifier.preview import reminder_calendar
from notifier.reminders import run_due_reminders
from notifier.senders import FolderSender
from tests.integration.web.factory import PASSWORD, seed_users
from tests.unit.notifier import factories as f
from tests.unit.notifier.test_reminders import FORM
from workers.settings import Settings

pytestmark = pytest.mark.browser
VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def seeded_register(sessions: sessionmaker[Session], settings: Settings) -> None:
    """Overrides the browser suite's register: the example campaign, one registration (02/4)
    and the before-7 reminders sent on 28/3 (outbox folder)."""
    with sessions() as session:
        seed_users(session)
        campaign = f.load_examples(session)
        unit = session.scalars(select(Unit).where(Unit.id == "cb-xom-1")).one()
        received = datetime.combine(date(2024, 4, 2), time(9), tzinfo=VN)
        msg = f.message(
            session, sender=unit.emails[0].address, attachments=[FORM], received_at=received
        )
        f.submission(session, msg, "cb-xom-1", f.deadline(session, campaign, "registration"))
        run_due_reminders(
            session, settings, now=datetime.combine(date(2024, 3, 28), time(8), tzinfo=VN)
        )
        session.commit()
    moment = datetime.combine(date(2024, 3, 28), time(8, 2), tzinfo=VN)
    send_due(sessions, FolderSender(settings.outbox_dir), now=moment, limit=500)


def test_the_office_reads_the_reminder_calendar_and_a_preview(
    page: Any, seeded_register: None, sessions: sessionmaker[Session], settings: Settings
) -> None:
    page.goto("/login")
    page.fill("#username", "xem")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")
    page.click("nav >> text=Lịch nhắc hạn")
    page.wait_for_url("**/lich-nhac")
    assert page.locator("h1").inner_text() == "Lịch nhắc hạn"

    with sessions() as session:
        entries = reminder_calendar(session, settings, at=clock.now())
        sent = session.scalar(
            select(func.count())
            .select_from(OutboundMail)
            .where(OutboundMail.state == "sent", OutboundMail.purpose == "reminder")
        )
        reachable = set(session.scalars(select(UnitEmail.unit_id)))
        registered = set(session.scalars(select(Submission.unit_id)))
    rows = page.locator("table.reminder-calendar tbody tr")
    assert rows.count() == len(entries) > 0
    first = rows.first
    assert first.get_attribute("data-slot") == "before-7"
    cells = first.locator("td")
    assert cells.nth(0).inner_text() == "28/03/2024" and cells.nth(1).inner_text() == "08:00"
    assert cells.nth(5).inner_text() == "Đã gửi"
    assert f"{sent} thư" in cells.nth(7).inner_text()
    first.locator("summary").click()
    assert "lúc 28/03/2024 08:02" in first.locator("td.sent").inner_text()

    preview = page.locator(
        "tr[data-deadline=registration][data-slot=before-3][data-kind=before] a.preview"
    )
    preview.click()
    page.wait_for_url("**/lich-nhac/registration/before-3")
    mails = page.locator("#thu-nhac article.mail-preview")
    assert mails.count() == len(reachable - registered)
    shown = {mails.nth(i).get_attribute("data-unit") for i in range(mails.count())}
    assert shown == reachable - registered
    body = mails.first.locator("pre.mail-body").inner_text()
    assert "07/04/2024" in body
    digest = page.locator("#tong-hop article.mail-preview")
    assert digest.count() == 1
    assert digest.locator("dd.to").inner_text() == "danvan@nghiathai.test"
