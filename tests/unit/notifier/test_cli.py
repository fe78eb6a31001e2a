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
    assert {tuple(sorted(m)) for m in mails} == {("deadline", "purpose", "to", "unit_id")}
    reminders = [m for m in mails if m["purpose"] == "reminder"]
    assert len(reminders) == 34 and all(m["deadline"] == "registration" for m in mails)
    xom2 = next(m for m in reminders if m["unit_id"] == "cb-xom-2")
    assert xom2["to"] == ["chiboxom2.nghiathai@gmail.test", "trandinhkhai62@gmail.test"]
    assert next(m for m in mails if m["purpose"] == "digest")["to"] == ["danvan@nghiathai.test"]
    # 07:59 local on 28/3 is before the first slot (08:00 local = 01:00 UTC).
    assert json.loads(run(cli, "remind", "--at", "2024-03-28 07:59", "--dry-run", "--json")) == []
    assert "Chi bộ" not in run(cli, "remind", "--at", "2024-03-28 07:59", "--dry-run")


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
