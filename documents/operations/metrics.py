"""Prometheus metrics for the whole deployment, computed at scrape time from the database (the
source of truth) and the broker, in one place: one scrape target — the web register's
`/metrics` — serves every role, whichever machine it runs on.

Every query is bounded by an index, whatever the size of the register: counts cover only the
rows that wait (messages not processed, mail not sent; `state` is indexed), the mail lag only the
messages processed in the last `LAG_WINDOW` (indexed `processed_at`, at most `LAG_SAMPLE` rows),
extraction failures only the unreadable files (indexed `kind`, reasons over the last day), and
the heartbeats table has one row per role instance. `bench/bench_metrics.py` measures a scrape.

Per-commune series carry `commune`, today the slug of the one `communes` row (`default` before
the units file names it); when communes become tenants the same queries group by commune.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector, CollectorRegistry
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.commune import the_commune
from documents.extraction import sandbox
from documents.models import Extraction, Message, OutboundMail
from documents.operations import heartbeats as hb
from documents.operations.broker import BrokerState, probe_broker
from documents.operations.health import DOWN, check_health
from documents.settings import Settings

#: Messages that wait: to be processed (received, failed) or for a person (quarantined).
WAITING_STATES = ("received", "failed", "quarantined")
#: Outbox rows not yet settled: to send, being sent, waiting for the office, given up.
OUTBOX_STATES = ("planned", "sending", "held", "failed")
LAG_WINDOW = timedelta(minutes=15)
LAG_SAMPLE = 20_000  # at most this many processed messages read for the lag quantiles
QUANTILES = (0.5, 0.95, 0.99, 1.0)
FAILURE_WINDOW = timedelta(days=1)
NO_COMMUNE = "default"

_REASONS = (
    ("timeout", sandbox.TIMED_OUT.split("(")[0]),
    ("memory", sandbox.OUT_OF_MEMORY),
    ("crash", sandbox.CRASHED),
)


def failure_reason(warnings: list[Any] | None) -> str:
    """Why a file was read as nothing: the sandbox's verdict, else `unreadable`."""
    for warning in warnings or []:
        for reason, text in _REASONS:
            if str(warning).startswith(text):
                return reason
    return "unreadable"


def quantile(sorted_values: list[float], q: float) -> float:
    """The nearest-rank quantile of an ascending list (0 for none)."""
    if not sorted_values:
        return 0.0
    rank = max(0, min(len(sorted_values) - 1, math.ceil(q * len(sorted_values) - 1e-9) - 1))
    return sorted_values[rank]


def commune_label(session: Session) -> str:
    commune = the_commune(session)
    return commune.slug if commune is not None else NO_COMMUNE


def _ts(value: datetime | None) -> float:
    return value.timestamp() if value is not None else 0.0


class DvkCollector(Collector):
    """Reads everything at each `collect()`; nothing is kept between scrapes."""

    def __init__(self, sessions: sessionmaker[Session], settings: Settings) -> None:
        self.sessions = sessions
        self.settings = settings

    def collect(self) -> Iterator[Metric]:
        started = time.perf_counter()
        now = clock.now()
        broker = probe_broker(self.settings.broker_url)
        yield from self._broker(broker)
        health = check_health(self.sessions, self.settings, now=now, broker=broker)
        up = GaugeMetricFamily(
            "dvk_component_up",
            "1 unless the component is down (see /healthz)",
            labels=["component"],
        )
        for name, part in health.components.items():
            up.add_metric([name], 0.0 if part.status == DOWN else 1.0)
        yield up
        if health.components["database"].status != DOWN:
            with self.sessions() as session:
                yield from self._database(session, now)
        yield GaugeMetricFamily(
            "dvk_metrics_collect_seconds",
            "Time this scrape took to compute",
            value=time.perf_counter() - started,
        )

    def _broker(self, broker: BrokerState) -> Iterator[Metric]:
        if not broker.configured:
            return
        yield GaugeMetricFamily("dvk_broker_up", "1 when the broker answers", value=broker.ok)
        queued = GaugeMetricFamily(
            "dvk_queue_tasks", "Tasks waiting in the broker, per queue", labels=["queue"]
        )
        for name, count in broker.queued.items():
            queued.add_metric([name], count)
        yield queued
        yield GaugeMetricFamily(
            "dvk_queue_unacked_tasks",
            "Tasks delivered to a worker and not yet finished",
            value=broker.unacked,
        )

    def _database(self, session: Session, now: datetime) -> Iterator[Metric]:
        commune = commune_label(session)
        yield from self._messages(session, commune, now)
        yield from self._lag(session, commune, now)
        yield from self._extractions(session, commune, now)
        yield from self._outbox(session, commune, now)
        yield from self._heartbeats(session)

    def _messages(self, session: Session, commune: str, now: datetime) -> Iterator[Metric]:
        rows = session.execute(
            select(Message.state, func.count(), func.min(Message.ingested_at))
            .where(Message.state.in_(WAITING_STATES))
            .group_by(Message.state)
        ).all()
        found = {state: (count, oldest) for state, count, oldest in rows}
        waiting = GaugeMetricFamily(
            "dvk_messages_waiting",
            "Messages not processed, by state (received: in line; failed: to retry; "
            "quarantined: for a person)",
            labels=["commune", "state"],
        )
        oldest = GaugeMetricFamily(
            "dvk_messages_oldest_waiting_age_seconds",
            "Age of the oldest message in each waiting state since it was stored (0: none)",
            labels=["commune", "state"],
        )
        for state in WAITING_STATES:
            count, first = found.get(state, (0, None))
            waiting.add_metric([commune, state], count)
            age = (now - first).total_seconds() if first is not None else 0.0
            oldest.add_metric([commune, state], max(0.0, age))
        yield waiting
        yield oldest

    def _lag(self, session: Session, commune: str, now: datetime) -> Iterator[Metric]:
        rows = session.execute(
            select(
                Message.received_at,
                Message.received_at_source,
                Message.ingested_at,
                Message.processed_at,
            )
            .where(Message.processed_at >= now - LAG_WINDOW)
            .order_by(Message.processed_at.desc())
            .limit(LAG_SAMPLE)
        ).all()
        lags = []
        for received_at, source, ingested_at, processed_at in rows:
            if processed_at is None:  # not possible under the WHERE; for the type checker
                continue
            # The arrival on the mail server; a Date header is the sender's clock, not ours, and
            # a form the office registered by hand carries the day it came, not the upload's.
            arrived = (
                ingested_at if source in ("header", "office") else min(received_at, ingested_at)
            )
            lags.append(max(0.0, (processed_at - arrived).total_seconds()))
        lags.sort()
        lag = GaugeMetricFamily(
            "dvk_mail_lag_seconds",
            "From a message's arrival to its processing, over the messages processed in the "
            f"last {int(LAG_WINDOW.total_seconds())} s (quantile 1 is the slowest)",
            labels=["commune", "quantile"],
        )
        for q in QUANTILES:
            lag.add_metric([commune, f"{q:g}"], quantile(lags, q))
        yield lag
        processed = GaugeMetricFamily(
            "dvk_mail_processed_recent",
            f"Messages processed in the last {int(LAG_WINDOW.total_seconds())} s",
            labels=["commune"],
        )
        processed.add_metric([commune], len(lags))
        yield processed

    def _extractions(self, session: Session, commune: str, now: datetime) -> Iterator[Metric]:
        total = session.scalar(
            select(func.count()).select_from(Extraction).where(Extraction.kind == "unknown")
        )
        counter = CounterMetricFamily(
            "dvk_extraction_failures",
            "Files read as no form at all (unreadable, timed out, out of memory, crashed)",
            labels=["commune"],
        )
        counter.add_metric([commune], float(total or 0))
        yield counter
        recent = session.scalars(
            select(Extraction.warnings).where(
                Extraction.kind == "unknown", Extraction.created_at >= now - FAILURE_WINDOW
            )
        )
        reasons = dict.fromkeys(["unreadable", *(r for r, _ in _REASONS)], 0)
        for warnings in recent:
            reasons[failure_reason(warnings)] += 1
        by_reason = GaugeMetricFamily(
            "dvk_extraction_failures_last_day",
            "Files read as no form in the last 24 hours, by reason",
            labels=["commune", "reason"],
        )
        for reason, count in reasons.items():
            by_reason.add_metric([commune, reason], count)
        yield by_reason

    def _outbox(self, session: Session, commune: str, now: datetime) -> Iterator[Metric]:
        rows = session.execute(
            select(OutboundMail.state, func.count(), func.min(OutboundMail.created_at))
            .where(OutboundMail.state.in_(OUTBOX_STATES))
            .group_by(OutboundMail.state)
        ).all()
        found = {state: (count, oldest) for state, count, oldest in rows}
        mails = GaugeMetricFamily(
            "dvk_outbox_mails",
            "Mails not yet settled, by state (planned: to send or retry; held: waiting for the "
            "office; failed: given up)",
            labels=["commune", "state"],
        )
        oldest = GaugeMetricFamily(
            "dvk_outbox_oldest_age_seconds",
            "Age of the oldest mail in each state (0: none)",
            labels=["commune", "state"],
        )
        for state in OUTBOX_STATES:
            count, first = found.get(state, (0, None))
            mails.add_metric([commune, state], count)
            oldest.add_metric(
                [commune, state], max(0.0, (now - first).total_seconds()) if first else 0.0
            )
        yield mails
        yield oldest
        retrying = session.scalar(
            select(func.count())
            .select_from(OutboundMail)
            .where(OutboundMail.state == "planned", OutboundMail.attempts > 0)
        )
        retry = GaugeMetricFamily(
            "dvk_outbox_retrying",
            "Planned mails whose earlier attempts failed (SMTP errors being retried)",
            labels=["commune"],
        )
        retry.add_metric([commune], float(retrying or 0))
        yield retry
        last = session.execute(
            select(OutboundMail.state, OutboundMail.last_attempt_at)
            .where(OutboundMail.last_attempt_at.is_not(None))
            .order_by(OutboundMail.last_attempt_at.desc(), OutboundMail.id.desc())
            .limit(1)
        ).first()
        last_sent = session.scalar(
            select(func.max(OutboundMail.last_attempt_at)).where(OutboundMail.state == "sent")
        )
        yield GaugeMetricFamily(
            "dvk_smtp_last_attempt_timestamp_seconds",
            "When a mail was last handed to SMTP (0: never)",
            value=_ts(last.last_attempt_at if last else None),
        )
        yield GaugeMetricFamily(
            "dvk_smtp_last_success_timestamp_seconds",
            "When a mail was last accepted by SMTP (0: never)",
            value=_ts(last_sent),
        )
        yield GaugeMetricFamily(
            "dvk_smtp_last_attempt_ok",
            "1 when the latest send attempt succeeded (or is in progress), 0 when it failed",
            value=1.0 if last is None or last.state in ("sent", "sending") else 0.0,
        )

    def _heartbeats(self, session: Session) -> Iterator[Metric]:
        rows = hb.heartbeats(session)
        seen = GaugeMetricFamily(
            "dvk_heartbeat_timestamp_seconds",
            "A role instance's last sign of life",
            labels=["role", "instance"],
        )
        ok = GaugeMetricFamily(
            "dvk_heartbeat_last_ok_timestamp_seconds",
            "A role instance's last success: mailbox poll, finished task, tick, sandbox probe "
            "(0: never)",
            labels=["role", "instance"],
        )
        failures = GaugeMetricFamily(
            "dvk_heartbeat_consecutive_failures",
            "Failed attempts in a row (a mailbox's bad password, an unreachable server)",
            labels=["role", "instance"],
        )
        for row in rows:
            labels = [row.role, row.instance]
            seen.add_metric(labels, _ts(row.seen_at))
            ok.add_metric(labels, _ts(row.ok_at))
            failures.add_metric(labels, row.failures)
        yield seen
        yield ok
        yield failures
        mailbox_ok = GaugeMetricFamily(
            "dvk_mailbox_last_success_timestamp_seconds",
            "When each watched mailbox (or the drop folder) was last polled successfully",
            labels=["mailbox"],
        )
        mailbox_errors = GaugeMetricFamily(
            "dvk_mailbox_consecutive_failures",
            "Failed polls in a row of each watched mailbox (login refused, server down)",
            labels=["mailbox"],
        )
        for row in rows:
            if row.role == hb.WATCHER:
                mailbox_ok.add_metric([row.instance], _ts(row.ok_at))
                mailbox_errors.add_metric([row.instance], row.failures)
        yield mailbox_ok
        yield mailbox_errors


def render_metrics(sessions: sessionmaker[Session], settings: Settings) -> bytes:
    """The Prometheus text exposition of one scrape."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DvkCollector(sessions, settings))
    return generate_latest(registry)
