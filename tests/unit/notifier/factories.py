"""Rows for notifier tests: the example units and campaign, messages with read attachments."""

from __future__ import annotations

import hashlib
import itertools
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from documents.config_files import (
    import_units,
    load_campaign,
    load_campaign_file,
    load_units_file,
)
from documents.matching import MatchResult
from documents.models import (
    Attachment,
    Campaign,
    Deadline,
    ExtractionRecord,
    Message,
    Submission,
)
from documents.register import record_submission
from tests.factories import store_blob, store_mail

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
_counter = itertools.count(1)


def load_examples(session: Session) -> Campaign:
    import_units(session, load_units_file(EXAMPLES / "units.yaml"))
    campaign = load_campaign(session, load_campaign_file(EXAMPLES / "campaign.yaml"))
    session.flush()
    return campaign


def deadline(session: Session, campaign: Campaign, kind: str) -> Deadline:
    return next(d for d in campaign.deadlines if d.kind == kind)


#: 09:00 on 02/4/2024 in Hà Nội, as the sender's clock writes it.
SENT = datetime(2024, 4, 2, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


def message(
    session: Session,
    *,
    sender: str | None = "chiboxom1.nghiathai@gmail.test",
    subject: str | None = "Gửi phiếu đăng ký mô hình",
    attachments: list[dict[str, Any]] | None = None,
    classification: str = "normal",
    authenticity: str = "pass",
    in_reply_to: str | None = None,
    references: str | None = None,
    reply_to: str | None = None,
    return_path: str | None = None,
    extra_headers: dict[str, str] | None = None,
    received_at: datetime | None = None,
    body: str | None = None,
) -> Message:
    """A stored, processed message; each attachment dict: file, kind, fields, warnings, data.

    dvk's writer stores it (sent at `received_at`, with its own offset); the envelope fields
    are then set as given, so that notifier tests do not depend on the sender parser.
    """
    n = next(_counter)
    message_id = f"<m{n}.{hashlib.sha1(str(n).encode()).hexdigest()[:8]}@gmail.test>"
    headers = {"From": sender or "", "Subject": subject or "", "Message-ID": message_id}
    headers.update(extra_headers or {})
    row = store_mail(
        session, sent_at=received_at or SENT, headers=headers, body=body or f"body {n}"
    )
    row.in_reply_to = in_reply_to
    row.references = references
    row.sender = sender
    row.sender_name = "Nguyễn Văn Thành"
    row.reply_to = reply_to
    row.return_path = return_path
    row.subject = subject
    row.classification = classification
    row.authenticity = authenticity
    row.state = "processed"
    session.flush()
    for index, spec in enumerate(attachments or []):
        data = spec.get("data", f"file {n}.{index}".encode())
        attachment = Attachment(
            message_id=row.id,
            part=str(index + 2),
            filename=spec.get("file", f"phieu-{index}.docx"),
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            size=len(data),
            sha256=store_blob(session, data),
        )
        session.add(attachment)
        session.flush()
        if spec.get("kind") is not None:
            session.add(
                ExtractionRecord(
                    attachment_id=attachment.id,
                    kind=spec["kind"],
                    fields=spec.get("fields", {}),
                    warnings=spec.get("warnings", []),
                    source="docx",
                )
            )
    session.flush()
    session.refresh(row)
    return row


def submission(
    session: Session,
    msg: Message,
    unit_id: str,
    dl: Deadline,
    *,
    review_state: str = "accepted",
    index: int = 0,
) -> Submission:
    """The submission dvk's register records for one attachment of `msg`, lateness included
    (computed from the message's time, never given); `dl` is the deadline it must land on."""
    extraction = msg.attachments[index].extraction
    assert extraction is not None
    doubtful = review_state == "needs_review"
    match = MatchResult(
        unit_id,
        "fuzzy" if doubtful else "manual",
        60.0 if doubtful else 100.0,
        doubtful,
        reasons=("Chưa chắc chắn về đơn vị",) if doubtful else (),
    )
    row = record_submission(session, extraction.id, match)
    assert row is not None and row.deadline_id == dl.id
    assert row.review_state == review_state
    session.flush()
    return row


FULL_FIELDS = {
    "unit_name": "Chi bộ xóm 1",
    "model_name": "Xóm 1 sáng - xanh - sạch - đẹp",
    "model_type": "collective",
    "domain": "culture_society",
    "leader_name": "Nguyễn Văn Thành",
    "leader_position": "Bí thư chi bộ",
}
