"""The office's exemptions and reminders on demand, through the register and the reminder run:
an exempt unit is neither missing nor late and is never reminded; a reminder asked for now goes
through the outbox once a day, to the unit's listed addresses only."""

from __future__ import annotations

import email
import email.policy
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents import exemptions
from documents.db import get_unit
from documents.models import AuditEntry, Campaign, Exemption, OutboundMail, Unit
from documents.register import unit_statuses
from notifier.reminders import ReminderRefusedError, remind_unit_now, run_due_reminders
from tests.unit.notifier import factories as f
from workers.settings import Settings

VN = ZoneInfo("Asia/Ho_Chi_Minh")
FORM = {"file": "DK.docx", "kind": "registration", "fields": dict(f.FULL_FIELDS)}


def local(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=VN)


@pytest.fixture
def campaign(session: Session) -> Campaign:
    return f.load_examples(session)


def _status(session: Session, unit_id: str, kind: str = "registration") -> tuple[str, str | None]:
    found = next(u for u in unit_statuses(session) if u.unit_id == unit_id).deadlines[kind]
    return found.status, found.exempt_reason


def _submit(session: Session, campaign: Campaign, unit_id: str, at: datetime) -> None:
    unit = get_unit(session, unit_id)
    assert unit is not None
    msg = f.message(session, sender=unit.emails[0].address, attachments=[FORM], received_at=at)
    f.submission(session, msg, unit_id, f.deadline(session, campaign, "registration"))


def test_an_exempt_unit_is_neither_missing_nor_late_and_undo_restores_it(
    session: Session, campaign: Campaign
) -> None:
    registration = f.deadline(session, campaign, "registration")
    assert _status(session, "cb-xom-3") == ("missing", None)
    exemptions.exempt(session, "cb-xom-3", registration.id, "  Sáp nhập  vào xóm 4 ", actor="ha")
    assert _status(session, "cb-xom-3") == ("exempt", "Sáp nhập vào xóm 4")
    assert _status(session, "cb-xom-3", "report") == ("missing", None)  # one deadline only
    audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "exempt_unit"))
    assert audit is not None and audit.entity_id == "cb-xom-3" and audit.actor == "ha"
    assert audit.after == {
        "deadline_id": registration.id,
        "deadline": "registration",
        "reason": "Sáp nhập vào xóm 4",
    }

    # A late form of an exempt unit is not late; undoing makes it late again.
    _submit(session, campaign, "cb-xom-3", local(date(2024, 4, 12), 9))
    assert _status(session, "cb-xom-3")[0] == "exempt"
    exemptions.revoke(session, "cb-xom-3", registration.id, actor="ha")
    assert _status(session, "cb-xom-3") == ("late", None)
    assert session.scalar(select(Exemption)) is None
    undo = session.scalar(select(AuditEntry).where(AuditEntry.action == "unexempt_unit"))
    assert undo is not None and undo.before is not None
    assert undo.before["reason"] == "Sáp nhập vào xóm 4"


def test_an_on_time_form_of_an_exempt_unit_still_counts_as_received(
    session: Session, campaign: Campaign
) -> None:
    registration = f.deadline(session, campaign, "registration")
    _submit(session, campaign, "cb-xom-1", local(date(2024, 4, 2), 9))
    exemptions.exempt(session, "cb-xom-1", registration.id, "Lý do bất kỳ", actor="ha")
    assert _status(session, "cb-xom-1") == ("received", None)


@pytest.mark.parametrize(
    ("reason", "message"),
    [("   ", "Cần ghi lý do"), ("x" * 501, "tối đa 500 ký tự")],
)
def test_an_exemption_needs_a_reason_of_reasonable_length(
    session: Session, campaign: Campaign, reason: str, message: str
) -> None:
    registration = f.deadline(session, campaign, "registration")
    with pytest.raises(exemptions.ExemptionError, match=message):
        exemptions.exempt(session, "cb-xom-3", registration.id, reason, actor="ha")
    assert session.scalar(select(Exemption)) is None


def test_exempting_twice_or_undoing_nothing_is_refused(
    session: Session, campaign: Campaign
) -> None:
    registration = f.deadline(session, campaign, "registration")
    with pytest.raises(exemptions.ExemptionError, match="không được miễn"):
        exemptions.revoke(session, "cb-xom-3", registration.id, actor="ha")
    exemptions.exempt(session, "cb-xom-3", registration.id, "Lý do một", actor="ha")
    with pytest.raises(exemptions.ExemptionError, match="Lý do một"):
        exemptions.exempt(session, "cb-xom-3", registration.id, "Lý do hai", actor="lan")
    with pytest.raises(exemptions.ExemptionError, match="Không có đơn vị"):
        exemptions.exempt(session, "khong-co", registration.id, "Lý do", actor="ha")


def test_the_reminder_run_skips_an_exempt_unit(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    registration = f.deadline(session, campaign, "registration")
    exemptions.exempt(session, "cb-xom-3", registration.id, "Sáp nhập", actor="ha")
    rows = run_due_reminders(session, settings, now=local(date(2024, 3, 28), 8))
    reminded = {r.unit_id for r in rows if r.purpose == "reminder"}
    active = set(session.scalars(select(Unit.id).where(Unit.active.is_(True))))
    assert reminded == active - {"cb-xom-3"}
    digest = next(r for r in rows if r.purpose == "digest")
    assert f"{len(active) - 1} đơn vị chưa nộp" in digest.subject
    body = email.message_from_bytes(digest.raw, policy=email.policy.default)
    text = body.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Chi bộ xóm 2" in text and "Chi bộ xóm 3" not in text


def test_a_reminder_now_goes_through_the_outbox_once_a_day(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    registration = f.deadline(session, campaign, "registration")
    now = local(date(2024, 4, 3), 15)
    first = remind_unit_now(session, settings, "cb-xom-2", registration.id, actor="ha", now=now)
    assert first.planned and first.mail.state == "planned"
    assert first.mail.purpose == "reminder" and first.mail.unit_id == "cb-xom-2"
    assert sorted(first.mail.to_addrs) == [
        "chiboxom2.nghiathai@gmail.test",
        "trandinhkhai62@gmail.test",
    ]
    assert b"07/04/2024" in first.mail.raw
    again = remind_unit_now(
        session, settings, "cb-xom-2", registration.id, actor="ha", now=local(date(2024, 4, 3), 16)
    )
    assert not again.planned and again.mail.id == first.mail.id
    assert len(session.scalars(select(OutboundMail)).all()) == 1
    audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "remind_unit")).all()
    assert len(audit) == 1 and audit[0].after is not None
    assert audit[0].after["outbox_id"] == first.mail.id
    # The next day is another day; after the deadline it is the overdue wording.
    later = remind_unit_now(
        session, settings, "cb-xom-2", registration.id, actor="ha", now=local(date(2024, 4, 9), 9)
    )
    assert later.planned and later.mail.purpose == "overdue" and "quá hạn" in later.mail.subject


def test_a_reminder_now_is_refused_when_it_would_be_wrong(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    registration = f.deadline(session, campaign, "registration")
    now = local(date(2024, 4, 3), 15)
    _submit(session, campaign, "cb-xom-1", local(date(2024, 4, 2), 9))
    with pytest.raises(ReminderRefusedError, match="đã gửi"):
        remind_unit_now(session, settings, "cb-xom-1", registration.id, actor="ha", now=now)
    exemptions.exempt(session, "cb-xom-3", registration.id, "Sáp nhập", actor="ha")
    with pytest.raises(ReminderRefusedError, match="được miễn"):
        remind_unit_now(session, settings, "cb-xom-3", registration.id, actor="ha", now=now)
    unit = get_unit(session, "cb-xom-4")
    assert unit is not None
    unit.emails.clear()
    session.flush()
    with pytest.raises(ReminderRefusedError, match="chưa có địa chỉ"):
        remind_unit_now(session, settings, "cb-xom-4", registration.id, actor="ha", now=now)
    tight = settings.model_copy(update={"max_auto_mails_per_day": 0})
    with pytest.raises(ReminderRefusedError, match="thử lại vào ngày mai"):
        remind_unit_now(session, tight, "cb-xom-5", registration.id, actor="ha", now=now)
    assert session.scalar(select(OutboundMail)) is None
