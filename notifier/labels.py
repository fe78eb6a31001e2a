"""The Vietnamese words our mail uses for the field contract's keys and enums."""

from __future__ import annotations

from documents.labels import DOMAIN, MODEL_TYPE

__all__ = ["DEADLINE", "DOMAIN", "FIELD", "KIND", "MODEL_TYPE", "REQUIRED", "enum", "kind"]

KIND = {
    "registration": "Phiếu đăng ký",
    "report": "Báo cáo kết quả",
    "unknown": "Không xác định",
}

DEADLINE = {
    "registration": "Phiếu đăng ký mô hình “Dân vận khéo”",
    "report": "Báo cáo kết quả thực hiện mô hình “Dân vận khéo”",
}


FIELD = {
    "unit_name": "Tên đơn vị",
    "model_name": "Tên mô hình",
    "model_type": "Loại mô hình (tập thể hay cá nhân)",
    "domain": "Lĩnh vực",
    "leader_name": "Người phụ trách",
    "leader_position": "Chức vụ",
    "phone": "Số điện thoại",
    "location": "Địa bàn thực hiện",
    "content": "Nội dung, giải pháp",
    "results": "Kết quả đạt được",
    "participants": "Số người tham gia",
    "funds_vnd": "Kinh phí huy động",
    "signed_date": "Ngày ký",
}

#: Fields without which the office cannot enter a document in the register.
REQUIRED = {
    "registration": ("unit_name", "model_name", "model_type", "domain", "leader_name"),
    "report": ("unit_name", "model_name", "results"),
}


def kind(value: str | None) -> str:
    return KIND.get(value or "unknown", KIND["unknown"])


def enum(table: dict[str, str], value: object) -> str:
    return table.get(str(value), str(value)) if value else ""
