"""The Vietnamese names of the codes the register stores, shared by mail, pages and exports.

Field labels stay with each adapter, whose wording fits its reader (a mail asks, a page lists);
the names of the contract's enums and of the statuses are the same everywhere.
"""

from __future__ import annotations

from documents.lifecycle import (
    Attention,
    DocumentState,
    MessageState,
    OutboxState,
    RegisterStatus,
    ReviewState,
    SlotState,
    Stage,
)

DOMAIN = {
    "economy": "Kinh tế",
    "culture_society": "Văn hóa - xã hội",
    "security_defense": "An ninh - quốc phòng",
    "political_system": "Xây dựng hệ thống chính trị",
}
MODEL_TYPE = {"collective": "Tập thể", "individual": "Cá nhân"}
#: The lifecycle's labels (`documents.lifecycle`), as code → label tables.
STATUS = RegisterStatus.labels()
MESSAGE_STATE = MessageState.labels()
DOCUMENT_STATE = DocumentState.labels()
REVIEW_STATE = ReviewState.labels()
OUTBOX_STATE = OutboxState.labels()
SLOT_STATE = SlotState.labels()
STAGE = Stage.labels()
ATTENTION = Attention.labels()
UNIT_KIND = {
    "chi_bo": "Chi bộ",
    "mttq": "Mặt trận Tổ quốc",
    "doan_the": "Đoàn thể",
    "cong_an": "Công an",
    "quan_su": "Quân sự",
    "chinh_quyen": "Chính quyền",
    "other": "Khác",
}
#: How ingest classified a message (`Message.classification`, `ingest.classify`).
CLASSIFICATION = {
    "normal": "Thư thường",
    "auto_reply": "Trả lời tự động",
    "bounce": "Báo lỗi gửi thư",
    "own": "Thư của dvk",
}
#: Where a message's time in the register comes from (`Message.received_at_source`).
RECEIVED_AT_SOURCE = {
    "internaldate": "giờ máy chủ thư nhận thư",
    "header": "giờ gửi ghi trong thư",
    "arrival": "giờ dvk nhận thư",
    "office": "ngày Văn phòng ghi nhận (phiếu nhận ngoài thư điện tử)",
}

#: The kinds of a reminder slot (`notifier.preview.CalendarEntry.kind`), for the CLI and the web.
REMINDER_KIND = {
    "before": "Nhắc trước hạn",
    "overdue": "Nhắc quá hạn",
    "digest": "Tổng hợp gửi văn phòng",
}
#: The states of a reminder slot and of an outgoing mail, as the calendar names them: the
#: lifecycle's (`SlotState`, `OutboxState`).
REMINDER_STATE = SLOT_STATE
MAIL_STATE = OUTBOX_STATE
