"""Vietnamese labels for the codes the register stores; one table for pages and exports alike."""

from __future__ import annotations

from datetime import date, datetime

from documents.labels import (
    CLASSIFICATION,
    DOCUMENT_STATE,
    DOMAIN,
    MESSAGE_STATE,
    MODEL_TYPE,
    OUTBOX_STATE,
    RECEIVED_AT_SOURCE,
    REVIEW_STATE,
    STAGE,
    STATUS,
    UNIT_KIND,
)

__all__ = [
    "CLASSIFICATION",
    "DEADLINE",
    "DOCUMENT_STATE",
    "DOC_KIND",
    "DOMAIN",
    "FIELD",
    "MESSAGE_STATE",
    "MODEL_TYPE",
    "OUTBOX_STATE",
    "RECEIVED_AT_SOURCE",
    "REVIEW_STATE",
    "STAGE",
    "STATUS",
    "UNIT_KIND",
    "iso_date",
    "label",
    "vn_date",
    "vn_datetime",
]

DEADLINE = {"registration": "Đăng ký", "report": "Báo cáo kết quả"}
DOC_KIND = {"registration": "Bản đăng ký", "report": "Báo cáo kết quả", "unknown": "Khác"}
FIELD = {
    "unit_name": "Tên đơn vị (trong văn bản)",
    "model_name": "Tên mô hình",
    "model_type": "Loại hình",
    "domain": "Lĩnh vực",
    "leader_name": "Người phụ trách",
    "leader_position": "Chức vụ",
    "phone": "Điện thoại",
    "location": "Địa bàn thực hiện",
    "content": "Nội dung",
    "results": "Kết quả đạt được",
    "participants": "Số người tham gia",
    "funds_vnd": "Kinh phí huy động (đồng)",
    "signed_date": "Ngày ký",
}


def label(table: dict[str, str], code: object) -> str:
    """The label of `code`, or the code itself when the table does not know it."""
    if code is None or code == "":
        return ""
    return table.get(str(code), str(code))


def iso_date(value: object) -> date | None:
    """A contract date ("2024-04-02") as a date; anything else as None."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def vn_date(value: date | datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


def vn_datetime(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y %H:%M")
