"""A small register for the web tests, built through the real `documents.register` path."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from documents.matching import Candidate, MatchResult
from documents.models import (
    Attachment,
    Campaign,
    Deadline,
    ExtractionRecord,
    Submission,
    Unit,
)
from documents.register import record_submission
from tests.factories import store_blob, store_mail
from web.users import add_user

PASSWORD = "mat-khau-thu-nghiem"
XSS = "<script>alert(1)</script>"
HANOI = "Asia/Ho_Chi_Minh"


@dataclass
class Doc:
    attachment_id: int
    extraction_id: int
    submission_id: int | None


def add_document(
    session: Session,
    unit_id: str | None,
    kind: str,
    fields: dict[str, Any],
    received_at: datetime,
    *,
    filename: str = "dang-ky.docx",
    data: bytes = b"PK\x03\x04 not really a docx",
    media_type: str = "application/octet-stream",
    subject: str = "Gửi bản đăng ký mô hình",
    body: str = "Kính gửi Khối Dân vận xã.",
    sender: str = "chiboxom1.nghiathai@gmail.test",
    match: MatchResult | None = None,
    confidence: dict[str, float] | None = None,
    warnings: list[str] | None = None,
) -> Doc:
    message = store_mail(
        session,
        sent_at=received_at,
        headers={
            "From": f"Người gửi <{sender}>",
            "Subject": subject,
            "X-Seq": f"{received_at.isoformat()}-{filename}",
            "Content-Type": "text/plain; charset=utf-8",
            "Content-Transfer-Encoding": "8bit",
        },
        body=body,
    )
    message.state = "processed"
    session.flush()
    attachment = Attachment(
        message_id=message.id,
        part="2",
        filename=filename,
        media_type=media_type,
        size=len(data),
        sha256=store_blob(session, data),
    )
    session.add(attachment)
    session.flush()
    extraction = ExtractionRecord(
        attachment_id=attachment.id,
        kind=kind,
        fields=fields,
        confidence=confidence or {k: 0.9 for k in fields},
        warnings=warnings or [],
        source="docx",
    )
    session.add(extraction)
    session.flush()
    if match is None:
        match = MatchResult.manual(unit_id) if unit_id else MatchResult(None, None, 0.0, True)
    submission = record_submission(session, extraction.id, match)
    session.flush()
    return Doc(attachment.id, extraction.id, submission.id if submission else None)


@dataclass
class Seeded:
    campaign_id: int
    on_time: Doc
    late: Doc
    review: Doc
    report: Doc


def at(day: str, hour: int = 9) -> datetime:
    """A moment of a local day in Hà Nội (UTC+7), as the sender's clock writes it (+07:00);
    converting it is dvk's job, not the factory's."""
    local = date.fromisoformat(day)
    return datetime(local.year, local.month, local.day, hour, tzinfo=ZoneInfo(HANOI))


def seed(session: Session) -> Seeded:
    """Four units: one on time (with its report), one late, one needing review, one missing."""
    session.add_all(
        [
            Unit(id="cb-xom-1", name="Chi bộ xóm 1", kind="chi_bo", aliases=[]),
            Unit(id="cb-xom-2", name="Chi bộ xóm 2", kind="chi_bo", aliases=[]),
            Unit(id="mttq", name="Ủy ban MTTQ xã", kind="mttq", aliases=[]),
            Unit(id="cong-an", name="Công an xã", kind="cong_an", aliases=[]),
        ]
    )
    campaign = Campaign(slug="dvk-2024", name="Phong trào “Dân vận khéo” năm 2024", year=2024)
    campaign.deadlines = [
        Deadline(kind="registration", due_date=date(2024, 4, 7)),
        Deadline(kind="report", due_date=date(2024, 9, 5)),
    ]
    session.add(campaign)
    session.flush()
    on_time = add_document(
        session,
        "cb-xom-1",
        "registration",
        {
            "unit_name": "Chi bộ xóm 1",
            "model_name": "Đường hoa nông thôn mới",
            "model_type": "collective",
            "domain": "economy",
            "leader_name": "Nguyễn Văn Thành",
            "phone": "0912345678",
            "signed_date": "2024-04-02",
        },
        at("2024-04-03"),
        filename="dang-ky-xom-1.docx",
    )
    late = add_document(
        session,
        "cb-xom-2",
        "registration",
        {
            "unit_name": "Chi bộ xóm 2",
            "model_name": "Gia đình văn hóa kiểu mẫu",
            "model_type": "individual",
            "domain": "culture_society",
            "leader_name": "Trần Đình Khải",
            "signed_date": "2024-04-08",
        },
        at("2024-04-09"),
        filename="dang-ky-xom-2.pdf",
        data=b"%PDF-1.4\n%fake pdf\n",
        media_type="application/pdf",
        sender="chiboxom2.nghiathai@gmail.test",
    )
    review = add_document(
        session,
        None,
        "registration",
        {"unit_name": "MTTQ", "model_name": "Mặt trận vì dân", "domain": "political_system"},
        at("2024-04-05"),
        filename="mo-hinh.docx",
        sender="unknown@example.test",
        match=MatchResult(
            None,
            "fuzzy",
            61.0,
            True,
            reasons=("Chưa chắc chắn về đơn vị",),
            candidates=(
                Candidate("mttq", "Ủy ban MTTQ xã", 61.0, "tên trong văn bản"),
                Candidate("cong-an", "Công an xã", 30.0, "tên trong văn bản"),
            ),
        ),
    )
    report = add_document(
        session,
        "cb-xom-1",
        "report",
        {
            "unit_name": "Chi bộ xóm 1",
            "model_name": "Đường hoa nông thôn mới",
            "results": "Trồng 2 km đường hoa",
            "participants": 350,
            "funds_vnd": 150000000,
            "signed_date": "2024-09-01",
        },
        at("2024-09-02"),
        filename="bao-cao-xom-1.docx",
    )
    session.commit()
    return Seeded(campaign.id, on_time, late, review, report)


def seed_users(session: Session) -> None:
    add_user(session, "bientap", PASSWORD, "editor")
    add_user(session, "xem", PASSWORD, "viewer")
    session.commit()


def submission(session: Session, submission_id: int) -> Submission:
    found = session.get(Submission, submission_id)
    assert found is not None
    return found
