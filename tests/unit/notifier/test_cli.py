"""`dvk remind` and `dvk outbox` through typer, on the test database and the outbox folder."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import typer
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from documents.lifecycle import SlotState
from tests.unit.notifier import factories as f
from workers.bootstrap import Context
from workers.commands.notify import register
from workers.settings import Settings


@pytest.fixture
def cli(
    sessions: sessionmaker[Session], settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[typer.Typer]:
    monkeypatch.setenv("COLUMNS", "200")  # the table's width must not depend on the terminal
    with sessions.begin() as session:
        f.load_examples(session)
    context = Context(settings)
    app = typer.Typer()
    register(app, lambda: context)
    yield app
    context.dispose()


def run(app: typer.Typer, *args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_dry_run_lists_what_would_be_sent_in_local_time(cli: typer.Typer) -> None:
    mails = json.loads(run(cli, "remind", "--at", "2024-04-04 08:00", "--dry-run", "--json"))
    assert {tuple(sorted(m)) for m in mails} == {
        (
            "deadline",
            "from",
            "html",
            "local_time",
            "purpose",
            "slot",
            "slot_at",
            "subject",
            "text",
            "to",
            "unit_id",
            "unit_name",
        )
    }
    assert {(m["slot"], m["local_time"]) for m in mails} == {("before-3", "2024-04-03 08:00")}
    assert all(m["text"].startswith("Kính gửi") or m["purpose"] == "digest" for m in mails)
    reminders = [m for m in mails if m["purpose"] == "reminder"]
    assert len(reminders) == 34 and all(m["deadline"] == "registration" for m in mails)
    xom2 = next(m for m in reminders if m["unit_id"] == "cb-xom-2")
    assert xom2["to"] == ["chiboxom2.nghiathai@gmail.test", "trandinhkhai62@gmail.test"]
    assert next(m for m in mails if m["purpose"] == "digest")["to"] == ["danvan@nghiathai.test"]
    # 07:59 local on 28/3 is before the first slot (08:00 local = 01:00 UTC).
    assert json.loads(run(cli, "remind", "--at", "2024-03-28 07:59", "--dry-run", "--json")) == []
    assert "Chi bộ" not in run(cli, "remind", "--at", "2024-03-28 07:59", "--dry-run")


def test_dry_run_after_the_real_run_still_shows_the_mails(cli: typer.Typer) -> None:
    real = json.loads(run(cli, "remind", "--at", "2024-04-05 08:00", "--json"))
    assert len(real["planned"]) == 35
    preview = json.loads(run(cli, "remind", "--at", "2024-04-05 08:00", "--dry-run", "--json"))
    assert sorted((m["unit_id"] or "", m["to"]) for m in preview) == sorted(
        (m["unit_id"] or "", m["to"]) for m in real["planned"]
    )
    xom1 = next(m for m in preview if m["unit_id"] == "cb-xom-1")
    assert "(còn 1 ngày làm việc)" in xom1["text"] and "Nhắc nộp" in xom1["subject"]


def test_calendar_lists_every_slot_and_who(cli: typer.Typer) -> None:
    run(cli, "remind", "--at", "2024-03-28 08:00")  # the first slot goes out
    entries = json.loads(run(cli, "remind", "--calendar", "--at", "2024-03-29 10:00", "--json"))
    assert len(entries) == 24
    first = entries[0]
    assert (first["slot"], first["kind"], first["local_time"]) == (
        "before-7",
        "before",
        "2024-03-28 08:00",
    )
    assert first["state"] == "sent" and len(first["mails"]) == 34 and first["recipients"] == []
    upcoming = entries[2]
    assert (upcoming["slot"], upcoming["state"]) == ("before-3", "upcoming")
    assert len(upcoming["recipients"]) == 34
    table = run(cli, "remind", "--calendar", "--at", "2024-03-29 10:00")
    assert (
        "2024-03-28 08:00" in table
        and SlotState.SENT.label.lower() in table
        and SlotState.UPCOMING.label.lower() in table
    )


def test_remind_sends_and_outbox_lists(cli: typer.Typer, settings: Settings) -> None:
    result = json.loads(run(cli, "remind", "--at", "2024-04-05 08:00", "--json"))
    assert result["sent"] == len(result["planned"]) == 35
    assert len(list(settings.outbox_dir.glob("*.eml"))) == 35
    again = json.loads(run(cli, "remind", "--at", "2024-04-05 09:00", "--json"))
    assert again == {"planned": [], "sent": 0}
    rows = json.loads(run(cli, "outbox", "--json"))
    assert len(rows) == 35 and {r["state"] for r in rows} == {"sent"}
    first = rows[0]
    for key in ("purpose", "to", "subject", "in_reply_to", "idempotency_key", "state", "attempts"):
        assert key in first
    assert first["idempotency_key"].endswith(":before-1")
    assert json.loads(run(cli, "outbox", "--json", "--state", "failed")) == []
    assert "Nhắc nộp" in run(cli, "outbox")


def _held(sessions: sessionmaker[Session], settings: Settings, sender: str) -> int:
    from notifier.ack import plan_acknowledgement

    with sessions.begin() as session:
        form = {"file": "DK.docx", "kind": "registration", "fields": dict(f.FULL_FIELDS)}
        msg = f.message(session, sender=sender, authenticity="unknown", attachments=[form])
        row = plan_acknowledgement(session, msg.id, settings)
        assert row is not None and row.state == "held"
        return row.id


def test_held_replies_are_listed_released_and_dropped(
    cli: typer.Typer, sessions: sessionmaker[Session], settings: Settings
) -> None:
    from documents.models import AuditEntry, Message, OutboundMail

    keep = _held(sessions, settings, "stranger@example.test")
    lose = _held(sessions, settings, "attacker@evil.example")
    held = json.loads(run(cli, "outbox", "--state", "held", "--json"))
    assert [r["id"] for r in held] == [keep, lose]
    assert held[0]["hold_code"] == "unverified_sender"
    assert "stranger@example.test" in held[0]["hold_reason"]
    assert "(unverified_sender)" in run(cli, "outbox", "--state", "held")
    assert not list(settings.outbox_dir.glob("*.eml")), "nothing goes out while held"

    assert f"Thư #{keep}: sent" in run(cli, "outbox", "release", str(keep), "--by", "vanphong")
    assert len(list(settings.outbox_dir.glob("*.eml"))) == 1
    assert "Đã bỏ 1 thư" in run(cli, "outbox", "drop", str(lose))
    with sessions() as session:
        rows = {r.id: r for r in session.scalars(select(OutboundMail))}
        assert rows[keep].state == "sent" and rows[lose].state == "dropped"
        audit = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        assert [(a.action, a.entity_id, a.actor) for a in audit] == [
            ("outbox.release", str(keep), "vanphong"),
            ("outbox.drop", str(lose), audit[1].actor),
        ]
        assert audit[1].actor.startswith("cli:")
        assert audit[0].before is not None and audit[0].before["state"] == "held"
        notes = {m.reply_code for m in session.scalars(select(Message))}
        assert notes == {"released", "dropped"}
    assert json.loads(run(cli, "outbox", "--state", "held", "--json")) == []


def test_a_decision_on_a_mail_that_is_not_held_changes_nothing(
    cli: typer.Typer, sessions: sessionmaker[Session], settings: Settings
) -> None:
    from documents.models import AuditEntry, OutboundMail

    held = _held(sessions, settings, "stranger@example.test")
    result = CliRunner().invoke(cli, ["outbox", "release", str(held), "999999"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert "Không có thư #999999" in result.output and "Không có thay đổi nào" in result.output
    with sessions() as session:
        row = session.get(OutboundMail, held)
        assert row is not None and row.state == "held"  # all or nothing
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0
    run(cli, "outbox", "drop", str(held))
    again = CliRunner().invoke(cli, ["outbox", "release", str(held)])
    assert again.exit_code == 1 and "không ở trạng thái chờ duyệt" in again.output
