"""A register filled through dvk's real paths: the units and campaign files loaded, mails dropped
into the drop folder and processed as `dvk run --once` does (acknowledgements planned and
written), a resubmission that supersedes a form, an office login and a correction (audited)."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from documents.db import make_engine, make_session_factory
from documents.models import Base, Blob, ExtractionRecord
from documents.review import correct_fields
from tests.conftest import PG_ADMIN_URL, PG_SESSION_TIMEZONE, ROOT
from tests.faults.mailgen import form_mail, unit_addresses
from web.users import add_user
from workers.bootstrap import Context, load_configured_files
from workers.runner import Runner
from workers.settings import Settings


def fill(settings: Settings) -> None:
    settings = settings.model_copy(
        update={"units_file": ROOT / "examples" / "units.yaml",
                "campaign_file": ROOT / "examples" / "campaign.yaml"}
    )  # fmt: skip
    settings.inbox_dir.mkdir(parents=True, exist_ok=True)
    for mail in sorted((ROOT / "examples" / "mails").glob("*.eml")):
        shutil.copy(mail, settings.inbox_dir / mail.name)
    unit = unit_addresses()[0]
    for number in (1, 2):  # the same model twice: the second supersedes the first
        raw = form_mail(number, unit, run="backup", model_name="Mô hình đổi lần hai").raw
        (settings.inbox_dir / f"resend-{number}.eml").write_bytes(raw)
    context = Context(settings)
    try:
        load_configured_files(context)
        assert Runner(context).run_once() == 7
        with context.sessions.begin() as session:
            add_user(session, "vanphong", "mat-khau-du-dai-1", "editor")
            first = session.scalars(select(ExtractionRecord).order_by(ExtractionRecord.id)).first()
            assert first is not None
            correct_fields(session, first.id, {"phone": "0912 345 678"}, actor="vanphong")
    finally:
        context.dispose()


def every_row(sessions: sessionmaker[Session]) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows as dvk's models read them (aware UTC times), ordered by key."""
    found: dict[str, list[dict[str, Any]]] = {}
    with sessions() as session:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns)
            found[table.name] = [dict(row._mapping) for row in
                                 session.execute(select(table).order_by(*order))]  # fmt: skip
    return found


def blobs_intact(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        count = 0
        for blob in session.scalars(select(Blob)):
            assert hashlib.sha256(blob.data).hexdigest() == blob.sha256
            assert len(blob.data) == blob.size
            count += 1
        return count


@contextmanager
def empty_database(backend: str, tmp: Any) -> Iterator[str]:
    """A URL of a database with nothing in it (no tables), dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp / f'empty-{uuid.uuid4().hex[:6]}.sqlite3'}"
        return
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"dvk_restore_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        conn.execute(text(f"ALTER DATABASE \"{name}\" SET timezone TO '{PG_SESSION_TIMEZONE}'"))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})  # fmt: skip
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def sessions_for(url: str) -> sessionmaker[Session]:
    return make_session_factory(make_engine(url))
