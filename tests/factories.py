"""Test data helpers shared by the unit, integration and web test factories.

Messages are stored by dvk's own writer (`ingest.store.store_message`), never built as rows
here: a factory that converted times itself would hide exactly the conversion bug a test is
there to catch. The time a test gives goes into the Date header with its own offset, and what
the register counts is whatever dvk makes of that header.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.utils import format_datetime

from sqlalchemy.orm import Session

from documents import clock
from documents.models import Blob, Message
from ingest.store import store_message
from workers.settings import Settings


def store_blob(session: Session, data: bytes) -> str:
    """Store `data` once, content-addressed as the application does; return its SHA-256."""
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
        session.flush()
    return digest


def store_mail(
    session: Session,
    *,
    sent_at: datetime,
    headers: Mapping[str, str],
    body: str,
    settings: Settings | None = None,
) -> Message:
    """A message stored through the drop-folder writer, sent (Date header) at `sent_at`.

    `sent_at` must be aware and whole seconds (a Date header has no fractions); it is written
    with its own offset, e.g. `+0700`, and dropped into the folder a minute later.
    """
    clock.utc(sent_at, "sent_at")  # refuse a naive time rather than let the header say -0000
    if sent_at.microsecond:
        raise ValueError("a Date header has whole seconds; give sent_at without microseconds")
    lines = [f"{name}: {value}" for name, value in headers.items() if name.lower() != "date"]
    raw = "\r\n".join([*lines, f"Date: {format_datetime(sent_at)}", "", body, ""]).encode()
    result = store_message(
        session,
        raw,
        source="drop",
        received_at=None,
        settings=settings or Settings(_env_file=None),
        fallback_received_at=sent_at + timedelta(minutes=1),
    )
    message = session.get(Message, result.message_id)
    assert message is not None
    assert message.received_at_source == "header", "the factory's Date was not believed"
    return message
