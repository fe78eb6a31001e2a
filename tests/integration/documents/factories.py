"""Small factories that insert the rows a submission hangs from: blob, message, attachment,
extraction; and the example units and campaign."""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from documents.config_files import import_units, load_campaign, load_campaign_file, load_units_file
from documents.models import Attachment, Campaign, ExtractionRecord
from tests.factories import store_blob, store_mail

ROOT = Path(__file__).resolve().parents[3]
_counter = itertools.count(1)


def setup_commune(session: Session) -> Campaign:
    import_units(session, load_units_file(ROOT / "examples" / "units.yaml"))
    campaign = load_campaign(session, load_campaign_file(ROOT / "examples" / "campaign.yaml"))
    session.flush()
    return campaign


def add_document(
    session: Session,
    *,
    received_at: datetime,
    kind: str = "registration",
    fields: dict[str, Any] | None = None,
    filename: str = "dang_ky.docx",
    sender: str | None = "chiboxom1.nghiathai@gmail.test",
) -> ExtractionRecord:
    """One message (stored by dvk's writer, sent at `received_at` in its own offset) with one
    attachment read as `kind` with `fields`; returns the extraction."""
    n = next(_counter)
    message = store_mail(
        session,
        sent_at=received_at,
        headers={
            "Message-ID": f"<m{n}@test>",
            "From": sender or "",
            "Subject": "Đăng ký mô hình Dân vận khéo",
        },
        body=f"body {n}",
    )
    data = f"attachment {n}".encode()
    attachment = Attachment(
        message_id=message.id,
        part="2",
        filename=filename,
        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        size=len(data),
        sha256=store_blob(session, data),
    )
    session.add(attachment)
    session.flush()
    extraction = ExtractionRecord(
        attachment_id=attachment.id, kind=kind, fields=dict(fields or {}), source="docx"
    )
    session.add(extraction)
    session.flush()
    return extraction
