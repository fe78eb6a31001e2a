"""Attachment names from strangers: path traversal, NUL and control characters, 300
characters, Windows device names. Stored names are safe to show and to write to any disk; the
name as sent is kept for the record."""

from __future__ import annotations

import re
import unicodedata
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from documents.models import Attachment, Message
from tests.faults.mailgen import OFFICE, form_docx, unit_addresses
from tests.hostile_mail.flow import deliver
from workers.bootstrap import Context

pytestmark = [pytest.mark.integration]

HOSTILE_NAMES = [
    "../../../../etc/passwd.docx",
    "..\\..\\Windows\\System32\\drivers\\etc\\hosts.docx",
    "/tmp/tuyet-doi.docx",
    "phieu\x00dang-ky.docx",
    "phieu\x07\x1b[31m\r\nX-Injected: 1.docx",
    ("Phiếu đăng ký mô hình " + "rất dài " * 40)[:295] + ".docx",  # 300 characters
    "CON.docx",
    "NUL",
    "com1.docx",
    "LPT9.txt.docx",
    ".docx",
    "..",
    "Phie\u0301u\u202egnp.docx",  # decomposed accent and a right-to-left override
]
RESERVED = (
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(10)} | {f"LPT{i}" for i in range(10)}
)
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069/\\<>:"|?*]')


def _mail(names: list[str]) -> bytes:
    address = unit_addresses()[0]
    msg = EmailMessage()
    msg["From"] = address.email
    msg["To"] = OFFICE
    msg["Subject"] = "Tên tệp lạ"
    msg["Message-ID"] = "<hostile-names@mail.test>"
    msg.set_content("Kính gửi Văn phòng.")
    docx = form_docx(address.name, 7)
    for name in names:
        msg.add_attachment(
            docx,
            "application",
            "vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename=("utf-8", "", name),  # RFC 2231: any character can be sent
        )
    return bytes(msg)


def test_hostile_attachment_names_are_stored_sanitised(ctx: Context) -> None:
    assert len(HOSTILE_NAMES[5]) == 300
    deliver(ctx, [_mail(HOSTILE_NAMES)])

    with ctx.sessions() as session:
        message = session.scalars(
            select(Message).where(Message.message_id_header == "<hostile-names@mail.test>")
        ).one()
        assert message.state == "processed"
        stored = list(
            session.scalars(
                select(Attachment)
                .where(Attachment.message_id == message.id)
                .order_by(Attachment.id)
            )
        )
        names = [a.filename for a in stored]
        originals = [a.original_filename for a in stored]
    assert len(names) == len(HOSTILE_NAMES), names
    for name in names:
        assert name and name not in {".", ".."}, names
        assert not _UNSAFE.search(name), f"unsafe character kept in {name!r}"
        assert len(name) <= 255 and len(name.encode()) <= 255, name
        assert name == unicodedata.normalize("NFC", name)
        assert name.split(".", 1)[0].strip().upper() not in RESERVED, name
        assert not name.startswith(("-", " ")) and not name.endswith((" ", "."))
    assert names[0].endswith("passwd.docx") and names[5].endswith(".docx")
    assert any("\x00" in (o or "") or "phieu" in (o or "") for o in originals), originals
