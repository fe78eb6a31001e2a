"""parse_message: every file found, whatever the MIME shape; headers and body read leniently."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from ingest.mime import ParsedMail, parse_message
from ingest.parts import MAX_ATTACHMENTS
from tests.unit.ingest.builders import (
    BASE_HEADERS,
    JPEG_BYTES,
    PDF_BYTES,
    PNG_BYTES,
    attachment_part,
    b64,
    cp1258,
    docx_bytes,
    mail,
    multipart,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def by_part(parsed: ParsedMail) -> dict[str, tuple[str, str, bytes]]:
    return {a.part: (a.filename, a.media_type, a.data) for a in parsed.attachments}


def test_nested_multiparts_find_files_and_keep_the_plain_body() -> None:
    related = multipart(
        [
            "Content-Type: text/html; charset=utf-8\n\n<p>Kính gửi <b>Khối Dân vận</b></p>",
            attachment_part(JPEG_BYTES, "image/jpeg", disposition="inline")
            + "\nContent-ID: <img1>",
        ],
        "related",
        "rel",
    )
    alternative = multipart(
        [
            "Content-Type: text/plain; charset=utf-8\n\nKính gửi Khối Dân vận",
            f'Content-Type: multipart/related; boundary="rel"\n\n{related}',
        ],
        "alternative",
        "alt",
    )
    body = multipart(
        [
            f'Content-Type: multipart/alternative; boundary="alt"\n\n{alternative}',
            attachment_part(
                PDF_BYTES, "application/pdf", filename_params='; name="dk.pdf"',
                disposition='attachment; filename="dk.pdf"',
            ),
        ]
    )  # fmt: skip
    raw = mail(BASE_HEADERS + '\nContent-Type: multipart/mixed; boundary="b1"', body)

    parsed = parse_message(raw)

    parts = by_part(parsed)
    assert parts["2"] == ("dk.pdf", "application/pdf", PDF_BYTES)
    # A nameless inline image in multipart/related is kept (phone photos of forms), named by type.
    assert parts["1.2.2"] == ("tep-dinh-kem-1-2-2.jpg", "image/jpeg", JPEG_BYTES)
    assert parsed.body_text == "Kính gửi Khối Dân vận"
    assert parsed.classification == "normal"


def test_html_only_body_becomes_text_without_markup() -> None:
    raw = mail(
        BASE_HEADERS + "\nContent-Type: text/html; charset=utf-8",
        "<html><head><style>p{}</style></head><body><p>Dạ em gửi&nbsp;báo cáo</p>"
        "<div>Chi bộ xóm 3</div><script>x()</script></body></html>",
    )
    parsed = parse_message(raw)
    assert parsed.body_text == "Dạ em gửi báo cáo\n\nChi bộ xóm 3"
    assert parsed.attachments == ()


def test_forwarded_message_attachments_are_found_with_a_slash_path() -> None:
    inner = mail(
        "From: a@b.test\nSubject: inner\nContent-Type: multipart/mixed; boundary=in",
        multipart(
            [
                "Content-Type: text/plain\n\nsee attached",
                attachment_part(
                    docx_bytes(), DOCX, disposition='attachment; filename="Đăng ký.docx"'
                ),
            ],
            boundary="in",
        ),
    ).decode("utf-8")
    body = multipart(
        [
            "Content-Type: text/plain; charset=utf-8\n\nChuyển tiếp",
            f"Content-Type: message/rfc822\n\n{inner}",
        ]
    )
    parsed = parse_message(
        mail(BASE_HEADERS + "\nContent-Type: multipart/mixed; boundary=b1", body)
    )

    assert [(a.part, a.filename, a.media_type) for a in parsed.attachments] == [
        ("2/2", "Đăng ký.docx", DOCX)
    ]
    assert parsed.body_text == "Chuyển tiếp"


def test_name_only_in_content_type_without_disposition_is_a_file() -> None:
    body = multipart(
        [
            "Content-Type: text/plain\n\nbody",
            attachment_part(PDF_BYTES, "application/pdf", filename_params='; name="bao cao.pdf"'),
        ]
    )
    parsed = parse_message(
        mail(BASE_HEADERS + "\nContent-Type: multipart/mixed; boundary=b1", body)
    )
    assert [(a.filename, a.declared_type) for a in parsed.attachments] == [
        ("bao cao.pdf", "application/pdf")
    ]


def test_inline_named_image_and_docx_are_files() -> None:
    body = multipart(
        [
            "Content-Type: text/plain\n\nbody",
            attachment_part(PNG_BYTES, "image/png", disposition='inline; filename="scan.png"'),
            attachment_part(docx_bytes(), DOCX, disposition='inline; filename="form.docx"'),
        ]
    )
    parsed = parse_message(
        mail(BASE_HEADERS + "\nContent-Type: multipart/mixed; boundary=b1", body)
    )
    assert [(a.filename, a.media_type) for a in parsed.attachments] == [
        ("scan.png", "image/png"),
        ("form.docx", DOCX),
    ]


def test_octet_stream_named_pdf_is_sniffed_as_pdf() -> None:
    body = multipart(
        [
            "Content-Type: text/plain\n\nbody",
            attachment_part(
                PDF_BYTES, "application/octet-stream", disposition='attachment; filename="a.pdf"'
            ),
        ]
    )
    parsed = parse_message(
        mail(BASE_HEADERS + "\nContent-Type: multipart/mixed; boundary=b1", body)
    )
    (attachment,) = parsed.attachments
    assert attachment.declared_type == "application/octet-stream"
    assert attachment.media_type == "application/pdf"


def test_single_part_pdf_message_is_one_file_named_from_its_type() -> None:
    raw = mail(
        BASE_HEADERS + "\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64",
        b64(PDF_BYTES),
    )
    parsed = parse_message(raw)
    assert [(a.part, a.filename, a.original_filename, a.data) for a in parsed.attachments] == [
        ("1", "tep-dinh-kem-1.pdf", None, PDF_BYTES)
    ]
    assert parsed.body_text is None


def test_single_part_named_text_file_is_a_file_not_the_body() -> None:
    raw = mail(
        BASE_HEADERS + '\nContent-Type: text/plain; name="ghi chu.txt"',
        "nội dung",
    )
    parsed = parse_message(raw)
    assert [a.filename for a in parsed.attachments] == ["ghi chu.txt"]
    assert parsed.body_text is None


def test_delivery_report_parts_are_not_files_but_the_returned_files_are() -> None:
    returned = mail(
        "From: danvan@nghiathai.test\nSubject: x\nContent-Type: multipart/mixed; boundary=r",
        multipart(
            [
                "Content-Type: text/plain\n\nhi",
                attachment_part(PDF_BYTES, "application/pdf", filename_params='; name="n.pdf"'),
            ],
            boundary="r",
        ),
    ).decode()
    body = multipart(
        [
            "Content-Type: text/plain\n\nDelivery failed",
            "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.test\n\n"
            "Final-Recipient: rfc822; x@y.test\nAction: failed\nStatus: 5.1.1",
            "Content-Type: text/rfc822-headers\n\nFrom: a@b.test\nSubject: x",
            f"Content-Type: message/rfc822\n\n{returned}",
        ]
    )
    raw = mail(
        "From: MAILER-DAEMON@mx.test\nReturn-Path: <>\nSubject: Undelivered\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b1",
        body,
    )
    parsed = parse_message(raw)
    assert [a.part for a in parsed.attachments] == ["4/2"]
    assert parsed.classification == "bounce"
    assert parsed.return_path == ""
    assert parsed.body_text == "Delivery failed"


def test_uuencoded_block_in_text_body_becomes_a_file_and_leaves_the_body() -> None:
    import binascii

    lines = [binascii.b2a_uu(PDF_BYTES[i : i + 45]).decode().rstrip("\n") for i in range(0, 60, 45)]
    text = "Gửi kèm file\nbegin 644 dk.pdf\n" + "\n".join(lines) + "\n`\nend\nCảm ơn"
    raw = mail(BASE_HEADERS + "\nContent-Type: text/plain; charset=utf-8", text)
    parsed = parse_message(raw)
    assert [(a.part, a.filename, a.data) for a in parsed.attachments] == [
        ("1/uu:dk.pdf", "dk.pdf", PDF_BYTES)
    ]
    assert parsed.body_text is not None
    assert "begin 644" not in parsed.body_text
    assert "Cảm ơn" in parsed.body_text


def test_headers_are_decoded_and_normalised() -> None:
    raw = mail(
        "From: =?UTF-8?B?Q2hpIGLhu5kgeMOzbSAz?= <CBXom3@Gmail.TEST>\n"
        "To: danvan@nghiathai.test, Other <OTHER@x.test>\n"
        "Reply-To: <Reply@X.test>\n"
        "Return-Path: <Bounce@X.test>\n"
        "Subject: =?UTF-8?Q?=C4=90a=CC=86ng_ky=CC=81?=\x07 \n\tfolded\n"
        "Date: Tue, 2 Apr 2024 11:31:25 +0700\n"
        "Message-ID: < abc@mail.test >\n"
        "In-Reply-To: <x@y>\n"
        "References: <r1@y>\n <r2@y> <x@y>\n"
        "Content-Type: text/plain",
        "hi",
    )
    parsed = parse_message(raw)
    assert parsed.sender == "cbxom3@gmail.test"
    assert parsed.sender_name == "Chi bộ xóm 3"
    assert parsed.to == ("danvan@nghiathai.test", "other@x.test")
    assert parsed.reply_to == "reply@x.test"
    assert parsed.return_path == "bounce@x.test"
    assert parsed.subject == "Đăng ký folded"  # NFC, control character and folding removed
    assert parsed.date == datetime(2024, 4, 2, 11, 31, 25, tzinfo=timezone(timedelta(hours=7)))
    assert parsed.message_id == "<abc@mail.test>"
    assert parsed.in_reply_to == "<x@y>"
    assert parsed.references == ("<r1@y>", "<r2@y>", "<x@y>")


def test_missing_and_broken_headers_give_none_and_a_defect() -> None:
    parsed = parse_message(mail("Date: yesterday-ish\nContent-Type: text/plain", "x"))
    assert (parsed.sender, parsed.subject, parsed.message_id, parsed.return_path) == (
        None, None, None, None,
    )  # fmt: skip
    assert parsed.date is None
    assert any("Date" in defect for defect in parsed.defects)


def test_date_without_zone_is_taken_as_utc() -> None:
    parsed = parse_message(mail("Date: Tue, 2 Apr 2024 11:31:25 -0000", "x"))
    assert parsed.date == datetime(2024, 4, 2, 11, 31, 25, tzinfo=UTC)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff\xfe garbage \r\n\r\n\x80",
        b"Content-Type: multipart/mixed\r\n\r\nno boundary at all",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain",
        b"From: <<<@@@>>>\r\nTo: unlisted-recipients:; (no To-header on input)\r\n\r\nx",
        os.urandom(0) + bytes(range(256)) * 20,
    ],
)
def test_never_raises_on_garbage(raw: bytes) -> None:
    parsed = parse_message(raw)
    assert parsed.classification in {"normal", "auto_reply", "bounce", "own"}


def test_deeply_nested_multiparts_do_not_raise_and_say_why() -> None:
    depth = 120
    head = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    tail = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    raw = (head + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 x" + tail).encode()
    parsed = parse_message(raw)
    assert any("nested" in defect or "cannot" in defect for defect in parsed.defects)


def test_broken_base64_is_reported_and_the_file_kept() -> None:
    body = multipart(
        [
            "Content-Type: text/plain\n\nbody",
            "Content-Type: application/pdf; name=a.pdf\nContent-Transfer-Encoding: base64\n\n"
            + b64(PDF_BYTES)[:-3],
        ]
    )
    parsed = parse_message(
        mail(BASE_HEADERS + "\nContent-Type: multipart/mixed; boundary=b1", body)
    )
    assert [a.filename for a in parsed.attachments] == ["a.pdf"]
    assert any(defect.startswith("part 2:") for defect in parsed.defects)


def test_body_text_is_bounded() -> None:
    raw = mail(BASE_HEADERS + "\nContent-Type: text/plain", "a" * 300_000)
    parsed = parse_message(raw)
    assert parsed.body_text is not None
    assert len(parsed.body_text) == 100_000
    assert any("cut" in defect for defect in parsed.defects)


def test_mislabelled_body_charset_is_read_anyway() -> None:
    raw = (
        b"Content-Type: text/plain; charset=windows-1258\r\n\r\n" + "Kính gửi Khối Dân vận".encode()
    )
    parsed = parse_message(raw)
    assert parsed.body_text == "Kính gửi Khối Dân vận"


def test_windows_1258_body_is_nfc() -> None:
    raw = b"Content-Type: text/plain; charset=windows-1258\r\n\r\n" + cp1258("Đảng ủy")
    parsed = parse_message(raw)
    assert parsed.body_text == "Đảng ủy"


def test_email_message_built_by_the_stdlib_round_trips() -> None:
    message = EmailMessage()
    message["From"] = "Hội Nông dân <nongdan@nghiathai.test>"
    message["Subject"] = "Báo cáo"
    message.set_content("Kính gửi")
    message.add_attachment(
        PDF_BYTES, maintype="application", subtype="pdf", filename="Báo cáo kết quả.pdf"
    )
    parsed = parse_message(message.as_bytes())
    assert parsed.sender_name == "Hội Nông dân"
    assert [(a.filename, a.data) for a in parsed.attachments] == [
        ("Báo cáo kết quả.pdf", PDF_BYTES)
    ]


def test_attachment_count_is_bounded() -> None:
    parts = ["Content-Type: text/plain\n\nbody"] + [
        f"Content-Type: application/octet-stream; name=f{i}.bin\n\nx"
        for i in range(MAX_ATTACHMENTS + 5)
    ]
    raw = mail(BASE_HEADERS + "\nContent-Type: multipart/mixed; boundary=b1", multipart(parts))
    parsed = parse_message(raw)
    assert len(parsed.attachments) == MAX_ATTACHMENTS
    assert any("more than" in defect for defect in parsed.defects)


def test_base64_encoded_forwarded_message_is_decoded_and_walked() -> None:
    inner = mail(
        "From: a@b.test\nSubject: inner\nContent-Type: multipart/mixed; boundary=in",
        multipart(
            [
                "Content-Type: text/plain\n\nsee",
                attachment_part(
                    PDF_BYTES, "application/pdf", disposition='attachment; filename="x.pdf"'
                ),
            ],
            boundary="in",
        ),
    )
    body = multipart(
        [
            "Content-Type: text/plain\n\nfwd",
            "Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
            + b64(inner).replace("\r\n", "\n"),
        ]
    )
    parsed = parse_message(
        mail(BASE_HEADERS + "\nContent-Type: multipart/mixed; boundary=b1", body)
    )
    assert [(a.part, a.filename, a.data) for a in parsed.attachments] == [
        ("2/2", "x.pdf", PDF_BYTES)
    ]


def yencode(data: bytes) -> bytes:
    out = bytearray()
    for byte in data:
        shifted = (byte + 42) & 0xFF
        if shifted in (0, 10, 13, 61):
            out += bytes([61, (shifted + 64) & 0xFF])
        else:
            out.append(shifted)
    return bytes(out)


def test_yenc_block_in_text_body_becomes_a_file() -> None:
    import zlib

    payload = bytes(range(256)) * 3
    encoded = yencode(payload)
    lines = b"\r\n".join(encoded[i : i + 128] for i in range(0, len(encoded), 128))
    raw = (
        b"From: a@b.test\r\nSubject: x\r\n\r\nXin gui\r\n"
        b"=ybegin line=128 size=768 name=scan.jpg\r\n" + lines + b"\r\n"
        b"=yend size=768 crc32=" + f"{zlib.crc32(payload):08x}".encode() + b"\r\nHet\r\n"
    )
    parsed = parse_message(raw)
    assert [(a.part, a.filename, a.data) for a in parsed.attachments] == [
        ("1/yenc:scan.jpg", "scan.jpg", payload)
    ]
    assert parsed.body_text == "Xin gui\n\nHet"
    assert parsed.defects == ()


def test_images_pasted_as_data_uris_in_html_are_files() -> None:
    html = (
        '<p>Phiếu đăng ký</p><img src="data:image/jpeg;base64,'
        + b64(JPEG_BYTES).replace("\r\n", "\n")
        + '"><img src="https://example.test/logo.png">'
    )
    raw = mail(BASE_HEADERS + "\nContent-Type: text/html; charset=utf-8", html)
    parsed = parse_message(raw)
    assert [(a.part, a.filename, a.data) for a in parsed.attachments] == [
        ("1/data:1", "tep-dinh-kem-1-data-1.jpg", JPEG_BYTES)
    ]
    assert parsed.body_text == "Phiếu đăng ký"
