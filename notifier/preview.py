"""What the reminders would send at any moment, and the campaign's whole reminder calendar.

Both only read the database. The preview is a pure what-if: the mails a reminder run at moment T
would send if no run had closed any slot yet, counting the submissions received by T, so the
office can look at a reminder before it goes out, or at one of a past campaign, on any day. The
calendar lists every slot of the campaign with its time in the campaign's zone, whether it was
sent, and who would get it as of a moment. The functions return typed rows for the CLI and the
web register alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents import clock
from documents.models import Campaign, Deadline, OutboundMail, ReminderSlot, Unit
from documents.settings import Settings
from notifier.compose import render
from notifier.reminders import (
    PlannedMail,
    SlotSpec,
    _campaigns,
    _due_specs,
    _Limiter,
    _slot_drafts,
    compute_slots,
    slot_label,
)
from notifier.safety import day_window, mails_today, norm_address

REMINDER_PURPOSES = ("reminder", "overdue", "digest")
DEFAULT_TZ = "Asia/Ho_Chi_Minh"


@dataclass(frozen=True)
class PreviewMail:
    """One mail a reminder run at the previewed moment would send, as it would read."""

    purpose: str  # reminder | overdue | digest
    deadline: str  # the deadline's kind
    slot: str  # before-3 | overdue-1
    slot_at: datetime  # UTC: the slot's time
    local_time: str  # the slot's time in the campaign's zone, "2024-04-03 08:00"
    unit_id: str | None
    unit_name: str | None
    mail_from: str
    to: tuple[str, ...]
    subject: str
    text: str
    html: str

    def as_json(self) -> dict[str, Any]:
        return {
            "purpose": self.purpose,
            "deadline": self.deadline,
            "slot": self.slot,
            "slot_at": self.slot_at.isoformat(),
            "local_time": self.local_time,
            "unit_id": self.unit_id,
            "unit_name": self.unit_name,
            "from": self.mail_from,
            "to": list(self.to),
            "subject": self.subject,
            "text": self.text,
            "html": self.html,
        }


def _local(moment: datetime, timezone: str) -> str:
    return clock.local(moment, timezone).strftime("%Y-%m-%d %H:%M")


def _count_without_reminders(
    session: Session, campaign: Campaign, at: datetime
) -> Callable[[list[str]], dict[str, int]]:
    """The day's automatic mails per address, less this campaign's reminders and digests: the
    what-if assumes no run has sent those yet, so they must not eat the daily limit."""
    timezone = campaign.timezone or DEFAULT_TZ
    start, end = day_window(at, timezone)
    deadline_ids = [d.id for d in campaign.deadlines]
    own: Counter[str] = Counter()
    for to_addrs in session.scalars(
        select(OutboundMail.to_addrs).where(
            OutboundMail.created_at >= start,
            OutboundMail.created_at < end,
            OutboundMail.state != "cancelled",
            OutboundMail.purpose.in_(REMINDER_PURPOSES),
            OutboundMail.deadline_id.in_(deadline_ids),
        )
    ):
        own.update(norm_address(str(a)) for a in to_addrs or ())

    def count(addresses: list[str]) -> dict[str, int]:
        today = mails_today(session, addresses, at, timezone)
        return {key: max(value - own[key], 0) for key, value in today.items()}

    return count


def _unit_names(session: Session, mails: list[PlannedMail]) -> dict[str, str]:
    ids = [m.unit_id for m in mails if m.unit_id]
    return {u.id: u.name for u in session.scalars(select(Unit).where(Unit.id.in_(ids)))}


def preview_reminders(session: Session, settings: Settings, *, at: datetime) -> list[PreviewMail]:
    """Exactly what a reminder run at `at` would send if no slot had been processed yet,
    counting the submissions received by then. Writes nothing."""
    at = clock.utc(at, "at")
    previews: list[PreviewMail] = []
    for campaign in _campaigns(session):
        office = settings.office_email or campaign.office_email
        if not office:
            continue
        timezone = campaign.timezone or DEFAULT_TZ
        limiter = _Limiter(
            session,
            at,
            timezone,
            settings.max_auto_mails_per_day,
            count=_count_without_reminders(session, campaign, at),
        )
        deadlines = {d.id: d for d in campaign.deadlines}
        mailing, _ = _due_specs(session, campaign, at, what_if=True)
        for spec in mailing:
            drafts = _slot_drafts(
                session, settings, campaign, deadlines[spec.deadline_id], spec, at, limiter
            )
            names = _unit_names(session, [mail for mail, _ in drafts])
            for mail, draft in drafts:
                text, html = render(settings.templates_dir, draft.template, draft.context)
                previews.append(
                    PreviewMail(
                        purpose=mail.purpose,
                        deadline=mail.deadline,
                        slot=spec.slot,
                        slot_at=spec.due_at,
                        local_time=_local(spec.due_at, timezone),
                        unit_id=mail.unit_id,
                        unit_name=names.get(mail.unit_id or ""),
                        mail_from=draft.mail_from,
                        to=tuple(mail.to),
                        subject=mail.subject,
                        text=text,
                        html=html,
                    )
                )
    return previews


@dataclass(frozen=True)
class SlotMail:
    """A mail a run planned for a slot (from the outbox)."""

    unit_id: str | None
    to: tuple[str, ...]
    state: str  # planned | sending | sent | failed | …
    sent_at: datetime | None = None  # UTC, once it went out


@dataclass(frozen=True)
class Recipient:
    """A unit (or the office, for a digest) that a slot would mail as of the calendar's moment."""

    unit_id: str | None
    name: str
    to: tuple[str, ...]


@dataclass(frozen=True)
class CalendarEntry:
    """One mailing of the campaign: a slot's reminders, or the digest that follows them.

    `state`: `upcoming` (its time is ahead), `due` (its time has passed and the next run sends
    it), `skipped` (passed, and the next run closes it without mail: a later slot is due, or it
    is too late), `sent`, `pending` (planned, not all sent yet), `failed`, or `closed` (a run
    processed it and had nothing to send)."""

    campaign: str  # the campaign's slug
    deadline: str  # registration | report
    due_date: date
    slot: str  # before-7 | overdue-1
    label: str  # "nhắc trước hạn 7 ngày làm việc"
    kind: str  # before | overdue | digest
    at: datetime  # UTC
    local_time: str  # in the campaign's zone, "2024-03-28 08:00"
    timezone: str
    state: str
    done_at: datetime | None
    mails: tuple[SlotMail, ...]  # what a run planned for it
    recipients: tuple[Recipient, ...]  # who it would mail as of the moment (upcoming and due)
    unreachable: tuple[str, ...]  # units it would remind that have no address to mail

    def as_json(self) -> dict[str, Any]:
        return {
            "campaign": self.campaign,
            "deadline": self.deadline,
            "due_date": self.due_date.isoformat(),
            "slot": self.slot,
            "label": self.label,
            "kind": self.kind,
            "at": self.at.isoformat(),
            "local_time": self.local_time,
            "timezone": self.timezone,
            "state": self.state,
            "done_at": self.done_at.isoformat() if self.done_at else None,
            "mails": [
                {
                    "unit_id": m.unit_id,
                    "to": list(m.to),
                    "state": m.state,
                    "sent_at": clock.isoformat(m.sent_at),
                }
                for m in self.mails
            ],
            "recipients": [
                {"unit_id": r.unit_id, "name": r.name, "to": list(r.to)} for r in self.recipients
            ],
            "unreachable": list(self.unreachable),
        }


def _processed_state(mails: tuple[SlotMail, ...]) -> str:
    states = {m.state for m in mails}
    if not states:
        return "closed"
    if "failed" in states:
        return "failed"
    if states == {"sent"}:
        return "sent"
    return "pending"


def _outbox_by_slot(
    session: Session, deadline_ids: list[int]
) -> dict[tuple[int, str, str], list[SlotMail]]:
    """(deadline, slot, reminder|digest) → the outbox rows planned for it."""
    found: dict[tuple[int, str, str], list[SlotMail]] = {}
    rows = session.scalars(
        select(OutboundMail)
        .where(
            OutboundMail.deadline_id.in_(deadline_ids),
            OutboundMail.purpose.in_(REMINDER_PURPOSES),
        )
        .order_by(OutboundMail.id)
    )
    for row in rows:
        if row.deadline_id is None:
            continue
        slot = row.idempotency_key.rsplit(":", 1)[-1]
        group = "digest" if row.purpose == "digest" else "reminder"
        found.setdefault((row.deadline_id, slot, group), []).append(
            SlotMail(
                row.unit_id,
                tuple(str(a) for a in row.to_addrs or ()),
                row.state,
                clock.utc(row.sent_at) if row.sent_at is not None else None,
            )
        )
    return found


def _would_send(
    session: Session,
    settings: Settings,
    campaign: Campaign,
    deadline: Deadline,
    spec: SlotSpec,
    at: datetime,
) -> tuple[list[Recipient], list[Recipient], list[str]]:
    """(units reminded, the digest's recipients, units without an address) if `spec` mailed
    with the register as it is at `at`. The daily limit is not applied: it depends on the day."""
    unlimited = _Limiter(session, at, campaign.timezone or DEFAULT_TZ, 1 << 30, count=_zeros)
    drafts = _slot_drafts(session, settings, campaign, deadline, spec, at, unlimited)
    names = _unit_names(session, [mail for mail, _ in drafts])
    units = [
        Recipient(m.unit_id, names.get(m.unit_id or "", m.unit_id or ""), tuple(m.to))
        for m, _ in drafts
        if m.purpose != "digest"
    ]
    digest = [Recipient(None, "Văn phòng", tuple(m.to)) for m, _ in drafts if m.purpose == "digest"]
    unreachable = [
        name
        for _, draft in drafts
        if draft.purpose == "digest"
        for name in draft.context.get("unreachable", ())
    ]
    return units, digest, unreachable


def _zeros(addresses: list[str]) -> dict[str, int]:
    return {norm_address(a): 0 for a in addresses}


def reminder_calendar(
    session: Session, settings: Settings, *, at: datetime, campaign_id: int | None = None
) -> list[CalendarEntry]:
    """Every reminder slot of the active campaigns (or of one), in time order, with its digest:
    when it goes, whether it went, and who it would mail as of `at`. Writes nothing."""
    at = clock.utc(at, "at")
    campaigns = (
        [c for c in [session.get(Campaign, campaign_id)] if c is not None]
        if campaign_id is not None
        else _campaigns(session)
    )
    entries: list[CalendarEntry] = []
    for campaign in campaigns:
        timezone = campaign.timezone or DEFAULT_TZ
        deadlines = {d.id: d for d in campaign.deadlines}
        done = {
            (r.deadline_id, r.slot): r.done_at
            for r in session.scalars(
                select(ReminderSlot).where(ReminderSlot.deadline_id.in_(list(deadlines)))
            )
            if r.done_at is not None
        }
        outbox = _outbox_by_slot(session, list(deadlines))
        mailing, _ = _due_specs(session, campaign, at)
        mailing_keys = {(s.deadline_id, s.slot) for s in mailing}
        office = bool(settings.office_email or campaign.office_email)
        for spec in compute_slots(campaign):
            deadline = deadlines[spec.deadline_id]
            key = (spec.deadline_id, spec.slot)
            done_at = done.get(key)
            units: list[Recipient] = []
            digest: list[Recipient] = []
            unreachable: list[str] = []
            if done_at is not None:
                state = ""
            elif spec.due_at > at:
                state = "upcoming"
            else:
                state = "due" if key in mailing_keys and office else "skipped"
            if state in ("upcoming", "due"):
                units, digest, unreachable = _would_send(
                    session, settings, campaign, deadline, spec, at
                )
            groups = [("reminder", spec.purpose, units)]
            if digest or outbox.get((*key, "digest")):
                groups.append(("digest", "digest", digest))
            for group, kind, recipients in groups:
                mails = tuple(outbox.get((*key, group), ()))
                entries.append(
                    CalendarEntry(
                        campaign=campaign.slug,
                        deadline=deadline.kind,
                        due_date=deadline.due_date,
                        slot=spec.slot,
                        label=slot_label(spec.slot),
                        kind="before" if kind == "reminder" else kind,
                        at=spec.due_at,
                        local_time=_local(spec.due_at, timezone),
                        timezone=timezone,
                        state=state or _processed_state(mails),
                        done_at=clock.utc(done_at) if done_at is not None else None,
                        mails=mails,
                        recipients=tuple(recipients),
                        unreachable=tuple(unreachable) if group == "reminder" else (),
                    )
                )
    return entries
