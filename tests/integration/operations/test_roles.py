"""The roles write their heartbeats through their real paths, and `dvk health` reads them."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy.orm import Session, sessionmaker

from documents.models import Heartbeat
from documents.operations import heartbeats as hb
from ingest.imap import DrainError, ImapWatcher
from tests.conftest import ROOT
from tests.integration.workers.cli_harness import dvk
from workers.bootstrap import Context, load_configured_files
from workers.runner import Runner
from workers.settings import Settings


def _env(settings: Settings, **extra: str) -> dict[str, str]:
    return {
        "DVK_DATABASE_URL": settings.effective_database_url,
        "DVK_DATA_DIR": str(settings.data_dir),
        **extra,
    }


def test_run_once_reports_the_drop_folder_and_the_tick(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    settings.inbox_dir.mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "mails" / "02-dang-ky-hoi-phu-nu.eml", settings.inbox_dir)
    settings = settings.model_copy(
        update={"units_file": ROOT / "examples" / "units.yaml",
                "campaign_file": ROOT / "examples" / "campaign.yaml"}
    )  # fmt: skip
    context = Context(settings)
    try:
        load_configured_files(context)
        assert Runner(context).run_once() == 1
    finally:
        context.dispose()
    with sessions() as session:
        drop = session.get(Heartbeat, (hb.WATCHER, hb.DROP_FOLDER))
        tick = session.get(Heartbeat, (hb.TICK, hb.SCHEDULER))
        assert drop is not None and drop.ok_at is not None and drop.failures == 0
        assert tick is not None and tick.ok_at is not None
    outcome = dvk(["health", "--component", "watcher"], _env(settings))
    assert outcome.exit_code == 0, outcome.stderr
    report = json.loads(outcome.stdout)
    assert report["components"]["watcher"]["mailboxes"][hb.DROP_FOLDER]["status"] == "ok"
    smtp = json.loads(dvk(["health", "--component", "smtp"], _env(settings)).stdout)
    assert smtp["components"]["smtp"]["status"] == "ok"  # the acknowledgement was written


def test_a_mailbox_that_refuses_is_recorded_and_reported_down(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    url = "imap://danvan%40xa.test@127.0.0.1:1/INBOX"
    watching = settings.model_copy(update={"imap_url": url, "health_stale_seconds": 300})
    with pytest.raises(DrainError):
        ImapWatcher(watching, sessions).drain_once()
    with sessions() as session:
        row = session.get(Heartbeat, (hb.WATCHER, url))
        assert row is not None and row.failures == 1 and row.ok_at is None
        assert row.error is not None and "ConnectionRefused" in row.error
    env = _env(settings, DVK_IMAP_URL=url, DVK_IMAP_PASSWORD="pw-secret")
    outcome = dvk(["health"], env)
    assert outcome.exit_code == 1  # never polled successfully: the mailbox is down
    report = json.loads(outcome.stdout)
    assert report["components"]["watcher"]["status"] == "down"


def test_health_refuses_an_unknown_component_and_exits_1_when_down(settings: Settings) -> None:
    refused = dvk(["health", "--component", "nothing"], _env(settings))
    assert refused.exit_code == 2 and "one of database, broker" in refused.stderr
    dead = _env(settings, DVK_BROKER_URL="redis://:pw-secret@127.0.0.1:1/0")
    outcome = dvk(["health", "--component", "broker"], dead)
    assert outcome.exit_code == 1
    assert json.loads(outcome.stdout)["components"]["broker"]["status"] == "down"
    assert "pw-secret" not in outcome.stdout + outcome.stderr
