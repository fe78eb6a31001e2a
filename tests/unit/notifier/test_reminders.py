"""Reminders over the whole 2024 campaign, walked day by day with an explicit clock."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from documents.db import get_unit
from documents.models import Campaign, OutboundMail, ReminderSlot, Unit
from notifier.calendar import WorkCalendar
from notifier.preview import preview_reminders
from notifier.reminders import ensure_slots, run_due_reminders
from tests.unit.notifier import factories as f
from workers.settings import Settings

VN = ZoneInfo("Asia/Ho_Chi_Minh")
FORM = {"file": "DK.docx", "kind": "registration", "fields": dict(f.FULL_FIELDS)}
REPORT = {"file": "BC.docx", "kind": "report", "fields": {**f.FULL_FIELDS, "results": "Tốt"}}

EXPECTED_DAYS = {
    ("registration", "before-7"): date(2024, 3, 28),
    ("registration", "before-3"): date(2024, 4, 3),
    ("registration", "before-1"): date(2024, 4, 5),
    ("registration", "overdue-1"): date(2024, 4, 10),
    ("registration", "overdue-2"): date(2024, 4, 15),
    ("registration", "overdue-3"): date(2024, 4, 19),
    ("report", "before-7"): date(2024, 8, 23),
    ("report", "before-3"): date(2024, 8, 29),
    ("report", "before-1"): date(2024, 9, 4),
    ("report", "overdue-1"): date(2024, 9, 10),
    ("report", "overdue-2"): date(2024, 9, 13),
    ("report", "overdue-3"): date(2024, 9, 18),
}


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=VN)


@pytest.fixture
def campaign(session: Session) -> Campaign:
    return f.load_examples(session)


def submit(
    session: Session, campaign: Campaign, unit_id: str, kind: str, at: datetime, **kwargs: object
) -> None:
    sender = get_unit(session, unit_id).emails[0].address  # type: ignore[union-attr]
    msg = f.message(
        session,
        sender=sender,
        attachments=[FORM if kind == "registration" else REPORT],
        received_at=at,
    )
    f.submission(session, msg, unit_id, f.deadline(session, campaign, kind), **kwargs)  # type: ignore[arg-type]


def test_slots_fall_on_the_expected_working_days_at_eight(
    session: Session, campaign: Campaign
) -> None:
    slots = ensure_slots(session, campaign.id)
    kinds = {d.id: d.kind for d in campaign.deadlines}
    found = {(kinds[s.deadline_id], s.slot): s.due_at.astimezone(VN) for s in slots}
    assert {k: v.date() for k, v in found.items()} == EXPECTED_DAYS
    assert {v.time() for v in found.values()} == {time(8, 0)}
    assert len(ensure_slots(session, campaign.id)) == 12  # a second call adds nothing


def test_walk_the_whole_campaign(session: Session, settings: Settings, campaign: Campaign) -> None:
    units = {u.id: u for u in session.scalars(select(Unit))}
    reg_early = {"cb-xom-1", "hoi-phu-nu"}  # before the first reminder
    # cb-xom-2 registers on 02/4, between before-7 and before-3; cong-an late, on 09/4.
    submit(session, campaign, "cb-xom-1", "registration", local(date(2024, 3, 20), 9))
    submit(session, campaign, "hoi-phu-nu", "registration", local(date(2024, 3, 25), 9))
    submit(session, campaign, "cb-xom-2", "registration", local(date(2024, 4, 2), 9))
    submit(session, campaign, "cong-an", "registration", local(date(2024, 4, 9), 9))
    submit(
        session,
        campaign,
        "mttq",
        "registration",
        local(date(2024, 4, 1), 9),
        review_state="needs_review",
    )
    submit(session, campaign, "cb-xom-3", "report", local(date(2024, 9, 3), 20))
    sent_at: dict[str, datetime] = {}
    day = date(2024, 3, 1)
    while day <= date(2024, 10, 31):
        for moment in (local(day, 7, 59), local(day, 8, 0), local(day, 8, 0), local(day, 17, 0)):
            for row in run_due_reminders(session, settings, now=moment):
                sent_at.setdefault(row.idempotency_key, moment)
                assert sent_at[row.idempotency_key] <= moment
        session.commit()
        day += timedelta(days=1)

    rows = list(session.scalars(select(OutboundMail)))
    assert len(rows) == len({r.idempotency_key for r in rows})  # once each
    calendar = WorkCalendar.from_settings(campaign.settings)
    kinds = {d.id: d.kind for d in campaign.deadlines}
    by_slot: dict[tuple[str, str], set[str]] = {}
    digests = Counter[tuple[str, str]]()
    for row in rows:
        moment = row.created_at.astimezone(VN)
        assert moment.time() == time(8, 0), row.idempotency_key
        assert calendar.is_working_day(moment.date())
        assert row.state == "planned"
        slot = row.idempotency_key.rsplit(":", 1)[1]
        key = (kinds[row.deadline_id or 0], slot)
        assert EXPECTED_DAYS[key] == moment.date()
        if row.purpose == "digest":
            digests[key] += 1
            assert row.to_addrs == ["danvan@nghiathai.test"]
            continue
        assert row.purpose == ("overdue" if slot.startswith("overdue") else "reminder")
        unit = units[row.unit_id or ""]
        assert row.to_addrs == [e.address for e in unit.emails]
        by_slot.setdefault(key, set()).add(unit.id)
    assert digests == Counter(dict.fromkeys(EXPECTED_DAYS, 1))
    everyone = set(units)
    assert by_slot[("registration", "before-7")] == everyone - reg_early
    assert by_slot[("registration", "before-3")] == everyone - reg_early - {"cb-xom-2", "mttq"}
    assert by_slot[("registration", "overdue-1")] == everyone - reg_early - {
        "cb-xom-2",
        "mttq",
        "cong-an",
    }
    assert by_slot[("report", "before-3")] == everyone
    assert by_slot[("report", "before-1")] == everyone - {"cb-xom-3"}
    assert by_slot[("report", "overdue-1")] == everyone - {"cb-xom-3"}
    slots = session.scalars(select(ReminderSlot)).all()
    assert len(slots) == 12 and all(s.done_at is not None for s in slots)


def test_after_downtime_only_the_latest_due_slot_mails(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    rows = run_due_reminders(session, settings, now=local(date(2024, 4, 6), 10))
    slots = {r.idempotency_key.rsplit(":", 1)[1] for r in rows}
    assert slots == {"before-1"}
    done = session.scalars(select(ReminderSlot).where(ReminderSlot.done_at.is_not(None))).all()
    assert {s.slot for s in done} == {"before-7", "before-3", "before-1"}


def test_preview_shows_exactly_what_a_run_sends_and_writes_nothing(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    at = local(date(2024, 4, 3), 8)
    submit(session, campaign, "cb-xom-4", "registration", local(date(2024, 4, 3), 7, 30))
    submit(session, campaign, "cb-xom-5", "registration", local(date(2024, 4, 3), 9))  # later
    run_due_reminders(session, settings, now=local(date(2024, 3, 28), 8))
    before = session.scalar(select(func.count()).select_from(OutboundMail))
    dry = preview_reminders(session, settings, at=at)
    assert session.scalar(select(func.count()).select_from(OutboundMail)) == before
    units = {m.unit_id for m in dry if m.purpose == "reminder"}
    assert "cb-xom-4" not in units and "cb-xom-5" in units
    assert [m.purpose for m in dry].count("digest") == 1
    real = run_due_reminders(session, settings, now=at)
    assert sorted((m.purpose, m.unit_id, tuple(m.to)) for m in dry) == sorted(
        (r.purpose, r.unit_id, tuple(r.to_addrs)) for r in real
    )
    # A real run closed that slot; the preview is a what-if and still shows it, unchanged.
    again = preview_reminders(session, settings, at=at)
    assert sorted((m.purpose, m.unit_id, m.to, m.subject) for m in again) == sorted(
        (m.purpose, m.unit_id, m.to, m.subject) for m in dry
    )


def test_dry_run_before_any_slot_is_empty(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    assert preview_reminders(session, settings, at=local(date(2024, 3, 28), 7, 59)) == []
    mails = preview_reminders(session, settings, at=local(date(2024, 3, 28), 8))
    assert len(mails) == (session.scalar(select(func.count()).select_from(Unit)) or 0) + 1
    assert all(m.deadline == "registration" for m in mails)


def test_reminder_text_is_vietnamese_and_names_the_deadline(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    rows = run_due_reminders(session, settings, now=local(date(2024, 4, 10), 8))
    reminder = next(r for r in rows if r.unit_id == "cb-xom-1")
    digest = next(r for r in rows if r.purpose == "digest")
    assert reminder.purpose == "overdue"
    assert "Đã quá hạn nộp Phiếu đăng ký" in reminder.subject
    assert "07/04/2024" in reminder.subject
    assert b"Auto-Submitted: auto-generated" in reminder.raw
    assert "đơn vị chưa nộp" in digest.subject


def test_daily_limit_applies_to_reminders(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    limited = settings.model_copy(update={"max_auto_mails_per_day": 1})
    now = local(date(2024, 3, 28), 8)
    f.message(session)  # nothing to do with limits: a message is not outbound mail
    with_ack = f.message(session, attachments=[FORM])
    from notifier.ack import plan_acknowledgement

    assert plan_acknowledgement(session, with_ack.id, limited, now=now) is not None
    rows = run_due_reminders(session, limited, now=now)
    assert "cb-xom-1" not in {r.unit_id for r in rows}
    assert "cb-xom-3" in {r.unit_id for r in rows}


def test_digest_lists_reminded_unreachable_and_in_review(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    session.add(Unit(id="to-moi", name="Tổ dân phố mới", kind="other", aliases=[]))
    submit(
        session,
        campaign,
        "mttq",
        "registration",
        local(date(2024, 4, 1), 9),
        review_state="needs_review",
    )
    submit(session, campaign, "cb-xom-1", "registration", local(date(2024, 4, 1), 9))
    rows = run_due_reminders(session, settings, now=local(date(2024, 4, 3), 8))
    digest = next(r for r in rows if r.purpose == "digest")
    assert "to-moi" not in {r.unit_id for r in rows}
    body = email.message_from_bytes(digest.raw, policy=email.policy.default).get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "\r" not in text
    assert "nhắc trước hạn 3 ngày làm việc" in text
    assert "Đã nộp: 2/35 đơn vị." in text
    assert "Chưa nộp và không nhắc được qua thư (1 đơn vị):\n  - Tổ dân phố mới" in text
    assert "Hồ sơ đang chờ Văn phòng kiểm tra (1 đơn vị):\n  - Ủy ban MTTQ Việt Nam xã" in text
    assert "  - Chi bộ xóm 2: chiboxom2.nghiathai@gmail.test, trandinhkhai62@gmail.test" in text
    assert "Chi bộ xóm 1:" not in text


def test_no_office_address_means_no_reminders_and_the_slot_stays_open(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    campaign.office_email = None
    anonymous = settings.model_copy(update={"office_email": None})
    at = local(date(2024, 3, 28), 8)
    assert preview_reminders(session, anonymous, at=at) == []
    assert run_due_reminders(session, anonymous, now=at) == []
    assert len(run_due_reminders(session, settings, now=at)) == 35


def test_a_before_reminder_found_after_the_deadline_is_closed_unsent(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    campaign.settings = {**campaign.settings, "reminders": {"overdue_max": 0}}
    session.flush()
    at = local(date(2024, 4, 8), 8)  # Monday after the Sunday deadline
    assert preview_reminders(session, settings, at=at) == []
    assert run_due_reminders(session, settings, now=at) == []
    slots = session.scalars(select(ReminderSlot)).all()
    registration = next(d.id for d in campaign.deadlines if d.kind == "registration")
    assert {s.slot for s in slots if s.deadline_id == registration and s.done_at} == {
        "before-7",
        "before-3",
        "before-1",
    }


def test_a_slot_found_long_after_its_time_is_closed_without_mail(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    # dvk started in 2026 on the 2024 campaign: every slot is long past, none may mail.
    mails = run_due_reminders(session, settings, now=datetime(2026, 11, 29, 1, 0, tzinfo=UTC))
    assert mails == []
    slots = session.scalars(select(ReminderSlot)).all()
    assert slots and all(slot.done_at is not None for slot in slots)
