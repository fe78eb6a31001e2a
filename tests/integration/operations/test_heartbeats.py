"""Heartbeat writes are rate-limited, say an outcome change at once, and never break a role."""

from __future__ import annotations

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.db import make_session_factory
from documents.models import Heartbeat
from documents.operations import heartbeats as hb


def _row(sessions: sessionmaker[Session]) -> Heartbeat:
    with sessions() as session:
        row = session.get(Heartbeat, ("watcher", "imap://a@b/INBOX"))
        assert row is not None
        return row


def test_one_write_per_interval_but_an_outcome_change_at_once(
    sessions: sessionmaker[Session],
) -> None:
    writer = hb.HeartbeatWriter(sessions, "watcher", "imap://a@b/INBOX", every=3600)
    assert writer.ok() is True
    first = _row(sessions)
    assert first.ok_at is not None and first.ok_at.tzinfo is not None
    assert first.failures == 0
    assert writer.ok() is False  # within the interval: nothing written
    assert writer.failed("LoginError: [AUTHENTICATIONFAILED]") is True  # a change: at once
    failed = _row(sessions)
    assert failed.failures == 1 and failed.error == "LoginError: [AUTHENTICATIONFAILED]"
    assert failed.ok_at == first.ok_at and failed.error_at is not None
    assert writer.failed("again") is False  # same outcome, within the interval
    assert writer.ok() is True  # recovery: at once
    recovered = _row(sessions)
    assert recovered.failures == 0 and recovered.ok_at is not None
    assert recovered.ok_at >= failed.seen_at
    assert recovered.started_at == first.started_at
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Heartbeat)) == 1


def test_an_interval_of_zero_writes_every_time_and_counts_failures(
    sessions: sessionmaker[Session],
) -> None:
    writer = hb.HeartbeatWriter(sessions, "watcher", "imap://a@b/INBOX", every=0)
    for _ in range(3):
        assert writer.failed("down")
    assert _row(sessions).failures == 3
    hb.forget(sessions, "watcher", "imap://a@b/INBOX")
    with sessions() as session:
        assert hb.heartbeats(session) == []


def test_a_database_that_does_not_answer_costs_the_role_nothing() -> None:
    dead = make_session_factory(create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none"))
    writer = hb.HeartbeatWriter(dead, "tick", "scheduler", every=0)
    assert writer.ok() is False  # logged, not raised
    assert writer.failed("x") is False
