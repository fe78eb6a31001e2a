"""A mailbox for the mail-room tests, on top of the seeded register (`factory.seed`): one message
of each kind that needs a person, and calm ones, each received at a known moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.lifecycle import MessageState, OutboxState
from documents.models import Attachment, Message, OutboundMail, Submission
from tests.factories import store_mail
from tests.integration.web.factory import Seeded, at


@dataclass
class Mailbox:
    quarantined: int  # message ids
    failed: int
    held: int
    held_outbox: int
    unsent: int
    unsent_outbox: int
    no_unit: int
    no_unit_submission: int
    without_files: int  # processed, no attachment, needs nobody


def message_of(session: Session, attachment_id: int) -> int:
    attachment = session.get(Attachment, attachment_id)
    assert attachment is not None
    return attachment.message_id


def _mail(session: Session, when: datetime, sender: str, subject: str, state: str) -> Message:
    message = store_mail(
        session,
        sent_at=when,
        headers={
            "From": f"<{sender}>",
            "Subject": subject,
            "Content-Type": "text/plain; charset=utf-8",
            "Content-Transfer-Encoding": "8bit",
        },
        body="Kính gửi Văn phòng.",
    )
    message.state = state
    return message


def _outbox(session: Session, message_id: int, state: OutboxState, **values: object) -> int:
    row = OutboundMail(
        purpose="ack",
        idempotency_key=f"ack:{message_id}",
        to_addrs=["nguoigui@example.test"],
        subject="[Dân vận khéo] Xác nhận tiếp nhận hồ sơ",
        message_id_header=f"<ack.{message_id}@nghiathai.test>",
        raw=b"Subject: x\r\n\r\nx\r\n",
        state=state,
        related_message_id=message_id,
        **values,
    )
    session.add(row)
    session.flush()
    return row.id


def seed_mailbox(session: Session, seeded: Seeded) -> Mailbox:
    quarantined = _mail(session, at("2024-04-02", 8), "a@example.test", "Phiếu lỗi",
                        MessageState.QUARANTINED)  # fmt: skip
    quarantined.attempts, quarantined.error = 5, "ExtractionTimeout: quá 60 giây"
    failed = _mail(session, at("2024-04-06", 5), "b@example.test", "Phiếu đọc dở",
                   MessageState.FAILED)  # fmt: skip
    failed.attempts, failed.error = 1, "OperationalError: database is locked"
    without_files = _mail(session, at("2024-04-10", 10), "chiboxom1.nghiathai@gmail.test",
                          "Hỏi về thời hạn nộp", MessageState.PROCESSED)  # fmt: skip
    without_files.unit_id = "cb-xom-1"
    held = message_of(session, seeded.late.attachment_id)
    held_outbox = _outbox(session, held, OutboxState.HELD, hold_code="unverified_sender",
                          hold_reason="Địa chỉ người nhận không có trong danh sách đơn vị")  # fmt: skip
    unsent = message_of(session, seeded.on_time.attachment_id)
    unsent_outbox = _outbox(session, unsent, OutboxState.FAILED, attempts=8,
                            last_error="550 mailbox unavailable")  # fmt: skip
    no_unit = message_of(session, seeded.review.attachment_id)
    submission = session.scalar(
        select(Submission.id).where(Submission.id == seeded.review.submission_id)
    )
    assert submission is not None
    session.commit()
    return Mailbox(
        quarantined=quarantined.id,
        failed=failed.id,
        held=held,
        held_outbox=held_outbox,
        unsent=unsent,
        unsent_outbox=unsent_outbox,
        no_unit=no_unit,
        no_unit_submission=submission,
        without_files=without_files.id,
    )
