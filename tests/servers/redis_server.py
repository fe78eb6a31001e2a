"""A private `redis-server` on a free loopback port, for tests that restart the broker.

The machine's shared Redis (6379) serves every engineer's tests at once; restarting it would
break theirs. This one keeps nothing on disk (`--save "" --appendonly no`), exactly like the
production broker configuration assumes, so a restart loses every queued task: that is the
fault the reconciler must repair.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
_START_WAIT = 20.0  # an upper bound for the server to answer, not a measurement


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisUnavailableError(RuntimeError):
    """redis-server is not installed or did not start."""


@dataclass
class RedisServer:
    root: Path
    port: int
    host: str = "127.0.0.1"
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    restarts: int = 0

    @classmethod
    def create(cls, port: int | None = None) -> RedisServer:
        if not Path(REDIS_SERVER).exists():
            raise RedisUnavailableError(
                "redis-server is not installed (Debian package redis-server)"
            )
        return cls(root=Path(tempfile.mkdtemp(prefix="dvk-redis-")), port=port or free_port())

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"

    def ping(self) -> bool:
        try:
            with socket.create_connection((self.host, self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self) -> None:
        log = (self.root / "redis.log").open("ab")
        self.process = subprocess.Popen(
            [
                REDIS_SERVER, "--port", str(self.port), "--bind", self.host,
                "--save", "", "--appendonly", "no", "--dir", str(self.root),
                "--protected-mode", "no", "--daemonize", "no",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        log.close()
        deadline = time.monotonic() + _START_WAIT
        while time.monotonic() < deadline:
            if self.ping():
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise RedisUnavailableError(
            f"redis-server did not answer on {self.port}: {self._log_tail()}"
        )

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.kill()  # nothing to flush: the server keeps nothing on disk
        self.process.wait(timeout=_START_WAIT)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()
        self.restarts += 1

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def _log_tail(self) -> str:
        try:
            return (self.root / "redis.log").read_text(errors="replace")[-2000:]
        except OSError:
            return ""
