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
from notifier.outbox import LEASE, MAX_ATTEMPTS, RetryPolicy, plan, send_due, send_one
from notifier.senders import FolderSender, PermanentSendError, TransientSendError
from workers.settings import Settings

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


def test_the_retry_policy_comes_from_the_settings(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`DVK_OUTBOX_*` set the lease, the backoff and the attempts that send_one obeys."""
    monkeypatch.setenv("DVK_OUTBOX_LEASE_SECONDS", "40")
    monkeypatch.setenv("DVK_OUTBOX_FIRST_BACKOFF_SECONDS", "2")
    monkeypatch.setenv("DVK_OUTBOX_MAX_BACKOFF_SECONDS", "5")
    monkeypatch.setenv("DVK_OUTBOX_MAX_ATTEMPTS", "4")
    policy = RetryPolicy.from_settings(Settings(_env_file=None))
    assert policy == RetryPolicy(
        lease=timedelta(seconds=40),
        first_backoff=timedelta(seconds=2),
        max_backoff=timedelta(seconds=5),
        max_attempts=4,
    )
    assert [policy.backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [2, 4, 5, 5]

    outbox_id = planned(sessions)
    sender = Recording(*[TransientSendError("421 try later")] * 4)
    assert send_one(sessions, outbox_id, sender, now=NOW, policy=policy) == "planned"
    assert _aware(get(sessions, outbox_id).next_attempt_at) == NOW + timedelta(seconds=2)
    assert send_due(sessions, sender, now=NOW + timedelta(seconds=1), policy=policy) == 0
    moment = NOW + timedelta(seconds=2)
    for expected in ("planned", "planned", "failed"):
        send_one(sessions, outbox_id, sender, now=moment, policy=policy)
        row = get(sessions, outbox_id)
        assert row.state == expected
        moment += timedelta(seconds=5)
    assert row.attempts == 4 and "after 4 attempts" in (row.last_error or "")


def test_a_claim_holds_for_the_configured_lease(sessions: sessionmaker[Session]) -> None:
    policy = RetryPolicy(lease=timedelta(seconds=40))
    outbox_id = planned(sessions)

    class Dies:
        """Claims, then the process 'dies' mid-send: the row stays in sending."""

        def send(self, raw: bytes, mail_from: str, recipients: Sequence[str]) -> None:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        send_one(sessions, outbox_id, Dies(), now=NOW, policy=policy)
    row = get(sessions, outbox_id)
    assert row.state == "sending" and _aware(row.next_attempt_at) == NOW + timedelta(seconds=40)
    sender = Recording()
    assert send_due(sessions, sender, now=NOW + timedelta(seconds=39), policy=policy) == 0
    assert send_due(sessions, sender, now=NOW + timedelta(seconds=40), policy=policy) == 1


def _aware(value: datetime | None) -> datetime | None:
    """The stored instant, aware (SQLite's driver may hand it back without its zone)."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value
