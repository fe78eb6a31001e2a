"""The reminder calendar page: every slot of the example campaign in the office's words and zone,
who each slot would mail as of a moment, what was sent and when, and each slot's mail preview,
all checked against what `notifier` computes and what the database holds."""

from __future__ import annotations

from datetime import date, datetime, time
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import OutboundMail, Unit
from documents.register import active_campaign
from notifier.outbox import send_due
from notifier.reminders import compute_slots, run_due_reminders
from notifier.senders import FolderSender
from tests.unit.notifier import factories as f
from tests.unit.notifier.test_reminders import FORM
from workers.settings import Settings

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=VN)


@pytest.fixture
def campaign_with_history(sessions: sessionmaker[Session], settings: Settings) -> None:
    """The example campaign; Chi bộ xóm 1 registered on 02/4; the before-7 reminders were run
    and sent on 28/3 at 08:00 into the outbox folder."""
    with sessions() as session:
        campaign = f.load_examples(session)
        unit = session.scalars(select(Unit).where(Unit.id == "cb-xom-1")).one()
        msg = f.message(
            session, sender=unit.emails[0].address, attachments=[FORM],
            received_at=local(date(2024, 4, 2), 9),
        )  # fmt: skip
        f.submission(session, msg, "cb-xom-1", f.deadline(session, campaign, "registration"))
        run_due_reminders(session, settings, now=local(date(2024, 3, 28), 8))
        session.commit()
    sent = send_due(
        sessions, FolderSender(settings.outbox_dir), now=local(date(2024, 3, 28), 8, 1), limit=500
    )
    assert sent > 30


def _text(client: FlaskClient, path: str) -> str:
    reply = client.get(path)
    assert reply.status_code == 200, reply.status_code
    return unescape(reply.get_data(as_text=True))


def test_the_calendar_lists_every_slot_with_its_date_state_and_recipients(
    editor: FlaskClient, campaign_with_history: None, sessions: sessionmaker[Session]
) -> None:
    page = _text(editor, "/lich-nhac?luc=04/04/2024 12:00")
    assert 'href="/lich-nhac"' in page  # linked from the navigation
    with sessions() as session:
        campaign = active_campaign(session)
        assert campaign is not None
        slots = compute_slots(campaign)
        reachable = [u.id for u in session.scalars(select(Unit)) if u.emails and u.id != "cb-xom-1"]
        sent = session.scalars(select(OutboundMail).where(OutboundMail.purpose == "reminder")).all()
    assert len(slots) == 12
    for spec in slots:
        day = spec.due_at.astimezone(VN).strftime("%d/%m/%Y")
        assert f'data-slot="{spec.slot}"' in page
        assert f"<td>{day}</td>" in page, (spec.slot, day)
    rows = page.split("<tr class=")[1:]
    before7 = next(r for r in rows if 'data-slot="before-7"' in r and "registration" in r
                   and 'data-kind="before"' in r)  # fmt: skip
    assert "<td>28/03/2024</td>" in before7 and "<td>08:00</td>" in before7
    assert "Nhắc trước hạn" in before7 and "Đã gửi" in before7
    assert f"{len(sent)} thư" in before7 and "lúc 28/03/2024 08:01" in before7
    assert all(m.state == "sent" for m in sent)
    # As of 04/4 noon, before-1 (05/4) is ahead and would remind everyone but Chi bộ xóm 1.
    before1 = next(r for r in rows if 'data-slot="before-1"' in r and "registration" in r
                   and 'data-kind="before"' in r)  # fmt: skip
    assert "Sắp tới" in before1 and "<td>05/04/2024</td>" in before1
    assert f"{len(reachable)}: " in before1
    assert "Chi bộ xóm 2" in before1 and "Chi bộ xóm 1," not in before1
    # The digest row after it goes to the office.
    digest = next(r for r in rows if 'data-slot="before-1"' in r and 'data-kind="digest"' in r)
    assert "danvan@nghiathai.test" in digest and "Tổng hợp gửi văn phòng" in digest


def test_a_typed_moment_that_is_not_one_is_said_so(
    editor: FlaskClient, campaign_with_history: None
) -> None:
    page = _text(editor, "/lich-nhac?luc=31/02/2024")
    assert "không phải một ngày có thật" in page
    assert 'data-slot="before-7"' in page  # the calendar is still there, as of now


def test_a_slot_preview_shows_each_mail_and_the_digest(
    viewer: FlaskClient,
    campaign_with_history: None,
    sessions: sessionmaker[Session],
    settings: Settings,
) -> None:
    page = _text(viewer, "/lich-nhac/registration/before-3")
    assert "03/04/2024 08:00" in page and "nhắc trước hạn 3 ngày làm việc" in page
    articles = page.split('<article class="mail-preview"')[1:]
    with sessions() as session:
        xom2 = session.scalars(select(Unit).where(Unit.id == "cb-xom-2")).one()
        address = xom2.emails[0].address
    # Chi bộ xóm 1 registered on 02/4, before the slot: it is not reminded; xóm 2 is.
    assert not any('data-unit="cb-xom-1"' in a for a in articles)
    mine = next(a for a in articles if 'data-unit="cb-xom-2"' in a)
    assert address in mine and "Chi bộ xóm 2" in mine and "07/04/2024" in mine
    digest = page.split('id="tong-hop"')[1]
    assert "danvan@nghiathai.test" in digest and '<pre class="mail-body">' in digest


def test_an_unknown_slot_is_not_found(viewer: FlaskClient, campaign_with_history: None) -> None:
    assert viewer.get("/lich-nhac/registration/before-99").status_code == 404
