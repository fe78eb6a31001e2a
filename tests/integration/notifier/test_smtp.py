"""The outbox against a real SMTP server: delivery, retry on 451, failure on 5xx, no doubles."""

from __future__ import annotations

import email
import email.policy
import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import OutboundMail
from notifier.ack import plan_acknowledgement
from notifier.compose import Draft
from notifier.outbox import plan, send_due, send_one
from notifier.reminders import run_due_reminders
from notifier.senders import SmtpSender, make_sender
from tests.integration.notifier.conftest import SmtpServer
from tests.threads import run_in_threads
from tests.unit.notifier import factories as f
from workers.settings import Settings

pytestmark = pytest.mark.integration
NOW = datetime(2024, 4, 2, 3, 0, tzinfo=UTC)


def smtp_settings(settings: Settings, server: SmtpServer) -> Settings:
    return settings.model_copy(update={"smtp_url": server.url})


def plan_draft(sessions: sessionmaker[Session], key: str, to: tuple[str, ...]) -> int:
    draft = Draft(
        purpose="digest",
        idempotency_key=key,
        mail_from="danvan@nghiathai.test",
        to=to,
        subject="Tổng hợp nhắc hạn",
        template="digest",
        context={"reminded": [], "unreachable": [], "in_review": []},
    )
    with sessions.begin() as session:
        return plan(session, draft, now=NOW, templates_dir=None).id


def test_ack_is_delivered_once_with_its_headers(
    sessions: sessionmaker[Session], settings: Settings, smtp_server: SmtpServer
) -> None:
    with sessions.begin() as session:
        f.load_examples(session)
        msg = f.message(session, attachments=[{"kind": "registration", "fields": f.FULL_FIELDS}])
        row = plan_acknowledgement(session, msg.id, settings, now=NOW)
        assert row is not None
        outbox_id, raw, original = row.id, row.raw, msg.message_id_header
    sender = make_sender(smtp_settings(settings, smtp_server))
    assert isinstance(sender, SmtpSender)
    assert send_due(sessions, sender, now=NOW) == 1
    assert send_due(sessions, sender, now=NOW + timedelta(hours=1)) == 0
    assert len(smtp_server.messages) == 1
    got = smtp_server.messages[0]
    assert got.mail_from == "danvan@nghiathai.test"
    assert got.rcpt_tos == ["chiboxom1.nghiathai@gmail.test"]
    assert got.data.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")
    parsed = email.message_from_bytes(got.data, policy=email.policy.default)
    assert parsed["In-Reply-To"] == original
    assert parsed["Auto-Submitted"] == "auto-replied"
    with sessions() as session:
        stored = session.get(OutboundMail, outbox_id)
        assert stored is not None and stored.state == "sent"


def test_451_is_retried_with_backoff_then_delivered(
    sessions: sessionmaker[Session], settings: Settings, smtp_server: SmtpServer
) -> None:
    outbox_id = plan_draft(sessions, "digest:1:before-7", ("danvan@nghiathai.test",))
    smtp_server.handler.fail_data.append("451 4.3.0 temporary failure, try again")
    sender = make_sender(smtp_settings(settings, smtp_server))
    assert send_one(sessions, outbox_id, sender, now=NOW) == "planned"
    with sessions() as session:
        row = session.get(OutboundMail, outbox_id)
        assert row is not None and row.attempts == 1 and "451" in (row.last_error or "")
    assert send_due(sessions, sender, now=NOW + timedelta(seconds=10)) == 0
    assert send_due(sessions, sender, now=NOW + timedelta(minutes=2)) == 1
    assert len(smtp_server.messages) == 1


def test_recipient_451_is_transient(
    sessions: sessionmaker[Session], settings: Settings, smtp_server: SmtpServer
) -> None:
    outbox_id = plan_draft(sessions, "digest:1:before-3", ("temp@x.test",))
    sender = make_sender(smtp_settings(settings, smtp_server))
    assert send_one(sessions, outbox_id, sender, now=NOW) == "planned"


def test_550_fails_permanently_and_visibly(
    sessions: sessionmaker[Session], settings: Settings, smtp_server: SmtpServer
) -> None:
    outbox_id = plan_draft(sessions, "digest:1:before-1", ("perm@x.test",))
    data_fail = plan_draft(sessions, "digest:1:overdue-1", ("danvan@nghiathai.test",))
    sender = make_sender(smtp_settings(settings, smtp_server))
    assert send_one(sessions, outbox_id, sender, now=NOW) == "failed"
    smtp_server.handler.fail_data.append("554 5.7.1 rejected as spam")
    assert send_one(sessions, data_fail, sender, now=NOW) == "failed"
    with sessions() as session:
        errors = [session.get(OutboundMail, i).last_error for i in (outbox_id, data_fail)]  # type: ignore[union-attr]
    assert "550" in (errors[0] or "") and "554" in (errors[1] or "")
    assert send_due(sessions, sender, now=NOW + timedelta(days=1)) == 0
    assert smtp_server.messages == []


def test_unreachable_server_is_transient_and_password_never_logged(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    outbox_id = plan_draft(sessions, "digest:9:before-1", ("danvan@nghiathai.test",))
    from tests.integration.notifier.conftest import free_port

    bad = settings.model_copy(update={"smtp_url": f"smtp://user:s3cret@127.0.0.1:{free_port()}"})
    assert send_one(sessions, outbox_id, make_sender(bad), now=NOW) == "planned"
    with sessions() as session:
        row = session.get(OutboundMail, outbox_id)
        assert row is not None and row.last_error and "s3cret" not in row.last_error


def test_two_schedulers_at_once_never_double_send(
    sessions: sessionmaker[Session], settings: Settings, smtp_server: SmtpServer
) -> None:
    ids = [
        plan_draft(sessions, f"digest:{i}:before-1", ("danvan@nghiathai.test",)) for i in range(40)
    ]
    sender = make_sender(smtp_settings(settings, smtp_server))
    barrier = threading.Barrier(2)

    def scheduler() -> int:
        barrier.wait(timeout=30)
        return send_due(sessions, sender, now=NOW)

    counts = run_in_threads(scheduler, 2)  # a scheduler that dies fails the test
    assert sum(counts) == len(ids)
    received = [
        email.message_from_bytes(m.data, policy=email.policy.default)["Message-ID"]
        for m in smtp_server.messages
    ]
    assert len(received) == len(ids) == len(set(received))
    with sessions() as session:
        rows = session.scalars(select(OutboundMail)).all()
        assert {r.state for r in rows} == {"sent"} and {r.attempts for r in rows} == {1}


def test_reminder_run_reaches_the_units_through_smtp(
    sessions: sessionmaker[Session], settings: Settings, smtp_server: SmtpServer
) -> None:
    at = datetime(2024, 4, 5, 8, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    with sessions.begin() as session:
        f.load_examples(session)
        planned = run_due_reminders(session, settings, now=at)
    sender = make_sender(smtp_settings(settings, smtp_server))
    assert send_due(sessions, sender, now=at, limit=1000) == len(planned)
    to_mttq = [m for m in smtp_server.messages if "mattran@nghiathai.test" in m.rcpt_tos]
    assert len(to_mttq) == 1
    assert to_mttq[0].rcpt_tos == ["mattran@nghiathai.test", "tranvanson.mttq@gmail.test"]
    parsed = email.message_from_bytes(to_mttq[0].data, policy=email.policy.default)
    assert parsed["Auto-Submitted"] == "auto-generated"
    body = parsed.get_body(("plain",))
    assert body is not None and "Ủy ban MTTQ Việt Nam xã Nghĩa Thái" in body.get_content()
