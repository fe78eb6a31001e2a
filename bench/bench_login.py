"""Benchmark of the login: what a person waits for between "Đăng nhập" and the register.

Serves the web register with waitress (as `dvk web` does) on a fresh database and logs in over
HTTP: the first login after the server starts, then p50/p95 over many logins (each a new browser:
GET the form, POST it, follow to the register), against the target of ≤ 300 ms. Prints beside it
the bare argon2 check with dvk's parameters and with argon2-cffi's defaults (what dvk used
before), and the first login of a user whose hash still has the old parameters (it is rehashed).

    .venv/bin/python -m bench.bench_login [--logins 30] [--postgres]

The database is a SQLite file in a temporary folder, or with --postgres a fresh PostgreSQL
database (created and dropped like bench_web's; DVK_BENCH_PG_URL names the server).
"""

from __future__ import annotations

import argparse
import http.client
import re
import socket
import statistics
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

from argon2 import PasswordHasher
from sqlalchemy import select

from bench.bench_web import fresh_database
from documents.db import make_engine, make_session_factory
from documents.models import User
from web.app import create_app, serve
from web.users import _hasher, add_user
from workers.bootstrap import upgrade_database
from workers.settings import Settings

PASSWORD = "mat-khau-do-thu-123"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def request(
    port: int, method: str, path: str, cookies: dict[str, str], form: dict[str, str] | None = None
) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())} if cookies else {}
    body = None
    if form is not None:
        body = urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    text = response.read().decode()
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        cookies[name] = rest.split(";", 1)[0]
    connection.close()
    return response.status, text


def login_ms(port: int, username: str) -> float:
    """One login as a person does it: the form, the POST, the register it leads to."""
    cookies: dict[str, str] = {}
    began = time.perf_counter()
    _, page = request(port, "GET", "/login", cookies)
    match = TOKEN.search(page)
    assert match is not None
    form = {"username": username, "password": PASSWORD, "csrf_token": match[1]}
    status, _ = request(port, "POST", "/login", cookies, form)
    assert status == 302, status
    status, _ = request(port, "GET", "/", cookies)
    assert status == 200, status
    return (time.perf_counter() - began) * 1000


def verify_ms(hasher: PasswordHasher, rounds: int = 10) -> float:
    digest = hasher.hash(PASSWORD)
    began = time.perf_counter()
    for _ in range(rounds):
        hasher.verify(digest, PASSWORD)
    return (time.perf_counter() - began) * 1000 / rounds


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--logins", type=int, default=30)
    parser.add_argument("--postgres", action="store_true", help="A fresh PostgreSQL database.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        url = (
            stack.enter_context(fresh_database())
            if args.postgres
            else f"sqlite:///{Path(folder) / 'dvk.sqlite3'}"
        )
        settings = Settings(
            _env_file=None, data_dir=Path(folder), database_url=url, secret_key="bench-" * 8
        )
        upgrade_database(settings)
        engine = make_engine(url)
        sessions = make_session_factory(engine)
        legacy = PasswordHasher()  # argon2-cffi's defaults: what dvk hashed with before
        with sessions() as session:
            for n in range(args.logins + 1):
                add_user(session, f"bench{n}", PASSWORD)
            add_user(session, "legacy", PASSWORD)
            legacy_user = session.scalar(select(User).where(User.username == "legacy"))
            assert legacy_user is not None
            legacy_user.password_hash = legacy.hash(PASSWORD)
            session.commit()

        stop = threading.Event()
        port = free_port()
        app = create_app(settings, sessions)
        server = threading.Thread(target=serve, args=(app, "127.0.0.1", port, stop), daemon=True)
        server.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                request(port, "GET", "/healthz", {})
                break
            except OSError:
                time.sleep(0.05)
        try:
            first = login_ms(port, "bench0")
            times = [login_ms(port, f"bench{n}") for n in range(1, args.logins + 1)]
            rehash = login_ms(port, "legacy")
            after = login_ms(port, "legacy")
        finally:
            stop.set()
            server.join(timeout=10)
        with sessions() as session:
            stored = session.scalar(select(User.password_hash).where(User.username == "legacy"))
        engine.dispose()
    p50, p95 = statistics.median(times), percentile(times, 0.95)
    verdict = "OK" if p95 <= 300 else "OVER TARGET"
    print(f"database: {url.split(':', 1)[0]}")
    print(f"first login after start: {first:.0f} ms (form + POST + register page, over HTTP)")
    print(
        f"login, {args.logins} browsers: p50 {p50:.0f} ms, p95 {p95:.0f} ms "
        f"(target ≤ 300 ms: {verdict})"
    )
    params = _hasher
    print(
        f"argon2 check alone: {verify_ms(params):.0f} ms with dvk's m={params.memory_cost} KiB "
        f"t={params.time_cost} p={params.parallelism}; {verify_ms(legacy):.0f} ms with the "
        f"library defaults m={legacy.memory_cost} KiB t={legacy.time_cost} p={legacy.parallelism}"
    )
    print(
        f"a user with an old-parameter hash: first login {rehash:.0f} ms (checked and rehashed), "
        f"next {after:.0f} ms; stored hash now {stored.split('$')[3] if stored else '?'}"
    )


if __name__ == "__main__":
    main()
