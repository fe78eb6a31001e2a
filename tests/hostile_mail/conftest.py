"""Hostile mail through the in-process path: drop folder → store → process → acknowledgement
into the outbox folder (FolderSender). The same steps the Celery tasks call (workers.steps),
on PostgreSQL, without a broker: what matters here is the content of the mail, not transport."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from documents.db import make_engine
from tests.conftest import _empty_all_tables
from tests.faults.mailgen import CAMPAIGN_FILE, OFFICE, UNITS_FILE
from workers.bootstrap import Context, load_configured_files
from workers.settings import Settings


@pytest.fixture
def ctx(tmp_path: Path, postgres_url: str) -> Iterator[Context]:
    engine = make_engine(postgres_url)
    _empty_all_tables(engine)
    engine.dispose()
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path / "var",
        database_url=postgres_url,
        office_email=OFFICE,
        units_file=UNITS_FILE,
        campaign_file=CAMPAIGN_FILE,
    )
    context = Context(settings)
    load_configured_files(context)
    yield context
    context.dispose()
