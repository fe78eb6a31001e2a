"""Rows for notifier tests: the example units and campaign, messages with read attachments."""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from documents.config_files import (
    import_units,
    load_campaign,
    load_campaign_file,
    load_units_file,
)
from documents.models import (
    Attachment,
    Campaign,
    Deadline,
    Extraction,
    Message,
    Submission,
)
from tests.factories import store_blob

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
    """A stored, processed message; each attachment dict: file, kind, fields, warnings, data."""
    n = next(_counter)
    message_id = f"<m{n}.{hashlib.sha1(str(n).encode()).hexdigest()[:8]}@gmail.test>"
    headers = {"From": sender or "", "Subject": subject or "", "Message-ID": message_id}
    headers.update(extra_headers or {})
    raw = "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + f"\r\n{body or f'body {n}'}\r\n"
    row = Message(
        source="drop",
        raw_sha256=store_blob(session, raw.encode()),
        raw_size=len(raw),
        message_id_header=message_id,
        in_reply_to=in_reply_to,
        references=references,
        sender=sender,
        sender_name="Nguyễn Văn Thành",
        reply_to=reply_to,
        return_path=return_path,
        subject=subject,
        received_at=received_at or datetime(2024, 4, 2, 2, 0, tzinfo=UTC),
        classification=classification,
        authenticity=authenticity,
        state="processed",
    )
    session.add(row)
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
                Extraction(
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
    unit_id: str | None,
    dl: Deadline,
    *,
    late_days: int = 0,
    review_state: str = "accepted",
    index: int = 0,
) -> Submission:
    extraction = msg.attachments[index].extraction
    assert extraction is not None
    row = Submission(
        extraction_id=extraction.id,
        message_id=msg.id,
        unit_id=unit_id,
        deadline_id=dl.id,
        model_key=str(extraction.fields.get("model_name", "")),
        received_at=msg.received_at,
        late_days=late_days,
        review_state=review_state,
        is_current=True,
    )
    session.add(row)
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
