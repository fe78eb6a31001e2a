"""Classification: people's mail is acknowledged, machines' mail never (no mail loops)."""

from __future__ import annotations

import pytest

from ingest.mime import parse_message

OFFICE = frozenset({"danvan@nghiathai.test"})


def classify_raw(headers: str, *, content_type: str = "text/plain", body: str = "x") -> str:
    raw = (
        f"From: Chi bo <cbxom3@gmail.test>\nTo: danvan@nghiathai.test\n{headers}\n"
        f"Content-Type: {content_type}\n\n{body}"
    )
    return parse_message(
        raw.strip().replace("\n", "\r\n").encode(), own_addresses=OFFICE
    ).classification


def test_plain_mail_is_normal() -> None:
    assert classify_raw("Subject: Đăng ký DVK") == "normal"


@pytest.mark.parametrize(
    "header",
    [
        "Auto-Submitted: auto-replied",
        "Auto-Submitted: auto-generated (vacation)",
        "X-Autoreply: yes",
        "X-Autorespond: Out of office",
        "X-Auto-Response-Suppress: All",
        "X-Auto-Response-Suppress: ",
        "Precedence: bulk",
        "Precedence: junk",
        "Precedence: list",
        "Precedence: auto_reply",
        "List-Id: <danvan.lists.test>",
        "List-Unsubscribe: <mailto:u@lists.test>",
        "Subject: Automatic reply: Đăng ký DVK",
        "Subject: Trả lời tự động: Đăng ký DVK",
        "Subject: =?UTF-8?B?VHLhuqMgbOG7nWkgdOG7sSDEkeG7mW5nOiBCw6FvIGPDoW8=?=",
    ],
)
def test_auto_replies(header: str) -> None:
    assert classify_raw(header) == "auto_reply"


@pytest.mark.parametrize(
    "header",
    [
        "Auto-Submitted: no",
        "Auto-Submitted: No (sent by a person)",
        "Precedence: first-class",
        "Subject: Re: Automatic reply wording",
        "Subject: Báo cáo trả lời tự động hoá",
    ],
)
def test_not_auto_replies(header: str) -> None:
    assert classify_raw(header) == "normal"


@pytest.mark.parametrize(
    ("headers", "content_type"),
    [
        ("Subject: x", "multipart/report; report-type=delivery-status; boundary=z"),
        ("Subject: x", "message/delivery-status"),
        ("Return-Path: <>\nSubject: x", "text/plain"),
        ("Return-Path: < >\nSubject: x", "text/plain"),
        ("Sender: x\nSubject: Undeliverable: Đăng ký DVK", "text/plain"),
    ],
)
def test_bounces(headers: str, content_type: str) -> None:
    assert classify_raw(headers, content_type=content_type) == "bounce"


@pytest.mark.parametrize(
    "sender", ["MAILER-DAEMON@mx.test", "postmaster@nghiathai.test", "Mailer-Daemon"]
)
def test_daemon_senders_are_bounces(sender: str) -> None:
    raw = f"From: Mail Delivery System <{sender}>\r\nSubject: x\r\n\r\nbody".encode()
    assert parse_message(raw).classification == "bounce"


def test_null_return_path_with_auto_reply_markers_is_an_auto_reply() -> None:
    # RFC 3834 tells responders to use exactly this return path.
    assert classify_raw("Return-Path: <>\nAuto-Submitted: auto-replied") == "auto_reply"


def test_bounce_beats_auto_reply() -> None:
    assert (
        classify_raw(
            "Auto-Submitted: auto-replied\nSubject: x",
            content_type="multipart/report; report-type=delivery-status; boundary=z",
        )
        == "bounce"
    )


def test_own_address_beats_everything() -> None:
    raw = b"From: Khoi Dan van <DanVan@NghiaThai.test>\r\nReturn-Path: <>\r\nSubject: x\r\n\r\nbody"
    assert parse_message(raw, own_addresses=OFFICE).classification == "own"
    assert parse_message(raw).classification == "bounce"


def test_outbound_marker_header_is_own() -> None:
    assert classify_raw("X-Dvk-Outbound: ack\nAuto-Submitted: auto-replied") == "own"


def test_forwarded_bounce_inside_a_normal_mail_stays_normal() -> None:
    inner = (
        "From: MAILER-DAEMON@mx.test\nContent-Type: multipart/report; boundary=r\n\n"
        "--r\nContent-Type: message/delivery-status\n\nAction: failed\n--r--\n"
    )
    body = (
        "--o\nContent-Type: text/plain\n\nfyi\n--o\nContent-Type: message/rfc822\n\n"
        f"{inner}\n--o--\n"
    )
    assert (
        classify_raw("Subject: Fwd: x", content_type="multipart/mixed; boundary=o", body=body)
        == "normal"
    )


RETURNED = (
    "--o\nContent-Type: text/plain\n\nCould not be delivered to: <x@y.test>\n"
    "--o\nContent-Type: message/rfc822\n\nFrom: danvan@nghiathai.test\nSubject: x\n\nbody\n--o--\n"
)


@pytest.mark.parametrize(
    "sender", ["no-reply@mail.test", "noreply@mail.test", "do-not-reply@m.test"]
)
def test_a_message_returned_by_a_no_reply_address_is_a_bounce(sender: str) -> None:
    """Whatever its subject's language (a carrier's "メールエラー通知" has nothing standard)."""
    raw = (
        f"From: {sender}\nTo: danvan@nghiathai.test\nSubject: =?utf-8?b?44Oh44O844Or?=\n"
        f"Content-Type: multipart/mixed; boundary=o\n\n{RETURNED}"
    ).replace("\n", "\r\n")
    assert parse_message(raw.encode(), own_addresses=OFFICE).classification == "bounce"


def test_a_person_returning_a_message_is_still_a_person() -> None:
    """Only the no-reply sender makes it a bounce: a unit forwarding a mail is normal."""
    body = RETURNED
    assert classify_raw("Subject: Fwd", content_type="multipart/mixed; boundary=o", body=body) == (
        "normal"
    )


def with_pdf(headers: str, data: bytes = b"%PDF-1.4\n%%EOF\n") -> str:
    import base64

    body = (
        "--z\nContent-Type: text/plain\n\nKính gửi\n"
        '--z\nContent-Type: application/pdf; name="dk.pdf"\nContent-Transfer-Encoding: base64\n\n'
        f"{base64.b64encode(data).decode()}\n--z--\n"
    )
    return classify_raw(headers, content_type="multipart/mixed; boundary=z", body=body)


@pytest.mark.parametrize(
    "header",
    [
        "X-Auto-Response-Suppress: All",  # Exchange distribution lists, "Send to > Mail recipient"
        "List-Id: <chibo-xom3.googlegroups.test>",
        "Precedence: bulk",
    ],
)
def test_weak_signals_do_not_hide_a_mail_that_carries_a_form(header: str) -> None:
    assert with_pdf(header) == "normal"
    assert with_pdf(header, data=b"\x89PNG\r\n\x1a\n" + b"\x00" * 20) == "auto_reply"


@pytest.mark.parametrize(
    "header",
    [
        "Auto-Submitted: auto-replied",
        "X-Autoreply: yes",
        "Precedence: auto_reply",
        "Subject: Automatic reply: DVK",
    ],
)
def test_strong_signals_win_even_with_a_document(header: str) -> None:
    assert with_pdf(header) == "auto_reply"
