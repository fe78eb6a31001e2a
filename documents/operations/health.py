"""Health per component — database, broker, watcher, workers, beat, SMTP, extraction sandbox —
each with a status and the detail an operator needs, and one overall status for a load balancer.

Statuses: `ok`; `degraded` (works, but look: a mailbox that failed its last poll, a worker that
vanished beside live ones, an SMTP failure after recent successes); `down` (the component does
not do its job: the overall answer is then HTTP 503 / exit 1); `unknown` (nothing has reported
yet: a role just started, no sandbox probe); `off` (not part of this deployment, e.g. no
broker). The overall status is the worst of them, `unknown` counting as `degraded`.

Everything is read from the database (heartbeats, the outbox) and the broker, so the web register
answers for roles on other machines. Live probes (start an extraction sandbox here, ping the
Celery workers) are the caller's to run: `dvk health --probe`.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.lifecycle import OutboxState
from documents.models import Heartbeat, OutboundMail
from documents.operations import heartbeats as hb
from documents.operations.broker import BrokerState, probe_broker
from documents.operations.mailboxes import mailbox_states
from documents.settings import CoreSettings

OK, DEGRADED, DOWN, UNKNOWN, OFF = "ok", "degraded", "down", "unknown", "off"
COMPONENTS = ("database", "broker", "watcher", "workers", "beat", "smtp", "sandbox")
#: A worker whose heartbeat stopped longer ago than this is forgotten, not reported lost.
FORGET_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class ComponentHealth:
    name: str
    status: str
    summary: str  # one line for a human
    detail: dict[str, Any] = field(default_factory=dict)

    def as_json(self, with_detail: bool = True) -> dict[str, Any]:
        body: dict[str, Any] = {"status": self.status}
        if with_detail:
            body["summary"] = self.summary
            body.update(self.detail)
        return body


@dataclass(frozen=True)
class HealthReport:
    components: dict[str, ComponentHealth]
    checked_at: datetime

    @property
    def status(self) -> str:
        statuses = {c.status for c in self.components.values()}
        if DOWN in statuses:
            return DOWN
        return DEGRADED if statuses & {DEGRADED, UNKNOWN} else OK

    @property
    def ok(self) -> bool:
        """What a load balancer and `dvk health`'s exit status go by: nothing is down."""
        return self.status != DOWN

    def as_json(self, with_detail: bool = True) -> dict[str, Any]:
        body: dict[str, Any] = {"status": self.status}
        if with_detail:
            body["checked_at"] = clock.isoformat(self.checked_at)
        body["components"] = {
            name: part.as_json(with_detail) for name, part in self.components.items()
        }
        return body


def _age(now: datetime, then: datetime | None) -> float | None:
    return None if then is None else round((now - then).total_seconds(), 1)


def _when(value: datetime | None) -> str | None:
    return clock.isoformat(value) if value is not None else None


def check_database(sessions: sessionmaker[Session]) -> ComponentHealth:
    started = time.perf_counter()
    try:
        with sessions() as session:
            session.execute(text("SELECT 1"))
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception as exc:
        return ComponentHealth("database", DOWN, f"no answer ({type(exc).__name__})",
                               {"error": type(exc).__name__})  # fmt: skip
    latency = round((time.perf_counter() - started) * 1000, 1)
    return ComponentHealth("database", OK, f"answers in {latency} ms",
                           {"latency_ms": latency, "schema_revision": revision})  # fmt: skip


def check_broker(state: BrokerState) -> ComponentHealth:
    if not state.configured:
        return ComponentHealth("broker", OFF, "no broker: steps run in-process")
    if not state.ok:
        return ComponentHealth("broker", DOWN, f"no answer ({state.error})",
                               {"error": state.error})  # fmt: skip
    waiting = sum(state.queued.values())
    return ComponentHealth(
        "broker",
        OK,
        f"{waiting} tasks waiting, {state.unacked} in progress",
        {"queued_tasks": state.queued, "unacked_tasks": state.unacked,
         "latency_ms": state.latency_ms},
    )  # fmt: skip


def _beat_json(row: Heartbeat, now: datetime) -> dict[str, Any]:
    return {
        "seen_at": _when(row.seen_at),
        "seen_seconds_ago": _age(now, row.seen_at),
        "last_ok_at": _when(row.ok_at),
        "last_error_at": _when(row.error_at),
        "last_error": row.error if row.failures else None,
        "consecutive_failures": row.failures,
        "started_at": _when(row.started_at),
        **({"detail": row.detail} if row.detail else {}),
    }


def expected_mailboxes(
    settings: CoreSettings, accounts: Sequence[dict[str, Any]] = ()
) -> list[str]:
    """The watcher instances this deployment must have: each `DVK_IMAP_URL` folder and each
    enabled commune account (`mail_accounts`), or else the drop folder."""
    names = list(settings.watched_mailboxes())
    names += [a["url"] for a in accounts if a["status"] != "disabled" and a["url"] not in names]
    return names or [hb.DROP_FOLDER]


def check_watcher(
    rows: Iterable[Heartbeat],
    settings: CoreSettings,
    now: datetime,
    accounts: Sequence[dict[str, Any]] = (),
) -> ComponentHealth:
    stale = timedelta(seconds=settings.health_stale_seconds)
    by_instance = {row.instance: row for row in rows}
    by_url = {a["url"]: a for a in accounts}
    mailboxes: dict[str, Any] = {}
    worst = OK
    for name in expected_mailboxes(settings, accounts):
        row = by_instance.get(name)
        account = {"account": by_url[name]} if name in by_url else {}
        if row is None:
            mailboxes[name] = {"status": UNKNOWN, "summary": "no watcher has reported yet",
                               **account}  # fmt: skip
            worst = _worse(worst, UNKNOWN)
            continue
        status = OK
        if now - row.seen_at > stale:
            status, summary = DOWN, f"silent for {_age(now, row.seen_at):.0f} s"
        elif row.failures:
            recent_ok = row.ok_at is not None and now - row.ok_at <= stale
            status = DEGRADED if recent_ok else DOWN
            summary = f"{row.failures} failed polls in a row: {row.error}"
        else:
            summary = f"last poll {_age(now, row.ok_at)} s ago"
        mailboxes[name] = {"status": status, "summary": summary, **_beat_json(row, now), **account}
        worst = _worse(worst, status)
    down = sum(1 for m in mailboxes.values() if m["status"] != OK)
    summary = f"{len(mailboxes) - down} of {len(mailboxes)} mailboxes polled on time"
    return ComponentHealth("watcher", worst, summary, {"mailboxes": mailboxes})


def _worse(a: str, b: str) -> str:
    order = [OK, OFF, UNKNOWN, DEGRADED, DOWN]
    return max(a, b, key=order.index)


def check_workers(
    rows: Iterable[Heartbeat], settings: CoreSettings, now: datetime
) -> ComponentHealth:
    if not settings.broker_url:
        return ComponentHealth("workers", OFF, "no broker: `dvk run` processes in-process")
    stale = timedelta(seconds=settings.health_stale_seconds)
    live: dict[str, dict[str, Any]] = {}
    lost: dict[str, dict[str, Any]] = {}
    for row in rows:
        age = now - row.seen_at
        if age <= stale:
            live[row.instance] = _beat_json(row, now)
        elif age <= FORGET_AFTER:
            lost[row.instance] = _beat_json(row, now)
    last_task = max((r["last_ok_at"] for r in live.values() if r["last_ok_at"]), default=None)
    detail: dict[str, Any] = {"live": live, "lost": lost, "last_task_at": last_task}
    if not live:
        return ComponentHealth("workers", DOWN, "no worker has a fresh heartbeat", detail)
    summary = f"{len(live)} live" + (f", {len(lost)} lost" if lost else "")
    return ComponentHealth("workers", DEGRADED if lost else OK, summary, detail)


def check_beat(rows: Iterable[Heartbeat], settings: CoreSettings, now: datetime) -> ComponentHealth:
    row = next((r for r in rows if r.instance == hb.SCHEDULER), None)
    if row is None:
        return ComponentHealth("beat", UNKNOWN, "the periodic tick has not run yet")
    stale = timedelta(seconds=settings.health_stale_seconds)
    detail = _beat_json(row, now)
    if now - row.seen_at > stale:
        return ComponentHealth("beat", DOWN, f"no tick for {_age(now, row.seen_at):.0f} s", detail)
    if row.failures:
        return ComponentHealth("beat", DEGRADED, f"last tick failed: {row.error}", detail)
    return ComponentHealth("beat", OK, f"last tick {_age(now, row.ok_at)} s ago", detail)


def check_smtp(session: Session, settings: CoreSettings, now: datetime) -> ComponentHealth:
    """The latest send attempt decides: sent is ok; a failure is `degraded` while a success is
    recent (one bad recipient, a blip), `down` when nothing went out for the stale period."""
    last = session.execute(
        select(OutboundMail.state, OutboundMail.last_attempt_at, OutboundMail.last_error)
        .where(OutboundMail.last_attempt_at.is_not(None))
        .order_by(OutboundMail.last_attempt_at.desc(), OutboundMail.id.desc())
        .limit(1)
    ).first()
    target = settings.mail_out_target()
    if last is None:
        return ComponentHealth("smtp", UNKNOWN, "nothing sent yet", {"target": target})
    last_sent = session.scalar(
        select(func.max(OutboundMail.last_attempt_at)).where(OutboundMail.state == OutboxState.SENT)
    )
    detail = {
        "target": target,
        "last_attempt_at": _when(last.last_attempt_at),
        "last_outcome": last.state,
        "last_sent_at": _when(last_sent),
    }
    if last.state in (OutboxState.SENT, OutboxState.SENDING):
        return ComponentHealth("smtp", OK, f"last send: {last.state}", detail)
    detail["last_error"] = last.last_error
    stale = timedelta(seconds=settings.health_stale_seconds)
    recent = last_sent is not None and now - last_sent <= stale
    status = (
        DEGRADED if recent or (last.state == OutboxState.FAILED and last_sent is not None) else DOWN
    )
    return ComponentHealth("smtp", status, f"last send failed: {last.last_error}", detail)


def check_sandbox(rows: Iterable[Heartbeat], now: datetime) -> ComponentHealth:
    probes = {
        row.instance: _beat_json(row, now) for row in rows if now - row.seen_at <= FORGET_AFTER
    }
    if not probes:
        return ComponentHealth("sandbox", UNKNOWN, "no sandbox probe yet (workers probe at start)")
    failing = [name for name, probe in probes.items() if probe["consecutive_failures"]]
    if len(failing) == len(probes):
        return ComponentHealth("sandbox", DOWN, "no node could start a sandbox", {"nodes": probes})
    if failing:
        summary = f"{len(failing)} of {len(probes)} nodes could not start a sandbox"
        return ComponentHealth("sandbox", DEGRADED, summary, {"nodes": probes})
    return ComponentHealth("sandbox", OK, f"{len(probes)} nodes started one", {"nodes": probes})


Probe = Callable[[], ComponentHealth]


def check_health(
    sessions: sessionmaker[Session],
    settings: CoreSettings,
    *,
    only: str | None = None,
    now: datetime | None = None,
    broker: BrokerState | None = None,
    probes: dict[str, Probe] | None = None,
) -> HealthReport:
    """Every component (or `only` one). `probes` replace a component's recorded state by a live
    check (the CLI's `--probe`)."""
    now = clock.utc(now) if now else clock.now()
    wanted = [only] if only else list(COMPONENTS)
    unknown = set(wanted) - set(COMPONENTS)
    if unknown:
        raise ValueError(
            f"unknown component {sorted(unknown)[0]!r}: one of {', '.join(COMPONENTS)}"
        )
    parts: dict[str, ComponentHealth] = {}
    probes = probes or {}
    database = check_database(sessions)
    if "database" in wanted:
        parts["database"] = database
    if "broker" in wanted:
        parts["broker"] = check_broker(broker or probe_broker(settings.broker_url))
    read_from_db = [name for name in wanted if name not in {"database", "broker"}]
    if read_from_db and database.status == DOWN:
        for name in read_from_db:
            parts[name] = ComponentHealth(name, UNKNOWN, "the database does not answer")
        read_from_db = []
    if read_from_db:
        with sessions() as session:
            rows: dict[str, list[Heartbeat]] = {}
            for row in hb.heartbeats(session):
                rows.setdefault(row.role, []).append(row)
            checks: dict[str, Probe] = {
                "watcher": lambda: check_watcher(
                    rows.get(hb.WATCHER, []), settings, now, mailbox_states(session, now)
                ),
                "workers": lambda: check_workers(rows.get(hb.WORKER, []), settings, now),
                "beat": lambda: check_beat(rows.get(hb.TICK, []), settings, now),
                "smtp": lambda: check_smtp(session, settings, now),
                "sandbox": lambda: check_sandbox(rows.get(hb.SANDBOX, []), now),
            }
            for name in read_from_db:
                parts[name] = probes[name]() if name in probes else checks[name]()
    ordered = {name: parts[name] for name in COMPONENTS if name in parts}
    return HealthReport(ordered, now)


def probe_sandbox(*, timeout: float, memory_mb: int) -> ComponentHealth:
    """Start an extraction sandbox here and have it read a one-line .docx: proof that a worker
    on this machine can read forms (its child starts, imports its libraries, answers)."""
    import docx

    from documents.contract import ExtractionUnavailableError
    from documents.extraction.sandbox import extract_in_sandbox

    document = docx.Document()
    document.add_paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO")
    buffer = io.BytesIO()
    document.save(buffer)
    started = time.perf_counter()
    try:
        result = extract_in_sandbox(buffer.getvalue(), "probe.docx", timeout=timeout,
                                    memory_mb=memory_mb)  # fmt: skip
    except ExtractionUnavailableError as exc:
        return ComponentHealth("sandbox", DOWN, f"no sandbox could start: {exc}",
                               {"error": str(exc)})  # fmt: skip
    seconds = round(time.perf_counter() - started, 2)
    detail: dict[str, Any] = {"seconds": seconds, "source": result.source}
    if result.source != "docx":
        detail["error"] = "; ".join(result.warnings) or "no answer"
        return ComponentHealth("sandbox", DOWN, f"the sandbox did not read a form: {detail['error']}",
                               detail)  # fmt: skip
    return ComponentHealth("sandbox", OK, f"a sandbox started and read a form in {seconds} s",
                           detail)  # fmt: skip
