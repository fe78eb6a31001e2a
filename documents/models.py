"""The register's schema: typed SQLAlchemy 2 models, identical on SQLite and PostgreSQL.

Schema changes go through Alembic (`migrations/`); `alembic check` in CI proves the models and the
migrations agree.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from documents import clock
from documents.lifecycle import MessageState, OutboxState, ReviewState

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """The one datetime column type: an aware instant in, an aware UTC instant out, on every
    backend and whatever the PostgreSQL session's TimeZone.

    A naive value is refused (`clock.NaiveDatetimeError`), never guessed at: SQLite keeps no
    offset and PostgreSQL reads a naive value in the session's zone, so a guess is silently
    wrong on one of them. SQLite stores the UTC wall-clock time; PostgreSQL a `timestamptz`.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        instant = clock.utc(value, "a value for a datetime column")
        return instant.replace(tzinfo=None) if dialect.name == "sqlite" else instant

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None and dialect.name == "sqlite":
            return value.replace(tzinfo=UTC)  # stored as UTC by process_bind_param
        return clock.utc(value, "a datetime read from the database")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[Any]: JSON,
        datetime: UTCDateTime(),
    }


def _now() -> Any:
    return func.now()


#: The slug of the commune an empty database gets on its first transaction, until a units file
#: names it (`config_files.import_commune`).
UNNAMED_COMMUNE = ""

#: The kinds of `communes` rows: a commune's register, or the province above them.
COMMUNE_KIND = "commune"
PROVINCE_KIND = "province"

#: Where `documents.db` keeps the commune of the connection's current transaction.
COMMUNE_OF_TRANSACTION = "dvk.commune_id"


class NoCommuneError(LookupError):
    """A row of a commune's register was written in a transaction that belongs to no commune."""


def commune_of_transaction(context: Any) -> int:
    """The default of every `commune_id`: the commune `documents.db` chose for the transaction,
    so that no writer has to remember it (and none can write into another commune)."""
    commune_id = context.connection.info.get(COMMUNE_OF_TRANSACTION)
    if not isinstance(commune_id, int):
        raise NoCommuneError(
            "this work belongs to no commune: the database serves several, name one with "
            "--commune SLUG (see `dvk communes list`)"
        )
    return commune_id


class CommuneOwned:
    """A row of one commune's register. On PostgreSQL row-level security shows a transaction
    only its commune's rows (migration 0014); `commune_id` is filled from the transaction."""

    commune_id: Mapped[int] = mapped_column(
        ForeignKey("communes.id"), index=True, default=commune_of_transaction
    )


def tenant_tables() -> list[str]:
    """The tables that belong to a commune (row-level security on PostgreSQL)."""
    classes: list[Any] = [m.class_ for m in Base.registry.mappers]
    return sorted(c.__tablename__ for c in classes if issubclass(c, CommuneOwned))


def _unit_key(ondelete: str | None = None) -> ForeignKeyConstraint:
    """A row's unit is a unit of the row's own commune."""
    return ForeignKeyConstraint(
        ["commune_id", "unit_id"], ["units.commune_id", "units.id"], ondelete=ondelete
    )


class Unit(CommuneOwned, Base):
    """A unit of the commune that must send forms (from the units file)."""

    __tablename__ = "units"
    # Its id is the units file's ("mttq", "cong-an"): every commune has one of those.
    __table_args__ = (PrimaryKeyConstraint("commune_id", "id"),)
    id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(32))
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    contact: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    emails: Mapped[list[UnitEmail]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="UnitEmail.address"
    )


class UnitEmail(CommuneOwned, Base):
    """An address that sends for a unit: from the units file, or confirmed by the office."""

    __tablename__ = "unit_emails"
    # An address sends for one unit of each commune (another commune may list it too).
    __table_args__ = (
        UniqueConstraint("commune_id", "address"),
        _unit_key(ondelete="CASCADE"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64), index=True)
    address: Mapped[str] = mapped_column(String(320))
    origin: Mapped[str] = mapped_column(String(16), default="units_file")  # or "confirmed"
    created_at: Mapped[datetime] = mapped_column(server_default=_now())
    unit: Mapped[Unit] = relationship(back_populates="emails")


class Campaign(CommuneOwned, Base):
    """One year's movement: its deadlines, office and reminder policy (from the campaign file)."""

    __tablename__ = "campaigns"
    # Every commune of a province may run the same year's campaign under the same slug.
    __table_args__ = (UniqueConstraint("commune_id", "slug"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255))
    year: Mapped[int] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(String(64), default=clock.FALLBACK_ZONE)
    office_email: Mapped[str | None] = mapped_column(String(320))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)  # reminders, calendar, criteria
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The day by which the Party Committee recognises and commends the year's models.
    closes_on: Mapped[date | None] = mapped_column(Date)
    deadlines: Mapped[list[Deadline]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan", order_by="Deadline.due_date"
    )


class Deadline(CommuneOwned, Base):
    """The date by which every unit must send one kind of document."""

    __tablename__ = "deadlines"
    __table_args__ = (UniqueConstraint("campaign_id", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))  # registration | report
    due_date: Mapped[date] = mapped_column(Date)
    campaign: Mapped[Campaign] = relationship(back_populates="deadlines")


class Commune(Base):
    """The commune this register serves and the names its documents carry (from the units
    file). One row today; the tenant key once a deployment serves several communes.

    Only `slug` and `name` are always known: an older units file gives no signer or superior
    body, and the report then asks for them instead of printing placeholders.
    """

    __tablename__ = "communes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    #: `commune`, or `province`: the province's own row, whose logins read every commune
    #: (read-only) and which has no register of its own (`documents.province`).
    kind: Mapped[str] = mapped_column(String(16), default=COMMUNE_KIND, server_default=COMMUNE_KIND)
    name: Mapped[str] = mapped_column(String(255))  # "xã Nghĩa Thái"
    place: Mapped[str | None] = mapped_column(String(255))  # "Nghĩa Thái", for the date line
    party_committee: Mapped[str | None] = mapped_column(String(255))  # "Đảng ủy xã Nghĩa Thái"
    office_name: Mapped[str | None] = mapped_column(String(255))
    office_email: Mapped[str | None] = mapped_column(String(320))
    signer_on_behalf: Mapped[str | None] = mapped_column(String(255))  # "T/M Đảng ủy"
    signer_title: Mapped[str | None] = mapped_column(String(255))  # "Bí thư"
    signer_name: Mapped[str | None] = mapped_column(String(255))
    superior_level: Mapped[str | None] = mapped_column(String(16))  # province | district | other
    superior_party: Mapped[str | None] = mapped_column(String(255))  # the header's first line
    superior_report_to: Mapped[str | None] = mapped_column(String(255))  # who receives the report


class Blob(Base):
    """Content-addressed bytes (raw messages, attachments), kept in the database so that a
    backup of the database is a backup of everything and workers need no shared disk."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Message(CommuneOwned, Base):
    """One received e-mail, stored raw before anything else happens to it."""

    __tablename__ = "messages"
    # Stored once per commune: the same bytes may reach two communes' mailboxes.
    __table_args__ = (
        UniqueConstraint("commune_id", "raw_sha256"),
        UniqueConstraint("commune_id", "copy_key"),
        _unit_key(),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # imap | drop
    raw_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
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
    # The moment the register counts: the server's INTERNALDATE, else the sender's Date header
    # when it is plausible, else the arrival (drop folder file time); `received_at_source` says
    # which ("internaldate" | "header" | "arrival").
    received_at: Mapped[datetime] = mapped_column()
    received_at_source: Mapped[str] = mapped_column(String(16), server_default="arrival")
    ingested_at: Mapped[datetime] = mapped_column(server_default=_now())
    body_text: Mapped[str | None] = mapped_column(Text)
    classification: Mapped[str] = mapped_column(String(16), default="normal")
    authenticity: Mapped[str] = mapped_column(String(16), default="unknown")  # pass|fail|unknown
    parse_defects: Mapped[list[Any]] = mapped_column(default=list)
    state: Mapped[str] = mapped_column(String(16), default=MessageState.RECEIVED, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    # Indexed: the mail-lag metric reads the messages processed in its window only.
    processed_at: Mapped[datetime | None] = mapped_column(index=True)
    unit_id: Mapped[str | None] = mapped_column(String(64), index=True)
    # A copy: the same Message-ID and sender as an earlier message, with other bytes (a list
    # copy, a second route), kept as evidence and linked to the first, which alone is answered.
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    # Claimed by the first message of a (Message-ID, sender) pair, so that two copies stored at
    # once cannot both become "the first" (see ingest.store).
    copy_key: Mapped[str | None] = mapped_column(String(64))
    # Why no automatic reply went out, or why it waits in the outbox (see notifier.ack).
    reply_code: Mapped[str | None] = mapped_column(String(32))
    reply_note: Mapped[str | None] = mapped_column(Text)
    duplicate_of: Mapped[Message | None] = relationship(remote_side="Message.id")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="Attachment.id"
    )
    locations: Mapped[list[MailLocation]] = relationship(
        back_populates="message", cascade="all, delete-orphan"
    )


class CommuneAddress(CommuneOwned, Base):
    """An address mail for the commune is sent to, on a province's shared mailbox
    (`xa-lac-hung@dvk.tinh.gov.vn`): the watcher routes each message of a shared account by
    these (`ingest.routing`). Canonical (lower case, IDNA domain); one commune per address."""

    __tablename__ = "commune_addresses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address: Mapped[str] = mapped_column(String(320), unique=True)
    created_at: Mapped[datetime] = mapped_column(server_default=_now())


class MailLocation(CommuneOwned, Base):
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


class Attachment(CommuneOwned, Base):
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
    extraction: Mapped[ExtractionRecord | None] = relationship(
        back_populates="attachment", cascade="all, delete-orphan", uselist=False
    )


class ExtractionRecord(CommuneOwned, Base):
    """What an attachment was read as (the field contract), with confidence and warnings."""

    __tablename__ = "extractions"
    # The extraction-failure metric reads the unreadable ones only, the recent ones by time.
    __table_args__ = (Index("ix_extractions_kind_created_at", "kind", "created_at"),)
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
    #: Field → where its value came from (`contract.Provenance.as_json()`).
    provenance: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: The template's fingerprint (`contract.LayoutFingerprint`): digest indexed for lookups.
    layout_digest: Mapped[str | None] = mapped_column(String(64), index=True)
    layout: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Field → why it was not trusted (confidence below 0.9 or value refused).
    doubts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: The form's lines with their places (`contract.TextLine`): where a correction is located.
    lines: Mapped[list[Any]] = mapped_column(default=list)
    attachment: Mapped[Attachment] = relationship(back_populates="extraction")


class LayoutMemory(CommuneOwned, Base):
    """Where a field sits on one layout, learned from the office's correction (see
    `documents.layout_memory`). `scope` is the unit it was learned for, or "" for every unit:
    a unit's own memory is tried before the overall one."""

    __tablename__ = "layout_memories"
    __table_args__ = (UniqueConstraint("commune_id", "layout_digest", "field", "scope"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    layout_digest: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(64), default="")
    #: Its places, best first (`fields.memory.Address.as_json()`).
    addresses: Mapped[list[Any]] = mapped_column(default=list)
    #: The layout's labels and structure, to show the office which template it is.
    layout: Mapped[dict[str, Any]] = mapped_column(default=dict)
    example_value: Mapped[str] = mapped_column(Text, default="")
    example_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )
    learned_by: Mapped[str] = mapped_column(String(64))
    #: Forms read with it, and how often its value was corrected again.
    uses: Mapped[int] = mapped_column(Integer, default=0)
    misses: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(server_default=_now())
    updated_at: Mapped[datetime] = mapped_column(server_default=_now())


class Submission(CommuneOwned, Base):
    """A document counted for a unit against a deadline; resubmissions supersede it."""

    __tablename__ = "submissions"
    __table_args__ = (Index("ix_submissions_unit_deadline", "unit_id", "deadline_id"), _unit_key())
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    extraction_id: Mapped[int] = mapped_column(
        ForeignKey("extractions.id", ondelete="CASCADE"), unique=True
    )
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    unit_id: Mapped[str | None] = mapped_column(String(64))
    deadline_id: Mapped[int | None] = mapped_column(ForeignKey("deadlines.id"))
    model_key: Mapped[str | None] = mapped_column(String(255))  # same model ⇒ supersede
    received_at: Mapped[datetime] = mapped_column()
    late_days: Mapped[int] = mapped_column(Integer, default=0)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"))
    review_state: Mapped[str] = mapped_column(String(16), default=ReviewState.ACCEPTED)
    review_reasons: Mapped[list[Any]] = mapped_column(default=list)
    match_method: Mapped[str | None] = mapped_column(String(16))  # sender|document|fuzzy|manual
    match_score: Mapped[float | None] = mapped_column()
    candidates: Mapped[list[Any]] = mapped_column(default=list)
    flags: Mapped[list[Any]] = mapped_column(default=list)  # other_year, other_campaign, …
    created_at: Mapped[datetime] = mapped_column(server_default=_now())


class Exemption(CommuneOwned, Base):
    """A unit the office excused from one deadline, with the reason (issue 14 §3): it is not
    missing or late there, gets no reminder, and the exports show it as exempt. Undoing it
    deletes the row; the audit trail keeps both decisions."""

    __tablename__ = "exemptions"
    __table_args__ = (
        UniqueConstraint("unit_id", "deadline_id"),
        _unit_key(ondelete="CASCADE"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64), index=True)
    deadline_id: Mapped[int] = mapped_column(
        ForeignKey("deadlines.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(server_default=_now())


class ReminderSlot(CommuneOwned, Base):
    """A moment at which a deadline's reminders (or overdue reminders) are due; found by a scan."""

    __tablename__ = "reminder_slots"
    __table_args__ = (UniqueConstraint("deadline_id", "slot"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deadline_id: Mapped[int] = mapped_column(ForeignKey("deadlines.id", ondelete="CASCADE"))
    slot: Mapped[str] = mapped_column(String(32))  # "before-7", "overdue-1", …
    purpose: Mapped[str] = mapped_column(String(16))  # reminder | overdue
    due_at: Mapped[datetime] = mapped_column(index=True)
    done_at: Mapped[datetime | None] = mapped_column()


class OutboundMail(CommuneOwned, Base):
    """The outbox: every mail dvk sends, planned once under an idempotency key, then sent."""

    __tablename__ = "outbound_mail"
    # The SMTP health reads the last successful send through it (state = 'sent', newest first).
    __table_args__ = (
        Index("ix_outbound_mail_state_last_attempt_at", "state", "last_attempt_at"),
        _unit_key(),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16))  # ack | reminder | overdue | digest
    idempotency_key: Mapped[str] = mapped_column(String(255), unique=True)
    # `lifecycle.OutboxState`: held waits for the office (hold_code says why).
    to_addrs: Mapped[list[Any]] = mapped_column(default=list)
    subject: Mapped[str] = mapped_column(Text)
    message_id_header: Mapped[str] = mapped_column(String(998))
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(16), default=OutboxState.PLANNED, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    # When a send was last tried, whatever came of it: the SMTP health is the latest attempt.
    last_attempt_at: Mapped[datetime | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(server_default=_now())
    sent_at: Mapped[datetime | None] = mapped_column()
    related_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    unit_id: Mapped[str | None] = mapped_column(String(64))
    deadline_id: Mapped[int | None] = mapped_column(ForeignKey("deadlines.id"))
    hold_code: Mapped[str | None] = mapped_column(String(32))
    hold_reason: Mapped[str | None] = mapped_column(Text)
    recipients: Mapped[list[OutboundRecipient]] = relationship(
        back_populates="mail", cascade="all, delete-orphan"
    )


class OutboundRecipient(CommuneOwned, Base):
    """One recipient of an outbox row, normalised, so that rate limits are indexed counts."""

    __tablename__ = "outbound_recipients"
    __table_args__ = (
        Index("ix_outbound_recipients_mailbox_key_created_at", "mailbox_key", "created_at"),
        Index("ix_outbound_recipients_domain_created_at", "domain", "created_at"),
        Index("ix_outbound_recipients_created_at", "created_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outbound_id: Mapped[int] = mapped_column(
        ForeignKey("outbound_mail.id", ondelete="CASCADE"), index=True
    )
    mailbox_key: Mapped[str] = mapped_column(String(320))  # documents.addresses.mailbox_key
    domain: Mapped[str] = mapped_column(String(255))
    listed: Mapped[bool] = mapped_column(Boolean)  # an address some unit lists
    created_at: Mapped[datetime] = mapped_column()  # the row's planning time
    mail: Mapped[OutboundMail] = relationship(back_populates="recipients")


def new_session_epoch() -> str:
    return secrets.token_hex(16)


class User(CommuneOwned, Base):
    """An office member who may log in to the web register.

    Every web session carries the user's `session_epoch`; replacing it (logout, a new password)
    ends all of that user's sessions at once, in every browser and every web process. It is
    random rather than a counter so that a user removed and created again under a reused id
    can never match an old cookie."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="viewer")  # viewer | editor
    display_name: Mapped[str | None] = mapped_column(String(255))  # "Nguyễn Thị Hà", for history
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(server_default=_now())
    session_epoch: Mapped[str] = mapped_column(String(32), default=new_session_epoch)


class LoginAttempt(Base):
    """Recent login attempts, kept in the database so the login backoff holds across web
    processes and restarts. `client` is what the backoff counts by: the browser's device id
    when it logged in to this account before (`device:<id>`), else the client's network."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    remote_addr: Mapped[str | None] = mapped_column(String(64))
    client: Mapped[str | None] = mapped_column(String(80), index=True)
    device: Mapped[str | None] = mapped_column(String(32))
    succeeded: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(index=True)


class AuditEntry(CommuneOwned, Base):
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


class ModelAssessment(CommuneOwned, Base):
    """The year-end judgement of one reported model against the campaign's criteria.

    A model is one (unit, model key) of the report deadline, so a resent report keeps its
    assessment; `submission_id` is the report the office read when it judged.
    """

    __tablename__ = "model_assessments"
    __table_args__ = (UniqueConstraint("campaign_id", "unit_id", "model_key"), _unit_key())
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    unit_id: Mapped[str] = mapped_column(String(64), index=True)
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


class Heartbeat(Base):
    """A long-running role's last sign of life and last outcome, one row per role and instance
    (a watched mailbox, a worker node, the scheduler, a worker's extraction sandbox).

    The roles write it at most once every `DVK_HEARTBEAT_SECONDS` (sooner when an outcome
    changes), so health and metrics are read from the database, the source of truth, by any
    process — one scrape target serves the whole deployment."""

    __tablename__ = "heartbeats"
    role: Mapped[str] = mapped_column(String(32), primary_key=True)  # watcher|worker|tick|sandbox
    instance: Mapped[str] = mapped_column(String(255), primary_key=True)
    started_at: Mapped[datetime] = mapped_column()  # when the process writing it started
    seen_at: Mapped[datetime] = mapped_column()  # the last sign of life
    ok_at: Mapped[datetime | None] = mapped_column()  # the last success (poll, task, tick, probe)
    error_at: Mapped[datetime | None] = mapped_column()
    error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive, 0 after a success
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class MailAccount(Base):
    """One watched IMAP folder of a commune, and how watching it goes.

    A province's deployment watches many: each commune's own mailbox(es), added with
    `dvk mailboxes add`; the `DVK_IMAP_URL` mailboxes appear here too (origin `env`, their
    secret stays in the settings), so every account's state is in one place. `url` never holds
    a password: one given in a URL is moved to `password` on the way in, and `password` is only
    read to log in (never shown, never logged). The state columns are written by the watcher
    after every pass, so `dvk mailboxes`, /healthz and /metrics read them from the database."""

    __tablename__ = "mail_accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    commune_id: Mapped[int | None] = mapped_column(
        ForeignKey("communes.id", ondelete="CASCADE"), index=True
    )
    url: Mapped[str] = mapped_column(String(1000), unique=True)  # imaps://user@host/INBOX
    password: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(8), default="db")  # db | env
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    #: A province's shared mailbox (no commune of its own): each message goes to the commune
    #: whose address (`CommuneAddress`) it was sent to, or is held for the province
    #: (`ingest.routing`).
    routes_by_recipient: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    created_at: Mapped[datetime] = mapped_column(server_default=_now())
    # -- state, written by the watcher
    idle: Mapped[bool | None] = mapped_column(Boolean)  # the server offers IDLE
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int | None] = mapped_column(BigInteger)  # the highest UID stored
    last_success_at: Mapped[datetime | None] = mapped_column()  # the last complete catch-up
    last_error: Mapped[str | None] = mapped_column(Text)  # redacted; kept after a success
    last_error_at: Mapped[datetime | None] = mapped_column()
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive, 0 after a success
    next_attempt_at: Mapped[datetime | None] = mapped_column()  # while backing off
    lag_seconds: Mapped[float | None] = mapped_column()  # arrival → stored, newest pass's worst
