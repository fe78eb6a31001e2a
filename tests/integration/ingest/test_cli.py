"""`dvk ingest --once` and `dvk messages` through the real command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from tests.integration.ingest.conftest import Mailbox
from tests.refusals import assert_refused
from tests.servers.mails import make_mail
from workers import cli
from workers.settings import Settings


@pytest.fixture
def run_dvk(monkeypatch: pytest.MonkeyPatch, engine: Engine) -> Iterator[CliRunner]:
    """The CLI on an emptied test database (`engine` empties every table)."""
    monkeypatch.setattr(cli, "_state", {})
    yield CliRunner()
    if "ctx" in cli._state:
        cli._state["ctx"].dispose()


def _env(settings: Settings, **extra: str) -> dict[str, str]:
    return {
        "DVK_DATABASE_URL": settings.effective_database_url,
        "DVK_DATA_DIR": str(settings.data_dir),
        "DVK_IMAP_URL": "",
        **extra,
    }


def test_ingest_once_from_the_drop_folder_then_list(
    run_dvk: CliRunner, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = Path(settings.data_dir) / "inbox"
    inbox.mkdir(parents=True)
    (inbox / "a.eml").write_bytes(make_mail(31))
    env = _env(settings)
    result = run_dvk.invoke(cli.app, ["ingest", "--once", "--json"], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"source": "drop", "new_messages": 1}
    monkeypatch.setattr(cli, "_state", {})
    listed = run_dvk.invoke(cli.app, ["messages", "--json", "--state", "received"], env=env)
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.stdout)
    assert len(rows) == 1
    assert rows[0]["message_id"] == "<m31@nghiathai.test>"
    assert rows[0]["sender"] == "chibo1@nghiathai.test"
    assert rows[0]["state"] == "received" and rows[0]["unit_id"] is None
    [attachment] = rows[0]["attachments"]
    assert attachment["filename"] == "Đăng ký mô hình.docx"
    assert attachment["media_type"] == "application/pdf"
    assert len(attachment["sha256"]) == 64 and attachment["size"] > 0
    monkeypatch.setattr(cli, "_state", {})
    other = run_dvk.invoke(cli.app, ["messages", "--json", "--state", "done"], env=env)
    assert json.loads(other.stdout) == []
    monkeypatch.setattr(cli, "_state", {})
    table = run_dvk.invoke(cli.app, ["messages"], env={**env, "COLUMNS": "200"})
    assert table.exit_code == 0 and "chibo1@nghiathai.test" in table.stdout


def test_ingest_once_from_imap(run_dvk: CliRunner, mailbox: Mailbox) -> None:
    for n in (32, 33, 34):
        mailbox.append(make_mail(n))
    env = _env(
        mailbox.settings,
        DVK_IMAP_URL=mailbox.server.url(mailbox.user),
        DVK_IMAP_PASSWORD=mailbox.password,
        DVK_IMAP_BATCH_SIZE="2",
    )
    result = run_dvk.invoke(cli.app, ["ingest", "--once", "--json"], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"source": "imap", "new_messages": 3}
    assert all("$DvkProcessed" in f for f in mailbox.flags().values())


def test_ingest_refuses_a_bad_imap_setting(run_dvk: CliRunner, settings: Settings) -> None:
    env = _env(settings, DVK_IMAP_URL="imaps://nobody@mail.test/INBOX", DVK_IMAP_ACTION="burn")
    result = run_dvk.invoke(cli.app, ["ingest", "--once"], env=env)
    assert_refused(result, "DVK_IMAP_ACTION", code=2)
