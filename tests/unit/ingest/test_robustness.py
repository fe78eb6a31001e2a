"""Mangled messages: parse_message must read what it can and never fail internally.

The outer guard of parse_message turns an internal exception into a defect, so the test looks
for those defects: each one would mean a whole message (or its structure) lost to a bug.
"""

from __future__ import annotations

import random
import re

from ingest.mime import parse_message
from tests.unit.ingest.builders import (
    BASE_HEADERS,
    JPEG_BYTES,
    PDF_BYTES,
    attachment_part,
    docx_bytes,
    mail,
    make_tnef,
    make_zip,
    multipart,
)

INTERNAL_FAILURES = ("message cannot be read", "message structure cannot be read")
PART_FAILURE = re.compile(r"^part \S+ cannot be read: ")
SNIPPETS = [
    b"=?utf-8?B?",
    b"?=",
    b"\r\n",
    b"--",
    b"boundary=",
    b";",
    b'"',
    b"\x00",
    b"filename*0*=",
    b"utf-8''%",
    b"Content-Type: message/rfc822\r\n\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"begin 644 x\r\n",
    b"=ybegin name=a\r\n",
    b"\xff\xfe",
]


def seed_message() -> bytes:
    inner = mail(
        "From: a@b.test\nContent-Type: multipart/mixed; boundary=in",
        multipart(
            [
                "Content-Type: text/plain\n\nx",
                attachment_part(PDF_BYTES, "application/pdf", filename_params="; name=a.pdf"),
            ],
            boundary="in",
        ),
    ).decode()
    body = multipart(
        [
            "Content-Type: text/html; charset=windows-1258\n\n<p>Kính gửi</p>",
            attachment_part(
                docx_bytes(),
                "application/octet-stream",
                disposition="attachment; filename*=utf-8''%C4%90%C4%83ng%20k%C3%BD.docx",
            ),
            attachment_part(make_zip({"a.pdf": PDF_BYTES, "b.jpg": JPEG_BYTES}), "application/zip"),
            attachment_part(make_tnef({b"c.pdf": PDF_BYTES}), "application/ms-tnef"),
            f"Content-Type: message/rfc822\n\n{inner}",
        ]
    )
    return mail(BASE_HEADERS + "\nContent-Type: multipart/mixed; boundary=b1", body)


def mutate(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 12)):
        position = rng.randrange(len(data)) if data else 0
        choice = rng.random()
        if choice < 0.35:
            data[position : position + 1] = bytes([rng.randrange(256)])
        elif choice < 0.55:
            del data[position : position + rng.randint(1, 60)]
        elif choice < 0.85:
            data[position:position] = rng.choice(SNIPPETS)
        else:
            data[position:position] = data[max(0, position - 200) : position]
    return bytes(data)


def test_seed_message_is_read_completely() -> None:
    parsed = parse_message(seed_message())
    assert len(parsed.attachments) == 7  # docx, zip + 2 members, winmail.dat + 1, pdf in forward
    assert parsed.body_text == "Kính gửi"


def test_mangled_messages_never_fail_internally() -> None:
    rng = random.Random(20240407)
    seed = seed_message()
    for _ in range(300):
        parsed = parse_message(mutate(seed, rng))
        failures = [
            d for d in parsed.defects if d.startswith(INTERNAL_FAILURES) or PART_FAILURE.match(d)
        ]
        assert failures == []
        assert all(a.filename for a in parsed.attachments)
