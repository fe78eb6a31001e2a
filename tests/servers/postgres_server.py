"""A private PostgreSQL cluster for tests that restart the database under a running chain.

The shared server on 5432 carries every engineer's test databases; restarting it would fail
their runs. This cluster lives in a temporary folder, listens on a free loopback port with its
unix socket in that folder, and trusts every local connection. PostgreSQL refuses to run as
root, so when we are root (here and on CI) initdb and pg_ctl run as the `postgres` system user
and the folder belongs to it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.servers.redis_server import free_port

PG_ROOT = Path("/usr/lib/postgresql")
SYSTEM_USER = "postgres"


class PostgresUnavailableError(RuntimeError):
    """PostgreSQL's server binaries are not installed or the cluster did not start."""


def _bin_dir() -> Path:
    versions = sorted(
        (p for p in PG_ROOT.glob("*/bin") if (p / "pg_ctl").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if not versions:
        raise PostgresUnavailableError(f"no PostgreSQL server binaries under {PG_ROOT}")
    return versions[-1]


@dataclass
class PostgresServer:
    root: Path
    port: int
    bin_dir: Path
    host: str = "127.0.0.1"
    restarts: int = 0

    @classmethod
    def create(cls, port: int | None = None) -> PostgresServer:
        bin_dir = _bin_dir()
        root = Path(tempfile.mkdtemp(prefix="dvk-pg-"))
        server = cls(root=root, port=port or free_port(), bin_dir=bin_dir)
        if os.geteuid() == 0:
            entry = pwd.getpwnam(SYSTEM_USER)
            os.chown(root, entry.pw_uid, entry.pw_gid)
        root.chmod(0o700)
        server._run(
            "initdb", "-D", str(server.data_dir), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        return server

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_path(self) -> Path:
        return self.root / "postgres.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@{self.host}:{self.port}/{database}"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin_dir / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", SYSTEM_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise PostgresUnavailableError(
                f"{tool} failed: {result.stderr.strip()[-1500:]} {self._log_tail()}"
            )

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses={self.host} "
            f"-c unix_socket_directories={self.root} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        self._run(
            "pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_path), "-o", options,
            "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        """`fast` disconnects every client, like an operator's restart; `immediate` is a crash."""
        if not (self.data_dir / "postmaster.pid").exists():
            return
        self._run("pg_ctl", "-D", str(self.data_dir), "-m", mode, "-w", "-t", "60", "stop")

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.start()
        self.restarts += 1

    def create_database(self, name: str) -> str:
        """Create `name` and return its URL (the caller migrates it)."""
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        finally:
            engine.dispose()
        return self.url(name)

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-1500:]
        except OSError:
            return ""
