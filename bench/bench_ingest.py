"""The mailbox watcher on this machine: a private Dovecot → ingest → a fresh PostgreSQL database.

    .venv/bin/python -m bench.bench_ingest [--latency 60] [--backlog 2000] [--size-kb 60]

Prints, and writes to bench/results/ingest.json:
* latency from the start of an IMAP APPEND to the message committed by an idling watcher, one
  message at a time (p50, p95, max; targets p50 ≤ 1 s, p95 ≤ 1.5 s). Dovecot tells an idling
  client about new mail 0.5 s after it arrives (NOTIFY_DELAY_MSECS, hard-coded in
  src/lib-storage/mailbox-watch.c; `imap_idle_notify_interval` only spaces the "Still here"
  keep-alives), so about 0.5 s of every figure is the server's;
* the backlog rate: messages of about 60 KB appended while no watcher runs, then
  `ImapWatcher.drain_once` in a child process (fetch in batches, parse, store, commit, flag),
  next to the bare imapclient rate of `BODY.PEEK[]` in batches of 100 on the same folder
  (target ≥ 300 messages/s);
* the peak RSS of that child (target ≤ 200 MB), from os.wait4.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from sqlalchemy import create_engine, text

from documents.db import make_engine, make_session_factory
from ingest.imap import ImapWatcher
from tests.servers.dovecot import Dovecot
from tests.servers.mails import make_mail
from workers.bootstrap import upgrade_database
from workers.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PG_ADMIN_URL = os.environ.get(
    "DVK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


@contextmanager
def fresh_database() -> Iterator[str]:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"dvk_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        upgrade_database(Settings(_env_file=None, database_url=url))
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def sized_mail(n: int, size_kb: int, run: str) -> bytes:
    """A message of about `size_kb` KB: a short body and a PDF-like attachment (base64)."""
    rng = random.Random(f"{run}-{n}")
    data = b"%PDF-1.4\n" + rng.randbytes(max(1, size_kb * 1024 * 3 // 4 - 600))
    return make_mail(n, subject=f"Báo cáo kết quả mô hình {run} {n}", attachment=data)


def settings_for(server: Dovecot, user: str, database_url: str) -> Settings:
    return Settings(
        _env_file=None,
        database_url=database_url,
        data_dir=server.root / "var",
        imap_url=server.url(user),
        imap_password=SecretStr(server.users[user]),
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure_latency(server: Dovecot, database_url: str, count: int) -> dict[str, Any]:
    user = "latency"
    server.add_user(user, "pw-latency")
    server.append(user, "INBOX", make_mail(0, subject="warm-up"))
    settings = settings_for(server, user, database_url)
    engine = make_engine(database_url)
    committed = threading.Event()

    def on_commit(created: list[int]) -> None:
        if created:
            committed.set()

    watcher = ImapWatcher(settings, make_session_factory(engine), after_commit=on_commit)
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    thread.start()
    seconds: list[float] = []
    try:
        if not committed.wait(60):
            raise RuntimeError("the watcher never caught up the warm-up message")
        client = server.client(user)  # one connection for the APPENDs, like a delivery agent
        try:
            for n in range(1, count + 1):
                committed.clear()
                time.sleep(0.05)  # let the watcher go back to IDLE after the last flag
                raw = make_mail(n, subject=f"latency {n}")
                started = time.perf_counter()
                client.append("INBOX", raw)
                if not committed.wait(30):
                    raise RuntimeError(f"message {n} was not committed within 30 s")
                seconds.append(time.perf_counter() - started)
        finally:
            client.logout()
    finally:
        stop.set()
        thread.join(30)
        engine.dispose()
    return {
        "messages": len(seconds),
        "p50_s": round(statistics.median(seconds), 3),
        "p95_s": round(percentile(seconds, 0.95), 3),
        "max_s": round(max(seconds), 3),
        "min_s": round(min(seconds), 3),
    }


def fill_backlog(server: Dovecot, user: str, count: int, size_kb: int) -> float:
    client = server.client(user)
    total = 0
    try:
        for n in range(count):
            raw = sized_mail(n, size_kb, user)
            total += len(raw)
            client.append("INBOX", raw)
    finally:
        client.logout()
    return total / count / 1024


def bare_fetch_rate(server: Dovecot, user: str) -> dict[str, float]:
    client = server.client(user)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        started = time.perf_counter()
        size = 0
        for start in range(0, len(uids), 100):
            fetched = client.fetch(uids[start : start + 100], ["BODY.PEEK[]", "INTERNALDATE"])
            size += sum(len(d[b"BODY[]"]) for d in fetched.values())
        elapsed = time.perf_counter() - started
    finally:
        client.logout()
    return {
        "messages": len(uids),
        "per_second": round(len(uids) / elapsed, 1),
        "mb_per_second": round(size / elapsed / 1e6, 1),
    }


def drain_in_child(server: Dovecot, user: str, database_url: str) -> dict[str, Any]:
    env = {
        **os.environ,
        "DVK_DATABASE_URL": database_url,
        "DVK_IMAP_URL": server.url(user),
        "DVK_IMAP_PASSWORD": server.users[user],
        "DVK_DATA_DIR": str(server.root / "var"),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_ingest", "--child-drain"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"the draining child failed ({child.returncode})")
    result: dict[str, Any] = json.loads(output)
    result["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)  # Linux reports KiB
    result["per_second"] = round(result["messages"] / result["seconds"], 1)
    return result


def child_drain() -> None:
    settings = Settings()
    engine = make_engine(settings.effective_database_url)
    watcher = ImapWatcher(settings, make_session_factory(engine))
    started = time.perf_counter()
    created = watcher.drain_once()
    elapsed = time.perf_counter() - started
    engine.dispose()
    sys.stdout.write(json.dumps({"messages": created, "seconds": round(elapsed, 3)}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--latency", type=int, default=60, help="messages, one at a time")
    parser.add_argument("--backlog", type=int, default=2000, help="messages in the backlog")
    parser.add_argument("--size-kb", type=int, default=60, help="approximate message size")
    parser.add_argument("--child-drain", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_drain:
        child_drain()
        return
    server = Dovecot.create()
    server.start()
    try:
        with fresh_database() as database_url:
            latency = measure_latency(server, database_url, args.latency)
            print(
                f"APPEND → committed, {latency['messages']} messages one at a time: "
                f"p50 {latency['p50_s']} s, p95 {latency['p95_s']} s, max {latency['max_s']} s"
            )
            server.add_user("backlog", "pw-backlog")
            size = fill_backlog(server, "backlog", args.backlog, args.size_kb)
            bare = bare_fetch_rate(server, "backlog")
            print(
                f"bare imapclient fetch (BODY.PEEK[], batches of 100): {bare['per_second']} "
                f"messages/s, {bare['mb_per_second']} MB/s ({bare['messages']} × {size:.0f} KB)"
            )
            drain = drain_in_child(server, "backlog", database_url)
            print(
                f"backlog drained by the watcher (fetch, parse, store, commit, flag): "
                f"{drain['messages']} messages in {drain['seconds']} s = "
                f"{drain['per_second']} messages/s; peak RSS {drain['peak_rss_mb']} MB"
            )
    finally:
        server.destroy()
    print(f"load average during the run: {os.getloadavg()[1]:.1f} (5 min) on {os.cpu_count()} CPUs")
    results = {
        "latency": latency,
        "bare_fetch": bare,
        "backlog": {**drain, "message_kb": round(size, 1)},
        "dovecot": "2.3 private instance, Maildir, IDLE with inotify (0.5 s notify delay)",
        "database": "PostgreSQL, fresh database",
        "load_average": os.getloadavg(),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ingest.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
