"""`dvk backup` and `dvk restore` on a register of 1,000 forms, on SQLite and PostgreSQL.

Run: .venv/bin/python -m bench.bench_backup [--forms 1000]
For each backend: a temporary database (PostgreSQL on DVK_BENCH_PG_URL's server, dropped at the
end) is filled through dvk's real paths — the example units and campaign, then `--forms` form
mails (each a real .docx) dropped into the drop folder and processed as `dvk run --once` does,
acknowledgements planned and written — then backed up, and restored into an empty database of
the other backend, each in a process of its own. Prints the database's size, the archive's
size, backup and restore times and their peak memory (both stream: the figure should not grow
with the register).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from bench.bench_register import ROOT, migrate
from tests.faults.mailgen import CAMPAIGN_FILE, UNITS_FILE, backlog
from workers.bootstrap import Context, load_configured_files
from workers.runner import Runner
from workers.settings import Settings

ADMIN_URL = os.environ.get(
    "DVK_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


@contextmanager
def database(backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / f'{uuid.uuid4().hex[:6]}.sqlite3'}"
        return
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"dvk_bench_backup_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def size_of(url: str) -> int:
    if url.startswith("sqlite"):
        return Path(url.removeprefix("sqlite:///")).stat().st_size
    engine = create_engine(url)
    with engine.connect() as conn:
        size = int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
    engine.dispose()
    return size


def fill(url: str, folder: Path, forms: int) -> float:
    migrate(url)
    settings = Settings(_env_file=None, data_dir=folder / "var", database_url=url,
                        units_file=UNITS_FILE, campaign_file=CAMPAIGN_FILE)  # fmt: skip
    settings.inbox_dir.mkdir(parents=True, exist_ok=True)
    for mail in backlog(forms, run="backup"):
        (settings.inbox_dir / f"{mail.number:05d}.eml").write_bytes(mail.raw)
    context = Context(settings)
    started = time.perf_counter()
    try:
        load_configured_files(context)
        processed = Runner(context).run_once()
    finally:
        context.dispose()
    assert processed == forms, f"{processed} of {forms} processed"
    return time.perf_counter() - started


CHILD = """
import json, sys
from pathlib import Path
from documents.db import make_engine
from workers import backup
action, url, path = sys.argv[1:]
engine = make_engine(url)
summary = getattr(backup, action)(engine, Path(path))
engine.dispose()
# VmHWM, not ru_maxrss: Linux carries the parent's ru_maxrss across fork and exec.
status = Path("/proc/self/status").read_text()
peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1]) / 1024
print(json.dumps({"rows": summary.rows, "bytes": summary.bytes, "seconds": summary.seconds,
                  "peak": peak}))
"""


def in_child(action: str, url: str, path: Path) -> tuple[dict[str, Any], float]:
    """Back up or restore in a fresh process, so its peak memory is its own."""
    done = subprocess.run([sys.executable, "-c", CHILD, action, url, str(path)], check=True,
                          capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result, float(result["peak"])


def mib(count: float) -> str:
    return f"{count / 1024 / 1024:.1f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=1000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for source, target in (("sqlite", "postgres"), ("postgres", "sqlite")):
            with database(source, folder) as url, database(target, folder) as empty:
                filling = fill(url, folder / source, args.forms)
                path = folder / f"{source}.backup.gz"
                made, made_rss = in_child("backup", url, path)
                restored, restored_rss = in_child("restore", empty, path)
                assert restored["rows"] == made["rows"]
                print(
                    f"{source}: {args.forms:,} forms processed in {filling:.0f} s; database "
                    f"{mib(size_of(url))} ({mib(size_of(url) / args.forms * 1000)} per 1,000 "
                    f"forms); backup {mib(made['bytes'])} in {made['seconds']:.1f} s "
                    f"({sum(made['rows'].values()):,} rows, peak RSS {made_rss:.0f} MiB); "
                    f"restored into {target} in {restored['seconds']:.1f} s "
                    f"(peak RSS {restored_rss:.0f} MiB)",
                    flush=True,
                )


if __name__ == "__main__":
    main()
