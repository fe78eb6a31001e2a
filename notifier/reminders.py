"""Reminders before each deadline, overdue reminders after it, and a digest to the office.

Each moment is a `ReminderSlot` row with a due time, found by a periodic scan (`dvk remind`, the
scheduler) rather than a long-delayed task in a broker, which a restart or a purge would lose.
Slots fall on working days (`notifier.calendar`) at the campaign's local `send_at` time:
"before-N" on the N-th working day before the deadline, "overdue-K" K×`overdue_every_working_days`
working days after it. When the scheduler was down and several slots of a deadline are due at
once, only the latest one mails; the older ones are closed without mail, so nobody gets three
reminders in one morning. A slot found more than `STALE_AFTER` after its time (dvk started long
after a campaign, or a server down for a week) is closed without mail: a reminder that late would
only confuse.

Planning and a preview share one function (`_slot_drafts`), so `dvk remind --dry-run` shows
exactly what a run would send; the preview and the campaign's calendar live in
`notifier.preview`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from documents import clock
from documents.db import get_unit
from documents.lifecycle import RegisterStatus
from documents.models import AuditEntry, Campaign, Deadline, OutboundMail, ReminderSlot, Unit
from documents.register import unit_statuses
from notifier import labels
from notifier.calendar import WorkCalendar
from notifier.compose import Draft
from notifier.outbox import insert_ignore, plan
from notifier.safety import mails_today, norm_address
from notifier.settings import NotifierSettings

log = logging.getLogger(__name__)

RECIPIENT_ORIGINS = ("units_file", "confirmed")
#: Past this, a due slot is closed without mail (a long weekend of downtime still mails).
STALE_AFTER = timedelta(days=4)


@dataclass(frozen=True)
class Policy:
    before_working_days: tuple[int, ...] = (7, 3, 1)
    send_at: time = time(8, 0)
    overdue_every_working_days: int = 3
    overdue_max: int = 3
    digest_to_office: bool = True

    @classmethod
    def of(cls, campaign: Campaign) -> Policy:
        raw: dict[str, Any] = (campaign.settings or {}).get("reminders") or {}
        default = cls()
        send_at = raw.get("send_at", default.send_at)
        return cls(
            before_working_days=tuple(
                sorted(
                    {
                        int(n)
                        for n in raw.get("before_working_days", default.before_working_days)
                        if int(n) > 0
                    },
                    reverse=True,
                )
            ),
            send_at=send_at if isinstance(send_at, time) else time.fromisoformat(str(send_at)),
            overdue_every_working_days=max(
                int(raw.get("overdue_every_working_days", default.overdue_every_working_days)), 1
            ),
            overdue_max=max(int(raw.get("overdue_max", default.overdue_max)), 0),
            digest_to_office=bool(raw.get("digest_to_office", default.digest_to_office)),
        )


@dataclass(frozen=True)
class SlotSpec:
    deadline_id: int
    slot: str  # before-7 | overdue-1
    purpose: str  # reminder | overdue
    day: date
    due_at: datetime  # UTC


@dataclass(frozen=True)
class PlannedMail:
    """One mail a reminder run sends (or would send)."""

    purpose: str  # reminder | overdue | digest
    unit_id: str | None
    deadline: str  # the deadline's kind
    to: list[str]
    subject: str
    idempotency_key: str = ""


def compute_slots(campaign: Campaign) -> list[SlotSpec]:
    """Every reminder moment of the campaign, from its policy and working-day calendar."""
    policy = Policy.of(campaign)
    calendar = WorkCalendar.from_settings(campaign.settings)
    specs: list[SlotSpec] = []
    for deadline in campaign.deadlines:
        days: list[tuple[str, str, date]] = [
            (f"before-{n}", "reminder", calendar.working_days_before(deadline.due_date, n))
            for n in policy.before_working_days
        ]
        days += [
            (
                f"overdue-{k}",
                "overdue",
                calendar.working_days_after(
                    deadline.due_date, k * policy.overdue_every_working_days
                ),
            )
            for k in range(1, policy.overdue_max + 1)
        ]
        for slot, purpose, day in days:
            due_at = clock.local_moment(day, policy.send_at, campaign)
            specs.append(SlotSpec(deadline.id, slot, purpose, day, due_at))
    return sorted(specs, key=lambda s: (s.due_at, s.deadline_id, s.slot))


def ensure_slots(session: Session, campaign_id: int) -> list[ReminderSlot]:
    """Create the campaign's missing slots and move pending ones when the policy changed."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise LookupError(f"no campaign {campaign_id}")
    specs = compute_slots(campaign)
    deadline_ids = [d.id for d in campaign.deadlines]
    wanted = {(s.deadline_id, s.slot) for s in specs}
    existing = {
        (row.deadline_id, row.slot): row
        for row in session.scalars(
            select(ReminderSlot).where(ReminderSlot.deadline_id.in_(deadline_ids))
        )
    }
    for spec in specs:
        row = existing.get((spec.deadline_id, spec.slot))
        if row is None:
            insert_ignore(
                session,
                ReminderSlot,
                {
                    "deadline_id": spec.deadline_id,
                    "slot": spec.slot,
                    "purpose": spec.purpose,
                    "due_at": spec.due_at,
                },
            )
        elif row.done_at is None and row.due_at != spec.due_at:
            row.due_at = spec.due_at
    stale = [r.id for key, r in existing.items() if key not in wanted and r.done_at is None]
    if stale:
        session.execute(delete(ReminderSlot).where(ReminderSlot.id.in_(stale)))
    session.flush()
    return list(
        session.scalars(
            select(ReminderSlot)
            .where(ReminderSlot.deadline_id.in_(deadline_ids))
            .order_by(ReminderSlot.due_at, ReminderSlot.id)
            .execution_options(populate_existing=True)
        )
    )


@dataclass
class _Limiter:
    """Automatic mails per address on one local day: the outbox's count plus this run's.

    `count` replaces the outbox's count (a preview counts only what came before its moment)."""

    session: Session
    now: datetime
    timezone: str
    limit: int
    counts: dict[str, int] = field(default_factory=dict)
    count: Callable[[list[str]], dict[str, int]] | None = None

    def allow(self, addresses: Sequence[str]) -> list[str]:
        unknown = [a for a in addresses if norm_address(a) not in self.counts]
        if unknown:
            self.counts.update(
                self.count(unknown)
                if self.count is not None
                else mails_today(self.session, unknown, self.now, self.timezone)
            )
        allowed = [a for a in addresses if self.counts[norm_address(a)] < self.limit]
        for address in allowed:
            self.counts[norm_address(address)] += 1
        for address in set(addresses) - set(allowed):
            log.warning("not reminding %s: %d automatic mails today already", address, self.limit)
        return allowed


def _unit_state(
    session: Session, campaign: Campaign, deadline: Deadline, at: datetime
) -> tuple[list[str], set[str], set[str]]:
    """(active units in the register's order, those with a counted document by `at`, and
    those whose documents await review). The register decides what counts, as of `at`; a unit
    the office exempted from the deadline is left out altogether: never reminded, not counted."""
    order: list[str] = []
    submitted: set[str] = set()
    in_review: set[str] = set()
    for unit in unit_statuses(session, campaign.id, as_of=at):
        status = unit.deadlines.get(deadline.kind)
        if status is not None and status.status == RegisterStatus.EXEMPT:
            continue
        order.append(unit.unit_id)
        if status is None or status.status == RegisterStatus.MISSING:
            continue
        submitted.add(unit.unit_id)
        if status.status == RegisterStatus.NEEDS_REVIEW:
            in_review.add(unit.unit_id)
    return order, submitted, in_review


def slot_label(slot: str) -> str:
    """The slot as the office reads it: "before-3" → "nhắc trước hạn 3 ngày làm việc"."""
    kind, _, number = slot.partition("-")
    if kind == "overdue":
        return f"nhắc quá hạn lần {number}"
    return f"nhắc trước hạn {number} ngày làm việc"


def _slot_drafts(
    session: Session,
    settings: NotifierSettings,
    campaign: Campaign,
    deadline: Deadline,
    spec: SlotSpec,
    at: datetime,
    limiter: _Limiter,
) -> list[tuple[PlannedMail, Draft]]:
    """The mails of one slot at moment `at`: a reminder per missing unit, then the digest."""
    office = settings.office_email or campaign.office_email or ""
    policy = Policy.of(campaign)
    order, submitted, in_review = _unit_state(session, campaign, deadline, at)
    by_id = {u.id: u for u in session.scalars(select(Unit).where(Unit.id.in_(order)))}
    units = [by_id[i] for i in order if i in by_id]
    kind_label = labels.DEADLINE.get(deadline.kind, deadline.kind)
    due = deadline.due_date.strftime("%d/%m/%Y")
    overdue = spec.purpose == "overdue"
    subject = (
        f"[Dân vận khéo] Đã quá hạn nộp {kind_label} (hạn {due})"
        if overdue
        else f"[Dân vận khéo] Nhắc nộp {kind_label} trước ngày {due}"
    )
    base = {
        "campaign_name": campaign.name,
        "deadline_label": kind_label,
        "due_date": due,
        "overdue": overdue,
        "slot": spec.slot,
        "slot_label": slot_label(spec.slot),
        "office_email": office,
        "working_days_left": int(spec.slot.split("-")[1]) if not overdue else 0,
    }
    out: list[tuple[PlannedMail, Draft]] = []
    reminded: list[dict[str, Any]] = []
    unreachable: list[str] = []
    for unit in units:
        if unit.id in submitted:
            continue
        addresses = [e.address for e in unit.emails if e.origin in RECIPIENT_ORIGINS]
        to = limiter.allow(addresses) if addresses else []
        if not to:
            unreachable.append(unit.name)
            continue
        key = f"reminder:{deadline.id}:{unit.id}:{spec.slot}"
        mail = PlannedMail(spec.purpose, unit.id, deadline.kind, to, subject, key)
        context = {**base, "unit_name": unit.name, "contact": unit.contact or ""}
        out.append(
            (mail, Draft(spec.purpose, key, office, tuple(to), subject, "reminder", context))
        )
        reminded.append({"name": unit.name, "to": to})
    if policy.digest_to_office and office:
        to = limiter.allow([office])
        if to:
            key = f"digest:{deadline.id}:{spec.slot}"
            digest_subject = (
                f"[Dân vận khéo] Tổng hợp nhắc hạn {labels.kind(deadline.kind)} (hạn {due}): "
                f"{len(reminded) + len(unreachable)} đơn vị chưa nộp"
            )
            names = {u.id: u.name for u in units}
            context = {
                **base,
                "reminded": reminded,
                "unreachable": unreachable,
                "in_review": sorted(names[u] for u in in_review if u in names),
                "submitted_count": len(submitted & set(names)),
                "unit_count": len(units),
            }
            mail = PlannedMail("digest", None, deadline.kind, to, digest_subject, key)
            out.append(
                (mail, Draft("digest", key, office, tuple(to), digest_subject, "digest", context))
            )
    return out


def _due_specs(
    session: Session, campaign: Campaign, at: datetime, *, what_if: bool = False
) -> tuple[list[SlotSpec], list[SlotSpec]]:
    """(slots that mail now, older due slots of the same deadline to close without mail).

    `what_if` answers as if no run had closed any slot yet: a preview of any moment."""
    done = (
        set()
        if what_if
        else {
            (r.deadline_id, r.slot)
            for r in session.scalars(
                select(ReminderSlot).where(
                    ReminderSlot.deadline_id.in_([d.id for d in campaign.deadlines]),
                    ReminderSlot.done_at.is_not(None),
                )
            )
        }
    )
    due = [
        s for s in compute_slots(campaign) if s.due_at <= at and (s.deadline_id, s.slot) not in done
    ]
    latest: dict[int, SlotSpec] = {}
    for spec in due:  # sorted by due time: the last one per deadline wins
        latest[spec.deadline_id] = spec
    # A "before" reminder found only after its deadline would announce days that are gone.
    today = clock.local_date(at, campaign)
    due_dates = {d.id: d.due_date for d in campaign.deadlines}
    mailing = [
        s
        for s in latest.values()
        if (s.purpose != "reminder" or today <= due_dates[s.deadline_id])
        and at - s.due_at <= STALE_AFTER
    ]
    return mailing, [s for s in due if s not in mailing]


def _campaigns(session: Session) -> list[Campaign]:
    return list(session.scalars(select(Campaign).where(Campaign.active.is_(True))))


def run_due_reminders(
    session: Session, settings: NotifierSettings, *, now: datetime
) -> list[OutboundMail]:
    """Plan every due slot's mails into the outbox and close the slot; the caller commits.

    Two runs at once plan the same idempotency keys, which the outbox inserts only once.
    """
    now = clock.utc(now, "now")
    rows: list[OutboundMail] = []
    for campaign in _campaigns(session):
        slots = {(s.deadline_id, s.slot): s for s in ensure_slots(session, campaign.id)}
        if not (settings.office_email or campaign.office_email):
            log.warning("no reminders for %s: no office address to send from", campaign.slug)
            continue
        limiter = _Limiter(session, now, campaign.timezone, settings.max_auto_mails_per_day)
        deadlines = {d.id: d for d in campaign.deadlines}
        mailing, skipped = _due_specs(session, campaign, now)
        for spec in skipped:
            log.info(
                "slot %s of deadline %d passed unsent: a later slot is due",
                spec.slot,
                spec.deadline_id,
            )
            slots[(spec.deadline_id, spec.slot)].done_at = now
        for spec in mailing:
            deadline = deadlines[spec.deadline_id]
            for mail, draft in _slot_drafts(
                session, settings, campaign, deadline, spec, now, limiter
            ):
                rows.append(
                    plan(
                        session,
                        draft,
                        now=now,
                        templates_dir=settings.templates_dir,
                        unit_id=mail.unit_id,
                        deadline_id=deadline.id,
                    )
                )
            slots[(spec.deadline_id, spec.slot)].done_at = now
            log.info(
                "slot %s of deadline %s: %d mails planned", spec.slot, deadline.kind, len(rows)
            )
        session.flush()
    return rows


class ReminderRefusedError(ValueError):
    """A reminder the office asked for that dvk will not send; the message is Vietnamese."""


@dataclass(frozen=True)
class ReminderNow:
    """The outcome of `remind_unit_now`: the outbox row, and whether this call planned it (a
    second request on the same day finds the first one's row and plans nothing)."""

    mail: OutboundMail
    planned: bool


def _working_days_left(calendar: WorkCalendar, today: date, due: date) -> int:
    days, day = 0, today
    while day < due:
        day += timedelta(days=1)
        days += calendar.is_working_day(day)
    return days


def remind_unit_now(
    session: Session,
    settings: NotifierSettings,
    unit_id: str,
    deadline_id: int,
    *,
    actor: str,
    now: datetime | None = None,
) -> ReminderNow:
    """Plan a reminder to one unit now, at the office's request; the caller commits.

    The same rules as the scheduled reminders: only a unit that has sent nothing (not exempt),
    only to the addresses the units file lists or the office confirmed, within the daily limit
    of automatic mails per mailbox, through the outbox. One such reminder per unit, deadline
    and local day: asking twice plans nothing the second time."""
    at = clock.utc(now) if now is not None else clock.now()
    unit = get_unit(session, unit_id)
    deadline = session.get(Deadline, deadline_id)
    if unit is None or not unit.active or deadline is None:
        raise ReminderRefusedError("Không có đơn vị hoặc hạn nộp này.")
    campaign = deadline.campaign
    office = settings.office_email or campaign.office_email or ""
    if not office:
        raise ReminderRefusedError(
            "Chưa có địa chỉ thư của Văn phòng (DVK_OFFICE_EMAIL hoặc tệp đợt thi đua): "
            "không gửi được thư nhắc."
        )
    status = next(
        (
            u.deadlines.get(deadline.kind)
            for u in unit_statuses(session, campaign.id)
            if u.unit_id == unit.id
        ),
        None,
    )
    kind_label = labels.DEADLINE.get(deadline.kind, deadline.kind)
    if status is not None and status.status == RegisterStatus.EXEMPT:
        raise ReminderRefusedError(f"{unit.name} được miễn nộp {kind_label}: không nhắc.")
    if status is not None and status.status != "missing":
        raise ReminderRefusedError(f"{unit.name} đã gửi {kind_label}: không cần nhắc.")
    today = clock.local_date(at, campaign)
    key = f"reminder-now:{deadline.id}:{unit.id}:{today.isoformat()}"
    existing = session.scalar(select(OutboundMail).where(OutboundMail.idempotency_key == key))
    if existing is not None:
        return ReminderNow(existing, planned=False)
    addresses = [e.address for e in unit.emails if e.origin in RECIPIENT_ORIGINS]
    if not addresses:
        raise ReminderRefusedError(
            f"{unit.name} chưa có địa chỉ thư nào được xác nhận: thêm địa chỉ cho đơn vị trước."
        )
    limiter = _Limiter(session, at, campaign.timezone, settings.max_auto_mails_per_day)
    to = limiter.allow(addresses)
    if not to:
        raise ReminderRefusedError(
            f"Các địa chỉ của {unit.name} đã nhận đủ {settings.max_auto_mails_per_day} thư "
            "tự động hôm nay: thử lại vào ngày mai."
        )
    overdue = today > deadline.due_date
    due = deadline.due_date.strftime("%d/%m/%Y")
    subject = (
        f"[Dân vận khéo] Đã quá hạn nộp {kind_label} (hạn {due})"
        if overdue
        else f"[Dân vận khéo] Nhắc nộp {kind_label} trước ngày {due}"
    )
    calendar = WorkCalendar.from_settings(campaign.settings)
    context = {
        "campaign_name": campaign.name,
        "deadline_label": kind_label,
        "due_date": due,
        "overdue": overdue,
        "slot": "now",
        "slot_label": "nhắc theo yêu cầu của Văn phòng",
        "office_email": office,
        "working_days_left": _working_days_left(calendar, today, deadline.due_date),
        "unit_name": unit.name,
        "contact": unit.contact or "",
    }
    purpose = "overdue" if overdue else "reminder"
    draft = Draft(purpose, key, office, tuple(to), subject, "reminder", context)
    mail = plan(
        session,
        draft,
        now=at,
        templates_dir=settings.templates_dir,
        unit_id=unit.id,
        deadline_id=deadline.id,
    )
    session.add(
        AuditEntry(
            actor=actor[:64],
            action="remind_unit",
            entity="unit",
            entity_id=unit.id,
            before=None,
            after={
                "deadline_id": deadline.id,
                "deadline": deadline.kind,
                "to": list(to),
                "outbox_id": mail.id,
            },
        )
    )
    session.flush()
    return ReminderNow(mail, planned=True)
