"""A real Celery worker on Redis and PostgreSQL writes its heartbeat and probes its sandbox at
start, answers `dvk health --probe`, and removes its row when stopped on purpose."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from sqlalchemy import select

from documents.db import make_session_factory
from documents.models import Heartbeat
from documents.operations import heartbeats as hb
from tests.integration.workers.cli_harness import dvk
from tests.integration.workers.test_celery_path import ROOT, broker, pg_settings
from tests.polling import poll_until
from workers.bootstrap import Context
from workers.settings import Settings

__all__ = ["broker", "pg_settings"]  # the fixtures, shared with the Celery path test


def test_a_worker_reports_itself_and_its_sandbox(pg_settings: Settings) -> None:
    env = {
        "DVK_DATABASE_URL": pg_settings.effective_database_url,
        "DVK_BROKER_URL": pg_settings.broker_url or "",
        "DVK_DATA_DIR": str(pg_settings.data_dir),
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "workers.cli", "worker", "--concurrency", "1"],
        env={**os.environ, **env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    context = Context(pg_settings)
    sessions = make_session_factory(context.engine)

    def rows(role: str) -> list[Heartbeat]:
        with sessions() as session:
            return list(session.scalars(select(Heartbeat).where(Heartbeat.role == role)))

    try:
        assert poll_until(lambda: rows(hb.WORKER) and rows(hb.SANDBOX), 90), (
            "the worker wrote no heartbeat or sandbox probe"
        )
        (node,) = rows(hb.WORKER)
        assert node.instance.startswith("celery@")
        (probe,) = rows(hb.SANDBOX)
        assert probe.instance == node.instance and probe.ok_at is not None
        assert probe.failures == 0 and probe.detail["source"] == "docx"
        recorded = json.loads(dvk(["health", "--component", "workers"], env).stdout)
        assert recorded["components"]["workers"]["status"] == "ok"
        assert list(recorded["components"]["workers"]["live"]) == [node.instance]
        live = dvk(["health", "--component", "workers", "--probe"], env)
        assert live.exit_code == 0, live.stdout
        assert json.loads(live.stdout)["components"]["workers"]["answered"] == [node.instance]
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
        assert rows(hb.WORKER) == []  # stopped on purpose: not a lost worker
        gone = dvk(["health", "--component", "workers"], env)
        assert gone.exit_code == 1
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
        context.dispose()
