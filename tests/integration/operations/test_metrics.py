"""The metrics computed at scrape time from the register: values, labels, and who may read them."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.commune import name_commune
from documents.extraction import sandbox
from documents.operations import heartbeats as hb
from documents.operations.metrics import quantile, render_metrics
from tests.integration.operations import rows
from tests.timezones import process_tz  # noqa: F401
from web.app import create_app
from workers.settings import Settings

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def _samples(text: str) -> Samples:
    found: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def _get(samples: Samples, name: str, **labels: str) -> float:
    return samples[(name, tuple(sorted(labels.items())))]


def _fill(sessions: sessionmaker[Session]) -> None:
    now = clock.now()
    with sessions.begin() as session:
        name_commune(session, "nghia-thai", "xã Nghĩa Thái")
        rows.message(session, 1, state="received", ingested_at=now - timedelta(seconds=600))
        rows.message(session, 2, state="received", ingested_at=now - timedelta(seconds=60))
        rows.message(session, 3, state="failed", ingested_at=now - timedelta(seconds=120))
        rows.message(session, 4, state="quarantined", ingested_at=now - timedelta(days=2))
        # Processed in the window: lags of 2, 4, …, 20 s from arrival on the server.
        for n in range(10):
            arrived = now - timedelta(minutes=5)
            rows.message(session, 10 + n, state="processed", ingested_at=arrived,
                         processed_at=arrived + timedelta(seconds=2 * (n + 1)))  # fmt: skip
        # Processed long ago: outside the window. A Date header's time is not the arrival.
        rows.message(session, 30, state="processed", ingested_at=now - timedelta(hours=3),
                     processed_at=now - timedelta(hours=2))  # fmt: skip
        header = rows.message(session, 31, state="processed",
                              received_at=now - timedelta(days=30), source="header",
                              ingested_at=now - timedelta(seconds=30),
                              processed_at=now - timedelta(seconds=29))  # fmt: skip
        rows.unreadable(session, header, sandbox.TIMED_OUT.format(seconds=60), now)
        rows.unreadable(session, header, sandbox.CRASHED, now - timedelta(days=3))
        rows.outbox(session, 1, state="planned", created_at=now - timedelta(seconds=90),
                    attempts=2, last_error="refused",
                    last_attempt_at=now - timedelta(seconds=10))  # fmt: skip
        rows.outbox(session, 2, state="held", created_at=now - timedelta(hours=5))
        rows.outbox(session, 3, state="failed", created_at=now - timedelta(hours=1))
        rows.outbox(session, 4, state="sent", created_at=now - timedelta(hours=1),
                    last_attempt_at=now - timedelta(minutes=30))  # fmt: skip
    hb.HeartbeatWriter(sessions, hb.WATCHER, "imap://a%40x.test@mail.test/INBOX").failed("Login")


def test_metrics_from_the_register(
    process_tz: str,  # noqa: F811
    sessions: sessionmaker[Session],
    settings: Settings,
) -> None:
    with time_machine.travel(clock.now(), tick=False):
        _fill(sessions)
        now = clock.now()
        samples = _samples(render_metrics(sessions, settings).decode())
    commune = "nghia-thai"
    waiting = {s: _get(samples, "dvk_messages_waiting", commune=commune, state=s)
               for s in ("received", "failed", "quarantined")}  # fmt: skip
    assert waiting == {"received": 2, "failed": 1, "quarantined": 1}
    oldest = _get(samples, "dvk_messages_oldest_waiting_age_seconds", commune=commune,
                  state="received")  # fmt: skip
    assert oldest == 600
    lag = {q: _get(samples, "dvk_mail_lag_seconds", commune=commune, quantile=q)
           for q in ("0.5", "0.95", "1")}  # fmt: skip
    # 10 lags of 2…20 s and one of 1 s (a Date header 30 days old counts from the storing).
    assert lag == {"0.5": 10.0, "0.95": 20.0, "1": 20.0}
    assert _get(samples, "dvk_mail_processed_recent", commune=commune) == 11
    assert _get(samples, "dvk_extraction_failures_total", commune=commune) == 2
    assert _get(samples, "dvk_extraction_failures_last_day", commune=commune,
                reason="timeout") == 1  # fmt: skip
    assert _get(samples, "dvk_extraction_failures_last_day", commune=commune,
                reason="crash") == 0  # three days ago  # fmt: skip
    outbox = {s: _get(samples, "dvk_outbox_mails", commune=commune, state=s)
              for s in ("planned", "sending", "held", "failed")}  # fmt: skip
    assert outbox == {"planned": 1, "sending": 0, "held": 1, "failed": 1}
    assert _get(samples, "dvk_outbox_oldest_age_seconds", commune=commune, state="held") == 18000
    assert _get(samples, "dvk_outbox_retrying", commune=commune) == 1
    assert _get(samples, "dvk_smtp_last_attempt_ok") == 0
    assert (
        _get(samples, "dvk_smtp_last_success_timestamp_seconds")
        == (now - timedelta(minutes=30)).timestamp()
    )
    mailbox = "imap://a%40x.test@mail.test/INBOX"
    assert _get(samples, "dvk_mailbox_consecutive_failures", mailbox=mailbox) == 1
    assert _get(samples, "dvk_mailbox_last_success_timestamp_seconds", mailbox=mailbox) == 0
    assert _get(samples, "dvk_component_up", component="database") == 1
    assert ("dvk_queue_tasks", (("queue", "celery"),)) not in samples  # no broker here


def test_the_queue_depth_comes_from_redis(
    settings: Settings, sessions: sessionmaker[Session]
) -> None:
    import redis

    url = "redis://127.0.0.1:6379/13"
    client = redis.Redis.from_url(url)
    client.delete("celery", "unacked")
    client.rpush("celery", "a", "b", "c")
    client.hset("unacked", "tag", "x")
    try:
        samples = _samples(
            render_metrics(sessions, settings.model_copy(update={"broker_url": url})).decode()
        )
    finally:
        client.delete("celery", "unacked")
        client.close()
    assert _get(samples, "dvk_queue_tasks", queue="celery") == 3
    assert _get(samples, "dvk_queue_unacked_tasks") == 1
    assert _get(samples, "dvk_broker_up") == 1


def test_quantiles_are_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert [quantile(values, q) for q in (0.5, 0.95, 0.99, 1.0)] == [50.0, 95.0, 99.0, 100.0]
    assert quantile([], 0.5) == 0.0
    assert quantile([7.0], 0.95) == 7.0


def test_metrics_only_for_allowed_addresses_or_the_token(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    with sessions.begin() as session:
        name_commune(session, "nghia-thai", "xã Nghĩa Thái")
    closed = create_app(settings, sessions).test_client()
    assert closed.get("/metrics").status_code == 404  # neither setting: no endpoint at all
    guarded = settings.model_copy(
        update={"metrics_allow": ["10.1.0.0/16"], "metrics_token": SecretStr("s3cret-token")}
    )
    client = create_app(guarded, sessions).test_client()
    outsider = client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert outsider.status_code == 403 and b"nghia-thai" not in outsider.data
    wrong = client.get("/metrics", headers={"Authorization": "Bearer nope"},
                       environ_base={"REMOTE_ADDR": "203.0.113.9"})  # fmt: skip
    assert wrong.status_code == 403
    by_token = client.get("/metrics", headers={"Authorization": "Bearer s3cret-token"},
                          environ_base={"REMOTE_ADDR": "203.0.113.9"})  # fmt: skip
    assert by_token.status_code == 200
    assert by_token.content_type.startswith("text/plain")
    assert 'dvk_messages_waiting{commune="nghia-thai",state="received"} 0.0' in by_token.text
    by_address = client.get("/metrics", environ_base={"REMOTE_ADDR": "10.1.2.3"})
    assert by_address.status_code == 200
    # A trusted proxy's forwarded request counts as its real client, never as the proxy.
    proxied = create_app(
        guarded.model_copy(update={"trusted_proxies": ["10.1.0.5"]}), sessions
    ).test_client()
    forwarded = proxied.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"},
                            environ_base={"REMOTE_ADDR": "10.1.0.5"})  # fmt: skip
    assert forwarded.status_code == 403
    # Health details go to monitoring too; the public gets statuses only.
    detailed = client.get("/healthz", headers={"Authorization": "Bearer s3cret-token"})
    assert "summary" in detailed.get_json()["components"]["database"]
    public = client.get("/healthz", environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert public.get_json()["components"]["database"] == {"status": "ok"}
    assert client.get("/healthz/nothing").status_code == 404
    assert client.get("/healthz/database").get_json()["status"] == "ok"
