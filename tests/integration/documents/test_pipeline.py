"""The processing step on its own: idempotent, retried when parsing is unavailable."""

from __future__ import annotations

import io
import shutil
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.contract import Extraction, ExtractionUnavailableError, Kind
from documents.db import get_unit, transaction
from documents.extraction import sandbox
from documents.extraction.lexicon import vietnamese_words
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
from tests.conftest import unavailable
from tests.integration.documents.forms_by_mail import send_form
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


def fake_form(_: bytes, __: str, ___: object = (), /, **____: object) -> Extraction:
    return Extraction(
        kind=Kind.REGISTRATION,
        fields={"unit_name": "Chi bộ xóm 1", "model_name": "Mô hình A"},
        source="docx",
    )


def test_processing_twice_changes_nothing(sessions: sessionmaker[Session], stored: int) -> None:
    calls: list[str] = []

    def counting(data: bytes, name: str, _hints: object = (), /, **_: object) -> Extraction:
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
    def overloaded(_: bytes, __: str, ___: object = (), /, **____: object) -> Extraction:
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

    def counting(data: bytes, name: str, _hints: object = (), /, **_: object) -> Extraction:
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


def test_the_communes_unit_names_reach_the_sandbox_and_mend_a_scan(
    stored: int, sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A unit's name in the register goes with the sandbox request, and the child mends a
    scanned form's misread name towards it (the general word list alone cannot)."""
    if not vietnamese_words():
        unavailable("Tesseract's Vietnamese data (vie) and dawg2wordlist are needed")
    unit_name = "Chi hội Cựu chiến binh thôn Bãi Sậy"
    requests: list[Sequence[str]] = []
    run = sandbox._Worker.run

    def recorded(worker: sandbox._Worker, *args: Any) -> dict[str, Any]:
        requests.append(args[4])
        return run(worker, *args)

    monkeypatch.setattr(sandbox._Worker, "run", recorded)
    page = Image.new("L", (1654, 2339), 255)
    font = ImageFont.truetype(
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 44
    )
    ImageDraw.Draw(page).text((150, 200), "Chi hội Cựu chiến binh thôn Bãi Sây", font=font, fill=0)
    pdf = io.BytesIO()
    page.save(pdf, format="PDF", resolution=200)
    extract = partial(sandbox.extract_in_sandbox, timeout=60, memory_mb=1024)
    try:
        with transaction(sessions) as session:
            unit = get_unit(session, "cb-xom-2")
            assert unit is not None
            unit.name = unit_name
            message = send_form(session, "nguoila@example.test", pdf.getvalue(), "pdf")
            process_message(session, message.id, extract=extract)
            (attachment,) = [a for a in message.attachments if a.filename.endswith(".pdf")]
            assert attachment.extraction is not None
            lines = [line["text"] if isinstance(line, dict) else line[0]
                     for line in attachment.extraction.lines]  # fmt: skip
    finally:
        sandbox.shutdown()
    assert requests and unit_name in requests[0]
    assert unit_name in lines
