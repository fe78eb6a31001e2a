"""The deadline boundary through IMAP: a real Dovecot whose clock is in Hà Nội.

Such a server answers INTERNALDATE with +07:00, which the old SQLite writer stored as a bare
wall clock and read back as UTC (23:59:59 became 06:59:59 the next morning, late). INTERNALDATE
is what counts, whatever the Date header says; runs on SQLite and PostgreSQL (session in
America/Los_Angeles) with the process `TZ` set to UTC, Asia/Ho_Chi_Minh and America/Los_Angeles.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from documents.models import Message
from documents.register import unit_statuses
from ingest.imap import FolderWatcher
from tests.deadline_mails import CASES, ICT, mail
from tests.servers.dovecot import Dovecot, start_required
from tests.timezones import process_tz  # noqa: F401
from workers.bootstrap import Context, load_configured_files
from workers.runner import Runner
from workers.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
_users = itertools.count(1)


@pytest.fixture(scope="module")
def hanoi_dovecot() -> Iterator[Dovecot]:
    """A Dovecot started with TZ=Asia/Ho_Chi_Minh, like a mail host in Việt Nam."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"
    try:
        server = start_required()
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
    yield server
    server.destroy()


def misleading_date(at: datetime, late_days: int) -> datetime:
    """A Date header on the wrong side of the deadline: it must not be what counts."""
    if late_days:
        return at - timedelta(days=2)
    return at + timedelta(days=1, hours=10)


@pytest.mark.usefixtures("process_tz")
def test_internaldate_decides_the_deadline_boundary(
    hanoi_dovecot: Dovecot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = f"time{next(_users)}"
    hanoi_dovecot.add_user(user, "pw")
    for case in CASES:
        raw = mail(case, date=misleading_date(case.at, case.late_days))
        hanoi_dovecot.append(user, "INBOX", raw, internaldate=case.at)
    client = hanoi_dovecot.client(user)
    try:
        client.normalise_times = False
        client.select_folder("INBOX", readonly=True)
        fetched = client.fetch(client.search(["ALL"]), ["INTERNALDATE"])
        offsets = {data[b"INTERNALDATE"].utcoffset() for data in fetched.values()}
    finally:
        client.logout()
    assert offsets == {timedelta(hours=7)}  # the server answers in its own zone

    monkeypatch.setattr(FolderWatcher, "backoff_start", 0.2)
    ctx = Context(
        settings.model_copy(
            update={
                "imap_url": hanoi_dovecot.url(user),
                "imap_password": SecretStr("pw"),
                "units_file": EXAMPLES / "units.yaml",
                "campaign_file": EXAMPLES / "campaign.yaml",
            }
        )
    )
    load_configured_files(ctx)
    Runner(ctx).run_once()

    with ctx.sessions() as session:
        messages = {m.message_id_header: m for m in session.scalars(select(Message))}
        register = {u.unit_id: u for u in unit_statuses(session)}
    replies = {}
    for path in ctx.settings.outbox_dir.glob("*.eml"):
        reply = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = reply.get_body(("plain",))
        assert body is not None
        replies[str(reply["In-Reply-To"])] = str(body.get_content())
    assert len(messages) == len(CASES)
    for case in CASES:
        message_id = f"<boundary.{case.unit_id}@mail.test>"
        message = messages[message_id]
        assert message.received_at == case.at
        assert message.received_at.utcoffset() == timedelta(0)
        assert message.received_at_source == "internaldate"
        assert message.date_header == misleading_date(case.at, case.late_days)
        status = register[case.unit_id].deadlines[case.deadline]
        (document,) = status.documents
        assert (document.late_days, document.received_at) == (case.late_days, case.at), case
        assert document.received_at_source == "internaldate"
        if case.late_days:
            assert status.status in {"late", "needs_review"}
            assert f"nộp muộn {case.late_days} ngày" in replies[message_id]
        else:
            # On time (late_days 0, above); the reader may still send a field to review.
            assert status.status in {"received", "needs_review"}, case
            assert "muộn" not in replies[message_id]
        assert f"lúc {case.at.astimezone(ICT):%H:%M ngày %d/%m/%Y}" in replies[message_id]
