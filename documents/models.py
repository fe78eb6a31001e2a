"""The register's schema: typed SQLAlchemy 2 models, identical on SQLite and PostgreSQL.

Schema changes go through Alembic (`migrations/`); `alembic check` in CI proves the models and the
migrations agree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored in UTC and read back aware, on every backend.

    SQLite keeps no offset: a time stored as 23:30+07:00 would come back as a naive 23:30 and be
    taken for UTC, so values are converted to UTC on the way in and marked UTC on the way out.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[Any]: JSON,
        datetime: DateTime(timezone=True),
    }


def _now() -> Any:
    return func.now()


class Unit(Base):
    """A unit of the commune that must send forms (from the units file)."""

    __tablename__ = "units"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(32))
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    contact: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    emails: Mapped[list[UnitEmail]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="UnitEmail.address"
    )


class UnitEmail(Base):
    """An address that sends for a unit: from the units file, or confirmed by the office."""

    __tablename__ = "unit_emails"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320), unique=True)
    origin: Mapped[str] = mapped_column(String(16), default="units_file")  # or "confirmed"
    created_at: Mapped[datetime] = mapped_column(server_default=_now())
    unit: Mapped[Unit] = relationship(back_populates="emails")


class Campaign(Base):
    """One year's movement: its deadlines, office and reminder policy (from the campaign file)."""

    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    year: Mapped[int] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Ho_Chi_Minh")
    office_email: Mapped[str | None] = mapped_column(String(320))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)  # reminders, calendar, criteria
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The day by which the Party Committee recognises and commends the year's models.
    closes_on: Mapped[date | None] = mapped_column(Date)
    deadlines: Mapped[list[Deadline]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan", order_by="Deadline.due_date"
    )


class Deadline(Base):
    """The date by which every unit must send one kind of document."""

    __tablename__ = "deadlines"
    __table_args__ = (UniqueConstraint("campaign_id", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))  # registration | report
    due_date: Mapped[date] = mapped_column(Date)
    campaign: Mapped[Campaign] = relationship(back_populates="deadlines")


class Blob(Base):
    """Content-addressed bytes (raw messages, attachments), kept in the database so that a
    backup of the database is a backup of everything and workers need no shared disk."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Message(Base):
    """One received e-mail, stored raw before anything else happens to it."""

    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # imap | drop
    raw_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), unique=True)
    raw_size: Mapped[int] = mapped_column(BigInteger)
    message_id_header: Mapped[str | None] = mapped_column(String(998), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    sender: Mapped[str | None] = mapped_column(String(320), index=True)
    sender_name: Mapped[str | None] = mapped_column(String(255))
    reply_to: Mapped[str | None] = mapped_column(String(320))
    return_path: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(Text)
    date_header: Mapped[datetime | None] = mapped_column()
    received_at: Mapped[datetime] = mapped_column()  # INTERNALDATE, or Date in the drop folder
    ingested_at: Mapped[datetime] = mapped_column(server_default=_now())
    body_text: Mapped[str | None] = mapped_column(Text)
    classification: Mapped[str] = mapped_column(String(16), default="normal")
    authenticity: Mapped[str] = mapped_column(String(16), default="unknown")  # pass|fail|unknown
    parse_defects: Mapped[list[Any]] = mapped_column(default=list)
    state: Mapped[str] = mapped_column(String(16), default="received", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    processed_at: Mapped[datetime | None] = mapped_column()
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"), index=True)
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="Attachment.id"
    )
    locations: Mapped[list[MailLocation]] = relationship(
        back_populates="message", cascade="all, delete-orphan"
    )


class MailLocation(Base):
    """Where a message was seen on a mail server: the exactly-once key of the watcher."""

    __tablename__ = "mail_locations"
    __table_args__ = (UniqueConstraint("mailbox", "folder", "uidvalidity", "uid"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    mailbox: Mapped[str] = mapped_column(String(320))
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    server_action_done: Mapped[bool] = mapped_column(Boolean, default=False)
    seen_at: Mapped[datetime] = mapped_column(server_default=_now())
    message: Mapped[Message] = relationship(back_populates="locations")


class Attachment(Base):
    """A file found in a message (recursively: forwards, zip archives, TNEF)."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    part: Mapped[str] = mapped_column(String(64))  # MIME part path, e.g. "2.1" or "2/zip:a.docx"
    filename: Mapped[str] = mapped_column(String(255))  # sanitised, NFC
    original_filename: Mapped[str | None] = mapped_column(Text)
    declared_type: Mapped[str | None] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(255))  # sniffed from the bytes
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    message: Mapped[Message] = relationship(back_populates="attachments")
    extraction: Mapped[Extraction | None] = relationship(
        back_populates="attachment", cascade="all, delete-orphan", uselist=False
    )


class Extraction(Base):
    """What an attachment was read as (the field contract), with confidence and warnings."""

    __tablename__ = "extractions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), unique=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    confidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    source: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(server_default=_now())
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    attachment: Mapped[Attachment] = relationship(back_populates="extraction")


class Submission(Base):
    """A document counted for a unit against a deadline; resubmissions supersede it."""

    __tablename__ = "submissions"
    __table_args__ = (Index("ix_submissions_unit_deadline", "unit_id", "deadline_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    extraction_id: Mapped[int] = mapped_column(
        ForeignKey("extractions.id", ondelete="CASCADE"), unique=True
    )
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    deadline_id: Mapped[int | None] = mapped_column(ForeignKey("deadlines.id"))
    model_key: Mapped[str | None] = mapped_column(String(255))  # same model ⇒ supersede
    received_at: Mapped[datetime] = mapped_column()
    late_days: Mapped[int] = mapped_column(Integer, default=0)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"))
    review_state: Mapped[str] = mapped_column(String(16), default="accepted")  # or needs_review
    review_reasons: Mapped[list[Any]] = mapped_column(default=list)
    match_method: Mapped[str | None] = mapped_column(String(16))  # sender|document|fuzzy|manual
    match_score: Mapped[float | None] = mapped_column()
    candidates: Mapped[list[Any]] = mapped_column(default=list)
    flags: Mapped[list[Any]] = mapped_column(default=list)  # other_year, other_campaign, …
    created_at: Mapped[datetime] = mapped_column(server_default=_now())


class ReminderSlot(Base):
    """A moment at which a deadline's reminders (or overdue reminders) are due; found by a scan."""

    __tablename__ = "reminder_slots"
    __table_args__ = (UniqueConstraint("deadline_id", "slot"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deadline_id: Mapped[int] = mapped_column(ForeignKey("deadlines.id", ondelete="CASCADE"))
    slot: Mapped[str] = mapped_column(String(32))  # "before-7", "overdue-1", …
    purpose: Mapped[str] = mapped_column(String(16))  # reminder | overdue
    due_at: Mapped[datetime] = mapped_column(index=True)
    done_at: Mapped[datetime | None] = mapped_column()


class OutboundMail(Base):
    """The outbox: every mail dvk sends, planned once under an idempotency key, then sent."""

    __tablename__ = "outbound_mail"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16))  # ack | reminder | overdue | digest
    idempotency_key: Mapped[str] = mapped_column(String(255), unique=True)
    to_addrs: Mapped[list[Any]] = mapped_column(default=list)
    subject: Mapped[str] = mapped_column(Text)
    message_id_header: Mapped[str] = mapped_column(String(998))
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(server_default=_now())
    sent_at: Mapped[datetime | None] = mapped_column()
    related_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    deadline_id: Mapped[int | None] = mapped_column(ForeignKey("deadlines.id"))


class User(Base):
    """An office member who may log in to the web register."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="viewer")  # viewer | editor
    display_name: Mapped[str | None] = mapped_column(String(255))  # "Nguyễn Thị Hà", for history
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(server_default=_now())


class LoginAttempt(Base):
    """Recent login attempts, kept in the database so rate limits hold across web processes."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    remote_addr: Mapped[str | None] = mapped_column(String(64))
    succeeded: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(index=True)


class AuditEntry(Base):
    """A manual change: who changed what, when, from which value to which."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(server_default=_now())
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ModelAssessment(Base):
    """The year-end judgement of one reported model against the campaign's criteria.

    A model is one (unit, model key) of the report deadline, so a resent report keeps its
    assessment; `submission_id` is the report the office read when it judged.
    """

    __tablename__ = "model_assessments"
    __table_args__ = (UniqueConstraint("campaign_id", "unit_id", "model_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    model_key: Mapped[str] = mapped_column(String(255))
    submission_id: Mapped[int | None] = mapped_column(
        ForeignKey("submissions.id", ondelete="SET NULL")
    )
    model_name: Mapped[str | None] = mapped_column(Text)  # as read when it was judged
    criteria: Mapped[dict[str, Any]] = mapped_column(default=dict)  # key → {met, note}
    recognised: Mapped[bool] = mapped_column(Boolean, default=False)
    commendation_proposed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    assessed_by: Mapped[str] = mapped_column(String(64))
    assessed_at: Mapped[datetime] = mapped_column()
