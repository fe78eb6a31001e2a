"""The processing step on its own: idempotent, retried when parsing is unavailable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.contract import Extraction, ExtractionUnavailableError, Kind
from documents.db import transaction
from documents.models import ExtractionRecord, Message, Submission
from documents.pipeline import (
    NO_SENDER_REASON,
    ProcessOutcome,
    process_message,
    record_failure,
    reset_for_reprocessing,
    unfinished_message_ids,
)
from ingest.dropfolder import drain_drop_folder
from workers.bootstrap import Context, load_configured_files
from workers.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@pytest.fixture
def stored(settings: Settings, sessions: sessionmaker[Session]) -> int:
    ctx = Context(
        settings.model_copy(
            update={
                "units_file": EXAMPLES / "units.yaml",
                "campaign_file": EXAMPLES / "campaign.yaml",
            }
        )
    )
    load_configured_files(ctx)
    settings.inbox_dir.mkdir(parents=True)
    shutil.copy(EXAMPLES / "mails" / "01-dang-ky-chi-bo-xom-1.eml", settings.inbox_dir / "a.eml")
    (message_id,) = drain_drop_folder(sessions, settings)
    ctx.dispose()
    return message_id


def fake_form(_: bytes, __: str, ___: object = (), /) -> Extraction:
    return Extraction(
        kind=Kind.REGISTRATION,
        fields={"unit_name": "Chi bộ xóm 1", "model_name": "Mô hình A"},
        source="docx",
    )


def test_processing_twice_changes_nothing(sessions: sessionmaker[Session], stored: int) -> None:
    calls: list[str] = []

    def counting(data: bytes, name: str, _hints: object = (), /) -> Extraction:
        calls.append(name)
        return fake_form(data, name)

    outcomes = []
    for _ in range(2):
        with transaction(sessions) as session:
            outcomes.append(process_message(session, stored, extract=counting))
    first, rerun = outcomes
    assert (first.state, first.extractions, first.submissions) == ("processed", 1, 1)
    # The re-run says it found the message done and read or registered nothing.
    assert rerun == ProcessOutcome(stored, "processed", 0, 0)
    with sessions() as session:
        assert session.get_one(Message, stored).state == "processed"
        assert session.get_one(Message, stored).unit_id == "cb-xom-1"
        assert session.scalar(select(func.count()).select_from(Submission)) == 1
    assert len(calls) == 1


def test_no_parsing_worker_means_retry_not_unreadable(
    sessions: sessionmaker[Session], stored: int
) -> None:
    def overloaded(_: bytes, __: str, ___: object = (), /) -> Extraction:
        raise ExtractionUnavailableError("no parsing worker could start")

    with pytest.raises(ExtractionUnavailableError), transaction(sessions) as session:
        process_message(session, stored, extract=overloaded)
    assert (
        record_failure(sessions, stored, ExtractionUnavailableError("x"), max_attempts=3)
        == "failed"
    )
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(ExtractionRecord)) == 0
        assert unfinished_message_ids(session, max_attempts=3) == [stored]


def test_failures_end_in_quarantine_and_reprocess_brings_them_back(
    sessions: sessionmaker[Session], stored: int
) -> None:
    states = [record_failure(sessions, stored, RuntimeError("boom"), max_attempts=2) for _ in "ab"]
    assert states == ["failed", "quarantined"]
    with sessions() as session:
        assert unfinished_message_ids(session, max_attempts=2) == []
        assert "boom" in (session.get_one(Message, stored).error or "")
    with transaction(sessions) as session:
        assert reset_for_reprocessing(session) == 1
    with transaction(sessions) as session:
        outcome = process_message(session, stored, extract=fake_form)
    assert outcome.state == "processed" and outcome.submissions == 1


def _drop(settings: Settings, sessions: sessionmaker[Session], raw: bytes, name: str) -> int:
    (settings.inbox_dir / f"{name}.eml").write_bytes(raw)
    (message_id,) = drain_drop_folder(sessions, settings)
    return message_id


def test_a_message_without_a_trustworthy_sender_goes_to_review(
    settings: Settings, sessions: sessionmaker[Session], stored: int
) -> None:
    """Two From headers: the unit the form names is only a candidate, never silently counted."""
    raw = (EXAMPLES / "mails" / "01-dang-ky-chi-bo-xom-1.eml").read_bytes()
    raw = b"From: someone@evil.test\r\n" + raw.replace(b"Message-ID: <", b"Message-ID: <two-from.")
    message_id = _drop(settings, sessions, raw, "two-from")
    with transaction(sessions) as session:
        process_message(session, message_id, extract=fake_form)
    with sessions() as session:
        message = session.get_one(Message, message_id)
        assert message.sender is None
        assert any("2 From headers" in str(d) for d in message.parse_defects)
        submission = session.scalar(select(Submission).where(Submission.message_id == message_id))
        assert submission is not None and submission.unit_id == "cb-xom-1"
        assert submission.review_state == "needs_review"
        assert NO_SENDER_REASON in submission.review_reasons


def test_a_copy_is_not_read_again(
    settings: Settings, sessions: sessionmaker[Session], stored: int
) -> None:
    calls: list[str] = []

    def counting(data: bytes, name: str, _hints: object = (), /) -> Extraction:
        calls.append(name)
        return fake_form(data, name)

    with transaction(sessions) as session:
        process_message(session, stored, extract=counting)
    raw = (EXAMPLES / "mails" / "01-dang-ky-chi-bo-xom-1.eml").read_bytes()
    copy_id = _drop(settings, sessions, b"Received: from list.test by mx.test\r\n" + raw, "copy")
    with transaction(sessions) as session:
        process_message(session, copy_id, extract=counting)
    with sessions() as session:
        copy = session.get_one(Message, copy_id)
        assert copy.duplicate_of_id == stored and copy.state == "processed"
        assert copy.unit_id == "cb-xom-1"  # the first's unit
        assert session.scalar(select(func.count()).select_from(Submission)) == 1
    assert len(calls) == 1, "the copy's file was read again"
