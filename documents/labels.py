"""The Vietnamese names of the codes the register stores, shared by mail, pages and exports.

Field labels stay with each adapter, whose wording fits its reader (a mail asks, a page lists);
the names of the contract's enums and of the statuses are the same everywhere.
"""

from __future__ import annotations

DOMAIN = {
    "economy": "Kinh tế",
    "culture_society": "Văn hóa - xã hội",
    "security_defense": "An ninh - quốc phòng",
    "political_system": "Xây dựng hệ thống chính trị",
}
MODEL_TYPE = {"collective": "Tập thể", "individual": "Cá nhân"}
STATUS = {
    "missing": "Chưa gửi",
    "received": "Đã nhận",
    "late": "Nộp muộn",
    "needs_review": "Cần kiểm tra",
    "exempt": "Miễn",
}
UNIT_KIND = {
    "chi_bo": "Chi bộ",
    "mttq": "Mặt trận Tổ quốc",
    "doan_the": "Đoàn thể",
    "cong_an": "Công an",
    "quan_su": "Quân sự",
    "chinh_quyen": "Chính quyền",
    "other": "Khác",
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
#: The states of a reminder slot in the calendar (`CalendarEntry.state`).
REMINDER_STATE = {
    "upcoming": "Sắp tới",
    "due": "Đến giờ, chưa gửi",
    "skipped": "Bỏ qua (quá giờ)",
    "sent": "Đã gửi",
    "pending": "Đang gửi",
    "failed": "Gửi lỗi",
    "closed": "Không có thư",
}
#: The states of an outgoing mail (`OutboundMail.state`).
MAIL_STATE = {
    "planned": "Chờ gửi",
    "sending": "Đang gửi",
    "sent": "Đã gửi",
    "failed": "Gửi lỗi",
    "held": "Đang giữ lại",
    "dropped": "Đã bỏ",
    "cancelled": "Đã hủy",
}
