"""The reminder calendar ("Lịch nhắc hạn"): every reminder slot of the campaign with its date in
the campaign's zone, its kind and state, who it would mail as things stand (or as of a moment the
office types), what was sent and when, and a preview of each mail and of the office digest.

The calendar and the preview are `notifier.preview`'s (the same as `dvk remind --calendar` and
`dvk remind --dry-run --at T`), handed in by the composition root as `WebState.reminders`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time

from flask import Blueprint, abort, render_template, request, url_for
from sqlalchemy import select

from documents import clock
from documents.labels import MAIL_STATE, REMINDER_KIND, REMINDER_STATE
from documents.models import Unit
from documents.register import active_campaign
from web.form_input import FieldInputError, parse_date_input
from web.labels import DEADLINE, label, vn_date
from web.state import MailPreview, ReminderSource, SlotView, db, state

bp = Blueprint("calendar", __name__)

_MOMENT = re.compile(r"(?P<day>.+?)(?:\s+(?P<hour>\d{1,2})\s*[:hg]\s*(?P<minute>\d{2}))?")
#: A typed day without a time means the end of that day: everything received that day counts.
END_OF_DAY = time(23, 59)


def parse_moment(text: str, timezone: str) -> datetime:
    """A moment typed as "05/04/2024 08:00" (or only the day, meaning its end) in the
    campaign's zone, as a UTC instant."""
    match = _MOMENT.fullmatch(" ".join(text.split()))
    if match is None:
        raise FieldInputError(
            "Hãy nhập thời điểm dạng ngày/tháng/năm giờ:phút, ví dụ 05/04/2024 08:00"
        )
    day = parse_date_input(match["day"])
    at = END_OF_DAY
    if match["hour"] is not None:
        hour, minute = int(match["hour"]), int(match["minute"])
        if hour > 23 or minute > 59:
            raise FieldInputError(f"«{match['hour']}:{match['minute']}» không phải giờ có thật")
        at = time(hour, minute)
    return clock.local_moment(day, at, timezone)


@dataclass(frozen=True)
class SentMail:
    unit: str
    to: str
    state: str
    sent_at: str  # dd/mm/yyyy HH:MM in the campaign's zone, or ""


@dataclass(frozen=True)
class SlotRow:
    """One line of the calendar page, already in the office's words and zone."""

    deadline: str  # its kind, for the preview link
    slot: str
    day: str  # dd/mm/yyyy
    time: str  # HH:MM
    deadline_label: str  # "Đăng ký (hạn 07/04/2024)"
    label: str  # "nhắc trước hạn 3 ngày làm việc"
    kind: str
    kind_label: str
    state: str
    state_label: str
    recipients: tuple[str, ...]  # who it would mail as of the moment (units, or the office)
    unreachable: tuple[str, ...]
    sent: tuple[SentMail, ...]
    done_at: str
    preview_url: str


def _local(value: datetime | None, timezone: str) -> str:
    return "" if value is None else clock.local(value, timezone).strftime("%d/%m/%Y %H:%M")


def slot_rows(entries: list[SlotView], units: dict[str, str]) -> list[SlotRow]:
    rows = []
    for entry in entries:
        local = clock.local(entry.at, entry.timezone)
        anchor = "tong-hop" if entry.kind == "digest" else None
        rows.append(
            SlotRow(
                deadline=entry.deadline,
                slot=entry.slot,
                day=local.strftime("%d/%m/%Y"),
                time=local.strftime("%H:%M"),
                deadline_label=f"{label(DEADLINE, entry.deadline)} (hạn {vn_date(entry.due_date)})",
                label="gửi văn phòng sau lần " + entry.label
                if entry.kind == "digest"
                else entry.label,
                kind=entry.kind,
                kind_label=label(REMINDER_KIND, entry.kind),
                state=entry.state,
                state_label=label(REMINDER_STATE, entry.state),
                recipients=tuple(
                    f"{r.name} ({', '.join(r.to)})" if entry.kind == "digest" else r.name
                    for r in entry.recipients
                ),
                unreachable=tuple(entry.unreachable),
                sent=tuple(
                    SentMail(
                        unit=units.get(m.unit_id, m.unit_id) if m.unit_id else "Văn phòng",
                        to=", ".join(m.to),
                        state=label(MAIL_STATE, m.state),
                        sent_at=_local(m.sent_at, entry.timezone),
                    )
                    for m in entry.mails
                ),
                done_at=_local(entry.done_at, entry.timezone),
                preview_url=url_for(
                    "calendar.preview", deadline=entry.deadline, slot=entry.slot, _anchor=anchor
                ),
            )
        )
    return rows


def _source() -> ReminderSource | None:
    return state().reminders


@bp.get("/lich-nhac")
def calendar() -> str:
    session = db()
    campaign = active_campaign(session)
    timezone = clock.zone(campaign).key
    typed = (request.args.get("luc") or "").strip()
    error = None
    at = clock.now()
    if typed:
        try:
            at = parse_moment(typed, timezone)
        except FieldInputError as exc:
            error = str(exc)
    source = _source()
    rows: list[SlotRow] = []
    if source is not None and campaign is not None:
        units = {str(i): str(n) for i, n in session.execute(select(Unit.id, Unit.name))}
        entries = list(source.reminder_calendar(session, state().settings, at=at))
        rows = slot_rows(entries, units)
    return render_template(
        "reminder_calendar.html",
        campaign=campaign,
        rows=rows,
        available=source is not None,
        typed=typed,
        error=error,
        as_of=_local(at, timezone),
        timezone=timezone,
    )


@bp.get("/lich-nhac/<deadline>/<slot>")
def preview(deadline: str, slot: str) -> str:
    """Each mail of one slot as a run at the slot's time would send it, counting the forms
    received by then, and the digest the office gets after it."""
    source = _source()
    session = db()
    campaign = active_campaign(session)
    if source is None or campaign is None:
        abort(404)
    settings = state().settings
    entries = [
        e
        for e in source.reminder_calendar(session, settings, at=clock.now())
        if e.deadline == deadline and e.slot == slot
    ]
    if not entries:
        abort(404)
    entry = entries[0]
    mails: list[MailPreview] = [
        m
        for m in source.preview_reminders(session, settings, at=entry.at)
        if m.deadline == deadline and m.slot == slot
    ]
    return render_template(
        "reminder_preview.html",
        deadline_label=f"{label(DEADLINE, deadline)} (hạn {vn_date(entry.due_date)})",
        label=entry.label,
        kind_label=label(REMINDER_KIND, entry.kind),
        moment=_local(entry.at, entry.timezone),
        reminders=[m for m in mails if m.purpose != "digest"],
        digests=[m for m in mails if m.purpose == "digest"],
    )
