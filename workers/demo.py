"""`dvk demo`: a rehearsal of the 2024 example campaign on an accelerated clock.

In a throwaway folder with its own SQLite database, the example mails arrive in the drop folder
at the moments their senders wrote them, are read, registered and acknowledged; the reminders
go out at each slot before and after the deadline, late forms are marked late, and at the end
the Word report and the Excel workbook are written. Nothing leaves the machine: the mail
source is the drop folder and every mail is written to the outbox folder.

The clock is injected: a `clock.AcceleratedClock` paces the rehearsal, and each step runs at
its own moment, passed on as `now=` to the same steps `dvk run` uses (`workers.steps`). A very
fast clock therefore plays the same campaign, only without the waiting.
"""

from __future__ import annotations

import email.utils
import itertools
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from pathlib import Path

from sqlalchemy import func, select

from documents import clock
from documents.config_files import (
    import_units,
    load_campaign,
    load_campaign_file,
    load_units_file,
)
from documents.db import transaction
from documents.labels import STATUS
from documents.models import Campaign, Deadline, Message, OutboundMail, Submission, Unit
from documents.register import active_campaign, unit_statuses
from documents.settings import Settings
from ingest.dropfolder import drain_drop_folder
from notifier.reminders import compute_slots, slot_label
from notifier.senders import FolderSender
from web.exports.report_docx import export_report_docx
from web.exports.xlsx import export_xlsx
from workers import steps
from workers.bootstrap import ROOT, Context, upgrade_database

EXAMPLES = ROOT / "examples"
#: A quiet stretch longer than this is skipped over ("tua nhanh"), not waited through.
MAX_QUIET = timedelta(days=3)
#: How long after its Date a mail lands in the drop folder.
TRANSIT = timedelta(minutes=2)
DEADLINE_WORDS = {"registration": "phiếu đăng ký", "report": "báo cáo kết quả"}
PURPOSE_WORDS = {"reminder": "thư nhắc", "overdue": "thư nhắc quá hạn", "digest": "thư tổng hợp"}

Say = Callable[[str], None]


@dataclass(frozen=True, order=True)
class Event:
    """One thing that happens in the rehearsal, at its moment (UTC)."""

    at: datetime
    order: int  # at the same moment: mails arrive before a reminder run counts them
    kind: str  # arrival | reminders | deadline_passed | end
    path: Path | None = None
    deadline: str = ""
    label: str = ""


@dataclass
class DemoResult:
    folder: Path
    database_url: str
    outbox: Path
    report: Path
    workbook: Path
    played_until: datetime
    lines: list[str] = field(default_factory=list)


def demo_settings(folder: Path, office_email: str | None) -> Settings:
    """Settings of the throwaway folder; whatever the environment says, no mailbox, no SMTP,
    no broker: the drop folder in, the outbox folder out, steps in this process."""
    return Settings(
        _env_file=None,
        data_dir=folder,
        database_url=f"sqlite:///{(folder / 'dvk.sqlite3').resolve()}",
        imap_url=None,
        smtp_url=None,
        broker_url=None,
        units_file=None,
        campaign_file=None,
        templates_dir=None,
        office_email=office_email,
    )


def mail_date(path: Path) -> datetime:
    """The moment a mail's sender wrote it (its Date header), as UTC."""
    with path.open("rb") as handle:
        headers = BytesHeaderParser().parse(handle)
    return clock.utc(email.utils.parsedate_to_datetime(str(headers["Date"])), f"{path.name}'s Date")


def timeline(campaign: Campaign, mails: list[Path]) -> list[Event]:
    """Every arrival and reminder run of the campaign, in order, then the end."""
    events = [Event(mail_date(p) + TRANSIT, 0, "arrival", path=p) for p in mails]
    kinds = {d.id: d.kind for d in campaign.deadlines}
    for spec in compute_slots(campaign):
        label = slot_label(spec.slot)
        events.append(
            Event(spec.due_at, 1, "reminders", deadline=kinds[spec.deadline_id], label=label)
        )
    for deadline in campaign.deadlines:
        end_of_day = clock.local_moment(
            deadline.due_date + timedelta(days=1), datetime.min.time(), campaign
        )
        events.append(Event(end_of_day, 2, "deadline_passed", deadline=deadline.kind))
    events.sort()
    events.append(Event(events[-1].at + timedelta(hours=1), 3, "end"))
    return events


def played_span(events: list[Event]) -> timedelta:
    """The campaign time a rehearsal plays through, quiet stretches skipped."""
    gaps = (b.at - a.at for a, b in itertools.pairwise(events))
    return sum((min(gap, MAX_QUIET) for gap in gaps), timedelta())


class Rehearsal:
    """The rehearsal's moving parts: the context on the throwaway folder, the clock, the voice."""

    def __init__(
        self, ctx: Context, pacer: clock.AcceleratedClock, say: Say, timezone: str
    ) -> None:
        self.ctx = ctx
        self.clock = pacer
        self.say = say
        self.timezone = timezone  # the campaign's: every printed time is local to it

    def stamp(self, moment: datetime) -> str:
        return clock.local(moment, self.timezone).strftime("%d/%m/%Y %H:%M")

    def wait_for(self, moment: datetime, previous: datetime) -> None:
        """Let the clock reach `moment`: skip what a quiet stretch since `previous` has beyond
        `MAX_QUIET` (keeping the lead the clock took while the last step worked), sleep
        through the rest."""
        quiet = moment - previous
        if quiet > MAX_QUIET:
            target = min(self.clock.now() + quiet - MAX_QUIET, moment)
            if target > self.clock.now():
                self.clock.skip_to(target)
                self.say(f"… tua nhanh đến {self.stamp(target)[:10]}")
        while (pause := self.clock.seconds_until(moment)) > 0:
            time.sleep(min(pause, 0.25))

    def arrive(self, event: Event) -> None:
        """Put a mail into the drop folder as its sender's server would, then run the steps."""
        assert event.path is not None
        inbox = self.ctx.settings.inbox_dir
        inbox.mkdir(parents=True, exist_ok=True)
        hidden = inbox / f".{event.path.name}"
        shutil.copyfile(event.path, hidden)
        stamp = event.at.timestamp()
        os.utime(hidden, (stamp, stamp))  # the arrival time the drop folder reads
        os.replace(hidden, inbox / event.path.name)
        for message_id in drain_drop_folder(self.ctx.sessions, self.ctx.settings):
            outbox_id = steps.handle_message(self.ctx, message_id, now=event.at)
            sent = steps.deliver(self.ctx, outbox_id, now=event.at) if outbox_id else None
            self.say(f"[{self.stamp(event.at)}] {self.describe_arrival(message_id, sent)}")

    def describe_arrival(self, message_id: int, ack_state: str | None) -> str:
        with self.ctx.sessions() as session:
            message = session.get_one(Message, message_id)
            sender = message.sender or "?"
            parts = [f"Thư đến từ {sender}"]
            rows = session.execute(
                select(Submission, Unit.name, Deadline.kind, Deadline.due_date)
                .join(Unit, Unit.id == Submission.unit_id, isouter=True)
                .join(Deadline, Deadline.id == Submission.deadline_id, isouter=True)
                .where(Submission.message_id == message_id)
            ).all()
            for submission, unit, kind, due in rows:
                what = DEADLINE_WORDS.get(kind or "", "văn bản")
                when = (
                    f"NỘP MUỘN {submission.late_days} ngày (hạn {due:%d/%m/%Y})"
                    if submission.late_days
                    else "đúng hạn"
                )
                review = ", cần kiểm tra" if submission.review_state == "needs_review" else ""
                parts.append(f"{unit or 'chưa rõ đơn vị'}: {what}, {when}{review}")
            if not rows:
                parts.append("không có phiếu nào đính kèm")
        ack = {"sent": "đã gửi thư xác nhận", "held": "thư xác nhận chờ văn phòng duyệt"}
        parts.append(ack.get(ack_state or "", "không gửi thư xác nhận"))
        return " — ".join(parts)

    def remind(self, event: Event) -> None:
        """The scheduler's tick at the slot's moment: plan the reminders due, send them."""
        steps.tick(self.ctx, now=event.at)
        with self.ctx.sessions() as session:
            counts = dict(
                session.execute(
                    select(OutboundMail.purpose, func.count())
                    .where(OutboundMail.created_at == event.at)
                    .group_by(OutboundMail.purpose)
                ).all()
            )
        made = ", ".join(
            f"{count} {PURPOSE_WORDS.get(purpose, purpose)}"
            for purpose, count in sorted(counts.items())
        )
        what = DEADLINE_WORDS.get(event.deadline, event.deadline)
        self.say(
            f"[{self.stamp(event.at)}] {event.label.capitalize()} ({what}): {made or 'không có thư nào'}"
        )

    def register_line(self, deadline: str, at: datetime) -> str:
        """ "chưa gửi: 31, đã nhận: 2, nộp muộn: 1": the register for one deadline at `at`."""
        with self.ctx.sessions() as session:
            statuses = unit_statuses(session, as_of=at)
        counts: dict[str, int] = {}
        for unit in statuses:
            status = unit.deadlines[deadline].status
            counts[status] = counts.get(status, 0) + 1
        return ", ".join(f"{STATUS.get(k, k).lower()}: {n}" for k, n in sorted(counts.items()))

    def deadline_passed(self, event: Event) -> None:
        what = DEADLINE_WORDS.get(event.deadline, event.deadline)
        summary = self.register_line(event.deadline, event.at)
        self.say(f"[{self.stamp(event.at)}] Hết hạn nộp {what}. Sổ theo dõi: {summary}")

    def finish(self, event: Event, result: DemoResult) -> None:
        today = clock.local_date(event.at, self.timezone)
        for deadline, what in DEADLINE_WORDS.items():
            summary = self.register_line(deadline, event.at)
            self.say(f"[{self.stamp(event.at)}] Cuối đợt, {what}: {summary}")
        with self.ctx.sessions() as session:
            export_report_docx(session, result.report, today=today)
            export_xlsx(session, result.workbook, today=today)
        self.say(f"[{self.stamp(event.at)}] Đã lập báo cáo tổng hợp {result.report}")
        self.say(f"[{self.stamp(event.at)}] Đã xuất sổ theo dõi Excel {result.workbook}")


def prepare(folder: Path) -> tuple[Context, Campaign]:
    """A new database in `folder` with the example commune, units and campaign."""
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / "dvk.sqlite3").exists():
        raise FileExistsError(f"{folder} already holds a dvk database: give an empty folder")
    units = load_units_file(EXAMPLES / "units.yaml")
    campaign_file = load_campaign_file(EXAMPLES / "campaign.yaml")
    settings = demo_settings(folder, campaign_file.office_email)
    upgrade_database(settings)
    ctx = Context(settings)
    if not isinstance(ctx.sender, FolderSender):  # demo_settings sets no SMTP; prove it
        raise RuntimeError("a rehearsal only writes to its outbox folder")
    with transaction(ctx.sessions) as session:
        import_units(session, units)
        load_campaign(session, campaign_file)
    with ctx.sessions() as session:
        campaign = active_campaign(session)
        assert campaign is not None
        session.expunge_all()
    return ctx, campaign


def run_demo(
    folder: Path,
    *,
    seconds: float = 60.0,
    pacer: clock.AcceleratedClock | None = None,
    say: Say = print,
) -> DemoResult:
    """Play the example campaign in `folder` (empty or new) in about `seconds`, or on `pacer`."""
    ctx, campaign = prepare(folder)
    try:
        with ctx.sessions() as session:
            live = session.get_one(Campaign, campaign.id)
            events = timeline(live, sorted((EXAMPLES / "mails").glob("*.eml")))
            timezone = clock.zone(live).key
        start = events[0].at - timedelta(hours=1)
        if pacer is None:
            speed = played_span(events).total_seconds() / max(seconds, 1.0)
            pacer = clock.AcceleratedClock(start, speed)
        result = DemoResult(
            folder=folder,
            database_url=ctx.settings.effective_database_url,
            outbox=ctx.settings.outbox_dir,
            report=folder / "bao-cao-tong-hop.docx",
            workbook=folder / "so-theo-doi.xlsx",
            played_until=events[-1].at,
        )

        def speak(line: str) -> None:
            result.lines.append(line)
            say(line)

        rehearsal = Rehearsal(ctx, pacer, speak, timezone)
        speak(
            f"Diễn tập đợt thi đua «{campaign.name}» từ {rehearsal.stamp(start)}, "
            f"đồng hồ chạy nhanh gấp {f'{pacer.speed:,.0f}'.replace(',', '.')} lần; "
            f"thư không gửi đi đâu, chỉ ghi vào {result.outbox}."
        )
        previous = start
        for event in events:
            rehearsal.wait_for(event.at, previous)
            previous = event.at
            if event.kind == "arrival":
                rehearsal.arrive(event)
            elif event.kind == "reminders":
                rehearsal.remind(event)
            elif event.kind == "deadline_passed":
                rehearsal.deadline_passed(event)
            else:
                rehearsal.finish(event, result)
        return result
    finally:
        ctx.dispose()
