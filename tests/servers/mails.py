"""Small, distinct test messages built with the stdlib (one attachment each)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime


def make_mail(
    n: int,
    *,
    sender: str = "chibo1@nghiathai.test",
    subject: str | None = None,
    date: datetime | None = None,
    attachment: bytes | None = None,
    filename: str = "Đăng ký mô hình.docx",
    padding: int = 0,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Chi bộ {n} <{sender}>"
    msg["To"] = "danvan@nghiathai.test"
    msg["Subject"] = subject if subject is not None else f"Đăng ký mô hình Dân vận khéo số {n}"
    msg["Message-ID"] = f"<m{n}@nghiathai.test>"
    if date is not None:
        msg["Date"] = format_datetime(date)
    msg.set_content(f"Kính gửi Ban Dân vận, thư số {n}.\n" + "x" * padding)
    data = attachment if attachment is not None else f"%PDF-1.4 tệp {n}".encode()
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=filename)
    msg.set_boundary(f"==dvk-boundary-{n}==")  # the same n gives the same bytes
    return bytes(msg)
