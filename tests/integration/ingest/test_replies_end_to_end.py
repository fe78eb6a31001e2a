"""Replies end to end through real servers: mail appended to Dovecot, fetched by dvk's watcher,
processed in-process, acknowledgements sent to a real SMTP server (the aiosmtpd sink).

What must hold (issue 12, items 4 to 6): a display-name spoof and an unverified stranger are
registered but nobody is mailed until the office releases the held reply; an aligned, trusted
Authentication-Results lets a stranger be answered, a forged one below it does not; a copy is
answered once; a thanks in our thread, or in a thread naming our domain, is not answered.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.header import decode_header, make_header
from email.message import Message as HeaderMessage

import pytest
import typer
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from documents.models import Message, OutboundMail, Submission
from tests.faults.mailgen import CAMPAIGN_FILE, OFFICE, UNITS_FILE, UnitAddress, form_mail
from tests.integration.ingest.conftest import Mailbox
from tests.servers.smtp_sink import SmtpSink
from workers.bootstrap import Context, load_configured_files
from workers.commands.notify import register
from workers.runner import Runner

pytestmark = [pytest.mark.integration]

OUR_MX = "mx.nghiathai.test"
XOM1 = UnitAddress("cb-xom-1", "Chi bộ xóm 1", "chiboxom1.nghiathai@gmail.test")
XOM2 = UnitAddress("cb-xom-2", "Chi bộ xóm 2", "chiboxom2.nghiathai@gmail.test")


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink.create()
    server.start()
    yield server
    server.destroy()


@pytest.fixture
def ctx(mailbox: Mailbox, sink: SmtpSink) -> Iterator[Context]:
    settings = mailbox.settings.model_copy(
        update={
            "smtp_url": sink.url,
            "units_file": UNITS_FILE,
            "campaign_file": CAMPAIGN_FILE,
            "office_email": OFFICE,
            "trusted_authserv_ids": [OUR_MX],
        }
    )
    context = Context(settings)
    load_configured_files(context)
    yield context
    context.dispose()


def fetch_and_process(ctx: Context) -> int:
    """dvk's own roles: the watcher drains the mailbox, each new message is processed and its
    acknowledgement delivered (what `dvk run` does between ticks)."""
    runner = Runner(ctx)
    runner.drain_source()
    return runner.process_pending()


def with_header(raw: bytes, name: str, value: str, *, top: bool = False) -> bytes:
    """`raw` with one more header: on top (as a receiving server adds it) or at the bottom."""
    line = f"{name}: {value}\r\n".encode()
    if top:
        return line + raw
    head, sep, body = raw.partition(b"\r\n\r\n")
    return head + b"\r\n" + line.rstrip(b"\r\n") + sep + body


def with_from(raw: bytes, value: str) -> bytes:
    head, sep, body = raw.partition(b"\r\n\r\n")
    lines = [
        f"From: {value}".encode() if line.lower().startswith(b"from:") else line
        for line in head.split(b"\r\n")
    ]
    return b"\r\n".join(lines) + sep + body


def sent_to(sink: SmtpSink) -> list[str]:
    return sorted(str(headers["To"]).lower() for _, headers in sink.messages())


def message_by_header(sessions: sessionmaker[Session], message_id: str) -> Message:
    with sessions() as session:
        row = session.scalars(
            select(Message).where(Message.message_id_header == message_id).order_by(Message.id)
        ).first()
        assert row is not None, message_id
        session.expunge(row)
        return row


def outbox_for(sessions: sessionmaker[Session], message_id: int) -> OutboundMail:
    with sessions() as session:
        row = session.scalar(
            select(OutboundMail).where(OutboundMail.related_message_id == message_id)
        )
        assert row is not None, f"no outbox row for message {message_id}"
        session.expunge(row)
        return row


def cli(ctx: Context, *args: str) -> str:
    app = typer.Typer()
    register(app, lambda: ctx)
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_spoofs_and_strangers_are_held_until_the_office_decides(
    ctx: Context, mailbox: Mailbox, sink: SmtpSink
) -> None:
    sessions = ctx.sessions
    # 1. The display-name spoof: a unit's address shown, the attacker's address real.
    spoof = form_mail(
        1, UnitAddress("cb-xom-1", "Chi bộ xóm 1", "attacker@evil.example"), run="e2e"
    )
    spoof_raw = with_from(spoof.raw, f'"{XOM1.email}" <attacker@evil.example>')
    spoof_raw = with_header(spoof_raw, "Reply-To", "victim@elsewhere.test")
    # 2. An unknown sender with a form, no authentication results at all.
    stranger = form_mail(
        2, UnitAddress("cb-xom-3", "Chi bộ xóm 3", "nguoi.la@example.test"), run="e2e"
    )
    # 3. A stranger our own server vouches for, aligned with the From: answered.
    verified = form_mail(
        3, UnitAddress("cb-xom-4", "Chi bộ xóm 4", "bithu@verified.test"), run="e2e"
    )
    verified_raw = with_header(
        verified.raw,
        "Authentication-Results",
        f"{OUR_MX}; dmarc=pass header.from=verified.test",
        top=True,
    )
    # 4. A forged "pass" with our server's id, below our server's real header.
    forged = form_mail(4, UnitAddress("cb-xom-5", "Chi bộ xóm 5", "x@forged.test"), run="e2e")
    forged_raw = with_header(
        forged.raw, "Authentication-Results", f"{OUR_MX}; dmarc=pass header.from=forged.test"
    )
    forged_raw = with_header(
        forged_raw, "Authentication-Results", f"{OUR_MX}; spf=none; dkim=none; dmarc=none", top=True
    )
    # 5. A unit's own form, and a copy of it that came a second way (other bytes, same id).
    unit_form = form_mail(5, XOM2, run="e2e")
    copy_raw = with_header(unit_form.raw, "Received", "from lists.nghiathai.test by mx", top=True)
    for raw in (spoof_raw, stranger.raw, verified_raw, forged_raw, unit_form.raw):
        mailbox.append(raw)
    assert fetch_and_process(ctx) == 5
    mailbox.append(copy_raw)
    assert fetch_and_process(ctx) == 1

    assert sent_to(sink) == ["bithu@verified.test", XOM2.email]
    assert sink.replies_by_in_reply_to()[unit_form.message_id] == 1

    spoof_row = message_by_header(sessions, spoof.message_id)
    assert spoof_row.sender == "attacker@evil.example"
    assert spoof_row.sender_name == XOM1.email
    assert any("display name shows another address" in str(d) for d in spoof_row.parse_defects)
    with sessions() as session:
        submission = session.scalar(select(Submission).where(Submission.message_id == spoof_row.id))
        assert submission is not None
        assert submission.review_state == "needs_review"  # the office confirms the address
    held_spoof = outbox_for(sessions, spoof_row.id)
    assert held_spoof.state == "held" and held_spoof.to_addrs == ["attacker@evil.example"]
    held_stranger = outbox_for(sessions, message_by_header(sessions, stranger.message_id).id)
    held_forged = outbox_for(sessions, message_by_header(sessions, forged.message_id).id)
    assert held_stranger.state == held_forged.state == "held"
    assert {held_stranger.hold_code, held_forged.hold_code} == {"unverified_sender"}

    with sessions() as session:
        copies = list(
            session.scalars(
                select(Message).where(Message.message_id_header == unit_form.message_id)
            )
        )
        assert len(copies) == 2
        first, copy = sorted(copies, key=lambda m: m.id)
        assert copy.duplicate_of_id == first.id and copy.reply_code == "copy"
        assert session.scalar(select(Submission).where(Submission.message_id == copy.id)) is None

    listed = cli(ctx, "outbox", "--state", "held", "--json")
    assert str(held_spoof.id) in listed and str(held_stranger.id) in listed
    assert f"Thư #{held_stranger.id}: sent" in cli(ctx, "outbox", "release", str(held_stranger.id))
    cli(ctx, "outbox", "drop", str(held_spoof.id), str(held_forged.id))
    fetch_and_process(ctx)  # nothing new; a later run sends nothing dropped
    assert sent_to(sink) == ["bithu@verified.test", XOM2.email, "nguoi.la@example.test"]
    released: HeaderMessage = next(h for _, h in sink.messages() if "nguoi.la" in str(h["To"]))
    subject = str(make_header(decode_header(str(released["Subject"]))))
    assert subject.startswith("[Dân vận khéo] Xác nhận tiếp nhận hồ sơ")
    assert "Đăng ký mô hình" not in subject  # not the sender's subject


def test_thanks_in_our_thread_or_naming_our_domain_gets_no_reply(
    ctx: Context, mailbox: Mailbox, sink: SmtpSink
) -> None:
    first = form_mail(10, XOM1, run="thread")
    mailbox.append(first.raw)
    fetch_and_process(ctx)
    [(_, ack)] = sink.messages()
    ack_id = str(ack["Message-ID"]).strip()

    def thanks(n: int, parent: str) -> bytes:
        return (
            f"From: Chi bộ xóm 1 <{XOM1.email}>\r\nTo: {OFFICE}\r\n"
            f"Subject: Re: cảm ơn\r\nMessage-ID: <thanks-{n}@mail.test>\r\n"
            f"In-Reply-To: {parent}\r\nReferences: {parent}\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nCảm ơn Văn phòng ạ.\r\n"
        ).encode()

    mailbox.append(thanks(1, ack_id))
    mailbox.append(thanks(2, "<ban-tin-thang-4.by-hand@nghiathai.test>"))
    assert fetch_and_process(ctx) == 2
    assert len(sink.messages()) == 1, "no answer to either thanks"
    for n in (1, 2):
        row = message_by_header(ctx.sessions, f"<thanks-{n}@mail.test>")
        assert row.state == "processed" and row.reply_code == "own_thread"
