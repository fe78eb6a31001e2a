"""Fields and headers from strangers in our acknowledgement: an extracted model name holding a
CRLF and a header, HTML or a script, and the same in the Subject and the sender's name, must
never add a header (a Bcc:) to our mail nor run in the HTML part."""

from __future__ import annotations

import base64
import re
from email.parser import BytesHeaderParser

import pytest

from tests.faults.mailgen import form_mail, unit_addresses
from tests.hostile_mail.flow import deliver, sent_mails, states
from workers.bootstrap import Context

pytestmark = [pytest.mark.integration]

EVIL = "evil@example.test"
CRLF_BCC = "{}\r\nBcc: " + EVIL
MODEL_NAMES = [
    f"X\r\nBcc: {EVIL}",
    f"Mô hình\nBcc: {EVIL}\n\nthân thư giả",
    '<script>alert("x")</script> Mô hình <b>đậm</b>',
    f'<a href="http://{EVIL}/">Bấm vào đây</a>',
]
ALLOWED = {
    "from", "to", "subject", "date", "message-id", "in-reply-to", "references",
    "auto-submitted", "x-dvk-outbound", "mime-version", "content-type",
    "content-transfer-encoding", "x-auto-response-suppress", "precedence", "reply-to",
}  # fmt: skip


def _word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def test_no_header_injection_from_fields_subject_or_name(ctx: Context) -> None:
    addresses = [a for a in unit_addresses() if a.unit_id.startswith("cb-xom")]
    mails = [
        form_mail(n, addresses[n], run="inject", model_name=name)
        for n, name in enumerate(MODEL_NAMES)
    ]
    raws = [m.raw for m in mails]
    # The same payload in encoded words of the Subject and the sender's display name.
    hostile = raws[0]
    hostile = re.sub(
        rb"(?m)^Subject:.*(\r\n[ \t].*)*",
        b"Subject: " + _word(CRLF_BCC.format("Đăng ký")).encode(),
        hostile,
    )
    hostile = re.sub(
        rb"(?m)^From:.*",
        f"From: {_word(CRLF_BCC.format('Chi bộ'))} <{addresses[0].email}>".encode(),
        hostile,
    )
    raws[0] = hostile
    deliver(ctx, raws)

    assert set(states(ctx, [m.message_id for m in mails]).values()) == {"processed"}
    sent = sent_mails(ctx)
    assert len(sent) == len(mails), "each mail still gets its acknowledgement"
    texts = [t for path in ctx.settings.outbox_dir.glob("*.eml") for t in _parts(path.read_bytes())]
    # The payloads did reach our mail, flattened to text and escaped: the checks below bite.
    assert any(f"X Bcc: {EVIL}" in body for kind, body in texts if kind == "text/plain")
    # (The reader trims a stray "<" at the start of a value, so look for the closing tag.)
    assert any("&lt;/script&gt;" in body for kind, body in texts if kind == "text/html")
    assert not any("</script>" in body for kind, body in texts if kind == "text/html")
    for path in sorted(ctx.settings.outbox_dir.glob("*.eml")):
        raw = path.read_bytes()
        head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
        names = {
            line.split(b":", 1)[0].decode().lower()
            for line in re.split(rb"\r?\n", head)
            if line and line[:1] not in (b" ", b"\t")
        }
        assert names <= ALLOWED, f"unexpected headers {names - ALLOWED} in {path.name}"
        headers = BytesHeaderParser().parsebytes(raw)
        assert headers.get_all("Bcc") is None and headers.get_all("Cc") is None
        recipients = str(headers["To"]).lower()
        assert EVIL not in recipients and recipients.count("@") == 1
        for part in _parts(raw):
            if part[0] == "text/html":
                assert "<script" not in part[1].lower(), "a script reached the HTML part"
                assert f'href="http://{EVIL}' not in part[1], "a link reached the HTML part"


def _parts(raw: bytes) -> list[tuple[str, str]]:
    import email
    import email.policy

    message = email.message_from_bytes(raw, policy=email.policy.default)
    found = []
    for part in message.walk():
        if part.get_content_maintype() == "text":
            found.append((part.get_content_type(), str(part.get_content())))
    return found
