"""An SMTP sink in a subprocess: every accepted message becomes one file in a spool folder.

The server answers 250 only after the file is in place (written, then renamed), so the spool is
exactly what the server accepted, across any number of stops and restarts. A test counts
acknowledgements by their In-Reply-To header; the file name starts with the acceptance time in
nanoseconds, which the chain benchmark uses for its latency. While the flag file exists, every
message is refused with 451 (a server that is up but not taking mail).

    sink = SmtpSink.create(); sink.start()
    settings: DVK_SMTP_URL=sink.url
    sink.stop(); ...; sink.start()          # "the SMTP server is down for a while"
    sink.messages()                         # list of (accepted_ns, parsed headers)

Run alone: python -m tests.servers.smtp_sink --port 2525 --spool /tmp/spool
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from tests.servers.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]
_START_WAIT = 20.0  # an upper bound for the subprocess to listen, not a measurement


class Spool:
    """The aiosmtpd handler: one file per accepted message."""

    def __init__(self, spool: Path, refuse_flag: Path | None) -> None:
        self.spool = spool
        self.refuse_flag = refuse_flag

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_flag is not None and self.refuse_flag.exists():
            return "451 4.3.0 Try again later (test flag)"
        data: bytes = envelope.original_content or envelope.content
        name = f"{time.time_ns()}-{uuid.uuid4().hex}.eml"
        tmp = self.spool / f".{name}.tmp"
        tmp.write_bytes(data)
        tmp.replace(self.spool / name)
        return "250 2.0.0 OK"


def serve(port: int, spool: Path, refuse_flag: Path | None) -> None:
    from aiosmtpd.controller import Controller

    spool.mkdir(parents=True, exist_ok=True)
    controller = Controller(
        Spool(spool, refuse_flag),
        hostname="127.0.0.1",
        port=port,
        data_size_limit=64 * 1024 * 1024,
    )
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    print("listening", flush=True)
    stop.wait()
    controller.stop()


@dataclass
class SmtpSink:
    root: Path
    port: int
    host: str = "127.0.0.1"
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    restarts: int = 0

    @classmethod
    def create(cls, port: int | None = None) -> SmtpSink:
        root = Path(tempfile.mkdtemp(prefix="dvk-smtp-"))
        (root / "spool").mkdir()
        return cls(root=root, port=port or free_port())

    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}"

    @property
    def spool(self) -> Path:
        return self.root / "spool"

    @property
    def refuse_flag(self) -> Path:
        return self.root / "refuse"

    def refuse(self, on: bool) -> None:
        """While on, every message gets 451 (transient): the sender must try again later."""
        if on:
            self.refuse_flag.touch()
        else:
            self.refuse_flag.unlink(missing_ok=True)

    def start(self) -> None:
        log = (self.root / "sink.log").open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "tests.servers.smtp_sink", "--port", str(self.port),
                "--spool", str(self.spool), "--refuse-flag", str(self.refuse_flag),
            ],
            stdout=subprocess.PIPE,
            stderr=log,
            cwd=ROOT,
        )  # fmt: skip
        log.close()
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # blocks until listening, or EOF on a crash
        if not line.startswith(b"listening"):
            raise RuntimeError(f"SMTP sink did not start: {self._log_tail()}")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=_START_WAIT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()
        self.restarts += 1

    def destroy(self) -> None:
        import shutil

        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def files(self) -> list[Path]:
        return sorted(p for p in self.spool.iterdir() if not p.name.startswith("."))

    def messages(self) -> list[tuple[int, Message]]:
        """(acceptance time in ns, headers) of every accepted message, oldest first."""
        parser = BytesHeaderParser()
        found = []
        for path in self.files():
            with path.open("rb") as handle:
                found.append((int(path.name.split("-", 1)[0]), parser.parse(handle)))
        return found

    def replies_by_in_reply_to(self) -> Counter[str]:
        """How many accepted messages answer each Message-ID (angle brackets kept)."""
        return Counter(
            str(headers["In-Reply-To"]).strip()
            for _, headers in self.messages()
            if headers["In-Reply-To"]
        )

    def _log_tail(self) -> str:
        try:
            return (self.root / "sink.log").read_text(errors="replace")[-2000:]
        except OSError:
            return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--spool", type=Path, required=True)
    parser.add_argument("--refuse-flag", type=Path)
    args = parser.parse_args()
    os.umask(0o022)
    serve(args.port or free_port(), args.spool, args.refuse_flag)


if __name__ == "__main__":
    main()
