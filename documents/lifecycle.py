"""The lifecycle of everything dvk handles, named once: the states of a message, a document, a
submission and an outgoing mail, and the pipeline's stages in their order.

The states are `StrEnum`s whose values are the strings the database has always stored, so a
member compares equal to a stored value and no data migration was needed. Each member carries
its Vietnamese label (`.label`); pages, the CLI and mail read the labels from here only.
"""

from __future__ import annotations

from enum import StrEnum

from documents.contract import Kind


class Named(StrEnum):
    """A state or stage with its Vietnamese label."""

    @property
    def label(self) -> str:
        return LABELS[self]

    @classmethod
    def labels(cls) -> dict[str, str]:
        """Stored value → label, for the tables that label codes (`documents.labels`)."""
        return {member.value: member.label for member in cls}


class MessageState(Named):
    """`messages.state`: where a received mail is in its processing."""

    RECEIVED = "received"  # stored, waiting for (or in) processing
    PROCESSED = "processed"  # read, matched and registered; nothing more to do
    FAILED = "failed"  # an attempt failed; it is tried again
    QUARANTINED = "quarantined"  # failed too often; waits for the office (retry)


#: `Message.reply_code` of a message a province's shared mailbox could not route to one commune
#: (`ingest.routing`): stored in the province's row, QUARANTINED, never processed nor
#: acknowledged; `reply_note` and `error` say why. Retrying it would read it as the province's.
UNROUTED = "unrouted"


class DocumentState(Named):
    """An attachment and its extraction. Not a column: derived by `document_state` from what
    the database holds (the attachment, its extraction, the submission it became)."""

    NOT_A_FORM = "not_a_form"  # a logo, a signature picture, a spreadsheet: kept, not read
    STORED = "stored"  # a form waiting to be read
    UNREADABLE = "unreadable"  # read, but not recognised as a form of the movement
    READ = "read"  # read as a form, not counted in the register
    REGISTERED = "registered"  # counted in the register


class ReviewState(Named):
    """`submissions.review_state`: whether the office has to check a registered form."""

    ACCEPTED = "accepted"
    NEEDS_REVIEW = "needs_review"
    REJECTED = "rejected"


class RegisterStatus(Named):
    """A unit's standing against one deadline in the register (computed, never stored)."""

    MISSING = "missing"
    RECEIVED = "received"
    LATE = "late"
    NEEDS_REVIEW = "needs_review"
    EXEMPT = "exempt"  # the office excused the unit from the deadline (`documents.exemptions`)


class OutboxState(Named):
    """`outbound_mail.state`: a mail dvk planned, from planning to its end."""

    PLANNED = "planned"  # waits for its send (or its retry after an error)
    SENDING = "sending"  # claimed by a sender; `next_attempt_at` is the lease's end
    SENT = "sent"
    FAILED = "failed"  # the server refused it for good, or too many attempts
    HELD = "held"  # an acknowledgement waiting for the office's decision (`hold_code`)
    DROPPED = "dropped"  # the office decided it never goes out
    CANCELLED = "cancelled"  # withdrawn before it went out (counts nowhere)


class SlotState(Named):
    """A reminder slot of the campaign's calendar as of a moment (computed, never stored)."""

    UPCOMING = "upcoming"  # its time is ahead
    DUE = "due"  # its time has passed and the next run sends it
    SKIPPED = "skipped"  # its time has passed and no run will send it any more
    SENT = "sent"  # every mail it planned went out
    PENDING = "pending"  # planned, not all sent yet
    FAILED = "failed"  # one of its mails failed
    CLOSED = "closed"  # run, with nobody to mail


class Attention(Named):
    """Why a received message waits for a person, most urgent first (`ATTENTION_ORDER`).
    Computed from the message, its outbox rows and its submissions; never stored."""

    FAILED = "failed"  # processing failed (it is tried again, or already quarantined)
    QUARANTINED = "quarantined"  # processing failed too often: retry it
    HELD = "held"  # its acknowledgement waits for the office: release or drop it
    UNSENT = "unsent"  # its acknowledgement could not be sent: send it again
    NO_UNIT = "no_unit"  # a form of it was registered without a unit: assign one


class Stage(Named):
    """One step of the pipeline, in `PIPELINE`'s order."""

    STORE = "store"
    CLASSIFY = "classify"
    EXTRACT = "extract"
    MATCH = "match"
    REGISTER = "register"
    ACKNOWLEDGE = "acknowledge"


#: The pipeline, in order: a message is stored (raw, exactly once), classified (people's mail or
#: machines'), its forms extracted, matched to their unit, registered against a deadline, and
#: its sender acknowledged.
PIPELINE: tuple[Stage, ...] = (
    Stage.STORE,
    Stage.CLASSIFY,
    Stage.EXTRACT,
    Stage.MATCH,
    Stage.REGISTER,
    Stage.ACKNOWLEDGE,
)

LABELS: dict[Named, str] = {
    MessageState.RECEIVED: "Đang chờ xử lý",
    MessageState.PROCESSED: "Đã xử lý",
    MessageState.FAILED: "Xử lý lỗi",
    MessageState.QUARANTINED: "Tạm giữ do lỗi",
    DocumentState.NOT_A_FORM: "Không phải phiếu",
    DocumentState.STORED: "Chờ đọc",
    DocumentState.UNREADABLE: "Không đọc được",
    DocumentState.READ: "Đã đọc, chưa vào sổ",
    DocumentState.REGISTERED: "Đã vào sổ",
    ReviewState.ACCEPTED: "Đã chấp nhận",
    ReviewState.NEEDS_REVIEW: "Cần kiểm tra",
    ReviewState.REJECTED: "Đã loại",
    RegisterStatus.MISSING: "Chưa gửi",
    RegisterStatus.RECEIVED: "Đã nhận",
    RegisterStatus.LATE: "Nộp muộn",
    RegisterStatus.NEEDS_REVIEW: "Cần kiểm tra",
    RegisterStatus.EXEMPT: "Miễn",
    OutboxState.PLANNED: "Chờ gửi",
    OutboxState.SENDING: "Đang gửi",
    OutboxState.SENT: "Đã gửi",
    OutboxState.FAILED: "Gửi lỗi",
    OutboxState.HELD: "Chờ văn phòng duyệt",
    OutboxState.DROPPED: "Đã bỏ, không gửi",
    OutboxState.CANCELLED: "Đã hủy",
    SlotState.UPCOMING: "Sắp tới",
    SlotState.DUE: "Đến giờ, chưa gửi",
    SlotState.SKIPPED: "Bỏ qua (quá giờ)",
    SlotState.SENT: "Đã gửi",
    SlotState.PENDING: "Đang gửi",
    SlotState.FAILED: "Gửi lỗi",
    SlotState.CLOSED: "Không có thư",
    Attention.FAILED: "Xử lý lỗi",
    Attention.QUARANTINED: "Tạm giữ do lỗi",
    Attention.HELD: "Thư trả lời chờ duyệt",
    Attention.UNSENT: "Thư trả lời chưa gửi được",
    Attention.NO_UNIT: "Chưa rõ đơn vị",
    Stage.STORE: "Lưu thư",
    Stage.CLASSIFY: "Phân loại",
    Stage.EXTRACT: "Đọc phiếu",
    Stage.MATCH: "Xác định đơn vị",
    Stage.REGISTER: "Ghi sổ",
    Stage.ACKNOWLEDGE: "Gửi xác nhận",
}

#: What comes first in the mail room.
ATTENTION_ORDER: tuple[Attention, ...] = (
    Attention.QUARANTINED,
    Attention.FAILED,
    Attention.HELD,
    Attention.UNSENT,
    Attention.NO_UNIT,
)

#: Messages the pipeline still has to take (the reconciler re-queues them).
UNFINISHED = (MessageState.RECEIVED, MessageState.FAILED)
#: Messages the office may put back in line (`dvk reprocess`, "Xử lý lại" on the web).
RETRYABLE = (MessageState.FAILED, MessageState.QUARANTINED)
#: Messages the pipeline will not touch again by itself.
SETTLED = (MessageState.PROCESSED, MessageState.QUARANTINED)
#: Mails that never count against the sending limits: they did not (and will not) go out.
UNCOUNTED = (OutboxState.HELD, OutboxState.DROPPED, OutboxState.CANCELLED)


def document_state(*, form: bool, kind: str | None, registered: bool) -> DocumentState:
    """A document's state from what is stored: whether it is a form candidate, the kind its
    extraction read (None: not read yet) and whether a submission counts it."""
    if registered:
        return DocumentState.REGISTERED
    if not form:
        return DocumentState.NOT_A_FORM
    if kind is None:
        return DocumentState.STORED
    if kind == Kind.UNKNOWN.value:
        return DocumentState.UNREADABLE
    return DocumentState.READ
