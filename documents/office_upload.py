"""A form that reached the office outside e-mail (a paper copy scanned, a photo sent by Zalo),
registered for a unit by the office (issue 14 §3).

It becomes a message like any other, so the same pipeline reads it (`documents.pipeline`:
extraction, then the register), but its unit is the one the office chose, its source says how
it came (`Message.source` = "upload-paper", "upload-zalo", "upload-other"), its moment is the
day the office says it was received, and no acknowledgement goes to anyone (the notifier is
silent for these sources). The stored raw message is a small MIME record of the upload (who,
when, how, the note and the file), so a backup of the database holds it like a mail.

Two steps, for the web's confirmation: `stage_file` checks the bytes and keeps them as a blob
(content-addressed: staging the same file twice stores it once); `register_upload` then records
the message, its attachment and the audit entry. The caller commits and hands the message to
the pipeline.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import date, time
from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents import clock
from documents.db import get_unit
from documents.lifecycle import MessageState
from documents.models import (
    Attachment,
    AuditEntry,
    Blob,
    ExtractionRecord,
    Message,
    Submission,
)
from documents.register import active_campaign
from documents.sniff import FORM_TYPES, sniff_media_type

#: How a form reached the office → how the office reads it.
CHANNELS = {"paper": "bản giấy (bản scan, ảnh chụp)", "zalo": "Zalo", "other": "kênh khác"}
SOURCE_PREFIX = "upload-"
#: The message's moment is the day the office gives, at noon in the campaign's zone (lateness
#: counts local days, so any hour of that day counts the same).
RECEIVED_AT_SOURCE = "office"
RECEIVED_AT_HOUR = time(12, 0)
#: A scanned form of a few pages; a phone photo is a few MB.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
NOTE_MAX = 500


class UploadError(ValueError):
    """An upload that cannot be registered; the message is Vietnamese, shown to the office."""


@dataclass(frozen=True)
class StagedFile:
    sha256: str
    media_type: str
    size: int


def is_upload(message: Message) -> bool:
    return message.source.startswith(SOURCE_PREFIX)


def stage_file(session: Session, data: bytes) -> StagedFile:
    """Keep the bytes of a form the office is about to register; refuse what cannot be one."""
    if not data:
        raise UploadError("Chưa chọn tệp, hoặc tệp rỗng.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError(
            f"Tệp lớn hơn {MAX_UPLOAD_BYTES // (1024 * 1024)} MB: hãy scan với độ phân giải "
            "thấp hơn (200 dpi là đủ) hoặc chia thành nhiều tệp."
        )
    media_type = sniff_media_type(data)
    if not media_type.startswith(FORM_TYPES):
        raise UploadError(
            "Tệp không phải là phiếu dvk đọc được: hãy gửi tệp Word (.doc, .docx), PDF, "
            ".odt hoặc ảnh chụp (JPEG, PNG)."
        )
    sha = hashlib.sha256(data).hexdigest()
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=len(data), data=data))
        session.flush()
    return StagedFile(sha, media_type, len(data))


def _clean_note(note: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", note or "").split())
    if len(text) > NOTE_MAX:
        raise UploadError(f"Ghi chú dài tối đa {NOTE_MAX} ký tự (đang có {len(text)}).")
    return text


def _raw_record(
    staged: StagedFile, data: bytes, filename: str, channel: str, actor: str, note: str
) -> bytes:
    """The MIME record stored as the message's raw bytes: unique per upload (its own id)."""
    record = EmailMessage()
    record["Subject"] = f"Phiếu nhận qua {CHANNELS[channel]}"
    record["Date"] = format_datetime(clock.now())
    record["Message-ID"] = f"<upload.{secrets.token_hex(12)}@dvk.invalid>"
    record["X-Dvk-Upload"] = channel
    record["X-Dvk-Uploaded-By"] = actor
    record.set_content(note or "(không có ghi chú)")
    maintype, _, subtype = staged.media_type.partition("/")
    record.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return record.as_bytes()


def register_upload(
    session: Session,
    *,
    sha256: str,
    filename: str,
    unit_id: str,
    channel: str,
    received_on: date,
    note: str,
    actor: str,
) -> Message:
    """Record a staged file as a message for `unit_id`, ready for the pipeline; the caller
    commits, then processes the message. Refuses a file already registered for the unit."""
    unit = get_unit(session, unit_id)
    if unit is None or not unit.active:
        raise UploadError("Đơn vị không hợp lệ.")
    if channel not in CHANNELS:
        raise UploadError("Hãy chọn phiếu đến qua kênh nào (bản giấy, Zalo, kênh khác).")
    blob = session.get(Blob, sha256)
    if blob is None:
        raise UploadError("Không tìm thấy tệp đã tải lên: hãy tải lên lại.")
    campaign = active_campaign(session)
    if received_on > clock.today(campaign):
        raise UploadError("Ngày nhận không thể sau hôm nay.")
    staged = StagedFile(sha256, sniff_media_type(blob.data), blob.size)
    already = session.scalar(
        select(Attachment.id)
        .join(ExtractionRecord, ExtractionRecord.attachment_id == Attachment.id)
        .join(Submission, Submission.extraction_id == ExtractionRecord.id)
        .where(Attachment.sha256 == sha256, Submission.unit_id == unit.id)
        .limit(1)
    )
    if already is not None:
        raise UploadError(
            f"Tệp này đã có trong sổ của {unit.name} (văn bản #{already}): không ghi lần hai."
        )
    text = _clean_note(note)
    name = unicodedata.normalize("NFC", filename).strip()[:255] or "phieu"
    raw = _raw_record(staged, blob.data, name, channel, actor, text)
    raw_sha = hashlib.sha256(raw).hexdigest()
    session.add(Blob(sha256=raw_sha, size=len(raw), data=raw))
    received_at = clock.local_moment(received_on, RECEIVED_AT_HOUR, campaign)
    message = Message(
        source=f"{SOURCE_PREFIX}{channel}",
        raw_sha256=raw_sha,
        raw_size=len(raw),
        subject=f"Phiếu nhận qua {CHANNELS[channel]}",
        body_text=text or None,
        received_at=received_at,
        received_at_source=RECEIVED_AT_SOURCE,
        ingested_at=clock.now(),
        classification="normal",
        authenticity="unknown",
        state=MessageState.RECEIVED,
        unit_id=unit.id,
    )
    session.add(message)
    session.flush()
    attachment = Attachment(
        message_id=message.id,
        part="2",
        filename=name,
        original_filename=filename[:1000],
        media_type=staged.media_type,
        size=staged.size,
        sha256=sha256,
    )
    session.add(attachment)
    session.flush()
    session.add(
        AuditEntry(
            actor=actor[:64],
            action="upload_form",
            entity="attachment",
            entity_id=str(attachment.id),
            before=None,
            after={
                "unit_id": unit.id,
                "channel": channel,
                "received_on": received_on.isoformat(),
                "filename": name,
                "note": text,
                "message_id": message.id,
            },
        )
    )
    session.flush()
    return message
