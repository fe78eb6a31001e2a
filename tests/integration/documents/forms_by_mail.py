"""A form sent by mail and read by the real pipeline (the parsing sandbox included): what the
layout memory and the regions tests start from."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

from sqlalchemy.orm import Session

from documents.models import ExtractionRecord, Message
from documents.pipeline import Extractor, process_message
from ingest.store import store_message
from workers.settings import Settings

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SENT = datetime(2024, 4, 2, 8, 0, tzinfo=UTC)
_numbers = itertools.count(1)


def send_form(session: Session, sender: str, data: bytes, suffix: str = "docx") -> Message:
    """A message from `sender` with the form attached, stored by dvk's own writer."""
    n = next(_numbers)
    mail = EmailMessage()
    mail["From"], mail["To"] = sender, "danvan@nghiathai.test"
    mail["Subject"], mail["Message-ID"] = "Đăng ký mô hình", f"<form-{n}-{id(data)}@test>"
    mail["Date"] = (SENT + timedelta(hours=n)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    mail.set_content("Kính gửi Văn phòng, đơn vị gửi phiếu đăng ký.")
    subtype = "pdf" if suffix == "pdf" else DOCX.split("/")[1]
    mail.add_attachment(data, maintype="application", subtype=subtype,
                        filename=f"phieu-{n}.{suffix}")  # fmt: skip
    stored = store_message(session, mail.as_bytes(), source="drop", received_at=None,
                           settings=Settings(_env_file=None),
                           fallback_received_at=SENT + timedelta(hours=n))  # fmt: skip
    message = session.get(Message, stored.message_id)
    assert message is not None
    return message


def read_form(
    session: Session, extractor: Extractor, sender: str, data: bytes, suffix: str = "docx"
) -> ExtractionRecord:
    """The form sent, processed, and its extraction row."""
    message = send_form(session, sender, data, suffix)
    process_message(session, message.id, extract=extractor)
    (attachment,) = [a for a in message.attachments if a.filename.endswith("." + suffix)]
    assert attachment.extraction is not None
    return attachment.extraction
