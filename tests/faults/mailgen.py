"""Form mails for load and fault tests: each a unit's registration form, as a real .docx.

Every mail has its own Message-ID and its own document (the model name carries the mail's
number), so nothing can be deduplicated by accident and every one can be checked in the
register and in the SMTP sink afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

from examples.make_examples import Form, build_docx, build_mail

ROOT = Path(__file__).resolve().parents[2]
UNITS_FILE = ROOT / "examples" / "units.yaml"
CAMPAIGN_FILE = ROOT / "examples" / "campaign.yaml"
OFFICE = "danvan@nghiathai.test"


@dataclass(frozen=True)
class UnitAddress:
    unit_id: str
    name: str
    email: str


@dataclass(frozen=True)
class FormMail:
    number: int
    message_id: str  # with angle brackets, as in the header and in In-Reply-To
    unit_id: str
    sender: str
    raw: bytes


def unit_addresses(units_file: Path = UNITS_FILE) -> list[UnitAddress]:
    data = yaml.safe_load(units_file.read_text(encoding="utf-8"))
    return [
        UnitAddress(unit["id"], unit["name"], email)
        for unit in data["units"]
        for email in unit.get("emails") or ()
    ]


def form_docx(unit_name: str, number: int, model_name: str | None = None) -> bytes:
    form = Form(
        unit_name.upper(),
        "registration",
        {
            "Tên đơn vị": unit_name,
            "Tên mô hình": model_name or f"Dân vận khéo trong xây dựng nông thôn mới, đợt {number}",
            "Loại mô hình": "Tập thể",
            "Lĩnh vực": "Kinh tế",
            "Người phụ trách": f"Ông Nguyễn Văn Số {number}",
            "Chức vụ": "Bí thư Chi bộ",
            "Số điện thoại": f"0912.{number % 1000:03d}.{number // 1000 % 1000:03d}",
            "Địa bàn thực hiện": "xã Nghĩa Thái",
            "Nội dung, giải pháp": f"Vận động nhân dân góp công, lượt {number}.",
        },
        "TM. CHI BỘ\nBÍ THƯ",
        f"Nguyễn Văn Số {number}",
        "Nghĩa Thái, ngày 25 tháng 3 năm 2024",
    )
    return build_docx(form)


def form_mail(
    number: int,
    unit: UnitAddress,
    *,
    run: str = "t",
    when: datetime | None = None,
    model_name: str | None = None,
    extra_headers: dict[str, str] | None = None,
) -> FormMail:
    when = when or datetime(2024, 3, 25, 8, 0, tzinfo=UTC) + timedelta(seconds=number)
    document = form_docx(unit.name, number, model_name)
    raw = build_mail(
        (unit.name, unit.email),
        f"Đăng ký mô hình Dân vận khéo - {unit.name} - số {number}",
        f"Kính gửi Khối Dân vận xã,\n\n{unit.name} gửi phiếu đăng ký (thư số {number}).\n",
        when,
        [(f"Phieu dang ky {number}.docx", document)],
    )
    message_id = f"<dvk-{run}-{number}@mail.test>"
    head, _sep, body = raw.partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"message-id:")]
    lines.append(f"Message-ID: {message_id}".encode())
    for name, value in (extra_headers or {}).items():
        lines.append(f"{name}: {value}".encode())
    raw = b"\r\n".join(lines) + b"\r\n\r\n" + body.replace(b"\n", b"\r\n")
    return FormMail(number, message_id, unit.unit_id, unit.email, raw)


def backlog(count: int, *, run: str = "t", start: int = 0) -> list[FormMail]:
    """`count` form mails spread over every unit address in turn."""
    addresses = unit_addresses()
    return [
        form_mail(n, addresses[n % len(addresses)], run=run) for n in range(start, start + count)
    ]
