"""`dvk remind` and `dvk outbox` through typer, on the test database and the outbox folder."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import typer
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from documents.settings import Settings
from tests.unit.notifier import factories as f
from workers.bootstrap import Context
from workers.commands.notify import register


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
    assert "2024-03-28 08:00" in table and "đã gửi" in table and "sắp tới" in table


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
