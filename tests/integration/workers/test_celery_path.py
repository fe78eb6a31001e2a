"""The Celery path for real: a worker process on the real Redis and PostgreSQL (not eager mode)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from sqlalchemy import select

from documents.db import make_engine, make_session_factory
from documents.models import Message, OutboundMail
from ingest.dropfolder import drain_drop_folder
from tests.conftest import _empty_all_tables, unavailable
from tests.polling import poll_until
from workers.bootstrap import Context, load_configured_files
from workers.celery_app import make_celery
from workers.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
BROKER = "redis://127.0.0.1:6379/9"


@pytest.fixture
def broker() -> str:
    try:
        client = redis.Redis.from_url(BROKER, socket_connect_timeout=2)
        client.flushdb()
    except redis.RedisError as exc:
        unavailable(f"Redis is not reachable at 127.0.0.1:6379: {exc}")
    return BROKER


@pytest.fixture
def pg_settings(postgres_url: str, tmp_path: Path, broker: str) -> Settings:
    _empty_all_tables(make_engine(postgres_url))
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "var",
        database_url=postgres_url,
        broker_url=broker,
        units_file=ROOT / "examples" / "units.yaml",
        campaign_file=ROOT / "examples" / "campaign.yaml",
        office_email="danvan@nghiathai.test",
    )


@pytest.fixture
def worker(pg_settings: Settings) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "DVK_DATABASE_URL": pg_settings.effective_database_url,
        "DVK_BROKER_URL": pg_settings.broker_url or "",
        "DVK_DATA_DIR": str(pg_settings.data_dir),
        "DVK_OFFICE_EMAIL": "danvan@nghiathai.test",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "workers.cli", "worker", "--concurrency", "1"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    yield process
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def test_worker_processes_a_stored_message_and_sends_its_acknowledgement(
    pg_settings: Settings, worker: subprocess.Popen[bytes]
) -> None:
    ctx = Context(pg_settings)
    load_configured_files(ctx)
    pg_settings.inbox_dir.mkdir(parents=True)
    shutil.copy(
        ROOT / "examples" / "mails" / "01-dang-ky-chi-bo-xom-1.eml",
        pg_settings.inbox_dir / "m.eml",
    )
    celery = make_celery(pg_settings)
    (message_id,) = drain_drop_folder(
        ctx.sessions,
        pg_settings,
        lambda mid: celery.send_task("dvk.process_message", args=[mid]),
    )
    sessions = make_session_factory(ctx.engine)

    def acknowledged() -> bool:
        with sessions() as session:
            mail = session.scalar(
                select(OutboundMail).where(OutboundMail.related_message_id == message_id)
            )
            return mail is not None and mail.state == "sent"

    assert poll_until(acknowledged, 90), "the worker did not process the message and send its ack"
    with sessions() as session:
        message = session.get_one(Message, message_id)
        assert message.state == "processed"
        assert message.unit_id == "cb-xom-1"
    assert len(list(pg_settings.outbox_dir.glob("*.eml"))) == 1
    assert worker.poll() is None
    ctx.dispose()
