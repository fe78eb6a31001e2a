"""A form received outside e-mail, registered by the office: the same pipeline as a mailed form
(real extraction in the sandbox), the office's unit and day, the source kept, no reply to
anyone, nothing registered twice, and files that cannot be forms refused."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from documents import clock
from documents.extraction.sandbox import extract_in_sandbox
from documents.models import AuditEntry, Message, OutboundMail, Submission
from documents.office_upload import UploadError, register_upload, stage_file
from documents.pipeline import process_message
from documents.settings import Settings
from notifier.ack import plan_acknowledgement
from tests.unit.notifier import factories as f

VN = ZoneInfo("Asia/Ho_Chi_Minh")
EXTRACT = partial(extract_in_sandbox, timeout=60, memory_mb=1024)


def _upload(session: Session, data: bytes, unit_id: str, day: date) -> Message:
    staged = stage_file(session, data)
    return register_upload(
        session,
        sha256=staged.sha256,
        filename="Phiếu xóm 3 (scan).docx",
        unit_id=unit_id,
        channel="paper",
        received_on=day,
        note="Đồng chí Nga mang bản giấy đến",
        actor="ha",
    )


def test_a_paper_form_goes_through_the_pipeline_for_the_chosen_unit_without_a_reply(
    session: Session, settings: Settings, samples_dir: Path
) -> None:
    f.load_examples(session)
    data = (samples_dir / "documents" / "s01-dk-cb-xom-3.docx").read_bytes()
    message = _upload(session, data, "cb-xom-3", date(2024, 4, 8))
    assert message.source == "upload-paper" and message.sender is None
    assert message.received_at == datetime.combine(date(2024, 4, 8), time(12), tzinfo=VN)
    assert message.received_at_source == "office"
    outcome = process_message(session, message.id, extract=EXTRACT)
    assert outcome.state == "processed" and outcome.submissions == 1
    submission = session.scalar(select(Submission).where(Submission.message_id == message.id))
    assert submission is not None and submission.unit_id == "cb-xom-3"
    assert submission.match_method == "manual"
    assert submission.late_days == 1  # the office's day counts, in the campaign's zone
    extraction_fields = session.get_one(Message, message.id).attachments[0].extraction
    assert extraction_fields is not None
    assert extraction_fields.fields["leader_name"] == "Mai Thị Nga"
    # No acknowledgement, and the message is not one the office must read as unanswered.
    assert plan_acknowledgement(session, message.id, settings) is None
    assert message.reply_code == "office_upload"
    assert session.scalar(select(func.count()).select_from(OutboundMail)) == 0
    audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "upload_form"))
    assert audit is not None and audit.after is not None
    assert audit.after["channel"] == "paper" and audit.after["unit_id"] == "cb-xom-3"
    # The same file again for the same unit is refused: nothing is registered twice.
    with pytest.raises(UploadError, match="đã có trong sổ"):
        _upload(session, data, "cb-xom-3", date(2024, 4, 8))


def test_what_cannot_be_a_form_or_a_day_is_refused(session: Session) -> None:
    f.load_examples(session)
    with pytest.raises(UploadError, match="Chưa chọn tệp"):
        stage_file(session, b"")
    with pytest.raises(UploadError, match="không phải là phiếu"):
        stage_file(session, b"<html><script>alert(1)</script></html>")
    staged = stage_file(session, b"%PDF-1.4\n%a small pdf\n")
    tomorrow = clock.today("Asia/Ho_Chi_Minh") + timedelta(days=1)
    with pytest.raises(UploadError, match="không thể sau hôm nay"):
        register_upload(
            session,
            sha256=staged.sha256,
            filename="x.pdf",
            unit_id="cb-xom-3",
            channel="paper",
            received_on=tomorrow,
            note="",
            actor="ha",
        )
    with pytest.raises(UploadError, match="kênh"):
        register_upload(
            session,
            sha256=staged.sha256,
            filename="x.pdf",
            unit_id="cb-xom-3",
            channel="fax",
            received_on=date(2024, 4, 1),
            note="",
            actor="ha",
        )
    assert session.scalar(select(func.count()).select_from(Message)) == 0
