"""The reminder preview (a what-if at any moment) and the campaign's reminder calendar."""

from __future__ import annotations

import email
import email.policy
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from documents.clock import utc
from documents.models import Base, Campaign, OutboundMail, ReminderSlot, Unit
from notifier.preview import preview_reminders, reminder_calendar
from notifier.reminders import run_due_reminders
from tests.unit.notifier import factories as f
from tests.unit.notifier.test_reminders import EXPECTED_DAYS, FORM
from workers.settings import Settings

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=VN)


@pytest.fixture
def campaign(session: Session) -> Campaign:
    return f.load_examples(session)


def register_form(session: Session, campaign: Campaign, unit_id: str, at: datetime) -> None:
    unit = session.scalars(select(Unit).where(Unit.id == unit_id)).one()
    msg = f.message(session, sender=unit.emails[0].address, attachments=[FORM], received_at=at)
    f.submission(session, msg, unit_id, f.deadline(session, campaign, "registration"))


def row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }


def test_a_real_run_does_not_hide_the_preview_of_its_slot(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    at = local(date(2024, 4, 5), 8)  # before-1 of the registration deadline
    real = run_due_reminders(session, settings, now=at)
    session.commit()
    assert len(real) == 35
    # The same moment, and later the same day: the preview still shows what went out then.
    for moment in (at, local(date(2024, 4, 5), 15)):
        preview = preview_reminders(session, settings, at=moment)
        assert {(m.slot, m.unit_id) for m in preview} == {("before-1", r.unit_id) for r in real}, (
            moment
        )
    by_key = {r.unit_id: r for r in real}
    for mail in preview_reminders(session, settings, at=at):
        row = by_key[mail.unit_id]
        assert list(mail.to) == row.to_addrs and mail.subject == row.subject
        sent = email.message_from_bytes(row.raw, policy=email.policy.default)
        body = sent.get_body(("plain",))
        assert body is not None
        assert body.get_content().replace("\r\n", "\n") == mail.text  # the full body, as sent
        assert mail.mail_from == "danvan@nghiathai.test"
        assert mail.local_time == "2024-04-05 08:00" and mail.slot_at == utc(at)


def test_the_preview_counts_only_what_had_arrived_by_then(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    register_form(session, campaign, "cb-xom-1", utc(local(date(2024, 4, 2), 9)))
    register_form(
        session, campaign, "cb-xom-2", utc(local(date(2024, 4, 3), 8, 1))
    )  # a minute late
    session.commit()
    preview = preview_reminders(session, settings, at=local(date(2024, 4, 3), 8))
    units = {m.unit_id for m in preview if m.purpose == "reminder"}
    assert "cb-xom-1" not in units and "cb-xom-2" in units
    assert len(units) == 33
    xom2 = next(m for m in preview if m.unit_id == "cb-xom-2")
    assert xom2.unit_name == "Chi bộ xóm 2"
    assert "còn 3 ngày làm việc" in xom2.text and "Chi bộ xóm 2" in xom2.html
    digest = next(m for m in preview if m.purpose == "digest")
    assert "Đã nộp: 1/34 đơn vị." in digest.text


def test_previews_and_calendars_write_nothing(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    run_due_reminders(session, settings, now=local(date(2024, 3, 28), 8))
    session.commit()
    before = row_counts(session)
    slots_before = [(s.slot, s.done_at) for s in session.scalars(select(ReminderSlot))]
    for day in (date(2024, 3, 28), date(2024, 4, 10), date(2024, 9, 18), date(2026, 1, 1)):
        preview_reminders(session, settings, at=local(day, 8))
        reminder_calendar(session, settings, at=local(day, 8))
    session.commit()
    assert row_counts(session) == before
    assert [(s.slot, s.done_at) for s in session.scalars(select(ReminderSlot))] == slots_before


def test_the_calendar_lists_every_slot_in_local_time_with_its_digest(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    entries = reminder_calendar(session, settings, at=local(date(2024, 3, 20), 9))
    assert len(entries) == 2 * len(EXPECTED_DAYS)  # each slot, then its digest
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    for entry in entries:
        day = EXPECTED_DAYS[(entry.deadline, entry.slot)]
        assert entry.local_time == f"{day.isoformat()} 08:00"
        assert entry.at == utc(local(day, 8)) and entry.timezone == "Asia/Ho_Chi_Minh"
        assert entry.state == "upcoming" and entry.done_at is None and entry.mails == ()
        expected_kind = "before" if entry.slot.startswith("before") else "overdue"
        if entry.kind == "digest":
            assert [r.to for r in entry.recipients] == [("danvan@nghiathai.test",)]
        else:
            assert entry.kind == expected_kind
            assert len(entry.recipients) == 34  # nobody has sent yet
    first = entries[0]
    assert first.label == "nhắc trước hạn 7 ngày làm việc"
    xom2 = next(r for r in first.recipients if r.unit_id == "cb-xom-2")
    assert xom2.name == "Chi bộ xóm 2"
    assert xom2.to == ("chiboxom2.nghiathai@gmail.test", "trandinhkhai62@gmail.test")


def test_the_calendar_says_what_was_sent_skipped_due_and_who_is_left(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    session.add(Unit(id="to-moi", name="Tổ dân phố mới", kind="other", aliases=[]))
    register_form(session, campaign, "cb-xom-1", utc(local(date(2024, 4, 2), 9)))
    run_due_reminders(session, settings, now=local(date(2024, 3, 28), 8))  # before-7 goes
    session.commit()
    # The office looks on 05/4 at 09:00: before-3 was never run (the server was down).
    entries = reminder_calendar(session, settings, at=local(date(2024, 4, 5), 9))
    registration = {(e.slot, e.kind): e for e in entries if e.deadline == "registration"}
    before7 = registration[("before-7", "before")]
    assert len(before7.mails) == 34 and before7.done_at == utc(local(date(2024, 3, 28), 8))
    assert {m.state for m in before7.mails} == {"planned"}  # not sent yet: the outbox is separate
    assert before7.state == "pending" and before7.recipients == ()
    assert registration[("before-7", "digest")].state == "pending"
    assert registration[("before-3", "before")].state == "skipped"  # a later slot is due
    due = registration[("before-1", "before")]
    assert due.state == "due"
    assert {r.unit_id for r in due.recipients} == _unit_ids(session) - {
        "cb-xom-1",
        "to-moi",
    }
    assert due.unreachable == ("Tổ dân phố mới",)
    assert registration[("overdue-1", "overdue")].state == "upcoming"
    # Once sent, the calendar says so.
    session.execute(update(OutboundMail).values(state="sent"))
    session.commit()
    entries = reminder_calendar(session, settings, at=local(date(2024, 4, 5), 9))
    before7 = next(e for e in entries if e.slot == "before-7" and e.kind == "before")
    assert before7.state == "sent"


def test_a_slot_run_with_nobody_missing_is_closed(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    policy = {**campaign.settings["reminders"], "digest_to_office": False}
    campaign.settings = {**campaign.settings, "reminders": policy}  # no digest: nothing to send
    for unit_id in _unit_ids(session):
        register_form(session, campaign, unit_id, utc(local(date(2024, 3, 1), 9)))
    assert run_due_reminders(session, settings, now=local(date(2024, 3, 28), 8)) == []
    session.commit()
    entries = reminder_calendar(session, settings, at=local(date(2024, 3, 28), 9))
    assert all(e.kind != "digest" for e in entries)
    before7 = next(e for e in entries if e.slot == "before-7" and e.deadline == "registration")
    assert before7.state == "closed" and before7.mails == ()


def _unit_ids(session: Session) -> set[str]:
    return set(session.scalars(select(Unit.id)))
