"""The pipeline's steps, each a few lines over plain domain functions.

Celery tasks and the in-process runner both call exactly these, so the two paths cannot drift.
Every step re-reads the database and is safe to repeat.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.db import all_communes, commune_of_row, for_commune, transaction
from documents.lifecycle import MessageState
from documents.models import COMMUNE_KIND, Campaign, Commune, Message, OutboundMail
from documents.operations import health as operations_health
from documents.operations import heartbeats
from documents.pipeline import process_message, record_failure, unfinished_message_ids
from documents.register import active_campaign
from notifier.ack import plan_acknowledgement
from notifier.outbox import send_due, send_one
from notifier.reminders import ensure_slots, run_due_reminders
from workers.bootstrap import Context

log = logging.getLogger(__name__)


def handle_message(ctx: Context, message_id: int, now: datetime | None = None) -> int | None:
    """Process one stored message and plan its acknowledgement, in one transaction, so a crash
    can never leave a processed message without its acknowledgement; returns the outbox id.
    It runs in the message's commune; `now` is the acknowledgement's time (a rehearsal's
    clock; default the system's)."""
    sessions = _row_sessions(ctx, Message, message_id)
    try:
        with transaction(sessions) as session:
            outcome = process_message(
                session,
                message_id,
                extract=ctx.extractor,
                directory=ctx.unit_directory(session),
            )
            if outcome.state != MessageState.PROCESSED:
                return None
            mail = plan_acknowledgement(session, message_id, ctx.settings, now=now)
            return mail.id if mail is not None else None
    except Exception as exc:
        record_failure(sessions, message_id, exc, max_attempts=ctx.settings.max_attempts)
        raise


def _row_sessions(
    ctx: Context, model: type[Message | OutboundMail], row_id: int
) -> sessionmaker[Session]:
    """Sessions of the commune a task's row belongs to (a row of no visible commune: the
    process's own sessions, where the step finds nothing and says so)."""
    commune_id = commune_of_row(ctx.sessions, model, row_id)
    return ctx.sessions if commune_id is None else for_commune(ctx.sessions, commune_id)


def deliver(ctx: Context, outbox_id: int, now: datetime | None = None) -> str:
    """Send one planned mail (a no-op if it was sent already), in the mail's commune."""
    sessions = _row_sessions(ctx, OutboundMail, outbox_id)
    return send_one(sessions, outbox_id, ctx.sender, now=now, policy=ctx.outbox_policy)


def plan_reminders(ctx: Context, now: datetime | None = None) -> int:
    """Create reminder slots for each commune's active campaign and plan the mails due."""
    now = now or clock.now()
    if ctx.commune is not None:
        communes: list[Any] = [None]  # this process's own commune
    else:
        with all_communes(ctx.sessions)() as session:
            # Communes only: the province's campaigns are templates, with no units to remind.
            running = select(Campaign.commune_id).join(Commune, Commune.id == Campaign.commune_id)
            communes = sorted(set(session.scalars(running.where(Commune.kind == COMMUNE_KIND))))
    planned = 0
    for commune_id in communes:
        sessions = ctx.sessions if commune_id is None else for_commune(ctx.sessions, commune_id)
        with transaction(sessions) as session:
            campaign = active_campaign(session)
            if campaign is None:
                continue
            ensure_slots(session, campaign.id)
            planned += len(run_due_reminders(session, ctx.settings, now=now))
    return planned


def messages_to_requeue(ctx: Context, *, stale_only: bool = True) -> list[int]:
    """What the database says is unfinished (a lost task, a Redis restart, a crash)."""
    with _scan_sessions(ctx)() as session:
        ids = unfinished_message_ids(session, max_attempts=ctx.settings.max_attempts)
        if not stale_only or not ids:
            return ids
        # Still "received" this long after storing: its task was lost (settings, default 2 min).
        cutoff = clock.now() - timedelta(seconds=ctx.settings.reconcile_after_seconds)
        stale = select(Message.id).where(Message.id.in_(ids), Message.ingested_at < cutoff)
        return list(session.scalars(stale))


def _scan_sessions(ctx: Context) -> sessionmaker[Session]:
    """The scheduler's scans cover every commune, unless the process serves one."""
    return ctx.sessions if ctx.commune is not None else all_communes(ctx.sessions)


def tick(ctx: Context, now: datetime | None = None) -> list[int]:
    """The periodic scan: reminders due, mail to (re)send, and messages to re-queue. Its
    heartbeat is the scheduler's (`beat` in the health report)."""
    beat = ctx.heartbeat(heartbeats.TICK, heartbeats.SCHEDULER)
    try:
        planned = plan_reminders(ctx, now)
        sent = send_due(_scan_sessions(ctx), ctx.sender, now=now, policy=ctx.outbox_policy)
        requeue = messages_to_requeue(ctx)
    except Exception as exc:
        beat.failed(f"{type(exc).__name__}: {exc}")
        raise
    beat.ok({"node": heartbeats.node_name()})
    if planned or sent or requeue:
        log.info(
            "tick: %d reminders planned, %d mails sent, %d messages re-queued",
            planned,
            sent,
            len(requeue),
        )
    return requeue


def probe_sandbox(ctx: Context, node: str) -> bool:
    """Start an extraction sandbox on this node and record the outcome (`sandbox` health)."""
    result = operations_health.probe_sandbox(
        timeout=ctx.settings.extract_timeout, memory_mb=ctx.settings.extract_memory_mb
    )
    beat = ctx.heartbeat(heartbeats.SANDBOX, node)
    if result.status == operations_health.OK:
        beat.ok(result.detail)
        return True
    beat.failed(result.summary, result.detail)
    return False
