"""Mail loops: dvk never answers an autoresponder, an automatic reply to its own
acknowledgement, or a unit's short "thank you" in our thread without a new attachment."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from tests.faults.mailgen import OFFICE, form_mail, unit_addresses
from tests.hostile_mail.flow import acks_to, deliver, sent_mails, states
from workers.bootstrap import Context

pytestmark = [pytest.mark.integration]


def _reply(sender: str, subject: str, body: str, in_reply_to: str, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = OFFICE
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="mail.test")
    msg["In-Reply-To"] = in_reply_to
    msg["References"] = in_reply_to
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def test_no_answer_to_autoresponders_or_thanks(ctx: Context) -> None:
    address = next(a for a in unit_addresses() if a.unit_id == "cb-xom-2")
    first = form_mail(1, address, run="loop")
    auto = form_mail(2, address, run="loop", extra_headers={"Auto-Submitted": "auto-replied"})
    deliver(ctx, [first.raw, auto.raw], prefix="a")

    [ack] = acks_to(ctx, first.message_id)
    assert acks_to(ctx, auto.message_id) == [], "an Auto-Submitted mail got an answer"
    ack_id = str(ack["Message-ID"])

    out_of_office = _reply(
        address.email,
        f"Automatic reply: {ack['Subject']}",
        "Tôi đang đi công tác đến hết tuần.",
        ack_id,
    )
    vacation = _reply(
        address.email,
        f"Trả lời tự động: {ack['Subject']}",
        "Tôi đang nghỉ phép.",
        ack_id,
        Auto_Submitted="auto-replied",
        X_Autoreply="yes",
    )
    thanks = _reply(address.email, f"Re: {ack['Subject']}", "Cảm ơn Văn phòng ạ.", ack_id)
    replies = [out_of_office, vacation, thanks]
    deliver(ctx, [bytes(m) for m in replies], prefix="b")

    headers = [first.message_id, auto.message_id] + [str(m["Message-ID"]) for m in replies]
    assert set(states(ctx, headers).values()) == {"processed"}, "every mail is kept"
    assert len(states(ctx, headers)) == 5
    for message in replies:
        assert acks_to(ctx, str(message["Message-ID"])) == [], message["Subject"]
    assert len(sent_mails(ctx)) == 1, "only the first form was acknowledged"
