"""One watcher, many communes' mailboxes: a private Dovecot → `ImapWatcher.run` → PostgreSQL.

    .venv/bin/python -m bench.bench_mailboxes [--accounts 150] [--bad 10] [--dead 5]

Adds `--accounts` good accounts (a commune each), `--bad` with a wrong password and `--dead`
on a server that accepts connections and never answers, starts one watcher, waits until every
good account is caught up (and idling), then appends one mail to every good account at once
(8 appending threads) and prints, and writes to bench/results/mailboxes.json:
* the time until every good account was first caught up (connections, logins, first passes);
* APPEND start → message committed, p50/p95/max over the burst, and the whole burst's span;
  Dovecot tells an idling client about new mail 0.5 s after it arrives, so about 0.5 s of each
  figure is the server's;
* that every mail (the burst and each account's warm-up mail) was stored exactly once, the bad accounts' recorded errors and backoff, and
  that no dead account was ever marked a success;
* the watcher's threads and this process's peak RSS (it holds the database and the watcher);
* Dovecot's inotify warnings: past `fs.inotify.max_user_instances` (often 128) idling folders,
  Dovecot itself notices new mail only every 30 s, whatever the client does.
"""

from __future__ import annotations

import argparse
import json
import resource
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench.bench_ingest import RESULTS, fresh_database, percentile
from documents import clock
from documents.db import make_engine, make_session_factory, transaction
from documents.mail_accounts import add_account
from documents.models import Commune, MailAccount, MailLocation, Message
from ingest.imap import ImapWatcher
from tests.servers.dovecot import Dovecot
from tests.servers.mails import make_mail
from workers.settings import Settings

LIMIT = 600.0  # seconds any phase may take before the run is called failed


def wait(condition: Any, what: str) -> float:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > LIMIT:
            raise SystemExit(f"not within {LIMIT:.0f} s: {what}")
        time.sleep(0.05)
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accounts", type=int, default=150)
    parser.add_argument("--bad", type=int, default=10)
    parser.add_argument("--dead", type=int, default=5)
    args = parser.parse_args()
    server = Dovecot.create(extra_config="default_process_limit = 2000\n"
                                         "default_client_limit = 8000\n")  # fmt: skip
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(64)
    try:
        server.start()
        with fresh_database() as url:
            result = run(server, url, silent.getsockname()[1], args)
        # Dovecot watches each idling folder with inotify; past the kernel's per-user limit of
        # inotify instances (fs.inotify.max_user_instances, often 128) it falls back to looking
        # every mailbox_idle_check_interval (30 s), and its idling clients hear of mail late.
        log = server.log_path.read_text(errors="replace")
        result["server_inotify_warnings"] = sum(
            1 for line in log.splitlines() if "inotify" in line.lower()
        )
        result["inotify_max_user_instances"] = int(
            Path("/proc/sys/fs/inotify/max_user_instances").read_text()
        )
    finally:
        silent.close()
        server.destroy()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "mailboxes.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


def run(server: Dovecot, url: str, dead_port: int, args: argparse.Namespace) -> dict[str, Any]:
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    good = [f"xa{n:03d}" for n in range(args.accounts)]
    for n, user in enumerate([*good, *(f"sai{n:03d}" for n in range(args.bad))]):
        server.add_user(user, f"pw-{user}")
        server.append(user, "INBOX", make_mail(5000 + n, subject=f"Thư đầu tiên {user}"))
    with transaction(sessions) as session:
        for user in good:
            session.add(Commune(slug=user, name=f"xã {user}"))
        for n in range(args.bad):
            session.add(Commune(slug=f"sai{n:03d}", name=f"xã sai {n}"))
        for n in range(args.dead):
            session.add(Commune(slug=f"chet{n:03d}", name=f"xã chết {n}"))
        session.flush()
        for user in good:
            add_account(session, server.url(user), commune_slug=user, password=f"pw-{user}")
        for n in range(args.bad):
            add_account(session, server.url(f"sai{n:03d}"), commune_slug=f"sai{n:03d}",
                        password="wrong")  # fmt: skip
        for n in range(args.dead):
            dead_url = f"imap://chet{n}@127.0.0.1:{dead_port}/INBOX"
            add_account(session, dead_url, commune_slug=f"chet{n:03d}", password="x")
    settings = Settings(_env_file=None, database_url=url, data_dir=server.root / "var")
    watcher = ImapWatcher(settings, sessions)
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    started = time.monotonic()
    thread.start()

    def caught_up() -> int:
        with sessions() as session:
            return int(session.scalar(
                select(func.count()).select_from(MailAccount).where(
                    MailAccount.last_success_at.is_not(None), MailAccount.url.contains("//xa")
                )
            ) or 0)  # fmt: skip

    wait(lambda: caught_up() == len(good), "every good account caught up")
    first_pass = time.monotonic() - started
    time.sleep(2.0)  # every account back in IDLE
    appended: dict[str, datetime] = {}

    def append(index: int) -> None:
        raw = make_mail(1000 + index, subject=f"Báo cáo {good[index]}")
        client = server.client(good[index])  # logged in first: the clock starts at APPEND
        try:
            appended[f"<m{1000 + index}@nghiathai.test>"] = clock.now()
            Dovecot._append(client, "INBOX", raw, (), None)
        finally:
            client.logout()

    burst_start = clock.now()
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(append, range(len(good))))
    burst_appended = (clock.now() - burst_start).total_seconds()

    def stored() -> int:
        with sessions() as session:
            return int(session.scalar(select(func.count()).select_from(Message)) or 0)

    wait(lambda: stored() >= 2 * len(good), "every burst mail stored")  # and the warm-ups
    threads = threading.active_count()
    with sessions() as session:
        rows = session.execute(select(Message.message_id_header, Message.ingested_at)).all()
        locations = int(session.scalar(select(func.count()).select_from(MailLocation)) or 0)
        accounts = list(session.scalars(select(MailAccount)))
    stop.set()
    thread.join(10)
    engine.dispose()
    latencies = [(at - appended[mid]).total_seconds() for mid, at in rows if mid in appended]
    last = max(at for mid, at in rows if mid in appended)
    bad = [a for a in accounts if "//sai" in a.url]
    dead = [a for a in accounts if "//chet" in a.url]
    return {
        "accounts": {"good": len(good), "wrong_password": args.bad, "dead_server": args.dead},
        "first_pass_all_good_s": round(first_pass, 2),
        "burst": {
            "mails": len(good),
            "appending_took_s": round(burst_appended, 2),
            "span_first_append_to_last_commit_s": round((last - burst_start).total_seconds(), 2),
            "append_to_commit_p50_s": round(percentile(latencies, 0.5), 3),
            "append_to_commit_p95_s": round(percentile(latencies, 0.95), 3),
            "append_to_commit_max_s": round(max(latencies), 3),
        },
        "exactly_once": len(rows) == 2 * len(good) == locations and len(latencies) == len(good),
        "wrong_password_accounts_with_error_and_backoff": sum(
            1 for a in bad if a.failures and a.last_error and a.next_attempt_at
        ),
        "dead_accounts_ever_successful": sum(1 for a in dead if a.last_success_at),
        "threads": threads,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "measured_at": clock.now().isoformat(timespec="seconds"),
        "host": Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "",
    }


if __name__ == "__main__":
    main()
