"""Health per component, read from heartbeats, the outbox and the broker, under three `TZ`s."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from documents.operations import heartbeats as hb
from documents.operations.health import (
    DEGRADED,
    DOWN,
    OFF,
    OK,
    UNKNOWN,
    check_health,
)
from tests.integration.operations import rows
from tests.timezones import process_tz  # noqa: F401
from workers.settings import Settings

NOW = datetime(2026, 4, 7, 9, 0, tzinfo=UTC)
MAILBOX = "imap://danvan%40xa.test@mail.test:143/INBOX"


def _beat(session: Session, role: str, instance: str, *, seen: float, ok: float | None,
          failures: int = 0, error: str | None = None) -> None:  # fmt: skip
    values = {
        "seen_at": NOW - timedelta(seconds=seen),
        "ok_at": None if ok is None else NOW - timedelta(seconds=ok),
        "failures": failures,
        "error": error,
    }
    hb.upsert(session, role, instance, NOW - timedelta(hours=1), values)


def test_each_component_reports_from_what_the_roles_wrote(
    process_tz: str,  # noqa: F811
    sessions: sessionmaker[Session],
    settings: Settings,
) -> None:
    settings = settings.model_copy(
        update={"imap_url": f"{MAILBOX},imap://x%40xa.test@mail.test:143/Other",
                "broker_url": "redis://127.0.0.1:6379/15", "health_stale_seconds": 300}
    )  # fmt: skip
    with sessions.begin() as session:
        _beat(session, hb.WATCHER, MAILBOX, seen=10, ok=10)
        _beat(session, hb.WATCHER, "imap://x%40xa.test@mail.test:143/Other", seen=20, ok=900,
              failures=4, error="LoginError: AUTHENTICATIONFAILED")  # fmt: skip
        _beat(session, hb.WORKER, "celery@a", seen=5, ok=60)
        _beat(session, hb.WORKER, "celery@b", seen=3600, ok=3600)
        _beat(session, hb.TICK, hb.SCHEDULER, seen=12, ok=12)
        _beat(session, hb.SANDBOX, "celery@a", seen=30, ok=30)
    report = check_health(sessions, settings, now=NOW)
    parts = report.components
    assert parts["database"].status == OK and parts["database"].detail["schema_revision"]
    assert parts["broker"].status == OK
    watcher = parts["watcher"]
    assert watcher.status == DOWN  # one mailbox has not polled successfully for 15 minutes
    other = watcher.detail["mailboxes"]["imap://x%40xa.test@mail.test:143/Other"]
    assert other["status"] == DOWN and other["consecutive_failures"] == 4
    assert "AUTHENTICATIONFAILED" in other["summary"]
    assert watcher.detail["mailboxes"][MAILBOX]["status"] == OK
    assert watcher.detail["mailboxes"][MAILBOX]["seen_seconds_ago"] == 10.0
    workers = parts["workers"]
    assert workers.status == DEGRADED and list(workers.detail["live"]) == ["celery@a"]
    assert list(workers.detail["lost"]) == ["celery@b"]
    assert parts["beat"].status == OK
    assert parts["smtp"].status == UNKNOWN
    assert parts["sandbox"].status == OK
    assert report.status == DOWN and not report.ok
    public = report.as_json(with_detail=False)
    assert public["components"]["watcher"] == {"status": DOWN}
    assert "xa.test" not in str(public)


def test_stale_and_missing_heartbeats(
    process_tz: str,  # noqa: F811
    sessions: sessionmaker[Session],
    settings: Settings,
) -> None:
    settings = settings.model_copy(update={"broker_url": "redis://127.0.0.1:6379/15"})
    with sessions.begin() as session:
        _beat(session, hb.WATCHER, hb.DROP_FOLDER, seen=30, ok=200, failures=1, error="OSError")
        _beat(session, hb.TICK, hb.SCHEDULER, seen=301, ok=301)
        _beat(session, hb.SANDBOX, "celery@a", seen=30, ok=None, failures=1, error="no answer")
    parts = check_health(sessions, settings, now=NOW).components
    assert parts["watcher"].status == DEGRADED  # failed once, polled fine 200 s ago
    assert parts["workers"].status == DOWN  # a broker and no worker at all
    assert parts["beat"].status == DOWN and "301" in parts["beat"].summary
    assert parts["sandbox"].status == DOWN
    fresh = check_health(sessions, settings.model_copy(update={"broker_url": None}),
                         now=NOW - timedelta(hours=2))  # fmt: skip
    assert fresh.components["workers"].status == OFF
    assert fresh.components["broker"].status == OFF


def test_nothing_reported_yet_is_unknown_not_down(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    report = check_health(sessions, settings, now=NOW)
    statuses = {name: part.status for name, part in report.components.items()}
    assert statuses == {"database": OK, "broker": OFF, "watcher": UNKNOWN, "workers": OFF,
                        "beat": UNKNOWN, "smtp": UNKNOWN, "sandbox": UNKNOWN}  # fmt: skip
    assert report.ok and report.status == DEGRADED


def test_smtp_is_the_latest_attempt(
    process_tz: str,  # noqa: F811
    sessions: sessionmaker[Session],
    settings: Settings,
) -> None:
    with sessions.begin() as session:
        rows.outbox(session, 1, state="sent", created_at=NOW - timedelta(hours=1),
                    last_attempt_at=NOW - timedelta(minutes=50))  # fmt: skip
        rows.outbox(session, 2, state="planned", created_at=NOW - timedelta(hours=1),
                    attempts=1, last_error="Connection refused",
                    last_attempt_at=NOW - timedelta(minutes=1))  # fmt: skip
    smtp = check_health(sessions, settings, now=NOW, only="smtp").components["smtp"]
    assert smtp.status == DOWN  # nothing accepted for 50 minutes, the last attempt refused
    assert smtp.detail["last_error"] == "Connection refused"
    assert smtp.detail["last_sent_at"] == "2026-04-07T08:10:00+00:00"
    recent = check_health(sessions, settings, now=NOW - timedelta(minutes=45), only="smtp")
    assert recent.components["smtp"].status == DEGRADED  # failed, but sent 5 minutes before
    with sessions.begin() as session:
        rows.outbox(session, 3, state="sent", created_at=NOW,
                    last_attempt_at=NOW - timedelta(seconds=5))  # fmt: skip
    assert check_health(sessions, settings, now=NOW, only="smtp").components["smtp"].status == OK


def test_a_database_that_does_not_answer_is_down_and_the_rest_unknown(settings: Settings) -> None:
    from documents.db import make_engine, make_session_factory

    dead = make_session_factory(make_engine("postgresql+psycopg://x:secret@127.0.0.1:1/none"))
    report = check_health(dead, settings, now=NOW)
    assert report.components["database"].status == DOWN
    assert report.components["beat"].status == UNKNOWN
    assert "secret" not in str(report.as_json())
