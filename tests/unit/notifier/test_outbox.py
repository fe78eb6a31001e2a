"""The outbox state machine: planned → sending → sent / failed, backoff, leases, the folder."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from documents.models import OutboundMail
from notifier.compose import Draft
from notifier.outbox import LEASE, MAX_ATTEMPTS, plan, send_due, send_one
from notifier.senders import FolderSender, PermanentSendError, TransientSendError

NOW = datetime(2024, 4, 5, 1, 0, tzinfo=UTC)


class Recording:
    """A sender that records what it is given and fails as told."""

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.sent: list[tuple[bytes, str, list[str]]] = []

    def send(self, raw: bytes, mail_from: str, recipients: Sequence[str]) -> None:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((raw, mail_from, list(recipients)))


def draft(key: str = "digest:1:before-1") -> Draft:
    return Draft(
        purpose="digest",
        idempotency_key=key,
        mail_from="danvan@nghiathai.test",
        to=("danvan@nghiathai.test",),
        subject="Tổng hợp",
        template="digest",
        context={"reminded": [], "unreachable": [], "in_review": []},
    )


def planned(sessions: sessionmaker[Session], key: str = "digest:1:before-1") -> int:
    with sessions.begin() as session:
        return plan(session, draft(key), now=NOW, templates_dir=None).id


def get(sessions: sessionmaker[Session], outbox_id: int) -> OutboundMail:
    with sessions() as session:
        row = session.get(OutboundMail, outbox_id)
        assert row is not None
        return row


def test_plan_is_idempotent(sessions: sessionmaker[Session]) -> None:
    first, second = planned(sessions), planned(sessions)
    assert first == second
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(OutboundMail)) == 1


def test_sent_once_with_the_stored_bytes(sessions: sessionmaker[Session]) -> None:
    outbox_id = planned(sessions)
    sender = Recording()
    assert send_due(sessions, sender, now=NOW) == 1
    assert send_due(sessions, sender, now=NOW + timedelta(days=1)) == 0
    row = get(sessions, outbox_id)
    assert row.state == "sent" and row.attempts == 1 and row.sent_at is not None
    assert sender.sent == [(row.raw, "danvan@nghiathai.test", ["danvan@nghiathai.test"])]
    assert send_one(sessions, outbox_id, sender, now=NOW) == "sent"
    assert len(sender.sent) == 1


def test_transient_failure_backs_off_then_succeeds(sessions: sessionmaker[Session]) -> None:
    outbox_id = planned(sessions)
    sender = Recording(TransientSendError("451 4.3.0 try later"))
    assert send_due(sessions, sender, now=NOW) == 0
    row = get(sessions, outbox_id)
    assert (row.state, row.attempts, row.last_error) == ("planned", 1, "451 4.3.0 try later")
    assert row.next_attempt_at is not None
    assert send_due(sessions, sender, now=NOW + timedelta(seconds=30)) == 0  # not yet
    assert send_due(sessions, sender, now=NOW + timedelta(minutes=1)) == 1
    row = get(sessions, outbox_id)
    assert (row.state, row.attempts, row.last_error) == ("sent", 2, None)
    assert len(sender.sent) == 1


def test_permanent_failure_is_visible(sessions: sessionmaker[Session]) -> None:
    outbox_id = planned(sessions)
    sender = Recording(PermanentSendError("550 5.1.1 no such user"))
    assert send_one(sessions, outbox_id, sender, now=NOW) == "failed"
    row = get(sessions, outbox_id)
    assert row.last_error == "550 5.1.1 no such user"
    assert send_due(sessions, sender, now=NOW + timedelta(days=1)) == 0
    assert sender.sent == []


def test_too_many_transient_failures_end_in_failed(sessions: sessionmaker[Session]) -> None:
    outbox_id = planned(sessions)
    sender = Recording(*[TransientSendError("timeout")] * MAX_ATTEMPTS)
    moment = NOW
    for _ in range(MAX_ATTEMPTS):
        send_one(sessions, outbox_id, sender, now=moment)
        moment += timedelta(days=1)
    row = get(sessions, outbox_id)
    assert row.state == "failed" and row.attempts == MAX_ATTEMPTS
    assert "after 8 attempts" in (row.last_error or "")


def test_a_row_left_sending_by_a_crash_is_retried_after_its_lease(
    sessions: sessionmaker[Session],
) -> None:
    outbox_id = planned(sessions)
    with sessions.begin() as session:  # what a crash between claim and "sent" leaves
        session.execute(
            update(OutboundMail)
            .where(OutboundMail.id == outbox_id)
            .values(state="sending", attempts=1, next_attempt_at=NOW + LEASE)
        )
    sender = Recording()
    assert send_due(sessions, sender, now=NOW + timedelta(minutes=1)) == 0
    assert send_due(sessions, sender, now=NOW + LEASE) == 1
    assert get(sessions, outbox_id).attempts == 2


def test_folder_sender_writes_one_file_per_mail_and_overwrites_on_resend(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    outbox_id = planned(sessions)
    sender = FolderSender(tmp_path / "outbox")
    send_one(sessions, outbox_id, sender, now=NOW)
    raw = get(sessions, outbox_id).raw
    sender.send(raw, "danvan@nghiathai.test", ["x@y.test"])  # a resend after a crash
    files = list((tmp_path / "outbox").iterdir())
    assert len(files) == 1 and files[0].read_bytes() == raw
    assert files[0].name.startswith("digest.1.before-1.") and files[0].suffix == ".eml"


def test_unknown_row(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(LookupError):
        send_one(sessions, 999_999, Recording(), now=NOW)
