"""Rows for the operations tests: messages, extractions and outbox mail at given moments.

These tests are about what health and metrics make of the register's state, so the rows are
written directly, with aware UTC instants (the column type refuses anything else)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from documents.models import Attachment, Blob, ExtractionRecord, Message, OutboundMail


def message(
    session: Session,
    n: int,
    *,
    state: str,
    ingested_at: datetime,
    received_at: datetime | None = None,
    processed_at: datetime | None = None,
    source: str = "internaldate",
) -> Message:
    data = f"message {n}".encode()
    digest = hashlib.sha256(data).hexdigest()
    session.add(Blob(sha256=digest, size=len(data), data=data))
    row = Message(
        source="imap",
        raw_sha256=digest,
        raw_size=len(data),
        received_at=received_at or ingested_at,
        received_at_source=source,
        ingested_at=ingested_at,
        state=state,
        processed_at=processed_at,
    )
    session.add(row)
    session.flush()
    return row


def unreadable(session: Session, owner: Message, warning: str, at: datetime) -> ExtractionRecord:
    attachment = Attachment(
        message_id=owner.id,
        part="2",
        filename="a.pdf",
        media_type="application/pdf",
        size=1,
        sha256=owner.raw_sha256,
    )
    session.add(attachment)
    session.flush()
    row = ExtractionRecord(
        attachment_id=attachment.id, kind="unknown", warnings=[warning], source="x", created_at=at
    )
    session.add(row)
    session.flush()
    return row


def outbox(session: Session, n: int, *, state: str, created_at: datetime, **values: Any) -> None:
    session.add(
        OutboundMail(
            purpose="ack",
            idempotency_key=f"k{n}",
            to_addrs=["a@b.test"],
            subject="s",
            message_id_header=f"<{n}@dvk>",
            raw=b"x",
            state=state,
            created_at=created_at,
            **values,
        )
    )
    session.flush()
