"""The processing step of one stored message: read each attachment, match its unit, register it.

The step is idempotent — it re-reads everything from the database, reuses extractions already
made, and does nothing for a message already processed — so a lost or repeated task is harmless.
The message row is locked for the step (`SELECT … FOR UPDATE` on PostgreSQL), so two workers that
receive the same id never process it twice at once.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents import clock, contract, layout_memory
from documents.config_files import campaign_words
from documents.extraction.corroborate import corroborate
from documents.extraction.fields.memory import MemoryHint
from documents.lifecycle import RETRYABLE, SETTLED, UNFINISHED, UNROUTED, MessageState
from documents.matching import MatchResult, UnitDirectory
from documents.models import Attachment, Blob, ExtractionRecord, Message
from documents.office_upload import is_upload
from documents.register import record_submission
from documents.sniff import FORM_TYPES

log = logging.getLogger(__name__)


class Extractor(Protocol):
    """Reads one file, with the layout memories that may apply to it and the campaign's
    `words` (the commune's units' names and contacts, which OCR text is mended towards); the
    composition root passes the sandboxed extractor."""

    def __call__(
        self,
        data: bytes,
        filename: str,
        hints: Sequence[MemoryHint] = (),
        /,
        *,
        words: Sequence[str] = (),
    ) -> contract.Extraction: ...


#: Images this small are logos and signatures in mail footers, not photographed forms.
MIN_IMAGE_BYTES = 10_000

AUTH_FAIL_REASON = "Thư không vượt qua kiểm tra xác thực người gửi (DMARC/DKIM/SPF)"
NO_SENDER_REASON = "Không xác định được một địa chỉ người gửi duy nhất, rõ ràng (dòng From)"


@dataclass(frozen=True)
class ProcessOutcome:
    message_id: int
    state: str
    extractions: int
    submissions: int


def is_form_candidate(attachment: Attachment) -> bool:
    media = attachment.media_type
    if not media.startswith(FORM_TYPES):
        return False
    return not (media.startswith("image/") and attachment.size < MIN_IMAGE_BYTES)


def _extract_attachment(
    session: Session,
    attachment: Attachment,
    extract: Extractor,
    units: UnitDirectory,
    hints: Sequence[MemoryHint],
    words: Sequence[str],
) -> ExtractionRecord:
    if attachment.extraction is not None:
        return attachment.extraction
    data = session.get_one(Blob, attachment.sha256).data
    # An ExtractionUnavailableError (no parsing worker) fails the step, so it is retried,
    # rather than telling the unit its form is unreadable.
    result = corroborate(extract(data, attachment.filename, hints, words=words), units)
    row = ExtractionRecord(
        attachment_id=attachment.id,
        kind=result.kind.value,
        fields={k: v for k, v in result.fields.items() if v is not None},
        confidence=dict(result.confidence),
        warnings=list(result.warnings),
        source=result.source,
        provenance={k: p.as_json() for k, p in result.provenance.items()},
        layout_digest=result.layout.digest if result.layout else None,
        layout=result.layout.as_json() if result.layout else {},
        doubts=dict(result.doubts),
        lines=[line.as_json() for line in result.lines],
    )
    session.add(row)
    session.flush()
    attachment.extraction = row
    layout_memory.count_uses(session, row.provenance)
    return row


def _document_names(extraction: ExtractionRecord) -> list[str]:
    name = extraction.fields.get("unit_name")
    return [str(name)] if name else []


def process_message(
    session: Session,
    message_id: int,
    *,
    extract: Extractor,
    directory: UnitDirectory | None = None,
) -> ProcessOutcome:
    """Read, match and register every form of a stored message; mark it processed.

    `directory` lets a long-running worker reuse the units it loaded (see `workers.bootstrap`);
    without it the units are read from the database.
    """
    message = session.get(Message, message_id, with_for_update=True)
    if message is None:
        raise LookupError(f"message {message_id} does not exist")
    if message.state in SETTLED:
        return ProcessOutcome(message_id, message.state, 0, 0)
    extractions = submissions = 0
    if message.duplicate_of_id is not None:
        # A copy brings no file its first lacks (ingest.store): it is evidence, not a new form.
        first = session.get(Message, message.duplicate_of_id)
        message.unit_id = message.unit_id or (first.unit_id if first is not None else None)
    elif message.classification == "normal":
        directory = directory or UnitDirectory.load(session)
        # A form the office registered by hand (documents.office_upload) is the unit's it chose.
        office_unit = message.unit_id if is_upload(message) else None
        sender_unit = office_unit or directory.unit_for_address(message.sender)
        # What the office taught about layouts: the sender's unit's memories and the overall ones.
        hints = layout_memory.hints_for(session, sender_unit)
        # The commune's own names: a unit's name or contact misread by OCR is mended to them.
        words = campaign_words(session)
        for attachment in message.attachments:
            if not is_form_candidate(attachment):
                continue
            extraction = _extract_attachment(session, attachment, extract, directory, hints, words)
            extractions += 1
            if extraction.kind == contract.Kind.UNKNOWN.value:
                continue
            match: MatchResult = (
                MatchResult.manual(office_unit)
                if office_unit
                else directory.match(message.sender, _document_names(extraction))
            )
            if extraction.doubts:  # a field read without enough evidence: the office checks it
                doubts = tuple(str(d) for d in extraction.doubts.values())
                match = replace(match, needs_review=True, reasons=(*match.reasons, *doubts))
            if message.authenticity == "fail":
                match = replace(
                    match, needs_review=True, reasons=(*match.reasons, AUTH_FAIL_REASON)
                )
            if message.sender is None and office_unit is None:
                # Two From headers, a group, an address the parsers disagree on (see
                # documents.addresses): whoever sent it, the office decides whose form it is.
                match = replace(
                    match, needs_review=True, reasons=(*match.reasons, NO_SENDER_REASON)
                )
            submission = record_submission(session, extraction.id, match)
            if submission is not None:
                submissions += 1
                if message.unit_id is None and submission.unit_id is not None:
                    message.unit_id = submission.unit_id
        if message.unit_id is None:
            message.unit_id = sender_unit
    message.state = MessageState.PROCESSED
    message.error = None
    message.processed_at = clock.now()
    session.flush()
    log.info(
        "message %s processed: %d documents read, %d registered",
        message_id,
        extractions,
        submissions,
    )
    return ProcessOutcome(message_id, message.state, extractions, submissions)


def record_failure(
    sessions: sessionmaker[Session], message_id: int, error: BaseException, *, max_attempts: int
) -> str:
    """Count a failed attempt; after `max_attempts` the message goes to the visible quarantine."""
    with sessions() as session, session.begin():
        message = session.get(Message, message_id, with_for_update=True)
        if message is None:
            return "missing"
        message.attempts += 1
        message.error = f"{error.__class__.__name__}: {error}"[:4000]
        message.state = (
            MessageState.QUARANTINED if message.attempts >= max_attempts else MessageState.FAILED
        )
        log.warning(
            "message %s failed (attempt %d/%d): %s",
            message_id,
            message.attempts,
            max_attempts,
            message.error,
        )
        return message.state


def unfinished_message_ids(session: Session, *, max_attempts: int, limit: int = 500) -> list[int]:
    """Messages the database says still need processing: what a reconciler re-queues."""
    query = (
        select(Message.id)
        .where(Message.state.in_(UNFINISHED), Message.attempts < max_attempts)
        .order_by(Message.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def reset_for_reprocessing(session: Session, message_ids: list[int] | None = None) -> int:
    """Put failed and quarantined (or the given) messages back in line for processing.

    Extractions already made are kept (they are reused); a message that failed before its
    extraction finished is read again from its stored attachments.
    """
    query = select(Message)
    if message_ids:
        query = query.where(Message.id.in_(message_ids))
    else:
        query = query.where(Message.state.in_(RETRYABLE))
    # A shared mailbox's unrouted mail waits for routing, not for another reading.
    query = query.where(Message.reply_code.is_distinct_from(UNROUTED))
    count = 0
    for message in session.scalars(query):
        message.state, message.attempts, message.error = MessageState.RECEIVED, 0, None
        count += 1
    session.flush()
    return count
